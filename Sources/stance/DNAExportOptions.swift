import Foundation
import StanceInterop
import StanceStore

/// `stance export --dna FILE.dna`: the graph as a DNA 3 project.
enum DNAExportOptions {
    /// Reads the graph from `database` and writes it as a new DNA 3 project at `path`.
    static func export(_ database: DatabaseOptions, to path: String) throws {
        let store = try database.open(.readOnly)
        defer { try? store.close() }
        let graph = try store.read { try GraphReader.read($0) }
        let chosen = ProcessInfo.processInfo.environment["STANCE_DNA_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        let report = try DNAExporter.export(
            graph, to: path, password: DNAExporter.Password(chosen ?? DNAExporter.defaultPassword))
        print("exported \(store.path) to \(path)")
        if chosen == nil {
            print("every coder opens it in DNA with the password '\(DNAExporter.defaultPassword)' (choose one with STANCE_DNA_PASSWORD)")
        }
        for line in report.lines { print(line) }
    }
}
