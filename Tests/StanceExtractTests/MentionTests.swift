import StanceCore
import StanceExtract
import Testing

@Suite("Mentions of known actors and issues")
struct MentionTests {
    let finder = MentionFinder(actors: Fixtures.actors, issues: Fixtures.issues)

    @Test("names and aliases match as whole words, case-insensitively, with offsets")
    func aliases() throws {
        let text = "The U.S. and Seoul argued over a Pullout; USTR Robert Lighthizer spoke for the KORUS FTA."
        let mentions = finder.mentions(in: text)
        let found = mentions.map { "\($0.kind.rawValue):\($0.id):\($0.text)" }
        #expect(found == [
            "actor:united-states:U.S.", "actor:south-korea:Seoul", "issue:withdrawal:Pullout",
            "actor:robert-lighthizer:USTR Robert Lighthizer", "issue:korus:KORUS FTA",
        ])
        for mention in mentions {
            #expect(mention.range.slice(of: text) == mention.text)
        }
        let seoul = try #require(mentions.first { $0.id.rawValue == "south-korea" })
        #expect(seoul.name == "South Korea")
        #expect(seoul.range == TextRange(start: 13, end: 18))
    }

    @Test("a capitalised or all-capitals alias does not match an ordinary word")
    func caseRules() {
        let text = "Some of us took the ferry to Korea; the US said Ferry and Trump’s aides agreed."
        let found = finder.mentions(in: text).map { "\($0.id):\($0.text)" }
        #expect(found == ["south-korea:Korea", "united-states:US", "jeff-ferry:Ferry", "donald-trump:Trump"])
    }

    @Test("the longest name wins, and words are not matched inside hyphenated compounds")
    func longest() {
        let text = "The Coalition for a Prosperous America met Washington-based analysts in Washington."
        let found = finder.mentions(in: text).map { "\($0.id):\($0.text)" }
        #expect(found == [
            "coalition-for-a-prosperous-america:Coalition for a Prosperous America", "unnamed-analysts:analysts",
            "united-states:Washington",
        ])
    }
}
