import Foundation
import StanceCore

/// The checks an import makes on each field, each failing with `FILE:LINE:COLUMN: error: …`.
extension CSVReader {
    /// Reads the first record and checks it is exactly `header`.
    func checkHeader(_ header: [String]) throws {
        let expected = "'" + header.joined(separator: ",") + "'"
        guard try next() else {
            throw ImportError.invalid(
                FileLocation(file: path, line: 1, column: 1), "an empty file; expected the header row \(expected)")
        }
        var found: [String] = []
        for index in 0..<count {
            found.append(try string(index))
        }
        guard found != header else { return }
        let column = zip(found, header).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(found.count, header.count)
        throw ImportError.invalid(
            column < count ? try location(column) : try endLocation(),
            "header row '\(found.joined(separator: ","))'; expected \(expected)")
    }

    /// Checks the current record has `header.count` fields and, when `id` is given, that its first
    /// field is that number.
    func checkShape(_ header: [String], id expected: Int?) throws {
        if count != header.count {
            let found = count == 1 && isEmpty(0) ? "an empty line" : "\(count) fields"
            throw ImportError.invalid(
                count > header.count ? try location(header.count) : try endLocation(),
                "\(found); expected \(header.count) (\(header.joined(separator: ",")))")
        }
        if let expected, integer(0) != expected {
            throw try invalid(
                0, "id \(quoted(0)); expected \(expected) (ids count up from 1, one per row, in order)")
        }
    }

    /// Field `index` as an id (1...`count`) of a row of `file`; returns it 0-based.
    func reference(_ index: Int, _ what: String, count: Int, file: String) throws -> Int {
        guard let id = integer(index), id >= 1, id <= count else {
            let valid = count == 0 ? "it has no rows" : "expected an id from 1 to \(count)"
            throw try invalid(index, "\(what) \(quoted(index)) is not an id in \(file); \(valid)")
        }
        return id - 1
    }

    /// Checks field `index` is non-empty UTF-8 text.
    func checkText(_ index: Int, _ what: String) throws {
        guard !isEmpty(index) else { throw try invalid(index, "an empty \(what); expected text") }
        guard isUTF8(index) else { throw try invalid(index, "bytes that are not UTF-8; expected UTF-8 text") }
    }

    /// Field `index` as a slug.
    func slug(_ index: Int) throws -> String {
        let text = try string(index)
        guard Slug.isValid(text) else {
            throw try invalid(
                index, "slug \(quoted(index)); expected lower-case letters and digits in groups "
                    + "joined by single hyphens, like 'carl-l-kelly'")
        }
        return text
    }

    /// Checks field `index` is a full calendar date `YYYY-MM-DD`, by `PartialDate`, once per
    /// distinct date: `known` holds the dates already checked, as numbers YYYYMMDD.
    func checkDate(_ index: Int, known: inout Set<Int>) throws {
        let number: Int? = withField(index) { field in
            guard field.count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") else { return nil }
            var value = 0
            for offset in 0..<10 where offset != 4 && offset != 7 {
                let digit = field[offset] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        if let number, known.contains(number) { return }
        let text = try string(index)
        guard let number, let date = PartialDate(text), date.day != nil, date.description == text else {
            let partial = PartialDate(text).map { $0.description == text && $0.day == nil } == true
            throw try invalid(
                index, "date \(quoted(index)) is \(partial ? "not a full date" : "not a date"); "
                    + "expected YYYY-MM-DD, like 2018-01-04")
        }
        known.insert(number)
    }
}
