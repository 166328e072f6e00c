import StanceCore
import StanceStore

extension Planner {
    /// `who contradicts themselves [on ISSUE] [within N months]`: each pair of one actor's `supports` and
    /// `opposes` positions on one issue, at most `within` apart, side by side with their evidence.
    static func contradictions(actor: NameRef?, issue: NameRef?, within: TimeSpan?, _ filters: Filters) -> Plan {
        var conditions: SQL = ""
        if let actor { conditions += " AND s.actor_id = \(actor.id.rawValue)" }
        if let issue { conditions += " AND s.issue_id = \(issue.id.rawValue)" }
        if let within { conditions += " AND " + near(within) }
        return contradictionPlan(kind: "self", conditions: conditions, filters)
    }

    /// `where do sources disagree [about ACTOR] [on ISSUE]`: one actor's stance on an issue given as `supports`
    /// by one source and `opposes` by another, at most `within` apart (31 days unless asked).
    static func sourceDisagreements(actor: NameRef?, issue: NameRef?, within: TimeSpan, _ filters: Filters) -> Plan {
        var conditions: SQL = " AND s.source_id <> o.source_id"
        if let actor { conditions += " AND s.actor_id = \(actor.id.rawValue)" }
        if let issue { conditions += " AND s.issue_id = \(issue.id.rawValue)" }
        conditions += " AND " + near(within)
        return contradictionPlan(kind: "sources", conditions: conditions, filters)
    }

    /// Positions `s` and `o` are at most `span` apart. Months keep the day of the month, clamped to the month's
    /// length (as `TimeWindows.add` does): the later day is within N months of the earlier one when their months
    /// are fewer than N apart, or exactly N apart and its day of the month is not past the earlier one's.
    static func near(_ span: TimeSpan) -> SQL {
        switch span {
        case .days(let days):
            return SQL.daysBetween("s.day", "o.day") + " <= \(days)"
        case .months(let months):
            func month(_ alias: String) -> String {
                "(CAST(substr(\(alias).day, 1, 4) AS INTEGER) * 12 + CAST(substr(\(alias).day, 6, 2) AS INTEGER))"
            }
            func dayOfMonth(_ alias: String) -> String { "CAST(substr(\(alias).day, 9, 2) AS INTEGER)" }
            func ordered(_ early: String, _ late: String) -> SQL {
                let gap = "\(month(late)) - \(month(early))"
                return """
                    (\(sql: early).day <= \(sql: late).day AND (\(sql: gap) < \(months) \
                    OR (\(sql: gap) = \(months) AND \(sql: dayOfMonth(late)) <= \(sql: dayOfMonth(early)))))
                    """
            }
            return "(" + ordered("s", "o") + " OR " + ordered("o", "s") + ")"
        }
    }

    /// The columns of one side of a pair: position `p`, its source `p_src`, quote `p_qt` and reporter `p_rep`,
    /// each column named `p_` + the name `Fragment.evidenceColumns` gives it.
    static func sideColumns(_ p: String) -> SQL {
        SQL(
            sql: """
                \(p).id AS \(p)_position_id, \(p).seq AS \(p)_seq, \(p).stance AS \(p)_stance, \(p).date AS \(p)_date, \
                \(p).day AS \(p)_day, \(p).basis AS \(p)_basis, \(p).confidence AS \(p)_confidence, \
                \(p).reported_by AS \(p)_reported_by, \(p)_rep.name AS \(p)_reporter_name, \
                \(p).paraphrase AS \(p)_paraphrase, \(p).sentence AS \(p)_sentence, \(p)_qt.id AS \(p)_quote_id, \
                \(p)_qt.text AS \(p)_quote_text, \(p)_src.id AS \(p)_source_id, \(p)_src.title AS \(p)_source_title, \
                \(p)_src.outlet AS \(p)_source_outlet, \(p)_src.date AS \(p)_source_date
                """)
    }

    /// The joins of `sideColumns(p)`.
    static func sideJoins(_ p: String) -> SQL {
        SQL(
            sql: """
                JOIN source \(p)_src ON \(p)_src.id = \(p).source_id
                LEFT JOIN quote \(p)_qt ON \(p)_qt.id = \(p).quote_id
                LEFT JOIN actor \(p)_rep ON \(p)_rep.id = \(p).reported_by
                """)
    }

    /// The plan of a contradiction answer: `s` supports, `o` opposes, same actor and issue, both in the
    /// filters' window; `conditions` adds the rest. One row per pair, the earlier position first.
    static func contradictionPlan(kind: String, conditions: SQL, _ filters: Filters) -> Plan {
        let supports = Graph.Stance.supports.rawValue
        let opposes = Graph.Stance.opposes.rawValue
        let sql: SQL = """
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, i.id AS issue_id, i.name AS issue_name,
                   \(sideColumns("s")),
                   \(sideColumns("o"))
            FROM position s
            JOIN position o ON o.issue_id = s.issue_id AND o.actor_id = s.actor_id AND o.stance = \(opposes)
            JOIN actor a ON a.id = s.actor_id
            JOIN issue i ON i.id = s.issue_id
            \(sideJoins("s"))
            \(sideJoins("o"))
            WHERE s.stance = \(supports)\(Fragment.window(filters.window, "s"))\(Fragment.window(filters.window, "o"))\
            \(conditions)\(Fragment.actorFilters(filters))
            ORDER BY a.name, a.id, i.name, i.id, s.day, s.seq, o.day, o.seq
            """
        return Plan(
            shape: .contradictions, sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Issue", ["issue", "name"]),
            ] + sideColumns(title: "Earlier", key: "earlier") + sideColumns(title: "Later", key: "later"),
            decode: { row in
                let s = side(row, "s_")
                let o = side(row, "o_")
                // The earlier position first: by day, then the order they were recorded in.
                let sKey = (row["s_day"] as String? ?? "", row["s_seq"] as Int? ?? 0)
                let oKey = (row["o_day"] as String? ?? "", row["o_seq"] as Int? ?? 0)
                let (earlier, later) = sKey <= oKey ? (s, o) : (o, s)
                return .object([
                    ("kind", .text(kind)), ("actor", Decode.actor(row)), ("issue", Decode.issue(row)),
                    ("earlier", earlier), ("later", later),
                ])
            })
    }

    /// The table columns of one side: stance, date, evidence, source and basis always (a contradiction is read
    /// from its evidence); the position and quote ids with `--evidence` and in CSV.
    static func sideColumns(title: String, key: String) -> [Answer.Column] {
        [
            Answer.Column(title, [key, "stance"]),
            Answer.Column("\(title) date", [key, "date"]),
            Answer.Column("\(title) evidence", [key, "text"]),
            Answer.Column("\(title) source", [key, "source", "label"]),
            Answer.Column("\(title) basis", [key, "basis_label"]),
            Answer.Column("\(title) position id", [key, "position"], isEvidence: true),
        ]
    }

    /// One side of a pair: the position's stance and evidence (the fields of a who-row's `evidence`), and its
    /// basis as a table shows it (`reported by Wendy Cutler`).
    static func side(_ row: ResultRow, _ prefix: String) -> AnswerValue {
        let basis = row[prefix + "basis"] as String?
        let reporter = row[prefix + "reporter_name"] as String?
        let label = basis.map { basis in reporter.map { "\(basis) by \($0)" } ?? basis }
        return .object(
            [("stance", Decode.text(row, prefix + "stance"))] + Decode.evidencePairs(row, prefix: prefix)
                + [("reported_by_name", .optional(reporter)), ("basis_label", .optional(label))])
    }
}
