/// Why a write was refused; nothing was written.
public enum EditError: Error, Sendable, CustomStringConvertible {
    /// The values given are not valid: each problem, with the field it concerns.
    case invalid([String])
    /// No coder: every change must be attributed.
    case noCoder
    /// The target names nothing, or several things.
    case target(String)
    /// Something refers to the target; removing it would leave dangling references.
    case referenced(target: String, by: [String])
    /// Later changes touch what an undo would restore.
    case blocked(change: Int, by: [String])
    /// The change log holds no such change, or nothing to undo.
    case noChange(String)
    /// The entity changed since the writer read it: nothing was written, so nobody's work is lost.
    case conflict(target: String, expected: Int, current: Int, by: String, stored: String)
    /// An undo of another coder's change without `--any`.
    case notYours(change: Int, coder: String)

    public var description: String {
        switch self {
        case .invalid(let problems):
            return problems.map { "error: \($0)" }.joined(separator: "\n") + "\nnothing was written"
        case .noCoder:
            return "error: every change needs a coder: give --by NAME or set STANCE_CODER"
        case .target(let message):
            return "error: \(message)"
        case .referenced(let target, let by):
            return "error: \(target) is still referred to by:\n" + by.map { "  \($0)" }.joined(separator: "\n")
                + "\nremove those first, or give --cascade to see what would go with it"
        case .blocked(let change, let by):
            return "error: change #\(change) cannot be undone while later changes depend on it:\n"
                + by.map { "  \($0)" }.joined(separator: "\n") + "\nundo those first (newest first)"
        case .noChange(let message):
            return "error: \(message)"
        case .conflict(let target, let expected, let current, let by, let stored):
            return "error: \(target) changed since you read it (you read version \(expected); it is now version "
                + "\(current), change \(by)); nothing was written.\nstored now: \(stored)\n"
                + "read it again (stance history \(target)) and redo your edit on the stored version"
        case .notYours(let change, let coder):
            return "error: change #\(change) was made by \(coder); undo takes back your own changes "
                + "(an admin can give --any)"
        }
    }
}
