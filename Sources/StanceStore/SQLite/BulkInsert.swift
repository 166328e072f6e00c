import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// One prepared INSERT, executed many times with values bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` costs about a microsecond a row in argument boxing and bookkeeping,
/// more than a second of a million-position import; binding each value in place avoids it. Values
/// are always bound (copied by SQLite), never spliced into SQL. Use it only inside a transaction
/// GRDB opened, on a statement nothing else executes.
final class BulkInsert {
    private let statement: Statement
    private let sqlite: SQLiteStatement
    /// Scratch space for ids such as `p123456`.
    private var scratch = [UInt8](repeating: 0, count: 24)
    /// The first failure of a bind since the last insert (a value too long for SQLite), or SQLITE_OK.
    private var bindResult = SQLITE_OK

    /// Prepares `sql` in `db`.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        sqlite = statement.sqliteStatement
    }

    /// Binds text to the 1-based parameter `index`.
    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bindUTF8(index, $0) }
    }

    /// Binds NULL to the 1-based parameter `index`.
    func bindNull(_ index: Int32) {
        record(sqlite3_bind_null(sqlite, index))
    }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: Int) {
        record(sqlite3_bind_int64(sqlite, index, Int64(value)))
    }

    /// Binds UTF-8 bytes, as text, to the 1-based parameter `index`.
    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        bindUTF8(index, bytes)
    }

    /// Binds field `field` of the reader's current record, as text, to the 1-based parameter `index`.
    func bind(_ index: Int32, field: Int, of reader: CSVReader) {
        reader.withField(field) { bindUTF8(index, $0) }
    }

    /// Binds `prefix` followed by the decimal digits of `number` (`p` and 42: `p42`).
    func bind(_ index: Int32, prefix: UInt8, number: Int) {
        var digits = 0
        var rest = number
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0 && digits < scratch.count - 1
        scratch[0] = prefix
        rest = number
        for position in stride(from: digits, through: 1, by: -1) {
            scratch[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        scratch.withUnsafeBufferPointer { bindUTF8(index, UnsafeBufferPointer(rebasing: $0[0...digits])) }
    }

    private func bindUTF8(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address, and a NULL pointer would bind NULL, not ''.
        let empty: StaticString = ""
        let start = UnsafeRawPointer(bytes.baseAddress ?? empty.utf8Start).assumingMemoryBound(to: CChar.self)
        record(sqlite3_bind_text64(sqlite, index, start, UInt64(bytes.count), transient, UInt8(SQLITE_UTF8)))
    }

    private func record(_ result: Int32) {
        if bindResult == SQLITE_OK { bindResult = result }
    }

    /// Runs the statement with the values bound (every parameter must be bound for every row).
    ///
    /// - throws: `DatabaseError` when SQLite refuses a value or the row.
    func insert() throws {
        if bindResult != SQLITE_OK {
            let code = bindResult
            bindResult = SQLITE_OK
            let message = String(cString: sqlite3_errstr(code))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        let code = sqlite3_step(sqlite)
        guard code == SQLITE_DONE else {
            let connection = sqlite3_db_handle(sqlite)
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(sqlite)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(sqlite)
    }
}

/// SQLite's "copy the value now" destructor.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
