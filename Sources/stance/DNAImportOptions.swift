import ArgumentParser
import StanceInterop

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

    /// Imports the DNA project into a new database at `target` and prints the report.
    func run(into target: String) throws {
        guard let dna else { throw ValidationError("give --dna FILE.dna") }
        var mapping = try map.map { try DNAMapFile.load(path: $0) } ?? DNAMapping()
        if let statementType { mapping.statementType = statementType }
        let report = try DNAImporter.importProject(at: dna, into: target, mapping: mapping)
        print("imported \(target) from \(dna)")
        for line in report.lines { print(line) }
    }
}
