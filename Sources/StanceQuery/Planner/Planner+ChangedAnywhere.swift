import StanceCore
import StanceStore

extension Planner {
    /// `who changed` (no issue): each change of stance on any issue, from the earlier position to the
    /// later one, in the form of `changed(_:_:count:)` partitioned by actor and issue.
    static func changedAnywhere(_ filters: Filters, count: Bool) -> Plan {
        let history: SQL = """
            WITH c AS (
              SELECT p.issue_id, p.actor_id FROM position p
              WHERE \(SQL.true)\(Fragment.window(filters.window, "p"))
              GROUP BY p.issue_id, p.actor_id HAVING min(p.stance) <> max(p.stance)
            ),
            h AS (
              SELECT p.actor_id, p.seq, p.stance,
                     LAG(p.stance) OVER w AS previous_stance, LAG(p.seq) OVER w AS previous_seq
              FROM c JOIN position p ON p.issue_id = c.issue_id AND p.actor_id = c.actor_id
              WHERE \(SQL.true)\(Fragment.window(filters.window, "p"))
              WINDOW w AS (PARTITION BY p.actor_id, p.issue_id ORDER BY p.day, p.seq)
            )
            """
        if count {
            return countPlan("""
                \(history)
                SELECT count(DISTINCT h.actor_id) AS count FROM h JOIN actor a ON a.id = h.actor_id
                WHERE h.previous_stance <> h.stance\(Fragment.actorFilters(filters))
                """)
        }
        let sql: SQL = """
            \(history)
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name,
                   f.stance AS from_stance, f.date AS from_date, fs.id AS from_source_id,
                   fs.title AS from_source_title, \(Fragment.evidenceColumns)
            FROM h
            JOIN actor a ON a.id = h.actor_id
            JOIN position f ON f.seq = h.previous_seq
            JOIN source fs ON fs.id = f.source_id
            JOIN position e ON e.seq = h.seq
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            WHERE h.previous_stance <> h.stance\(Fragment.actorFilters(filters))
            ORDER BY a.name, a.id, i.name, e.day, e.seq
            """
        return changePlan(sql, showIssue: true)
    }
}
