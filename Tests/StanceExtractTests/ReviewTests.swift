import Foundation
import StanceCore
import StanceExtract
import StanceStore
import StanceTestSupport
import Testing

@Suite("The review file")
struct ReviewTests {
    @Test("reviewYAML and parseReview round-trip every proposal, all marked accept: no")
    func roundTrip() throws {
        let proposals = Fixtures.proposals(Fixtures.gazette)
        let yaml = proposals.reviewYAML()
        #expect(yaml.hasPrefix("# stance extract review file."))
        #expect(!yaml.contains("  accept: yes\n"))
        #expect(yaml.components(separatedBy: "  accept: no\n").count - 1 == proposals.quotes.count + proposals.actors.count + proposals.affiliations.count + proposals.positions.count + 1)
        let parsed = try Proposals.parseReview(yaml)
        #expect(parsed == proposals)
        #expect(parsed.source.text == Fixtures.gazette)
        #expect(parsed.acceptedCount == 0)
    }

    @Test("a researcher's edits come back: accepted items, a corrected speaker")
    func edits() throws {
        let proposals = Fixtures.proposals(Fixtures.gazette)
        var yaml = proposals.reviewYAML()
        let analysts = try #require(Fixtures.quote(proposals, "Autos will dominate"))
        yaml = try accept(yaml, "id: \(analysts.id.rawValue)\n")
        yaml = yaml.replacingOccurrences(
            of: "id: \(analysts.id.rawValue)\n  accept: yes\n", with: "id: \(analysts.id.rawValue)\n  accept: yes\n  speaker: Cutler\n")
        yaml = try accept(yaml, "id: omar-feld\n")
        let parsed = try Proposals.parseReview(yaml)
        #expect(parsed.acceptedCount == 2)
        let quote = try #require(parsed.quotes.first { $0.id == analysts.id })
        #expect(quote.accept)
        #expect(quote.speaker?.name == "Cutler")
        #expect(quote.speaker?.id == nil)  // a name, resolved when applied
        #expect(parsed.actors.first { $0.id.rawValue == "omar-feld" }?.accept == true)
    }

    @Test("the article text comes back exactly, whatever it holds")
    func texts() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let graph = try store.read { try GraphReader.read($0) }
        try store.close()
        var texts = graph.sources.compactMap(\.text)
        #expect(texts.count == 5)
        texts += ["  leading spaces\ttab\r\nCRLF line\ntrailing space \n\n\n", "no final newline", "\u{201C}Quoted\u{201D}\n"]
        for text in texts {
            let proposals = Proposals(source: ProposedSource(id: Fixtures.slug("s"), text: text))
            #expect(try Proposals.parseReview(proposals.reviewYAML()).source.text == text)
        }
    }

    @Test("a file that is not a review is refused with a reason")
    func invalid() {
        for text in ["quotes: [", "- just a list", "source:\n  id: Not An Id\n", "source:\n  id: s\nquotes: 5\n",
                     "source:\n  id: s\nquotes:\n  - id: q\n    accept: maybe\n    text: x\n    start: 1\n    end: 2\n"] {
            #expect(throws: ReviewError.self) { try Proposals.parseReview(text) }
        }
    }

    @Test("--format json: one object with quotes (text, speaker or null, offsets) and actors")
    func json() throws {
        let proposals = Fixtures.proposals(Fixtures.gazette)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(proposals.json().utf8)) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == proposals.quotes.count)
        for quote in quotes {
            #expect(quote["text"] is String)
            #expect(quote["start"] is Int && quote["end"] is Int)
            #expect(quote["speaker"] is NSNull || quote["speaker"] is [String: Any])
        }
        let lighthizer = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("We are not going") == true })
        let speaker = try #require(lighthizer["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Robert Lighthizer")
        #expect(speaker["id"] as? String == "robert-lighthizer")
        let feld = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("could drag on") == true })
        let newSpeaker = try #require(feld["speaker"] as? [String: Any])
        #expect(newSpeaker["name"] as? String == "Omar Feld")
        #expect(newSpeaker["id"] == nil)
        #expect(newSpeaker["proposed_id"] as? String == "omar-feld")
        let anonymous = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("Autos") == true })
        #expect(anonymous["speaker"] is NSNull)
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["id"] as? String == "omar-feld" && $0["kind"] as? String == "person" })
    }

    /// `yaml` with the first `accept: no` after `marker` changed to `accept: yes`.
    private func accept(_ yaml: String, _ marker: String) throws -> String {
        let at = try #require(yaml.range(of: marker))
        let flag = try #require(yaml.range(of: "accept: no", range: at.upperBound..<yaml.endIndex))
        return yaml.replacingCharacters(in: flag, with: "accept: yes")
    }
}
