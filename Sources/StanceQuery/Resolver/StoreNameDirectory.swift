import StanceCore
import StanceStore

/// Resolves names through the database's `name_key` table: one indexed lookup per key.
public struct StoreNameDirectory: NameDirectory {
    let db: SQLConnection

    public init(_ db: SQLConnection) {
        self.db = db
    }

    public func lookup(_ kind: NameKind, key: String) throws -> [NamedEntity] {
        let sql: SQL =
            kind == .actor
            ? """
            SELECT DISTINCT a.id, a.name, a.kind FROM name_key k JOIN actor a ON a.id = k.target_id
            WHERE k.kind = 'actor' AND k.key = \(key) ORDER BY a.id
            """
            : """
            SELECT DISTINCT i.id, i.name, NULL FROM name_key k JOIN issue i ON i.id = k.target_id
            WHERE k.kind = 'issue' AND k.key = \(key) ORDER BY i.id
            """
        return try db.fetchAll(sql).compactMap { row in
            guard let id = Slug(row[0] ?? "") else { return nil }
            return NamedEntity(id: id, name: row[1], kind: row[2])
        }
    }

    public func labels(_ kind: NameKind) throws -> [String] {
        try db.fetchAll(String.self, sql: "SELECT label FROM name_key WHERE kind = ?", arguments: [kind.rawValue])
    }
}
