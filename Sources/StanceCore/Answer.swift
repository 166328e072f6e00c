/// The answer to a query: its rows, and how to show them as columns.
///
/// Every renderer (table, JSON, CSV, Markdown) works from this one value, so `stance query` and
/// the REPL show the same answer the same way.
public struct Answer: Sendable, Equatable {
    /// What sort of question was answered (`who`, `quotes`, `count`, …), for JSON consumers.
    public var shape: Shape
    /// The rows; each is an `.object` whose keys are stable across formats.
    public var rows: [AnswerValue]
    /// The columns a table, CSV or Markdown shows, in order.
    public var columns: [Column]
    /// Lines of explanation for a person (`--explain`): the SQL and its query plan.
    public var explanation: [String]
    /// Extra top-level facts for JSON (`count` for a count query).
    public var extra: [(String, AnswerValue)]

    public init(
        shape: Shape, rows: [AnswerValue], columns: [Column], explanation: [String] = [],
        extra: [(String, AnswerValue)] = []
    ) {
        self.shape = shape
        self.rows = rows
        self.columns = columns
        self.explanation = explanation
        self.extra = extra
    }

    public static func == (lhs: Answer, rhs: Answer) -> Bool {
        lhs.shape == rhs.shape && lhs.rows == rhs.rows && lhs.columns == rhs.columns
            && lhs.explanation == rhs.explanation && AnswerValue.object(lhs.extra) == AnswerValue.object(rhs.extra)
    }

    /// One column of a tabular rendering: a title and the key path of its value in each row.
    public struct Column: Sendable, Equatable {
        public var title: String
        public var path: [String]
        /// Evidence columns (quote, source, basis) show in a table only when asked for.
        public var isEvidence: Bool
        /// The column holding matched text, highlighted on a terminal (`quotes matching`).
        public var highlight: String?

        public init(_ title: String, _ path: [String], isEvidence: Bool = false, highlight: String? = nil) {
            self.title = title
            self.path = path
            self.isEvidence = isEvidence
            self.highlight = highlight
        }
    }
}
