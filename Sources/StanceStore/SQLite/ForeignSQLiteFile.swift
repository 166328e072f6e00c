import Foundation
import GRDB

/// Another tool's SQLite file (a DNA project), read or written through `SQLConnection` in that tool's own
/// schema: no Stance migration runs on it and no Stance table is expected in it.
///
///     let titles = try ForeignSQLiteFile.read(at: "sample.dna") { db in
///         try db.fetchAll(String.self, sql: "SELECT Title FROM DOCUMENTS")
///     }
public enum ForeignSQLiteFile {
    /// What can go wrong opening another tool's file.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// There is no file at the path.
        case missing(path: String)
        /// The file does not start with SQLite's header; `found` describes what it starts with.
        case notSQLite(path: String, found: String)
        /// A file to create is already there (it is not replaced).
        case exists(path: String)

        public var description: String {
            switch self {
            case .missing(let path):
                return "no file at \(path)"
            case .notSQLite(let path, let found):
                return "\(path) is not an SQLite file (it starts with \(found))"
            case .exists(let path):
                return "\(path) already exists; it was not replaced"
            }
        }
    }

    /// The first bytes of every SQLite 3 file.
    private static let header = Array("SQLite format 3\u{0}".utf8)

    /// The first 16 bytes of the file at `path`, nil when it cannot be read.
    public static func leadingBytes(at path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 16) else { return nil }
        return Array(data)
    }

    /// Opens the SQLite file at `path` read-only and runs `body` in one read transaction.
    ///
    /// - throws: `Failure.missing`, `Failure.notSQLite` (checked on the file's header before SQLite sees
    ///   it), or the engine's error.
    public static func read<T>(at path: String, _ body: (SQLConnection) throws -> T) throws -> T {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure.missing(path: path) }
        let bytes = leadingBytes(at: path) ?? []
        guard bytes == header else {
            let printable = String(decoding: bytes.prefix(16), as: UTF8.self)
                .unicodeScalars.map { $0.properties.isWhitespace || $0.value < 32 ? " " : String($0) }.joined()
            let shown = bytes.isEmpty ? "nothing: the file is empty" : "\"\(printable.trimmingCharacters(in: .whitespaces))\""
            throw Failure.notSQLite(path: path, found: shown)
        }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try body(SQLConnection(SQLiteBackend(db))) }
    }

    /// Creates a new SQLite file at `path` and runs `body` in one write transaction on it: on any error
    /// the file is removed again, so either all of `body` is written or there is no file.
    ///
    /// The file uses SQLite's default rollback journal (not WAL), so it is complete in itself for the
    /// other tool. Foreign keys are enforced.
    ///
    /// - throws: `Failure.exists` when something is at `path` already, or `body`'s error.
    public static func create<T>(at path: String, _ body: (SQLConnection) throws -> T) throws -> T {
        guard !FileManager.default.fileExists(atPath: path) else { throw Failure.exists(path: path) }
        var config = Configuration()
        config.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let result: T
            do {
                result = try queue.write { db in try body(SQLConnection(SQLiteBackend(db))) }
            } catch {
                try? queue.close()
                throw error
            }
            try queue.close()
            return result
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw error
        }
    }
}
