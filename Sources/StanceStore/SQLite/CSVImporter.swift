import Foundation
import GRDB
import StanceCore

/// Loads a folder of CSV files (actors, issues, sources, positions, memberships) into a new
/// database, all or nothing.
///
/// The layout is the one `gen.py` writes (see `shared/bench/README.md`). The mapping:
/// - `actors.csv` `id,slug,name,kind`: an actor whose id is the slug;
/// - `issues.csv` `id,slug,name`: an issue whose id is the slug;
/// - `sources.csv` `id,title,outlet,date`: source `s<id>`, its date `given`;
/// - `positions.csv` `id,actor_id,issue_id,stance,date,source_id,quote`: position `p<id>`, stated,
///   high confidence, coder `import`; a non-empty quote becomes quote `q<id>` by the actor in the
///   source on the date, bearing on the issue, and the position's evidence;
/// - `memberships.csv` `person_id,org_id,role`: affiliation `m<row>` with no source.
///
/// Every row is checked while it streams in; the first bad one stops the import with
/// `FILE:LINE:COLUMN: error: …`, where COLUMN is the 1-based character column of the field.
public enum CSVImporter {
    /// The files of an import folder, in the order they are read.
    public static let fileNames = ["actors.csv", "issues.csv", "sources.csv", "positions.csv", "memberships.csv"]

    /// The page cache while rows are inserted, in SQLite's units (negative: KiB).
    static let loadCacheSize = -65_536

    /// The tables whose secondary indexes are dropped during the load and rebuilt after it.
    static let reindexedTables = ["position", "quote", "quote_issue", "affiliation"]

    /// Imports the CSV files in `dir` into a new database at `database`, replacing it only on success.
    ///
    /// The database is built in `DATABASE.importing-PID` and renamed over `database` when complete,
    /// so on any error an existing database is left exactly as it was. `progress` is called now and
    /// then with the name of the file being read (or of a finishing step) and the rows read from it.
    ///
    /// - throws: `ImportError` for bad input, a missing file or a target that is not a database;
    ///   GRDB's `DatabaseError` when SQLite fails.
    @discardableResult
    public static func importFolder(
        _ dir: String, into database: String, progress: ((String, Int) -> Void)? = nil
    ) throws -> Statistics {
        let manager = FileManager.default
        // Fail before any work: every file present, and nothing but a database to replace.
        try CSVLoader<SQLiteImportSink>.checkFiles(in: dir)
        if manager.fileExists(atPath: database), !isReplaceableDatabase(database) {
            throw ImportError.notADatabase(database)
        }
        let directory = (database as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        StaleFiles.remove(beside: database, suffix: "importing")
        let temporary = database + ".importing-\(ProcessInfo.processInfo.processIdentifier)"
        removeDatabaseFiles(at: temporary)
        defer { removeDatabaseFiles(at: temporary) }

        var config = Configuration()
        // Every reference is checked against the CSV files while loading, so SQLite's own
        // checks (four lookups per position) are left off for this connection.
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: temporary, configuration: config)
        try Schema.migrator.migrate(queue)
        let statistics = try queue.writeWithoutTransaction { db in
            // The temporary file is thrown away on any failure, so it needs no journal and no syncs.
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // (temp_store stays FILE: in memory, SQLite sorts without its helper threads.)
            try db.execute(sql: "PRAGMA cache_size = \(loadCacheSize)")
            // The CHECK constraints (kind, stance, basis, confidence, date basis) hold by construction:
            // every value is checked or fixed before it is bound. SQLite's own IN-list checks cost
            // about 2 µs a position.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            var deferred = DeferredSchema(indexes: [], ftsTrigger: nil)
            try db.inTransaction(.exclusive) {
                deferred = try DeferredSchema.drop(tables: reindexedTables, in: db)
                var loader = CSVLoader(dir: dir, sink: try SQLiteImportSink(db), progress: progress)
                try loader.load()
                return .commit
            }
            // A second transaction, so the indexes are built from a clean page cache: the
            // temporary file is still all or nothing, because it is renamed only at the end.
            try db.inTransaction(.exclusive) {
                try deferred.restore(in: db, progress: progress)
                progress?("name keys", 0)
                let connection = SQLConnection(SQLiteBackend(db))
                try NameKeys.rebuild(connection)
                try Meta.set(Meta.exportedThrough, to: "0", in: connection)
                return .commit
            }
            progress?("saving", 0)
            // The finished file is an ordinary Stance database: WAL, like every other.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            return try Statistics.read(SQLConnection(SQLiteBackend(db)))
        }
        try queue.close()
        // Written without syncs so far: on disk before it replaces anything.
        try synchronize(temporary)
        if manager.fileExists(atPath: database) {
            try foldWriteAheadLog(of: database)
        }
        guard rename(temporary, database) == 0 else {
            throw ImportError.io(
                "cannot move the new database into place at \(database): \(String(cString: strerror(errno)))")
        }
        try? synchronize(directory.isEmpty ? "." : directory)
        return statistics
    }

