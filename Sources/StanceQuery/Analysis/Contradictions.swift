import StanceCore
import StanceStore

/// Finds opposite stances of one actor on one issue: an actor contradicting itself within a time span, and
/// sources that disagree about what an actor holds at about the same time.
///
/// The engine-level half of issue 17 item 1: the query language's `who contradicts themselves …` and
/// `where do sources disagree …` are to be parsed into calls of these functions. Opposite means one
/// `supports` and one `opposes` position; `mixed` and `neutral` contradict nothing. Dates meet spans by their
/// first day (`2017-09` is 2017-09-01), as everywhere in Stance.
public enum Contradictions {
    /// One side of a contradiction: a position with its evidence.
    public struct Evidence: Sendable, Equatable {
        public var positionID: String
        public var stance: Graph.Stance
        public var date: String
        /// The date's first day, `YYYY-MM-DD`.
        public var day: String
        public var sourceID: String
        public var sourceTitle: String
        public var basis: String
        public var reportedBy: String?
        /// The quote, else the paraphrase.
        public var text: String
    }

    /// Two positions of one actor on one issue with opposite stances, the earlier one first.
    public struct Pair: Sendable, Equatable {
        public var actorID: String
        public var actorName: String
        public var issueID: String
        public var issueName: String
        public var first: Evidence
        public var second: Evidence
    }

    /// Actors holding opposite stances on one issue within `months` months of each other (nil: at any distance),
    /// optionally on one issue and on some bases only; by actor, issue, then dates.
    public static func selfContradictions(
        issue: String? = nil, withinMonths months: Int? = nil, bases: [Graph.Position.Basis]? = nil,
        in db: SQLConnection
    ) throws -> [Pair] {
        let span = months.flatMap { TimeWindows.Period("\($0)m") }
        return try pairs(actor: nil, issue: issue, bases: bases, differentSources: false, in: db).filter { pair in
            guard let span else { return true }
            return within(span, pair.first.day, pair.second.day)
        }
    }

    /// The same actor's stance on an issue given oppositely by two different sources within `days` days of each
    /// other, optionally about one actor and on one issue.
    public static func sourceDisagreements(
        actor: String? = nil, issue: String? = nil, withinDays days: Int = 31, in db: SQLConnection
    ) throws -> [Pair] {
        let span = TimeWindows.Period("\(max(1, days))d")
        return try pairs(actor: actor, issue: issue, bases: nil, differentSources: true, in: db).filter { pair in
            guard let span else { return false }
            return within(span, pair.first.day, pair.second.day)
        }
    }

    /// Whether two days lie within `span` of each other.
    static func within(_ span: TimeWindows.Period, _ a: String, _ b: String) -> Bool {
        let (early, late) = a <= b ? (a, b) : (b, a)
        guard let limit = TimeWindows.add(span, times: 1, to: early) else { return false }
        return late <= limit
    }

    /// Every supports/opposes pair of an actor on an issue, as SQL finds them (one index probe per position).
    static func pairs(
        actor: String?, issue: String?, bases: [Graph.Position.Basis]?, differentSources: Bool, in db: SQLConnection
    ) throws -> [Pair] {
        var filter: SQL = ""
        if let actor { filter += " AND s.actor_id = \(actor)" }
        if let issue { filter += " AND s.issue_id = \(issue)" }
        if let bases {
            let words = bases.map(\.rawValue)
            filter += " AND s.basis IN \(SQL.textList(words)) AND o.basis IN \(SQL.textList(words))"
        }
        if differentSources { filter += " AND s.source_id <> o.source_id" }
        let side = { (alias: String) -> SQL in
            SQL(
                sql: """
                    \(alias).id AS \(alias)_id, \(alias).stance AS \(alias)_stance, \(alias).date AS \(alias)_date, \
                    \(alias).day AS \(alias)_day, \(alias).source_id AS \(alias)_source, \
                    \(alias)s.title AS \(alias)_title, \(alias).basis AS \(alias)_basis, \
                    \(alias).reported_by AS \(alias)_reported_by, \
                    COALESCE(\(alias)q.text, \(alias).paraphrase, '') AS \(alias)_text
                    """)
        }
        let sql: SQL = """
            SELECT s.actor_id, a.name AS actor_name, s.issue_id, i.name AS issue_name, \(side("s")), \(side("o"))
            FROM position s
            JOIN position o ON o.actor_id = s.actor_id AND o.issue_id = s.issue_id AND o.stance = 'opposes'
            JOIN actor a ON a.id = s.actor_id
            JOIN issue i ON i.id = s.issue_id
            JOIN source ss ON ss.id = s.source_id
            JOIN source os ON os.id = o.source_id
            LEFT JOIN quote sq ON sq.id = s.quote_id
            LEFT JOIN quote oq ON oq.id = o.quote_id
            WHERE s.stance = 'supports'\(filter)
            ORDER BY a.name, s.actor_id, i.name, s.issue_id, s.day, s.seq, o.day, o.seq
            """
        return try db.fetchAll(sql).map { row in
            func evidence(_ p: String) -> Evidence {
                Evidence(
                    positionID: row["\(p)_id"] ?? "", stance: Graph.Stance(rawValue: row["\(p)_stance"] ?? "") ?? .neutral,
                    date: row["\(p)_date"] ?? "", day: row["\(p)_day"] ?? "", sourceID: row["\(p)_source"] ?? "",
                    sourceTitle: row["\(p)_title"] ?? "", basis: row["\(p)_basis"] ?? "",
                    reportedBy: row["\(p)_reported_by"], text: row["\(p)_text"] ?? "")
            }
            let supports = evidence("s")
            let opposes = evidence("o")
            let ordered = (supports.day, supports.positionID) <= (opposes.day, opposes.positionID)
            return Pair(
                actorID: row["actor_id"] ?? "", actorName: row["actor_name"] ?? "", issueID: row["issue_id"] ?? "",
                issueName: row["issue_name"] ?? "", first: ordered ? supports : opposes,
                second: ordered ? opposes : supports)
        }
    }
}
