import Foundation
import StanceCore
import StanceStore

extension Planner {
    /// `who agrees with ACTOR [on ISSUE]`: actors whose latest stance on an issue is the same
    /// as ACTOR's (`supports` or `opposes`), ranked by how many issues they share; with
    /// `agree` false, the issues where one supports and the other opposes.
    static func agreement(_ actor: NameRef, _ issue: NameRef?, agree: Bool, _ filters: Filters, count: Bool) -> Plan {
        let me = actor.id.rawValue
        let window = filters.window
        let onIssue: SQL = issue.map { " AND p.issue_id = \($0.id.rawValue)" } ?? ""
        // The other side's stance that counts: the same one to agree, the opposite one to disagree.
        let wanted: SQL = agree ? "m.stance" : "CASE m.stance WHEN 'supports' THEN 'opposes' ELSE 'supports' END"
        // m: ACTOR's latest stance on each of its issues. t: every other actor whose latest stance on one
        // of those issues is the wanted one, from the (issue, stance) index, one row per (actor, issue).
        // Issue names are length-prefixed (`3:Tax7:Tariffs`), so no name can break the list apart.
        let ctes: SQL = """
            WITH m AS MATERIALIZED (
              SELECT mi.issue_id,
                     (SELECT q.stance FROM position q
                      WHERE q.actor_id = \(me) AND q.issue_id = mi.issue_id\(Fragment.window(window, "q"))
                      ORDER BY q.day DESC, q.seq DESC LIMIT 1) AS stance
              FROM (SELECT DISTINCT p.issue_id FROM position p
                    WHERE p.actor_id = \(me)\(onIssue)\(Fragment.window(window, "p"))) mi
            ),
            t AS (
              SELECT p.actor_id, p.issue_id
              FROM m JOIN position p ON p.issue_id = m.issue_id AND p.stance = \(wanted)
              WHERE m.stance IN ('supports', 'opposes') AND p.actor_id <> \(me)\(Fragment.window(window, "p"))
                AND p.seq = (SELECT q.seq FROM position q
                             WHERE q.issue_id = p.issue_id AND q.actor_id = p.actor_id\(Fragment.window(window, "q"))
                             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
            ),
            shared AS (
              SELECT t.actor_id, count(*) AS n, \(Fragment.lengthPrefixed("i.name", orderBy: "i.name")) AS issue_names
              FROM t JOIN issue i ON i.id = t.issue_id
              GROUP BY t.actor_id
            )
            """
        if count {
            return countPlan("""
                \(ctes)
                SELECT count(*) AS count FROM shared x JOIN actor a ON a.id = x.actor_id
                WHERE \(SQL.true)\(Fragment.actorFilters(filters))
                """)
        }
        let sql: SQL = """
            \(ctes)
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, x.n, x.issue_names
            FROM shared x JOIN actor a ON a.id = x.actor_id
            WHERE \(SQL.true)\(Fragment.actorFilters(filters))
            ORDER BY x.n DESC, a.name, a.id
            """
        let key = agree ? "agreements" : "disagreements"
        return Plan(
            shape: agree ? .agrees : .disagrees, sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Kind", ["actor", "kind"]),
                Answer.Column(agree ? "Agreements" : "Disagreements", [key]),
                Answer.Column("Issues", ["issues"]),
            ],
            decode: { row in
                let names = Decode.lengthPrefixed(row["issue_names"]).sorted().map(AnswerValue.text)
                return .object([
                    ("actor", Decode.actor(row)), (key, .integer(row["n"] ?? 0)), ("issues", .list(names)),
                    ("with", .object([("id", .text(actor.id.rawValue)), ("name", .text(actor.name))])),
                ])
            })
    }
}
