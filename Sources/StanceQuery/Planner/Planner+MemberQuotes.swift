import StanceCore
import StanceStore

extension Planner {
    /// `what did ORG say`: the organization's own quotes; when it has none, its members' quotes, each
    /// marked with `member_of` (the organization), so a member's words are never shown as the
    /// organization's own.
    static func memberQuotes(_ filter: QuoteFilter) -> Plan {
        guard let speaker = filter.speaker else { return quotes(filter) }
        let org = speaker.id.rawValue
        var conditions: SQL = """
            (qt.speaker_id = \(org)
             OR (NOT EXISTS (SELECT 1 FROM quote own WHERE own.speaker_id = \(org))
                 AND qt.speaker_id IN (SELECT f.actor_id FROM affiliation f WHERE f.organization_id = \(org))))
            """
        if let issue = filter.issue {
            conditions += " AND qt.id IN (SELECT qi.quote_id FROM quote_issue qi WHERE qi.issue_id = \(issue.id.rawValue))"
        }
        conditions += Fragment.window(filter.window, "qt")
        let sql: SQL = """
            SELECT qt.id AS quote_id, qt.text, qt.date, qt.start_offset, qt.end_offset,
                   sp.id AS actor_id, sp.name AS actor_name, sp.kind AS actor_kind,
                   s.id AS source_id, s.title AS source_title, s.outlet AS source_outlet, s.date AS source_date,
                   (SELECT \(SQL.stringAggregate("qi.issue_id", separator: ",", orderBy: "qi.ordinal")) FROM quote_issue qi WHERE qi.quote_id = qt.id) AS issue_ids,
                   qt.speaker_id <> \(org) AS by_member
            FROM quote qt
            JOIN actor sp ON sp.id = qt.speaker_id
            JOIN source s ON s.id = qt.source_id
            WHERE \(conditions)
            ORDER BY qt.day, qt.seq
            """
        let base = quotes(filter)
        let organization = AnswerValue.object([("id", .text(org)), ("name", .text(speaker.name))])
        return Plan(
            shape: .quotes, sql: sql,
            columns: [base.columns[0], Answer.Column("Member of", ["member_of", "name"])] + base.columns.dropFirst(),
            decode: { row in
                guard case .object(var pairs) = base.decode(row) else { return base.decode(row) }
                let byMember = (row["by_member"] as Int? ?? 0) != 0
                pairs.append(("member_of", byMember ? organization : .null))
                return .object(pairs)
            })
    }
}
