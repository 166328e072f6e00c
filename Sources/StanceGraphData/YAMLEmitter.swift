/// Writes the strict YAML subset `graph-data/` uses, one fixed layout, so exports diff cleanly.
struct YAMLEmitter {
    private(set) var output = ""

    /// A `key: value` line at `indent`, the value written plain when that is unambiguous.
    mutating func field(_ key: String, _ value: String?, indent: Int, first: Bool = false) {
        guard let value else { return }
        line(indent, first, "\(key): \(YAMLEmitter.scalar(value))")
    }

    /// A `key: value` line for a number, written plain: every YAML reader reads the same integer.
    mutating func plainField(_ key: String, _ value: String?, indent: Int, first: Bool = false) {
        guard let value else { return }
        line(indent, first, "\(key): \(value)")
    }

    /// A `key: "value"` line for a date, always double-quoted: YAML 1.1 readers (Python's, R's) would
    /// otherwise read `2018` as a number and `2018-01-04` as a date object, but `2018-01` as text.
    mutating func dateField(_ key: String, _ value: String?, indent: Int) {
        guard let value else { return }
        line(indent, false, "\(key): \(YAMLEmitter.quoted(value))")
    }

    /// A `key:` line followed by a block list of scalars; nothing when the list is empty.
    mutating func list(_ key: String, _ values: [String], indent: Int, first: Bool = false) {
        guard !values.isEmpty else { return }
        line(indent, first, "\(key):")
        for value in values {
            output += String(repeating: " ", count: indent + 2) + "- " + YAMLEmitter.scalar(value) + "\n"
        }
    }

    /// A `key:` line that opens a nested block.
    mutating func open(_ key: String, indent: Int) {
        line(indent, false, "\(key):")
    }

    mutating func raw(_ text: String) {
        output += text
    }

    private mutating func line(_ indent: Int, _ first: Bool, _ text: String) {
        // The first field of a list item shares the line with its "- ".
        if first {
            output += String(repeating: " ", count: max(0, indent - 2)) + "- " + text + "\n"
        } else {
            output += String(repeating: " ", count: indent) + text + "\n"
        }
    }

    /// `value` plain when every YAML reader reads it back as the same text, otherwise
    /// double-quoted with JSON-style escapes.
    static func scalar(_ value: String) -> String {
        needsQuotes(value) ? quoted(value) : value
    }

    static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else {
            return true
        }
        // Plain scalars start with a letter or digit (no indicator characters) and end cleanly.
        if !(first.properties.isAlphabetic || ("0"..."9").contains(first)) { return true }
        if last == " " || last == ":" { return true }
        if value.contains(": ") || value.contains(" #") { return true }
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar == "\u{7F}" || scalar == "\"" || scalar == "\\" {
                return true
            }
            if (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" || scalar == "\u{2028}"
                || scalar == "\u{2029}" || scalar == "\u{85}" || isNoncharacter(scalar)
            {
                return true
            }
        }
        // Words YAML 1.1 readers take for booleans or nulls, and numbers, stay text only quoted.
        let lowered = value.lowercased()
        if ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf"].contains(lowered) {
            return true
        }
        if Double(value) != nil || value.allSatisfy({ $0.isNumber || $0 == "_" || $0 == "." || $0 == ":" }) {
            return true
        }
        return isRetypedByYAML11(value)
    }

    /// Whether a YAML 1.1 reader (PyYAML, R's yaml) resolves the plain scalar `value` to something other
    /// than text, beyond the words and decimal numbers above: a timestamp (`2018-01-04`,
    /// `2026-11-23T13:30:00Z`, `2018-1-4 10:00:00`), a hexadecimal, octal or binary integer (`0x1F`, `017`,
    /// `0b101`). Each of these starts with a digit; other values are not matched at all.
    static func isRetypedByYAML11(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        let timestamp =
            #"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?"#
            + #"([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$"#
        let patterns = [
            #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, timestamp, #"^0x[0-9a-fA-F_]+$"#, #"^0b[01_]+$"#, #"^0[0-7_]+$"#,
            #"^[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$"#, #"^[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?$"#,
        ]
        return patterns.contains { value.range(of: $0, options: .regularExpression) != nil }
    }

    /// U+FDD0…U+FDEF and U+xxFFFE/U+xxFFFF, which YAML streams may not hold literally.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" || isNoncharacter(scalar)
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
