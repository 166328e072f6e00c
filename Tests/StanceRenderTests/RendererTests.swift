import StanceCore
import Testing

@testable import StanceRender

@Suite("Renderer")
struct RendererTests {
    @Test("terminal style needs a terminal, no NO_COLOR and a TERM other than dumb")
    func terminalStyle() {
        #expect(Renderer.terminalStyle(isTerminal: true, environment: [:]))
        #expect(Renderer.terminalStyle(isTerminal: true, environment: ["NO_COLOR": "", "TERM": "xterm"]))
        #expect(!Renderer.terminalStyle(isTerminal: false, environment: [:]))
        #expect(!Renderer.terminalStyle(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!Renderer.terminalStyle(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test("the explanation is separate from render() and joined with newlines")
    func explanation() {
        let renderer = Renderer()
        #expect(renderer.renderExplanation(Fixtures.who) == "SELECT 1\nSCAN positions")
        #expect(!renderer.render(Fixtures.who).contains("SELECT"))
        let hostile = Answer(shape: .issues, rows: [], columns: [], explanation: ["a\u{1B}[2Jb"])
        #expect(!renderer.renderExplanation(hostile).unicodeScalars.contains("\u{1B}"))
    }

    @Test("every format ends with a newline")
    func newline() {
        for format in OutputFormat.allCases {
            #expect(Renderer(format: format).render(Fixtures.who).hasSuffix("\n"))
            #expect(Renderer(format: format).render(Answer(shape: .issues, rows: [], columns: [])).hasSuffix("\n"))
        }
    }

    @Test("display width counts wide characters as 2 and combining marks as 0")
    func displayWidth() {
        #expect(DisplayWidth.of("Moon Jae-in") == 11)
        #expect(DisplayWidth.of("文在寅") == 6)
        #expect(DisplayWidth.of("문재인") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🇰🇷") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test("the wrapper breaks at spaces and hard-breaks long words")
    func wrapper() {
        func wrap(_ text: String, _ limit: Int) -> [String] {
            let characters = Array(text)
            return TextWrapper.wrap(characters, widths: characters.map(DisplayWidth.of), limit: limit)
                .map { String(characters[$0]) }
        }
        #expect(wrap("short", 10) == ["short"])
        #expect(wrap("one two three", 7) == ["one two", "three"])
        #expect(wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(wrap("文在寅文在寅", 5) == ["文在", "寅文", "在寅"])
        #expect(wrap("", 3) == [""])
    }
}
