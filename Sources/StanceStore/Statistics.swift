
/// Counts of what a database holds, and its schema version.
public struct Statistics: Sendable, Equatable, Codable {
    public var actors: Int
    public var issues: Int
    public var sources: Int
    public var positions: Int
    public var quotes: Int
    public var affiliations: Int
    public var annotations: Int
    public var changes: Int
    public var schemaVersion: Int

    /// Counts every kind in `db`.
    public static func read(_ db: SQLConnection) throws -> Statistics {
        func count(_ table: String) throws -> Int {
            // Table names come from the fixed list below, never from input.
            try db.fetchOne(Int.self, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
        }
        return Statistics(
            actors: try count("actor"), issues: try count("issue"), sources: try count("source"),
            positions: try count("position"), quotes: try count("quote"),
            affiliations: try count("affiliation"), annotations: try count("annotation"),
            changes: try count("change_log"),
            schemaVersion: try db.schemaVersion())
    }
}
