import Foundation
import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// A four-actor, three-issue graph whose networks are computed by hand in the tests below.
enum SmallGraph {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure("test slug '\(text)'") }
        return slug
    }

    static func position(_ id: String, _ actor: String, _ issue: String, _ stance: Graph.Stance, _ date: String) -> Graph.Position {
        Graph.Position(
            id: slug(id), actor: slug(actor), issue: slug(issue), stance: stance, date: PartialDate(date),
            source: slug("s1"), basis: .stated, evidence: .paraphrase("p", sentence: "s"), confidence: .high, coder: "t")
    }

    static let graph = GraphContents(
        actors: [
            Graph.Actor(id: slug("abe"), name: "Abe", kind: .person),
            Graph.Actor(id: slug("a"), name: "Ann", kind: .person),
            Graph.Actor(id: slug("b"), name: "Bob", kind: .person),
            Graph.Actor(id: slug("c"), name: "Corp", kind: .organization),
            Graph.Actor(id: slug("d"), name: "Dems", kind: .group),
        ],
        issues: [
            Graph.Issue(id: slug("x"), name: "Ex"), Graph.Issue(id: slug("y"), name: "Why"),
            Graph.Issue(id: slug("z"), name: "Zed"),
        ],
        affiliations: [
            Graph.Affiliation(id: slug("f1"), actor: slug("a"), organization: slug("c"), role: "fellow", source: slug("s1")),
        ],
        sources: [
            Graph.Source(
                id: slug("s1"), title: "One", date: PartialDate("2018-01-01") ?? PartialDate("2018")!,
                positions: [
                    position("d-x-old", "d", "x", .opposes, "2017-01"),
                    position("abe-y", "abe", "y", .neutral, "2018-01"),
                    position("a-x", "a", "x", .supports, "2018-01"), position("a-y", "a", "y", .opposes, "2018-01"),
                    position("a-z", "a", "z", .supports, "2018-01"), position("b-x", "b", "x", .supports, "2018-01"),
                    position("b-y", "b", "y", .supports, "2018-01"), position("b-z", "b", "z", .opposes, "2018-01"),
                    position("c-x", "c", "x", .opposes, "2018-01"), position("c-y", "c", "y", .opposes, "2018-01"),
                    position("d-x", "d", "x", .supports, "2018-02"), position("d-z", "d", "z", .neutral, "2018-02"),
                ]),
        ])
}

@Suite("Matrices and networks")
struct MatrixTests {
    let store: Store

    init() throws {
        store = try TestSupport.store(with: SmallGraph.graph)
    }

    func matrix(_ request: MatrixRequest) throws -> PositionMatrix {
        try store.read { db in try MatrixBuilder.build(request, in: db) }
    }

    func weights(_ network: Network) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: network.edges.map { ("\($0.source)-\($0.target)", $0.weight) })
    }

    @Test("cells hold the latest stance, or mixed where the window holds both supports and opposes")
    func cells() throws {
        let m = try matrix(MatrixRequest())
        #expect(m.actors.map(\.name) == ["Abe", "Ann", "Bob", "Corp", "Dems"])
        #expect(m.issues.map(\.id) == ["x", "y", "z"])  // most actors first, then by name
        #expect(m.cells[4][0]?.stance == .mixed)
        #expect(m.cells[4][0]?.latestStance == .supports)
        #expect(m.cells[4][0]?.positions == 2)
        #expect(m.cells[3][2] == nil)
        let latest = try matrix(MatrixRequest(rule: .latest))
        #expect(latest.cells[4][0]?.stance == .supports)
        let before = try matrix(MatrixRequest(window: DateWindow(upper: "2018-01-01")))
        #expect(before.actors.map(\.name) == ["Dems"])
        #expect(before.cells[0][0]?.stance == .opposes)
    }

    @Test("filters and orders")
    func filters() throws {
        #expect(try matrix(MatrixRequest(kind: .person)).actors.map(\.name) == ["Abe", "Ann", "Bob"])
        #expect(try matrix(MatrixRequest(issueIDs: ["y"])).actors.map(\.name) == ["Abe", "Ann", "Bob", "Corp"])
        #expect(try matrix(MatrixRequest(minimumPositions: 3)).actors.map(\.name) == ["Ann", "Bob", "Dems"])
        #expect(try matrix(MatrixRequest(topIssues: 1)).issues.map(\.id) == ["x"])
        #expect(try matrix(MatrixRequest(order: .count)).actors.map(\.name) == ["Ann", "Bob", "Corp", "Dems", "Abe"])
        let similar = try matrix(MatrixRequest(order: .similarity, rule: .latest)).actors.map(\.name)
        #expect(Set(similar) == ["Abe", "Ann", "Bob", "Corp", "Dems"])
    }

    @Test("congruence, conflict and subtract, as counted by hand")
    func counts() throws {
        let m = try matrix(MatrixRequest(rule: .latest))
        let congruence = weights(NetworkBuilder.actorNetwork(m, kind: .congruence, normalization: .none))
        #expect(congruence == ["a-b": 1, "a-c": 1, "a-d": 1, "b-d": 1])
        let conflict = weights(NetworkBuilder.actorNetwork(m, kind: .conflict, normalization: .none))
        #expect(conflict == ["a-b": 2, "a-c": 1, "b-c": 2, "c-d": 1])
        let subtract = weights(NetworkBuilder.actorNetwork(m, kind: .subtract, normalization: .none))
        #expect(subtract == ["a-b": -1, "b-c": -2, "c-d": -1, "a-d": 1, "b-d": 1])
        // Under the mixed rule Dems' cell on Ex is mixed: neither agreement nor conflict.
        let mixed = weights(NetworkBuilder.actorNetwork(try matrix(MatrixRequest()), kind: .congruence, normalization: .none))
        #expect(mixed == ["a-b": 1, "a-c": 1])
    }

    @Test("normalisations divide by the mean, the union or the geometric mean of the degrees")
    func normalisations() throws {
        let m = try matrix(MatrixRequest(rule: .latest))
        let average = weights(NetworkBuilder.actorNetwork(m, kind: .congruence, normalization: .average))
        #expect(abs((average["a-b"] ?? 0) - 1.0 / 3) < 1e-9)
        #expect(abs((average["a-c"] ?? 0) - 0.4) < 1e-9)
        #expect(abs((average["a-d"] ?? 0) - 0.5) < 1e-9)
        let jaccard = weights(NetworkBuilder.actorNetwork(m, kind: .congruence, normalization: .jaccard))
        #expect(abs((jaccard["a-c"] ?? 0) - 1.0 / 3) < 1e-9)
        #expect(abs((jaccard["b-d"] ?? 0) - 1.0 / 3) < 1e-9)
        let cosine = weights(NetworkBuilder.actorNetwork(m, kind: .congruence, normalization: .cosine))
        #expect(abs((cosine["a-c"] ?? 0) - 1 / 6.0.squareRoot()) < 1e-9)
        #expect(abs((cosine["a-d"] ?? 0) - 1 / 3.0.squareRoot()) < 1e-9)
    }

    @Test("issue co-support and the affiliation network")
    func otherNetworks() throws {
        let m = try matrix(MatrixRequest(rule: .latest))
        let issues = NetworkBuilder.issueNetwork(m, normalization: .none)
        #expect(weights(issues) == ["x-y": 1, "x-z": 1])
        #expect(issues.nodes.map(\.degree) == [3, 1, 1])
        let affiliation = try store.read { db in try NetworkBuilder.affiliationNetwork(in: db, kind: nil) }
        #expect(affiliation.edges.map { "\($0.source)-\($0.target)-\($0.label)" } == ["a-c-fellow"])
        #expect(affiliation.nodes.count == 2)
    }
}

