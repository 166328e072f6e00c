import Foundation
import PostgresNIO
import StanceCore
import StanceStore

/// The PostgreSQL engine: the graph in a PostgreSQL database, through postgres-nio.
///
/// One connection per engine, on an event loop group of one thread; the store's synchronous API blocks the
/// caller's thread on postgres-nio's futures. Transactions are serialized on the connection: `read` is
/// `REPEATABLE READ READ ONLY` (one snapshot), `write` is `SERIALIZABLE`, rolled back on any error and run again
/// (up to 5 more times) when the server reports a serialization failure or deadlock (SQLSTATE 40001, 40P01). A
/// `read` or `write` inside another one on the same thread joins the open transaction.
///
/// The schema is `PostgresSchema`, the same migrations as SQLite's, applied when the store is opened.
public final class PostgresEngine: StoreEngine, @unchecked Sendable {
    // @unchecked: the connection and group are thread-safe; `depth` and `closed` are guarded by `lock`.

    /// Where the graph lives.
    public let url: PostgresURL
    public let mode: Store.Mode
    private let group: MultiThreadedEventLoopGroup
    let session: PostgresSession
    /// The server process serving this connection, for cancelling its statement.
    private let backendPID: Int64
    private let password: String?
    private let lock = NSRecursiveLock()
    private var depth = 0
    private var closed = false

    /// How many times a write transaction that lost a serialization conflict is run again.
    static let retries = 30

    public var location: String { url.location }
    public var dialect: SQLDialect { .postgres }

    /// Opens the graph at `url` (`postgres://user[:password]@host[:port]/dbname[?sslmode=…]`) as a `Store`.
    ///
    /// - throws: `StoreError.invalidPostgresURL`, `.serverUnreachable`, `.authenticationFailed`, `.missingDatabase`,
    ///   `.missing` (a read-only open of a database holding no Stance graph), `.newerSchema`.
    public static func open(url: String, mode: Store.Mode) throws -> Store {
        Store(engine: try PostgresEngine(url: PostgresURL(url), mode: mode), mode: mode)
    }

    /// Why this connection cannot write the graph, or nil when it can: the server is a standby (in recovery), or the
    /// role lacks INSERT, UPDATE or DELETE on a table a login or an edit writes. `stance serve` then serves reads and answers logins and writes with 503 and this reason.
    public static func unwritableReason(of store: Store) throws -> String? {
        let tables = [
            "actor", "issue", "source", "quote", "quote_issue", "position", "affiliation", "annotation", "change_log",
            "stance_session", "stance_login_attempt",
        ]
        let row = try store.read { db in
            try db.fetchOne(
                """
                SELECT CAST(pg_is_in_recovery() AS text) AS standby,
                       current_user AS role,
                       (SELECT string_agg(value, ', ' ORDER BY value) FROM \(SQL.textList(tables)) AS names
                         WHERE NOT (has_table_privilege(current_user, value, 'INSERT') AND has_table_privilege(current_user, value, 'UPDATE')
                                    AND has_table_privilege(current_user, value, 'DELETE'))) AS missing
                """)
        }
        guard let row else { return nil }
        if row.text(named: "standby") == "true" { return "the PostgreSQL server is a standby in recovery, which takes no writes" }
        if let missing = row.text(named: "missing"), !missing.isEmpty {
            return "the PostgreSQL role \(row.text(named: "role") ?? "") may not write the tables \(missing)"
        }
        return nil
    }

