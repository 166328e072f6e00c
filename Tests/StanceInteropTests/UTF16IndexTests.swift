import StanceCore
import StanceInterop
import Testing

@Suite("UTF-16 offsets")
struct UTF16IndexTests {
    // "a🌍é" : a = 1 unit, 🌍 = 2 units (a surrogate pair), é = 1 unit.
    let index = UTF16Index("a🌍é")

    @Test("UTF-16 spans convert to code points and back", arguments: [(0, 1, 0, 1), (1, 3, 1, 2), (0, 4, 0, 3), (3, 4, 2, 3), (4, 4, 3, 3)])
    func converts(start: Int, stop: Int, lower: Int, upper: Int) throws {
        let range = try #require(index.range(utf16: start, stop))
        #expect(range == TextRange(start: lower, end: upper))
        let back = try #require(index.utf16(range))
        #expect(back.start == start && back.stop == stop)
    }

    @Test("a span cutting the surrogate pair or leaving the text is refused", arguments: [(2, 3), (1, 2), (0, 5), (-1, 1), (3, 2)])
    func refuses(start: Int, stop: Int) {
        #expect(index.range(utf16: start, stop) == nil)
    }

    @Test("the text of a span is the UTF-16 units decoded")
    func text() {
        #expect(index.text(utf16: 1, 3) == "🌍")
        #expect(index.utf16Count == 4)
    }
}
