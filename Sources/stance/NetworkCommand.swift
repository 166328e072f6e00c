import ArgumentParser
import Foundation
import StanceCore
import StanceQuery
import StanceRender

extension NetworkFormat: ExpressibleByArgument {}
extension Network.Kind: ExpressibleByArgument {}
extension Network.Normalization: ExpressibleByArgument {}

/// `stance network`: agreement and conflict networks, co-support and affiliations, for Gephi, igraph and R.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Export actor × actor (or issue × issue, or affiliation) networks.",
        discussion: """
            --type congruence ties actors by the number of issues on which their latest stances are the \
            same (supports or opposes); ignore by the number on which both take a stance; conflict by \
            the number on which one supports and the other opposes; subtract is congruence minus \
            conflict; issues ties issues by the number of actors \
            who support both; affiliation ties members to organizations.

            --normalize divides a count by the mean (average), union (jaccard) or geometric mean \
            (cosine) of the two nodes' numbers of issues.

            --count statements counts every position as DNA does (docs/dna.md), with --as \
            organizations, --duplicates, and --type twomode (actors × issues) with --aggregation and \
            --normalize activity or prominence.

            Examples:
              stance network --format graphml --output korus.graphml
              stance network --type conflict --normalize jaccard --format edges
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var options: MatrixOptions
    @OptionGroup var counting: StatementCountingOptions

    @Option(name: .customLong("type"), help: "congruence, conflict, subtract, ignore, issues, affiliation or twomode.")
    var kind: Network.Kind = .congruence

    @Option(help: "none, average, jaccard or cosine; for twomode: none, activity or prominence.")
    var normalize: Network.Normalization = .none

    @Option(help: "Output format: csv (matrix), edges, graphml, gexf, dot or json.")
    var format: NetworkFormat = .graphml

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        try counting.validate(kind: kind, normalization: normalize)
        if kind == .affiliation, normalize != .none {
            throw ValidationError("the affiliation network takes no normalisation")
        }
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let network = try store.read { db -> Network in
            if kind == .affiliation { return try NetworkBuilder.affiliationNetwork(in: db, kind: options.kind) }
            var request = try options.request(in: db)
            request.evidence = false  // networks use only the stances
            if counting.count == .statements {
                return try counting.network(request, kind: kind, normalization: normalize, in: db)
            }
            let matrix = try MatrixBuilder.build(request, in: db)
            if kind == .issues { return NetworkBuilder.issueNetwork(matrix, normalization: normalize) }
            return NetworkBuilder.actorNetwork(matrix, kind: kind, normalization: normalize)
        }
        try Output.write(NetworkRenderer(format: format).render(network), to: output)
    }
}
