import ArgumentParser
import Foundation
import StanceGraphData

/// `stance export`: write a database back to graph-data/.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the database back to graph-data/ in its canonical layout.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The folder to write (default: the nearest graph-data/).", valueName: "dir"))
    var to: String?

    @Option(help: ArgumentHelp("Write a DNA 3 project (docs/dna.md) instead of graph-data/.", valueName: "file.dna"))
    var dna: String?

    func run() throws {
        if let dna { return try DNAExportOptions.export(database, to: dna) }
        let workspace = Workspace.locate()
        guard let folder = to.map(GraphDataFolder.init(path:)) ?? workspace?.data else {
            throw UsageError(message: "no graph-data/ folder here or above; name one with --to")
        }
        let source: String
        let report: GraphDataWriter.Report
        if let location = try database.explicitLocation(), case .postgres = location {
            let store = try ServerStores.open(location, mode: .readWrite)
            defer { try? store.close() }
            source = location.description
            report = try GraphBuilder.export(from: store, to: folder)
        } else {
            if let explicit = database.explicitPath {
                source = explicit
            } else if let workspace {
                source = try workspace.prepareDefaultDatabase().path
            } else {
                throw UsageError(message: "no database: give --db")
            }
            report = try GraphBuilder.export(from: source, to: folder)
        }
        print("exported \(source) to \(folder.path)")
        func path(_ name: String) -> String { (folder.path as NSString).appendingPathComponent(name) }
        for name in report.created { print("  new      \(path(name))") }
        for name in report.changed { print("  changed  \(path(name))") }
        for name in report.removed { print("  removed  \(path(name))") }
        if report.created.isEmpty && report.changed.isEmpty && report.removed.isEmpty {
            print("  (no file changed)")
        } else if !report.created.isEmpty {
            print("new files are not in git until added: git add \(report.created.map { path($0) }.joined(separator: " "))")
        }
    }
}
