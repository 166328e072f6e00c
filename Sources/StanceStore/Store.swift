import StanceCore

/// What a database engine provides to the store: transactions handing out `SQLConnection`s.
///
/// The embedded SQLite engine (`Store(path:mode:)`) and the PostgreSQL engine implement it; nothing
/// above the store knows which one it talks to.
public protocol StoreEngine: AnyObject, Sendable {
    /// Where the graph lives, as a user would name it (a file path, a `postgres://` URL without password).
    var location: String { get }
    /// How the engine spells what differs.
    var dialect: SQLDialect { get }
    /// Runs `body` in a read transaction.
    func read<T>(_ body: (SQLConnection) throws -> T) throws -> T
    /// Runs `body` in one write transaction: all of it is written, or none.
    func write<T>(_ body: (SQLConnection) throws -> T) throws -> T
    /// Asks the statement running now to stop (it fails with an interruption error).
    func interrupt()
    /// Whether `error` is what a statement stopped by `interrupt()` throws.
    func isInterruption(_ error: any Error) -> Bool
    /// Closes the connections.
    func close() throws
}

/// A Stance database, opened read-only or for writing, on whichever engine holds it.
///
/// `Store(path:mode:)` opens the embedded SQLite file; `Store(engine:)` wraps another engine.
public final class Store: Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// For commands that only read: the engine refuses every write.
        case readOnly
        /// For commands that write; the schema is migrated to the current version first.
        case readWrite
    }

    /// The engine behind this store.
    public let engine: any StoreEngine
    public let mode: Mode

    /// Where the graph lives (a file path, or a URL without its password).
    public var path: String { engine.location }

    /// The oldest SQLite Stance runs on.
    public static var minimumSQLite: (number: Int32, text: String) { SQLiteEngine.minimumSQLite }

    /// Opens (and for `.readWrite`, creates and migrates) the SQLite database at `path`.
    ///
    /// - throws: `StoreError.missing` when a read-only store does not exist,
    ///   `StoreError.newerSchema` when the file was written by a newer Stance.
    public convenience init(path: String, mode: Mode) throws {
        self.init(engine: try SQLiteEngine(path: path, mode: mode), mode: mode)
    }

    /// Why the SQLite database at `path` cannot be opened for writing by this user (the file or its folder is
    /// read-only: a published copy), or nil when it can.
    public static func unwritableReason(path: String) -> String? {
        SQLiteEngine.unwritableReason(path)
    }

    /// A store on `engine`, opened as `mode`.
    public init(engine: any StoreEngine, mode: Mode) {
        self.engine = engine
        self.mode = mode
    }

    /// Runs `body` in a read transaction.
    public func read<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try engine.read(body)
    }

    /// Runs `body` in one write transaction: all of it is written, or none.
    @discardableResult
    public func write<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        try engine.write(body)
    }

    /// Asks the statement running now to stop (Ctrl-C in the REPL).
    public func interrupt() {
        engine.interrupt()
    }

    /// Closes the connections.
    public func close() throws {
        try engine.close()
    }
}
