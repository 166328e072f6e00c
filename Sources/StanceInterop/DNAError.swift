/// What can go wrong reading a DNA project or writing one: where (the DNA table and row id), and what
/// would be valid.
public enum DNAError: Error, Sendable, CustomStringConvertible {
    /// The file is not a DNA project DNA 2 or 3 wrote (not SQLite, DNA 1 XML, no SETTINGS version).
    case notDNA(path: String, String)
    /// A row breaks what the import needs.
    case invalidRow(table: String, id: Int, String)
    /// The project lacks something the import needs (a statement type, a variable).
    case missing(String)
    /// A file could not be read, written or moved.
    case io(String)

    public var description: String {
        switch self {
        case .notDNA(let path, let message):
            return "error: \(path): \(message)"
        case .invalidRow(let table, let id, let message):
            return "error: \(table) row \(id): \(message)"
        case .missing(let message):
            return "error: \(message)"
        case .io(let message):
            return "error: \(message)"
        }
    }
}
