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
    /// A `postgres://` URL that cannot be read; `reason` never repeats the password.
    case invalidPostgresURL(reason: String)
    /// No PostgreSQL server answered at `server` (`host:port`); `reason` is what the network said.
    case serverUnreachable(server: String, reason: String)
    /// The PostgreSQL server refused `user`'s credentials (the password is never printed).
    case authenticationFailed(user: String, server: String, reason: String)
    /// The PostgreSQL server has no database `name`.
    case missingDatabase(name: String, server: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no database at \(path); run `stance build --db \(path)` to make one from graph-data/"
        case .newerSchema(let path):
            let what = path.hasPrefix("postgres") ? "database" : "file"
            return "\(path) was written by a newer version of Stance (schema version above "
                + "\(Schema.version)); upgrade Stance to open it. The \(what) was not changed."
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
        case .invalidPostgresURL(let reason):
            return "invalid PostgreSQL URL: \(reason); write it as "
                + "postgres://user[:password]@host[:port]/dbname[?sslmode=disable|prefer|require]"
        case .serverUnreachable(let server, let reason):
            return "cannot reach a PostgreSQL server at \(server): \(reason). Check that the server is running "
                + "and accepts TCP connections there (`pg_isready -h HOST -p PORT`), or correct the host and port "
                + "in the URL."
        case .authenticationFailed(let user, let server, let reason):
            return "the PostgreSQL server at \(server) refused user '\(user)': \(reason). Give the right password "
                + "in the URL (postgres://user:password@…), in PGPASSWORD, or in ~/.pgpass (mode 0600), or ask the "
                + "server's administrator to let this user connect."
        case .missingDatabase(let name, let server):
            return "the PostgreSQL server at \(server) has no database '\(name)'; create it first "
                + "(`createdb -h HOST -p PORT -U USER \(name)`), then run the command again."
        }
    }
}
