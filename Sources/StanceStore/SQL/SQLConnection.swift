/// What an engine provides to run SQL on one connection, inside a transaction the store opened.
///
/// SQLite (GRDB) and PostgreSQL (postgres-nio) implement it; everything above the store talks to
/// `SQLConnection`, which wraps it.
public protocol SQLBackend: AnyObject {
    /// How this engine spells what differs.
    var dialect: SQLDialect { get }
    /// Executes a statement; returns the number of rows it changed.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int
    /// Runs a query; `cached` keeps the prepared statement for the next identical text.
    func cursor(_ sql: String, _ arguments: [SQLValue], cached: Bool) throws -> any SQLCursor
    /// Prepares a statement for many executions.
    func prepare(_ sql: String) throws -> any SQLPreparedStatement
    /// The engine's plan for a query, one line per step, indented by depth.
    func explain(_ sql: String, _ arguments: [SQLValue]) throws -> [String]
    /// The number of schema migrations applied to this database.
    func schemaVersion() throws -> Int
}

/// A connection inside one transaction: the only way code above the store reaches the database.
///
/// It is handed to the body of `Store.read` and `Store.write` and is valid only there.
public final class SQLConnection {
    /// The engine's own connection.
    public let backend: any SQLBackend

    public init(_ backend: any SQLBackend) {
        self.backend = backend
    }

    /// How this engine spells what differs.
    public var dialect: SQLDialect { backend.dialect }

    /// Executes trusted SQL text with `?` placeholders; returns the number of rows changed.
    @discardableResult
    public func execute(sql: String, arguments: SQLArguments = []) throws -> Int {
        try execute(SQL(sql: sql, arguments: arguments))
    }

    /// Executes a statement; returns the number of rows changed.
    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        let built = sql.build(dialect)
        return try backend.execute(built.sql, built.arguments)
    }

    /// The rows of a query, read one at a time.
    public func cursor(_ sql: SQL, cached: Bool = false) throws -> any SQLCursor {
        let built = sql.build(dialect)
        return try backend.cursor(built.sql, built.arguments, cached: cached)
    }

    /// The rows of trusted SQL text with `?` placeholders, read one at a time.
    public func cursor(sql: String, arguments: SQLArguments = [], cached: Bool = false) throws -> any SQLCursor {
        try cursor(SQL(sql: sql, arguments: arguments), cached: cached)
    }

    /// Every row of a query, kept.
    public func fetchAll(_ sql: SQL) throws -> [SQLRow] {
        let rows = try cursor(sql)
        var all: [SQLRow] = []
        while let row = try rows.next() { all.append(row.copy()) }
        return all
    }

    /// Every row of trusted SQL text, kept.
    public func fetchAll(sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try fetchAll(SQL(sql: sql, arguments: arguments))
    }

    /// The first row of a query, or nil.
    public func fetchOne(_ sql: SQL) throws -> SQLRow? {
        try cursor(sql).next()?.copy()
    }

    /// The first row of trusted SQL text, or nil.
    public func fetchOne(sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try fetchOne(SQL(sql: sql, arguments: arguments))
    }

    /// The first column of every row, skipping NULLs.
    public func fetchAll<Value: SQLDecodable>(_ type: Value.Type, _ sql: SQL) throws -> [Value] {
        let rows = try cursor(sql)
        var all: [Value] = []
        while let row = try rows.next() {
            if let value: Value = row[0] { all.append(value) }
        }
        return all
    }

    /// The first column of every row of trusted SQL text, skipping NULLs.
    public func fetchAll<Value: SQLDecodable>(
        _ type: Value.Type, sql: String, arguments: SQLArguments = []
    ) throws -> [Value] {
        try fetchAll(type, SQL(sql: sql, arguments: arguments))
    }

    /// The first column of the first row; nil when there is no row or it is NULL.
    public func fetchOne<Value: SQLDecodable>(_ type: Value.Type, _ sql: SQL) throws -> Value? {
        guard let row = try cursor(sql).next() else { return nil }
        return row[0]
    }

    /// The first column of the first row of trusted SQL text; nil when there is no row or it is NULL.
    public func fetchOne<Value: SQLDecodable>(
        _ type: Value.Type, sql: String, arguments: SQLArguments = []
    ) throws -> Value? {
        try fetchOne(type, SQL(sql: sql, arguments: arguments))
    }

    /// Prepares trusted SQL text with `?` placeholders for many executions.
    public func prepare(sql: String) throws -> any SQLPreparedStatement {
        try backend.prepare(SQL(sql: sql).build(dialect).sql)
    }

    /// The number of schema migrations applied to this database.
    public func schemaVersion() throws -> Int {
        try backend.schemaVersion()
    }

    /// The statement text, its arguments and the engine's query plan, as `--explain` prints them.
    public func explain(_ sql: SQL) throws -> [String] {
        let built = sql.build(dialect)
        return ["-- SQL", built.sql, "-- arguments: \(SQLArguments(built.arguments))", "-- query plan"]
            + (try backend.explain(built.sql, built.arguments))
    }
}
