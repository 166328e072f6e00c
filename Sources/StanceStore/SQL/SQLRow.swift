/// The column names of one statement's result and their indexes, made once per statement.
public final class SQLColumns: Sendable {
    /// The names, in result order.
    public let names: [String]
    private let index: [String: Int]

    public init(_ names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        // The leftmost of two equal names wins, and names match without regard to case, as in SQL.
        for (i, name) in names.enumerated() where index[name.lowercased()] == nil {
            index[name.lowercased()] = i
        }
        self.index = index
    }

    /// The index of column `name`, nil when the result has no such column.
    public func index(of name: String) -> Int? {
        if let found = index[name] { return found }
        // Names written in code are lower case; only another spelling pays for lower-casing.
        return name.contains(where: \.isUppercase) ? index[name.lowercased()] : nil
    }
}

/// Where a row's values come from: the engine's current row while a cursor stands on it.
public protocol SQLRowSource: AnyObject {
    /// The value in column `index` (0-based) of the current row.
    func value(at index: Int) -> SQLValue
    /// The text in column `index`, nil when NULL; numbers as their decimal text. (A fast path: answers decode
    /// most columns as text.)
    func text(at index: Int) -> String?
    /// The integer in column `index`, nil when NULL or not a number. (A fast path for folds over many rows.)
    func integer(at index: Int) -> Int?
}

extension SQLRowSource {
    public func text(at index: Int) -> String? { String.decode(value(at: index)) }
    public func integer(at index: Int) -> Int? { Int.decode(value(at: index)) }
}

/// One result row, read by column index or name.
///
/// A row from a cursor reads the engine's current row and is valid until the cursor moves; `copy()` (and
/// every `fetchAll`) keeps the values.
public struct SQLRow {
    enum Storage {
        case live(any SQLRowSource)
        case values([SQLValue])
    }

    let storage: Storage
    /// The result's columns.
    public let columns: SQLColumns

    /// A row read through `source` while it stands on it.
    public init(source: any SQLRowSource, columns: SQLColumns) {
        storage = .live(source)
        self.columns = columns
    }

    /// A row holding `values`.
    public init(values: [SQLValue], columns: SQLColumns) {
        storage = .values(values)
        self.columns = columns
    }

    /// The number of columns.
    public var count: Int { columns.names.count }

    /// The value in column `index`; NULL when there is no such column.
    public func value(at index: Int) -> SQLValue {
        guard index >= 0, index < columns.names.count else { return .null }
        switch storage {
        case .live(let source): return source.value(at: index)
        case .values(let values): return index < values.count ? values[index] : .null
        }
    }

    /// The text in column `index`, without a generic decode: nil when NULL or absent.
    public func text(at index: Int) -> String? {
        guard index >= 0, index < columns.names.count else { return nil }
        switch storage {
        case .live(let source): return source.text(at: index)
        case .values(let values): return index < values.count ? String.decode(values[index]) : nil
        }
    }

    /// The integer in column `index`, without a generic decode: nil when NULL, absent or not a number.
    public func integer(at index: Int) -> Int? {
        guard index >= 0, index < columns.names.count else { return nil }
        switch storage {
        case .live(let source): return source.integer(at: index)
        case .values(let values): return index < values.count ? Int.decode(values[index]) : nil
        }
    }

    /// The text in column `name`, without a generic decode: nil when NULL or absent.
    public func text(named name: String) -> String? {
        guard let index = columns.index(of: name) else { return nil }
        return text(at: index)
    }

    /// The integer in column `name`, without a generic decode: nil when NULL, absent or not a number.
    public func integer(named name: String) -> Int? {
        guard let index = columns.index(of: name) else { return nil }
        return Int.decode(value(at: index))
    }

    /// The value in column `name`; NULL when there is no such column.
    public func value(named name: String) -> SQLValue {
        guard let index = columns.index(of: name) else { return .null }
        return value(at: index)
    }

    /// The row with its values kept, valid after its cursor moves on.
    public func copy() -> SQLRow {
        switch storage {
        case .values: return self
        case .live: return SQLRow(values: (0..<count).map { value(at: $0) }, columns: columns)
        }
    }

    /// The value in column `index`; nil when NULL or of another type.
    public subscript<Value: SQLDecodable>(_ index: Int) -> Value? {
        Value.decode(value(at: index))
    }

    /// The value in column `name`; nil when NULL, absent or of another type.
    public subscript<Value: SQLDecodable>(_ name: String) -> Value? {
        Value.decode(value(named: name))
    }

    /// The value in column `index` of a column the schema declares NOT NULL.
    ///
    /// - warning: traps when the value is NULL, as reading a NOT NULL column can only be NULL in a
    ///   corrupted database; use the optional form for anything else.
    public subscript<Value: SQLDecodable>(_ index: Int) -> Value {
        guard let value = Value.decode(value(at: index)) else {
            preconditionFailure("column \(index) of \(columns.names) is NULL or not a \(Value.self)")
        }
        return value
    }

    /// The value in column `name` of a column the schema declares NOT NULL.
    ///
    /// - warning: traps when the value is NULL (see the index form).
    public subscript<Value: SQLDecodable>(_ name: String) -> Value {
        guard let value = Value.decode(value(named: name)) else {
            preconditionFailure("column \(name) is NULL or not a \(Value.self)")
        }
        return value
    }
}

extension SQLRow: CustomStringConvertible {
    /// The row as `[name:"text" count:3 note:NULL]`, for test output and debugging.
    public var description: String {
        "[" + columns.names.indices.map { "\(columns.names[$0]):\(value(at: $0))" }.joined(separator: " ") + "]"
    }
}

/// Rows read one at a time from a statement.
public protocol SQLCursor: AnyObject {
    /// The result's columns.
    var columns: SQLColumns { get }
    /// The next row, valid until the next call; nil at the end.
    func next() throws -> SQLRow?
}

/// A statement prepared once and executed many times with different arguments (bulk writes).
public protocol SQLPreparedStatement: AnyObject {
    /// Executes the statement with `arguments`; returns the number of rows it changed.
    @discardableResult
    func execute(arguments: SQLArguments) throws -> Int
}
