/// A query that cannot be answered as written: where, what was found, what would be valid.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { "error: \(message)" }
}
