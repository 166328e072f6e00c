import StanceCore

/// The checks `stance build` makes, applied to one entity being added or edited.
struct Validation {
    let db: SQLConnection

    private func exists(_ table: String, _ id: String) throws -> Bool {
        try db.fetchOne(Bool.self, sql: "SELECT EXISTS (SELECT 1 FROM \(quoted(table)) WHERE id = ?)", arguments: [id]) ?? false
    }

    private func missing(_ what: String, _ table: String, _ id: Slug?, _ problems: inout [String]) throws {
        guard let id else { return }
        if try !exists(table, id.rawValue) {
            var message = "unknown \(what) '\(id)'"
            let ids = try db.fetchAll(String.self, sql: "SELECT id FROM \(quoted(table))")
            if let near = NameMatching.nearest(to: id.rawValue, among: ids, limit: 1).first {
                message += "; did you mean '\(near)'?"
            }
            problems.append(message)
        }
    }

    /// A problem for each of `labels` (an actor's id, name and aliases) that another actor already answers to:
    /// a query could no longer tell the two apart (`positions of Wendy Cutler`).
    private func nameClashes(_ labels: [String], of id: String, _ problems: inout [String]) throws {
        for label in labels {
            let key = NameMatching.key(label)
            guard !key.isEmpty else { continue }
            let others = try db.fetchAll(sql: """
                    SELECT DISTINCT a.id, a.name FROM name_key k JOIN actor a ON a.id = k.target_id
                    WHERE k.kind = 'actor' AND k.key = ? AND a.id <> ? ORDER BY a.id
                    """, arguments: [key, id])
            for other in others {
                let otherID: String = other[0]
                let otherName: String = other[1]
                problems.append(
                    "'\(label)' already names actor '\(otherID)' (\(otherName)); if this is that actor, use "
                        + "'\(otherID)'; if it is another one, make its name distinct (e.g. --name \"\(otherName) "
                        + "(ORGANIZATION)\") and give it its own --id")
            }
        }
    }

    private func articleText(_ source: Slug) throws -> String? {
        try db.fetchOne(String.self, sql: "SELECT text FROM source WHERE id = ?", arguments: [source.rawValue])
    }

