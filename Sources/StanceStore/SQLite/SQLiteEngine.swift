import Foundation
import GRDB
import StanceCore
#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif

/// The embedded engine: the graph in one SQLite file, through GRDB.
///
/// The file format is documented in `docs/schema.md`. Writers use WAL mode and a busy timeout so
/// several researchers' processes can share one file.
final class SQLiteEngine: StoreEngine {
    /// The path of the database file.
    let path: String
    /// The oldest SQLite that has everything the schema and the planner use: generated columns (3.31), FTS5,
    /// and `AS MATERIALIZED` common table expressions (3.35).
    static let minimumSQLite = (number: Int32(3_035_000), text: "3.35")

    /// The open connection(s).
    let writer: any DatabaseWriter
    let mode: Store.Mode

    var location: String { path }
    var dialect: SQLDialect { .sqlite }

    /// Opens (and for `.readWrite`, creates and migrates) the database at `path`.
    ///
    /// - throws: `StoreError.missing` when a read-only store does not exist,
    ///   `StoreError.newerSchema` when the file was written by a newer Stance.
    init(path: String, mode: Store.Mode) throws {
        guard sqlite3_libversion_number() >= SQLiteEngine.minimumSQLite.number else {
            throw StoreError.oldSQLite(found: String(cString: sqlite3_libversion()))
        }
        self.path = path
        self.mode = mode
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        switch mode {
        case .readOnly:
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError.missing(path: path)
            }
            config.readonly = true
            writer = try SQLiteEngine.openReadOnly(path, config)
            let state = try writer.read { db in try Schema.state(db) }
            switch state {
            case .current:
                break
            case .newer:
                throw StoreError.newerSchema(path: path)
            case .older:
                // Upgrade once with a writable connection, then go on read-only.
                try SQLiteEngine.migrate(path: path)
            }
        case .readWrite:
            if FileManager.default.fileExists(atPath: path) {
                // Look before writing anything: a newer file is refused untouched.
                var look = config
                look.readonly = true
                let queue = try DatabaseQueue(path: path, configuration: look)
                let state = try queue.read { db in try Schema.state(db) }
                try queue.close()
                if state == .newer { throw StoreError.newerSchema(path: path) }
            }
            let pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
            writer = pool
        }
    }

    /// A read-only connection. A WAL database in a folder this user cannot write (a published copy) has no `-shm`
    /// file and cannot get one, so SQLite refuses to read it unless it is opened as immutable, which it then is:
    /// nobody can change a file in such a folder, and there is no `-wal` to fold in. (This needs an SQLite built with URI filenames, as Debian's and
    /// Apple's are; elsewhere the plain open's error stands.)
    private static func openReadOnly(_ path: String, _ config: Configuration) throws -> DatabaseQueue {
        let folder = (path as NSString).deletingLastPathComponent
        let fileManager = FileManager.default
        guard !fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder),
              !fileManager.fileExists(atPath: path + "-shm"),
              // Immutable reads ignore a write-ahead log: only when there is none to fold in.
              ((try? fileManager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) == 0
        else { return try DatabaseQueue(path: path, configuration: config) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        do {
            let queue = try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch {
            return try DatabaseQueue(path: path, configuration: config)
        }
    }

    /// Why a `.readWrite` store on the SQLite file at `path` could not write, or nil when it could: the file or its
    /// folder (where SQLite keeps its `-wal` and `-shm` files) is not writable by this user.
    static func unwritableReason(_ path: String) -> String? {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if fileManager.fileExists(atPath: path), !fileManager.isWritableFile(atPath: path) {
            return "\(path) is not writable by this user"
        }
        if !fileManager.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            return "its folder \(folder.isEmpty ? "." : folder) is not writable by this user (SQLite keeps its journal there)"
        }
        return nil
    }

    private static func migrate(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue)
        try queue.close()
    }

    func read<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try writer.read { db in try body(SQLConnection(SQLiteBackend(db))) }
    }

    func write<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try writer.write { db in try body(SQLConnection(SQLiteBackend(db))) }
    }

    func interrupt() {
        writer.interrupt()
    }

    func isInterruption(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }

    /// Closes the connections, checkpointing the write-ahead log into the main file.
    func close() throws {
        if let pool = writer as? DatabasePool {
            // Best effort: with other researchers' processes reading, the log stays for them to fold.
            try? pool.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
            try pool.close()
        } else if let queue = writer as? DatabaseQueue {
            try queue.close()
        }
    }
}
