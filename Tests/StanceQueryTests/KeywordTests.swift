import StanceCore
import StanceQuery
import Testing

/// The words the parser offers are all cases of `Keyword`: one list drives parsing, completion and
/// the nearest-keyword suggestion.
@Suite("Keywords")
struct KeywordTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure("invalid slug in test fixture: \(text)") }
        return slug
    }

    static var directory: InMemoryNameDirectory {
        InMemoryNameDirectory(
            actors: [Graph.Actor(id: slug("trump"), name: "Donald Trump", kind: .person, aliases: ["Trump"])],
            issues: [Graph.Issue(id: slug("withdrawal"), name: "withdrawal")])
    }

    @Test("every word offered is a keyword", arguments: [
        "", "who ", "who is ", "which groups ", "what ", "what does Trump ", "where does Trump ", "why does Trump ",
        "does Trump ", "is Trump ", "who opposes withdrawal ", "quotes ", "tell me ", "show me ", "who changed ",
        "who opposes withdrawal as ", "stakeholders ", "how ",
    ])
    func offeredWordsAreKeywords(_ prefix: String) {
        let offered = Parser.expectations(after: prefix, directory: Self.directory)
        #expect(!offered.isEmpty, "nothing offered after '\(prefix)'")
        for item in offered where !item.hasPrefix("<") && !["?", "(", ")"].contains(item) {
            for word in item.split(separator: " ") {
                #expect(Keyword(word: String(word)) != nil, "'\(word)' (in '\(item)' after '\(prefix)') is no Keyword")
            }
        }
    }

    @Test("contractions split into keywords")
    func contractions() throws {
        let tokens = try Lexer.tokenize("what's who’s doesn't")
        #expect(tokens.map(\.text) == ["what", "is", "who", "is", "does", "not"])
        #expect(tokens[0].range == tokens[1].range)
    }
}
