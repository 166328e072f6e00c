import StanceCore

/// Applies `FIELD=VALUE` assignments to one stored entity, checking each value as `stance build`
/// would. Field names are the ones `graph-data/` uses; an empty value clears an optional field;
/// `alias+=X`, `alias-=X`, `term+=X` (issues), `term-=X`, `issue+=X`, `issue-=X` edit lists.
struct FieldEditor {
    let target: Graph.Target
    let db: SQLConnection

    enum FieldType {
        case text(required: Bool), date(required: Bool), word([String]), reference(table: String, required: Bool)
    }

    /// The editable fields of each kind: graph-data name → (column, type).
    static func fields(_ kind: Graph.Target.Kind) -> [String: (column: String, type: FieldType)] {
        let stances = Graph.Stance.allCases.map(\.rawValue)
        switch kind {
        case .actor:
            return ["name": ("name", .text(required: true)), "kind": ("kind", .word(Graph.Actor.Kind.allCases.map(\.rawValue))),
                    "description": ("description", .text(required: false)), "note": ("note", .text(required: false))]
        case .issue:
            return ["name": ("name", .text(required: true)), "description": ("description", .text(required: false)),
                    "parent": ("parent_id", .reference(table: "issue", required: false)), "note": ("note", .text(required: false))]
        case .source:
            return ["title": ("title", .text(required: true)), "outlet": ("outlet", .text(required: false)),
                    "author": ("author", .text(required: false)), "date": ("date", .date(required: true)),
                    "date_basis": ("date_basis", .word(Graph.Source.DateBasis.allCases.map(\.rawValue))),
                    "date_note": ("date_note", .text(required: false)), "note": ("note", .text(required: false))]
        case .quote:
            return ["speaker": ("speaker_id", .reference(table: "actor", required: true)), "text": ("text", .text(required: true)),
                    "date": ("coded_date", .date(required: false)), "note": ("note", .text(required: false))]
        case .position:
            return ["actor": ("actor_id", .reference(table: "actor", required: true)),
                    "issue": ("issue_id", .reference(table: "issue", required: true)), "stance": ("stance", .word(stances)),
                    "date": ("coded_date", .date(required: false)), "until": ("until", .date(required: false)),
                    "basis": ("basis", .word(Graph.Position.Basis.allCases.map(\.rawValue))),
                    "reported_by": ("reported_by", .reference(table: "actor", required: false)),
                    "quote": ("quote_id", .reference(table: "quote", required: false)),
                    "paraphrase": ("paraphrase", .text(required: false)), "sentence": ("sentence", .text(required: false)),
                    "confidence": ("confidence", .word(Graph.Position.Confidence.allCases.map(\.rawValue))),
                    "note": ("note", .text(required: false))]
        case .affiliation:
            return ["actor": ("actor_id", .reference(table: "actor", required: true)),
                    "organization": ("organization_id", .reference(table: "actor", required: true)),
                    "role": ("role", .text(required: true)), "start": ("start", .date(required: false)),
                    "end": ("end", .date(required: false)), "source": ("source_id", .reference(table: "source", required: true)),
                    "note": ("note", .text(required: false))]
        case .annotation:
            return ["text": ("text", .text(required: true))]
        }
    }

    func apply(_ assignments: [(field: String, value: String)]) throws {
        let fields = FieldEditor.fields(target.kind)
        var problems: [String] = []
        let id = target.id.rawValue
        let table = EntityTables.of(target.kind).table
        for (rawField, value) in assignments {
            if rawField.hasSuffix("+") || rawField.hasSuffix("-") {
                try editList(String(rawField.dropLast()), adding: rawField.hasSuffix("+"), value, &problems)
                continue
            }
            guard let (column, type) = fields[rawField] else {
                var message = "\(target.kind.rawValue) has no field '\(rawField)'; editable: \(fields.keys.sorted().joined(separator: ", "))"
                if let near = NameMatching.nearest(to: rawField, among: Array(fields.keys), limit: 1).first {
                    message += "; did you mean '\(near)'?"
                }
                problems.append(message)
                continue
            }
            if value.unicodeScalars.contains("\u{0}") {
                problems.append("'\(rawField)' holds a NUL character, which SQLite text cannot keep")
                continue
            }
            var stored: String? = value.isEmpty ? nil : value
            switch type {
            case .text(let required):
                if required, stored == nil { problems.append("'\(rawField)' cannot be empty") }
            case .date(let required):
                if let text = stored, PartialDate(text) == nil {
                    problems.append("'\(text)' is not a valid date for '\(rawField)'; write YYYY, YYYY-MM or YYYY-MM-DD")
                } else if required, stored == nil {
                    problems.append("'\(rawField)' cannot be empty")
                }
            case .word(let words):
                if !words.contains(value) {
                    problems.append("'\(value)' is not a valid \(rawField); expected one of: \(words.joined(separator: ", "))")
                }
            case .reference(let referenced, let required):
                if let text = stored {
                    if let resolved = try resolve(text, in: referenced) {
                        stored = resolved
                    } else {
                        problems.append("unknown \(referenced) '\(text)' for '\(rawField)'")
                    }
                } else if required {
                    problems.append("'\(rawField)' cannot be empty")
                }
            }
            guard problems.isEmpty else { continue }
            try db.execute(
                sql: "UPDATE \(quoted(table)) SET \(quoted(column)) = ? WHERE id = ?", arguments: [stored, id])
            if target.kind == .quote, rawField == "text", let text = stored {
                try relocateQuote(text, &problems)
            }
        }
        if !problems.isEmpty { throw EditError.invalid(problems) }
    }