    /// Connects to `url` and (for `.readWrite`, or an older schema) migrates the schema.
    ///
    /// - parameter environment: where `PGPASSWORD`, `PGPASSFILE` and `HOME` are read.
    public init(
        url: PostgresURL, mode: Store.Mode,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.url = url
        self.mode = mode
        let (password, note) = url.resolvePassword(environment: environment)
        self.password = password
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        do {
            let connection = try PostgresEngine.connect(url, password: password, passwordNote: note, group: group)
            session = PostgresSession(connection: connection, logger: PostgresEngine.logger)
            backendPID = try session.values("SELECT pg_backend_pid()").first?.first?.integer ?? 0
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        do {
            try prepareSchema()
        } catch {
            try? close()
            throw error
        }
    }

    deinit {
        try? close()
    }

    private func prepareSchema() throws {
        switch mode {
        case .readWrite:
            try PostgresSchema.migrate(session, location: location)
        case .readOnly:
            // Every transaction of this connection is read-only unless it says otherwise (only a migration does).
            try session.run("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            let applied = try PostgresSchema.appliedIdentifiers(session)
            switch PostgresSchema.state(of: applied) {
            case .current: break
            case .newer: throw StoreError.newerSchema(path: location)
            case .older:
                // As with SQLite: an empty database is not a graph; an older one is upgraded once.
                if applied.isEmpty { throw StoreError.missing(path: location) }
                try PostgresSchema.migrate(session, location: location)
            }
        }
    }

    public func read<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs `body` in one SERIALIZABLE transaction; in `.readOnly` mode the transaction is READ ONLY, so the server
    /// refuses every write in it.
    ///
    /// - note: `body` may run more than once (after a serialization failure): it must not keep effects outside the
    ///   database from a failed run.
    public func write<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try transaction(
            mode == .readOnly
                ? "BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY" : "BEGIN ISOLATION LEVEL SERIALIZABLE READ WRITE",
            body)
    }

    private func transaction<T>(_ begin: String, _ body: (SQLConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else {
            throw PostgresStatementError(sqlState: nil, message: "the connection to \(location) is closed", statement: nil)
        }
        let connection = SQLConnection(PostgresBackend(session))
        if depth > 0 { return try body(connection) }
        depth += 1
        defer { depth -= 1 }
        var attempt = 0
        while true {
            try session.run(begin)
            do {
                let result = try body(connection)
                try session.run("COMMIT")
                return result
            } catch {
                _ = try? session.run("ROLLBACK")
                if let failure = error as? PostgresStatementError, failure.isRetryable, attempt < PostgresEngine.retries {
                    attempt += 1
                    // Back off, with jitter, so writers that collided do not collide again at once.
                    let ceiling = min(200_000, 2_000 << min(attempt, 7))
                    usleep(UInt32.random(in: UInt32(ceiling / 2)...UInt32(ceiling)))
                    continue
                }
                throw error
            }
        }
    }

    /// Asks the server to cancel the statement this engine's connection is running; it then fails with
    /// SQLSTATE 57014.
    ///
    /// postgres-nio 1.33 does not expose the protocol's cancel request (the connection's cancel key is internal), so
    /// this opens a second short-lived connection as the same user and calls `pg_cancel_backend` on this
    /// connection's server process. It blocks for that round trip; it does nothing if the server cannot be reached.
    public func interrupt() {
        guard backendPID != 0,
            let connection = try? PostgresEngine.connect(url, password: password, passwordNote: nil, group: group)
        else { return }
        let canceller = PostgresSession(connection: connection, logger: PostgresEngine.logger)
        _ = try? canceller.run("SELECT pg_cancel_backend(CAST($1 AS integer))", [.integer(backendPID)])
        _ = try? connection.close().wait()
    }

    /// Whether `error` is a statement cancelled by `interrupt()` (SQLSTATE 57014, query_canceled).
    public func isInterruption(_ error: any Error) -> Bool {
        (error as? PostgresStatementError)?.sqlState == "57014"
    }

    /// Closes the connection and stops the event loop thread.
    public func close() throws {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        let closing = Result { try session.connection.close().wait() }
        try group.syncShutdownGracefully()
        try closing.get()
    }

    /// Runs `body` on a connection of its own to `url`, outside any transaction (for `CREATE DATABASE`, which
    /// cannot run inside one, and for tests).
    static func withSession<T>(_ url: PostgresURL, _ body: (PostgresSession) throws -> T) throws -> T {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let (password, note) = url.resolvePassword()
        let connection = try connect(url, password: password, passwordNote: note, group: group)
        defer { _ = try? connection.close().wait() }
        return try body(PostgresSession(connection: connection, logger: logger))
    }

    /// postgres-nio's log, silenced: Stance reports failures as errors.
    static let logger: Logger = {
        var logger = Logger(label: "stance.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Opens one connection, turning postgres-nio's failures into `StoreError`s that say what to do.
    static func connect(
        _ url: PostgresURL, password: String?, passwordNote: String?, group: MultiThreadedEventLoopGroup
    ) throws -> PostgresConnection {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: password, database: url.database,
            tls: try tls(url.sslMode))
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeout))
        do {
            return try PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch let error as PSQLError {
            throw connectionError(error, url, hadPassword: password != nil, passwordNote: passwordNote)
        } catch let error as ChannelError {
            if case .connectTimeout = error {
                throw StoreError.serverUnreachable(server: url.server, reason: "no answer within \(url.connectTimeout) s")
            }
            throw StoreError.serverUnreachable(server: url.server, reason: "\(error)")
        } catch {
            throw StoreError.serverUnreachable(server: url.server, reason: "\(error)")
        }
    }

    /// The TLS setting for libpq's `sslmode`: `prefer` and `require` encrypt without checking the certificate
    /// (as libpq does), `verify-ca` checks the chain, `verify-full` the chain and the host name.
    static func tls(_ mode: PostgresURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .prefer:
            configuration.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: configuration))
        case .require:
            configuration.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    private static func connectionError(
        _ error: PSQLError, _ url: PostgresURL, hadPassword: Bool, passwordNote: String?
    ) -> any Error {
        let note = passwordNote.map { " (\($0))" } ?? ""
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState]
            let message = error.serverInfo?[.message] ?? "refused"
            switch state {
            case "28P01", "28000":
                return StoreError.authenticationFailed(user: url.user, server: url.server, reason: message + note)
            case "3D000":
                return StoreError.missingDatabase(name: url.database, server: url.server)
            case "57P03":
                return StoreError.serverUnreachable(server: url.server, reason: message)
            default:
                return PostgresStatementError(error, statement: nil)
            }
        case .authMechanismRequiresPassword:
            return StoreError.authenticationFailed(
                user: url.user, server: url.server,
                reason: "it asks for a password and none was given (not in the URL, PGPASSWORD or the password file)"
                    + note)
        case .unsupportedAuthMechanism, .saslError:
            return StoreError.authenticationFailed(
                user: url.user, server: url.server, reason: "authentication failed (\(describe(error)))" + note)
        case .sslUnsupported:
            return StoreError.serverUnreachable(
                server: url.server,
                reason: "the server does not accept TLS, which sslmode=\(url.sslMode.rawValue) requires "
                    + "(use sslmode=prefer or disable, or turn on ssl in the server's configuration)")
        default:
            if let channel = error.underlying as? ChannelError, case .connectTimeout = channel {
                return StoreError.serverUnreachable(server: url.server, reason: "no answer within \(url.connectTimeout) s")
            }
            return StoreError.serverUnreachable(server: url.server, reason: describe(error))
        }
    }

    /// What went wrong, from postgres-nio's error (its own description hides the details on purpose).
    static func describe(_ error: PSQLError) -> String {
        if let underlying = error.underlying {
            if let failed = underlying as? NIOConnectionError {
                if let first = failed.connectionErrors.first?.error {
                    if let io = first as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
                    return String(describing: first)
                }
                if let dns = failed.dnsAError ?? failed.dnsAAAAError {
                    return "cannot resolve the host name \(failed.host) (\(dns))"
                }
            }
            if let io = underlying as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
            return String(describing: underlying)
        }
        return error.code.description
    }
}
