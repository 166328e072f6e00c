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
    public init?(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { return nil }
        var parts: [Part] = []
        for item in object {
            guard let table = item["table"] as? String, let rows = item["rows"] as? [[String: Any]] else { return nil }
            parts.append(Part(table: table, rows: rows.map { $0.mapValues(Value.init(json:)) }))
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
