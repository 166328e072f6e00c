import StanceCore
import StanceStore

extension Planner {
    /// A condition compiled to SQL: CTEs that list each candidate actor with one column per stance test
    /// (`t1`, `t2`, … in the order of `Condition.tests`: the `seq` of the position that proves the test,
    /// NULL when it fails), and the boolean expression over those columns that decides the answer.
    struct CompiledCondition {
        /// `WITH` items; the last one, `ev`, has `actor_id` and the test columns.
        var ctes: [SQL]
        /// True for the actors in the answer, over the columns of `ev` aliased `r`.
        var holds: SQL
        /// Test column names, in the order of `Condition.tests`.
        var tests: [String]
    }

    /// Compiles a condition in two steps, the fastest form found against hand-written SQL
    /// (docs/benchmarks.md):
    /// 1. Candidates from the (issue, stance) index alone, combined as sets: a test's candidates are the
    ///    actors with any position of its stance on its issue in the window (a superset of those whose
    ///    latest is that stance); `and` intersects, `or` unites, `but not` keeps the left side's.
    /// 2. For each candidate, each test is one index probe for the latest position in the window (with
    ///    `ever`, the latest with the stance), which yields its `seq` when the test holds; the boolean
    ///    expression over those decides. Only the candidates are probed, once per test.
    static func compile(_ condition: Condition, _ window: DateWindow) -> CompiledCondition {
        var ctes: [SQL] = []
        var probes: [SQL] = []
        var tests: [String] = []
        var sets = 0
        /// Returns the name of the node's candidate set and its boolean expression.
        func build(_ c: Condition) -> (candidates: String, holds: SQL) {
            switch c {
            case .test(let test):
                let name = "t\(tests.count + 1)"
                tests.append(name)
                sets += 1
                let candidates = "k\(sets)"
                ctes.append(candidateCTE(candidates, test, window))
                probes.append(probe(name, test, window))
                return (candidates, SQL(sql: "r.\(name) IS NOT NULL"))
            case .and(let a, let b), .or(let a, let b):
                let left = build(a)
                let right = build(b)
                sets += 1
                let name = "k\(sets)"
                let isAnd: Bool
                if case .and = c { isAnd = true } else { isAnd = false }
                ctes.append(
                    SQL(sql: "\(name)(actor_id) AS (SELECT actor_id FROM \(left.candidates) "
                        + "\(isAnd ? "INTERSECT" : "UNION") SELECT actor_id FROM \(right.candidates))"))
                return (name, "(" + left.holds + (isAnd ? " AND " : " OR ") + right.holds + ")")
            case .butNot(let a, let b):
                let left = build(a)
                let right = build(b)
                return (left.candidates, "(" + left.holds + " AND NOT " + right.holds + ")")
            }
        }
        let root = build(condition)
        // MATERIALIZED: each probe runs once per candidate (inlined, SQLite would run the proving
        // probes again for every answer row).
        ctes.append(
            "ev AS MATERIALIZED (SELECT k.actor_id, " + probes.joined(separator: ", ")
                + SQL(sql: " FROM \(root.candidates) k)"))
        return CompiledCondition(ctes: ctes, holds: root.holds, tests: tests)
    }

    /// The actors with at least one position of the test's stance on its issue in the window, from the
    /// (issue, stance, actor) index.
    static func candidateCTE(_ name: String, _ test: StanceTest, _ window: DateWindow) -> SQL {
        """
        \(sql: name)(actor_id) AS (
          SELECT DISTINCT p.actor_id FROM position p
          WHERE p.issue_id = \(test.issue.id.rawValue) AND p.stance = \(test.stance.rawValue)\(Fragment.window(window, "p")))
        """
    }

    /// The `seq` of the position that proves the test for candidate `k`, or NULL: its latest position on
    /// the issue in the window (greatest date, then the one recorded last) when that has the stance; with
    /// `ever`, the latest position with the stance.
    static func probe(_ name: String, _ test: StanceTest, _ window: DateWindow) -> SQL {
        let issue = test.issue.id.rawValue
        let stance = test.stance.rawValue
        let value: SQL = test.ever ? "q.seq" : "CASE WHEN q.stance = \(stance) THEN q.seq END"
        let everClause: SQL = test.ever ? " AND q.stance = \(stance)" : ""
        return """
            (SELECT \(value) FROM position q
             WHERE q.issue_id = \(issue) AND q.actor_id = k.actor_id\(everClause)\(Fragment.window(window, "q"))
             ORDER BY q.day DESC, q.seq DESC LIMIT 1) AS \(sql: name)
            """
    }

