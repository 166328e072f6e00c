import Foundation
import Logging
import PostgresNIO
import StanceStore

/// PostgreSQL (through postgres-nio) behind `SQLConnection`: one server connection inside the transaction
/// `PostgresEngine` opened. Every call blocks the caller's thread until the server has answered (postgres-nio's
/// `EventLoopFuture` API with `wait()`, never on the event loop's own thread).
final class PostgresBackend: SQLBackend {
    private let session: PostgresSession

    init(_ session: PostgresSession) {
        self.session = session
    }

    var dialect: SQLDialect { .postgres }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int {
        try session.run(sql, arguments).metadata.rows ?? 0
    }

    /// Runs the query and keeps every row before the first is read.
    ///
    /// - note: The rows are fetched whole, then iterated: fine for the graph sizes Stance handles now; a server-side
    ///   cursor (`DECLARE … CURSOR`) would stream a result too large for memory. `cached` is ignored: postgres-nio
    ///   prepares each statement anew (the server's plan cache is per named statement).
    func cursor(_ sql: String, _ arguments: [SQLValue], cached: Bool) throws -> any SQLCursor {
        let result = try session.run(sql, arguments)
        return try PostgresCursor(result.rows, session: session, sql: sql, arguments: arguments)
    }

    func prepare(_ sql: String) throws -> any SQLPreparedStatement {
        PostgresPreparedStatement(sql: sql, session: session)
    }

    /// `EXPLAIN` of the statement with its arguments: PostgreSQL's plan, one line per row as the server indents it.
    func explain(_ sql: String, _ arguments: [SQLValue]) throws -> [String] {
        try session.values("EXPLAIN " + sql, arguments).map { $0.first?.text ?? "" }
    }

    func schemaVersion() throws -> Int {
        try PostgresSchema.appliedIdentifiers(session).count
    }
}

/// The rows of one result, decoded to `SQLValue`s when it arrived.
final class PostgresCursor: SQLCursor {
    private let rows: [[SQLValue]]
    private var position = 0
    private var knownColumns: SQLColumns?
    private let probe: () -> SQLColumns

    init(_ rows: [PostgresRow], session: PostgresSession, sql: String, arguments: [SQLValue]) throws {
        var decoded: [[SQLValue]] = []
        decoded.reserveCapacity(rows.count)
        for row in rows {
            decoded.append(try row.map(PostgresCursor.value(of:)))
        }
        self.rows = decoded
        if let first = rows.first {
            knownColumns = SQLColumns(first.map(\.columnName))
        }
        // postgres-nio reports column names only with the rows: for an empty result of a query they are asked for
        // once, the first time someone reads `columns`, by running it beside one row of NULLs. A savepoint keeps a
        // failing probe from aborting the caller's transaction; other statements (INSERT … RETURNING) get none.
        probe = {
            let start = sql.drop { $0.isWhitespace || $0 == "(" }.prefix(6).uppercased()
            guard start.hasPrefix("SELECT") || start.hasPrefix("WITH") || start.hasPrefix("VALUES") else {
                return SQLColumns([])
            }
            let wrapped = "SELECT q.* FROM (VALUES (1)) AS stance_one(x) LEFT JOIN LATERAL (\(sql)) AS q ON TRUE"
            let saved = (try? session.run("SAVEPOINT stance_columns")) != nil
            do {
                let names = try session.run(wrapped, arguments).rows.first.map { $0.map(\.columnName) } ?? []
                if saved { _ = try? session.run("RELEASE SAVEPOINT stance_columns") }
                return SQLColumns(names)
            } catch {
                if saved { _ = try? session.run("ROLLBACK TO SAVEPOINT stance_columns") }
                return SQLColumns([])
            }
        }
    }

    var columns: SQLColumns {
        if let knownColumns { return knownColumns }
        let found = probe()
        knownColumns = found
        return found
    }

    func next() throws -> SQLRow? {
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return SQLRow(values: rows[position], columns: columns)
    }

