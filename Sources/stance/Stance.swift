import ArgumentParser
import Foundation
import StanceCore

/// The `stance` command: a stakeholder-position knowledge graph.
@main
struct Stance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Who stands where on which issue, with the evidence.",
        discussion: """
            Answers questions about actors' positions over a graph coded from articles. \
            With no database at hand, the first command builds one from graph-data/.

            Exit status: 0 on an answer (an empty one included), 2 for a query or usage error, \
            1 for anything else.
            """,
        subcommands: [
            ReplCommand.self, QueryCommand.self, MatrixCommand.self, NetworkCommand.self, StatsCommand.self,
            BuildCommand.self, ExportCommand.self, ImportCommand.self, AddCommand.self, EditCommand.self,
            RemoveCommand.self, AnnotateCommand.self, UndoCommand.self, LogCommand.self, HistoryCommand.self,
            MergeCommand.self, ExtractCommand.self, ServeCommand.self, AssignCommand.self, CodeCommand.self, AgreementCommand.self,
            AdjudicateCommand.self, SnapshotCommand.self, CiteCommand.self, VerifyCommand.self,
            UserCommand.self, TokenCommand.self,
        ],
        defaultSubcommand: ReplCommand.self)

    /// Runs the command, mapping every error to the documented exit status.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `stance` alone opens the REPL; a mistyped command must not fall through to it.
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                var message = "error: unknown command '\(first)'"
                if let near = NameMatching.nearest(to: first, among: names, limit: 1).first {
                    message += "; did you mean '\(near)'?"
                }
                ExitStatus.printError(message + " (stance --help lists the commands)")
                Foundation.exit(2)
            }
        }
        let status: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            status = 0
        } catch {
            status = ExitStatus.report(error, command: Stance.self)
        }
        Foundation.exit(status)
    }
}
