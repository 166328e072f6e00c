import Foundation
import StanceCore

/// The rows that make up one entity (or, for a cascade, several), as stored in the change log.
///
/// A snapshot is table-ordered, parents first, so inserting it in order and deleting it in
/// reverse order respect foreign keys. Its JSON form is what `stance log` shows as before/after.
public struct Snapshot: Sendable, Equatable {
    /// One table's rows; each row maps column names to values.
    public struct Part: Sendable, Equatable {
        public var table: String
        public var rows: [[String: Value]]
    }

    /// A column value: the SQLite types Stance stores.
    public enum Value: Sendable, Equatable, Hashable {
        case null, integer(Int64), real(Double), text(String)

        init(_ value: SQLValue) {
            switch value {
            case .null: self = .null
            case .integer(let int): self = .integer(int)
            case .real(let double): self = .real(double)
            case .text(let string): self = .text(string)
            }
        }

        var sqlValue: SQLValue {
            switch self {
            case .null: return .null
            case .integer(let int): return .integer(int)
            case .real(let double): return .real(double)
            case .text(let string): return .text(string)
            }
        }

        var json: Any {
            switch self {
            case .null: return NSNull()
            case .integer(let int): return int
            case .real(let double): return double
            case .text(let string): return string
            }
        }

        init(json: Any) {
            switch json {
            case let string as String: self = .text(string)
            case let int as Int: self = .integer(Int64(int))
            case let double as Double: self = .real(double)
            default: self = .null
            }
        }