    /// An id, or a name that resolves to exactly one actor or issue.
    private func resolve(_ text: String, in table: String) throws -> String? {
        if try db.fetchOne(Bool.self, sql: "SELECT EXISTS (SELECT 1 FROM \(quoted(table)) WHERE id = ?)", arguments: [text]) == true {
            return text
        }
        guard table == "actor" || table == "issue" else { return nil }
        let ids = try db.fetchAll(String.self, sql: "SELECT DISTINCT target_id FROM name_key WHERE kind = ? AND key = ?",
            arguments: [table, NameMatching.key(text)])
        return ids.count == 1 ? ids.first : nil
    }

    private func editList(_ field: String, adding: Bool, _ value: String, _ problems: inout [String]) throws {
        let id = target.id.rawValue
        switch (target.kind, field) {
        case (.actor, "alias"), (.issue, "alias"):
            let table = target.kind == .actor ? "actor_alias" : "issue_alias"
            let column = target.kind == .actor ? "actor_id" : "issue_id"
            if adding {
                guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                    problems.append("an alias cannot be empty")
                    return
                }
                try db.execute(
                    sql: "INSERT INTO \(quoted(table)) (\(column), ordinal, alias) VALUES (?, (SELECT coalesce(max(ordinal) + 1, 0) FROM \(quoted(table)) WHERE \(column) = ?), ?)",
                    arguments: [id, id, value])
            } else {
                let removed = try db.execute(
                    sql: "DELETE FROM \(quoted(table)) WHERE \(column) = ? AND alias = ?", arguments: [id, value])
                if removed == 0 { problems.append("\(target) has no alias '\(value)'") }
            }
        case (.issue, "term"):
            if adding {
                let terms = try db.fetchAll(String.self, sql: "SELECT term FROM issue_term WHERE issue_id = ? ORDER BY ordinal", arguments: [id])
                if let problem = Graph.Issue.termProblems(terms + [value]).first(where: { $0.index == terms.count }) {
                    problems.append(problem.message)
                    return
                }
                try db.execute(
                    sql: "INSERT INTO issue_term (issue_id, ordinal, term) VALUES (?, (SELECT coalesce(max(ordinal) + 1, 0) FROM issue_term WHERE issue_id = ?), ?)",
                    arguments: [id, id, value])
            } else {
                let removed = try db.execute(sql: "DELETE FROM issue_term WHERE issue_id = ? AND term = ?", arguments: [id, value])
                if removed == 0 { problems.append("\(target) has no term '\(value)'") }
            }
        case (.quote, "issue"):
            guard let issue = try resolve(value, in: "issue") else {
                problems.append("unknown issue '\(value)'")
                return
            }
            if adding {
                try db.execute(
                    sql: "INSERT INTO quote_issue (quote_id, ordinal, issue_id) VALUES (?, (SELECT coalesce(max(ordinal) + 1, 0) FROM quote_issue WHERE quote_id = ?), ?)",
                    arguments: [id, id, issue])
            } else {
                let removed = try db.execute(
                    sql: "DELETE FROM quote_issue WHERE quote_id = ? AND issue_id = ?", arguments: [id, issue])
                if removed == 0 { problems.append("\(target) does not bear on '\(issue)'") }
                if try db.fetchOne(Int.self, sql: "SELECT count(*) FROM quote_issue WHERE quote_id = ?", arguments: [id]) == 0 {
                    problems.append("a quote bears on at least one issue")
                }
            }
        default:
            problems.append("\(target.kind.rawValue) has no list field '\(field)'; lists: alias (actors, issues), term (issues), issue (quotes)")
        }
    }

    /// After the text of a quote changed: point its offsets at the new text's first occurrence.
    private func relocateQuote(_ text: String, _ problems: inout [String]) throws {
        guard let article = try db.fetchOne(String.self, sql: "SELECT s.text FROM quote q JOIN source s ON s.id = q.source_id WHERE q.id = ?",
            arguments: [target.id.rawValue])
        else { return }
        guard let range = VerbatimText.occurrences(of: text, in: article).first else {
            problems.append("the new text is not verbatim in the article")
            return
        }
        try db.execute(
            sql: "UPDATE quote SET start_offset = ?, end_offset = ? WHERE id = ?",
            arguments: [range.start, range.end, target.id.rawValue])
    }
}
