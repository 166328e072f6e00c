import StanceCore
import StanceStore

extension Planner {
    /// `stakeholders of ISSUE`: each actor with a position on the issue and its latest stance (in the
    /// window), grouped supports, opposes, mixed, neutral, with the position as evidence.
    static func stakeholders(_ issue: NameRef, _ filters: Filters) -> Plan {
        let id = issue.id.rawValue
        let window = filters.window
        let sql: SQL = """
            WITH k AS (
              SELECT DISTINCT p.actor_id FROM position p
              WHERE p.issue_id = \(id)\(Fragment.window(window, "p"))
            )
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns)
            FROM k
            JOIN actor a ON a.id = k.actor_id
            JOIN position e ON e.seq = (SELECT q.seq FROM position q
                                        WHERE q.issue_id = \(id) AND q.actor_id = k.actor_id\(Fragment.window(window, "q"))
                                        ORDER BY q.day DESC, q.seq DESC LIMIT 1)
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            WHERE \(SQL.true)\(Fragment.actorFilters(filters))
            ORDER BY CASE e.stance WHEN 'supports' THEN 0 WHEN 'opposes' THEN 1 WHEN 'mixed' THEN 2 ELSE 3 END,
                     a.name, a.id
            """
        return Plan(
            shape: .stakeholders, sql: sql,
            columns: [
                Answer.Column("Stance", ["stance"]), Answer.Column("Actor", ["actor", "name"]),
                Answer.Column("Kind", ["actor", "kind"]), Answer.Column("Date", ["date"]),
            ] + Columns.evidence,
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("stance", Decode.text(row, "stance")),
                    ("issue", Decode.issue(row)), ("date", Decode.text(row, "date")),
                    ("evidence", Decode.evidence(row)),
                ])
            })
    }
}
