import StanceStore
import Foundation
import StanceCore

/// The hand-written side: the same answers in plain SQL through GRDB (cached statements, rows
/// decoded by column index into plain structs), in the fastest form found for each shape.
enum HandSQL {
    // MARK: who-queries

    /// Everything the DSL's who-answer shows: the actor, the issue, the proving position with its
    /// evidence (quote or paraphrase) and source.
    static let whoColumns = """
        a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, i.id AS issue_id, i.name AS issue_name,
               e.id AS position_id, e.stance, e.date, e.until, e.basis, e.confidence, e.reported_by, e.paraphrase,
               e.sentence, qt.id AS quote_id, qt.text AS quote, s.id AS source_id, s.title AS source_title,
               s.outlet, s.date AS source_date
        """

    /// Latest stance of each candidate: candidates from the (issue, stance) index, then each one's
    /// latest position on the issue by `ORDER BY day DESC, seq DESC LIMIT 1`, kept when its stance
    /// matches. ?1 issue, ?2 stance.
    static let who = """
        SELECT \(whoColumns)
        FROM (SELECT DISTINCT actor_id FROM position WHERE issue_id = ?1 AND stance = ?2) d
        JOIN position e ON e.seq = (SELECT q.seq FROM position q WHERE q.issue_id = ?1 AND q.actor_id = d.actor_id
                                    ORDER BY q.day DESC, q.seq DESC LIMIT 1)
        JOIN actor a ON a.id = d.actor_id
        JOIN issue i ON i.id = e.issue_id
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        WHERE e.stance = ?2
        ORDER BY a.name, a.id
        """

    /// The same as of a date: only positions with `day < ?3` count, in both steps.
    static let whoAsOf = """
        SELECT \(whoColumns)
        FROM (SELECT DISTINCT actor_id FROM position WHERE issue_id = ?1 AND stance = ?2 AND day < ?3) d
        JOIN position e ON e.seq = (SELECT q.seq FROM position q WHERE q.issue_id = ?1 AND q.actor_id = d.actor_id
                                      AND q.day < ?3
                                    ORDER BY q.day DESC, q.seq DESC LIMIT 1)
        JOIN actor a ON a.id = d.actor_id
        JOIN issue i ON i.id = e.issue_id
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        WHERE e.stance = ?2
        ORDER BY a.name, a.id
        """

    /// Latest on ?1 is ?2 and latest on ?3 is ?4, driven by the candidates of the second (the smaller
    /// set); the evidence is the position on ?1, as the DSL shows it.
    static let both = """
        SELECT \(whoColumns)
        FROM (SELECT DISTINCT actor_id FROM position WHERE issue_id = ?3 AND stance = ?4) d
        JOIN position e ON e.seq = (SELECT q.seq FROM position q WHERE q.issue_id = ?1 AND q.actor_id = d.actor_id
                                    ORDER BY q.day DESC, q.seq DESC LIMIT 1)
        JOIN actor a ON a.id = d.actor_id
        JOIN issue i ON i.id = e.issue_id
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        WHERE e.stance = ?2
          AND (SELECT q.stance FROM position q WHERE q.issue_id = ?3 AND q.actor_id = d.actor_id
               ORDER BY q.day DESC, q.seq DESC LIMIT 1) = ?4
        ORDER BY a.name, a.id
        """

    struct WhoRow {
        var actorID: String
        var name: String
        var kind: String
        var issueID: String
        var issueName: String
        var positionID: String
        var stance: String
        var date: String
        var until: String?
        var basis: String
        var confidence: String
        var reportedBy: String?
        var paraphrase: String?
        var sentence: String?
        var quoteID: String?
        var quote: String?
        var sourceID: String
        var sourceTitle: String
        var outlet: String?
        var sourceDate: String
    }

    static func fetchWho(_ db: SQLConnection, _ sql: String, _ arguments: SQLArguments) throws -> [WhoRow] {
        let cursor = try db.cursor(sql: sql, arguments: arguments, cached: true)
        var rows: [WhoRow] = []
        while let row = try cursor.next() { rows.append(whoRow(row)) }
        return rows
    }

    /// The first 20 columns of a row selected with `whoColumns`.
    static func whoRow(_ row: SQLRow) -> WhoRow {
        WhoRow(
            actorID: row[0], name: row[1], kind: row[2], issueID: row[3], issueName: row[4], positionID: row[5],
            stance: row[6], date: row[7], until: row[8], basis: row[9], confidence: row[10], reportedBy: row[11],
            paraphrase: row[12], sentence: row[13], quoteID: row[14], quote: row[15], sourceID: row[16],
            sourceTitle: row[17], outlet: row[18], sourceDate: row[19])
    }

