import StanceCore
import Testing

@testable import StanceRender

@Suite("Markdown rendering")
struct MarkdownRenderTests {
    @Test("a GitHub table with header, separator and rows; evidence only when asked for")
    func table() {
        #expect(Renderer(format: .markdown).render(Fixtures.who) == """
            | Actor | Stance |
            |---|---|
            | Moon Jae-in | supports |
            | 文在寅 | opposes |

            """)
        let shown = Renderer(format: .markdown, showEvidence: true).render(Fixtures.who)
        #expect(shown.hasPrefix("| Actor | Stance | Quote |\n|---|---|---|\n"))
    }

    @Test("pipes are escaped and line breaks become <br>")
    func escaping() {
        let markdown = Renderer(format: .markdown).render(Fixtures.single(["a|b", "one\ntwo\r\nthree", "esc\u{1B}[1m"]))
        #expect(markdown.contains("| a\\|b |"))
        #expect(markdown.contains("| one<br>two<br>three |"))
        #expect(!markdown.unicodeScalars.contains("\u{1B}"))
        #expect(markdown.split(separator: "\n").count == 5)
    }

    @Test("an empty answer keeps its header")
    func empty() {
        let answer = Answer(shape: .who, rows: [], columns: [.init("Name", ["name"])])
        #expect(Renderer(format: .markdown).render(answer) == "| Name |\n|---|\n")
    }
}
