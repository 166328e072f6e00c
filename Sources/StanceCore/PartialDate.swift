/// A calendar date at the precision a text supports: `2018`, `2018-01` or `2018-01-04`.
///
/// Partial dates sort as their first day, so their ISO text orders correctly as plain strings,
/// which is how the store compares them.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, let year = Int(parts[0]), parts[0].allSatisfy(\.isASCII),
            parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) })
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3, let m = month {
            guard let d = Int(parts[2]), d >= 1, d <= PartialDate.daysIn(month: m, year: year)
            else { return nil }
            day = d
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        var text = pad4(year)
        if let month { text += "-" + pad2(month) }
        if let day { text += "-" + pad2(day) }
        self.init(text)
    }

    /// The ISO text: `2018`, `2018-01` or `2018-01-04`.
    public var description: String {
        var text = pad4(year)
        if let month { text += "-" + pad2(month) }
        if let day { text += "-" + pad2(day) }
        return text
    }

    /// The first date after the whole period this date names, as ISO text
    /// (`2018-02` → `2018-03`, `2018-12-31` → `2019-01-01`, `2018` → `2019`).
    ///
    /// "Up to and including D" is then `date < D.periodEnd` for every stored precision.
    public var periodEnd: String {
        switch (month, day) {
        case (nil, _):
            return pad4(year + 1)
        case (let m?, nil):
            return m == 12
                ? pad4(year + 1) + "-01"
                : pad4(year) + "-" + pad2(m + 1)
        case (let m?, let d?):
            if d < PartialDate.daysIn(month: m, year: year) {
                return description.dropLast(2) + pad2(d + 1)
            }
            return m == 12
                ? pad4(year + 1) + "-01-01"
                : pad4(year) + "-" + pad2(m + 1) + "-01"
        }
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        lhs.description < rhs.description
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// `value` as at least four digits (`987` → `0987`).
private func pad4(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// `value` as at least two digits (`7` → `07`).
private func pad2(_ value: Int) -> String {
    value < 10 ? "0" + String(value) : String(value)
}
