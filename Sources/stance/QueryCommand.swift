import ArgumentParser
import Foundation
import StanceCore
import StanceQuery
import StanceRender

extension OutputFormat: ExpressibleByArgument {}

/// `stance query`: answer a question in the query language.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer a question such as \"who opposes withdrawal\".",
        discussion: """
            Examples:
              stance query "who opposes withdrawal"
              stance query --evidence "who supports renegotiation and opposes withdrawal"
              stance query --format json "quotes by Cutler about renegotiation"
              stance query --basis stated "who opposes withdrawal"
              stance query "who says Trump supports withdrawal"
              stance query "who contradicts themselves within 6 months"

            The language is described in docs/query-language.md.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Flag(help: "Show the full evidence (source and basis beside the quote or paraphrase) in table and Markdown output.")
    var evidence = false

    @Flag(help: "Print the SQL that answered the query and SQLite's query plan (on standard error).")
    var explain = false

    @Option(
        help: ArgumentHelp(
            "Only positions on these bases, repeated or comma-separated: stated, reported, inferred (e.g. stated to leave out hearsay).",
            valueName: "bases"))
    var basis: [String] = []

    @Argument(help: "The question, e.g. \"who opposes withdrawal\".")
    var query: String

    func validate() throws {
        _ = try Graph.Position.Basis.parseOption(basis)
    }

    func run() throws {
        let bases = try Graph.Position.Basis.parseOption(basis)
        let store = try database.open(.readOnly)
        let answer = try store.read { db in
            try QueryEngine.answer(query, in: db, explain: explain, bases: bases)
        }
        let renderer = Renderer.forStandardOutput(format: format, evidence: evidence)
        if explain {
            ExitStatus.printError(renderer.renderExplanation(answer))
        }
        FileHandle.standardOutput.write(Data(renderer.render(answer).utf8))
    }
}

extension Renderer {
    /// A renderer for standard output: colour and width only on a terminal, never with `NO_COLOR`.
    static func forStandardOutput(format: OutputFormat, evidence: Bool) -> Renderer {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let color = Renderer.terminalStyle(
            isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment)
        return Renderer(format: format, showEvidence: evidence, color: color, width: isTerminal ? terminalWidth() : nil)
    }

    private static func terminalWidth() -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return nil
    }
}
