import StanceCore
import Testing

@testable import StanceRender

@Suite("Table rendering")
struct TableRenderTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("columns align by display width with wide characters")
    func wideAlignment() {
        let table = Renderer(format: .table).render(Fixtures.who)
        #expect(lines(table) == [
            "Actor        Stance",
            "-----------  --------",
            "Moon Jae-in  supports",
            "文在寅       opposes",
            "2 rows",
        ])
    }

    @Test("evidence columns show only when asked for")
    func evidence() {
        let hidden = Renderer(format: .table, showEvidence: false).render(Fixtures.who)
        let shown = Renderer(format: .table, showEvidence: true).render(Fixtures.who)
        #expect(!hidden.contains("Quote") && !hidden.contains("We will talk."))
        #expect(shown.contains("Quote") && shown.contains("We will talk."))
        #expect(lines(shown)[2] == "Moon Jae-in  supports  We will talk.")
    }

    @Test("a narrow width wraps cells so no line is wider, and no text is lost")
    func wrapping() {
        let quote = "The sunshine policy is the only road to peace on the peninsula, said the president 文在寅文在寅文在寅 Supercalifragilisticexpialidocious"
        var answer = Fixtures.who
        answer.rows.append(.object([
            ("actor", .object([("name", .text("Kim Dae-jung"))])), ("stance", .text("mixed")), ("quote", .text(quote)),
        ]))
        for width in [20, 30, 41, 60] {
            let table = Renderer(format: .table, showEvidence: true, width: width).render(answer)
            for line in lines(table) {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
            #expect(lines(table).last == "3 rows")
            let single = lines(Renderer(format: .table, width: width).render(Fixtures.single([quote])))
            #expect(single.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(single.dropFirst(2).dropLast().joined().filter { $0 != " " } == quote.filter { $0 != " " })
        }
    }

    @Test("without a width the table is never wrapped")
    func unlimited() {
        let long = String(repeating: "word ", count: 60)
        let table = Renderer(format: .table).render(Fixtures.single([long]))
        #expect(lines(table).count == 4)
    }

    @Test("no ANSI escapes without colour, and bold, stance colours and highlight with it")
    func colour() {
        var answer = Fixtures.who
        answer.columns[0].highlight = "jae"
        let plain = Renderer(format: .table, showEvidence: true).render(answer)
        #expect(!plain.unicodeScalars.contains("\u{1B}"))
        let coloured = Renderer(format: .table, showEvidence: true, color: true).render(answer)
        #expect(coloured.contains(ANSI.bold + "Actor" + ANSI.reset))
        #expect(coloured.contains(ANSI.green + "supports" + ANSI.reset))
        #expect(coloured.contains(ANSI.red + "opposes" + ANSI.reset))
        #expect(coloured.contains("Moon " + ANSI.highlight + "Jae" + ANSI.reset + "-in"))
    }

    @Test("coloured output still fits the width once escapes are removed")
    func colourWidth() {
        let answer = Fixtures.single(["alpha beta gamma delta epsilon zeta eta theta"], highlight: "ta")
        let table = Renderer(format: .table, color: true, width: 12).render(answer)
        for line in lines(table) {
            let visible = line.replacing(/\u{1B}\[[0-9;]*m/, with: "")
            #expect(DisplayWidth.of(visible) <= 12)
        }
    }

    @Test("escape and other control characters in data never reach the terminal")
    func hostile() {
        for color in [false, true] {
            let table = Renderer(format: .table, color: color, width: 40).render(Fixtures.single(Fixtures.hostile))
            let allowed: Set<Unicode.Scalar> = color ? ["\n", "\u{1B}"] : ["\n"]
            let controls = table.unicodeScalars.filter { ControlCharacters.isControl($0) && !allowed.contains($0) }
            #expect(controls.isEmpty)
            #expect(!table.contains("\u{1B}[31mred"))
            #expect(!table.unicodeScalars.contains("\u{202E}"))
        }
    }

    @Test("an empty answer prints a (0 rows) line, and a count is shown")
    func empty() {
        #expect(Renderer().render(Answer(shape: .who, rows: [], columns: Fixtures.who.columns)) == "(0 rows)\n")
        let count = Answer(shape: .count, rows: [], columns: [], extra: [("count", .integer(12))])
        #expect(Renderer().render(count) == "count: 12\n(0 rows)\n")
        #expect(lines(Renderer().render(Fixtures.single(["x"]))).last == "1 row")
    }

    @Test("integer columns align right")
    func integers() {
        let answer = Answer(
            shape: .actors,
            rows: [.object([("n", .integer(7))]), .object([("n", .integer(1234))])],
            columns: [.init("Count", ["n"])])
        #expect(lines(Renderer().render(answer)) == ["Count", "-----", "    7", " 1234", "2 rows"])
    }

    @Test("shrinking takes from the widest columns first")
    func fitting() {
        let writer = TableWriter(showEvidence: false, color: false, width: 30)
        #expect(writer.fitted([5, 40, 10]) == [5, 11, 10])
        #expect(writer.fitted([30, 30]) == [14, 14])
        #expect(TableWriter(showEvidence: false, color: false, width: 3).fitted([5, 5]) == [2, 2])
        #expect(TableWriter(showEvidence: false, color: false, width: nil).fitted([50]) == [50])
        #expect(writer.fitted([12, 40], wordWidths: [12, 9]) == [12, 16])
        #expect(writer.fitted([20, 40], wordWidths: [18, 20]) == [14, 14])
    }

    @Test("words break only when columns cannot fit their longest words")
    func wordsKept() {
        let table = Renderer(format: .table, width: 40).render(Fixtures.who)
        #expect(table.contains("supports") && table.contains("Moon Jae-in"))
    }
}

@Test("a count answer is its number, with no footer")
func countAnswer() {
    let answer = Answer(
        shape: .count, rows: [.object([("count", .integer(7))])], columns: [.init("Count", ["count"])],
        extra: [("count", .integer(7))])
    #expect(Renderer().render(answer) == "Count\n-----\n    7\n")
}
