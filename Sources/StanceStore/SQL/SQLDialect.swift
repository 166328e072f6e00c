/// What differs between the SQL of the engines Stance runs on, in one place.
///
/// The planner writes one statement per answer; where SQLite and PostgreSQL spell a thing differently
/// (placeholders, string aggregation, list parameters, booleans, plan explanation) it asks the dialect.
public enum SQLDialect: String, Sendable {
    /// SQLite 3.35 or newer: `?` placeholders, `group_concat`, `json_each`, FTS5.
    case sqlite
    /// PostgreSQL 13 or newer: `$1` placeholders, `string_agg`, `jsonb_array_elements_text`, `tsvector`.
    case postgres

    /// `text` with each `?` outside quoted text numbered for engines that number placeholders; an explicitly
    /// numbered `?N` (SQLite's form, used by hand-written statements) becomes `$N`.
    func numberingPlaceholders(_ text: String) -> String {
        guard self == .postgres, text.contains("?") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var number = 0
        var quote: Character?
        var afterNumberedMark = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                afterNumberedMark = true
                result += "$"
            } else {
                if afterNumberedMark {
                    afterNumberedMark = false
                    if !character.isASCII || !character.isNumber {
                        number += 1
                        result += String(number)
                    }
                }
                result.append(character)
            }
        }
        if afterNumberedMark {
            number += 1
            result += String(number)
        }
        return result
    }
}

extension SQLDialect {
    /// The statement that makes the next number `table.column` generates follow `last`, after rows were written
    /// with numbers of their own (a rebuilt change log): PostgreSQL's identity columns keep a counter of their
    /// own; SQLite's INTEGER PRIMARY KEY takes the largest number plus one anyway (nil: nothing to do).
    /// `table` and `column` come from Stance's schema, never from input.
    public func restartNumbering(table: String, column: String, after last: Int) -> (sql: String, arguments: SQLArguments)? {
        switch self {
        case .sqlite: return nil
        case .postgres:
            let sequence = "pg_get_serial_sequence('\(table)', '\(column)')"
            // setval(s, n) makes the next number n + 1; an empty table starts again at 1.
            return last > 0 ? ("SELECT setval(\(sequence), ?)", [last]) : ("SELECT setval(\(sequence), 1, false)", [])
        }
    }
}

extension SQL {
    /// A condition that always holds (`WHERE \(SQL.true)` starts a list of `AND …`).
    public static let `true` = SQL { dialect in
        switch dialect {
        case .sqlite: return "1"
        case .postgres: return "TRUE"
        }
    }

    /// The values of a list bound as one argument, as a one-column subquery of text named `value`:
    /// `x IN \(SQL.textList(ids))`. One argument whatever the list's length.
    public static func textList(_ values: [String]) -> SQL {
        let json = JSONList.encode(values)
        return SQL { dialect in
            switch dialect {
            case .sqlite: return "(SELECT value FROM json_each(\(json)))"
            case .postgres: return "(SELECT value FROM jsonb_array_elements_text(CAST(\(json) AS jsonb)) AS value)"
            }
        }
    }

    /// The values of an integer list bound as one argument, as a one-column subquery named `value`.
    public static func integerList(_ values: [Int]) -> SQL {
        let json = "[" + values.map(String.init).joined(separator: ",") + "]"
        return SQL { dialect in
            switch dialect {
            case .sqlite: return "(SELECT value FROM json_each(\(json)))"
            case .postgres:
                return "(SELECT CAST(value AS bigint) FROM jsonb_array_elements_text(CAST(\(json) AS jsonb)) AS value)"
            }
        }
    }

    /// An aggregate concatenating `expression` over a group, `separator` between items, in the order
    /// the group's rows arrive (SQLite) or by `orderBy` where given (PostgreSQL needs it to be stable).
    public static func stringAggregate(_ expression: SQL, separator: String, orderBy: SQL? = nil) -> SQL {
        SQL { dialect in
            switch dialect {
            case .sqlite:
                return "group_concat(\(expression), \(sql: quoted(separator)))"
            case .postgres:
                var sql: SQL = "string_agg(CAST(\(expression) AS text), \(sql: quoted(separator))"
                if let orderBy { sql += " ORDER BY \(orderBy)" }
                return sql + ")"
            }
        }
    }

    /// The number of characters of `expression` as the engine counts them (Unicode code points on both).
    public static func characterLength(_ expression: SQL) -> SQL {
        SQL { dialect in
            switch dialect {
            case .sqlite: return "length(\(expression))"
            case .postgres: return "char_length(\(expression))"
            }
        }
    }

    /// The number of calendar days between two `YYYY-MM-DD` day columns, never negative (NULL when either is).
    public static func daysBetween(_ a: SQL, _ b: SQL) -> SQL {
        SQL { dialect in
            switch dialect {
            case .sqlite: return "abs(julianday(\(a)) - julianday(\(b)))"
            case .postgres: return "abs(CAST(\(a) AS date) - CAST(\(b) AS date))"
            }
        }
    }

    /// A string literal for trusted text written in code (a separator), quotes doubled.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// A list of texts as one JSON array argument.
enum JSONList {
    static func encode(_ values: [String]) -> String {
        var json = "["
        for (index, value) in values.enumerated() {
            if index > 0 { json += "," }
            json += "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        json.unicodeScalars.append(scalar)
                    }
                }
            }
            json += "\""
        }
        return json + "]"
    }
}
