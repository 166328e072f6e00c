import Foundation
import StanceCore

/// Rows of `positions.csv`, already checked, handed from the reading thread to the inserting one.
struct PositionBatch: Sendable {
    /// The CSV id of the first row (the others follow it).
    var firstRow: Int
    /// Per row: the 0-based actor and issue, the stance's index in `PositionReader.stances`, and the
    /// source's CSV id.
    var actors: [Int32] = []
    var issues: [Int32] = []
    var stances: [UInt8] = []
    var sources: [Int32] = []
    /// Per row, 10 bytes: the date.
    var dates: [UInt8] = []
    /// Per row, where its quote ends in `quoteBytes` (an empty quote ends where the last one did).
    var quoteEnds: [Int] = []
    var quoteBytes: [UInt8] = []

    /// The number of rows.
    var count: Int { actors.count }
}

/// Reads and checks `positions.csv` on a thread of its own, so that parsing and SQLite's inserts
/// each get one of the machine's cores.
///
/// The reader stops at the first bad row; the error reaches the consumer in `next()`.
final class PositionReader: @unchecked Sendable {
    /// The four stances, in the order batches number them.
    static let stances: [(text: StaticString, stance: Graph.Stance)] = [
        ("supports", .supports), ("opposes", .opposes), ("neutral", .neutral), ("mixed", .mixed),
    ]
    /// The header row of `positions.csv`.
    static let header = ["id", "actor_id", "issue_id", "stance", "date", "source_id", "quote"]
    /// Rows per batch, and batches read ahead.
    static let batchSize = 4096
    static let capacity = 4

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [PositionBatch] = []
    private var failure: (any Error)?
    private var finished = false
    private var cancelled = false
    private var running = true

    /// Starts reading `path` (header included) on a new thread, checking that references fall
    /// within the given counts of actors, issues and sources.
    init(path: String, actors: Int, issues: Int, sources: Int) {
        let thread = Thread { [self] in
            do {
                let reader = try CSVReader(path: path)
                try reader.checkHeader(PositionReader.header)
                try self.read(reader, actors: actors, issues: issues, sources: sources)
                self.finish(nil)
            } catch {
                self.finish(error)
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next batch; nil after the last.
    ///
    /// - throws: The reader's error (`ImportError.invalid` for a bad row), once it is reached.
    func next() throws -> PositionBatch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished && failure == nil {
            condition.wait()
        }
        if let failure { throw failure }
        if ready.isEmpty { return nil }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the reading thread and waits for it to end (call when giving up early).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running {
            condition.wait()
        }
        condition.unlock()
    }

    /// Waits for room, then queues `batch`; false when the consumer gave up.
    private func send(_ batch: PositionBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= PositionReader.capacity && !cancelled {
            condition.wait()
        }
        guard !cancelled else { return false }
        ready.append(batch)
        condition.broadcast()
        return true
    }

    private func finish(_ error: (any Error)?) {
        condition.lock()
        failure = error
        finished = true
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Reads every row into batches, checking each.
    private func read(_ reader: CSVReader, actors: Int, issues: Int, sources: Int) throws {
        let header = PositionReader.header
        var dates = Set<Int>()
        var batch = PositionBatch(firstRow: 1)
        var row = 0
        while try reader.next() {
            row += 1
            try reader.checkShape(header, id: row)
            let actor = try reader.reference(1, "actor_id", count: actors, file: "actors.csv")
            let issue = try reader.reference(2, "issue_id", count: issues, file: "issues.csv")
            guard let stance = PositionReader.stances.firstIndex(where: { reader.equals(3, $0.text) }) else {
                throw try reader.invalid(
                    3, "unknown stance \(reader.quoted(3)); expected one of: supports, opposes, neutral, mixed")
            }
            try reader.checkDate(4, known: &dates)
            let source = try reader.reference(5, "source_id", count: sources, file: "sources.csv") + 1
            if !reader.isEmpty(6) {
                try reader.checkText(6, "quote")
                reader.withField(6) { batch.quoteBytes.append(contentsOf: $0) }
            }
            batch.actors.append(Int32(actor))
            batch.issues.append(Int32(issue))
            batch.stances.append(UInt8(stance))
            batch.sources.append(Int32(source))
            reader.withField(4) { batch.dates.append(contentsOf: $0) }
            batch.quoteEnds.append(batch.quoteBytes.count)
            if batch.count == PositionReader.batchSize {
                guard send(batch) else { return }
                batch = PositionBatch(firstRow: row + 1)
            }
        }
        if batch.count > 0 { _ = send(batch) }
    }
}
