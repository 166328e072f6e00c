import Foundation
import PostgresNIO
import StanceStore

extension PostgresEngine {
    /// The tables an import replaces, parents before children.
    static let importedTables = [
        "actor", "actor_alias", "issue", "issue_alias", "source", "issue_relation", "affiliation", "quote",
        "quote_issue", "position", "annotation", "name_key", "change_log", "meta",
    ]

    /// Tables an import empties but does not fill: coders' separate codings of the old graph's sources, and the old
    /// issues' terms (the CSV layout has none).
    static let clearedTables = ["coding_decision", "coding_unit", "coding_assignment", "issue_term"]

    /// The memory each index build of an import may use for sorting (the server's default is 64 MB): a 1M-position
    /// import's largest index then sorts in memory, and the full-text index collects its entries in fewer passes.
    static let importMaintenanceMemory = "256MB"

    /// Replaces the graph in this database with the CSV folder `directory` (the layout of `shared/bench/README.md`,
    /// mapped as `CSVImporter` documents), in one transaction: all of it, or nothing and the old graph stays.
    ///
    /// The files are read and checked once, by `CSVLoader` (the SQLite importer's reader and checks, so every
    /// `FILE:LINE:COLUMN: error: …` message is the same as for `stance import --csv`), and each row is encoded
    /// straight into a `COPY … FROM STDIN` stream (`PostgresCopySink`). Keys, unique constraints, foreign keys and
    /// secondary indexes are set aside during the copy and made again after it, from the catalog's own definitions,
    /// inside the same transaction: a key or an index is built once by a sort instead of row by row, and a foreign
    /// key is checked by one join instead of a probe per row. The identity sequences are then moved past the copied
    /// `seq` values and the tables analysed. `progress` hears the file being read (and the rows so far) or the step.
    ///
    /// - throws: `ImportError` for bad input (nothing is written), `PostgresStatementError` when the server refuses.
    @discardableResult
    public func importCSV(directory: String, progress: ((String, Int) -> Void)? = nil) throws -> Statistics {
        guard mode == .readWrite else {
            throw PostgresStatementError(
                sqlState: "25006", message: "\(location) is open read-only; an import needs a writable store",
                statement: nil)
        }
        try CSVLoader<PostgresCopySink>.checkFiles(in: directory)
        // One import at a time per database: a second one waits for the first to commit, then starts its own
        // transaction, whose snapshot therefore sees the first one's indexes (two imports raced in the bench: the
        // second read index definitions the first had dropped and failed on DROP INDEX <oid>). The lock is the
        // session's, taken in a transaction of its own before the import's, and released after it.
        try write { db in _ = try db.fetchOne(sql: "SELECT CAST(pg_advisory_lock(7338921) AS text)") }
        defer { _ = try? write { db in try db.fetchOne(sql: "SELECT CAST(pg_advisory_unlock(7338921) AS text)") } }
        return try write { db in
            try db.execute(sql: "SET LOCAL maintenance_work_mem = '\(PostgresEngine.importMaintenanceMemory)'")
            try db.execute(
                sql: "TRUNCATE " + (PostgresEngine.clearedTables + PostgresEngine.importedTables).map { "\"\($0)\"" }.joined(separator: ", ")
                    + " RESTART IDENTITY")
            let deferred = try DeferredConstraints.drop(in: db)
            let sink = PostgresCopySink(connection: session.connection)
            var loader = CSVLoader(dir: directory, sink: sink, progress: progress)
            do {
                try loader.load()
                try sink.finish(progress: progress)
            } catch {
                // Out of COPY mode before the transaction is rolled back.
                sink.abort()
                throw error
            }
            try deferred.restore(in: db, progress: progress)
            // The copied rows carry their seq (the recorded order); later inserts number on from there.
            for (table, column) in [("quote", "seq"), ("position", "seq"), ("change_log", "id")] {
                try db.execute(
                    sql: """
                        SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'),
                                      coalesce(max(\(column)), 0) + 1, false) FROM \(table)
                        """)
            }
            try Meta.set(Meta.exportedThrough, to: "0", in: db)
            // Fresh statistics for the planner, so the first questions after an import get the plans the
            // benchmark measures (autovacuum would take a while to analyse a million new rows).
            progress?("statistics", 0)
            for table in PostgresEngine.importedTables { try db.execute(sql: "ANALYZE \"\(table)\"") }
            return try Statistics.read(db)
        }
    }

    /// `values` as one line of COPY text.
    static func copyLine(_ values: [SQLValue]) -> String {
        var encoder = CopyEncoder()
        for value in values { encoder.field(value) }
        encoder.endRow()
        return String(decoding: encoder.bytes, as: UTF8.self)
    }
}

/// The keys, unique constraints, foreign keys and secondary indexes of the imported tables, set aside for the copy
/// and made again after it from the catalog's own definitions, so they come back exactly as the schema made them.
struct DeferredConstraints {
    /// (table, constraint name, definition) of primary keys and unique constraints, then of foreign keys.
    var keys: [(table: String, name: String, definition: String)]
    var foreignKeys: [(table: String, name: String, definition: String)]
    /// `CREATE INDEX …` statements of the indexes that back no constraint.
    var indexes: [String]

