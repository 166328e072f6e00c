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
            --type congruence ties actors by the number of issues on which their latest stances are the \
            same (supports or opposes); ignore by the number on which both take a stance; conflict by \
            the number on which one supports and the other opposes; subtract is congruence minus \
            conflict; issues ties issues by the number of actors \
            who support both; affiliation ties members to organizations; hearsay ties each reporter to the \
            actors whose positions it reports (directed, reporter → reported, weighted by reported positions).

            --normalize divides a count by the mean (average), union (jaccard) or geometric mean \
            (cosine) of the two nodes' numbers of issues.

            --count statements counts every position as DNA does (docs/dna.md), with --as \
            organizations, --duplicates, and --type twomode (actors × issues) with --aggregation and \
            --normalize activity or prominence.

            --window 6m --step 1m computes one network per window (positions dated in it, by their \
            first day; see docs/analysis.md): as one dynamic GEXF whose timeline Gephi plays (--format \
            gexf), or as one file per window in the --output folder (other formats). Windows run from \
            --since (default: the earliest position) to --until (default: the latest).

            Examples:
              stance network --format graphml --output korus.graphml
              stance network --type conflict --normalize jaccard --format edges
              stance network --type hearsay --format gexf --output hearsay.gexf
              stance network --window 6m --step 1m --format gexf --output korus-dynamic.gexf
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var options: MatrixOptions
    @OptionGroup var counting: StatementCountingOptions

    @Option(name: .customLong("type"), help: "congruence, conflict, subtract, ignore, issues, affiliation, twomode or hearsay.")
    var kind: Network.Kind = .congruence

    @Option(help: "none, average, jaccard or cosine; for twomode: none, activity or prominence.")
    var normalize: Network.Normalization = .none

    @Option(help: "Output format: csv (matrix), edges, graphml, gexf, dot or json.")
    var format: NetworkFormat = .graphml

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("One network per window of this length: 6m, 2w, 30d, 1y.", valueName: "length"))
    var window: String?

    @Option(help: ArgumentHelp("With --window: how far each window moves (default: its length).", valueName: "length"))
    var step: String?

    func validate() throws {
        try counting.validate(kind: kind, normalization: normalize)
        if kind == .affiliation || kind == .hearsay, normalize != .none {
            throw ValidationError("the \(kind.rawValue) network takes no normalisation")
        }
        if let window {
            _ = try TimeSeries.period(window, option: "--window")
            if kind == .affiliation {
                throw ValidationError("--window needs dated positions; the affiliation network has none")
            }
            if options.asOf != nil { throw ValidationError("--window takes --since and --until, not --as-of") }
            if format != .gexf, output == nil {
                throw ValidationError("--window with --format \(format.rawValue) writes one file per window: give --output DIR")
            }
        }
        if let step {
            _ = try TimeSeries.period(step, option: "--step")
            if window == nil { throw ValidationError("--step goes with --window") }
        }
    }

    func run() throws {
        if let window { return try runWindows(length: try TimeSeries.period(window, option: "--window")) }
        let store = try database.open(.readOnly)
        let network = try store.read { db -> Network in
            var network: Network
            if kind == .affiliation {
                network = try NetworkBuilder.affiliationNetwork(in: db, kind: options.kind)
            } else if kind == .hearsay {
                network = try NetworkBuilder.hearsayNetwork(try options.request(in: db), in: db)
            } else {
                var request = try options.request(in: db)
                request.evidence = false  // networks use only the stances
                if counting.count == .statements {
                    network = try counting.network(request, kind: kind, normalization: normalize, in: db)
                } else {
                    let matrix = try MatrixBuilder.build(request, in: db)
                    network = kind == .issues
                        ? NetworkBuilder.issueNetwork(matrix, normalization: normalize)
                        : NetworkBuilder.actorNetwork(matrix, kind: kind, normalization: normalize)
                }
            }
            network.snapshot = try GraphSnapshot.of(db).id
            return network
        }
        try Output.write(NetworkRenderer(format: format).render(network), to: output)
        if format == .csv || format == .edges, let output, let snapshot = network.snapshot {
            try Output.sidecar(snapshot, for: output)
        }
    }

    /// One network per window: a dynamic GEXF, or one file per window in the `--output` folder.
    private func runWindows(length: TimeWindows.Period) throws {
        let step = try step.map { try TimeSeries.period($0, option: "--step") } ?? length
        let store = try database.open(.readOnly)
        let dynamic = try store.read { db -> DynamicNetwork in
            var base = try options.request(in: db)
            base.evidence = false
            var slices: [DynamicNetwork.Slice] = []
            if let days = try TimeSeries.positionDays(in: db) {
                let from = options.since.flatMap(PartialDate.init)?.firstDay ?? days.first
                let through = options.until.flatMap(PartialDate.init).flatMap { date in
                    TimeSeries.lastDay(of: date)
                } ?? days.last
                for (window, shownFrom, shownThrough) in try TimeSeries.windows(
                    from: from, through: through, length: length, step: step)
                {
                    var request = base
                    request.window = DateWindow(lower: window.lower, upper: window.upper)
                    if kind == .hearsay {
                        let network = try NetworkBuilder.hearsayNetwork(request, in: db)
                        slices.append(.init(window: window, shownFrom: shownFrom, shownThrough: shownThrough, network: network))
                        continue
                    }
                    let matrix = try MatrixBuilder.build(request, in: db)
                    let network = kind == .issues
                        ? NetworkBuilder.issueNetwork(matrix, normalization: normalize)
                        : NetworkBuilder.actorNetwork(matrix, kind: kind, normalization: normalize)
                    slices.append(.init(window: window, shownFrom: shownFrom, shownThrough: shownThrough, network: network))
                }
            }
            return DynamicNetwork(
                kind: kind, normalization: normalize, length: length, step: step, slices: slices,
                snapshot: try GraphSnapshot.of(db).id)
        }
        if format == .gexf {
            try Output.write(DynamicGEXFWriter.render(dynamic), to: output)
            return
        }
        guard let folder = output else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for slice in dynamic.slices {
            var network = slice.network
            network.snapshot = dynamic.snapshot
            let path = (folder as NSString).appendingPathComponent(
                "\(slice.window.lower)_\(slice.window.upper).\(format.fileExtension)")
            try Output.write(NetworkRenderer(format: format).render(network), to: path)
            if format == .csv || format == .edges, let snapshot = dynamic.snapshot {
                try Output.sidecar(snapshot, for: path)
            }
        }
        print("\(dynamic.slices.count) windows of \(length) every \(step) written to \(folder)")
    }
}

extension NetworkFormat {
    /// The file name extension of one window's file.
    var fileExtension: String {
        switch self {
        case .csv, .edges: "csv"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .dot: "dot"
        case .json: "json"
        }
    }
}