    /// The value of one cell: NULL; text, varchar, name, char and JSON as text; int2/4/8 and oid as integers; float4/8
    /// as reals; numeric as an integer when it is a whole number in range (as SQLite's `sum` of integers is) and as a
    /// real otherwise; bool as 0 or 1.
    ///
    /// - throws: `PostgresStatementError` for a type Stance does not read (cast it to text in the query).
    static func value(of cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .text, .varchar, .name, .bpchar, .json, .jsonb, .unknown:
                return .text(try cell.decode(String.self))
            case .char:
                return .text(try cell.decode(String.self))
            case .int2, .int4, .int8:
                return .integer(try cell.decode(Int64.self))
            case .oid:
                var bytes = cell.bytes ?? ByteBuffer()
                if cell.format == .binary, bytes.readableBytes == 4, let oid = bytes.readInteger(as: UInt32.self) {
                    return .integer(Int64(oid))
                }
                guard let text = bytes.readString(length: bytes.readableBytes), let oid = Int64(text) else {
                    throw PostgresDecodingError.Code.failure
                }
                return .integer(oid)
            case .float4, .float8:
                return .real(try cell.decode(Double.self))
            case .numeric:
                let decimal = try cell.decode(Decimal.self)
                var rounded = Decimal()
                var copy = decimal
                NSDecimalRound(&rounded, &copy, 0, .plain)
                if rounded == decimal, let whole = Int64(exactly: NSDecimalNumber(decimal: decimal).doubleValue),
                    abs(whole) < (1 << 53)
                {
                    return .integer(whole)
                }
                return .real(NSDecimalNumber(decimal: decimal).doubleValue)
            case .bool:
                return .integer(try cell.decode(Bool.self) ? 1 : 0)
            default:
                throw PostgresStatementError(
                    sqlState: nil,
                    message: "column \(cell.columnName) has PostgreSQL type \(cell.dataType), which Stance does not "
                        + "read; cast it to text, bigint or float8 in the query",
                    statement: nil)
            }
        } catch let error as PostgresStatementError {
            throw error
        } catch {
            throw PostgresStatementError(
                sqlState: nil, message: "cannot read column \(cell.columnName) (\(cell.dataType)): \(error)",
                statement: nil)
        }
    }
}

/// A statement run again with new arguments each time (postgres-nio prepares it on the server per run).
final class PostgresPreparedStatement: SQLPreparedStatement {
    private let sql: String
    private let session: PostgresSession

    init(sql: String, session: PostgresSession) {
        self.sql = sql
        self.session = session
    }

    func execute(arguments: SQLArguments) throws -> Int {
        try session.run(sql, arguments.values).metadata.rows ?? 0
    }
}

/// One open server connection and the event loop it runs on; `run` blocks until the server answers.
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// The rows of a query, each as its values in column order.
    func values(_ sql: String, _ arguments: [SQLValue] = []) throws -> [[SQLValue]] {
        try run(sql, arguments).rows.map { try $0.map(PostgresCursor.value(of:)) }
    }

    /// Runs one statement with `arguments` bound as parameters `$1`, `$2`, … and waits for all of its rows.
    ///
    /// - throws: `PostgresStatementError` with the server's SQLSTATE, message, detail and hint.
    @discardableResult
    func run(_ sql: String, _ arguments: [SQLValue] = []) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let value): bindings.append(value)
            case .real(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            }
        }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresStatementError(error, statement: sql)
        }
    }
}

/// The server refused or failed a statement: what it said, with its SQLSTATE code.
public struct PostgresStatementError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE (`40001` serialization failure, `57014` cancelled, …); nil when the
    /// error did not come from the server.
    public var sqlState: String?
    /// The server's message, with its detail and hint when it gave them.
    public var message: String
    /// The statement's text (never its arguments).
    public var statement: String?

    init(sqlState: String?, message: String, statement: String?) {
        self.sqlState = sqlState
        self.message = message
        self.statement = statement
    }

    init(_ error: any Error, statement: String?) {
        if let error = error as? PostgresStatementError {
            self = error
            return
        }
        self.statement = statement
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo {
                sqlState = info[.sqlState]
                var text = info[.message] ?? "the server reported an error"
                if let detail = info[.detail] { text += " (\(detail))" }
                if let hint = info[.hint] { text += "; hint: \(hint)" }
                message = text
            } else {
                sqlState = nil
                message = PostgresEngine.describe(psql)
            }
        } else {
            sqlState = nil
            message = String(describing: error)
        }
    }

    /// Whether the transaction lost a conflict with another and is worth running again.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    public var description: String {
        var text = "PostgreSQL: \(message)"
        if let sqlState { text += " [SQLSTATE \(sqlState)]" }
        if let statement {
            let short = statement.count > 300 ? String(statement.prefix(300)) + "…" : statement
            text += "\n  in: \(short)"
        }
        return text
    }
}
