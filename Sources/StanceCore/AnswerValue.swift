/// A value in an answer row: what JSON can hold, with object keys kept in order.
public indirect enum AnswerValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case bool(Bool)
    case object([(String, AnswerValue)])
    case list([AnswerValue])

    public static func == (lhs: AnswerValue, rhs: AnswerValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.text(let a), .text(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// `.text(value)`, or `.null` when `value` is nil.
    public static func optional(_ value: String?) -> AnswerValue {
        value.map(AnswerValue.text) ?? .null
    }

    /// The value at a key path of nested objects (`["actor", "name"]`), or nil.
    public subscript(path: [String]) -> AnswerValue? {
        var current = self
        for key in path {
            guard case .object(let pairs) = current, let next = pairs.first(where: { $0.0 == key })?.1
            else { return nil }
            current = next
        }
        return current
    }

    /// The value as one line of text for tables and CSV: lists joined with "; ", null empty.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "yes" : "no"
        case .list(let items): return items.map(\.plainText).joined(separator: "; ")
        case .object(let pairs):
            if let name = pairs.first(where: { $0.0 == "name" || $0.0 == "title" })?.1 {
                return name.plainText
            }
            return pairs.map { "\($0.0)=\($0.1.plainText)" }.joined(separator: ", ")
        }
    }
}
