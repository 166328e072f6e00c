import StanceCore

/// An answer as an HTML table: every column the CLI shows, names linked to their pages and evidence linked to
/// its highlighted place in the article.
enum AnswerTable {
    static func render(_ answer: Answer, caption: String? = nil) -> HTML {
        guard !answer.rows.isEmpty else {
            return el(.p, [.class("empty")], "No rows: nothing in the graph matches.")
        }
        if answer.shape == .count, let count = answer.rows.first?[["count"]] {
            return el(.p, [.class("count")], el(.strong, [], count.plainText))
        }
        let head = el(.thead, [], el(.tr, [], answer.columns.map { el(.th, [HTML.Attribute("scope", "col")], $0.title) }))
        let body = el(
            .tbody, [],
            answer.rows.map { row in
                el(.tr, [], answer.columns.map { column in cell(row, column.path, shape: answer.shape) })
            })
        var parts = [head, body]
        if let caption { parts.insert(el(.caption, [], caption), at: 0) }
        return el(.table, [.class("answer answer-\(answer.shape)")], parts)
    }

    private static func cell(_ row: AnswerValue, _ path: [String], shape: Shape) -> HTML {
        guard let value = row[path] else { return el(.td) }
        let text = display(value)
        if path.last == "stance" { return el(.td, [], Layout.stanceBadge(text)) }
        if let link = link(row, path, shape: shape), !text.isEmpty {
            let isEvidence = path.last == "text"
            return el(.td, isEvidence ? [.class("evidence")] : [], el(.a, [.href(link)], text))
        }
        return el(.td, [], text)
    }

    /// Where a cell's value leads: an actor, issue or source page, or the evidence's place in its source.
    static func link(_ row: AnswerValue, _ path: [String], shape: Shape) -> Link? {
        func id(_ at: [String]) -> String? {
            if case .text(let id)? = row[at], Slug.isValid(id) { return id }
            return nil
        }
        guard let last = path.last else { return nil }
        let parentPath = Array(path.dropLast())
        // A who-row's evidence, a contradiction's earlier or later side, a quote: its place in its source.
        if last == "text", ["evidence", "earlier", "later"].contains(parentPath.last ?? "")
            || (parentPath.isEmpty && shape == .quotes)
        {
            let source = id(parentPath + ["source", "id"])
            if parentPath.isEmpty, let source, let quote = id(["id"]) {
                return Link(["sources", source], fragment: "quote-\(quote)")
            }
            if let source, let quote = id(parentPath + ["quote_id"]) {
                return Link(["sources", source], fragment: "quote-\(quote)")
            }
            if let source, let position = id(parentPath + ["position"]) {
                return Link(["sources", source], fragment: "sentence-\(position)")
            }
            return nil
        }
        guard last == "name" || last == "title" else { return nil }
        if parentPath.isEmpty {
            guard let own = id(["id"]) else { return nil }
            switch shape {
            case .actors: return Link(["actors", own])
            case .issues: return Link(["issues", own])
            case .sources: return Link(["sources", own])
            default: return nil
            }
        }
        guard let target = id(parentPath + ["id"]), let key = parentPath.last else { return nil }
        if key == "source" { return Link(["sources", target]) }
        if row[parentPath + ["kind"]] != nil { return Link(["actors", target]) }
        if key.contains("issue") { return Link(["issues", target]) }
        return nil
    }

    /// A value as a table shows it: lists joined with commas, objects by their name.
    static func display(_ value: AnswerValue) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "yes" : "no"
        case .list(let items): return items.map(display).joined(separator: ", ")
        case .object:
            if let name = value[["name"]] ?? value[["title"]] { return display(name) }
            return value.plainText
        }
    }
}
