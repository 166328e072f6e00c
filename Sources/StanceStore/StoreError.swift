/// What can go wrong opening or reading a Stance database.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case missing(path: String)
    case newerSchema(path: String)
    case corrupt(String)
    /// The SQLite library Stance is linked with is older than it needs.
    case oldSQLite(found: String)
    /// `--db` named a URL of a kind Stance cannot open.
    case unknownScheme(String)
    /// A read ran longer than its limit and was stopped (`Store.read(deadline:_:)`).
    case interrupted(seconds: Double)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no database at \(path); run `stance build --db \(path)` to make one from graph-data/"
        case .newerSchema(let path):
            return "\(path) was written by a newer version of Stance (schema version above "
                + "\(Schema.version)); upgrade Stance to open it. The file was not changed."
        case .corrupt(let message):
            return "the database holds an invalid value: \(message)"
        case .unknownScheme(let scheme):
            return "'\(scheme)://' is not a database Stance can open; give a file path for SQLite or "
                + "postgres://user@host:port/dbname for PostgreSQL"
        case .oldSQLite(let found):
            return "Stance needs SQLite \(Store.minimumSQLite.text) or later (generated columns, FTS5, MATERIALIZED); "
                + "this system's SQLite is \(found). Install a newer libsqlite3 and rebuild."
        case .interrupted(let seconds):
            return "the question took longer than \(seconds) s and was stopped; narrow it (an issue, a date window)"
        }
    }
}
