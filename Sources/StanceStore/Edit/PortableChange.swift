import StanceCore

/// A change-log entry in the form `graph-data/changes/` keeps: the same as a `Change`, but named by a stable id
/// (a hash of its content) instead of a database's row number, so the log of two clones can be joined.
///
/// A database numbers its changes #1, #2, … in the order it recorded them; those numbers are local. The stable
/// id is the same in every clone: the first 16 hex digits of the SHA-256 of the coder, time, operation, the
/// stable id of the change an undo takes back, the target and the canonical JSON of before and after.
public struct PortableChange: Sendable, Equatable {
    public var id: String
    public var coder: String
    /// ISO 8601 UTC.
    public var time: String
    /// `add`, `edit`, `remove`, `annotate` or `undo` (the change taken back is `undoes`).
    public var operation: String
    /// For an `undo`: the stable id of the change it takes back.
    public var undoes: String?
    /// `KIND:ID`.
    public var target: String
    public var before: Snapshot
    public var after: Snapshot

    /// The operations a change can have, as `graph-data/changes/` writes them.
    public static let operations = ["add", "edit", "remove", "annotate", "undo"]

    public init(
        coder: String, time: String, operation: String, undoes: String?, target: String, before: Snapshot,
        after: Snapshot
    ) {
        self.coder = coder
        self.time = time
        self.operation = operation
        self.undoes = undoes
        self.target = target
        self.before = before
        self.after = after
        id = PortableChange.stableID(
            coder: coder, time: time, operation: operation, undoes: undoes, target: target, before: before, after: after)
    }

    /// The stable id of a change with this content.
    public static func stableID(
        coder: String, time: String, operation: String, undoes: String?, target: String, before: Snapshot,
        after: Snapshot
    ) -> String {
        let fields = [coder, time, operation, undoes ?? "", target, before.canonicalJSON, after.canonicalJSON]
        return String(SHA256.hex(Array(fields.joined(separator: "\u{0}").utf8)).prefix(16))
    }

    /// The id its content gives: equal to `id` unless the entry was edited after it was written.
    public var contentID: String {
        PortableChange.stableID(
            coder: coder, time: time, operation: operation, undoes: undoes, target: target, before: before, after: after)
    }
}

extension Change {
    /// The changes in portable form, in the same order; an undo names the stable id of what it takes back.
    public static func portable(_ changes: [Change]) -> [PortableChange] {
        var stable: [Int: String] = [:]
        return changes.map { change in
            let undoes = change.undoes.map { stable[$0] ?? "missing-\($0)" }
            let portable = PortableChange(
                coder: change.coder, time: change.time, operation: change.undoes == nil ? change.operation : "undo",
                undoes: undoes, target: change.target, before: change.before, after: change.after)
            stable[change.id] = portable.id
            return portable
        }
    }

    /// Orders entries read from several files into one log: by time, then by coder, each file's own order kept
    /// among equal times; an undo never comes before the change it takes back.
    public static func ordered(_ files: [[PortableChange]]) -> [PortableChange] {
        var keyed: [(entry: PortableChange, file: Int, index: Int)] = []
        for (file, entries) in files.enumerated() {
            for (index, entry) in entries.enumerated() { keyed.append((entry, file, index)) }
        }
        keyed.sort { a, b in
            if a.entry.time != b.entry.time { return a.entry.time < b.entry.time }
            if a.entry.coder != b.entry.coder { return a.entry.coder < b.entry.coder }
            return (a.file, a.index) < (b.file, b.index)
        }
        var result: [PortableChange] = []
        var placed = Set<String>()
        var waiting: [String: [PortableChange]] = [:]  // undos whose target is not placed yet, by that target
        func place(_ entry: PortableChange) {
            result.append(entry)
            placed.insert(entry.id)
            for next in waiting.removeValue(forKey: entry.id) ?? [] { place(next) }
        }
        let known = Set(keyed.map(\.entry.id))
        for (entry, _, _) in keyed {
            if let target = entry.undoes, known.contains(target), !placed.contains(target) {
                waiting[target, default: []].append(entry)
            } else {
                place(entry)
            }
        }
        for entries in waiting.values { for entry in entries where !placed.contains(entry.id) { place(entry) } }
        return result
    }

    /// Replaces the change log with `entries` (in order), numbered #1, #2, … on either engine; the caller's
    /// transaction makes it all or nothing. An undo of an entry not in `entries` is refused.
    public static func replaceLog(with entries: [PortableChange], in db: SQLConnection) throws {
        try db.execute(sql: "DELETE FROM change_log")
        var number: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            try insert(entry, id: index + 1, numbers: &number, in: db)
        }
        try restartNumbering(after: entries.count, in: db)
    }

    /// Adds the entries whose stable id the log does not hold yet, after its last change; returns those added.
    @discardableResult
    public static func append(_ entries: [PortableChange], in db: SQLConnection) throws -> [PortableChange] {
        let existing = try fetch(db)
        var number: [String: Int] = [:]
        for (change, portable) in zip(existing, portable(existing)) { number[portable.id] = change.id }
        var next = (existing.last?.id ?? 0) + 1
        var added: [PortableChange] = []
        for entry in entries where number[entry.id] == nil {
            try insert(entry, id: next, numbers: &number, in: db)
            added.append(entry)
            next += 1
        }
        if !added.isEmpty { try restartNumbering(after: next - 1, in: db) }
        return added
    }

    private static func restartNumbering(after last: Int, in db: SQLConnection) throws {
        if let statement = db.dialect.restartNumbering(table: "change_log", column: "id", after: last) {
            _ = try db.fetchAll(sql: statement.sql, arguments: statement.arguments)
        }
    }

    private static func insert(_ entry: PortableChange, id: Int, numbers: inout [String: Int], in db: SQLConnection) throws {
        var operation = entry.operation
        if let undoes = entry.undoes {
            guard let local = numbers[undoes] else {
                throw StoreError.corrupt("change \(entry.id) undoes change \(undoes), which the log does not hold")
            }
            operation = "undo #\(local)"
        }
        try db.execute(
            sql: "INSERT INTO change_log (id, coder, time, operation, target, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                id, entry.coder, entry.time, operation, entry.target, entry.before.isEmpty ? nil : entry.before.json,
                entry.after.isEmpty ? nil : entry.after.json,
            ])
        numbers[entry.id] = id
    }
}

extension Snapshot {
    /// The snapshot as JSON written the same way on every platform: `[{"rows":[{column: value}],"table":…}]`,
    /// keys in code-point order, no spaces, text escaped only where JSON requires it. What the stable id of a
    /// change hashes, and what `graph-data/changes/` stores.
    public var canonicalJSON: String {
        func text(_ string: String) -> String {
            var out = "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16, uppercase: true)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        func value(_ value: Value) -> String {
            switch value {
            case .null: return "null"
            case .integer(let int): return String(int)
            case .real(let double): return double.isFinite ? "\(double)" : "null"
            case .text(let string): return text(string)
            }
        }
        let tables = parts.map { part -> String in
            let rows = part.rows.map { row -> String in
                let fields = row.keys.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
                    .map { text($0) + ":" + value(row[$0] ?? .null) }
                return "{" + fields.joined(separator: ",") + "}"
            }
            return "{\"rows\":[" + rows.joined(separator: ",") + "],\"table\":" + text(part.table) + "}"
        }
        return "[" + tables.joined(separator: ",") + "]"
    }
}
