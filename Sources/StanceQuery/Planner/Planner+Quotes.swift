import Foundation
import StanceCore
import StanceStore

extension Planner {
    /// `quotes [by ACTOR] [about ISSUE] [matching "TEXT"]` in date order; `matching` is an FTS5
    /// phrase search over quote text.
    static func quotes(_ filter: QuoteFilter) -> Plan {
        var from: SQL = "quote qt"
        var conditions: SQL = SQL.true
        if let text = filter.matching {
            from = Fragment.phraseSearchFrom
            conditions += " AND \(Fragment.phraseMatch(text))"
        }
        if let speaker = filter.speaker { conditions += " AND qt.speaker_id = \(speaker.id.rawValue)" }
        if let issue = filter.issue {
            conditions += " AND qt.id IN (SELECT qi.quote_id FROM quote_issue qi WHERE qi.issue_id = \(issue.id.rawValue))"
        }
        conditions += Fragment.window(filter.window, "qt")
        let sql: SQL = """
            SELECT qt.id AS quote_id, qt.text, qt.date, qt.start_offset, qt.end_offset,
                   sp.id AS actor_id, sp.name AS actor_name, sp.kind AS actor_kind,
                   s.id AS source_id, s.title AS source_title, s.outlet AS source_outlet, s.date AS source_date,
                   (SELECT \(SQL.stringAggregate("qi.issue_id", separator: ",", orderBy: "qi.ordinal")) FROM quote_issue qi WHERE qi.quote_id = qt.id) AS issue_ids
            FROM \(from)
            JOIN actor sp ON sp.id = qt.speaker_id
            JOIN source s ON s.id = qt.source_id
            WHERE \(conditions)
            ORDER BY qt.day, qt.seq
            """
        return Plan(
            shape: .quotes, sql: sql,
            columns: [
                Answer.Column("Speaker", ["speaker", "name"]), Answer.Column("Date", ["date"]),
                Answer.Column("Quote", ["text"], highlight: filter.matching),
                Answer.Column("Source", ["source", "label"]),
                Answer.Column("Issues", ["issues"], isEvidence: true),
            ],
            decode: { row in
                let issues = (row["issue_ids"] as String? ?? "").split(separator: ",").map { AnswerValue.text(String($0)) }
                let start = row["start_offset"] as Int?
                let end = row["end_offset"] as Int?
                return .object([
                    ("id", Decode.text(row, "quote_id")), ("text", Decode.text(row, "text")),
                    ("speaker", Decode.actor(row)), ("source", Decode.source(row)),
                    ("date", Decode.text(row, "date")), ("issues", .list(issues)),
                    ("start", start.map(AnswerValue.integer) ?? .null), ("end", end.map(AnswerValue.integer) ?? .null),
                ])
            })
    }
}
