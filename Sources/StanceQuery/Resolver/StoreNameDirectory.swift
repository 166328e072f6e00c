import StanceCore
import StanceStore

/// Resolves names through the database's `name_key` table: one indexed lookup per key.
public struct StoreNameDirectory: NameDirectory {
    let db: SQLConnection

    public init(_ db: SQLConnection) {
        self.db = db
    }

    public func lookup(_ kind: NameKind, key: String) throws -> [NamedEntity] {
        if kind == .source {
            // An id or title names its source; an outlet, or its first words, names all of the outlet's.
            return try sources().filter { $0.keys.contains(key) || $0.outlet.hasPrefix(key + " ") }.map(\.entity)
        }
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
        if kind == .source { return try sources().flatMap(\.labels) }
        return try db.fetchAll(String.self, sql: "SELECT label FROM name_key WHERE kind = ?", arguments: [kind.rawValue])
    }

    /// The issue most issues name as their parent, when one does uniquely.
    public func centralIssue() throws -> NamedEntity? {
        let sql: SQL = """
            SELECT i.id, i.name, count(*) AS n FROM issue c JOIN issue i ON i.id = c.parent_id
            GROUP BY i.id ORDER BY n DESC, i.id LIMIT 2
            """
        let rows = try db.fetchAll(sql)
        guard let top = rows.first, let id = Slug(top[0] ?? "") else { return nil }
        if rows.count == 2, (rows[1][2] as Int? ?? 0) == (top[2] as Int? ?? 0) { return nil }
        return NamedEntity(id: id, name: top[1])
    }

    /// Each source with the keys of its id, title and outlet (sources are few: an article each).
    private func sources() throws -> [(entity: NamedEntity, labels: [String], keys: [String], outlet: String)] {
        let sql: SQL = "SELECT id, title, outlet FROM source ORDER BY id"
        return try db.fetchAll(sql).compactMap { row in
            guard let id = Slug(row[0] ?? "") else { return nil }
            let title: String = row[1] ?? ""
            let outlet = row[2] as String?
            let labels = [id.rawValue, title] + [outlet].compactMap { $0 }
            return (
                NamedEntity(id: id, name: title), labels, labels.map(NameMatching.key).filter { !$0.isEmpty },
                NameMatching.key(outlet ?? "")
            )
        }
    }
}
