import Foundation
import PostgresNIO
import StanceStore

extension PostgresEngine {
    /// The tables an import replaces, parents before children (the order COPY fills them in).
    static let importedTables = [
        "actor", "actor_alias", "issue", "issue_alias", "source", "issue_relation", "affiliation", "quote",
        "quote_issue", "position", "annotation", "name_key", "change_log", "meta",
    ]

    /// Tables an import empties but does not fill: coders' separate codings of the old graph's sources.
    static let clearedTables = ["coding_decision", "coding_unit", "coding_assignment"]

    /// Replaces the graph in this database with the CSV folder `directory` (the layout of `shared/bench/README.md`,
    /// mapped as `CSVImporter` documents), in one transaction: all of it, or nothing and the old graph stays.
    ///
    /// The files are read and checked by the SQLite importer into a temporary file first, so every check and every
    /// `FILE:LINE:COLUMN: error: …` message is the same as for `stance import --csv`; its tables are then streamed
    /// into PostgreSQL with `COPY … FROM STDIN` (text format), a table at a time, and the identity sequences are
    /// moved past the copied `seq` values. `progress` hears the file or table being read and the rows so far.
    ///
    /// - throws: `ImportError` for bad input (nothing is written), `PostgresStatementError` when the server refuses.
    @discardableResult
    public func importCSV(directory: String, progress: ((String, Int) -> Void)? = nil) throws -> Statistics {
        guard mode == .readWrite else {
            throw PostgresStatementError(
                sqlState: "25006", message: "\(location) is open read-only; an import needs a writable store",
                statement: nil)
        }
        let staging = FileManager.default.temporaryDirectory
            .appendingPathComponent("stance-import-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: staging + suffix) }
        }
        try CSVImporter.importFolder(directory, into: staging, progress: progress)
        let source = try Store(path: staging, mode: .readOnly)
        defer { try? source.close() }
        // One import at a time per database: a second one waits for the first to commit, then starts its own
        // transaction, whose snapshot therefore sees the first one's indexes (two imports raced in the bench: the
        // second read index definitions the first had dropped and failed on DROP INDEX <oid>). The lock is the
        // session's, taken in a transaction of its own before the import's, and released after it.
        try write { db in _ = try db.fetchOne(sql: "SELECT CAST(pg_advisory_lock(7338921) AS text)") }
        defer { _ = try? write { db in try db.fetchOne(sql: "SELECT CAST(pg_advisory_unlock(7338921) AS text)") } }
        return try write { db in
            try db.execute(
                sql: "TRUNCATE " + (PostgresEngine.clearedTables + PostgresEngine.importedTables).map { "\"\($0)\"" }.joined(separator: ", ")
                    + " RESTART IDENTITY")
            // Secondary indexes are built once after the copy rather than row by row during it (the SQLite
            // importer does the same); their definitions come from the catalog, so they return exactly as made,
            // and all of it is inside this transaction: a failure leaves the schema as it was.
            let secondary: SQL = """
                SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                WHERE t.relnamespace = current_schema()::regnamespace
                  AND t.relname IN \(SQL.textList(PostgresEngine.importedTables))
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY i.indexrelid
                """
            let indexes = try db.fetchAll(secondary)
            for index in indexes {
                try db.execute(sql: "DROP INDEX \(index["name"] as String)")
            }
            for table in PostgresEngine.importedTables {
                let rows = try source.read { sqlite in try copy(table, from: sqlite) }
                progress?("copied \(table)", rows)
            }
            progress?("indexes", 0)
            for index in indexes {
                try db.execute(sql: index["definition"] as String)
            }
            // The copied rows carry their seq (the recorded order); later inserts number on from there.
            for (table, column) in [("quote", "seq"), ("position", "seq"), ("change_log", "id")] {
                try db.execute(
                    sql: """
                        SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'),
                                      coalesce(max(\(column)), 0) + 1, false) FROM \(table)
                        """)
            }
            // Fresh statistics for the planner, so the first questions after an import get the plans the
            // benchmark measures (autovacuum would take a while to analyse a million new rows).
            for table in PostgresEngine.importedTables { try db.execute(sql: "ANALYZE \"\(table)\"") }
            return try Statistics.read(db)
        }
    }

    /// Streams every row of `table` in the SQLite store into the same table here with COPY; returns the row count.
    private func copy(_ table: String, from sqlite: SQLConnection) throws -> Int {
        // Trusted names: the table comes from `importedTables`, the columns from the schema.
        let cursor = try sqlite.cursor(sql: "SELECT * FROM \"\(table)\"")
        let columns = cursor.columns.names.filter { $0 != "day" }
        let indexes = columns.compactMap { cursor.columns.index(of: $0) }
        let pipe = ChunkPipe()
        let connection = session.connection
        let copying = BlockingTask.start {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: PostgresEngine.logger) { writer in
                    while let chunk = pipe.take() {
                        try await writer.write(chunk)
                    }
                }
                pipe.close()
            } catch {
                pipe.close()
                throw error
            }
        }
        var count = 0
        var buffer = ByteBuffer()
        do {
            while let row = try cursor.next() {
                PostgresEngine.appendCopyRow(indexes.map { row.value(at: $0) }, to: &buffer)
                count += 1
                if buffer.readableBytes >= 1 << 20 {
                    guard pipe.put(buffer) else { break }
                    buffer = ByteBuffer()
                }
            }
            if buffer.readableBytes > 0 { _ = pipe.put(buffer) }
            pipe.finish()
        } catch {
            pipe.finish()
            _ = try? copying.wait()
            throw error
        }
        do {
            try copying.wait()
        } catch {
            throw PostgresStatementError(error, statement: "COPY \(table) FROM STDIN")
        }
        return count
    }

    /// A row in COPY's text format: fields separated by tabs, ended by a newline.
    static func appendCopyRow(_ values: [SQLValue], to buffer: inout ByteBuffer) {
        for (position, value) in values.enumerated() {
            if position > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            appendCopyField(value, to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// `values` as one line of COPY text.
    static func copyLine(_ values: [SQLValue]) -> String {
        var buffer = ByteBuffer()
        appendCopyRow(values, to: &buffer)
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }

    /// One value in COPY's text format: `\N` for NULL; backslash, tab, newline and carriage return escaped.
    static func appendCopyField(_ value: SQLValue, to buffer: inout ByteBuffer) {
        switch value {
        case .null:
            buffer.writeStaticString("\\N")
        case .integer(let integer):
            buffer.writeString(String(integer))
        case .real(let real):
            buffer.writeString(String(real))
        case .text(let text):
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }
}

/// Chunks of COPY data handed from the thread reading SQLite to the task writing to the server, a few at a time.
final class ChunkPipe: @unchecked Sendable {
    // @unchecked: every field is guarded by `condition`.
    private let condition = NSCondition()
    private var chunks: [ByteBuffer] = []
    private var finished = false
    private var closed = false
    static let capacity = 4

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

    /// Waits for the operation to end; rethrows its error.
    func wait() throws {
        done.wait()
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
