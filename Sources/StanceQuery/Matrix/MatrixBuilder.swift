import Foundation
import StanceCore
import StanceStore

/// Computes a position matrix: SQL streams the positions in index order, Swift folds them.
///
/// 1. With `topIssues`, the columns are chosen first, in SQL: the issues most actors hold a position on (in
///    the window, among the requested actors and kind), ties by name then id.
/// 2. One ordered scan of those issues' positions (the (issue, actor, day, seq) index in its own order, so
///    no sort) yields (actor, issue, stance, seq); each (actor, issue) pair's positions arrive together and
///    in time order, so its count, whether it holds `supports` and `opposes`, and its latest position (the
///    last one) are folded as they pass. (A GROUP BY with a latest-position probe per pair was 4–6× slower
///    at 1M positions: SQLite does not count an index as covering a generated column such as `day`, so
///    every probe read the table.)
/// 3. By key, for the rows and columns kept: the actors' names and kinds, the issues' names, and with
///    `evidence` each cell's latest position's evidence; with `minimumPositions` and `topIssues`, the
///    actors' counts over all issues (the scan saw only the chosen columns).
public enum MatrixBuilder {
    /// The issues most actors hold a position on under `request`'s filters, best first, at most `top`.
    static func topIssuesSQL(_ request: MatrixRequest, top: Int) -> SQL {
        let kind: SQL = request.kind.map { " JOIN actor a ON a.id = p.actor_id AND a.kind = \($0.rawValue)" } ?? ""
        return """
            SELECT g.issue_id FROM (
              SELECT p.issue_id, count(DISTINCT p.actor_id) AS n
              FROM position p\(kind)
              WHERE \(SQL.true)\(filters(request))
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
            filter += " AND p.issue_id IN \(SQL.textList(issues))"
        }
        if let actors = request.actorIDs {
            filter += " AND p.actor_id IN \(SQL.textList(actors))"
        }
        filter += Fragment.window(request.window, "p")
        if let bases = request.bases {
            filter += " AND p.basis IN \(SQL.textList(bases.map(\.rawValue)))"
        }
        return filter
    }

    /// Every position under the request's filters on `issues` (nil: the request's issues): actor id, issue
    /// id, stance, seq; each (actor, issue) pair's positions together and in time order.
    static func positionsSQL(_ request: MatrixRequest, issues: [String]?) -> SQL {
        let byActor = request.actorIDs != nil && (issues ?? request.issueIDs) == nil
        let order: SQL = byActor ? "p.actor_id, p.issue_id, p.day, p.seq" : "p.issue_id, p.actor_id, p.day, p.seq"
        return """
            SELECT p.actor_id, p.issue_id, p.stance, p.seq FROM position p
            WHERE \(SQL.true)\(filters(request, issues: issues))
            ORDER BY \(order)
            """
    }

    /// Each of `actors`' number of positions under the request's filters (all issues, not only the columns).
    static func positionCountsSQL(_ request: MatrixRequest, actors: [String]) -> SQL {
        var restricted = request
        restricted.actorIDs = actors
        return """
            SELECT p.actor_id, count(*) FROM position p
            WHERE \(SQL.true)\(filters(restricted))
            GROUP BY p.actor_id
            """
    }

    /// The evidence of the positions `seqs`: seq, id, date, basis, quote or paraphrase, source title.
    static func evidenceSQL(_ seqs: [Int]) -> SQL {
        """
        SELECT e.seq, e.id, e.date, e.basis, coalesce(qt.text, e.paraphrase, ''), s.title
        FROM position e
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        WHERE e.seq IN \(SQL.integerList(seqs))
        """
    }

    /// Numbers keys 0, 1, 2, … in the order they are first seen.
    private struct FirstSight {
        private(set) var keys: [String] = []
        private var numbers: [String: Int] = [:]

        /// The key's number, and whether it was new.
        mutating func number(_ key: String) -> (number: Int, isNew: Bool) {
            if let known = numbers[key] { return (known, false) }
            numbers[key] = keys.count
            keys.append(key)
            return (keys.count - 1, true)
        }

        subscript(_ key: String) -> Int? { numbers[key] }
    }

    /// One (actor, issue) pair's positions in the window, folded.
    private struct Pair {
        var column: Int
        var positions = 0
        var supports = false
        var opposes = false
        var latest = Graph.Stance.neutral
        var latestSeq = 0

        init(column: Int) { self.column = column }

        mutating func add(_ stance: Graph.Stance, seq: Int) {
            positions += 1
            if stance == .supports { supports = true }
            if stance == .opposes { opposes = true }
            latest = stance
            latestSeq = seq
        }
    }

    /// Builds the matrix for `request` from `db`.
    public static func build(_ request: MatrixRequest, in db: SQLConnection) throws -> PositionMatrix {
        var chosen: [String]?
        if let top = request.topIssues {
            chosen = try db.fetchAll(String.self, topIssuesSQL(request, top: top))
        }
        // Rows and columns by first sight.
        var rowOf = FirstSight()
        var columnOf = FirstSight()
        var rowPairs: [[Pair]] = []
        var positionCount: [Int] = []
        var pending: (row: Int, pair: Pair)?
        var lastActor = ""
        var lastIssue = ""
        func flush() {
            if let (row, pair) = pending {
                rowPairs[row].append(pair)
                positionCount[row] += pair.positions
            }
            pending = nil
        }
        let cursor = try db.cursor(positionsSQL(request, issues: chosen))
        while let row = try cursor.next() {
            let actorID = try text(row, 0)
            let issueID = try text(row, 1)
            let stanceText = try text(row, 2)
            guard let stance = Graph.Stance(rawValue: stanceText) else {
                throw StoreLikeError("actor \(actorID) on issue \(issueID): '\(stanceText)' is not a stance")
            }
            if pending == nil || actorID != lastActor || issueID != lastIssue {
                flush()
                let (r, newRow) = rowOf.number(actorID)
                if newRow {
                    rowPairs.append([])
                    positionCount.append(0)
                }
                let c = columnOf.number(issueID).number
                pending = (r, Pair(column: c))
                lastActor = actorID
                lastIssue = issueID
            }
            pending?.pair.add(stance, seq: try integer(row, 3))
        }
        flush()
        let actorIDs = rowOf.keys
        let issueIDs = columnOf.keys

        // Names and kinds; actors of another kind leave.
        var actorInfo: [Int: PositionMatrix.Actor] = [:]
        let actorRows = try db.cursor("SELECT id, name, kind FROM actor WHERE id IN \(SQL.textList(actorIDs))")
        while let row = try actorRows.next() {
            let id = try text(row, 0)
            let kind = try text(row, 2)
            guard let r = rowOf[id], request.kind.map({ $0.rawValue == kind }) ?? true else { continue }
            actorInfo[r] = PositionMatrix.Actor(id: id, name: try text(row, 1), kind: kind)
        }
        var issueNames: [Int: String] = [:]
        let issueRows = try db.cursor("SELECT id, name FROM issue WHERE id IN \(SQL.textList(issueIDs))")
        while let row = try issueRows.next() {
            if let c = columnOf[try text(row, 0)] { issueNames[c] = try text(row, 1) }
        }
        var issueActors = Array(repeating: 0, count: issueIDs.count)
        for r in actorIDs.indices where actorInfo[r] != nil {
            for pair in rowPairs[r] { issueActors[pair.column] += 1 }
        }
        if chosen != nil, request.minimumPositions > 0, !actorInfo.isEmpty {
            // The scan saw only the chosen columns; the threshold counts every issue.
            positionCount = Array(repeating: 0, count: actorIDs.count)
            let counts = try db.cursor(positionCountsSQL(request, actors: actorInfo.keys.sorted().map { actorIDs[$0] }))
            while let row = try counts.next() {
                if let r = rowOf[try text(row, 0)] { positionCount[r] = try integer(row, 1) }
            }
        }

        // Columns: the issues most actors hold stances on first, then by name and id.
        let issues = issueIDs.indices.map { PositionMatrix.Issue(id: issueIDs[$0], name: issueNames[$0] ?? issueIDs[$0]) }
        var columnOrder = issues.indices.filter { issueActors[$0] > 0 }.sorted {
            (issueActors[$0], issues[$1].name, issues[$1].id) > (issueActors[$1], issues[$0].name, issues[$0].id)
        }
        if let top = request.topIssues {
            columnOrder = Array(columnOrder.prefix(max(0, top)))
        }
        var place = Array(repeating: -1, count: issues.count)
        for (index, column) in columnOrder.enumerated() { place[column] = index }
        // Rows: actors of the kind with a cell in a kept column and enough positions, by name and id.
        let rowOrder: [(row: Int, actor: PositionMatrix.Actor)] = actorIDs.indices.compactMap { r in
            guard let actor = actorInfo[r], positionCount[r] >= request.minimumPositions,
                rowPairs[r].contains(where: { place[$0.column] >= 0 })
            else { return nil }
            return (r, actor)
        }.sorted { ($0.actor.name, $0.actor.id) < ($1.actor.name, $1.actor.id) }

        // Evidence, for the cells kept.
        typealias Evidence = (id: String, date: String, basis: String, text: String, source: String)
        var evidence: [Int: Evidence] = [:]
        if request.evidence {
            let seqs = rowOrder.flatMap { rowPairs[$0.row].filter { place[$0.column] >= 0 }.map(\.latestSeq) }
            let rows = try db.cursor(evidenceSQL(seqs))
            while let row = try rows.next() {
                evidence[try integer(row, 0)] = (
                    try text(row, 1), try text(row, 2), try text(row, 3), try text(row, 4), try text(row, 5)
                )
            }
        }
        let grid: [[PositionMatrix.Cell?]] = rowOrder.map { entry in
            var line = [PositionMatrix.Cell?](repeating: nil, count: columnOrder.count)
            for pair in rowPairs[entry.row] where place[pair.column] >= 0 {
                let found = evidence[pair.latestSeq]
                line[place[pair.column]] = PositionMatrix.Cell(
                    stance: request.rule == .mixed && pair.supports && pair.opposes ? .mixed : pair.latest,
                    latestStance: pair.latest, positions: pair.positions, positionID: found?.id ?? "",
                    date: found?.date ?? "", basis: found?.basis ?? "", evidence: found?.text ?? "",
                    sourceTitle: found?.source ?? "", contradicts: pair.supports && pair.opposes)
            }
            return line
        }
        let actorList = rowOrder.map(\.actor)
        let issueList = columnOrder.map { issues[$0] }
        var matrix = PositionMatrix(actors: actorList, issues: issueList, cells: grid, rule: request.description)
        switch request.order {
        case .name:
            break
        case .count:
            let filled = matrix.cells.map { $0.reduce(0) { $1 == nil ? $0 : $0 + 1 } }
            let order = matrix.cells.indices.sorted { filled[$0] != filled[$1] ? filled[$0] > filled[$1] : $0 < $1 }
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
    /// Column `index` of `row` as text; an error (not a trap) when it is NULL.
    fileprivate static func text(_ row: SQLRow, _ index: Int) throws -> String {
        guard let value = row.text(at: index) else { throw StoreLikeError("matrix column \(index) is NULL") }
        return value
    }

    /// Column `index` of `row` as an integer; an error (not a trap) when it is NULL.
    fileprivate static func integer(_ row: SQLRow, _ index: Int) throws -> Int {
        guard let value = row.integer(at: index) else { throw StoreLikeError("matrix column \(index) is NULL") }
        return value
    }
}

/// A value in the database that cannot be right (a stance outside the four words).
struct StoreLikeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
