import ArgumentParser
import Foundation
import StanceCore
import StanceStore

/// The time range and windows of `stance network --window` and `stance matrix --at`.
enum TimeSeries {
    /// The first and last day of any position, or nil for an empty graph.
    static func positionDays(in db: SQLConnection) throws -> (first: String, last: String)? {
        guard let row = try db.fetchOne("SELECT min(day) AS first, max(day) AS last FROM position"),
            let first: String = row["first"], let last: String = row["last"]
        else { return nil }
        return (first, last)
    }

    /// The windows of `length` every `step` whose shown steps tile `from` through `through`: window `k` ends at
    /// `from + (k + 1)·step`, so the first window's last step starts at `from`.
    static func windows(
        from: String, through: String, length: TimeWindows.Period, step: TimeWindows.Period
    ) throws -> [(window: TimeWindows.Window, shownFrom: String, shownThrough: String)] {
        guard let stepped = TimeWindows.add(step, times: 1, to: from),
            let origin = TimeWindows.add(length, times: -1, to: stepped),
            let through = TimeWindows.add(length, times: -1, to: TimeWindows.add(step, times: 1, to: through) ?? through),
            let windows = TimeWindows.windows(from: origin, through: through, length: length, step: step)
        else {
            throw UsageError(message: "too many windows of \(length) every \(step) from \(from) to \(through); "
                + "give a longer --step or a shorter range with --since/--until")
        }
        let day = TimeWindows.Period("1d")
        return windows.compactMap { window in
            guard let day, let shownFrom = TimeWindows.add(step, times: -1, to: window.upper),
                let shownThrough = TimeWindows.add(day, times: -1, to: window.upper)
            else { return nil }
            return (window, shownFrom, shownThrough)
        }
    }

    /// The last day of the period a partial date names (`2018-02` → `2018-02-28`).
    static func lastDay(of date: PartialDate) -> String? {
        TimeWindows.Period("1d").flatMap { TimeWindows.add($0, times: -1, to: date.periodEnd) }
    }

    /// Parses a `--window` or `--step` value.
    static func period(_ text: String, option: String) throws -> TimeWindows.Period {
        guard let period = TimeWindows.Period(text) else {
            throw ValidationError(
                "\(option) '\(text)' is not a length of time; write N followed by d, w, m or y (e.g. 6m, 2w)")
        }
        return period
    }
}
