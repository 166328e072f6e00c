import Foundation
import GRDB
import StanceCore

extension Planner {
    /// `who agrees with ACTOR [on ISSUE]`: actors whose latest stance on an issue is the same
    /// as ACTOR's (`supports` or `opposes`), ranked by how many issues they share; with
    /// `agree` false, the issues where one supports and the other opposes.
    static func agreement(_ actor: NameRef, _ issue: NameRef?, agree: Bool, _ filters: Filters, count: Bool) -> Plan {
        let me = actor.id.rawValue
        let window = filters.window
        let onIssue: SQL = issue.map { " AND p.issue_id = \($0.id.rawValue)" } ?? ""
        let relation: SQL = agree ? "t.stance = m.stance" : "t.stance <> m.stance"
        let ctes: SQL = """
            WITH m AS (
              SELECT p.issue_id, p.stance FROM position p
              WHERE p.actor_id = \(me)\(onIssue)\(Fragment.window(window, "p"))
                AND p.seq = (SELECT q.seq FROM position q
                             WHERE q.actor_id = p.actor_id AND q.issue_id = p.issue_id\(Fragment.window(window, "q"))
                             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
                AND p.stance IN ('supports', 'opposes')
            ),
            t AS (
              SELECT p.actor_id, p.issue_id, p.stance, p.seq FROM m JOIN position p ON p.issue_id = m.issue_id
              WHERE p.actor_id <> \(me)\(Fragment.window(window, "p"))
                AND p.seq = (SELECT q.seq FROM position q
                             WHERE q.issue_id = p.issue_id AND q.actor_id = p.actor_id\(Fragment.window(window, "q"))
                             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
                AND p.stance IN ('supports', 'opposes')
            ),
            shared AS (
              SELECT t.actor_id, count(*) AS n,
                     group_concat(i.name, '; ') AS issue_names, group_concat(t.issue_id, ',') AS issue_ids
              FROM t JOIN m ON m.issue_id = t.issue_id AND \(relation)
              JOIN issue i ON i.id = t.issue_id
              GROUP BY t.actor_id
            )
            """
        if count {
            return countPlan("""
                \(ctes)
                SELECT count(*) AS count FROM shared x JOIN actor a ON a.id = x.actor_id
                WHERE 1\(Fragment.actorFilters(filters))
                """)
        }
        let sql: SQL = """
            \(ctes)
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, x.n, x.issue_names, x.issue_ids
            FROM shared x JOIN actor a ON a.id = x.actor_id
            WHERE 1\(Fragment.actorFilters(filters))
            ORDER BY x.n DESC, a.name, a.id
            """
        let key = agree ? "agreements" : "disagreements"
        return Plan(
            shape: agree ? "agrees" : "disagrees", sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Kind", ["actor", "kind"]),
                Answer.Column(agree ? "Agreements" : "Disagreements", [key]),
                Answer.Column("Issues", ["issues"]),
            ],
            decode: { row in
                let names = (row["issue_names"] as String? ?? "").split(separator: ";").map {
                    AnswerValue.text($0.trimmingCharacters(in: .whitespaces))
                }
                return .object([
                    ("actor", Decode.actor(row)), (key, .integer(row["n"] ?? 0)), ("issues", .list(names)),
                    ("with", .object([("id", .text(actor.id.rawValue)), ("name", .text(actor.name))])),
                ])
            })
    }
}