    // MARK: changed

    /// Each change of stance on ?1: only actors whose positions on it carry two stances (from the
    /// (issue, stance, actor) index), then their positions in time order with the previous one.
    static let changed = """
        WITH c AS (
          SELECT actor_id FROM position WHERE issue_id = ?1 GROUP BY actor_id HAVING min(stance) <> max(stance)
        ),
        h AS (
          SELECT p.actor_id, p.seq, p.stance, lag(p.stance) OVER w AS previous_stance, lag(p.seq) OVER w AS previous_seq
          FROM c JOIN position p ON p.issue_id = ?1 AND p.actor_id = c.actor_id
          WINDOW w AS (PARTITION BY p.actor_id ORDER BY p.day, p.seq)
        )
        SELECT \(whoColumns), f.stance AS from_stance, f.date AS from_date, fs.id AS from_source_id,
               fs.title AS from_source
        FROM h
        JOIN actor a ON a.id = h.actor_id
        JOIN position f ON f.seq = h.previous_seq
        JOIN source fs ON fs.id = f.source_id
        JOIN position e ON e.seq = h.seq
        JOIN issue i ON i.id = e.issue_id
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        WHERE h.previous_stance <> h.stance
        ORDER BY a.name, a.id, e.day, e.seq
        """

    /// The bench README's reference for Q4: actors whose positions on ?1 carry more than one stance.
    static let changedReference = """
        SELECT actor_id FROM position WHERE issue_id = ?1 GROUP BY actor_id HAVING count(DISTINCT stance) > 1
        """

    struct ChangeRow {
        var to: WhoRow
        var fromStance: String
        var fromDate: String
        var fromSourceID: String
        var fromSource: String
    }

    static func fetchChanged(_ db: SQLConnection, issue: String) throws -> [ChangeRow] {
        let cursor = try db.cursor(sql: changed, arguments: [issue], cached: true)
        var rows: [ChangeRow] = []
        while let row = try cursor.next() {
            rows.append(
                ChangeRow(
                    to: whoRow(row), fromStance: row[20], fromDate: row[21], fromSourceID: row[22], fromSource: row[23]))
        }
        return rows
    }

    // MARK: agrees with

    /// The DSL's definition of `who agrees with A`: actors whose latest stance on an issue is A's
    /// latest stance there, `supports` or `opposes`, counted over issues. A's issues from the actor
    /// index (each latest stance once), candidate positions from the (issue, stance) index, kept when
    /// each is its pair's latest (one row per pair, no DISTINCT), grouped before the actor lookup.
    /// (Fastest of the forms tried: a DISTINCT over candidate actors, or joining `actor` before
    /// grouping, cost more in page-cache misses.)
    static let agrees = """
        WITH m AS MATERIALIZED (
          SELECT mi.issue_id,
                 (SELECT q.stance FROM position q WHERE q.actor_id = ?1 AND q.issue_id = mi.issue_id
                  ORDER BY q.day DESC, q.seq DESC LIMIT 1) AS stance
          FROM (SELECT DISTINCT issue_id FROM position WHERE actor_id = ?1) mi
        ),
        t AS (
          SELECT p.actor_id, p.issue_id
          FROM m JOIN position p ON p.issue_id = m.issue_id AND p.stance = m.stance
          WHERE m.stance IN ('supports', 'opposes') AND p.actor_id <> ?1
            AND p.seq = (SELECT q.seq FROM position q WHERE q.issue_id = p.issue_id AND q.actor_id = p.actor_id
                         ORDER BY q.day DESC, q.seq DESC LIMIT 1)
        )
        SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, x.n, x.issues
        FROM (SELECT t.actor_id, count(*) AS n, group_concat(i.name, '; ') AS issues
              FROM t JOIN issue i ON i.id = t.issue_id GROUP BY t.actor_id) x
        JOIN actor a ON a.id = x.actor_id
        ORDER BY x.n DESC, a.name, a.id
        """

    struct AgreeRow {
        var actorID: String
        var name: String
        var kind: String
        var count: Int
        var issues: String
    }

