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
        #expect(parseCSV(csv) == [["Te,xt"]] + values.map { [$0] })
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
        #expect(csv == "Actor,Stance,Quote\nMoon Jae-in,supports,We will talk.\n文在寅,opposes,No.\n")
    }

    @Test("escape characters in data do not reach CSV output")
    func noEscape() {
        let csv = Renderer(format: .csv).render(Fixtures.single(Fixtures.hostile))
        #expect(!csv.unicodeScalars.contains("\u{1B}"))
        #expect(!csv.unicodeScalars.contains("\u{9B}"))
    }
}
