import StanceCore
import Testing

@Suite("Time windows")
struct TimeWindowsTests {
    @Test("6-month windows every month, lower inclusive and upper exclusive, the last starting by the end")
    func sliding() throws {
        let length = try #require(TimeWindows.Period("6m"))
        let step = try #require(TimeWindows.Period("1m"))
        let windows = try #require(TimeWindows.windows(from: "2017-09-01", through: "2018-02-14", length: length, step: step))
        #expect(windows.map(\.lower) == ["2017-09-01", "2017-10-01", "2017-11-01", "2017-12-01", "2018-01-01", "2018-02-01"])
        #expect(windows.first?.upper == "2018-03-01" && windows.last?.upper == "2018-08-01")
    }

    @Test("calendar arithmetic: month ends clamp, leap years, weeks and days across years")
    func arithmetic() throws {
        let month = try #require(TimeWindows.Period("1m"))
        #expect(TimeWindows.add(month, times: 1, to: "2018-01-31") == "2018-02-28")
        #expect(TimeWindows.add(month, times: 1, to: "2020-01-31") == "2020-02-29")
        #expect(TimeWindows.add(month, times: -1, to: "2018-01-15") == "2017-12-15")
        #expect(TimeWindows.add(try #require(TimeWindows.Period("2w")), times: 1, to: "2017-12-25") == "2018-01-08")
        #expect(TimeWindows.add(try #require(TimeWindows.Period("1d")), times: 1, to: "2000-02-28") == "2000-02-29")
        #expect(TimeWindows.add(try #require(TimeWindows.Period("1d")), times: 1, to: "1900-02-28") == "1900-03-01")
        #expect(TimeWindows.add(try #require(TimeWindows.Period("1y")), times: 1, to: "2016-02-29") == "2017-02-28")
        #expect(TimeWindows.add(month, times: 1, to: "2018-02-30") == nil)
    }

    @Test("bad periods and runaway window counts are refused", arguments: ["", "m", "0m", "-1m", "6x", "1.5m", "6 m"])
    func badPeriods(text: String) {
        #expect(TimeWindows.Period(text) == nil)
    }

    @Test("more windows than the limit is nil")
    func limit() throws {
        let day = try #require(TimeWindows.Period("1d"))
        #expect(TimeWindows.windows(from: "2000-01-01", through: "2030-01-01", length: day, step: day, limit: 100) == nil)
    }
}
