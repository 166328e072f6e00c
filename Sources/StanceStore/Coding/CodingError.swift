/// What is wrong with a request about coders' separate codings (exit status 2).
public enum CodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownSource(String, suggestion: String?)
    case notAssigned(source: String, coder: String, assigned: [String])
    case alreadyCoded(source: String, coder: String, units: Int)
    case noArticleText(source: String)
    /// A unit whose text is not in the article; `line` is its line in the coder's file.
    case textNotFound(line: Int, text: String)
    case invalidValue(line: Int, field: String, value: String, valid: [String])
    case unknownUnit(Int)
    /// A unit accepted into the graph with values its coder left open.
    case incomplete(unit: Int, fields: [String])
    case emptyCoderName

    public var description: String {
        switch self {
        case .unknownSource(let id, let suggestion):
            return "error: unknown source '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .notAssigned(let source, let coder, let assigned):
            let list = assigned.isEmpty ? "no coder is assigned" : "assigned: " + assigned.joined(separator: ", ")
            return "error: coder '\(coder)' is not assigned to \(source) (\(list)); run "
                + "`stance assign \(source) --coders \(coder)` first"
        case .alreadyCoded(let source, let coder, let units):
            return "error: \(coder) already has \(units) unit\(units == 1 ? "" : "s") for \(source); "
                + "give --replace to replace them"
        case .noArticleText(let source):
            return "error: source \(source) has no article text, so units cannot be placed by their span"
        case .textNotFound(let line, let text):
            return "error: line \(line): the text is not in the article (verbatim, up to white space and quote "
                + "marks): \"\(text.prefix(80))\""
        case .invalidValue(let line, let field, let value, let valid):
            return "error: line \(line): \(field) '\(value)' is not valid; expected one of "
                + valid.joined(separator: ", ") + " (or empty for a value left open)"
        case .unknownUnit(let id):
            return "error: no coding unit #\(id); `stance adjudicate SOURCE` lists them"
        case .incomplete(let unit, let fields):
            return "error: unit #\(unit) leaves \(fields.joined(separator: ", ")) open, so it cannot become a "
                + "position; accept another coder's unit, or add the position with `stance add position`"
        case .emptyCoderName:
            return "error: a coder name may not be empty"
        }
    }
}
