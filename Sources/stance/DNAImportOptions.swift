import ArgumentParser
import StanceInterop
import StanceStore

/// The options of `stance import --dna`.
struct DNAImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A DNA 2 or DNA 3 project to import (docs/dna.md).", valueName: "file.dna"))
    var dna: String?

    @Option(
        name: .customLong("statement-type"),
        help: ArgumentHelp("The DNA statement type whose statements become positions.", valueName: "label"))
    var statementType: String?

    @Option(
        help: ArgumentHelp(
            "A YAML file naming the statement type and variables to read (docs/dna.md).", valueName: "map.yaml"))
    var map: String?

    func validate() throws {
        if dna == nil, statementType != nil || map != nil {
            throw ValidationError("--statement-type and --map go with --dna FILE.dna")
        }
    }

    /// Imports the DNA project into a new database at `target` and prints the report.
    func run(into target: String) throws {
        guard let dna else { throw ValidationError("give --dna FILE.dna") }
        var mapping = try map.map { try DNAMapFile.load(path: $0) } ?? DNAMapping()
        if let statementType { mapping.statementType = statementType }
        let report: DNAImportReport
        switch try StoreLocation(target) {
        case .file(let path):
            report = try DNAImporter.importProject(at: dna, into: path, mapping: mapping)
        case .postgres(let url):
            let store = try ServerStores.open(.postgres(url: url), mode: .readWrite)
            defer { try? store.close() }
            report = try DNAImporter.importProject(at: dna, into: store, mapping: mapping)
        }
        print("imported \(StoreLocation.redacted(target)) from \(dna)")
        for line in report.lines { print(line) }
    }
}
