import StanceCore

/// What can go wrong importing a folder of CSV files with `CSVImporter`.
public enum ImportError: Error, Sendable, CustomStringConvertible {
    /// A row (or the header) is malformed or breaks the format: where, and what was wrong.
    ///
    /// The location's column is a 1-based character column, pointing at the first character of
    /// the offending field.
    case invalid(FileLocation, String)
    /// One of the five CSV files is not in the folder.
    case missingFile(String)
    /// The target exists but is not an SQLite database, so it is not replaced.
    case notADatabase(String)
    /// A file could not be read, written or moved.
    case io(String)

    /// The message for standard error: `FILE:LINE:COLUMN: error: what was found; what would be valid`.
    public var description: String {
        switch self {
        case .invalid(let location, let message):
            return "\(location): error: \(message)"
        case .missingFile(let path):
            return "error: no file \(path); an import folder holds actors.csv, issues.csv, sources.csv, "
                + "positions.csv and memberships.csv"
        case .notADatabase(let path):
            return "error: \(path) exists and is not an SQLite database; it was not replaced "
                + "(name a new file or a Stance database with --db)"
        case .io(let message):
            return "error: \(message)"
        }
    }
}
