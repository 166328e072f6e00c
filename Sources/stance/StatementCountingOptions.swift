import ArgumentParser
import StanceCore
import StanceQuery
import StanceStore

extension StatementNetwork.Duplicates: ExpressibleByArgument {}

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

    func validate(kind: Network.Kind) throws {
        if count == .latest, nodes != .actors || duplicates != .include {
            throw ValidationError("--as and --duplicates go with --count statements")
        }
        if count == .statements, ![.congruence, .conflict, .subtract, .ignore].contains(kind) {
            throw ValidationError("--count statements makes congruence, conflict, subtract or ignore networks")
        }
    }

    /// The statement-counted network of `request`.
    func network(_ request: MatrixRequest, kind: Network.Kind, normalization: Network.Normalization, in db: SQLConnection)
        throws -> Network
    {
        try StatementNetwork.actorNetwork(
            request, kind: kind, normalization: normalization, asOrganizations: nodes == .organizations,
            duplicates: duplicates, in: db)
    }
}
