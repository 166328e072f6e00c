import ArgumentParser
import Foundation
import StanceGraphData
import StanceStore

/// `--db PATH`: which database a command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $STANCE_DB, else .stance/graph.sqlite beside graph-data/).",
            valueName: "path"))
    var path: String?

    /// The database named by `--db` or `STANCE_DB`, if any.
    var explicitPath: String? {
        if let path { return path }
        if let env = ProcessInfo.processInfo.environment["STANCE_DB"], !env.isEmpty { return env }
        return nil
    }

    /// Opens the database, building the default one from `graph-data/` first when needed.
    func open(_ mode: Store.Mode) throws -> Store {
        if let explicit = explicitPath {
            return try Store(path: explicit, mode: mode)
        }
        guard let workspace = Workspace.locate() else {
            throw UsageError(
                message: "no graph-data/ folder here or above, and no --db or STANCE_DB given")
        }
        let (path, notice) = try workspace.prepareDefaultDatabase()
        if let notice { ExitStatus.printError(notice) }
        return try Store(path: path, mode: mode)
    }
}
