import Foundation
import GRDB
import StanceCore

/// Computes a position matrix from the positions, in at most three statements.
///
/// 1. With `topIssues`, the columns are chosen first: the issues most actors hold a position on (in the
///    window, among the requested actors and kind), ties by name then id.
/// 2. One grouped pass over the positions of those issues (the (issue, actor, day, seq, stance) index, in
///    its order, so no sort) yields each (actor, issue) pair's count, whether it holds `supports` and
///    `opposes`, and its latest position by an index probe; with `evidence`, that position's quote or
///    paraphrase and source are joined in.
/// 3. With `minimumPositions` and `topIssues`, the actors' counts over all issues, which the columns
///    chosen in 1 do not show.
public enum MatrixBuilder {
    /// The issues most actors hold a position on under `request`'s filters, best first, at most `top`.
    static func topIssuesSQL(_ request: MatrixRequest, top: Int) -> SQL {
        let kind: SQL = request.kind.map { " JOIN actor a ON a.id = p.actor_id AND a.kind = \($0.rawValue)" } ?? ""
        return """
            SELECT g.issue_id FROM (
              SELECT p.issue_id, count(DISTINCT p.actor_id) AS n
              FROM position p\(kind)
              WHERE 1\(filters(request))
              GROUP BY p.issue_id
            ) g
            JOIN issue i ON i.id = g.issue_id
            ORDER BY g.n DESC, i.name, i.id
            LIMIT \(max(0, top))
            """
    }

    /// `AND …` for the request's issues, actors and window, on positions `p`.
    private static func filters(_ request: MatrixRequest, issues: [String]? = nil) -> SQL {
        var filter: SQL = ""
        if let issues = issues ?? request.issueIDs {
            filter += " AND p.issue_id IN (SELECT value FROM json_each(\(json(issues))))"
        }
        if let actors = request.actorIDs {
            filter += " AND p.actor_id IN (SELECT value FROM json_each(\(json(actors))))"
        }
        filter += Fragment.window(request.window, "p")
        return filter
    }

    /// The grouped pass over the positions of `issues` (nil: the request's). Columns, in this order:
    /// actor id, name, kind, issue id, name, count, supports, opposes, latest stance, and with evidence
    /// the latest position's id, date, basis, quote or paraphrase, source title.
    static func cellsSQL(_ request: MatrixRequest, issues: [String]?) -> SQL {
        let latest: SQL = """
            (SELECT q.\(sql: request.evidence ? "seq" : "stance") FROM position q
             WHERE q.issue_id = p.issue_id AND q.actor_id = p.actor_id\(Fragment.window(request.window, "q"))
             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
            """
        let kind: SQL = request.kind.map { " AND a.kind = \($0.rawValue)" } ?? ""
        let evidence: (columns: SQL, joins: SQL) =
            request.evidence
            ? (
                "e.stance, e.id, e.date, e.basis, coalesce(qt.text, e.paraphrase, ''), s.title",
                """

                JOIN position e ON e.seq = g.latest
                LEFT JOIN quote qt ON qt.id = e.quote_id
                JOIN source s ON s.id = e.source_id
                """
            )
            : ("g.latest", "")
        return """
            WITH g AS (
              SELECT p.issue_id, p.actor_id, count(*) AS n,
                     sum(p.stance = 'supports') AS supports, sum(p.stance = 'opposes') AS opposes,
                     \(latest) AS latest
              FROM position p
              WHERE 1\(filters(request, issues: issues))
              GROUP BY p.issue_id, p.actor_id
            )
            SELECT g.actor_id, a.name, a.kind, g.issue_id, i.name, g.n, g.supports, g.opposes, \(evidence.columns)
            FROM g
            JOIN actor a ON a.id = g.actor_id\(kind)
            JOIN issue i ON i.id = g.issue_id\(evidence.joins)
            """
    }

    /// Each of `actors`' number of positions under the request's filters (all issues, not only the columns).
    static func positionCountsSQL(_ request: MatrixRequest, actors: [String]) -> SQL {
        var restricted = request
        restricted.actorIDs = actors
        return """
            SELECT p.actor_id, count(*) FROM position p
            WHERE 1\(filters(restricted))
            GROUP BY p.actor_id
            """
    }

