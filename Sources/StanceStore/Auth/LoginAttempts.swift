/// Failed logins of `stance serve`, counted per user name and per client address in the database itself, so that
/// every server process on one database (several behind a proxy, on PostgreSQL) counts against one limit. An
/// attempt counts as failed from the moment it is admitted until `succeeded` takes it back; attempts older than
/// the window are deleted as new ones come.
///
/// Times are milliseconds since 1970. The count and the insert run in one write transaction (SQLite's writes take
/// turns; PostgreSQL's are serializable and run again on a conflict), so attempts sent at once cannot all slip past
/// the limit.
public enum LoginAttempts {
    /// The limits: how many failures per name and per address within `windowMilliseconds`.
    public struct Limits: Sendable, Equatable {
        public var perName: Int
        public var perAddress: Int
        public var windowMilliseconds: Int

        public init(perName: Int, perAddress: Int, windowMilliseconds: Int) {
            self.perName = perName
            self.perAddress = perAddress
            self.windowMilliseconds = windowMilliseconds
        }
    }

    /// Admits an attempt for `name` from `address` at `now`, recording it as failed: nil when admitted, else the
    /// milliseconds until one may be tried again (nothing is recorded then).
    public static func admit(
        name: String, address: String, now: Int, limits: Limits, in db: SQLConnection
    ) throws -> Int? {
        let since = now - limits.windowMilliseconds
        _ = try db.execute("DELETE FROM stance_login_attempt WHERE at <= \(since)")
        var waits: [Int] = []
        for (column, key, limit) in [("user_name", name, limits.perName), ("address", address, limits.perAddress)] {
            guard limit > 0 else { continue }
            let condition: SQL = column == "user_name" ? "user_name = \(key)" : "address = \(key)"
            let recent = try db.fetchAll(
                Int.self, "SELECT at FROM stance_login_attempt WHERE \(condition) ORDER BY at DESC LIMIT \(limit)")
            // Allowed again when the limit-th most recent failure has aged out of the window.
            if recent.count >= limit, let freeing = recent.last {
                waits.append(freeing + limits.windowMilliseconds - now)
            }
        }
        if let wait = waits.max() { return max(1, wait) }
        _ = try db.execute("INSERT INTO stance_login_attempt (user_name, address, at) VALUES (\(name), \(address), \(now))")
        return nil
    }

    /// A successful login forgets the name's failures, and takes its own attempt off the address's count.
    public static func succeeded(name: String, address: String, in db: SQLConnection) throws {
        _ = try db.execute("DELETE FROM stance_login_attempt WHERE user_name = \(name)")
        _ = try db.execute("""
            DELETE FROM stance_login_attempt WHERE id = (SELECT max(id) FROM stance_login_attempt WHERE address = \(address))
            """)
    }
}
