import ArgumentParser
import Foundation
import StanceCore
import StanceGraphData
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
            --type congruence ties actors by the number of issues on which their latest stances are the
            same (supports or opposes); conflict by the number on which one supports and the other
            opposes; subtract is congruence minus conflict; issues ties issues by the number of actors
            who support both; affiliation ties members to organizations.
            --normalize divides a count by the mean (average), union (jaccard) or geometric mean
            (cosine) of the two nodes' numbers of issues.
            Examples:
              stance network --format graphml --output korus.graphml
              stance network --type conflict --normalize jaccard --format edges
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var options: MatrixOptions

    @Option(name: .customLong("type"), help: "congruence, conflict, subtract, issues or affiliation.")
    var kind: Network.Kind = .congruence

    @Option(help: "none, average, jaccard or cosine.")
    var normalize: Network.Normalization = .none

    @Option(help: "Output format: csv (matrix), edges, graphml, gexf, dot or json.")
    var format: NetworkFormat = .graphml

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if kind == .affiliation, normalize != .none {
            throw ValidationError("the affiliation network takes no normalisation")
        }
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let network = try store.read { db -> Network in
            var network: Network
            if kind == .affiliation {
                network = try NetworkBuilder.affiliationNetwork(in: db, kind: options.kind)
            } else {
                var request = try options.request(in: db)
                request.evidence = false  // networks use only the stances
                let matrix = try MatrixBuilder.build(request, in: db)
                network = kind == .issues
                    ? NetworkBuilder.issueNetwork(matrix, normalization: normalize)
                    : NetworkBuilder.actorNetwork(matrix, kind: kind, normalization: normalize)
            }
            network.snapshot = try GraphSnapshot.of(db).id
            return network
        }
        try Output.write(NetworkRenderer(format: format).render(network), to: output)
        if format == .csv || format == .edges, let output, let snapshot = network.snapshot {
            try Output.sidecar(snapshot, for: output)
        }
    }
}