    /// Whether `path` may be replaced: an SQLite database, or an empty file.
    static func isReplaceableDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }

    /// Checkpoints and removes the write-ahead log of the database about to be replaced, so no
    /// stale `-wal` outlives the rename and is applied to the new file.
    static func foldWriteAheadLog(of database: String) throws {
        guard FileManager.default.fileExists(atPath: database + "-wal") else { return }
        var config = Configuration()
        config.busyMode = .timeout(10)
        let old = try DatabaseQueue(path: database, configuration: config)
        try old.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try old.close()
    }

    /// Flushes a file (or a directory entry) to stable storage.
    static func synchronize(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ImportError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else {
            throw ImportError.io("cannot write \(path) to disk: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a database file and its companions, if present.
    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// The secondary indexes and the full-text insert trigger, set aside during a bulk load and restored
/// from their own SQL in `sqlite_master`, so they come back exactly as the schema defines them.
struct DeferredSchema {
    /// `CREATE INDEX …` statements, in schema order.
    var indexes: [String]
    /// The `CREATE TRIGGER quote_fts_insert …` statement, when the schema has it.
    var ftsTrigger: String?

    /// The trigger that copies each new quote into `quote_fts`.
    static let ftsTriggerName = "quote_fts_insert"

    /// Drops the explicit indexes of `tables` and the full-text insert trigger.
    static func drop(tables: [String], in db: Database) throws -> DeferredSchema {
        let placeholders = Array(repeating: "?", count: tables.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(placeholders))
                ORDER BY rowid
                """,
            arguments: StatementArguments(tables))
        var indexes: [String] = []
        for row in rows {
            let name: String = row["name"]
            indexes.append(row["sql"])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        let trigger = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            arguments: [ftsTriggerName])
        if trigger != nil {
            try db.execute(sql: "DROP TRIGGER \(ftsTriggerName.quotedDatabaseIdentifier)")
        }
        return DeferredSchema(indexes: indexes, ftsTrigger: trigger)
    }

    /// Recreates the indexes, fills `quote_fts` from `quote` in one pass, and recreates the trigger.
    func restore(in db: Database, progress: ((String, Int) -> Void)?) throws {
        progress?("indexes", 0)
        // CREATE INDEX sorts in runs of about the page cache's size: runs that fit the CPU's
        // caches, sorted by helper threads and merged, are several times faster than one big
        // in-memory sort (1M positions: about 3.5 s instead of 8.5 s for the six indexes).
        let helpers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        try db.execute(sql: "PRAGMA threads = \(helpers)")
        try db.execute(sql: "PRAGMA cache_size = -2000")
        for sql in indexes {
            try db.execute(sql: sql)
        }
        try db.execute(sql: "PRAGMA cache_size = \(CSVImporter.loadCacheSize)")
        if let ftsTrigger {
            progress?("full-text index", 0)
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
            try db.execute(sql: ftsTrigger)
        }
    }
}

/// Inserts the rows `CSVLoader` hands over with prepared statements.
private struct SQLiteImportSink: CSVImportSink {
    let actorInsert: BulkInsert
    let issueInsert: BulkInsert
    let sourceInsert: BulkInsert
    let quoteInsert: BulkInsert
    let quoteIssueInsert: BulkInsert
    let positionInsert: BulkInsert
    let affiliationInsert: BulkInsert

    /// Prepares the inserts in `db`, binding once what every row shares (bindings last until replaced).
    init(_ db: Database) throws {
        actorInsert = try BulkInsert(db, sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)")
        issueInsert = try BulkInsert(db, sql: "INSERT INTO issue (id, name) VALUES (?, ?)")
        sourceInsert = try BulkInsert(
            db, sql: "INSERT INTO source (id, title, outlet, date, date_basis) VALUES (?, ?, ?, ?, ?)")
        sourceInsert.bind(5, Graph.Source.DateBasis.given.rawValue)
        quoteInsert = try BulkInsert(
            db, sql: "INSERT INTO quote (id, speaker_id, source_id, text, date) VALUES (?, ?, ?, ?, ?)")
        quoteIssueInsert = try BulkInsert(
            db, sql: "INSERT INTO quote_issue (quote_id, ordinal, issue_id) VALUES (?, ?, ?)")
        positionInsert = try BulkInsert(
            db,
            sql: """
                INSERT INTO position (id, actor_id, issue_id, stance, date, source_id, quote_id,
                    basis, confidence, coder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        quoteIssueInsert.bind(2, 0)
        positionInsert.bind(8, Graph.Position.Basis.stated.rawValue)
        positionInsert.bind(9, Graph.Position.Confidence.high.rawValue)
        positionInsert.bind(10, "import")
        affiliationInsert = try BulkInsert(
            db, sql: "INSERT INTO affiliation (id, actor_id, organization_id, role) VALUES (?, ?, ?, ?)")
    }

    func actor(id: String, name: UnsafeBufferPointer<UInt8>, kind: Graph.Actor.Kind) throws {
        actorInsert.bind(1, id)
        actorInsert.bind(2, utf8: name)
        actorInsert.bind(3, kind.rawValue)
        try actorInsert.insert()
    }

    func issue(id: String, name: UnsafeBufferPointer<UInt8>) throws {
        issueInsert.bind(1, id)
        issueInsert.bind(2, utf8: name)
        try issueInsert.insert()
    }

    func source(
        number: Int, title: UnsafeBufferPointer<UInt8>, outlet: UnsafeBufferPointer<UInt8>?,
        date: UnsafeBufferPointer<UInt8>
    ) throws {
        sourceInsert.bind(1, prefix: UInt8(ascii: "s"), number: number)
        sourceInsert.bind(2, utf8: title)
        if let outlet {
            sourceInsert.bind(3, utf8: outlet)
        } else {
            sourceInsert.bindNull(3)
        }
        sourceInsert.bind(4, utf8: date)
        try sourceInsert.insert()
    }

    func position(
        number: Int, actor: String, issue: String, stance: String, date: UnsafeBufferPointer<UInt8>, source: Int,
        quote: UnsafeBufferPointer<UInt8>?
    ) throws {
        if let quote {
            quoteInsert.bind(1, prefix: UInt8(ascii: "q"), number: number)
            quoteInsert.bind(2, actor)
            quoteInsert.bind(3, prefix: UInt8(ascii: "s"), number: source)
            quoteInsert.bind(4, utf8: quote)
            quoteInsert.bind(5, utf8: date)
            try quoteInsert.insert()
            quoteIssueInsert.bind(1, prefix: UInt8(ascii: "q"), number: number)
            quoteIssueInsert.bind(3, issue)
            try quoteIssueInsert.insert()
            positionInsert.bind(7, prefix: UInt8(ascii: "q"), number: number)
        } else {
            positionInsert.bindNull(7)
        }
        positionInsert.bind(1, prefix: UInt8(ascii: "p"), number: number)
        positionInsert.bind(2, actor)
        positionInsert.bind(3, issue)
        positionInsert.bind(4, stance)
        positionInsert.bind(5, utf8: date)
        positionInsert.bind(6, prefix: UInt8(ascii: "s"), number: source)
        try positionInsert.insert()
    }

    func affiliation(number: Int, actor: String, organization: String, role: UnsafeBufferPointer<UInt8>) throws {
        affiliationInsert.bind(1, prefix: UInt8(ascii: "m"), number: number)
        affiliationInsert.bind(2, actor)
        affiliationInsert.bind(3, organization)
        affiliationInsert.bind(4, utf8: role)
        try affiliationInsert.insert()
    }
}
