import StanceCore
import StanceStore

extension Planner {
    /// `profile of ACTOR` (`who is X`, `tell me about X`): the actor, then its positions, quotes,
    /// affiliations (and, for an organization, its members) and the annotations on it or its quotes,
    /// one row each, in that order.
    static func profile(_ actor: NameRef) -> Plan {
        let id = actor.id.rawValue
        let sql: SQL = """
            SELECT 0 AS part, a.name AS subject, a.kind AS detail, NULL AS date, a.description AS text,
                   NULL AS quote, NULL AS source_id, NULL AS source_title, a.id AS item_id,
                   (SELECT \(Fragment.lengthPrefixed("alias", orderBy: "ordinal")) FROM (SELECT alias, ordinal FROM actor_alias
                    WHERE actor_id = a.id ORDER BY ordinal) AS ordered_alias) AS aliases
            FROM actor a WHERE a.id = \(id)
            UNION ALL
            SELECT 1, i.name, e.stance, e.date, e.paraphrase, qt.text, s.id, s.title, e.id, NULL
            FROM position e JOIN issue i ON i.id = e.issue_id LEFT JOIN quote qt ON qt.id = e.quote_id
            JOIN source s ON s.id = e.source_id
            WHERE e.actor_id = \(id)
            UNION ALL
            SELECT 2, (SELECT \(Fragment.lengthPrefixed("name", orderBy: "ordinal"))
                       FROM (SELECT i.name, qi.ordinal FROM quote_issue qi JOIN issue i ON i.id = qi.issue_id
                             WHERE qi.quote_id = qt.id ORDER BY qi.ordinal) AS quote_issue_name),
                   NULL, qt.date, NULL, qt.text, s.id, s.title, qt.id, NULL
            FROM quote qt JOIN source s ON s.id = qt.source_id
            WHERE qt.speaker_id = \(id)
            UNION ALL
            SELECT 3, o.name, f.role, f.start, NULL, NULL, s.id, s.title, f.id, NULL
            FROM affiliation f JOIN actor o ON o.id = f.organization_id LEFT JOIN source s ON s.id = f.source_id
            WHERE f.actor_id = \(id)
            UNION ALL
            SELECT 4, m.name, f.role, f.start, NULL, NULL, s.id, s.title, f.id, NULL
            FROM affiliation f JOIN actor m ON m.id = f.actor_id LEFT JOIN source s ON s.id = f.source_id
            WHERE f.organization_id = \(id)
            UNION ALL
            SELECT 5, n.target, n.coder, n.time, n.text, NULL, NULL, NULL, n.id, NULL
            FROM annotation n
            WHERE n.target = \("actor:" + id)
               OR n.target IN (SELECT 'quote:' || qq.id FROM quote qq WHERE qq.speaker_id = \(id))
            ORDER BY part, subject, date, item_id
            """
        let sections = ["actor", "position", "quote", "affiliation", "member", "annotation"]
        return Plan(
            shape: .profile, sql: sql,
            columns: [
                Answer.Column("Section", ["section"]), Answer.Column("About", ["subject"]),
                Answer.Column("Detail", ["detail"]), Answer.Column("Date", ["date"]),
                Answer.Column("Text", ["text"]),
                Answer.Column("Source", ["source", "title"], isEvidence: true),
            ],
            decode: { row in
                let part = row["part"] as Int? ?? 0
                let section = part >= 0 && part < sections.count ? sections[part] : "other"
                let quote = row["quote"] as String?
                let paraphrase = row["text"] as String?
                var subject = Decode.text(row, "subject")
                if part == 2 {
                    subject = .text(Decode.lengthPrefixed(row["subject"]).sorted().joined(separator: ", "))
                }
                var pairs: [(String, AnswerValue)] = [
                    ("section", .text(section)), ("subject", subject), ("detail", Decode.text(row, "detail")),
                    ("date", Decode.text(row, "date")),
                    // Verbatim words in quotation marks, as in every evidence column.
                    ("text", .optional(quote.map { "\u{201C}\($0)\u{201D}" } ?? paraphrase)),
                    ("source", .object([("id", Decode.text(row, "source_id")), ("title", Decode.text(row, "source_title"))])),
                    ("id", Decode.text(row, "item_id")),
                ]
                if part == 0 {
                    pairs.append(("aliases", .list(Decode.lengthPrefixed(row["aliases"]).map(AnswerValue.text))))
                }
                return .object(pairs)
            })
    }
}
