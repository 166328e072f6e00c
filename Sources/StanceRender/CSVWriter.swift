import StanceCore

/// Writes an answer as RFC 4180 CSV with a header row and every column, evidence included.
enum CSVWriter {
    /// The header line and one line per row, each ending in `\n`.
    static func render(_ answer: Answer) -> String {
        var lines = [answer.columns.map { field($0.title) }.joined(separator: ",")]
        for row in answer.rows {
            lines.append(answer.columns.map { field(row[$0.path]?.plainText ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One field, quoted when it holds a comma, quote, CR or LF; other control characters are replaced.
    static func field(_ raw: String) -> String {
        let text = ControlCharacters.clean(raw, lineBreaks: .keep, tabs: .keep, bidi: .keep)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}
