import StanceCore

/// A prototype of the JSON writer change the benchmark recommends for StanceRender's `JSONWriter`:
/// the same bytes, written into one `[UInt8]` buffer (runs of plain bytes copied at once) instead
/// of `String` concatenation and per-scalar appends. The bench checks that its output equals
/// `Renderer(format: .json)`'s byte for byte and times it beside it, to size the gain; the product
/// does not use it.
enum PrototypeJSON {
    static func render(_ answer: Answer) -> String {
        var pairs: [(String, AnswerValue)] = [("shape", .text(answer.shape))]
        pairs += answer.extra.filter { $0.0 != "shape" && $0.0 != "rows" }
        pairs.append(("rows", .list(answer.rows)))
        var out: [UInt8] = []
        out.reserveCapacity(4096 + answer.rows.count * 1024)
        write(.object(pairs), indent: 0, into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    static let blanks = [UInt8](repeating: 0x20, count: 256)

    static func spaces(_ depth: Int, _ out: inout [UInt8]) {
        var n = depth * 2
        while n > 0 {
            let chunk = Swift.min(n, blanks.count)
            blanks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<chunk])) }
            n -= chunk
        }
    }

    static func write(_ value: AnswerValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number):
            out.append(contentsOf: String(number).utf8)
        case .text(let text):
            quoted(text, &out)
        case .list(let items):
            guard !items.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                spaces(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                if index != items.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            spaces(indent, &out)
            out.append(0x5D)
        case .object(let pairs):
            guard !pairs.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (index, pair) in pairs.enumerated() {
                spaces(indent + 1, &out)
                quoted(pair.0, &out)
                out.append(0x3A)
                out.append(0x20)
                write(pair.1, indent: indent + 1, into: &out)
                if index != pairs.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            spaces(indent, &out)
            out.append(0x7D)
        }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `\u` and the scalar's value in at least four lower-case hex digits, as JSONWriter writes it.
    static func escape(_ value: UInt32, _ out: inout [UInt8]) {
        out.append(0x5C)
        out.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    /// A JSON string literal with JSONWriter's escapes: `"`, `\`, `\n \r \t \b \f`, other C0 and
    /// C1 controls and DEL, U+2028/2029 as `\uXXXX`, and `/` after `<`.
    static func quoted(_ text: String, _ out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            var previous: UInt8 = 0
            let count = bytes.count
            func flush(_ upTo: Int) {
                if upTo > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<upTo])) }
            }
            func two(_ second: UInt8) {
                out.append(0x5C)
                out.append(second)
            }
            while index < count {
                let byte = bytes[index]
                // Plain printable ASCII other than `"`, `\` and `/` (the common case) is copied in runs.
                if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C && byte != 0x2F {
                    previous = byte
                    index += 1
                    continue
                }
                var width = 1
                var handled = true
                switch byte {
                case 0x22: flush(index); two(0x22)
                case 0x5C: flush(index); two(0x5C)
                case 0x0A: flush(index); two(0x6E)
                case 0x0D: flush(index); two(0x72)
                case 0x09: flush(index); two(0x74)
                case 0x08: flush(index); two(0x62)
                case 0x0C: flush(index); two(0x66)
                case 0x2F where previous == 0x3C: flush(index); two(0x2F)
                case 0x00..<0x20, 0x7F: flush(index); escape(UInt32(byte), &out)
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    flush(index)
                    escape(UInt32(bytes[index + 1]), &out)
                    width = 2
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    flush(index)
                    escape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, &out)
                    width = 3
                default:
                    handled = false
                }
                if handled { start = index + width }
                previous = byte
                index += width
            }
            flush(count)
        }
        out.append(0x22)
    }
}
