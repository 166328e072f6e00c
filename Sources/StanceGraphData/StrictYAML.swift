import Foundation
import Yams

/// Parses one `graph-data/` file and holds it to the strict YAML subset the format promises
/// (`docs/graph-data.md`): no tags, no anchors or aliases, no YAML null. Each of those is refused with
/// its location instead of being read as text; and a value's leading U+FEFF, which Yams drops, is put back.
///
/// Empty and blank values are left to the field readers (`YAMLFields`), which say which field is empty.
struct StrictYAML {
    /// The tag given to a value refused here: the field readers skip it without a second error.
    static let refusedTag = Tag.Name(rawValue: "tag:stance.invalid,2026:refused")

    /// Whether `node` was refused here (its error is already logged).
    static func isRefused(_ node: Node) -> Bool {
        node.scalar?.tag.rawValue == refusedTag.rawValue
    }

    /// The plain scalars YAML reads as null (an empty one too, which the field readers call empty).
    static let nullWords: Set<String> = ["~", "null", "Null", "NULL"]

    /// Parses `text` (one document) and checks every node; nil for an empty file.
    ///
    /// - throws: `YamlError` when the text is not YAML at all.
    static func compose(_ text: String, file: String, log: DiagnosticLog) throws -> Node? {
        let parser = try Parser(yaml: text)
        // Yams keeps a node's anchor only weakly; the parser holds the anchors, so it must outlive the walk.
        return try withExtendedLifetime(parser) {
            guard let root = try parser.singleRoot() else { return nil }
            var walk = StrictYAML(file: file, source: SourceText(text), log: log)
            return walk.check(root, .document, near: root.mark)
        }
    }

    /// Where a node sits, for messages.
    enum Place {
        case document
        case field(String)
        case item(of: String?)

        var described: String {
            switch self {
            case .document: return "the file"
            case .field(let key): return "field '\(key)'"
            case .item(let key?): return "an item of '\(key)'"
            case .item(nil): return "a list item"
            }
        }
    }

    let file: String
    let source: SourceText
    let log: DiagnosticLog
    /// The anchors met so far: an anchored node met again is an alias (`*name`) that Yams expanded.
    private var anchors: Set<ObjectIdentifier> = []

    private init(file: String, source: SourceText, log: DiagnosticLog) {
        self.file = file
        self.source = source
        self.log = log
    }

    /// `node` with every value checked; a refused value is replaced by a scalar tagged `refusedTag`.
    ///
    /// `near` is where to report an alias: Yams gives the expanded copy the mark of the anchored
    /// original, so an alias is reported at its field's name (or its list's) instead.
    private mutating func check(_ node: Node, _ place: Place, near: Mark?) -> Node {
        if let anchor = node.anchor {
            if anchors.insert(ObjectIdentifier(anchor)).inserted {
                error(node.mark, "\(place.described) has the YAML anchor '&\(anchor.rawValue)'; graph-data/ has no "
                    + "anchors or aliases: write the value out in full")
            } else {
                error(near, "\(place.described) is the YAML alias '*\(anchor.rawValue)'; graph-data/ has no "
                    + "anchors or aliases: write the value out in full")
            }
            return refused(node)
        }
        if let tag = explicitTag(node) {
            let fix = node.scalar == nil ? "remove it" : "write the text without it (in double quotes if need be)"
            error(node.mark, "\(place.described) has the YAML tag '\(tag)'; graph-data/ has no tags: \(fix)")
            return refused(node)
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, Self.nullWords.contains(scalar.string), !isDocument(place) {
                let fix = isItem(place) ? "remove the item" : "omit the field"
                error(node.mark, "\(place.described) is YAML null; \(fix) or quote the text: \"\(scalar.string)\"")
                return refused(node)
            }
            if source.startsWithByteOrderMark(scalar) {
                return .scalar(Node.Scalar("\u{FEFF}" + scalar.string, scalar.tag, scalar.style, scalar.mark))
            }
            return node
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                checkKey(key)
                let name = key.scalar?.string ?? "?"
                pairs.append((key, check(value, .field(name), near: key.mark)))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            let list: String?
            if case .field(let key) = place { list = key } else { list = nil }
            let items = sequence.map { check($0, .item(of: list), near: near) }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        case .alias(let alias):
            // Yams expands aliases while composing; should one come through, it is refused all the same.
            error(near, "\(place.described) is the YAML alias '*\(alias.anchor.rawValue)'; graph-data/ has no "
                + "anchors or aliases: write the value out in full")
            return refused(node)
        }
    }

