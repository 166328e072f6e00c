import ArgumentParser
import Foundation
import StanceGraphData
import StanceStore

/// `stance build`: compile graph-data/ into a database, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate graph-data/ and compile it into a database.",
        discussion: """
            Every problem is reported as FILE:LINE:COLUMN: error: MESSAGE (exit status 2), and an \
            existing database is left exactly as it was. A database holding changes not yet \
            exported is not replaced unless --force is given.
            """)

    @Option(help: ArgumentHelp("The graph-data folder (default: the nearest graph-data/).", valueName: "dir"))
    var from: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Replace a database even if it holds changes not yet exported.")
    var force = false

    func run() throws {
        let workspace = Workspace.locate()
        let folder: GraphDataFolder
        if let from {
            folder = GraphDataFolder(path: from)
        } else if let workspace {
            folder = workspace.data
        } else {
            throw UsageError(message: "no graph-data/ folder here or above; name one with --from")
        }
        if let location = try database.explicitLocation(), case .postgres = location {
            let store = try ServerStores.open(location, mode: .readWrite)
            defer { try? store.close() }
            let stats = try GraphBuilder.build(from: folder, into: store, force: force)
            print(Self.summary(location.description, folder, stats))
            return
        }
        let target: String
        if let explicit = database.explicitPath {
            target = explicit
        } else if let workspace, from == nil {
            target = workspace.defaultDatabase
        } else {
            target = Workspace(data: folder).defaultDatabase
        }
        let stats = try GraphBuilder.build(from: folder, to: target, force: force)
        print(Self.summary(target, folder, stats))
    }

    /// The line `build` prints when done.
    static func summary(_ target: String, _ folder: GraphDataFolder, _ stats: Statistics) -> String {
        "built \(target) from \(folder.path): \(stats.actors) actors, \(stats.issues) issues, "
            + "\(stats.sources) sources, \(stats.positions) positions, \(stats.quotes) quotes, "
            + "\(stats.affiliations) affiliations, \(stats.annotations) annotations"
    }
}
