import StanceCore
import StanceStore

extension Planner {
    /// `positions of ACTOR`, `what does ACTOR think about ISSUE`, `why does ACTOR STANCE ISSUE`:
    /// the actor's positions in date order, each marked `latest` when it is the one a
    /// who-question reads.
    static func positions(actor: NameRef, issue: NameRef?, stance: Graph.Stance?, window: DateWindow = DateWindow())
        -> Plan
    {
        var filter: SQL = Fragment.window(window, "e")
        if let issue { filter += " AND e.issue_id = \(issue.id.rawValue)" }
        if let stance { filter += " AND e.stance = \(stance.rawValue)" }
        let sql: SQL = """
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns),
                   e.seq = (SELECT q.seq FROM position q WHERE q.actor_id = e.actor_id AND q.issue_id = e.issue_id
                            ORDER BY q.day DESC, q.seq DESC LIMIT 1) AS latest
            FROM position e
            JOIN actor a ON a.id = e.actor_id
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            WHERE e.actor_id = \(actor.id.rawValue)\(filter)
            ORDER BY i.name, e.day, e.seq
            """
        return Plan(
            shape: stance == nil ? .positions : .why, sql: sql,
            columns: [
                Answer.Column("Issue", ["issue", "name"]), Answer.Column("Stance", ["stance"]),
                Answer.Column("Date", ["date"]), Answer.Column("Latest", ["latest"]),
                Answer.Column("Basis", ["evidence", "basis"]),
                Answer.Column("Evidence", ["evidence", "text"]),
                Answer.Column("Source", ["evidence", "source", "label"], isEvidence: true),
                Answer.Column("Sentence", ["evidence", "sentence"], isEvidence: true),
            ],
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("issue", Decode.issue(row)),
                    ("stance", Decode.text(row, "stance")), ("date", Decode.text(row, "date")),
                    ("until", Decode.text(row, "until")), ("latest", .bool((row["latest"] as Int? ?? 0) != 0)),
                    ("evidence", Decode.evidence(row)),
                ])
            })
    }
}
