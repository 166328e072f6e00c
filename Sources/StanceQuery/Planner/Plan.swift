import StanceCore
import StanceStore

/// A query compiled to one parameterised SQL statement, with how to turn its rows into an answer.
public struct Plan {
    /// What sort of answer this is (`who`, `count`, `quotes`, …).
    public var shape: Shape
    /// The one statement; every value in it is a bound argument.
    public var sql: SQL
    /// The columns a table shows.
    public var columns: [Answer.Column]
    /// Turns one result row into an answer row.
    public var decode: (ResultRow) -> AnswerValue
    /// Extra top-level JSON facts computed from the decoded rows (`count`).
    public var summarize: ([AnswerValue]) -> [(String, AnswerValue)] = { _ in [] }
}

/// One result row, read by column name through the statement's column index (made once per statement).
public struct ResultRow {
    let row: SQLRow

    public init(_ row: SQLRow) {
        self.row = row
    }

    /// The text in column `name`; nil when NULL or absent.
    public subscript(_ name: String) -> String? {
        row.text(named: name)
    }

    /// The integer in column `name`; nil when NULL or absent.
    public subscript(_ name: String) -> Int? {
        row.integer(named: name)
    }
}

/// Decoding helpers shared by the plans.
enum Decode {
    static func text(_ row: ResultRow, _ column: String) -> AnswerValue {
        .optional(row[column] as String?)
    }

    /// The column names of an actor (or an organization, a speaker) in a result row.
    struct ActorColumns {
        let id: String, name: String, kind: String
        static let actor = ActorColumns(id: "actor_id", name: "actor_name", kind: "actor_kind")
        static let organization = ActorColumns(id: "organization_id", name: "organization_name", kind: "organization_kind")
    }

    static func actor(_ row: ResultRow, _ columns: ActorColumns = .actor) -> AnswerValue {
        .object([
            ("id", text(row, columns.id)), ("name", text(row, columns.name)), ("kind", text(row, columns.kind)),
        ])
    }

    static func issue(_ row: ResultRow) -> AnswerValue {
        .object([("id", text(row, "issue_id")), ("name", text(row, "issue_name"))])
    }

    /// A source from the columns `PREFIX_id`, `_title`, `_outlet` and `_date`, with a short `label` for
    /// tables: the outlet (or, when it is not known, the id) and the date, as `Global Times, 2017-09`.
    static func source(_ row: ResultRow, prefix: String = "source") -> AnswerValue {
        let id = row["\(prefix)_id"] as String?
        let outlet = row["\(prefix)_outlet"] as String?
        let date = row["\(prefix)_date"] as String?
        let label = (outlet ?? id).map { name in date.map { "\(name), \($0)" } ?? name }
        return .object([
            ("id", .optional(id)), ("title", text(row, "\(prefix)_title")),
            ("outlet", .optional(outlet)), ("date", .optional(date)), ("label", .optional(label)),
        ])
    }