    static func with(_ ctes: [SQL]) -> SQL {
        "WITH " + ctes.joined(separator: ",\n")
    }

    /// `who STANCE ISSUE …`: each actor in the answer with the position that proves it: the first
    /// test outside the right side of `but not` that holds.
    static func condition(_ condition: Condition, _ filters: Filters) -> Plan {
        let compiled = compile(condition, filters.window)
        let tests = compiled.tests
        let positive = Set(condition.positiveTests.map { test in
            condition.tests.firstIndex(of: test).map { tests[$0] } ?? "t1"
        })
        let proofs = tests.filter { positive.contains($0) }.map { SQL(sql: "r.\($0)") }
        let proof: SQL = proofs.count == 1 ? proofs[0] : "COALESCE(" + proofs.joined(separator: ", ") + ")"
        let sql: SQL = """
            \(with(compiled.ctes))
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   i.id AS issue_id, i.name AS issue_name, \(Fragment.evidenceColumns)
            FROM ev r
            JOIN actor a ON a.id = r.actor_id
            JOIN position e ON e.seq = \(proof)
            JOIN issue i ON i.id = e.issue_id
            \(Fragment.evidenceJoins)
            WHERE \(compiled.holds)\(Fragment.actorFilters(filters))
            ORDER BY a.name, a.id
            """
        return Plan(
            shape: .who, sql: sql,
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
        let compiled = compile(condition, filters.window)
        let sql: SQL = """
            \(with(compiled.ctes))
            SELECT count(*) AS count FROM ev r JOIN actor a ON a.id = r.actor_id
            WHERE \(compiled.holds)\(Fragment.actorFilters(filters))
            """
        return countPlan(sql)
    }

    static func countPlan(_ sql: SQL) -> Plan {
        Plan(
            shape: .count, sql: sql, columns: [Answer.Column("Count", ["count"])],
            decode: { row in .object([("count", .integer(row["count"] ?? 0))]) },
            summarize: { rows in [("count", rows.first?[["count"]] ?? .integer(0))] })
    }

    /// `who changed on ISSUE`: each change of stance, from the earlier position to the later one.
    static func changed(_ issue: NameRef, _ filters: Filters, count: Bool) -> Plan {
        // c: the actors with two different stances on the issue in the window (one grouped pass over the
        // (issue, actor, …, stance) index); only their positions go through the window function.
        let history: SQL = """
            WITH c AS (
              SELECT p.actor_id FROM position p
              WHERE p.issue_id = \(issue.id.rawValue)\(Fragment.window(filters.window, "p"))
              GROUP BY p.actor_id HAVING min(p.stance) <> max(p.stance)
            ),
            h AS (
              SELECT p.actor_id, p.seq, p.stance,
                     LAG(p.stance) OVER w AS previous_stance, LAG(p.seq) OVER w AS previous_seq
              FROM c JOIN position p ON p.issue_id = \(issue.id.rawValue) AND p.actor_id = c.actor_id
              WHERE \(SQL.true)\(Fragment.window(filters.window, "p"))
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
                   fs.title AS from_source_title, fs.outlet AS from_source_outlet, fs.date AS from_source_date,
                   \(Fragment.evidenceColumns)
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
        return changePlan(sql)
    }

    /// The plan of a change answer: one row per change, from the earlier stance to the later one.
    static func changePlan(_ sql: SQL, showIssue: Bool = false) -> Plan {
        var plan = Plan(
            shape: .changed, sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("From", ["from", "stance"]),
                Answer.Column("Since", ["from", "date"]), Answer.Column("To", ["to", "stance"]),
                Answer.Column("On", ["to", "date"]),
                Answer.Column("From source", ["from", "source", "label"], isEvidence: true),
                Answer.Column("Evidence", ["evidence", "text"], isEvidence: true),
                Answer.Column("Source", ["evidence", "source", "label"], isEvidence: true),
            ],
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("issue", Decode.issue(row)),
                    ("stance", Decode.text(row, "stance")),
                    ("from", .object([
                        ("stance", Decode.text(row, "from_stance")), ("date", Decode.text(row, "from_date")),
                        ("source", Decode.source(row, prefix: "from_source")),
                    ])),
                    ("to", .object([
                        ("stance", Decode.text(row, "stance")), ("date", Decode.text(row, "date")),
                        ("source", Decode.source(row)),
                    ])),
                    ("evidence", Decode.evidence(row)),
                ])
            })
        if showIssue { plan.columns.insert(Answer.Column("Issue", ["issue", "name"]), at: 1) }
        return plan
    }
}
