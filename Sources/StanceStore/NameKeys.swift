import StanceCore

/// The lookup table that resolves typed names (ids, names, aliases) to actors and issues.
///
/// Keys are `NameMatching.key` of each id, name and alias, so "the Chamber of Commerce",
/// "chamber-of-commerce" and "Chamber of Commerce" meet at one key.
public enum NameKeys {
    /// Recomputes the keys of one actor or issue (after it was added, edited or removed).
    public static func update(_ kind: Graph.Target.Kind, _ id: String, in db: SQLConnection) throws {
        guard kind == .actor || kind == .issue else { return }
        try db.execute(sql: "DELETE FROM name_key WHERE kind = ? AND target_id = ?", arguments: [kind.rawValue, id])
        let insert = try db.prepare(
            sql: "INSERT INTO name_key (kind, key, target_id, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        let sql = kind == .actor
            ? "SELECT id, name FROM actor WHERE id = ? UNION ALL SELECT actor_id, alias FROM actor_alias WHERE actor_id = ?"
            : "SELECT id, name FROM issue WHERE id = ? UNION ALL SELECT issue_id, alias FROM issue_alias WHERE issue_id = ?"
        for row in try db.fetchAll(sql: sql, arguments: [id, id]) {
            let label: String = row[1]
            let key = NameMatching.key(label)
            guard !key.isEmpty else { continue }
            try insert.execute(arguments: [kind.rawValue, key, id, label])
            try insert.execute(arguments: [kind.rawValue, NameMatching.key(id), id, id])
        }
    }

    /// Recomputes every key from the actor and issue tables.
    public static func rebuild(_ db: SQLConnection) throws {
        try db.execute(sql: "DELETE FROM name_key")
        let insert = try db.prepare(
            sql: "INSERT INTO name_key (kind, key, target_id, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        for (kind, sql) in [
            ("actor", "SELECT id, name FROM actor UNION ALL SELECT actor_id, alias FROM actor_alias"),
            ("issue", "SELECT id, name FROM issue UNION ALL SELECT issue_id, alias FROM issue_alias"),
        ] {
            let rows = try db.cursor(sql: sql)
            while let row = try rows.next() {
                let id: String = row[0]
                let label: String = row[1]
                let key = NameMatching.key(label)
                guard !key.isEmpty else { continue }
                try insert.execute(arguments: [kind, key, id, label])
                // The id itself is typed too ("us-chamber-of-commerce").
                try insert.execute(arguments: [kind, NameMatching.key(id), id, id])
            }
        }
    }
}
