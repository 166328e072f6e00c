import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// The stance words the editing commands accept (`Graph.Stance.words`) mean in the query language what
/// they mean there: `who is against withdrawal` answers as `who opposes withdrawal`.
@Suite("Stance words, the same everywhere")
struct StanceWordTests {
    @Test("every editing word is a query word for the same stance", arguments: Array(Graph.Stance.words.keys).sorted())
    func sameMeaning(_ word: String) throws {
        let stance = try #require(Graph.Stance(word: word))
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let canonical: String
        switch stance {
        case .supports: canonical = "who supports renegotiation"
        case .opposes: canonical = "who opposes renegotiation"
        case .mixed: canonical = "who is mixed on renegotiation"
        case .neutral: canonical = "who is neutral on renegotiation"
        }
        let expected = try store.read { try QueryEngine.answer(canonical, in: $0) }
        // A verb (`backs`), a complement of `is` (`against`, `opposed to`), or one that takes `on` (`torn`).
        let phrasings = ["who \(word) renegotiation", "who is \(word) renegotiation", "who is \(word) on renegotiation"]
        let answer = phrasings.lazy.compactMap { query in try? store.read { try QueryEngine.answer(query, in: $0) } }.first
        let found = try #require(answer, "the query language does not take '\(word)'")
        #expect(found.rows == expected.rows, "'\(word)' means something else in a query")
    }

    @Test("case and spacing do not matter; unknown words are refused")
    func forms() {
        #expect(Graph.Stance(word: "  Opposed   To ") == .opposes)
        #expect(Graph.Stance(word: "AGAINST") == .opposes)
        #expect(Graph.Stance(word: "sort of") == nil)
    }
}