        /// The text, if this is text.
        public var text: String? {
            if case .text(let text) = self { return text }
            return nil
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts.filter { !$0.rows.isEmpty }
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// The rows of `table`.
    public func rows(_ table: String) -> [[String: Value]] {
        parts.first { $0.table == table }?.rows ?? []
    }

    /// The snapshot as JSON text: `[{"table": …, "rows": [{column: value}]}]`, keys sorted.
    public var json: String {
        let object = parts.map { part -> [String: Any] in
            ["table": part.table, "rows": part.rows.map { row in row.mapValues(\.json) }]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses the JSON form; nil when it is not one.
    ///
    /// Read with a parser of its own: Foundation's drops a U+FEFF that starts a text, which would change a value
    /// (and a logged change's stable id) on the way through the log.
    public init?(json: String) {
        var parser = SnapshotJSON(json)
        guard case .array(let items)? = parser.document() else { return nil }
        var parts: [Part] = []
        for item in items {
            guard case .object(let fields) = item, case .text(let table)? = fields["table"],
                case .array(let rows)? = fields["rows"]
            else { return nil }
            var values: [[String: Value]] = []
            for row in rows {
                guard case .object(let columns) = row else { return nil }
                var converted: [String: Value] = [:]
                for (column, value) in columns {
                    switch value {
                    case .null: converted[column] = .null
                    case .integer(let int): converted[column] = .integer(int)
                    case .real(let double): converted[column] = .real(double)
                    case .text(let text): converted[column] = .text(text)
                    case .bool(let flag): converted[column] = .integer(flag ? 1 : 0)
                    case .array, .object: return nil
                    }
                }
                values.append(converted)
            }
            parts.append(Part(table: table, rows: values))
        }
        self.init(parts: parts)
    }

    /// The column that numbers quotes and positions in the order they were recorded. `stance build` numbers
    /// them anew from `graph-data/` (which does not keep the number), so it is not part of what a row says.
    static let recordedOrder = "seq"

    /// Whether both hold the same rows in each table, in any order (their `seq` aside: a rebuild renumbers it).
    func sameRows(as other: Snapshot) -> Bool {
        func tables(_ snapshot: Snapshot) -> [String: Set<[String: Value]>] {
            var result: [String: Set<[String: Value]>] = [:]
            for part in snapshot.parts {
                result[part.table, default: []].formUnion(part.rows.map { $0.filter { $0.key != Snapshot.recordedOrder } })
            }
            return result
        }
        return tables(self) == tables(other)
    }

    /// The rows of one entity: its main row and its child rows.
    func subset(for target: Graph.Target) -> Snapshot {
        let tables = EntityTables.of(target.kind)
        return Snapshot(parts: parts.compactMap { part in
            let column: String
            if part.table == tables.table {
                column = tables.key
            } else if let child = tables.children.first(where: { $0.table == part.table }) {
                column = child.column
            } else {
                return nil
            }
            return Part(table: part.table, rows: part.rows.filter { $0[column]?.text == target.id.rawValue })
        })
    }

    /// Inserts every row, parents first. A row whose `seq` another row holds now (the graph was rebuilt since)
    /// takes the next number instead.
    func insert(into db: SQLConnection) throws {
        for part in parts {
            for var row in part.rows {
                if case .integer(let seq)? = row[Snapshot.recordedOrder],
                    try db.fetchOne(
                        Int.self, sql: "SELECT count(*) FROM \(quoted(part.table)) WHERE \(quoted(Snapshot.recordedOrder)) = ?",
                        arguments: [seq]) ?? 0 > 0
                {
                    row[Snapshot.recordedOrder] = nil
                }
                let columns = row.keys.sorted()
                let sql = "INSERT INTO \(quoted(part.table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
                try db.execute(sql: sql, arguments: SQLArguments(columns.map { row[$0]?.sqlValue ?? .null }))
            }
        }
    }
}

/// A table or column name in double quotes (names come from Stance's schema, never from input).
func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// A small, exact JSON reader for snapshots: every text comes back scalar for scalar.
struct SnapshotJSON {
    indirect enum Node {
        case null, bool(Bool), integer(Int64), real(Double), text(String), array([Node]), object([String: Node])
    }

    private let scalars: [Unicode.Scalar]
    private var at = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The one value the text holds, or nil when it is not JSON.
    mutating func document() -> Node? {
        guard let node = value() else { return nil }
        skipSpace()
        return at == scalars.count ? node : nil
    }

    private mutating func skipSpace() {
        while at < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[at]) { at += 1 }
    }

    private mutating func take(_ word: String) -> Bool {
        let word = Array(word.unicodeScalars)
        guard at + word.count <= scalars.count, Array(scalars[at..<(at + word.count)]) == word else { return false }
        at += word.count
        return true
    }

    private mutating func value() -> Node? {
        skipSpace()
        guard at < scalars.count else { return nil }
        switch scalars[at] {
        case "n": return take("null") ? .null : nil
        case "t": return take("true") ? .bool(true) : nil
        case "f": return take("false") ? .bool(false) : nil
        case "\"": return string().map(Node.text)
        case "[":
            at += 1
            var items: [Node] = []
            skipSpace()
            if at < scalars.count, scalars[at] == "]" {
                at += 1
                return .array(items)
            }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                guard at < scalars.count else { return nil }
                if scalars[at] == "," { at += 1; continue }
                if scalars[at] == "]" { at += 1; return .array(items) }
                return nil
            }
        case "{":
            at += 1
            var fields: [String: Node] = [:]
            skipSpace()
            if at < scalars.count, scalars[at] == "}" {
                at += 1
                return .object(fields)
            }
            while true {
                skipSpace()
                guard at < scalars.count, scalars[at] == "\"", let key = string() else { return nil }
                skipSpace()
                guard at < scalars.count, scalars[at] == ":" else { return nil }
                at += 1
                guard let item = value() else { return nil }
                fields[key] = item
                skipSpace()
                guard at < scalars.count else { return nil }
                if scalars[at] == "," { at += 1; continue }
                if scalars[at] == "}" { at += 1; return .object(fields) }
                return nil
            }
        default:
            return number()
        }
    }

    private mutating func number() -> Node? {
        let start = at
        while at < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[at]) { at += 1 }
        let token = String(String.UnicodeScalarView(scalars[start..<at]))
        guard !token.isEmpty else { return nil }
        if !token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let int = Int64(token) { return .integer(int) }
        return Double(token).map(Node.real)
    }

    private mutating func hex4() -> UInt32? {
        guard at + 4 <= scalars.count else { return nil }
        let digits = String(String.UnicodeScalarView(scalars[at..<(at + 4)]))
        guard let value = UInt32(digits, radix: 16) else { return nil }
        at += 4
        return value
    }

    /// A string at `at` (which holds its opening quote).
    private mutating func string() -> String? {
        at += 1
        var out = String.UnicodeScalarView()
        while at < scalars.count {
            let c = scalars[at]
            at += 1
            switch c {
            case "\"": return String(out)
            case "\\":
                guard at < scalars.count else { return nil }
                let e = scalars[at]
                at += 1
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    guard var code = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(code), take("\\u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(scalar)
                default: return nil
                }
            default:
                out.append(c)
            }
        }
        return nil
    }
}
