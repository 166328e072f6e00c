import StanceCore

/// Writes an answer as one deterministic, pretty-printed JSON object.
///
/// The text is built as UTF-8 in one byte buffer: runs of plain bytes are copied at once and
/// indentation comes from a constant buffer. (Building it by `String` concatenation made rendering
/// most of a large who-answer's time; see docs/benchmarks.md.)
enum JSONWriter {
    /// The answer as `{"shape": …, <extra pairs>, "rows": […]}` followed by a newline.
    static func render(_ answer: Answer) -> String {
        var pairs: [(String, AnswerValue)] = [("shape", .text(answer.shape.rawValue))]
        pairs += answer.extra.filter { $0.0 != "shape" && $0.0 != "rows" }
        pairs.append(("rows", .list(answer.rows)))
        return render(.object(pairs), capacity: 4096 + answer.rows.count * 1024)
    }

    /// One value, pretty-printed (two spaces a level), followed by a newline.
    static func render(_ value: AnswerValue, capacity: Int = 4096) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a value at an indentation depth (two spaces a level).
    static func write(_ value: AnswerValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number):
            out.append(contentsOf: String(number).utf8)
        case .text(let text):
            quoted(text, into: &out)
        case .list(let items):
            guard !items.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                spaces(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                if index != items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (index, pair) in pairs.enumerated() {
                spaces(indent + 1, into: &out)
                quoted(pair.0, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(pair.1, indent: indent + 1, into: &out)
                if index != pairs.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            spaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal: quotes, backslashes, controls, U+2028/2029 and `</` escaped; other text as UTF-8.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        quoted(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal: `"`, `\`, `\n \r \t \b \f` as two-character escapes; other
    /// C0 controls, DEL, C1 controls and U+2028/2029 as `\uXXXX` (lower-case hex); `/` after `<` as `\/`.
    static func quoted(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            var previous: UInt8 = 0
            let count = bytes.count
            func flush(_ upTo: Int) {
                if upTo > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<upTo])) }
            }
            func two(_ second: Character) {
                out.append(UInt8(ascii: "\\"))
                out.append(second.asciiValue ?? 0x3F)
            }
            while index < count {
                let byte = bytes[index]
                // Printable ASCII other than `"`, `\` and `/` (the common case) is copied in runs.
                if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C && byte != 0x2F {
                    previous = byte
                    index += 1
                    continue
                }
                var width = 1
                var escaped = true
                switch byte {
                case 0x22: flush(index); two("\"")
                case 0x5C: flush(index); two("\\")
                case 0x0A: flush(index); two("n")
                case 0x0D: flush(index); two("r")
                case 0x09: flush(index); two("t")
                case 0x08: flush(index); two("b")
                case 0x0C: flush(index); two("f")
                case 0x2F where previous == UInt8(ascii: "<"): flush(index); two("/")
                case 0x00..<0x20, 0x7F: flush(index); unicodeEscape(UInt32(byte), into: &out)
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    // A C1 control (U+0080–U+009F).
                    flush(index)
                    unicodeEscape(UInt32(bytes[index + 1]), into: &out)
                    width = 2
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                    flush(index)
                    unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    width = 3
                default:
                    escaped = false
                }
                if escaped { start = index + width }
                previous = byte
                index += width
            }
            flush(count)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `\u` and four lower-case hex digits (only scalars of the Basic Multilingual Plane are escaped).
    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    private static let blanks = [UInt8](repeating: UInt8(ascii: " "), count: 256)

    /// Indentation for a depth, two spaces a level.
    static func spaces(_ depth: Int, into out: inout [UInt8]) {
        var remaining = depth * 2
        while remaining > 0 {
            let chunk = min(remaining, blanks.count)
            blanks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<chunk])) }
            remaining -= chunk
        }
    }
}
