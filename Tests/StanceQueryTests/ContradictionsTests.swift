import Foundation
import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// Ann turns within two months; Bob over eighteen; two sources disagree about Cy within ten days.
enum ContradictionGraph {
    static let slug = SmallGraph.slug

    static func position(
        _ id: String, _ actor: String, _ stance: Graph.Stance, _ date: String, _ source: String,
        basis: Graph.Position.Basis = .stated
    ) -> Graph.Position {
        Graph.Position(
            id: slug(id), actor: slug(actor), issue: slug("x"), stance: stance, date: PartialDate(date),
            source: slug(source), basis: basis, reportedBy: basis == .reported ? slug("bob") : nil,
            evidence: .paraphrase("p \(id)", sentence: "s"), confidence: .high, coder: "t")
    }

    static func source(_ id: String, _ date: String, _ positions: [Graph.Position]) -> Graph.Source {
        Graph.Source(id: slug(id), title: "Source \(id)", date: PartialDate(date) ?? PartialDate("2018")!, positions: positions)
    }

    static let graph = GraphContents(
        actors: [
            Graph.Actor(id: slug("ann"), name: "Ann", kind: .person),
            Graph.Actor(id: slug("bob"), name: "Bob", kind: .person),
            Graph.Actor(id: slug("cy"), name: "Cy", kind: .person),
        ],
        issues: [Graph.Issue(id: slug("x"), name: "Ex")],
        sources: [
            source("s1", "2018-01-10", [
                position("ann-s", "ann", .supports, "2018-01", "s1"),
                position("bob-s", "bob", .supports, "2017-01", "s1"),
                position("cy-s", "cy", .supports, "2018-01-10", "s1", basis: .reported),
            ]),
            source("s2", "2018-01-20", [
                position("ann-o", "ann", .opposes, "2018-03", "s2"),
                position("bob-o", "bob", .opposes, "2018-07", "s2"),
                position("cy-o", "cy", .opposes, "2018-01-20", "s2"),
                position("cy-m", "cy", .mixed, "2018-01-20", "s2"),
            ]),
        ])
}

@Suite("Contradictions: an actor against itself, sources against each other")
struct ContradictionsTests {
    let store: Store

    init() throws {
        store = try TestSupport.store(with: ContradictionGraph.graph)
    }

    @Test("within six months: Ann and Cy; at any distance Bob too; earlier side first, with evidence")
    func selfContradictions() throws {
        let near = try store.read { try Contradictions.selfContradictions(withinMonths: 6, in: $0) }
        #expect(near.map(\.actorID) == ["ann", "cy"])
        let ann = try #require(near.first)
        #expect(ann.first.positionID == "ann-s" && ann.second.positionID == "ann-o")
        #expect(ann.first.text == "p ann-s" && ann.second.sourceTitle == "Source s2" && ann.second.day == "2018-03-01")
        let any = try store.read { try Contradictions.selfContradictions(in: $0) }
        #expect(any.map(\.actorID) == ["ann", "bob", "cy"])
        let eighteen = try store.read { try Contradictions.selfContradictions(withinMonths: 18, in: $0) }
        #expect(eighteen.map(\.actorID) == ["ann", "bob", "cy"])
        let seventeen = try store.read { try Contradictions.selfContradictions(withinMonths: 17, in: $0) }
        #expect(seventeen.map(\.actorID) == ["ann", "cy"])
        let stated = try store.read { try Contradictions.selfContradictions(bases: [.stated], in: $0) }
        #expect(stated.map(\.actorID) == ["ann", "bob"])
    }

    @Test("sources disagree about Cy within a month; Ann's turn is two months apart, so not 'the same time'")
    func sourceDisagreements() throws {
        let month = try store.read { try Contradictions.sourceDisagreements(in: $0) }
        #expect(month.map(\.actorID) == ["cy"])
        let cy = try #require(month.first)
        #expect(cy.first.sourceID == "s1" && cy.second.sourceID == "s2" && cy.first.reportedBy == "bob")
        let wide = try store.read { try Contradictions.sourceDisagreements(withinDays: 70, in: $0) }
        #expect(wide.map(\.actorID) == ["ann", "cy"])
        #expect(try store.read { try Contradictions.sourceDisagreements(actor: "ann", in: $0) }.isEmpty)
    }

    @Test("KORUS: every pair found is one actor's supports and opposes on one issue, and none is missed")
    func korus() throws {
        let korus = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let found = try korus.read { try Contradictions.selfContradictions(in: $0) }
        let graph = try TestSupport.korusData.load()
        let positions = graph.sources.flatMap(\.positions)
        var expected = 0
        for s in positions where s.stance == .supports {
            expected += positions.filter { $0.stance == .opposes && $0.actor == s.actor && $0.issue == s.issue }.count
        }
        #expect(found.count == expected)
        for pair in found {
            #expect(Set([pair.first.stance, pair.second.stance]) == [.supports, .opposes])
            #expect(pair.first.day <= pair.second.day)
        }
    }
}

@Suite("The --basis filter on matrices and networks")
struct BasisFilterTests {
    @Test("only the asked bases count: a cell's evidence comes from a position on one of them")
    func basis() throws {
        let store = try TestSupport.store(with: ContradictionGraph.graph)
        let all = try store.read { try MatrixBuilder.build(MatrixRequest(rule: .latest), in: $0) }
        let stated = try store.read { try MatrixBuilder.build(MatrixRequest(rule: .latest, bases: [.stated]), in: $0) }
        let reported = try store.read {
            try MatrixBuilder.build(MatrixRequest(rule: .latest, bases: [.reported]), in: $0)
        }
        #expect(all.actors.map(\.id).sorted() == ["ann", "bob", "cy"])
        // Cy's latest is 'mixed' (stated, s2); reported alone leaves Cy's 'supports' from s1.
        #expect(reported.actors.map(\.id) == ["cy"] && reported.cells.first?.first??.stance == .supports)
        #expect(reported.cells.first?.first??.basis == "reported")
        for row in stated.cells { for cell in row { #expect(cell?.basis == "stated") } }
        #expect(stated.rule.contains("only stated positions"))
    }
}
