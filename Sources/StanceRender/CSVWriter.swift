import StanceCore

/// Writes an answer as RFC 4180 CSV with a header row and every column, evidence included, and the ids
/// a researcher joins on beside the names (`columns(for:)`).
enum CSVWriter {
    /// The header line and one line per row, each ending in `\n`.
    static func render(_ answer: Answer) -> String {
        let columns = columns(for: answer)
        var lines = [columns.map { field($0.title) }.joined(separator: ",")]
        for row in answer.rows {
            lines.append(columns.map { field(row[$0.path]?.plainText ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The answer's columns, each followed by the ids and source fields it stands for: `Actor id` after
    /// `Actor` (any `…name` of an object), `Source id`, `Source outlet`, `Source date` and `Source title` after
    /// a source's label, `Position id` and `Quote id` after a position's evidence, `Quote id` after a quote.
    /// The header depends on the columns alone, so an empty answer has the same header.
    static func columns(for answer: Answer) -> [Answer.Column] {
        var out: [Answer.Column] = []
        for column in answer.columns {
            out.append(column)
            let prefix = Array(column.path.dropLast())
            switch (prefix.last, column.path.last) {
            case ("source", "label"):
                for (key, name) in [("id", "id"), ("outlet", "outlet"), ("date", "date"), ("title", "title")] {
                    out.append(Answer.Column("\(column.title) \(name)", prefix + [key]))
                }
            case (.some, "name"):
                out.append(Answer.Column("\(column.title) id", prefix + ["id"]))
            case ("evidence", "text"):
                out.append(Answer.Column("Position id", prefix + ["position"]))
                out.append(Answer.Column("Quote id", prefix + ["quote_id"]))
            case (nil, "text") where answer.shape == .quotes:
                out.append(Answer.Column("Quote id", ["id"]))
            default:
                break
            }
        }
        return out
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