    /// Splits `3:Tax7:Tariffs` into `["Tax", "Tariffs"]` (see `Fragment.lengthPrefixed`): each item is its
    /// length in Unicode scalars (as SQLite's `length()` counts text), a colon, then the item. Stops at
    /// anything malformed.
    static func lengthPrefixed(_ text: String?) -> [String] {
        guard let text else { return [] }
        var items: [String] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            var length = 0
            while index < scalars.endIndex, let digit = scalars[index].properties.numericType == .decimal
                && scalars[index].isASCII ? Int(scalars[index].value) - 48 : nil
            {
                length = length * 10 + digit
                index = scalars.index(after: index)
                guard length <= text.utf8.count else { return items }
            }
            guard index < scalars.endIndex, scalars[index] == ":" else { return items }
            let start = scalars.index(after: index)
            guard let end = scalars.index(start, offsetBy: length, limitedBy: scalars.endIndex) else { return items }
            items.append(String(scalars[start..<end]))
            index = end
        }
        return items
    }

    /// The evidence of a position: the quote or the paraphrase with its sentence, source, date, basis.
    static func evidence(_ row: ResultRow) -> AnswerValue {
        .object(evidencePairs(row))
    }

    /// The fields of `evidence(_:)`, from the columns of `Fragment.evidenceColumns` each named `prefix` + name.
    static func evidencePairs(_ row: ResultRow, prefix: String = "") -> [(String, AnswerValue)] {
        let quote = row[prefix + "quote_text"] as String?
        let paraphrase = row[prefix + "paraphrase"] as String?
        return [
            // Verbatim words in quotation marks, so they are never mistaken for a coder's paraphrase.
            ("text", .optional(quote.map { "\u{201C}\($0)\u{201D}" } ?? paraphrase)),
            ("quote", .optional(quote)),
            ("quote_id", text(row, prefix + "quote_id")),
            ("paraphrase", .optional(paraphrase)),
            ("sentence", text(row, prefix + "sentence")),
            ("source", source(row, prefix: prefix + "source")),
            ("date", text(row, prefix + "date")),
            ("basis", text(row, prefix + "basis")),
            ("reported_by", text(row, prefix + "reported_by")),
            ("confidence", text(row, prefix + "confidence")),
            ("position", text(row, prefix + "position_id")),
        ]
    }
}

/// SQL fragments shared by the plans.
enum Fragment {
    /// An aggregate that concatenates `expression` over a group as `length:text` items, which
    /// `Decode.lengthPrefixed` splits back whatever the texts hold (a separator could occur in a name).
    static func lengthPrefixed(_ expression: String, orderBy: String? = nil) -> SQL {
        SQL.stringAggregate(
            SQL(sql: "length(\(expression)) || ':' || \(expression)"), separator: "",
            orderBy: orderBy.map { SQL(sql: $0) })
    }

    /// The quotes a phrase search runs over, as `quote qt`: SQLite's FTS5 table joined to its quotes.
    static let phraseSearchFrom = SQL { dialect in
        switch dialect {
        case .sqlite: return "quote_fts JOIN quote qt ON qt.seq = quote_fts.rowid"
        case .postgres: return "quote qt"
        }
    }

    /// Quote `qt` holds `text` as a phrase: its words in order, case and accents aside, each a whole word.
    /// SQLite: an FTS5 phrase (the text bound as one quoted phrase, so operators in it are plain words);
    /// PostgreSQL: `phraseto_tsquery` with the `simple` configuration (no stemming, like FTS5's
    /// `unicode61`), over the GIN index on `to_tsvector('simple', text)`.
    static func phraseMatch(_ text: String) -> SQL {
        let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return SQL { dialect in
            switch dialect {
            case .sqlite: return "quote_fts MATCH \(phrase)"
            case .postgres: return "to_tsvector('simple', qt.text) @@ phraseto_tsquery('simple', \(text))"
            }
        }
    }

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

    /// `AND alias.date >= lower AND alias.date < upper` for the window's bounds,
    /// `AND alias.source_id IN (…)` for its sources and `AND alias.basis IN (…)` for its bases (a position alias
    /// only: quotes have no basis, and a quotes question never carries one).
    static func window(_ window: DateWindow, _ alias: String) -> SQL {
        var sql: SQL = ""
        if let lower = window.lower { sql += " AND \(sql: alias).day >= \(lower)" }
        if let upper = window.upper { sql += " AND \(sql: alias).day < \(upper)" }
        if !window.sources.isEmpty {
            let ids = window.sources.map { id -> SQL in "\(id.rawValue)" }
            sql += " AND \(sql: alias).source_id IN (" + ids.joined(separator: ", ") + ")"
        }
        if !window.bases.isEmpty {
            let words = window.bases.map { basis -> SQL in "\(basis.rawValue)" }
            sql += " AND \(sql: alias).basis IN (" + words.joined(separator: ", ") + ")"
        }
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
        Answer.Column("Source", ["evidence", "source", "label"], isEvidence: true),
        Answer.Column("Basis", ["evidence", "basis"], isEvidence: true),
    ]
}
