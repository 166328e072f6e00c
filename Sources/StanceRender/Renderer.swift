import StanceCore

/// Turns an `Answer` into text in one output format.
public struct Renderer: Sendable {
    /// The format `render(_:)` produces.
    public var format: OutputFormat
    /// Whether table and Markdown output include evidence columns (JSON and CSV always do).
    public var showEvidence: Bool
    /// Whether table output may use ANSI colour and bold.
    public var color: Bool
    /// The terminal width a table must fit in, or nil for no limit.
    public var width: Int?

    /// Creates a renderer; by default a plain table without evidence or a width limit.
    public init(format: OutputFormat = .table, showEvidence: Bool = false, color: Bool = false, width: Int? = nil) {
        self.format = format
        self.showEvidence = showEvidence
        self.color = color
        self.width = width
    }

    /// Renders the answer's rows (not its explanation) as text ending with a newline.
    public func render(_ answer: Answer) -> String {
        switch format {
        case .json:
            return JSONWriter.render(answer)
        case .csv:
            return CSVWriter.render(answer)
        case .markdown:
            return MarkdownWriter(showEvidence: showEvidence).render(answer)
        case .table:
            let limit = width.flatMap { $0 > 0 ? $0 : nil }
            return TableWriter(showEvidence: showEvidence, color: color, width: limit).render(answer)
        }
    }

    /// Returns the answer's explanation lines joined with newlines, with control characters made harmless.
    public func renderExplanation(_ answer: Answer) -> String {
        answer.explanation
            .map { ControlCharacters.clean($0, lineBreaks: .keep, tabs: .keep, bidi: .remove) }
            .joined(separator: "\n")
    }

    /// Whether styled (coloured) output suits a stream: a terminal, `NO_COLOR` unset or empty, and `TERM` not `dumb`.
    public static func terminalStyle(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

extension Renderer {
    /// One value as pretty-printed JSON, written exactly as `--format json` writes the values of an answer.
    public static func json(_ value: AnswerValue) -> String {
        JSONWriter.render(value)
    }
}
