import Foundation
import Yams

/// Parses one `graph-data/` file with Yams, putting back a value's leading U+FEFF, which Yams drops.
enum StrictYAML {
    /// Parses `text` (one document); nil for an empty file.
    ///
    /// - throws: `YamlError` when the text is not YAML at all.
    static func compose(_ text: String) throws -> Node? {
        guard let root = try Yams.compose(yaml: text) else { return nil }
        return mend(root, SourceText(text))
    }

    /// `node` with the leading U+FEFF of every value that had one put back.
    private static func mend(_ node: Node, _ source: SourceText) -> Node {
        switch node {
        case .scalar(let scalar):
            if source.startsWithByteOrderMark(scalar) {
                return .scalar(Node.Scalar("\u{FEFF}" + scalar.string, scalar.tag, scalar.style, scalar.mark))
            }
            return node
        case .mapping(let mapping):
            let pairs = mapping.map { ($0.key, mend($0.value, source)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { mend($0, source) }, sequence.tag, sequence.style, sequence.mark))
        case .alias:
            return node
        }
    }
}

/// The text a file was parsed from, as UTF-8, addressed by Yams' marks (line, and column in code points).
final class SourceText {
    private let bytes: [UInt8]
    /// Whether the text may hold a U+FEFF, raw or escaped: without one, no value starts with it.
    private let mayHoldByteOrderMark: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        var mark = false
        for i in bytes.indices {
            switch bytes[i] {
            case 0xEF: mark = mark || (i + 2 < bytes.count && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF)
            case UInt8(ascii: "f"), UInt8(ascii: "F"):
                // "FEFF" in any case, as in a `\uFEFF` escape.
                mark = mark || (i + 3 < bytes.count && bytes[i + 1] | 0x20 == UInt8(ascii: "e")
                    && bytes[i + 2] | 0x20 == UInt8(ascii: "f") && bytes[i + 3] | 0x20 == UInt8(ascii: "f"))
            default: break
            }
        }
        mayHoldByteOrderMark = mark && StrictYAML.yamsDropsLeadingMark
    }

    /// The byte offset of each line's start; lines end as libyaml ends them (LF, CR, CRLF, NEL, LS, PS).
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if let width = breakWidth(at: i) {
                i += width
                starts.append(i)
            } else {
                i += 1
            }
        }
        return starts
    }()

    private func byte(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The width in bytes of the line break at `offset`, or nil when there is none.
    private func breakWidth(at offset: Int) -> Int? {
        switch byte(offset) {
        case 0x0A: return 1
        case 0x0D: return byte(offset + 1) == 0x0A ? 2 : 1
        case 0xC2: return byte(offset + 1) == 0x85 ? 2 : nil
        case 0xE2: return byte(offset + 1) == 0x80 && (byte(offset + 2) == 0xA8 || byte(offset + 2) == 0xA9) ? 3 : nil
        default: return nil
        }
    }

    /// The byte offset of the code point at `mark`, or nil when it is past its line.
    private func offset(of mark: Mark?) -> Int? {
        guard let mark, mark.line >= 1, mark.line <= lineStarts.count, mark.column >= 1 else { return nil }
        let end = mark.line < lineStarts.count ? lineStarts[mark.line] : bytes.count
        var offset = lineStarts[mark.line - 1]
        for _ in 1..<mark.column {
            guard offset < end else { return nil }
            offset += 1
            while offset < end, let b = byte(offset), b & 0xC0 == 0x80 { offset += 1 }
        }
        return offset < end ? offset : nil
    }

    private func isByteOrderMark(at offset: Int) -> Bool {
        byte(offset) == 0xEF && byte(offset + 1) == 0xBB && byte(offset + 2) == 0xBF
    }

    /// The `count` bytes at `offset` as text, for matching hex digits.
    private func text(at offset: Int, count: Int) -> String? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    /// Whether the value of `scalar` as written starts with U+FEFF (raw, or as a `\uFEFF` or `\U0000FEFF`
    /// escape), which Yams has dropped from `scalar.string`.
    func startsWithByteOrderMark(_ scalar: Node.Scalar) -> Bool {
        guard mayHoldByteOrderMark, let start = offset(of: scalar.mark) else { return false }
        switch scalar.style {
        case .plain, .any:
            return isByteOrderMark(at: start)
        case .singleQuoted:
            return byte(start) == UInt8(ascii: "'") && isByteOrderMark(at: start + 1)
        case .doubleQuoted:
            guard byte(start) == UInt8(ascii: "\"") else { return false }
            var at = start + 1
            while true {
                if isByteOrderMark(at: at) { return true }
                guard byte(at) == UInt8(ascii: "\\") else { return false }
                switch byte(at + 1) {
                case UInt8(ascii: "u"): return text(at: at + 2, count: 4)?.uppercased() == "FEFF"
                case UInt8(ascii: "U"): return text(at: at + 2, count: 8)?.uppercased() == "0000FEFF"
                default:
                    // An escaped line break: the value goes on after the next line's indentation.
                    guard let width = breakWidth(at: at + 1) else { return false }
                    at += 1 + width
                    while byte(at) == 0x20 || byte(at) == 0x09 { at += 1 }
                }
            }
        case .literal, .folded:
            // The value starts on the first line after the `|` or `>` line, after its indentation; when it
            // starts with a space, a tab or a line break, it does not start with U+FEFF.
            guard byte(start) == UInt8(ascii: "|") || byte(start) == UInt8(ascii: ">") else { return false }
            if let first = scalar.string.unicodeScalars.first, first == " " || first == "\t" || first == "\n" {
                return false
            }
            var at = start
            while byte(at) != nil, breakWidth(at: at) == nil { at += 1 }
            guard let width = breakWidth(at: at) else { return false }
            at += width
            while byte(at) == 0x20 { at += 1 }
            return isByteOrderMark(at: at)
        }
    }
}

extension StrictYAML {
    /// Whether Yams drops a leading U+FEFF from a scalar's value: it decodes each value with Foundation's
    /// `String(bytes:encoding: .utf8)`, which takes a leading U+FEFF for a byte-order mark and drops it.
    static let yamsDropsLeadingMark: Bool = {
        guard let value = (try? Yams.compose(yaml: "\"\\uFEFFx\""))?.scalar?.string else { return false }
        return value.unicodeScalars.first != "\u{FEFF}"
    }()
}
