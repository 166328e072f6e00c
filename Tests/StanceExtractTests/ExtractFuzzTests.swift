import Foundation
import StanceCore
import StanceExtract
import StanceStore
import StanceTestSupport
import Testing

/// Mangled articles never trap the extractor: the articles of the development and held-out sets, cut, spliced,
/// shuffled and sprinkled with quote marks, attribution words and paragraph breaks, are read against the KORUS
/// graph. A trap (an index out of range, a force unwrap) on an article a researcher pastes in would end the
/// process: here it fails the run. Deterministic: a fixed generator, so a failure repeats. Kept to 48 articles
/// (an extraction against the KORUS graph takes about 0.3 s in a debug build); a wider run through the CLI
/// (644 mangled articles, session 5) found no trap either.
@Suite("Extraction on mangled articles")
struct ExtractFuzzTests {
    /// Pieces that start or end the forms the rules look for.
    static let pieces = [
        "\"", "\u{201C}", "\u{201D}", "'", "\u{2019}", ",", ".", ":", " said", " he said", "\n\n", "Mr.", " \u{2014} ",
        "(", ")", "Kim", " according to ", "?", " told reporters: ", "Sen. ", ", 54, ", " its president, ", "HOST:",
        "\u{1F600}", "\u{0301}", "\r\n",
    ]

    /// A small linear congruential generator, so every run makes the same articles.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return bound <= 0 ? 0 : Int((state >> 33) % UInt64(bound))
        }
    }

    static func mangle(_ text: String, _ random: inout Generator) -> String {
        var characters = Array(text)
        switch random.next(6) {
        case 0:
            characters = Array(characters.prefix(random.next(characters.count + 1)))
        case 1:
            let at = random.next(characters.count + 1)
            characters.insert(contentsOf: pieces[random.next(pieces.count)], at: at)
        case 2:
            let at = random.next(characters.count + 1)
            let end = min(characters.count, at + 1 + random.next(40))
            characters.removeSubrange(at..<end)
        case 3:
            var words = String(characters).split(separator: " ", omittingEmptySubsequences: false)
            for index in words.indices.reversed() where index > 0 { words.swapAt(index, random.next(index + 1)) }
            characters = Array(words.prefix(1 + random.next(words.count)).joined(separator: " "))
        case 4:
            characters.removeAll { "\"\u{201C}\u{201D}".contains($0) && random.next(10) < 3 }
        default:
            characters = Array(characters.suffix(1 + random.next(characters.count)))
        }
        return String(characters)
    }

    @Test("48 mangled articles: no trap, and every proposed quote lies inside its article")
    func mangled() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let graph = try store.read { try GraphReader.read($0) }
        try store.close()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var articles: [String] = []
        for set in ["dev", "heldout", "heldout2", "heldout3", "heldout5"] {
            let folder = fixtures.appendingPathComponent(set)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
                articles.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        #expect(articles.count >= 15)
        var random = Generator(state: 20_261_206)
        let extractor = Extractor(graph: graph)
        let id = try #require(Slug("fuzz-article"))
        for round in 0..<48 {
            var text = articles[round % articles.count]
            for _ in 0...random.next(3) { text = Self.mangle(text, &random) }
            let proposals = extractor.extract(text, source: ProposedSource(id: id, text: text))
            let length = text.unicodeScalars.count
            for quote in proposals.quotes {
                let (start, end) = (quote.range.start, quote.range.end)
                #expect(0 <= start && start <= end && end <= length, "round \(round): \(quote.text)")
            }
        }
    }
}
