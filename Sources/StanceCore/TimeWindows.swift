/// Sliding time windows over calendar days, for networks and matrices over time.
///
/// Days are ISO `YYYY-MM-DD` texts. Window `k` is `[from + k·step, from + k·step + length)`: its lower bound is
/// inclusive, its upper bound exclusive, the same convention as `DateWindow`. A position meets a window by its
/// date's first day (`2017-09` counts as 2017-09-01), as every matrix and who-question reads dates.
public enum TimeWindows {
    /// A length of time: `6m`, `1m`, `2w`, `10d`, `1y`.
    public struct Period: Sendable, Equatable, CustomStringConvertible {
        public enum Unit: String, Sendable { case day = "d", week = "w", month = "m", year = "y" }
        public var count: Int
        public var unit: Unit

        /// Parses `N` followed by `d`, `w`, `m` or `y`, N from 1 to 10000; nil otherwise.
        public init?(_ text: String) {
            guard let last = text.last, let unit = Unit(rawValue: String(last).lowercased()),
                let count = Int(text.dropLast()), count >= 1, count <= 10_000
            else { return nil }
            self.count = count
            self.unit = unit
        }

        public var description: String { "\(count)\(unit.rawValue)" }
    }

    /// One window: `lower` inclusive, `upper` exclusive.
    public struct Window: Sendable, Equatable {
        public var lower: String
        public var upper: String

        public init(lower: String, upper: String) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// The windows of `length` every `step` from `from`, the last one starting on or before `through`; nil when
    /// a day is not a valid date or there would be more than `limit`.
    public static func windows(
        from: String, through: String, length: Period, step: Period, limit: Int = 5_000
    ) -> [Window]? {
        guard let start = CivilDay(from), let end = CivilDay(through) else { return nil }
        var windows: [Window] = []
        var k = 0
        while true {
            let lower = start.adding(step, times: k)
            guard lower.ordinal <= end.ordinal else { break }
            guard windows.count < limit else { return nil }
            windows.append(Window(lower: lower.description, upper: lower.adding(length, times: 1).description))
            k += 1
        }
        return windows
    }

    /// `day` moved by `period` (`-1` times: back); nil when `day` is not a valid date.
    public static func add(_ period: Period, times: Int, to day: String) -> String? {
        CivilDay(day).map { $0.adding(period, times: times).description }
    }
}

/// A proleptic Gregorian calendar day.
struct CivilDay {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or a day the month does not have.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            d >= 1, d <= CivilDay.days(inMonth: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01 (Hinnant's civil_from_days).
    init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This day moved by `period` `times` times; months and years keep the day of the month, clamped to the
    /// month's length (2018-01-31 + 1m = 2018-02-28).
    func adding(_ period: TimeWindows.Period, times: Int) -> CivilDay {
        switch period.unit {
        case .day: return CivilDay(ordinal: ordinal + period.count * times)
        case .week: return CivilDay(ordinal: ordinal + 7 * period.count * times)
        case .month, .year:
            let months = (period.unit == .year ? 12 : 1) * period.count * times
            let index = year * 12 + (month - 1) + months
            let y = index >= 0 ? index / 12 : (index - 11) / 12
            let m = index - y * 12 + 1
            return CivilDay(year: y, month: m, day: min(day, CivilDay.days(inMonth: m, year: y)))
        }
    }

    var description: String {
        let y = String(year)
        let m = String(month)
        let d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m + "-"
            + (d.count < 2 ? "0" : "") + d
    }
}