    /// A field name with a tag or an anchor is refused too (the field is still read under its name).
    private mutating func checkKey(_ key: Node) {
        if let anchor = key.anchor {
            anchors.insert(ObjectIdentifier(anchor))
            error(key.mark, "a field name has the YAML anchor '&\(anchor.rawValue)'; graph-data/ has no anchors or "
                + "aliases: remove it")
        } else if let tag = source.tag(at: key.mark) {
            // Yams has already resolved a key's tag (plain keys read as `!!str`), so only the text can tell.
            error(key.mark, "a field name has the YAML tag '\(tag)'; graph-data/ has no tags: remove it")
        }
    }

    /// The tag written on `node`, or nil when it has none.
    ///
    /// Yams leaves a value's tag unresolved until asked: an untagged plain scalar or collection has the
    /// implicit tag, an untagged quoted or block scalar `!!str`. `!!str` written on a quoted or block scalar
    /// looks the same, so for those the text at the node's start tells (a tagged node starts at its tag).
    private func explicitTag(_ node: Node) -> String? {
        switch node {
        case .scalar(let scalar):
            let name = Tag.Name(rawValue: scalar.tag.rawValue)
            if scalar.style == .plain || scalar.style == .any {
                return name == .implicit ? nil : source.tag(at: scalar.mark) ?? Self.shorthand(name)
            }
            return name == .str ? source.tag(at: scalar.mark) : source.tag(at: scalar.mark) ?? Self.shorthand(name)
        case .mapping(let mapping):
            let name = Tag.Name(rawValue: mapping.tag.rawValue)
            return name == .implicit ? nil : source.tag(at: mapping.mark) ?? Self.shorthand(name)
        case .sequence(let sequence):
            let name = Tag.Name(rawValue: sequence.tag.rawValue)
            return name == .implicit ? nil : source.tag(at: sequence.mark) ?? Self.shorthand(name)
        case .alias:
            return nil
        }
    }

    /// `tag:yaml.org,2002:int` as it is usually written, `!!int`.
    static func shorthand(_ name: Tag.Name) -> String {
        let prefix = "tag:yaml.org,2002:"
        return name.rawValue.hasPrefix(prefix) ? "!!" + name.rawValue.dropFirst(prefix.count) : name.rawValue
    }

    private func isDocument(_ place: Place) -> Bool {
        if case .document = place { return true }
        return false
    }

    private func isItem(_ place: Place) -> Bool {
        if case .item = place { return true }
        return false
    }

    private func refused(_ node: Node) -> Node {
        .scalar(Node.Scalar(node.scalar?.string ?? "", Tag(Self.refusedTag), .plain, node.mark))
    }

    private func error(_ mark: Mark?, _ message: String) {
        log.error(YAMLFields.location(file, mark), message)
    }
}

/// The text a file was parsed from, as UTF-8, addressed by Yams' marks (line, and column in code points).
final class SourceText {
    private let bytes: [UInt8]
    /// Whether the text holds a `!` at all: without one, no node can have a tag.
    private let hasBang: Bool
    /// Whether the text may hold a U+FEFF, raw or escaped: without one, no value starts with it.
    private let mayHoldByteOrderMark: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        var bang = false
        var mark = false
        for i in bytes.indices {
            switch bytes[i] {
            case UInt8(ascii: "!"): bang = true
            case 0xEF: mark = mark || (i + 2 < bytes.count && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF)
            case UInt8(ascii: "f"), UInt8(ascii: "F"):
                // "FEFF" in any case, as in a `\uFEFF` escape.
                mark = mark || (i + 3 < bytes.count && bytes[i + 1] | 0x20 == UInt8(ascii: "e")
                    && bytes[i + 2] | 0x20 == UInt8(ascii: "f") && bytes[i + 3] | 0x20 == UInt8(ascii: "f"))
            default: break
            }
        }
        hasBang = bang
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

    /// The tag written at `mark` (`!!int`, `!local`, `!`), or nil when none starts there.
    func tag(at mark: Mark?) -> String? {
        guard hasBang, let start = offset(of: mark), byte(start) == UInt8(ascii: "!") else { return nil }
        var end = start
        while let b = byte(end), b != 0x20, b != 0x09, breakWidth(at: end) == nil { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
