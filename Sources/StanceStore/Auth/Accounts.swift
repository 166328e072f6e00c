import StanceCore

/// What a user of `stance serve` may do: viewers read; coders also write (their own changes) and annotate;
/// admins also manage users and undo anyone's change.
public enum Role: String, CaseIterable, Sendable, Comparable {
    case viewer, coder, admin

    private var rank: Int {
        switch self {
        case .viewer: return 0
        case .coder: return 1
        case .admin: return 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// A user as the store keeps them (without the password hash).
public struct Account: Sendable, Equatable {
    public var name: String
    public var role: Role
    /// ISO 8601 UTC.
    public var created: String
    public var passwordChanged: String
}

/// Why an account operation was refused; nothing was written.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidName(String)
    case nameTaken(String)
    case unknownUser(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .invalidName(let name):
            return "error: '\(name)' is not a user name: 1 to 64 letters, digits, '.', '-', '_' or '@', no spaces"
        case .nameTaken(let name): return "error: there is already a user '\(name)' (stance user passwd changes the password)"
        case .unknownUser(let name): return "error: there is no user '\(name)' (stance user list shows them)"
        case .corrupt(let message): return "error: \(message)"
        }
    }
}

/// The users, bearer tokens and browser sessions of `stance serve` (migration v4-users, both engines).
///
/// Passwords arrive here already hashed (bcrypt, in StanceWeb); tokens and session ids are random secrets of
/// which only the SHA-256 is stored (`Accounts.digest`), so a copy of the database lets nobody log in.
public enum Accounts {
    /// Whether `name` can be a user name: it becomes the coder of the user's changes.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.count) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_@".unicodeScalars.contains(scalar))
                && scalar.value > 32
        }
    }

    /// A new random secret: 32 bytes from the system's generator, as 64 hex digits.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return SHA256.hex(bytes)
    }

    /// The SHA-256 of a secret, as stored.
    public static func digest(_ secret: String) -> String {
        SHA256.hex(SHA256.digest(Array(secret.utf8)))
    }

    // MARK: users

    public static func add(name: String, role: Role, passwordHash: String, time: String, in db: SQLConnection) throws {
        guard isValidName(name) else { throw AccountError.invalidName(name) }
        if try find(name, in: db) != nil { throw AccountError.nameTaken(name) }
        _ = try db.execute(
            "INSERT INTO stance_user (name, role, password_hash, created, password_changed) VALUES (\(name), \(role.rawValue), \(passwordHash), \(time), \(time))"
        )
    }

    /// Every user, by name.
    public static func list(in db: SQLConnection) throws -> [Account] {
        try db.fetchAll("SELECT name, role, created, password_changed FROM stance_user ORDER BY name").map(account)
    }

    public static func find(_ name: String, in db: SQLConnection) throws -> Account? {
        try db.fetchOne("SELECT name, role, created, password_changed FROM stance_user WHERE name = \(name)").map(account)
    }

    /// The account and its stored password hash, for checking a login.
    public static func credentials(_ name: String, in db: SQLConnection) throws -> (account: Account, passwordHash: String)? {
        guard let row = try db.fetchOne(
            "SELECT name, role, created, password_changed, password_hash FROM stance_user WHERE name = \(name)")
        else { return nil }
        guard let hash = row.text(named: "password_hash") else { throw AccountError.corrupt("user '\(name)' has no password hash") }
        return (try account(row), hash)
    }

    /// Removes a user with their tokens and sessions. Their changes stay in the change log under their name.
    public static func remove(_ name: String, in db: SQLConnection) throws {
        guard try find(name, in: db) != nil else { throw AccountError.unknownUser(name) }
        _ = try db.execute("DELETE FROM stance_session WHERE user_name = \(name)")
        _ = try db.execute("DELETE FROM stance_token WHERE user_name = \(name)")
        _ = try db.execute("DELETE FROM stance_user WHERE name = \(name)")
    }

    /// Sets a new password hash and ends every session of the user (their bearer tokens stay valid).
    public static func setPassword(_ name: String, passwordHash: String, time: String, in db: SQLConnection) throws {
        guard try find(name, in: db) != nil else { throw AccountError.unknownUser(name) }
        _ = try db.execute(
            "UPDATE stance_user SET password_hash = \(passwordHash), password_changed = \(time) WHERE name = \(name)")
        _ = try db.execute("DELETE FROM stance_session WHERE user_name = \(name)")
    }

    public static func setRole(_ name: String, role: Role, in db: SQLConnection) throws {
        guard try find(name, in: db) != nil else { throw AccountError.unknownUser(name) }
        _ = try db.execute("UPDATE stance_user SET role = \(role.rawValue) WHERE name = \(name)")
    }

    // MARK: bearer tokens

    /// Makes a bearer token for `name` and returns it; only its digest is stored, so it is shown once.
    public static func createToken(for name: String, time: String, in db: SQLConnection) throws -> String {
        guard try find(name, in: db) != nil else { throw AccountError.unknownUser(name) }
        let token = newSecret()
        _ = try db.execute("INSERT INTO stance_token (hash, user_name, created) VALUES (\(digest(token)), \(name), \(time))")
        return token
    }

    /// The user a bearer token belongs to.
    public static func user(forToken token: String, in db: SQLConnection) throws -> Account? {
        try db.fetchOne(
            """
            SELECT u.name, u.role, u.created, u.password_changed FROM stance_token t JOIN stance_user u ON u.name = t.user_name
            WHERE t.hash = \(digest(token))
            """
        ).map(account)
    }

    /// Removes every token of a user; returns how many there were.
    public static func revokeTokens(of name: String, in db: SQLConnection) throws -> Int {
        try db.execute("DELETE FROM stance_token WHERE user_name = \(name)")
    }

    // MARK: sessions

    /// A browser session: the user and the CSRF token their writes must carry.
    public struct Session: Sendable, Equatable {
        public var account: Account
        public var csrf: String
        public var expires: String
    }

    /// Starts a session for `name` lasting until `expires`; returns the session id (for the cookie) and its CSRF token.
    public static func startSession(
        for name: String, time: String, expires: String, in db: SQLConnection
    ) throws -> (id: String, csrf: String) {
        guard try find(name, in: db) != nil else { throw AccountError.unknownUser(name) }
        let id = newSecret()
        let csrf = newSecret()
        _ = try db.execute(
            "INSERT INTO stance_session (hash, user_name, csrf, created, expires) VALUES (\(digest(id)), \(name), \(csrf), \(time), \(expires))"
        )
        // Expired sessions of anyone go when a new one starts, so the table does not grow.
        _ = try db.execute("DELETE FROM stance_session WHERE expires <= \(time)")
        return (id, csrf)
    }

    /// The live session with id `id` at `time`, or nil when there is none or it has expired.
    public static func session(_ id: String, at time: String, in db: SQLConnection) throws -> Session? {
        guard let row = try db.fetchOne(
            """
            SELECT u.name, u.role, u.created, u.password_changed, s.csrf, s.expires
            FROM stance_session s JOIN stance_user u ON u.name = s.user_name
            WHERE s.hash = \(digest(id)) AND s.expires > \(time)
            """)
        else { return nil }
        guard let csrf = row.text(named: "csrf"), let expires = row.text(named: "expires") else {
            throw AccountError.corrupt("a session has no CSRF token or expiry")
        }
        return Session(account: try account(row), csrf: csrf, expires: expires)
    }

    /// Ends a session (logout); ending one that is gone is not an error.
    public static func endSession(_ id: String, in db: SQLConnection) throws {
        _ = try db.execute("DELETE FROM stance_session WHERE hash = \(digest(id))")
    }

    // MARK: carried across a rebuild

    /// Every user, token and session as stored, for `stance build` to carry into the database it builds: they are
    /// not part of `graph-data/`, so a rebuild must not drop them.
    public struct Saved: Sendable {
        fileprivate var users: [[SQLValue]] = []
        fileprivate var tokens: [[SQLValue]] = []
        fileprivate var sessions: [[SQLValue]] = []

        /// Nothing saved.
        public init() {}

        fileprivate init(users: [[SQLValue]], tokens: [[SQLValue]], sessions: [[SQLValue]]) {
            self.users = users
            self.tokens = tokens
            self.sessions = sessions
        }

        public var isEmpty: Bool { users.isEmpty }
        public var userCount: Int { users.count }
    }

    static let savedColumns = [
        ("stance_user", ["name", "role", "password_hash", "created", "password_changed"]),
        ("stance_token", ["hash", "user_name", "created"]),
        ("stance_session", ["hash", "user_name", "csrf", "created", "expires"]),
    ]

    /// What `db` holds (nothing for a database older than v4-users).
    public static func save(from db: SQLConnection) throws -> Saved {
        guard try db.schemaVersion() >= 4 else { return Saved() }
        var tables: [[[SQLValue]]] = []
        for (table, columns) in savedColumns {
            // Table and column names come from the fixed list above, never from input.
            let rows = try db.fetchAll(sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY 1")
            tables.append(rows.map { row in (0..<columns.count).map { row.value(at: $0) } })
        }
        return Saved(users: tables[0], tokens: tables[1], sessions: tables[2])
    }

    /// Writes what `save` read into `db` (a new, empty database).
    public static func restore(_ saved: Saved, into db: SQLConnection) throws {
        for ((table, columns), rows) in zip(savedColumns, [saved.users, saved.tokens, saved.sessions]) {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let insert = try db.prepare(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
            for row in rows { try insert.execute(arguments: SQLArguments(row)) }
        }
    }

    private static func account(_ row: SQLRow) throws -> Account {
        guard let name = row.text(named: "name"), let roleText = row.text(named: "role"), let role = Role(rawValue: roleText),
            let created = row.text(named: "created"), let changed = row.text(named: "password_changed")
        else { throw AccountError.corrupt("a row of stance_user is incomplete: \(row)") }
        return Account(name: name, role: role, created: created, passwordChanged: changed)
    }
}
