import Foundation
import StanceCore
import StanceExtract
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// Reported stances ("X said Y opposed …") and new issues, from the proposal through the review
/// file to the database (names and organisations invented for the tests).
@Suite("Reported stances and new issues, proposed and applied")
struct ReportedAndNewIssueTests {
    let store: Store
    let graph: GraphContents
    let editor: Editor

    init() throws {
        let path = try TestSupport.temporaryDirectory("extract-reported").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        store = try Store(path: path, mode: .readWrite)
        graph = try store.read { try GraphReader.read($0) }
        editor = try Editor(coder: "ann")
    }

    static let wire = """
        Seoul accepts currency side deal

        SEOUL — South Korea agreed on Monday to a side agreement on currency that would oblige it to publish its interventions in the exchange market, officials said.

        The currency pledge drew criticism. "This is an insult to our central bank," said Mara Quist, an economist at the Quay Institute. Critics said the currency clause went too far.

        Senator Ada Moss said the Cobalt Growers Council, a farm lobby in Omaha, opposed any move to pull out of the agreement.

        South Korea's trade minister, Oh Dae-sung, said his government supported the renegotiation.
        """

    func proposals() -> Proposals {
        Extractor(graph: graph).extract(
            ReportedAndNewIssueTests.wire,
            source: ProposedSource(
                id: Fixtures.slug("currency-wire"), title: "Seoul accepts currency side deal",
                date: PartialDate("2018-03-26"), text: ReportedAndNewIssueTests.wire))
    }

    func count(_ sql: String, _ value: String) throws -> Int {
        try store.read { try $0.fetchOne(Int.self, sql: sql, arguments: [value]) ?? -1 }
    }

    @Test("“X said Y, a farm lobby, opposed …” is Y's stance, reported by X; “his government” is the minister's")
    func reported() throws {
        let proposals = proposals()
        let council = try #require(proposals.actors.first { $0.name == "Cobalt Growers Council" })
        let moss = try #require(proposals.actors.first { $0.name == "Ada Moss" })
        let position = try #require(proposals.positions.first { $0.actor == council.id })
        #expect(position.issue.rawValue == "withdrawal" && position.stance == .opposes)
        #expect(position.basis == .reported && position.reportedBy == moss.id)
        #expect(position.cues == ["opposed"])
        // The reporter holds no stance of her own here.
        #expect(!proposals.positions.contains { $0.actor == moss.id })
        let oh = try #require(proposals.actors.first { $0.name == "Oh Dae-sung" })
        let government = try #require(proposals.positions.first { $0.actor.rawValue == "south-korea" && $0.issue.rawValue == "renegotiation" })
        #expect(government.stance == .supports && government.basis == .reported && government.reportedBy == oh.id)
        // reported_by survives the review file and is in the JSON.
        let parsed = try Proposals.parseReview(proposals.reviewYAML())
        #expect(parsed.positions == proposals.positions)
        #expect(proposals.reviewYAML().contains("reported_by: \(moss.id.rawValue)\n"))
        #expect(proposals.json().contains("\"reported_by\" : \"\(moss.id.rawValue)\""))
    }

