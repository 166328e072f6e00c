import StanceCore

/// Makes data safe to place in HTML text, in quoted attribute values and in inline `<script>` JSON.
enum HTMLText {
    /// Text with `& < > " '` escaped, line breaks as `&#10;`, other control characters replaced and bidi
    /// overrides removed: safe both between tags and inside a quoted attribute.
    static func escape(_ raw: String) -> String {
        let text = ControlCharacters.clean(raw, lineBreaks: .replace("\n"), tabs: .keep, bidi: .remove)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Compact JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\u003c`, `\u003e`,
    /// `\u0026`, so no `</script>` or `<!--` can appear, and U+2028/2029 escaped.
    static func scriptJSON(_ value: AnswerValue) -> String {
        var json = ""
        compact(value, into: &json)
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends a value as JSON without whitespace; strings are quoted by `JSONWriter.quoted`.
    private static func compact(_ value: AnswerValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .text(let text): out += JSONWriter.quoted(text)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                compact(item, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                out += JSONWriter.quoted(pair.0) + ":"
                compact(pair.1, into: &out)
            }
            out += "}"
        }
    }
}
