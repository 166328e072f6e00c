/// The formats an answer can be rendered in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a person at a terminal.
    case table
    /// One pretty-printed JSON object holding every row.
    case json
    /// RFC 4180 comma-separated values with every column.
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown
}
