import Foundation
import StanceStore

/// Where a PostgreSQL graph lives: `postgres://user[:password]@host[:port]/dbname[?sslmode=…]`.
///
/// The password comes from the URL, else `PGPASSWORD`, else the password file (`PGPASSFILE`, default
/// `~/.pgpass`) read with libpq's rules (see `PasswordFile`). A missing user is `PGUSER`, else the login
/// name; a missing database is the user's name, as with `psql`.
public struct PostgresURL: Sendable, Equatable {
    /// How TLS is used, as libpq's `sslmode` (`verify-ca`/`verify-full` also check the certificate).
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var user: String
    /// The password written in the URL, if any.
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// How long to wait for the server to answer a connection, in seconds (`?connect_timeout=`).
    public var connectTimeout: Int

    /// The default wait for a connection: short, so a wrong host fails fast instead of hanging.
    public static let defaultConnectTimeout = 10

    /// Parses `text`; `environment` supplies `PGUSER`/`USER` when the URL names no user.
    ///
    /// - throws: `StoreError.invalidPostgresURL` saying what is wrong (the password is never repeated).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func invalid(_ reason: String) -> StoreError {
            StoreError.invalidPostgresURL(reason: reason)
        }
        guard let schemeEnd = text.range(of: "://") else {
            throw invalid("it does not start with postgres://")
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw invalid("the scheme is '\(scheme)', not postgres")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = Substring("")
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        // The user information ends at the last @ (a password may hold an unescaped @).
        var userInfo: Substring?
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var user: String?
        var password: String?
        if let userInfo {
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.decode(userInfo[..<colon], "user name")
                password = try Self.decode(userInfo[userInfo.index(after: colon)...], "password")
            } else {
                user = try Self.decode(userInfo, "user name")
            }
        }
        // Host and port; an IPv6 address is written in brackets.
        var hostText: Substring
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw invalid("the IPv6 host has no closing ]") }
            hostText = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw invalid("unexpected text after the IPv6 host") }
                portText = after.dropFirst()
            }
        } else if let colon = rest.lastIndex(of: ":") {
            hostText = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            hostText = rest
        }
        let host = try Self.decode(hostText, "host")
        guard !host.isEmpty else { throw invalid("it names no host (postgres://user@HOST:5432/dbname)") }
        var port = 5432
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw invalid("the port '\(portText)' is not a number from 1 to 65535")
            }
            port = number
        }
        var sslMode = SSLMode.prefer
        var connectTimeout = Self.defaultConnectTimeout
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1], key) : ""
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw invalid(
                        "sslmode '\(value)' is not one of "
                            + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                sslMode = mode
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw invalid("connect_timeout '\(value)' is not a whole number of seconds above 0")
                }
                connectTimeout = seconds
            default:
                throw invalid("the parameter '\(key)' is not known (known: sslmode, connect_timeout)")
            }
        }
        let resolvedUser = (user?.isEmpty == false ? user : nil) ?? environment["PGUSER"] ?? environment["USER"]
        guard let resolvedUser, !resolvedUser.isEmpty else {
            throw invalid("it names no user (postgres://USER@host/dbname) and neither PGUSER nor USER is set")
        }
        let database = try Self.decode(path, "database name")
        self.user = resolvedUser
        self.password = password
        self.host = host
        self.port = port
        self.database = database.isEmpty ? resolvedUser : database
        self.sslMode = sslMode
        self.connectTimeout = connectTimeout
    }

    /// `host:port`, as messages name the server.
    public var server: String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    /// The URL without its password, as a user would name the graph in messages.
    public var location: String {
        var text = "postgres://" + Self.encode(user) + "@" + server + "/" + Self.encode(database)
        var parameters: [String] = []
        if sslMode != .prefer { parameters.append("sslmode=\(sslMode.rawValue)") }
        if connectTimeout != Self.defaultConnectTimeout { parameters.append("connect_timeout=\(connectTimeout)") }
        if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        return text
    }

    /// The password to send: the URL's, else `PGPASSWORD`, else the password file's entry for this
    /// server, database and user. `note` says why the password file was not used, when it was not.
    public func resolvePassword(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (password: String?, note: String?) {
        if let password { return (password, nil) }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return (password, nil) }
        let file = PasswordFile.path(environment: environment)
        switch PasswordFile.load(file) {
        case .absent:
            return (nil, nil)
        case .unsafe(let reason):
            return (nil, "\(file) was not read: \(reason)")
        case .entries(let entries):
            let password = PasswordFile.match(
                entries, host: host, port: port, database: database, user: user)
            return (password, nil)
        }
    }

    private static func decode(_ text: Substring, _ what: String) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw StoreError.invalidPostgresURL(reason: "the \(what) has an invalid %-escape")
        }
        return decoded
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// libpq's password file (`~/.pgpass`): lines `hostname:port:database:username:password`.
///
/// Each of the first four fields may be `*`, which matches anything; `\:` and `\\` escape a colon and a
/// backslash; lines starting with `#` are comments; the first matching line wins. As libpq requires, the
/// file must be a plain file that neither the group nor others can read or write (mode 0600 or less);
/// otherwise it is not read at all.
public enum PasswordFile {
    /// One line: four patterns and the password.
    public struct Entry: Sendable, Equatable {
        public var host: String
        public var port: String
        public var database: String
        public var user: String
        public var password: String
    }

    /// What reading the file gave.
    public enum Contents: Sendable, Equatable {
        case absent
        /// The file exists but must not be used; says why.
        case unsafe(String)
        case entries([Entry])
    }

    /// `PGPASSFILE`, else `~/.pgpass` (home from `HOME`, else the user's home directory).
    public static func path(environment: [String: String]) -> String {
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".pgpass")
    }

    /// Reads `path`, refusing a file that is not a plain file or that the group or others can access.
    public static func load(_ path: String) -> Contents {
        var info = stat()
        guard stat(path, &info) == 0 else { return .absent }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .unsafe("it is not a plain file") }
        if info.st_mode & (S_IRWXG | S_IRWXO) != 0 {
            return .unsafe(
                "it has group or world access; permissions should be u=rw (0600) or less (chmod 0600 \(path))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unsafe("it cannot be read")
        }
        return .entries(parse(String(decoding: data, as: UTF8.self)))
    }

    /// The entries of a password file's text; malformed lines (fewer than five fields) are skipped.
    public static func parse(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
            var fields: [String] = []
            var field = ""
            var escaped = false
            for character in trimmed {
                if escaped {
                    field.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 4 {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            entries.append(
                Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4]))
        }
        return entries
    }

    /// The password of the first entry matching the connection, `*` matching anything.
    public static func match(_ entries: [Entry], host: String, port: Int, database: String, user: String) -> String? {
        func matches(_ pattern: String, _ value: String) -> Bool { pattern == "*" || pattern == value }
        return entries.first {
            matches($0.host, host) && matches($0.port, String(port)) && matches($0.database, database)
                && matches($0.user, user)
        }?.password
    }
}
