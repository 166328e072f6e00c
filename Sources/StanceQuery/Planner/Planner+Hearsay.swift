import StanceCore
import StanceStore

extension Planner {
    /// `who says ACTOR STANCE ISSUE`: ACTOR's positions of that stance on ISSUE that rest on someone else's
    /// report (basis `reported`), each with its reporter and the reporter's words, in date order. A reported
    /// position whose article names no reporter is listed too, its reporter null (the article itself reports it).
    static func reporters(actor: NameRef, stance: Graph.Stance, issue: NameRef, _ filters: Filters) -> Plan {
        let conditions: SQL = """
             AND e.actor_id = \(actor.id.rawValue) AND e.issue_id = \(issue.id.rawValue) \
            AND e.stance = \(stance.rawValue)\(Fragment.actorFilters(filters, "r"))
            """
        return hearsayPlan(conditions, filters, order: "e.day, e.seq")
    }

    /// `what does ACTOR report about others`: the positions ACTOR is named as the reporter of, by the actor
    /// they are about, then issue and date.
    static func reports(reporter: NameRef, _ filters: Filters) -> Plan {
        let conditions: SQL = " AND e.reported_by = \(reporter.id.rawValue)\(Fragment.actorFilters(filters))"
        return hearsayPlan(conditions, filters, order: "a.name, a.id, i.name, e.day, e.seq")
    }

    /// Reported positions `e` of actor `a` on issue `i`, reporter `r` (NULL when not named).
    static func hearsayPlan(_ conditions: SQL, _ filters: Filters, order: String) -> Plan {
        let reported = Graph.Position.Basis.reported.rawValue
        let sql: SQL = """
            SELECT r.id AS reporter_id, r.name AS reporter_name, r.kind AS reporter_kind,
                   a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns)
            FROM position e
            JOIN actor a ON a.id = e.actor_id
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            LEFT JOIN actor r ON r.id = e.reported_by
            WHERE e.basis = \(reported)\(Fragment.window(filters.window, "e"))\(conditions)
            ORDER BY \(sql: order)
            """
        return Plan(
            shape: .hearsay, sql: sql,
            columns: [
                Answer.Column("Reporter", ["reporter_label"]),
                Answer.Column("Reporter id", ["reporter", "id"], isEvidence: true),
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Stance", ["stance"]),
                Answer.Column("Issue", ["issue", "name"]), Answer.Column("Date", ["date"]),
                Answer.Column("Evidence", ["evidence", "text"]),
                Answer.Column("Source", ["evidence", "source", "label"]),
            ],
            decode: { row in
                let reporter: AnswerValue =
                    (row["reporter_id"] as String?) == nil
                    ? .null : Decode.actor(row, Decode.ActorColumns(id: "reporter_id", name: "reporter_name", kind: "reporter_kind"))
                return .object([
                    ("reporter", reporter),
                    ("reporter_label", .text(row["reporter_name"] ?? "(not named; the source reports it)")),
                    ("actor", Decode.actor(row)), ("stance", Decode.text(row, "stance")),
                    ("issue", Decode.issue(row)), ("date", Decode.text(row, "date")),
                    ("evidence", Decode.evidence(row)),
                ])
            })
    }
}
