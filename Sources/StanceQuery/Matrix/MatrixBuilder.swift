import Foundation
import GRDB
import StanceCore

/// Computes a position matrix in one grouped SQL pass over the positions.
///
/// Each (actor, issue) group yields its count, whether it holds `supports` and `opposes`, and
/// its latest position (SQLite takes the bare columns from the row of the single `max()`), which
/// gives the evidence of the cell.
public enum MatrixBuilder {
    /// The SQL of the matrix pass (for `--explain` and the tests).
    public static func sql(_ request: MatrixRequest) -> SQL {
        var filter: SQL = ""
        if let issues = request.issueIDs {
            filter += " AND p.issue_id IN (SELECT value FROM json_each(\(json(issues))))"
        }
        if let actors = request.actorIDs {
            filter += " AND p.actor_id IN (SELECT value FROM json_each(\(json(actors))))"
        }
        filter += Fragment.window(request.window, "p")
        let kind: SQL = request.kind.map { " WHERE a.kind = \($0.rawValue)" } ?? ""
        return """
            WITH g AS (
              SELECT p.actor_id, p.issue_id, max(p.day || '#' || printf('%012d', p.seq)) AS latest_key,
                     p.seq AS latest_seq, count(*) AS n,
                     sum(p.stance = 'supports') AS supports, sum(p.stance = 'opposes') AS opposes
              FROM position p
              WHERE 1\(filter)
              GROUP BY p.actor_id, p.issue_id
            )
            SELECT g.actor_id, a.name AS actor_name, a.kind AS actor_kind, g.issue_id, i.name AS issue_name,
                   g.n, g.supports, g.opposes, e.stance, e.id AS position_id, e.date, e.basis,
                   coalesce(qt.text, e.paraphrase, '') AS evidence, s.title AS source_title
            FROM g
            JOIN actor a ON a.id = g.actor_id
            JOIN issue i ON i.id = g.issue_id
            JOIN position e ON e.seq = g.latest_seq
            LEFT JOIN quote qt ON qt.id = e.quote_id
            JOIN source s ON s.id = e.source_id\(kind)
            """
    }

    private static func json(_ ids: [String]) -> String {
        let data = (try? JSONEncoder().encode(ids)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Builds the matrix for `request` from `db`.
    public static func build(_ request: MatrixRequest, in db: Database) throws -> PositionMatrix {
        var actors: [String: PositionMatrix.Actor] = [:]
        var issues: [String: PositionMatrix.Issue] = [:]
        var cells: [String: [String: PositionMatrix.Cell]] = [:]
        var positionCount: [String: Int] = [:]
        var issueActors: [String: Int] = [:]
        let cursor = try Row.fetchCursor(db, SQLRequest<Row>(literal: sql(request)))
        while let row = try cursor.next() {
            let actorID: String = row["actor_id"]
            let issueID: String = row["issue_id"]
            guard let latest = Graph.Stance(rawValue: row["stance"] ?? "") else {
                throw StoreLikeError("position \(row["position_id"] as String? ?? "?") has no valid stance")
            }
            let both = (row["supports"] as Int? ?? 0) > 0 && (row["opposes"] as Int? ?? 0) > 0
            let stance: Graph.Stance = request.rule == .mixed && both ? .mixed : latest
            actors[actorID] = PositionMatrix.Actor(id: actorID, name: row["actor_name"], kind: row["actor_kind"])
            issues[issueID] = PositionMatrix.Issue(id: issueID, name: row["issue_name"])
            let n: Int = row["n"] ?? 0
            cells[actorID, default: [:]][issueID] = PositionMatrix.Cell(
                stance: stance, latestStance: latest, positions: n, positionID: row["position_id"] ?? "",
                date: row["date"] ?? "", basis: row["basis"] ?? "", evidence: row["evidence"] ?? "",
                sourceTitle: row["source_title"] ?? "")
            positionCount[actorID, default: 0] += n
            issueActors[issueID, default: 0] += 1
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

/// A value in the database that cannot be right (a stance outside the four words).
struct StoreLikeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
