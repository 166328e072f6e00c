import StanceCore

/// A query that cannot be answered as written: where, what was found, what would be valid.
///
/// Its description echoes the query with a caret under the offending words:
/// ```
/// error: unknown issue 'withdrawl'; did you mean 'withdrawal'?
///  --> query:1:13
///   | who opposes withdrawl
///   |             ^^^^^^^^^
/// ```
public struct QueryError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, with what would be valid and a suggestion where there is one.
    public var message: String
    /// Where in the query (code points); nil for errors about the whole query.
    public var range: TextRange?
    /// The query as typed.
    public var query: String
    /// What the parser would have accepted at this point (for completion and messages).
    public var expected: [String]
    /// Complete queries that parse, built from what was understood, best first (`did you mean: …`).
    public var suggestions: [String] = []
    /// Text that could replace the offending range (a nearest name or keyword), best first.
    var replacements: [String] = []

    public init(_ message: String, at range: TextRange?, in query: String, expected: [String] = []) {
        self.message = message
        self.range = range
        self.query = query
        self.expected = expected
    }

    /// The 1-based column where the problem starts.
    public var column: Int { (range?.start ?? 0) + 1 }

    public var description: String {
        var lines = ["error: \(message)"]
        guard let range else { return (lines + suggestionLines).joined(separator: "\n") }
        let shown = QueryError.printable(query)
        lines.append(" --> query:1:\(column)")
        lines.append("  | " + shown.text)
        let startColumn = shown.displayColumn(range.start)
        let endColumn = max(startColumn + 1, shown.displayColumn(range.end))
        lines.append(
            "  | " + String(repeating: " ", count: startColumn)
                + String(repeating: "^", count: endColumn - startColumn))
        return (lines + suggestionLines).joined(separator: "\n")
    }

    /// `did you mean: QUERY` lines, one per suggestion.
    var suggestionLines: [String] {
        suggestions.map { "did you mean: \($0)" }
    }

    /// The query with control characters made visible, and a map from code-point offsets to
    /// display columns in that text.
    struct Printable {
        var text: String
        var columns: [Int]

        func displayColumn(_ offset: Int) -> Int {
            guard !columns.isEmpty else { return 0 }
            return columns[min(max(offset, 0), columns.count - 1)]
        }
    }

    static func printable(_ query: String) -> Printable {
        var text = ""
        var columns: [Int] = []
        var column = 0
        // Very long queries are shown in full up to a limit; the caret still lines up.
        for scalar in query.unicodeScalars.prefix(2_000) {
            columns.append(column)
            let shown: String
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                shown = "\u{FFFD}"
            } else {
                shown = String(scalar)
            }
            text += shown
            column += 1
        }
        columns.append(column)
        return Printable(text: text, columns: columns)
    }
}