    /// Every problem with a new entity (empty when it is valid).
    func check(_ entity: Editor.NewEntity) throws -> [String] {
        var problems: [String] = []
        switch entity {
        case .actor(let a):
            if a.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("an actor needs a name") }
            if a.aliases.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) { problems.append("an alias is empty") }
            try nameClashes([a.id.rawValue, a.name] + a.aliases, of: a.id.rawValue, &problems)
        case .issue(let i):
            if i.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("an issue needs a name") }
            problems += Graph.Issue.termProblems(i.terms).map(\.message)
            try missing("parent issue", "issue", i.parent, &problems)
            for relation in i.relations {
                try missing("issue", "issue", relation.issue, &problems)
                try missing("source", "source", relation.source, &problems)
            }
        case .source(let s):
            if s.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("a source needs a title") }
            if s.dateBasis != .given, s.dateNote == nil { problems.append("a source whose date is \(s.dateBasis.rawValue) needs a date note saying why") }
        case .quote(let q):
            try missing("actor", "actor", q.speaker, &problems)
            try missing("source", "source", q.source, &problems)
            if q.issues.isEmpty { problems.append("a quote bears on at least one issue") }
            for issue in q.issues { try missing("issue", "issue", issue, &problems) }
            if let text = try articleText(q.source) {
                if VerbatimText.occurrences(of: q.text, in: text).isEmpty {
                    problems.append("the quote is not verbatim in the article of source '\(q.source)'")
                } else if let range = q.range, !VerbatimText.range(range, of: text, holds: q.text) {
                    problems.append("offsets \(range.start)..<\(range.end) do not point at the quote")
                }
            }
        case .position(let p):
            try missing("actor", "actor", p.actor, &problems)
            try missing("issue", "issue", p.issue, &problems)
            try missing("source", "source", p.source, &problems)
            try missing("actor", "actor", p.reportedBy, &problems)
            if p.basis != .reported, p.reportedBy != nil { problems.append("reported_by is only for basis 'reported'") }
            if let date = p.date, let until = p.until, until < date { problems.append("until \(until) is before date \(date)") }
            switch p.evidence {
            case .quote(let quote):
                let source = try db.fetchOne(String.self, sql: "SELECT source_id FROM quote WHERE id = ?", arguments: [quote.rawValue])
                if source == nil {
                    try missing("quote", "quote", quote, &problems)
                } else if source != p.source.rawValue {
                    problems.append("quote '\(quote)' is from source '\(source ?? "")', not '\(p.source)'")
                }
            case .paraphrase(let paraphrase, let sentence):
                if paraphrase.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the paraphrase is empty") }
                if let text = try articleText(p.source), VerbatimText.occurrences(of: sentence, in: text).isEmpty {
                    problems.append("the sentence is not verbatim in the article of source '\(p.source)'")
                }
            case .none:
                problems.append("a position needs evidence: a quote, or a paraphrase with the sentence it rests on")
            }
        case .affiliation(let f):
            try missing("actor", "actor", f.actor, &problems)
            try missing("organization", "actor", f.organization, &problems)
            try missing("source", "source", f.source, &problems)
            if try db.fetchOne(String.self, sql: "SELECT kind FROM actor WHERE id = ?", arguments: [f.organization.rawValue]) == "person" {
                problems.append("'\(f.organization)' is a person; an affiliation's organization is an organization, government or group")
            }
            if let start = f.start, let end = f.end, end < start { problems.append("end \(end) is before start \(start)") }
        case .annotation(let n):
            if n.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the note is empty") }
            if try EntityTables.of(n.target.kind).snapshot(n.target.id.rawValue, in: db).isEmpty {
                problems.append("\(n.target) does not exist")
            }
        }
        return problems
    }

    /// Every problem with a stored entity after an edit.
    func check(stored target: Graph.Target) throws -> [String] {
        let id = target.id.rawValue
        var problems: [String] = []
        switch target.kind {
        case .quote:
            if let row = try db.fetchOne(sql: "SELECT text, source_id, start_offset, end_offset FROM quote WHERE id = ?", arguments: [id]),
                let source = Slug(row["source_id"] ?? ""), let text = try articleText(source)
            {
                let quote: String = row["text"] ?? ""
                if VerbatimText.occurrences(of: quote, in: text).isEmpty {
                    problems.append("the quote is not verbatim in the article of source '\(source)'")
                } else if !VerbatimText.range(TextRange(start: row["start_offset"] ?? 0, end: row["end_offset"] ?? 0), of: text, holds: quote) {
                    problems.append("offsets do not point at the quote")
                }
            }
        case .position:
            if let row = try db.fetchOne(sql: "SELECT * FROM position WHERE id = ?", arguments: [id]) {
                let hasQuote = (row["quote_id"] as String?) != nil
                let hasParaphrase = (row["paraphrase"] as String?) != nil && (row["sentence"] as String?) != nil
                if !hasQuote && !hasParaphrase { problems.append("a position needs evidence: quote, or paraphrase with sentence") }
                if hasQuote && ((row["paraphrase"] as String?) != nil || (row["sentence"] as String?) != nil) {
                    problems.append("give either quote or paraphrase with sentence, not both")
                }
                if let quote: String = row["quote_id"],
                    try db.fetchOne(String.self, sql: "SELECT source_id FROM quote WHERE id = ?", arguments: [quote]) != row["source_id"]
                {
                    problems.append("quote '\(quote)' is not from the position's source")
                }
                if let sentence: String = row["sentence"], let source = Slug(row["source_id"] ?? ""),
                    let text = try articleText(source), VerbatimText.occurrences(of: sentence, in: text).isEmpty
                {
                    problems.append("the sentence is not verbatim in the article of source '\(source)'")
                }
                if (row["basis"] as String?) != "reported", (row["reported_by"] as String?) != nil {
                    problems.append("reported_by is only for basis 'reported'")
                }
            }
        case .affiliation:
            if let kind = try db.fetchOne(String.self, sql: "SELECT o.kind FROM affiliation f JOIN actor o ON o.id = f.organization_id WHERE f.id = ?", arguments: [id]),
                kind == "person"
            {
                problems.append("an affiliation's organization cannot be a person")
            }
        case .actor:
            let labels = try db.fetchAll(String.self, sql: "SELECT name FROM actor WHERE id = ? UNION ALL SELECT alias FROM actor_alias WHERE actor_id = ?",
                arguments: [id, id])
            try nameClashes(labels, of: id, &problems)
        case .issue, .source, .annotation:
            break
        }
        return problems
    }
}
