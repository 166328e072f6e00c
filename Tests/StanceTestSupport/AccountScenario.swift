import StanceStore

/// The same account operations on any engine, as a transcript of what the store answered: users, tokens and
/// sessions (migration v4-users), so a test compares SQLite and PostgreSQL line for line.
public enum AccountScenario {
    public static func run(_ store: Store) throws -> [String] {
        var lines: [String] = []
        func note(_ text: String) { lines.append(text) }
        try store.write { db in
            try Accounts.add(name: "ann", role: .coder, passwordHash: "$2b$04$hash-of-ann", time: "2026-12-06T01:00:00Z", in: db)
            try Accounts.add(name: "root", role: .admin, passwordHash: "$2b$04$hash-of-root", time: "2026-12-06T01:00:00Z", in: db)
        }
        do {
            try store.write { db in try Accounts.add(name: "ann", role: .viewer, passwordHash: "x", time: "t", in: db) }
            note("duplicate added")
        } catch let error as AccountError {
            note("duplicate refused: \(error == .nameTaken("ann"))")
        }
        do {
            try store.write { db in try Accounts.add(name: "two words", role: .viewer, passwordHash: "x", time: "t", in: db) }
            note("bad name added")
        } catch let error as AccountError {
            note("bad name refused: \(error == .invalidName("two words"))")
        }
        try store.read { db in
            for account in try Accounts.list(in: db) { note("user \(account.name) \(account.role.rawValue) \(account.created)") }
            note("hash of ann: \(try Accounts.credentials("ann", in: db)?.passwordHash ?? "none")")
        }
        let token = try store.write { db in try Accounts.createToken(for: "ann", time: "2026-12-06T01:00:00Z", in: db) }
        note("token length \(token.count)")
        try store.read { db in
            note("token stored as digest only: \(try db.fetchOne(String.self, sql: "SELECT hash FROM stance_token") == Accounts.digest(token))")
            note("token user: \(try Accounts.user(forToken: token, in: db)?.name ?? "none")")
            note("wrong token user: \(try Accounts.user(forToken: token + "0", in: db)?.name ?? "none")")
        }
        let session = try store.write { db in
            try Accounts.startSession(for: "ann", time: "2026-12-06T02:00:00Z", expires: "2026-12-06T14:00:00Z", in: db)
        }
        try store.read { db in
            note("session before expiry: \(try Accounts.session(session.id, at: "2026-12-06T13:59:59Z", in: db)?.account.name ?? "none")")
            note("csrf matches: \(try Accounts.session(session.id, at: "2026-12-06T03:00:00Z", in: db)?.csrf == session.csrf)")
            note("session at expiry: \(try Accounts.session(session.id, at: "2026-12-06T14:00:00Z", in: db)?.account.name ?? "none")")
        }
        try store.write { db in try Accounts.setPassword("ann", passwordHash: "$2b$04$new", time: "2026-12-06T03:00:00Z", in: db) }
        try store.read { db in
            note("session after password change: \(try Accounts.session(session.id, at: "2026-12-06T03:00:01Z", in: db)?.account.name ?? "none")")
            note("token after password change: \(try Accounts.user(forToken: token, in: db)?.name ?? "none")")
        }
        let second = try store.write { db in
            try Accounts.startSession(for: "ann", time: "2026-12-06T04:00:00Z", expires: "2026-12-06T16:00:00Z", in: db)
        }
        try store.write { db in try Accounts.endSession(second.id, in: db) }
        try store.read { db in
            note("session after logout: \(try Accounts.session(second.id, at: "2026-12-06T04:00:01Z", in: db)?.account.name ?? "none")")
        }
        try store.write { db in try Accounts.setRole("ann", role: .viewer, in: db) }
        try store.write { db in try Accounts.remove("root", in: db) }
        do {
            try store.write { db in try Accounts.remove("root", in: db) }
        } catch let error as AccountError {
            note("second removal refused: \(error == .unknownUser("root"))")
        }
        try store.read { db in
            for account in try Accounts.list(in: db) { note("user \(account.name) \(account.role.rawValue) \(account.passwordChanged)") }
        }
        return lines
    }

    /// What `run` answers on a correct store.
    public static let expected = [
        "duplicate refused: true",
        "bad name refused: true",
        "user ann coder 2026-12-06T01:00:00Z",
        "user root admin 2026-12-06T01:00:00Z",
        "hash of ann: $2b$04$hash-of-ann",
        "token length 64",
        "token stored as digest only: true",
        "token user: ann",
        "wrong token user: none",
        "session before expiry: ann",
        "csrf matches: true",
        "session at expiry: none",
        "session after password change: none",
        "token after password change: ann",
        "session after logout: none",
        "second removal refused: true",
        "user ann viewer 2026-12-06T03:00:00Z",
    ]
}