    @Test("a second “that” clause of one verb of saying, and “the deal” as the central issue")
    func secondClause() throws {
        let text = """
            Business weighs in

            Ann Rowe, an economist at the Quay Institute, said that tariffs were high and that many in the business community support the deal.
            """
        let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: Fixtures.slug("business"), text: text))
        let rowe = try #require(proposals.actors.first { $0.name == "Ann Rowe" })
        let position = try #require(proposals.positions.first { $0.actor.rawValue == "us-business-community" })
        #expect(position.issue.rawValue == "korus" && position.stance == .supports)
        #expect(position.basis == .reported && position.reportedBy == rowe.id)
        #expect(!proposals.positions.contains { $0.actor == rowe.id })
    }

    @Test("“her group would fight …” is the group's stance, reported by her; quote ids use the family name")
    func herGroup() throws {
        let text = """
            Patients object

            Kwon Min-ji, who leads the Harbor Patients Network in Busan, called the plan "an attack on our hospitals." She told reporters that her group would fight any pullout from the agreement "in the streets if necessary."
            """
        let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: Fixtures.slug("patients"), text: text))
        let kwon = try #require(proposals.actors.first { $0.name == "Kwon Min-ji" })
        let network = try #require(proposals.actors.first { $0.name == "Harbor Patients Network" })
        let position = try #require(proposals.positions.first { $0.actor == network.id && $0.basis == .reported })
        #expect(position.issue.rawValue == "withdrawal" && position.stance == .opposes && position.reportedBy == kwon.id)
        #expect(proposals.quotes.allSatisfy { $0.id.rawValue.hasPrefix("kwon-") })
    }

    @Test("a speaker who denies the issue itself opposes it: “not to walk away”, “no renegotiation”")
    func deniedIssue() throws {
        let text = """
            Envoy speaks

            "We are here to reach a deal, not to walk away," said Ann Rowe, an economist at the Quay Institute. "There will be no renegotiation of the beef chapter," said Omar Feld, a fellow at the Quay Institute.
            """
        let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: Fixtures.slug("envoy"), text: text))
        let rowe = try #require(proposals.positions.first { $0.actor.rawValue == "ann-rowe" && $0.issue.rawValue == "withdrawal" })
        #expect(rowe.stance == .opposes && rowe.basis == .stated && rowe.cues == ["not walk away"])
        let feld = try #require(proposals.positions.first { $0.actor.rawValue == "omar-feld" && $0.issue.rawValue == "renegotiation" })
        #expect(feld.stance == .opposes && feld.cues == ["not renegotiation"])
    }

    @Test("--apply creates an accepted new issue before what names it, and refuses it unaccepted")
    func newIssue() throws {
        var proposals = proposals()
        let issue = try #require(proposals.issues.first)
        #expect(issue.key == "currency")
        #expect(issue.description?.contains("side agreement on currency") == true)
        #expect(!issue.accept)
        proposals.source.accept = true
        for index in proposals.actors.indices where proposals.actors[index].name == "Mara Quist" {
            proposals.actors[index].accept = true
        }
        let insult = try #require(proposals.quotes.firstIndex { $0.text.hasPrefix("This is an insult") })
        #expect(proposals.quotes[insult].issues.contains(issue.id))
        proposals.quotes[insult].accept = true

        // The quote names the new issue, which the coder did not accept: nothing is written.
        let changes = try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM change_log") }
        let refused = try Proposals.parseReview(proposals.reviewYAML())
        let error = try #require(throws: EditError.self) { try Applier(editor: editor).apply(refused, to: store) }
        #expect(error.description.contains("quote \(proposals.quotes[insult].id)"))
        #expect(error.description.contains("not accepted"))
        #expect(try count("SELECT count(*) FROM issue WHERE id = ?", issue.id.rawValue) == 0)
        #expect(try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM change_log") } == changes)

        // Accepted, with the name the coder gave it: created first, then what names it.
        var yaml = proposals.reviewYAML()
        yaml = yaml.replacingOccurrences(
            of: "- id: \(issue.id.rawValue)\n  accept: no\n  name: \(issue.name)\n",
            with: "- id: \(issue.id.rawValue)\n  accept: yes\n  name: Currency side agreement\n")
        let review = try Proposals.parseReview(yaml)
        #expect(review.issues.first?.accept == true)
        let added = try Applier(editor: editor).apply(review, to: store)
        #expect(added.map(\.target).prefix(2) == ["source:currency-wire", "issue:\(issue.id.rawValue)"])
        #expect(added.contains { $0.target == "quote:\(proposals.quotes[insult].id.rawValue)" })
        let name = try store.read { try $0.fetchOne(String.self, sql: "SELECT name FROM issue WHERE id = ?", arguments: [issue.id.rawValue]) }
        #expect(name == "Currency side agreement")
    }

    @Test("--apply stores a reported position with its reporter")
    func reportedApplied() throws {
        var proposals = proposals()
        proposals.source.accept = true
        for index in proposals.actors.indices where ["Ada Moss", "Cobalt Growers Council"].contains(proposals.actors[index].name) {
            proposals.actors[index].accept = true
        }
        let index = try #require(proposals.positions.firstIndex { $0.basis == .reported && $0.issue.rawValue == "withdrawal" })
        proposals.positions[index].accept = true
        let id = proposals.positions[index].id.rawValue
        let review = try Proposals.parseReview(proposals.reviewYAML())
        let added = try Applier(editor: editor).apply(review, to: store)
        #expect(added.last?.target == "position:\(id)")
        let row = try store.read { db in
            try db.fetchOne(sql: "SELECT basis, reported_by FROM position WHERE id = ?", arguments: [id])
        }
        let stored = try #require(row)
        #expect((stored["basis"] as String?) == "reported")
        #expect((stored["reported_by"] as String?) == "ada-moss")
    }
}
