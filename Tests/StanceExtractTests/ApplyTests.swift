import Foundation
import StanceCore
import StanceExtract
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@Suite("Applying a review: only accepted items, validated and logged, in one transaction")
struct ApplyTests {
    let store: Store
    let graph: GraphContents
    let editor: Editor

    init() throws {
        let path = try TestSupport.temporaryDirectory("extract").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        store = try Store(path: path, mode: .readWrite)
        graph = try store.read { try GraphReader.read($0) }
        editor = try Editor(coder: "ann")
    }

    func count(_ sql: String) throws -> Int {
        try store.read { try $0.fetchOne(Int.self, sql: sql) ?? -1 }
    }

    /// The gazette article read against the KORUS graph, then written out and read back as a researcher would.
    func review(accepting accepted: (inout Proposals) throws -> Void) throws -> Proposals {
        var proposals = Extractor(graph: graph).extract(
            Fixtures.gazette,
            source: ProposedSource(
                id: Fixtures.slug("gazette-2018-04-02"), title: "Tariff talks resume", outlet: "Example Gazette",
                date: PartialDate("2018-04-02"), text: Fixtures.gazette))
        try accepted(&proposals)
        return try Proposals.parseReview(proposals.reviewYAML())
    }

    @Test("the accepted source, actors, affiliation, quote and position are added; nothing else")
    func acceptedOnly() throws {
        let changes = try count("SELECT count(*) FROM change_log")
        let quotes = try count("SELECT count(*) FROM quote")
        let positions = try count("SELECT count(*) FROM position")
        let review = try review { proposals in
            proposals.source.accept = true
            for index in proposals.actors.indices where ["omar-feld", "example-institute-for-trade"].contains(proposals.actors[index].id.rawValue) {
                proposals.actors[index].accept = true
            }
            for index in proposals.affiliations.indices where proposals.affiliations[index].actor.rawValue == "omar-feld" {
                proposals.affiliations[index].accept = true
            }
            for index in proposals.quotes.indices where proposals.quotes[index].text.hasPrefix("Withdrawal would be") {
                proposals.quotes[index].accept = true
            }
            for index in proposals.positions.indices
            where proposals.positions[index].actor.rawValue == "omar-feld" && proposals.positions[index].issue.rawValue == "withdrawal" {
                proposals.positions[index].accept = true
            }
            // A position whose quote is not accepted rests on its sentence instead.
            for index in proposals.positions.indices
            where proposals.positions[index].actor.rawValue == "maria-lopez" && proposals.positions[index].issue.rawValue == "agriculture" {
                proposals.positions[index].accept = true
                proposals.positions[index].actor = Fixtures.slug("wendy-cutler")
            }
        }
        #expect(review.acceptedCount == 7)
        let added = try Applier(editor: editor).apply(review, to: store)
        #expect(added.map(\.target) == [
            "source:gazette-2018-04-02", "actor:omar-feld", "actor:example-institute-for-trade",
            "affiliation:omar-feld-example-institute-for-trade", "quote:feld-withdrawal-would-disaster",
            "position:omar-feld-opposes-withdrawal", "position:maria-lopez-supports-agriculture",
        ])
        #expect(added.allSatisfy { $0.coder == "ann" && $0.operation == "add" })
        #expect(try count("SELECT count(*) FROM change_log") == changes + 7)
        #expect(try count("SELECT count(*) FROM quote") == quotes + 1)
        #expect(try count("SELECT count(*) FROM position") == positions + 2)
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'maria-lopez'") == 0)
        #expect(try count("SELECT count(*) FROM affiliation WHERE actor_id = 'maria-lopez'") == 0)
        #expect(try count("SELECT count(*) FROM quote WHERE source_id = 'gazette-2018-04-02'") == 1)
        let stored = try store.read { db in
            try db.fetchOne(sql: "SELECT speaker_id, start_offset, end_offset FROM quote WHERE id = 'feld-withdrawal-would-disaster'")
        }
        let row = try #require(stored)
        let quote = try #require(review.quotes.first { $0.accept })
        #expect(row["speaker_id"] as String? == "omar-feld")
        #expect(row["start_offset"] as Int? == quote.range.start)
        #expect(row["end_offset"] as Int? == quote.range.end)
        let evidence = try store.read { db in
            try db.fetchAll(sql: "SELECT id, quote_id, sentence, basis, coder FROM position WHERE source_id = 'gazette-2018-04-02' ORDER BY id")
        }
        #expect(evidence.map { $0["quote_id"] as String? } == [nil, "feld-withdrawal-would-disaster"])
        #expect(evidence.first?["sentence"] as String? == "“We support a fair deal on beef,” she said.")
        // Both rest on cue words in the speaker's own quoted words: stated.
        #expect(evidence.map { $0["basis"] as String? } == ["stated", "stated"])
        #expect(evidence.allSatisfy { $0["coder"] as String? == "ann" })
        // What the researcher accepted is now in the graph and answers queries.
        let names = try store.read { try $0.fetchAll(String.self, sql: "SELECT key FROM name_key WHERE target_id = 'omar-feld'") }
        #expect(names.contains("feld"))
    }

    @Test("nothing accepted: nothing written")
    func nothingAccepted() throws {
        let changes = try count("SELECT count(*) FROM change_log")
        let review = try review { _ in }
        #expect(try Applier(editor: editor).apply(review, to: store).isEmpty)
        #expect(try count("SELECT count(*) FROM change_log") == changes)
    }

    @Test("one invalid accepted item: nothing at all is written, and the error names the item")
    func allOrNothing() throws {
        let changes = try count("SELECT count(*) FROM change_log")
        let actors = try count("SELECT count(*) FROM actor")
        let review = try review { proposals in
            proposals.source.accept = true
            for index in proposals.actors.indices where proposals.actors[index].id.rawValue == "omar-feld" {
                proposals.actors[index].accept = true
            }
            // Lopez's quote, but not Lopez: the speaker is a proposal nobody accepted.
            for index in proposals.quotes.indices where proposals.quotes[index].text.hasPrefix("We support") {
                proposals.quotes[index].accept = true
            }
        }
        let error = try #require(throws: EditError.self) { try Applier(editor: editor).apply(review, to: store) }
        #expect(error.description.contains("quote lopez-support-fair-deal"))
        #expect(error.description.contains("not accepted"))
        #expect(try count("SELECT count(*) FROM change_log") == changes)
        #expect(try count("SELECT count(*) FROM actor") == actors)
        #expect(try count("SELECT count(*) FROM source WHERE id = 'gazette-2018-04-02'") == 0)
    }

    @Test("quotes for an existing source need no source block, and anonymous quotes need a speaker first")
    func existingSource() throws {
        let nyt = try #require(graph.sources.first { $0.id.rawValue == "nyt-2018-01-04" })
        let text = try #require(nyt.text)
        var proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: nyt.id, text: text))
        #expect(proposals.source.exists)
        let index = try #require(proposals.quotes.firstIndex { $0.text.hasPrefix("flawed metric") })
        proposals.quotes[index].accept = true
        let review = try Proposals.parseReview(proposals.reviewYAML())
        let added = try Applier(editor: editor).apply(review, to: store)
        #expect(added.map(\.target) == ["quote:\(proposals.quotes[index].id)"])

        var anonymous = Fixtures.proposals(Fixtures.gazette)
        anonymous.source = ProposedSource(id: nyt.id, exists: true, text: text)
        let autos = try #require(anonymous.quotes.firstIndex { $0.text.hasPrefix("Autos") })
        anonymous.quotes[autos].accept = true
        let error = try #require(throws: EditError.self) { try Applier(editor: editor).apply(anonymous, to: store) }
        #expect(error.description.contains("no speaker"))
    }
}
