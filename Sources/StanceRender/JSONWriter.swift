import StanceCore

/// Writes an answer as one deterministic, pretty-printed JSON object.
enum JSONWriter {
    /// The answer as `{"shape": …, <extra pairs>, "rows": […]}` followed by a newline.
    static func render(_ answer: Answer) -> String {
        var pairs: [(String, AnswerValue)] = [("shape", .text(answer.shape))]
        pairs += answer.extra.filter { $0.0 != "shape" && $0.0 != "rows" }
        pairs.append(("rows", .list(answer.rows)))
        var out = ""
        write(.object(pairs), indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// Appends a value at an indentation depth (two spaces a level).
    static func write(_ value: AnswerValue, indent: Int, into out: inout String) {
        switch value {
        case .null:
            out += "null"
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .integer(let number):
            out += String(number)
        case .text(let text):
            out += quoted(text)
        case .list(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += spaces(indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += spaces(indent) + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, pair) in pairs.enumerated() {
                out += spaces(indent + 1) + quoted(pair.0) + ": "
                write(pair.1, indent: indent + 1, into: &out)
                out += index == pairs.count - 1 ? "\n" : ",\n"
            }
            out += spaces(indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes, controls, U+2028/2029 and `</` escaped; other text as UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "/" where previous == "<": out += "\\/"
            default:
                if ControlCharacters.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// `\uXXXX` for a scalar in the Basic Multilingual Plane.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Indentation for a depth.
    private static func spaces(_ depth: Int) -> String {
        String(repeating: " ", count: depth * 2)
    }
}
