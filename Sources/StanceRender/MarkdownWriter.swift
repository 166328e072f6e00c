import StanceCore

/// Writes an answer as a GitHub-flavoured Markdown table.
struct MarkdownWriter {
    /// Whether evidence columns are included.
    var showEvidence: Bool

    /// The header, the `|---|` separator and one line per row.
    func render(_ answer: Answer) -> String {
        let columns = answer.columns.filter { showEvidence || !$0.isEvidence }
        guard !columns.isEmpty else { return TableWriter.footer(rowCount: answer.rows.count) + "\n" }
        var lines = [line(columns.map(\.title))]
        lines.append("|" + columns.map { _ in "---|" }.joined())
        for row in answer.rows {
            lines.append(line(columns.map { row[$0.path]?.plainText ?? "" }))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table line from raw cell texts.
    private func line(_ cells: [String]) -> String {
        "| " + cells.map(Self.cell).joined(separator: " | ") + " |"
    }

    /// A cell's text with `|` escaped, line breaks as `<br>` and control characters made harmless.
    static func cell(_ raw: String) -> String {
        let text = ControlCharacters.clean(raw, lineBreaks: .replace("<br>"), tabs: .replace(" "), bidi: .remove)
        guard text.unicodeScalars.contains("|") else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "|" { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}
