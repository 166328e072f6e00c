
/// Facts about how a database was made, kept in its `meta` table.
public enum Meta {
    /// The digest of the `graph-data/` folder the database was built from.
    public static let graphDataDigest = "graph_data_digest"
    /// The id of the last change-log row that `stance export` wrote out (0 after a build).
    public static let exportedThrough = "exported_through_change"

    public static func value(_ key: String, in db: SQLConnection) throws -> String? {
        try db.fetchOne(String.self, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    public static func set(_ key: String, to value: String, in db: SQLConnection) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// How many coders' coding units (`stance code`) the database holds: they live only in the database, so a
    /// rebuild must not drop them silently. 0 for a file older than schema version 3 (`v3-coder-codings`).
    public static func codingUnits(in db: SQLConnection) throws -> Int {
        guard try db.schemaVersion() >= 3 else { return 0 }
        return try db.fetchOne(Int.self, sql: "SELECT count(*) FROM coding_unit") ?? 0
    }

    /// How many changes made through the tool are not yet exported to `graph-data/`.
    public static func unexportedChanges(in db: SQLConnection) throws -> Int {
        let through = Int(try value(exportedThrough, in: db) ?? "0") ?? 0
        return try db.fetchOne(Int.self, sql: "SELECT count(*) FROM change_log WHERE id > ?", arguments: [through]) ?? 0
    }
}
