/// A calendar date at the precision a text supports: `2018`, `2018-01` or `2018-01-04`.
///
/// A partial date counts as its first day: the store compares the generated `day` column
/// (`2017-09` → `2017-09-01`), so `2017-09` and `2017-09-01` are the same day.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts[0].allSatisfy(\.isDigitASCII), let year = Int(parts[0]),
            parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isDigitASCII) })
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

    /// The first day of the period this date names, as `YYYY-MM-DD` (`2018-02` → `2018-02-01`).
    ///
    /// Partial dates are compared and ordered by their first day.
    public var firstDay: String {
        pad4(year) + "-" + pad2(month ?? 1) + "-" + pad2(day ?? 1)
    }

    /// The first day after the whole period this date names, as `YYYY-MM-DD`
    /// (`2018-02` → `2018-03-01`, `2018-12-31` → `2019-01-01`, `2018` → `2019-01-01`); after the
    /// last representable period, `9999-99-99`, which sorts after every date.
    ///
    /// "Up to and including D" is then `firstDay < D.periodEnd` for every stored precision.
    public var periodEnd: String {
        let next: (year: Int, month: Int, day: Int)
        switch (month, day) {
        case (nil, _):
            next = (year + 1, 1, 1)
        case (let m?, nil):
            next = m == 12 ? (year + 1, 1, 1) : (year, m + 1, 1)
        case (let m?, let d?):
            if d < PartialDate.daysIn(month: m, year: year) {
                next = (year, m, d + 1)
            } else {
                next = m == 12 ? (year + 1, 1, 1) : (year, m + 1, 1)
            }
        }
        guard next.year <= 9999 else { return "9999-99-99" }
        return pad4(next.year) + "-" + pad2(next.month) + "-" + pad2(next.day)
    }

    /// Ordered by first day, then by precision (`2018` before `2018-01` before `2018-01-01`).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.firstDay, lhs.description.count) < (rhs.firstDay, rhs.description.count)
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

extension Character {
    /// `0` to `9` only (no signs, no other scripts' digits).
    fileprivate var isDigitASCII: Bool { isASCII && isNumber }
}
