import StanceCore

/// DNA's document dates (seconds since 1970-01-01 UTC) as calendar days, and back.
///
/// DNA 3 stores seconds since 1970 UTC. DNA 2 stored Java milliseconds of the date and time the coder entered in
/// their local time zone; the reader divides by 1000, and both are read as their UTC day. For a coder east of
/// Greenwich a DNA 2 date entered as local midnight falls on the previous UTC day; the import keeps any time other
/// than midnight UTC in the source's note (`DNA Date: SECONDS`), so the exact value is not lost.
public enum DNADate {
    /// The UTC day of `seconds`, and the seconds past midnight.
    public static func day(_ seconds: Int64) -> (date: PartialDate?, secondsOfDay: Int64) {
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            days -= 1
            rest += 86_400
        }
        let (year, month, day) = civil(fromDays: days)
        return (PartialDate(year: year, month: month, day: day), rest)
    }

    /// Seconds since 1970 UTC at midnight of the first day of `date`.
    public static func seconds(_ date: PartialDate) -> Int64 {
        days(year: date.year, month: date.month ?? 1, day: date.day ?? 1) * 86_400
    }

    /// `2005-01-26T00:00:00Z` for a time in seconds since 1970 UTC.
    public static func iso(_ seconds: Int64) -> String {
        let (date, rest) = day(seconds)
        let hours = rest / 3600
        let minutes = rest / 60 % 60
        let secs = rest % 60
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return (date?.description ?? "1970-01-01") + "T" + two(hours) + ":" + two(minutes) + ":" + two(secs) + "Z"
    }

    /// Howard Hinnant's days-from-civil (proleptic Gregorian).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil-from-days (proleptic Gregorian).
    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}
