import StanceCore

/// One problem found in `graph-data/`, with where it is.
public struct GraphDataDiagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: FileLocation
    public var message: String

    public init(_ location: FileLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `graph-data/actors.yaml:14:9: error: …`, the form editors and CI understand.
    public var description: String { "\(location): error: \(message)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// What can go wrong reading, validating or writing `graph-data/`.
public enum GraphDataError: Error, Sendable, CustomStringConvertible {
    /// The folder holds errors; nothing was written.
    case invalid([GraphDataDiagnostic])
    /// No `graph-data/` folder where one was expected.
    case folderNotFound(String)
    /// The database holds changes (or coders' codings) that `graph-data/` does not have.
    case unexportedEdits(database: String, count: Int)
    /// A file could not be read or written.
    case io(String)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            let lines = diagnostics.map(\.description)
            let count = diagnostics.count
            return (lines + ["\(count) error\(count == 1 ? "" : "s"); nothing was written"])
                .joined(separator: "\n")
        case .folderNotFound(let path):
            return "no graph-data folder at \(path) (it needs actors.yaml, issues.yaml, "
                + "affiliations.yaml, annotations.yaml, sources/ and articles/)"
        case .unexportedEdits(let database, let count):
            return "\(database) holds \(count) change\(count == 1 ? "" : "s") or coding\(count == 1 ? "" : "s") made through Stance that "
                + "graph-data/ does not have; run `stance export` first to keep them, "
                + "or `stance build --force` to discard them"
        case .io(let message):
            return message
        }
    }
}
