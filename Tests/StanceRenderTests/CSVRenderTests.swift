import StanceCore
import Testing

@testable import StanceRender

@Suite("CSV rendering")
struct CSVRenderTests {
    /// Reads CSV back with the suite's RFC 4180 reader (`CSVTestReader`, beside the matrix tests).
    private func parseCSV(_ text: String) -> [[String]] {
        CSVTestReader.parse(text)
    }

    @Test("quoting round-trips commas, quotes, CR and LF")
    func roundTrip() {
        let values = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", "\"", "", "  spaced  ", "文在寅 👍🏽"]
        let csv = Renderer(format: .csv).render(Fixtures.single(values, title: "Te,xt"))
        // A quote's id follows its text (the fixture's rows have none, so the field is empty).
        #expect(parseCSV(csv) == [["Te,xt", "Quote id"]] + values.map { [$0, ""] })
        #expect(csv.hasSuffix("\n"))
    }

    @Test("fields are quoted only when needed, quotes doubled")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("x\ny") == "\"x\ny\"")
        #expect(CSVWriter.field("x\ry") == "\"x\ry\"")
    }

    @Test("every column is written, evidence included, with plain text of nested values")
    func allColumns() {
        let csv = Renderer(format: .csv, showEvidence: false).render(Fixtures.who)
        // `Actor id` follows `Actor` (the fixture's actors have no `id`, so it is empty).
        #expect(csv == "Actor,Actor id,Stance,Quote\nMoon Jae-in,,supports,We will talk.\n文在寅,,opposes,No.\n")
    }

    @Test("ids a researcher joins on stand beside the names, and a source's outlet, date and title")
    func ids() {
        let source: AnswerValue = .object([
            ("id", .text("nyt-2018-01-04")), ("title", .text("U.S. to Start Korean Trade Talks")),
            ("outlet", .text("New York Times News Service")), ("date", .text("2018-01")),
            ("label", .text("New York Times News Service, 2018-01")),
        ])
        let answer = Answer(
            shape: .who,
            rows: [.object([
                ("actor", .object([("id", .text("james-fatheree")), ("name", .text("James W. Fatheree"))])),
                ("issue", .object([("id", .text("trade-deficit")), ("name", .text("Trade deficit"))])),
                ("evidence", .object([
                    ("text", .text("“flawed metric”")), ("quote_id", .text("fatheree-flawed-metric")),
                    ("position", .text("james-fatheree-opposes-trade-deficit-nyt")), ("source", source),
                ])),
            ])],
            columns: [
                .init("Actor", ["actor", "name"]), .init("Issue", ["issue", "name"]),
                .init("Evidence", ["evidence", "text"]), .init("Source", ["evidence", "source", "label"], isEvidence: true),
            ])
        let csv = parseCSV(Renderer(format: .csv).render(answer))
        #expect(csv.first == [
            "Actor", "Actor id", "Issue", "Issue id", "Evidence", "Position id", "Quote id", "Source", "Source id",
            "Source outlet", "Source date", "Source title",
        ])
        #expect(csv.dropFirst().first == [
            "James W. Fatheree", "james-fatheree", "Trade deficit", "trade-deficit", "“flawed metric”",
            "james-fatheree-opposes-trade-deficit-nyt", "fatheree-flawed-metric", "New York Times News Service, 2018-01",
            "nyt-2018-01-04", "New York Times News Service", "2018-01", "U.S. to Start Korean Trade Talks",
        ])
        // The header does not depend on the rows: an empty answer has the same one.
        let empty = Answer(shape: answer.shape, rows: [], columns: answer.columns)
        #expect(parseCSV(Renderer(format: .csv).render(empty)).first == csv.first)
    }

    @Test("escape characters in data do not reach CSV output")
    func noEscape() {
        let csv = Renderer(format: .csv).render(Fixtures.single(Fixtures.hostile))
        #expect(!csv.unicodeScalars.contains("\u{1B}"))
        #expect(!csv.unicodeScalars.contains("\u{9B}"))
    }
}
