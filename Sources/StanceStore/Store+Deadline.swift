import Dispatch
import Foundation

extension Store {
    /// Runs `body` in a read transaction that SQLite interrupts once it has run `seconds`, for servers that must
    /// not let one slow question hold a worker.
    ///
    /// The clock starts when `body` has the connection, and the interrupt can only land while `body` runs, so a
    /// reader waiting behind it, or running after it, is never stopped by its limit.
    ///
    /// - throws: `StoreError.interrupted` when the limit was reached; whatever `body` throws otherwise.
    public func read<T>(deadline seconds: Double, _ body: (SQLConnection) throws -> T) throws -> T {
        let guardian = InterruptGuard()
        do {
            return try engine.read { db in
                guardian.arm()
                let engine = self.engine
                DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                    guardian.fire { engine.interrupt() }
                }
                defer { guardian.disarm() }
                return try body(db)
            }
        } catch let error where engine.isInterruption(error) {
            throw StoreError.interrupted(seconds: seconds)
        }
    }
}

/// Lets a timer interrupt a read only while that read still holds its connection.
private final class InterruptGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var armed = false

    func arm() { lock.withLock { armed = true } }

    func disarm() { lock.withLock { armed = false } }

    func fire(_ interrupt: () -> Void) {
        lock.withLock { if armed { interrupt() } }
    }
}
