import StanceCore
import Testing

@Suite("Partial dates")
struct PartialDateTests {
    @Test("valid dates parse at their precision", arguments: ["2018", "2018-01", "2018-01-04", "2016-02-29"])
    func valid(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(
        "impossible or malformed dates are refused",
        arguments: ["", "18", "2018-1", "2018-13", "2018-00", "2018-02-30", "2017-02-29", "2018-04-31",
                    "2018-01-04-01", "２０１８", "2018/01/04", "abcd", "2018-01-4"])
    func invalid(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test("the period end is the first date after the whole period")
    func periodEnd() throws {
        let cases = [
            ("2018", "2019-01-01"), ("2018-02", "2018-03-01"), ("2018-12", "2019-01-01"), ("9999", "9999-99-99"),
            ("9999-12-31", "9999-99-99"),
            ("2018-02-28", "2018-03-01"), ("2016-02-28", "2016-02-29"), ("2018-12-31", "2019-01-01"),
            ("2018-01-09", "2018-01-10"), ("2018-01-31", "2018-02-01"),
        ]
        for (text, end) in cases {
            #expect(try #require(PartialDate(text)).periodEnd == end)
        }
    }

    @Test("partial dates sort as their first day")
    func ordering() throws {
        let month = try #require(PartialDate("2018-01"))
        let day = try #require(PartialDate("2018-01-01"))
        let year = try #require(PartialDate("2017"))
        #expect(year < month)
        #expect(month < day)
        // Inside the period: before its end; a month counts as its first day.
        #expect(day.firstDay < month.periodEnd)
        #expect(month.firstDay == day.firstDay)
        #expect(year.firstDay == "2017-01-01")
    }
}

@Suite("Slugs")
struct SlugTests {
    @Test("slugs are lower-case words joined by single hyphens")
    func validity() {
        #expect(Slug("james-fatheree") != nil)
        #expect(Slug("q1") != nil)
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "é"] {
            #expect(Slug(bad) == nil, "\(bad)")
        }
    }

    @Test("slugs are made from names")
    func make() {
        #expect(Slug.make(from: "Omar Feld")?.rawValue == "omar-feld")
        #expect(Slug.make(from: "U.S. Chamber of Commerce")?.rawValue == "u-s-chamber-of-commerce")
        #expect(Slug.make(from: "???") == nil)
    }
}
