import GRDB
import StanceCore

/// A query compiled to one parameterised SQL statement, with how to turn its rows into an answer.
public struct Plan {
    /// What sort of answer this is (`who`, `count`, `quotes`, …).
    public var shape: String
    /// The one statement; every value in it is a bound argument.
    public var sql: SQL
    /// The columns a table shows.
    public var columns: [Answer.Column]
    /// Turns one result row into an answer row.
    public var decode: (Row) -> AnswerValue
    /// Extra top-level JSON facts computed from the decoded rows (`count`).
    public var summarize: ([AnswerValue]) -> [(String, AnswerValue)] = { _ in [] }
}

/// Decoding helpers shared by the plans.
enum Decode {
    static func text(_ row: Row, _ column: String) -> AnswerValue {
        .optional(row[column] as String?)
    }

    static func actor(_ row: Row, prefix: String = "actor") -> AnswerValue {
        .object([
            ("id", text(row, "\(prefix)_id")), ("name", text(row, "\(prefix)_name")),
            ("kind", text(row, "\(prefix)_kind")),
        ])
    }

    static func issue(_ row: Row) -> AnswerValue {
        .object([("id", text(row, "issue_id")), ("name", text(row, "issue_name"))])
    }

    static func source(_ row: Row, prefix: String = "source") -> AnswerValue {
        .object([
            ("id", text(row, "\(prefix)_id")), ("title", text(row, "\(prefix)_title")),
            ("outlet", text(row, "\(prefix)_outlet")), ("date", text(row, "\(prefix)_date")),
        ])
    }

    /// The evidence of a position: the quote or the paraphrase with its sentence, source, date, basis.
    static func evidence(_ row: Row) -> AnswerValue {
        let quote = row["quote_text"] as String?
        let paraphrase = row["paraphrase"] as String?
        return .object([
            // Verbatim words in quotation marks, so they are never mistaken for a coder's paraphrase.
            ("text", .optional(quote.map { "\u{201C}\($0)\u{201D}" } ?? paraphrase)),
            ("quote", .optional(quote)),
            ("quote_id", text(row, "quote_id")),
            ("paraphrase", .optional(paraphrase)),
            ("sentence", text(row, "sentence")),
            ("source", source(row)),
            ("date", text(row, "date")),
            ("basis", text(row, "basis")),
            ("reported_by", text(row, "reported_by")),
            ("confidence", text(row, "confidence")),
            ("position", text(row, "position_id")),
        ])
    }
}

/// SQL fragments shared by the plans.
enum Fragment {
    /// The evidence columns of position `e`, quote `qt` and source `s`.
    static let evidenceColumns: SQL = """
        e.id AS position_id, e.stance, e.date, e.until, e.basis, e.confidence, e.reported_by,
        e.paraphrase, e.sentence, qt.id AS quote_id, qt.text AS quote_text,
        s.id AS source_id, s.title AS source_title, s.outlet AS source_outlet, s.date AS source_date
        """

    /// The joins that give position `e` its quote `qt` and source `s`.
    static let evidenceJoins: SQL = """
        LEFT JOIN quote qt ON qt.id = e.quote_id
        JOIN source s ON s.id = e.source_id
        """

    /// `AND alias.date >= lower AND alias.date < upper` for the window's bounds.
    static func window(_ window: DateWindow, _ alias: String) -> SQL {
        var sql: SQL = ""
        if let lower = window.lower { sql += " AND \(sql: alias).day >= \(lower)" }
        if let upper = window.upper { sql += " AND \(sql: alias).day < \(upper)" }
        return sql
    }

    /// `AND …` restricting actor `a` by kind and organization.
    static func actorFilters(_ filters: Filters, _ alias: String = "a") -> SQL {
        var sql: SQL = ""
        if let kind = filters.kind { sql += " AND \(sql: alias).kind = \(kind.rawValue)" }
        if let org = filters.organization {
            sql += """
                 AND (\(sql: alias).id = \(org.id.rawValue) OR \(sql: alias).id IN \
                (SELECT f.actor_id FROM affiliation f WHERE f.organization_id = \(org.id.rawValue)))
                """
        }
        return sql
    }
}

/// The column sets of the answer shapes.
enum Columns {
    /// The quote or paraphrase always shows; `--evidence` adds its source and basis.
    static let evidence: [Answer.Column] = [
        Answer.Column("Evidence", ["evidence", "text"]),
        Answer.Column("Source", ["evidence", "source", "title"], isEvidence: true),
        Answer.Column("Basis", ["evidence", "basis"], isEvidence: true),
    ]
}
