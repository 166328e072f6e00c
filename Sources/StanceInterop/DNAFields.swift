/// What DNA holds and Stance has no column for, kept as `DNA key: value` lines at the end of a note, so
/// an export writes it back and a second import reads the same graph.
///
///     DNAFields.compose("Opening statement.", [("Section", "876")])
///     // "Opening statement.\nDNA Section: 876"
public enum DNAFields {
    /// `text` followed by one `DNA key: value` line per field; nil when both are empty.
    public static func compose(_ text: String?, _ fields: [(String, String)]) -> String? {
        var lines: [String] = []
        if let text, !text.isEmpty { lines.append(text) }
        for (key, value) in fields {
            lines.append("DNA " + key + ": " + escape(value))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The text before the trailing `DNA key: value` lines (nil when empty), and those fields.
    public static func parse(_ note: String?) -> (text: String?, fields: [String: String]) {
        guard let note else { return (nil, [:]) }
        var lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fields: [String: String] = [:]
        while let last = lines.last, last.hasPrefix("DNA "), let colon = last.range(of: ": ") {
            let key = String(last[last.index(last.startIndex, offsetBy: 4)..<colon.lowerBound])
            fields[key] = unescape(String(last[colon.upperBound...]))
            lines.removeLast()
        }
        let text = lines.joined(separator: "\n")
        return (text.isEmpty ? nil : text, fields)
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
    }

    private static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
