import ArgumentParser
import Foundation
import StanceCore
import StanceQuery
import StanceStore

extension MatrixRequest.Order: ExpressibleByArgument {}
extension MatrixRequest.Rule: ExpressibleByArgument {}
extension Graph.Actor.Kind: ExpressibleByArgument {}

/// The options that choose a matrix's actors, issues, dates, order and cell rule.
struct MatrixOptions: ParsableArguments {
    @Option(help: "Only actors of this kind: person, organization, government or group.")
    var kind: Graph.Actor.Kind?

    @Option(help: ArgumentHelp("Only these issues, by id, name or alias, comma-separated.", valueName: "names"))
    var issues: String?

    @Option(help: ArgumentHelp("Only these actors, by id, name or alias, comma-separated.", valueName: "names"))
    var actors: String?

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp("Only the actors a who-question lists, e.g. \"who opposes withdrawal\".", valueName: "question"))
    var whereQuery: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Positions up to and including this date.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Positions from this date on.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Positions up to and including this date (with --since: a window).", valueName: "date"))
    var until: String?

    @Option(name: .customLong("min-positions"), help: "Only actors with at least this many positions in the window.")
    var minimumPositions: Int = 0

    @Option(name: .customLong("top-issues"), help: "Only the N issues most actors hold stances on.")
    var topIssues: Int?

    @Option(help: "SQLRow order: name, count, or similarity (average-linkage clustering: blocs together).")
    var order: MatrixRequest.Order = .name

    @Option(
        help: ArgumentHelp(
            "Only positions on these bases, repeated or comma-separated: stated, reported, inferred (e.g. stated to leave out hearsay).",
            valueName: "bases"))
    var basis: [String] = []

    /// The bases `--basis` names, or nil for all.
    func bases() throws -> [Graph.Position.Basis]? {
        let bases = try Graph.Position.Basis.parseOption(basis)
        return bases.isEmpty ? nil : bases
    }

    @Option(help: "Cell rule: mixed (latest stance, mixed where the window holds both supports and opposes) or latest.")
    var rule: MatrixRequest.Rule = .mixed

    func validate() throws {
        if asOf != nil, until != nil { throw ValidationError("give --as-of or --until, not both") }
        if minimumPositions < 0 { throw ValidationError("--min-positions must be 0 or more") }
        if let topIssues, topIssues < 1 { throw ValidationError("--top-issues must be 1 or more") }
        _ = try bases()
        for (flag, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            if let value, PartialDate(value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }

    /// The request these options describe, names resolved through `db`.
    func request(in db: SQLConnection) throws -> MatrixRequest {
        var window = DateWindow()
        if let upper = (asOf ?? until).flatMap(PartialDate.init) { window.upper = upper.periodEnd }
        if let lower = since.flatMap(PartialDate.init) { window.lower = lower.firstDay }
        var actorIDs = try actors.map { try resolve($0, .actor, option: "--actors", in: db) }
        if let whereQuery {
            let answer = try QueryEngine.answer(whereQuery, in: db)
            guard [Shape.who, .changed, .agrees, .disagrees].contains(answer.shape) else {
                throw UsageError(message: "--where takes a who-question, such as \"who opposes withdrawal\"")
            }
            let listed = answer.rows.compactMap { row -> String? in
                if case .text(let id)? = row[["actor", "id"]] { return id }
                return nil
            }
            actorIDs = actorIDs.map { ids in ids.filter(Set(listed).contains) } ?? Array(Set(listed)).sorted()
        }
        return MatrixRequest(
            kind: kind, issueIDs: try issues.map { try resolve($0, .issue, option: "--issues", in: db) },
            actorIDs: actorIDs, window: window, minimumPositions: minimumPositions, topIssues: topIssues,
            order: order, rule: rule, bases: try bases())
    }

    private func resolve(_ list: String, _ kind: NameKind, option: String, in db: SQLConnection) throws -> [String] {
        let directory = StoreNameDirectory(db)
        return try list.split(separator: ",").map { raw in
            let name = raw.trimmingCharacters(in: .whitespaces)
            let found = try directory.lookup(kind, key: NameMatching.key(name))
            if found.count == 1, let entity = found.first { return entity.id.rawValue }
            if found.count > 1 {
                let names = found.map { "'\($0.name)' (\($0.id))" }.joined(separator: ", ")
                throw UsageError(message: "\(option): '\(name)' could mean \(names)")
            }
            var message = "\(option): unknown \(kind.rawValue) '\(name)'"
            if let near = NameMatching.nearest(to: name, among: try directory.labels(kind), limit: 1).first {
                message += "; did you mean '\(near)'?"
            }
            throw UsageError(message: message)
        }
    }
}

/// Writes command output to a file (`--output`) or standard output.
enum Output {
    /// Writes `FILE.snapshot` beside a CSV export: the graph's snapshot, so the CSV itself stays plain for
    /// R's `read.csv` (which takes a `#` line as data) and pandas' `read_csv` (which needs `comment='#'`).
    static func sidecar(_ snapshot: String, for path: String) throws {
        try write(snapshot + "\n", to: path + ".snapshot")
    }

    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UsageError(message: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

extension Graph.Position.Basis {
    /// The bases of `--basis` values, each a basis or a comma-separated list, without repeats, in order.
    ///
    /// - throws: `ValidationError` naming a word that is no basis and the valid ones.
    static func parseOption(_ values: [String]) throws -> [Graph.Position.Basis] {
        var bases: [Graph.Position.Basis] = []
        for part in values.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let word = part.trimmingCharacters(in: .whitespaces)
            guard let basis = Graph.Position.Basis(rawValue: word.lowercased()) else {
                let valid = Graph.Position.Basis.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--basis '\(word)' is not a basis; expected one or more of \(valid)")
            }
            if !bases.contains(basis) { bases.append(basis) }
        }
        return bases
    }
}