@Suite("The KORUS matrix agrees with the query language")
struct KorusMatrixTests {
    @Test("every cell equals what 'what does A think about I' shows")
    func everyCell() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let matrix = try store.read { db in try MatrixBuilder.build(MatrixRequest(), in: db) }
        #expect(matrix.actors.count >= 30)
        for name in ["Donald Trump", "Robert Lighthizer", "Wendy Cutler", "US Chamber of Commerce", "South Korea"] {
            #expect(matrix.actors.contains { $0.name == name }, "\(name) has a row")
        }
        try store.read { db in
            for (row, actor) in matrix.actors.enumerated() {
                for (column, issue) in matrix.issues.enumerated() {
                    let answer = try QueryEngine.answer("what does \"\(actor.id)\" think about \"\(issue.id)\"", in: db)
                    let stances = answer.rows.compactMap { row -> String? in
                        if case .text(let s)? = row[["stance"]] { return s }
                        return nil
                    }
                    let latest = answer.rows.first { $0[["latest"]] == .bool(true) }.flatMap { row -> String? in
                        if case .text(let s)? = row[["stance"]] { return s }
                        return nil
                    }
                    let expected: String?
                    if stances.isEmpty {
                        expected = nil
                    } else if stances.contains("supports") && stances.contains("opposes") {
                        expected = "mixed"
                    } else {
                        expected = latest
                    }
                    #expect(matrix.cells[row][column]?.stance.rawValue == expected, "\(actor.id) × \(issue.id)")
                }
            }
        }
    }
}

@Suite("Seriation")
struct SeriationTests {
    @Test("similar rows end up next to each other")
    func blocs() throws {
        // Two blocs interleaved by name: supporters (Ann, Cat, Eve) and opponents (Bob, Dan).
        let graph = GraphContents(
            actors: ["ann", "bob", "cat", "dan", "eve"].map {
                Graph.Actor(id: SmallGraph.slug($0), name: $0.capitalized, kind: .person)
            },
            issues: ["x", "y", "z"].map { Graph.Issue(id: SmallGraph.slug($0), name: $0) },
            sources: [
                Graph.Source(
                    id: SmallGraph.slug("s1"), title: "One", date: PartialDate("2018") ?? PartialDate("2019")!,
                    positions: [("ann", Graph.Stance.supports), ("bob", .opposes), ("cat", .supports), ("dan", .opposes),
                                ("eve", .supports)].flatMap { actor, stance in
                        ["x", "y", "z"].map { SmallGraph.position("\(actor)-\($0)", actor, $0, stance, "2018") }
                    }),
            ])
        let store = try TestSupport.store(with: graph)
        let names = try store.read { db in
            try MatrixBuilder.build(MatrixRequest(order: .similarity), in: db).actors.map(\.name)
        }
        let supporters: Set = ["Ann", "Cat", "Eve"]
        let positions = names.indices.filter { supporters.contains(names[$0]) }
        #expect(positions.max().map { $0 - (positions.min() ?? 0) } == 2, "supporters not contiguous: \(names)")
    }
}
