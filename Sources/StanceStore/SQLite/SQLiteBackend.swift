import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// SQLite (through GRDB) behind `SQLConnection`: one GRDB `Database` inside the transaction GRDB opened.
final class SQLiteBackend: SQLBackend {
    private let db: Database

    init(_ db: Database) {
        self.db = db
    }

    var dialect: SQLDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int {
        try db.execute(sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
        return db.changesCount
    }

    func cursor(_ sql: String, _ arguments: [SQLValue], cached: Bool) throws -> any SQLCursor {
        let statement = cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments.map(\.databaseValue)))
        return try SQLiteCursor(statement)
    }

    func prepare(_ sql: String) throws -> any SQLPreparedStatement {
        SQLitePreparedStatement(try db.cachedStatement(sql: sql), db)
    }

    func explain(_ sql: String, _ arguments: [SQLValue]) throws -> [String] {
        let rows = try Row.fetchAll(
            db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
        var lines: [String] = []
        var depth: [Int: Int] = [0: 0]
        for row in rows {
            let id: Int = row["id"] ?? 0
            let parent: Int = row["parent"] ?? 0
            let level = (depth[parent] ?? 0) + 1
            depth[id] = level
            lines.append(String(repeating: "  ", count: level - 1) + "`--" + (row["detail"] as String? ?? ""))
        }
        return lines
    }

    func schemaVersion() throws -> Int {
        try Schema.migrator.appliedIdentifiers(db).count
    }
}

/// A GRDB cursor whose current row is read straight from the SQLite statement.
final class SQLiteCursor: SQLCursor, SQLRowSource {
    let columns: SQLColumns
    private let rows: RowCursor
    private let statement: OpaquePointer

    init(_ statement: Statement) throws {
        columns = SQLColumns(statement.columnNames)
        self.statement = statement.sqliteStatement
        rows = try Row.fetchCursor(statement)
    }

    func next() throws -> SQLRow? {
        guard try rows.next() != nil else { return nil }
        return SQLRow(source: self, columns: columns)
    }

    func text(at index: Int) -> String? {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL:
            return nil
        case SQLITE_INTEGER:
            return String(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return String(sqlite3_column_double(statement, column))
        default:
            guard let text = sqlite3_column_text(statement, column) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        }
    }

    func integer(at index: Int) -> Int? {
        let column = Int32(index)
        guard sqlite3_column_type(statement, column) == SQLITE_INTEGER else { return Int.decode(value(at: index)) }
        return Int(sqlite3_column_int64(statement, column))
    }

    func value(at index: Int) -> SQLValue {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL:
            return .null
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, column))
        default:
            guard let text = sqlite3_column_text(statement, column) else { return .null }
            let count = Int(sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
    }
}

/// A GRDB statement executed many times.
final class SQLitePreparedStatement: SQLPreparedStatement {
    private let statement: Statement
    private let db: Database

    init(_ statement: Statement, _ db: Database) {
        self.statement = statement
        self.db = db
    }

    func execute(arguments: SQLArguments) throws -> Int {
        try statement.execute(arguments: StatementArguments(arguments.values.map(\.databaseValue)))
        return db.changesCount
    }
}

extension SQLValue {
    /// The GRDB value.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let value): return value.databaseValue
        case .real(let value): return value.databaseValue
        case .text(let value): return value.databaseValue
        }
    }

    /// The value of a GRDB value (a blob, which Stance never stores, reads as NULL).
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob: self = .null
        }
    }
}
