import StanceCore

/// One row of the change log: who changed what, when, and the entity before and after.
public struct Change: Sendable, Equatable {
    public var id: Int
    public var coder: String
    /// ISO 8601 UTC.
    public var time: String
    /// `add`, `edit`, `remove`, `annotate`, or `undo #N`.
    public var operation: String
    /// `KIND:ID`.
    public var target: String
    public var before: Snapshot
    public var after: Snapshot

    /// The change this one undoes, for `undo #N` changes.
    public var undoes: Int? {
        guard operation.hasPrefix("undo #") else { return nil }
        return Int(operation.dropFirst("undo #".count))
    }

    /// Every entity the change wrote, removed or restored, parents first: a position saved with its new quote
    /// names both (the target is the position).
    public var entities: [Graph.Target] {
        var all = Change.entities(in: before)
        for entity in Change.entities(in: after) where !all.contains(entity) { all.append(entity) }
        return all
    }

    /// The entities besides the target that an add wrote with it (the quote saved with a position), as `KIND:ID`.
    /// Empty for a remove, whose snapshot holds the cascade (what `stance log` shows for those is the target).
    public var companions: [String] {
        guard before.isEmpty else { return [] }
        return Change.entities(in: after).map(\.description).filter { $0 != target }
    }

    /// Whether the change wrote `target` (`KIND:ID`), as its target or alongside it.
    public func touches(_ target: String) -> Bool {
        self.target == target || entities.contains { $0.description == target }
    }

    /// The changes whose effect is currently taken back: undone, and not restored by undoing the undo.
    public static func undoneIDs(_ changes: [Change]) -> Set<Int> {
        var undone = Set<Int>()
        let byID = Dictionary(changes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for change in changes {
            guard let target = change.undoes else { continue }
            undone.insert(target)
            // Undoing an undo puts the original change back.
            if let original = byID[target]?.undoes { undone.remove(original) }
        }
        return undone
    }

    /// Reads changes, newest last, filtered by coder, target and time.
    public static func fetch(
        _ db: SQLConnection, coder: String? = nil, target: String? = nil, since: String? = nil, id: Int? = nil
    ) throws -> [Change] {
        var sql: SQL = "SELECT * FROM change_log WHERE \(SQL.true)"
        if let coder { sql += " AND coder = \(coder)" }
        if let target { sql += " AND target = \(target)" }
        if let since { sql += " AND time >= \(since)" }
        if let id { sql += " AND id = \(id)" }
        sql += " ORDER BY id"
        return try db.fetchAll(sql).map { row in
            Change(
                id: row["id"], coder: row["coder"], time: row["time"], operation: row["operation"],
                target: row["target"], before: Snapshot(json: row["before"] ?? "[]") ?? Snapshot(parts: []),
                after: Snapshot(json: row["after"] ?? "[]") ?? Snapshot(parts: []))
        }
    }

    /// Writes a change to the log (in the caller's transaction) and returns its id.
    static func record(
        _ db: SQLConnection, coder: String, operation: String, target: String, before: Snapshot, after: Snapshot, time: String
    ) throws -> Int {
        let id = try db.fetchOne(
            Int.self,
            sql: "INSERT INTO change_log (coder, time, operation, target, before, after) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            arguments: [
                coder, time, operation, target, before.isEmpty ? nil : before.json, after.isEmpty ? nil : after.json,
            ])
        guard let id else { throw StoreError.corrupt("the change log gave no id to a new change") }
        return id
    }

    /// The entities a snapshot holds, as targets, parents first.
    static func entities(in snapshot: Snapshot) -> [Graph.Target] {
        var targets: [Graph.Target] = []
        for part in snapshot.parts {
            guard let kind = Graph.Target.Kind.allCases.first(where: { EntityTables.of($0).table == part.table }) else { continue }
            for row in part.rows {
                if let id = row["id"]?.text.flatMap(Slug.init) {
                    let target = Graph.Target(kind: kind, id: id)
                    if !targets.contains(target) { targets.append(target) }
                }
            }
        }
        return targets
    }
}
