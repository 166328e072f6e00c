import StanceCore

/// Where each kind of entity lives: its table, key column, and the child tables that belong to it.
struct EntityTables {
    let table: String
    let key: String
    /// Child tables and the column that points at the entity; deleted and restored with it.
    let children: [(table: String, column: String)]
    /// Columns never written directly (generated ones).
    static let generated: Set<String> = ["day"]

    static func of(_ kind: Graph.Target.Kind) -> EntityTables {
        switch kind {
        case .actor: return EntityTables(table: "actor", key: "id", children: [("actor_alias", "actor_id")])
        case .issue:
            return EntityTables(table: "issue", key: "id", children: [("issue_alias", "issue_id"), ("issue_term", "issue_id"), ("issue_relation", "issue_id")])
        case .source: return EntityTables(table: "source", key: "id", children: [])
        case .quote: return EntityTables(table: "quote", key: "id", children: [("quote_issue", "quote_id")])
        case .position: return EntityTables(table: "position", key: "id", children: [])
        case .affiliation: return EntityTables(table: "affiliation", key: "id", children: [])
        case .annotation: return EntityTables(table: "annotation", key: "id", children: [])
        }
    }

    /// The order child rows were written in: SQLite's `rowid`; on PostgreSQL, which keeps no such order,
    /// their `ordinal` (every child table has one, and writers number it in insertion order).
    private func insertionOrder(_ db: SQLConnection) -> String {
        switch db.dialect {
        case .sqlite: return "rowid"
        case .postgres: return "ordinal"
        }
    }

    /// The entity's rows, or an empty snapshot when it does not exist.
    func snapshot(_ id: String, in db: SQLConnection) throws -> Snapshot {
        var parts = [Snapshot.Part(table: table, rows: try rows("SELECT * FROM \(quoted(table)) WHERE \(quoted(key)) = ?", id, db))]
        guard !parts[0].rows.isEmpty else { return Snapshot(parts: []) }
        for child in children {
            parts.append(Snapshot.Part(
                table: child.table, rows: try rows("SELECT * FROM \(quoted(child.table)) WHERE \(quoted(child.column)) = ? ORDER BY \(insertionOrder(db))", id, db)))
        }
        return Snapshot(parts: parts)
    }

    private func rows(_ sql: String, _ id: String, _ db: SQLConnection) throws -> [[String: Snapshot.Value]] {
        try db.fetchAll(sql: sql, arguments: [id]).map { row in
            var values: [String: Snapshot.Value] = [:]
            for column in row.columns.names where !EntityTables.generated.contains(column) {
                values[column] = Snapshot.Value(row.value(named: column))
            }
            return values
        }
    }

    /// Deletes the entity's children and its row.
    func delete(_ id: String, in db: SQLConnection) throws {
        for child in children {
            try db.execute(sql: "DELETE FROM \(quoted(child.table)) WHERE \(quoted(child.column)) = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM \(quoted(table)) WHERE \(quoted(key)) = ?", arguments: [id])
    }

    /// Makes the stored entity equal `snapshot`: the main row updated in place (so rows that
    /// refer to it stay valid), the child rows replaced.
    func restore(_ id: String, to snapshot: Snapshot, in db: SQLConnection) throws {
        guard let row = snapshot.rows(table).first else { return }
        // The row keeps its `seq`: no edit changes it, and a rebuild may have given it another.
        let columns = row.keys.filter { $0 != key && $0 != Snapshot.recordedOrder }.sorted()
        if !columns.isEmpty {
            let assignments = columns.map { "\(quoted($0)) = ?" }.joined(separator: ", ")
            try db.execute(
                sql: "UPDATE \(quoted(table)) SET \(assignments) WHERE \(quoted(key)) = ?",
                arguments: SQLArguments(columns.map { row[$0]?.sqlValue ?? .null } + [.text(id)]))
        }
        for child in children {
            try db.execute(sql: "DELETE FROM \(quoted(child.table)) WHERE \(quoted(child.column)) = ?", arguments: [id])
        }
        try Snapshot(parts: snapshot.parts.filter { $0.table != table }).insert(into: db)
    }
}
