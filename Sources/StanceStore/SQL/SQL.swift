/// A piece of SQL whose values are bound arguments, composed with `+=` and string interpolation.
///
/// `"… WHERE id = \(id)"` binds `id`; `\(sql: alias)` inserts trusted SQL text (a table alias, a
/// column list written in code, never user input); `\(other)` nests another `SQL`. What differs between
/// engines (string aggregation, list parameters, booleans) is written through `SQLDialect` fragments, so
/// one statement serves SQLite and PostgreSQL.
///
///     var sql: SQL = "SELECT * FROM change_log WHERE \(.true)"
///     if let coder { sql += " AND coder = \(coder)" }
public struct SQL: Sendable, ExpressibleByStringInterpolation {
    enum Element: Sendable {
        /// SQL text; `?` in it are placeholders for `arguments`, in order.
        case text(String, arguments: [SQLValue])
        /// SQL that depends on the engine.
        case dialect(@Sendable (SQLDialect) -> SQL)
    }

    var elements: [Element]

    /// Trusted SQL text with `?` placeholders for `arguments`.
    public init(sql: String, arguments: SQLArguments = []) {
        elements = [.text(sql, arguments: arguments.values)]
    }

    /// SQL chosen by the engine's dialect.
    public init(_ build: @escaping @Sendable (SQLDialect) -> SQL) {
        elements = [.dialect(build)]
    }

    public init(stringLiteral value: String) {
        self.init(sql: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        elements = stringInterpolation.elements
    }

    /// Appends `other`.
    public static func += (lhs: inout SQL, rhs: SQL) {
        lhs.elements += rhs.elements
    }

    /// `lhs` followed by `rhs`.
    public static func + (lhs: SQL, rhs: SQL) -> SQL {
        var sql = lhs
        sql += rhs
        return sql
    }

    /// Whether this holds no SQL text at all.
    public var isEmpty: Bool {
        elements.allSatisfy {
            if case .text(let text, _) = $0 { return text.isEmpty }
            return false
        }
    }

    /// The statement text for `dialect`, with its placeholders, and the arguments in placeholder order.
    public func build(_ dialect: SQLDialect) -> (sql: String, arguments: [SQLValue]) {
        var text = ""
        var arguments: [SQLValue] = []
        append(to: &text, &arguments, dialect)
        return (dialect.numberingPlaceholders(text), arguments)
    }

    private func append(to text: inout String, _ arguments: inout [SQLValue], _ dialect: SQLDialect) {
        for element in elements {
            switch element {
            case .text(let sql, let values):
                text += sql
                arguments += values
            case .dialect(let build):
                build(dialect).append(to: &text, &arguments, dialect)
            }
        }
    }

    /// Builds `SQL` from a string interpolation.
    public struct StringInterpolation: StringInterpolationProtocol {
        var elements: [Element] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            elements.append(.text(literal, arguments: []))
        }

        /// Binds `value` as an argument.
        public mutating func appendInterpolation<Value: SQLBindable>(_ value: Value) {
            elements.append(.text("?", arguments: [value.sqlValue]))
        }

        /// Binds each value: `(?, ?, ?)`; an empty list gives `(NULL)`, which matches nothing.
        public mutating func appendInterpolation<Values: Collection>(_ values: Values)
        where Values.Element: SQLBindable {
            if values.isEmpty {
                elements.append(.text("(NULL)", arguments: []))
            } else {
                let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
                elements.append(.text("(" + marks + ")", arguments: values.map(\.sqlValue)))
            }
        }

        /// Inserts trusted SQL text (an alias, a column written in code): never user input.
        public mutating func appendInterpolation(sql: String) {
            elements.append(.text(sql, arguments: []))
        }

        /// Nests another piece of SQL with its arguments.
        public mutating func appendInterpolation(_ sql: SQL) {
            elements += sql.elements
        }

        /// Nests another piece of SQL with its arguments.
        public mutating func appendInterpolation(literal sql: SQL) {
            elements += sql.elements
        }
    }
}

extension Sequence where Element == SQL {
    /// The pieces one after another, `separator` (trusted SQL text) between them.
    public func joined(separator: String = "") -> SQL {
        var result: SQL = ""
        for (index, piece) in enumerated() {
            if index > 0 { result += SQL(sql: separator) }
            result += piece
        }
        return result
    }
}