    private static func json(_ ids: [String]) -> String {
        let data = (try? JSONEncoder().encode(ids)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Builds the matrix for `request` from `db`.
    public static func build(_ request: MatrixRequest, in db: Database) throws -> PositionMatrix {
        var chosen: [String]?
        if let top = request.topIssues {
            chosen = try String.fetchAll(db, SQLRequest<String>(literal: topIssuesSQL(request, top: top)))
        }
        var actors: [String: PositionMatrix.Actor] = [:]
        var issues: [String: PositionMatrix.Issue] = [:]
        var cells: [String: [String: PositionMatrix.Cell]] = [:]
        var positionCount: [String: Int] = [:]
        var issueActors: [String: Int] = [:]
        let cursor = try Row.fetchCursor(db, SQLRequest<Row>(literal: cellsSQL(request, issues: chosen)))
        while let row = try cursor.next() {
            let actorID: String = try column(row, 0)
            let issueID: String = try column(row, 3)
            let stanceText: String = try column(row, 8)
            guard let latest = Graph.Stance(rawValue: stanceText) else {
                throw StoreLikeError("actor \(actorID) on issue \(issueID): '\(stanceText)' is not a stance")
            }
            let n: Int = try column(row, 5)
            let both = (row[6] as Int? ?? 0) > 0 && (row[7] as Int? ?? 0) > 0
            let stance: Graph.Stance = request.rule == .mixed && both ? .mixed : latest
            if actors[actorID] == nil {
                actors[actorID] = PositionMatrix.Actor(id: actorID, name: try column(row, 1), kind: try column(row, 2))
            }
            if issues[issueID] == nil {
                issues[issueID] = PositionMatrix.Issue(id: issueID, name: try column(row, 4))
            }
            let cell: PositionMatrix.Cell
            if request.evidence {
                cell = PositionMatrix.Cell(
                    stance: stance, latestStance: latest, positions: n, positionID: try column(row, 9),
                    date: try column(row, 10), basis: try column(row, 11), evidence: try column(row, 12),
                    sourceTitle: try column(row, 13))
            } else {
                cell = PositionMatrix.Cell(
                    stance: stance, latestStance: latest, positions: n, positionID: "", date: "", basis: "",
                    evidence: "", sourceTitle: "")
            }
            cells[actorID, default: [:]][issueID] = cell
            positionCount[actorID, default: 0] += n
            issueActors[issueID, default: 0] += 1
        }
        if chosen != nil, request.minimumPositions > 0, !actors.isEmpty {
            // The grouped pass saw only the chosen columns; the threshold counts every issue.
            positionCount = [:]
            let counts = try Row.fetchCursor(
                db, SQLRequest<Row>(literal: positionCountsSQL(request, actors: actors.keys.sorted())))
            while let row = try counts.next() { positionCount[try column(row, 0)] = try column(row, 1) }
        }
        // Columns: the issues most actors hold stances on first.
        var issueList = issues.values.sorted {
            (issueActors[$0.id] ?? 0, $1.name, $1.id) > (issueActors[$1.id] ?? 0, $0.name, $0.id)
        }
        if let top = request.topIssues {
            issueList = Array(issueList.prefix(max(0, top)))
        }
        let kept = Set(issueList.map(\.id))
        var actorList = actors.values.filter { actor in
            (positionCount[actor.id] ?? 0) >= request.minimumPositions
                && (cells[actor.id]?.keys.contains { kept.contains($0) } ?? false)
        }
        actorList.sort { ($0.name, $0.id) < ($1.name, $1.id) }
        let grid: [[PositionMatrix.Cell?]] = actorList.map { actor in
            issueList.map { cells[actor.id]?[$0.id] }
        }
        var matrix = PositionMatrix(actors: actorList, issues: issueList, cells: grid, rule: request.description)
        switch request.order {
        case .name:
            break
        case .count:
            let order = matrix.cells.indices.sorted {
                let a = matrix.cells[$0].compactMap { $0 }.count
                let b = matrix.cells[$1].compactMap { $0 }.count
                return a != b ? a > b : $0 < $1
            }
            matrix.reorder(rows: order)
        case .similarity:
            matrix.reorder(rows: Seriation.averageLinkageOrder(matrix.cells.map { $0.map { $0?.stance } }))
        }
        return matrix
    }
}

extension PositionMatrix {
    /// Puts the rows in the given order (a permutation of the row indices).
    mutating func reorder(rows order: [Int]) {
        actors = order.map { actors[$0] }
        cells = order.map { cells[$0] }
    }
}

extension MatrixBuilder {
    /// Column `index` of `row` as `T`; an error (not a trap) when it is NULL or of another type.
    fileprivate static func column<T: DatabaseValueConvertible>(_ row: Row, _ index: Int) throws -> T {
        let value: DatabaseValue = row[index]
        guard let decoded = T.fromDatabaseValue(value) else {
            throw StoreLikeError("matrix column \(index) holds \(value), not a \(T.self)")
        }
        return decoded
    }
}

/// A value in the database that cannot be right (a stance outside the four words).
struct StoreLikeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
