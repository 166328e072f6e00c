import ArgumentParser
import StanceCore
import StanceQuery
import StanceStore

extension StatementNetwork.Duplicates: ExpressibleByArgument {}
extension StatementNetwork.TwoModeAggregation: ExpressibleByArgument {}

/// `stance network --count statements`: DNA's way of counting (docs/dna.md).
struct StatementCountingOptions: ParsableArguments {
    /// What a network counts.
    enum Count: String, ExpressibleByArgument, CaseIterable {
        /// Each actor's latest stance per issue (Stance's default).
        case latest
        /// Every statement (position), as DNA does.
        case statements
    }

    /// Whose statements a node counts.
    enum Nodes: String, ExpressibleByArgument, CaseIterable {
        case actors, organizations
    }

    @Option(help: "latest (each actor's latest stance per issue) or statements (every position, as DNA counts).")
    var count: Count = .latest

    @Option(
        name: .customLong("as"),
        help: "With --count statements: actors, or organizations (a member's statements count for their organization).")
    var nodes: Nodes = .actors

    @Option(help: "With --count statements: count repeats once per document, week, month, year or acrossrange; or include.")
    var duplicates: StatementNetwork.Duplicates = .include

    @Option(help: "With --type twomode: ignore (count statements), subtract (supports minus opposes) or combine.")
    var aggregation: StatementNetwork.TwoModeAggregation = .ignore

    func validate(kind: Network.Kind, normalization: Network.Normalization) throws {
        if count == .latest, nodes != .actors || duplicates != .include || aggregation != .ignore {
            throw ValidationError("--as, --duplicates and --aggregation go with --count statements")
        }
        if count == .latest, kind == .twoMode {
            throw ValidationError("--type twomode counts statements: give --count statements")
        }
        if count == .statements, ![.congruence, .conflict, .subtract, .ignore, .twoMode].contains(kind) {
            throw ValidationError("--count statements makes congruence, conflict, subtract, ignore or twomode networks")
        }
        let twoModeNormalizations: [Network.Normalization] = [.none, .activity, .prominence]
        if kind == .twoMode, !twoModeNormalizations.contains(normalization) {
            throw ValidationError("--type twomode takes --normalize none, activity or prominence")
        }
        if kind != .twoMode, normalization == .activity || normalization == .prominence {
            throw ValidationError("--normalize \(normalization.rawValue) is for --type twomode")
        }
    }

    /// The statement-counted network of `request`.
    func network(_ request: MatrixRequest, kind: Network.Kind, normalization: Network.Normalization, in db: SQLConnection)
        throws -> Network
    {
        if kind == .twoMode {
            return try StatementNetwork.twoModeNetwork(
                request, aggregation: aggregation, normalization: normalization, asOrganizations: nodes == .organizations,
                duplicates: duplicates, in: db)
        }
        return try StatementNetwork.actorNetwork(
            request, kind: kind, normalization: normalization, asOrganizations: nodes == .organizations,
            duplicates: duplicates, in: db)
    }
}
