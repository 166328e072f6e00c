import ArgumentParser
import Foundation
import StanceGraphData
import StanceStore

/// `--db PATH|URL`: which database a command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database: a SQLite file or postgres://user@host:port/dbname (default: $STANCE_DB, else .stance/graph.sqlite beside graph-data/).",
            valueName: "path|url"))
    var path: String?

    /// The database named by `--db` or `STANCE_DB`, if any.
    var explicitPath: String? {
        if let path { return path }
        if let env = ProcessInfo.processInfo.environment["STANCE_DB"], !env.isEmpty { return env }
        return nil
    }

    /// Where `--db` or `STANCE_DB` says the graph is, if they say.
    func explicitLocation() throws -> StoreLocation? {
        try explicitPath.map(StoreLocation.init)
    }

    /// Opens the database, building the default one from `graph-data/` first when needed.
    func open(_ mode: Store.Mode) throws -> Store {
        if let explicit = try explicitLocation() {
            return try ServerStores.open(explicit, mode: mode)
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
