import StanceCore
import StanceStore

extension Planner {
    /// `does ACTOR support ISSUE` (`is X against Y?`): one row answering `yes` when the actor's latest
    /// position on the issue has the stance, `no` when it has another, `not coded` when it has none,
    /// with that position as the evidence.
    static func check(_ actor: NameRef, _ stance: Graph.Stance, _ issue: NameRef) -> Plan {
        let sql: SQL = """
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns)
            FROM actor a
            JOIN issue i ON i.id = \(issue.id.rawValue)
            LEFT JOIN position e ON e.seq = (SELECT q.seq FROM position q
                                             WHERE q.issue_id = i.id AND q.actor_id = a.id
                                             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
            LEFT JOIN quote qt ON qt.id = e.quote_id
            LEFT JOIN source s ON s.id = e.source_id
            WHERE a.id = \(actor.id.rawValue)
            """
        return Plan(
            shape: .check, sql: sql,
            columns: [
                Answer.Column("Answer", ["answer"]), Answer.Column("Actor", ["actor", "name"]),
                Answer.Column("Asked", ["asked"]), Answer.Column("Issue", ["issue", "name"]),
                Answer.Column("Stance", ["stance"]), Answer.Column("Date", ["date"]),
            ] + Columns.evidence,
            decode: { row in
                let held = row["stance"] as String?
                let answer = held == nil ? "not coded" : held == stance.rawValue ? "yes" : "no"
                return .object([
                    ("answer", .text(answer)), ("asked", .text(stance.rawValue)), ("actor", Decode.actor(row)),
                    ("issue", Decode.issue(row)), ("stance", .optional(held)), ("date", Decode.text(row, "date")),
                    ("evidence", held == nil ? .null : Decode.evidence(row)),
                ])
            })
    }
}
