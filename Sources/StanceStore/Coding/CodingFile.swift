/// A coder's coding of one source as a CSV file: a header, then one unit per record.
///
/// Columns (by header name, any order): `actor`, `issue`, `stance`, `basis`, `reported_by` (optional) and `text`,
/// the verbatim passage the unit rests on; an empty cell is a value the coder left open. Fields follow RFC 4180
/// (double quotes around a field holding a comma, a quote or a line break; `""` for a quote).
///
/// ```
/// actor,issue,stance,basis,reported_by,text
/// donald-trump,korus,opposes,stated,,"President Trump has been vastly vital of the deal, …"
/// ```
public enum CodingFile {
    /// The columns a file must have.
    public static let required = ["actor", "issue", "stance", "basis", "text"]

    /// The units in `text`; line numbers are those of each record's first line.
    ///
    /// - throws: `CodingError.invalidValue` (line 1) for a missing column, `.textNotFound` for an empty text.
    public static func parse(_ text: String) throws -> [Codings.NewUnit] {
        let records = Self.records(text)
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return [] }
        for column in required where !header.contains(column) {
            throw CodingError.invalidValue(line: 1, field: "header", value: header.joined(separator: ","), valid: required)
        }
        func cell(_ fields: [String], _ name: String) -> String? {
            guard let index = header.firstIndex(of: name), index < fields.count else { return nil }
            let value = fields[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        var units: [Codings.NewUnit] = []
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            guard let passage = cell(record.fields, "text") else {
                throw CodingError.textNotFound(line: record.line, text: "")
            }
            units.append(
                Codings.NewUnit(
                    line: record.line, actor: cell(record.fields, "actor"), issue: cell(record.fields, "issue"),
                    stance: cell(record.fields, "stance"), basis: cell(record.fields, "basis"),
                    reportedBy: cell(record.fields, "reported_by"), text: passage))
        }
        return units
    }

    /// RFC 4180 records with the line each starts on.
    static func records(_ text: String) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var characters = Array(text)
        if characters.last != "\n" { characters.append("\n") }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            } else if c != "\r" {
                field.append(c)
            }
            i += 1
        }
        return records
    }
}
