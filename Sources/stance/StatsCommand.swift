import ArgumentParser
import Foundation
import StanceStore

/// `stance stats`: what the database holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count what the database holds, per kind.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table or json.")
    var format: StatsFormat = .table

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let stats = try store.read { try Statistics.read($0) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        case .table:
            let rows: [(String, Int)] = [
                ("actors", stats.actors), ("issues", stats.issues), ("sources", stats.sources),
                ("positions", stats.positions), ("quotes", stats.quotes),
                ("affiliations", stats.affiliations), ("annotations", stats.annotations),
                ("changes", stats.changes), ("schema version", stats.schemaVersion),
            ]
            for (name, count) in rows {
                print(name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(count))
            }
        }
    }
}