    static func fetchAgrees(_ db: SQLConnection, actor: String) throws -> [AgreeRow] {
        // The one SQLite-only word of this statement, in PostgreSQL's spelling on a server.
        let sql = db.dialect == .postgres
            ? agrees.replacingOccurrences(of: "group_concat(i.name, '; ')", with: "string_agg(i.name, '; ' ORDER BY i.name)")
            : agrees
        let cursor = try db.cursor(sql: sql, arguments: [actor], cached: true)
        var rows: [AgreeRow] = []
        while let row = try cursor.next() {
            rows.append(AgreeRow(actorID: row[0], name: row[1], kind: row[2], count: row[3], issues: row[4]))
        }
        return rows
    }

    // MARK: quotes

    static let quoteColumns = """
        qt.id AS quote_id, qt.text, qt.date, sp.id AS speaker_id, sp.name AS speaker_name, sp.kind AS speaker_kind,
        s.id AS source_id, s.title AS source_title, s.outlet, s.date AS source_date,
        (SELECT group_concat(x.issue_id, ',') FROM quote_issue x WHERE x.quote_id = qt.id) AS issue_ids,
        qt.start_offset, qt.end_offset
        """

    /// Quotes by ?1 bearing on ?2.
    static let quotesByAbout = """
        SELECT \(quoteColumns)
        FROM quote qt
        JOIN quote_issue qi ON qi.quote_id = qt.id AND qi.issue_id = ?2
        JOIN actor sp ON sp.id = qt.speaker_id
        JOIN source s ON s.id = qt.source_id
        WHERE qt.speaker_id = ?1
        ORDER BY qt.day, qt.seq
        """

    /// Quotes by ?1.
    static let quotesBy = """
        SELECT \(quoteColumns)
        FROM quote qt
        JOIN actor sp ON sp.id = qt.speaker_id
        JOIN source s ON s.id = qt.source_id
        WHERE qt.speaker_id = ?1
        ORDER BY qt.day, qt.seq
        """

    /// Quotes whose text matches the FTS5 query ?1.
    static let quotesMatching = """
        SELECT \(quoteColumns)
        FROM quote_fts
        JOIN quote qt ON qt.seq = quote_fts.rowid
        JOIN actor sp ON sp.id = qt.speaker_id
        JOIN source s ON s.id = qt.source_id
        WHERE quote_fts MATCH ?1
        ORDER BY qt.day, qt.seq
        """

    struct QuoteRow {
        var id: String
        var text: String
        var date: String
        var speakerID: String
        var speakerName: String
        var speakerKind: String
        var sourceID: String
        var sourceTitle: String
        var outlet: String?
        var sourceDate: String
        var issues: String?
        var start: Int?
        var end: Int?
    }

    static func fetchQuotes(_ db: SQLConnection, _ sql: String, _ arguments: SQLArguments) throws -> [QuoteRow] {
        let cursor = try db.cursor(sql: sql, arguments: arguments, cached: true)
        var rows: [QuoteRow] = []
        while let row = try cursor.next() {
            rows.append(
                QuoteRow(
                    id: row[0], text: row[1], date: row[2], speakerID: row[3], speakerName: row[4], speakerKind: row[5],
                    sourceID: row[6], sourceTitle: row[7], outlet: row[8], sourceDate: row[9], issues: row[10],
                    start: row[11], end: row[12]))
        }
        return rows
    }

    // MARK: matrix and network

    /// An actor × issue matrix: cells are 0 (none) or a stance code (`codes`).
    struct Matrix {
        var issues: [String]
        var actors: [(id: String, name: String)]
        var cells: [[UInt8]]
    }

    static let codes: [String] = ["", "supports", "opposes", "mixed", "neutral"]

    static func code(_ stance: String) -> UInt8 {
        switch stance {
        case "supports": return 1
        case "opposes": return 2
        case "mixed": return 3
        default: return 4
        }
    }

    static func jsonArray(_ items: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: items)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The 1,000 (or `limit`) actors with the most positions (ties by id).
    static func mostActive(_ db: SQLConnection, limit: Int) throws -> [String] {
        try db.fetchAll(String.self, sql: "SELECT actor_id FROM position GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT ?",
            arguments: [limit])
    }