    /// Drops the foreign keys that reference or belong to an imported (or cleared) table, then the keys and unique
    /// constraints of the imported tables, then their other indexes.
    static func drop(in db: SQLConnection) throws -> DeferredConstraints {
        let tables = PostgresEngine.importedTables
        let constraints: SQL = """
            SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition,
                   CAST(c.contype AS text) AS type
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            LEFT JOIN pg_class r ON r.oid = c.confrelid
            WHERE c.connamespace = current_schema()::regnamespace
              AND ((c.contype IN ('p', 'u') AND t.relname IN \(SQL.textList(tables)))
                OR (c.contype = 'f' AND (t.relname IN \(SQL.textList(tables + PostgresEngine.clearedTables))
                                         OR r.relname IN \(SQL.textList(tables)))))
            ORDER BY c.oid
            """
        var deferred = DeferredConstraints(keys: [], foreignKeys: [], indexes: [])
        for row in try db.fetchAll(constraints) {
            let constraint = (table: row["table"] as String, name: row["name"] as String,
                              definition: row["definition"] as String)
            if row["type"] as String == "f" {
                deferred.foreignKeys.append(constraint)
            } else {
                deferred.keys.append(constraint)
            }
        }
        let secondary: SQL = """
            SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relnamespace = current_schema()::regnamespace
              AND t.relname IN \(SQL.textList(tables))
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY i.indexrelid
            """
        let indexes = try db.fetchAll(secondary)
        // Catalog names, quoted: trusted identifiers, not user input.
        for constraint in deferred.foreignKeys + deferred.keys {
            try db.execute(sql: "ALTER TABLE \(quoted(constraint.table)) DROP CONSTRAINT \(quoted(constraint.name))")
        }
        for index in indexes {
            try db.execute(sql: "DROP INDEX \(index["name"] as String)")
            deferred.indexes.append(index["definition"])
        }
        return deferred
    }

    /// Makes the keys, the indexes and the foreign keys again (each key and index by one sort, each foreign key
    /// checked by one join); fails, and so rolls the import back, if the copied rows break one.
    func restore(in db: SQLConnection, progress: ((String, Int) -> Void)?) throws {
        progress?("keys", 0)
        for key in keys {
            try db.execute(sql: "ALTER TABLE \(Self.quoted(key.table)) ADD CONSTRAINT \(Self.quoted(key.name)) \(key.definition)")
        }
        progress?("indexes", 0)
        for index in indexes {
            try db.execute(sql: index)
        }
        progress?("foreign keys", 0)
        for key in foreignKeys {
            try db.execute(sql: "ALTER TABLE \(Self.quoted(key.table)) ADD CONSTRAINT \(Self.quoted(key.name)) \(key.definition)")
        }
    }

    /// An identifier in double quotes.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Chunks of COPY data handed from the thread encoding rows to the task writing to the server, a few at a time.
final class ChunkPipe: @unchecked Sendable {
    // @unchecked: every field is guarded by `condition`.
    private let condition = NSCondition()
    private var chunks: [ByteBuffer] = []
    private var finished = false
    private var closed = false
    private var abandoned = false
    static let capacity = 4

    /// Whether the writer gave up (`abandon()`): the copy must fail, not end.
    var isAbandoned: Bool {
        condition.lock()
        defer { condition.unlock() }
        return abandoned
    }

    /// Queues a chunk, waiting while the pipe is full; false when the reader has stopped (the copy failed).
    func put(_ chunk: ByteBuffer) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= ChunkPipe.capacity && !closed { condition.wait() }
        guard !closed else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// No more chunks will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// No more chunks will come, and those sent must not be kept: the reader ends the copy with a failure.
    func abandon() {
        condition.lock()
        abandoned = true
        finished = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The reader has stopped: writers are released.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for one; nil when the writer has finished and all are taken.
    func take() -> ByteBuffer? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }
}

/// Runs an async operation on a thread of its own and lets a synchronous caller wait for it.
///
/// The operation's tasks run on a private dispatch queue (a task executor), never on Swift's shared cooperative
/// pool, so waiting for them from any thread, a test's included, cannot starve them.
final class BlockingTask: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read only after.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Void, any Error> = .success(())

    static func start(_ operation: @escaping @Sendable () async throws -> Void) -> BlockingTask {
        let task = BlockingTask()
        Task(executorPreference: QueueExecutor()) {
            do {
                try await operation()
            } catch {
                task.result = .failure(error)
            }
            task.done.signal()
        }
        return task
    }

    /// Waits for the operation to end; rethrows its error. Any number of calls may wait.
    func wait() throws {
        done.wait()
        done.signal()
        try result.get()
    }
}

/// A task executor running jobs on a serial dispatch queue of its own (one per `BlockingTask`, as a job may block it).
final class QueueExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "stance.postgres.copy")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
