import ArgumentParser
import Foundation
import StanceREPL
import StanceRender
import StanceStore

/// `stance repl` (and `stance` alone): the interactive prompt, or one query per line on a pipe.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions at a prompt (line editing, history, Tab completion).",
        discussion: """
            On a terminal: a prompt with line editing, persistent history and completion of keywords and \
            names; .help lists the dot-commands. On a pipe: one query per line (blank lines and # comments \
            skipped), answers on standard output, errors on standard error with their line numbers; the \
            exit status is 2 if any line failed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(.readOnly)
        let environment = ProcessInfo.processInfo.environment
        let interactive = isatty(STDIN_FILENO) == 1
        if !interactive {
            let session = Session(store: store, format: format)
            let status = REPL.runPipe(session: session, lines: AnyIterator { readLine(strippingNewline: true) })
            if status != 0 { throw ExitCode(status) }
            return
        }
        let renderer = Renderer.forStandardOutput(format: format, evidence: false)
        let session = Session(
            store: store, format: format, color: renderer.color, width: renderer.width,
            history: History(path: History.defaultPath(environment: environment)))
        let completer = session.completer()
        var note: String?
        let reader: any LineReader
        if let editing = EditLineReader.load(completer: { completer.complete($0).candidates }) {
            reader = editing
        } else {
            reader = PlainLineReader(showsPrompt: true)
            note = "note: line editing is unavailable (libedit.so.2 could not be loaded); using plain input"
        }
        REPL.installInterruptHandler()
        _ = REPL.runInteractive(session: session, reader: reader, note: note)
    }
}