    /// The matrix the DSL's `MatrixBuilder` defines, by hand: the `top` issues with the most actors
    /// (ties by name, id), each (actor, issue)'s latest stance from one ordered index scan, `mixed`
    /// where the pair has both `supports` and `opposes` positions.
    static func matrix(_ db: SQLConnection, actors restriction: [String]?, top: Int) throws -> Matrix {
        let actorsJSON = restriction.map(jsonArray)
        let issues: [String]
        if let actorsJSON {
            issues = try db.fetchAll(String.self, sql: """
                        SELECT g.issue_id FROM (
                          SELECT issue_id, count(DISTINCT actor_id) AS n FROM position
                          WHERE actor_id IN (SELECT value FROM json_each(?1)) GROUP BY issue_id) g
                        JOIN issue i ON i.id = g.issue_id ORDER BY g.n DESC, i.name, i.id LIMIT ?2
                        """, arguments: [actorsJSON, top])
        } else {
            issues = try db.fetchAll(String.self, sql: """
                        SELECT g.issue_id FROM (
                          SELECT issue_id, count(DISTINCT actor_id) AS n FROM position GROUP BY issue_id) g
                        JOIN issue i ON i.id = g.issue_id ORDER BY g.n DESC, i.name, i.id LIMIT ?1
                        """, arguments: [top])
        }
        let issueColumn = Dictionary(uniqueKeysWithValues: issues.enumerated().map { ($1, $0) })
        let issuesJSON = jsonArray(issues)
        let cursor: any SQLCursor
        if let actorsJSON {
            cursor = try db.cursor(sql: """
                        SELECT p.actor_id, p.issue_id, p.stance FROM position p
                        WHERE p.actor_id IN (SELECT value FROM json_each(?1))
                          AND p.issue_id IN (SELECT value FROM json_each(?2))
                        ORDER BY p.actor_id, p.issue_id, p.day, p.seq
                        """, arguments: [actorsJSON, issuesJSON], cached: true)
        } else {
            cursor = try db.cursor(sql: """
                        SELECT p.actor_id, p.issue_id, p.stance FROM position p
                        WHERE p.issue_id IN (SELECT value FROM json_each(?1))
                        ORDER BY p.issue_id, p.actor_id, p.day, p.seq
                        """, arguments: [issuesJSON], cached: true)
        }
        var rowOf: [String: Int] = [:]
        var actorIDs: [String] = []
        var cells: [[UInt8]] = []
        var actor = ""
        var issue = ""
        var latest: UInt8 = 0
        var supports = false
        var opposes = false
        func flush() {
            guard latest != 0, let column = issueColumn[issue] else { return }
            let row: Int
            if let known = rowOf[actor] {
                row = known
            } else {
                row = actorIDs.count
                rowOf[actor] = row
                actorIDs.append(actor)
                cells.append([UInt8](repeating: 0, count: issues.count))
            }
            cells[row][column] = supports && opposes ? 3 : latest
        }
        while let row = try cursor.next() {
            let a: String = row[0]
            let i: String = row[1]
            if a != actor || i != issue {
                flush()
                actor = a
                issue = i
                supports = false
                opposes = false
            }
            latest = code(row[2])
            if latest == 1 { supports = true } else if latest == 2 { opposes = true }
        }
        flush()
        // Names, and rows in name order as the DSL shows them.
        var names: [String: String] = [:]
        if let actorsJSON {
            let rows = try db.cursor(sql: "SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?1))", arguments: [actorsJSON], cached: true)
            while let row = try rows.next() { names[row[0]] = row[1] }
        } else {
            let rows = try db.cursor(sql: "SELECT id, name FROM actor", cached: true)
            while let row = try rows.next() { names[row[0]] = row[1] }
        }
        let order = actorIDs.indices.sorted {
            let a = (names[actorIDs[$0]] ?? "", actorIDs[$0])
            let b = (names[actorIDs[$1]] ?? "", actorIDs[$1])
            return a < b
        }
        return Matrix(
            issues: issues, actors: order.map { (actorIDs[$0], names[actorIDs[$0]] ?? "") },
            cells: order.map { cells[$0] })
    }

    /// Congruence edges over a hand matrix: for each issue, every pair of actors who both support
    /// (or both oppose) it; the count of such issues per pair.
    static func congruence(_ matrix: Matrix) -> [(String, String, Int)] {
        let n = matrix.actors.count
        var counts = [UInt16](repeating: 0, count: n * n)
        var group: [Int] = []
        for column in matrix.issues.indices {
            for stance: UInt8 in [1, 2] {
                group.removeAll(keepingCapacity: true)
                for row in 0..<n where matrix.cells[row][column] == stance { group.append(row) }
                for x in group.indices {
                    let base = group[x] * n
                    for y in (x + 1)..<group.count { counts[base + group[y]] &+= 1 }
                }
            }
        }
        var edges: [(String, String, Int)] = []
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where counts[i * n + j] > 0 {
                edges.append((matrix.actors[i].id, matrix.actors[j].id, Int(counts[i * n + j])))
            }
        }
        return edges
    }
}
