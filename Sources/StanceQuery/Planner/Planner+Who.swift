import GRDB
import StanceCore

extension Planner {
    /// The CTEs of a condition: one per stance test (`t1`, `t2`, … with `actor_id` and the `seq`
    /// of the position that proves it) and one per boolean node; returns them and the root's name.
    static func conditionCTEs(_ condition: Condition, _ window: DateWindow) -> (ctes: [SQL], root: String, tests: [String]) {
        var ctes: [SQL] = []
        var tests: [String] = []
        var nodeCount = 0
        func build(_ c: Condition) -> String {
            switch c {
            case .test(let test):
                let name = "t\(tests.count + 1)"
                tests.append(name)
                ctes.append(testCTE(name, test, window))
                return name
            case .and(let a, let b), .or(let a, let b), .butNot(let a, let b):
                let left = build(a)
                let right = build(b)
                nodeCount += 1
                let name = "c\(nodeCount)"
                let op: String
                switch c {
                case .and: op = "INTERSECT"
                case .or: op = "UNION"
                case .butNot, .test: op = "EXCEPT"
                }
                ctes.append(
                    "\(sql: name)(actor_id) AS (SELECT actor_id FROM \(sql: left) \(sql: op) SELECT actor_id FROM \(sql: right))")
                return name
            }
        }
        let root = build(condition)
        return (ctes, root, tests)
    }

    /// One stance test: candidates from the (issue, stance) index, then each candidate's latest
    /// position in the window (greatest date, then the one recorded last), kept when its stance
    /// matches. With `ever`, any position with the stance counts and the latest such one proves it.
    static func testCTE(_ name: String, _ test: StanceTest, _ window: DateWindow) -> SQL {
        let issue = test.issue.id.rawValue
        let stance = test.stance.rawValue
        let everClause: SQL = test.ever ? " AND q.stance = \(stance)" : ""
        let latest: SQL = """
            (SELECT q.seq FROM position q
             WHERE q.issue_id = \(issue) AND q.actor_id = d.actor_id\(everClause)\(Fragment.window(window, "q"))
             ORDER BY q.day DESC, q.seq DESC LIMIT 1)
            """
        let candidates: SQL = """
            SELECT DISTINCT p.actor_id FROM position p
            WHERE p.issue_id = \(issue) AND p.stance = \(stance)\(Fragment.window(window, "p"))
            """
        if test.ever {
            return "\(sql: name)(actor_id, seq) AS (SELECT d.actor_id, \(latest) FROM (\(candidates)) d)"
        }
        return """
            \(sql: name)(actor_id, seq) AS (
              SELECT l.actor_id, lp.seq FROM (SELECT d.actor_id, \(latest) AS seq FROM (\(candidates)) d) l
              JOIN position lp ON lp.seq = l.seq WHERE lp.stance = \(stance))
            """
    }

    static func with(_ ctes: [SQL]) -> SQL {
        "WITH " + ctes.joined(separator: ",\n")
    }

    /// `who STANCE ISSUE …`: each actor in the answer with the position that proves it.
    static func condition(_ condition: Condition, _ filters: Filters) -> Plan {
        let (ctes, root, tests) = conditionCTEs(condition, filters.window)
        let positive = Set(condition.positiveTests.map { test in
            condition.tests.firstIndex(of: test).map { tests[$0] } ?? "t1"
        })
        let proof: SQL
        if tests.count == 1 {
            proof = "r.seq"
        } else {
            // Each positive test's proof by a scalar lookup: a LEFT JOIN of a CTE made SQLite scan
            // it once per answer row (21x slower than hand-written SQL at 1M positions).
            let lookups = tests.filter { positive.contains($0) }.map { name in
                SQL(sql: "(SELECT \(name).seq FROM \(name) WHERE \(name).actor_id = r.actor_id)")
            }
            proof = lookups.count == 1 ? lookups[0] : "COALESCE(" + lookups.joined(separator: ", ") + ")"
        }
        let sql: SQL = """
            \(with(ctes))
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns)
            FROM \(sql: root) r
            JOIN actor a ON a.id = r.actor_id
            JOIN position e ON e.seq = \(proof)
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            WHERE 1\(Fragment.actorFilters(filters))
            ORDER BY a.name, a.id
            """
        return Plan(
            shape: "who", sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Kind", ["actor", "kind"]),
                Answer.Column("Stance", ["stance"]), Answer.Column("Issue", ["issue", "name"]),
                Answer.Column("Date", ["date"]),
            ] + Columns.evidence,
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("stance", Decode.text(row, "stance")),
                    ("issue", Decode.issue(row)), ("date", Decode.text(row, "date")),
                    ("evidence", Decode.evidence(row)),
                ])
            })
    }

    /// `count who STANCE ISSUE …`: how many actors are in the answer.
    static func countCondition(_ condition: Condition, _ filters: Filters) -> Plan {
        let (ctes, root, _) = conditionCTEs(condition, filters.window)
        let sql: SQL = """
            \(with(ctes))
            SELECT count(*) AS count FROM \(sql: root) r JOIN actor a ON a.id = r.actor_id
            WHERE 1\(Fragment.actorFilters(filters))
            """
        return countPlan(sql)
    }

    static func countPlan(_ sql: SQL) -> Plan {
        Plan(
            shape: "count", sql: sql, columns: [Answer.Column("Count", ["count"])],
            decode: { row in .object([("count", .integer(row["count"] ?? 0))]) },
            summarize: { rows in [("count", rows.first?[["count"]] ?? .integer(0))] })
    }

    /// `who changed on ISSUE`: each change of stance, from the earlier position to the later one.
    static func changed(_ issue: NameRef, _ filters: Filters, count: Bool) -> Plan {
        let history: SQL = """
            WITH h AS (
              SELECT p.actor_id, p.seq, p.stance,
                     LAG(p.stance) OVER w AS previous_stance, LAG(p.seq) OVER w AS previous_seq
              FROM position p
              WHERE p.issue_id = \(issue.id.rawValue)\(Fragment.window(filters.window, "p"))
              WINDOW w AS (PARTITION BY p.actor_id ORDER BY p.day, p.seq)
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
            ORDER BY a.name, a.id, e.day, e.seq
            """
        return Plan(
            shape: "changed", sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("From", ["from", "stance"]),
                Answer.Column("Since", ["from", "date"]), Answer.Column("To", ["to", "stance"]),
                Answer.Column("On", ["to", "date"]),
                Answer.Column("From source", ["from", "source", "title"], isEvidence: true),
                Answer.Column("Evidence", ["evidence", "text"], isEvidence: true),
                Answer.Column("Source", ["evidence", "source", "title"], isEvidence: true),
            ],
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("issue", Decode.issue(row)),
                    ("stance", Decode.text(row, "stance")),
                    ("from", .object([
                        ("stance", Decode.text(row, "from_stance")), ("date", Decode.text(row, "from_date")),
                        ("source", .object([
                            ("id", Decode.text(row, "from_source_id")), ("title", Decode.text(row, "from_source_title")),
                        ])),
                    ])),
                    ("to", .object([
                        ("stance", Decode.text(row, "stance")), ("date", Decode.text(row, "date")),
                        ("source", Decode.source(row)),
                    ])),
                    ("evidence", Decode.evidence(row)),
                ])
            })
    }
}
