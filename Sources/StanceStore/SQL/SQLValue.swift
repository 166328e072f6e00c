/// A value as every supported engine stores it: the four types Stance uses.
///
/// Values reach SQL only as bound arguments, never as text spliced into a statement.
public enum SQLValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The text, if this is text.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The integer, if this is an integer.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// Whether this is NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension SQLValue: CustomStringConvertible {
    /// The value as `--explain` prints an argument: text quoted, NULL as NULL.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let text): return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}

/// A Swift value that can be bound as an SQL argument.
public protocol SQLBindable {
    /// The value to bind.
    var sqlValue: SQLValue { get }
}

/// A Swift value that can be read from a result column.
public protocol SQLDecodable {
    /// The Swift value for a column value; nil when it has another type or is NULL.
    static func decode(_ value: SQLValue) -> Self?
}

extension String: SQLBindable, SQLDecodable {
    public var sqlValue: SQLValue { .text(self) }
    public static func decode(_ value: SQLValue) -> String? {
        switch value {
        case .text(let text): return text
        case .integer(let int): return String(int)
        case .real(let double): return String(double)
        case .null: return nil
        }
    }
}

extension Substring: SQLBindable {
    public var sqlValue: SQLValue { .text(String(self)) }
}

extension Int: SQLBindable, SQLDecodable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public static func decode(_ value: SQLValue) -> Int? {
        switch value {
        case .integer(let int): return Int(exactly: int)
        case .real(let double): return Int(exactly: double)
        case .text(let text): return Int(text)
        case .null: return nil
        }
    }
}

extension Int64: SQLBindable, SQLDecodable {
    public var sqlValue: SQLValue { .integer(self) }
    public static func decode(_ value: SQLValue) -> Int64? {
        Int.decode(value).map(Int64.init)
    }
}

extension Int32: SQLBindable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLBindable, SQLDecodable {
    public var sqlValue: SQLValue { .real(self) }
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case .real(let double): return double
        case .integer(let int): return Double(int)
        case .text(let text): return Double(text)
        case .null: return nil
        }
    }
}

extension Bool: SQLBindable, SQLDecodable {
    /// Booleans are stored as 0 and 1 on every engine, so one statement reads the same everywhere.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public static func decode(_ value: SQLValue) -> Bool? {
        switch value {
        case .integer(let int): return int != 0
        case .real(let double): return double != 0
        case .text(let text): return text == "t" || text == "true" || text == "1"
        case .null: return nil
        }
    }
}

extension SQLValue: SQLBindable, SQLDecodable {
    public var sqlValue: SQLValue { self }
    public static func decode(_ value: SQLValue) -> SQLValue? { value }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// The arguments of a statement, written as an array literal of bindable values (`[id, name, nil]`).
public struct SQLArguments: ExpressibleByArrayLiteral, Sendable, Equatable, CustomStringConvertible {
    /// The values, in placeholder order.
    public var values: [SQLValue]

    public init(_ values: [SQLValue] = []) {
        self.values = values
    }

    public init(_ values: [(any SQLBindable)?]) {
        self.values = values.map { $0?.sqlValue ?? .null }
    }

    public init(arrayLiteral elements: (any SQLBindable)?...) {
        self.init(elements)
    }

    public var description: String {
        "[" + values.map(\.description).joined(separator: ", ") + "]"
    }
}
