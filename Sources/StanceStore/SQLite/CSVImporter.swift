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
        for name in fileNames {
            let path = (dir as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw ImportError.missingFile(path)
            }
        }
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
                var loader = Loader(dir: dir, db: db, progress: progress)
                try loader.loadActors()
                try loader.loadIssues()
                try loader.loadSources()
                try loader.loadPositions()
                try loader.loadMemberships()
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

/// Reads the five files in order, checking every row, and inserts them with prepared statements.
private struct Loader {
    let dir: String
    let db: Database
    let progress: ((String, Int) -> Void)?

    /// CSV id − 1 → the actor's id (its slug) and kind, and the issue's id, for the later files.
    var actorSlugs: [String] = []
    var actorKinds: [Graph.Actor.Kind] = []
    var issueSlugs: [String] = []
    /// Sources are `s<id>`, so only their number is kept.
    var sourceCount = 0

    /// How often (in rows) `progress` hears about a file.
    static let progressInterval = 16_384

    init(dir: String, db: Database, progress: ((String, Int) -> Void)?) {
        self.dir = dir
        self.db = db
        self.progress = progress
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String {
        (dir as NSString).appendingPathComponent(name)
    }

    /// Opens `name` in the folder and checks its header row.
    func open(_ name: String, header: [String]) throws -> CSVReader {
        let reader = try CSVReader(path: path(name))
        try reader.checkHeader(header)
        return reader
    }

    /// Tells `progress` about `rows` of `file` every `progressInterval` rows, and at the end.
    func report(_ file: String, rows: Int, final: Bool = false) {
        guard let progress, final || rows % Loader.progressInterval == 0 else { return }
        progress(file, rows)
    }

    /// Inserts the actors, keeping their slugs and kinds.
    mutating func loadActors() throws {
        let header = ["id", "slug", "name", "kind"]
        let reader = try open("actors.csv", header: header)
        let insert = try BulkInsert(db, sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)")
        var firstRow: [String: Int] = [:]
        while try reader.next() {
            let row = actorSlugs.count + 1
            try reader.checkShape(header, id: row)
            let slug = try reader.slug(1)
            if let earlier = firstRow.updateValue(row, forKey: slug) {
                throw try reader.invalid(1, "slug '\(slug)' is already actor \(earlier)'s; expected a slug of its own")
            }
            try reader.checkText(2, "name")
            guard let kind = Graph.Actor.Kind(rawValue: try reader.string(3)) else {
                let valid = Graph.Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw try reader.invalid(3, "unknown kind \(reader.quoted(3)); expected one of: \(valid)")
            }
            insert.bind(1, slug)
            insert.bind(2, field: 2, of: reader)
            insert.bind(3, kind.rawValue)
            try insert.insert()
            actorSlugs.append(slug)
            actorKinds.append(kind)
            report("actors.csv", rows: row)
        }
        report("actors.csv", rows: actorSlugs.count, final: true)
    }

    /// Inserts the issues, keeping their slugs.
    mutating func loadIssues() throws {
        let header = ["id", "slug", "name"]
        let reader = try open("issues.csv", header: header)
        let insert = try BulkInsert(db, sql: "INSERT INTO issue (id, name) VALUES (?, ?)")
        var firstRow: [String: Int] = [:]
        while try reader.next() {
            let row = issueSlugs.count + 1
            try reader.checkShape(header, id: row)
            let slug = try reader.slug(1)
            if let earlier = firstRow.updateValue(row, forKey: slug) {
                throw try reader.invalid(1, "slug '\(slug)' is already issue \(earlier)'s; expected a slug of its own")
            }
            try reader.checkText(2, "name")
            insert.bind(1, slug)
            insert.bind(2, field: 2, of: reader)
            try insert.insert()
            issueSlugs.append(slug)
            report("issues.csv", rows: row)
        }
        report("issues.csv", rows: issueSlugs.count, final: true)
    }

    /// Inserts the sources as `s<id>`.
    mutating func loadSources() throws {
        let header = ["id", "title", "outlet", "date"]
        let reader = try open("sources.csv", header: header)
        let insert = try BulkInsert(
            db, sql: "INSERT INTO source (id, title, outlet, date, date_basis) VALUES (?, ?, ?, ?, ?)")
        insert.bind(5, Graph.Source.DateBasis.given.rawValue)
        var dates = Set<Int>()
        while try reader.next() {
            let row = sourceCount + 1
            try reader.checkShape(header, id: row)
            try reader.checkText(1, "title")
            try reader.checkDate(3, known: &dates)
            insert.bind(1, prefix: UInt8(ascii: "s"), number: row)
            insert.bind(2, field: 1, of: reader)
            if reader.isEmpty(2) {
                insert.bindNull(3)
            } else {
                try reader.checkText(2, "outlet")
                insert.bind(3, field: 2, of: reader)
            }
            insert.bind(4, field: 3, of: reader)
            try insert.insert()
            sourceCount = row
            report("sources.csv", rows: row)
        }
        report("sources.csv", rows: sourceCount, final: true)
    }

    /// Inserts positions (and their quotes) in file order, as `PositionReader` reads and checks them
    /// on another thread.
    mutating func loadPositions() throws {
        let quote = try BulkInsert(
            db, sql: "INSERT INTO quote (id, speaker_id, source_id, text, date) VALUES (?, ?, ?, ?, ?)")
        let quoteIssue = try BulkInsert(
            db, sql: "INSERT INTO quote_issue (quote_id, ordinal, issue_id) VALUES (?, ?, ?)")
        let position = try BulkInsert(
            db,
            sql: """
                INSERT INTO position (id, actor_id, issue_id, stance, date, source_id, quote_id,
                    basis, confidence, coder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        // What every row shares is bound once: bindings last until replaced.
        quoteIssue.bind(2, 0)
        position.bind(8, Graph.Position.Basis.stated.rawValue)
        position.bind(9, Graph.Position.Confidence.high.rawValue)
        position.bind(10, "import")
        let stances = PositionReader.stances.map(\.stance.rawValue)
        let reader = PositionReader(
            path: path("positions.csv"), actors: actorSlugs.count, issues: issueSlugs.count, sources: sourceCount)
        defer { reader.cancel() }
        var rows = 0
        while let batch = try reader.next() {
            try batch.dates.withUnsafeBufferPointer { dates in
                try batch.quoteBytes.withUnsafeBufferPointer { quotes in
                    var quoteStart = 0
                    for index in 0..<batch.count {
                        let row = batch.firstRow + index
                        let actor = actorSlugs[Int(batch.actors[index])]
                        let issue = issueSlugs[Int(batch.issues[index])]
                        let source = Int(batch.sources[index])
                        let date = UnsafeBufferPointer(rebasing: dates[(index * 10)..<(index * 10 + 10)])
                        let quoteEnd = batch.quoteEnds[index]
                        if quoteEnd == quoteStart {
                            position.bindNull(7)
                        } else {
                            quote.bind(1, prefix: UInt8(ascii: "q"), number: row)
                            quote.bind(2, actor)
                            quote.bind(3, prefix: UInt8(ascii: "s"), number: source)
                            quote.bind(4, utf8: UnsafeBufferPointer(rebasing: quotes[quoteStart..<quoteEnd]))
                            quote.bind(5, utf8: date)
                            try quote.insert()
                            quoteIssue.bind(1, prefix: UInt8(ascii: "q"), number: row)
                            quoteIssue.bind(3, issue)
                            try quoteIssue.insert()
                            position.bind(7, prefix: UInt8(ascii: "q"), number: row)
                            quoteStart = quoteEnd
                        }
                        position.bind(1, prefix: UInt8(ascii: "p"), number: row)
                        position.bind(2, actor)
                        position.bind(3, issue)
                        position.bind(4, stances[Int(batch.stances[index])])
                        position.bind(5, utf8: date)
                        position.bind(6, prefix: UInt8(ascii: "s"), number: source)
                        try position.insert()
                        report("positions.csv", rows: row)
                    }
                }
            }
            rows = batch.firstRow + batch.count - 1
        }
        report("positions.csv", rows: rows, final: true)
    }

    /// Inserts each membership as affiliation `m<row>`.
    mutating func loadMemberships() throws {
        let header = ["person_id", "org_id", "role"]
        let reader = try open("memberships.csv", header: header)
        let insert = try BulkInsert(
            db, sql: "INSERT INTO affiliation (id, actor_id, organization_id, role) VALUES (?, ?, ?, ?)")
        var row = 0
        while try reader.next() {
            row += 1
            try reader.checkShape(header, id: nil)
            let person = try reader.reference(0, "person_id", count: actorSlugs.count, file: "actors.csv")
            let organization = try reader.reference(1, "org_id", count: actorSlugs.count, file: "actors.csv")
            if actorKinds[organization] == .person {
                throw try reader.invalid(
                    1, "org_id \(organization + 1) is a person ('\(actorSlugs[organization])'); "
                        + "expected an organization, government or group")
            }
            if person == organization {
                throw try reader.invalid(1, "org_id \(organization + 1) is the person itself; expected another actor")
            }
            try reader.checkText(2, "role")
            insert.bind(1, prefix: UInt8(ascii: "m"), number: row)
            insert.bind(2, actorSlugs[person])
            insert.bind(3, actorSlugs[organization])
            insert.bind(4, field: 2, of: reader)
            try insert.insert()
            report("memberships.csv", rows: row)
        }
        report("memberships.csv", rows: row, final: true)
    }
}
