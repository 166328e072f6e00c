import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// The same answers on both engines (issue 13): every example query, every natural question, every matrix and
/// network format over KORUS, and random who-conditions and matrices over a random graph, compared as the text
/// users get (JSON, CSV, GraphML, …). Any difference fails.
@Suite("Engine parity: SQLite and PostgreSQL give the same answers", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresParityTests {
    static let queries = TestSupport.packageRoot.appendingPathComponent("queries")

    /// KORUS in SQLite, and in a fresh PostgreSQL database, handed to `body`.
    static func withBothKORUS(_ body: (Store, Store) throws -> Void) throws {
        let sqlite = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        try withBoth(try TestSupport.korusData.load(), sqlite: sqlite, body)
    }

    /// `graph` in `sqlite` (or a new SQLite store) and in a fresh PostgreSQL database.
    static func withBoth(_ graph: GraphContents, sqlite: Store? = nil, _ body: (Store, Store) throws -> Void) throws {
        let left = try sqlite ?? TestSupport.store(with: graph)
        try TestServer.withDatabase { url in
            let postgres = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? postgres.close() }
            try postgres.write { db in try GraphWriter.insert(graph, into: db) }
            try body(left, postgres)
        }
    }

    /// The JSON users get for `query`, or the error they get.
    static func answer(_ query: String, _ store: Store) -> String {
        do {
            return Renderer(format: .json).render(try store.read { try QueryEngine.answer(query, in: $0) })
        } catch {
            return "ERROR: \(error)"
        }
    }

    static func lines(_ file: String, separator: String? = nil) throws -> [String] {
        try String(contentsOf: queries.appendingPathComponent(file), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test("every example query in queries/*.stq, and every question of the natural corpus, as JSON")
    func queriesAndNaturalQuestions() throws {
        let manager = FileManager.default
        let files = try manager.contentsOfDirectory(atPath: Self.queries.path).filter { $0.hasSuffix(".stq") }.sorted()
        let natural = try manager.contentsOfDirectory(atPath: Self.queries.appendingPathComponent("natural").path)
            .filter { $0.hasSuffix(".nat") }.sorted()
        var questions = try files.compactMap { try Self.lines($0).first }
        for file in natural {
            for line in try Self.lines("natural/" + file) {
                let parts = line.components(separatedBy: "=>").map { $0.trimmingCharacters(in: .whitespaces) }
                questions += parts.map { $0.hasPrefix("!") ? String($0.dropFirst()) : $0 }
            }
        }
        #expect(files.count >= 29 && questions.count > 300, "\(files.count) examples, \(questions.count) questions")
        try Self.withBothKORUS { sqlite, postgres in
            for question in Set(questions).sorted() {
                let expected = Self.answer(question, sqlite)
                #expect(Self.answer(question, postgres) == expected, "\(question)")
            }
        }
    }

    @Test("every matrix format under filters, and every network type, normalisation and format")
    func matricesAndNetworks() throws {
        try Self.withBothKORUS { sqlite, postgres in
            let requests = [
                MatrixRequest(), MatrixRequest(rule: .latest), MatrixRequest(kind: .person),
                MatrixRequest(window: DateWindow(upper: "2018-01-01")), MatrixRequest(minimumPositions: 3),
                MatrixRequest(topIssues: 4), MatrixRequest(order: .similarity), MatrixRequest(order: .count),
                MatrixRequest(issueIDs: ["withdrawal", "renegotiation", "isds"]),
            ]
            for request in requests {
                let left = try sqlite.read { try MatrixBuilder.build(request, in: $0) }
                let right = try postgres.read { try MatrixBuilder.build(request, in: $0) }
                for format in MatrixFormat.allCases {
                    #expect(
                        MatrixRenderer(format: format).render(right) == MatrixRenderer(format: format).render(left),
                        "\(request) \(format)")
                }
                for kind in [Network.Kind.congruence, .conflict, .subtract, .ignore, .issues] {
                    for normalization in [Network.Normalization.none, .average, .jaccard, .cosine] {
                        let build = { (m: PositionMatrix) in
                            kind == .issues
                                ? NetworkBuilder.issueNetwork(m, normalization: normalization)
                                : NetworkBuilder.actorNetwork(m, kind: kind, normalization: normalization)
                        }
                        for format in NetworkFormat.allCases {
                            #expect(
                                NetworkRenderer(format: format).render(build(right))
                                    == NetworkRenderer(format: format).render(build(left)),
                                "\(request) \(kind) \(normalization) \(format)")
                        }
                    }
                }
            }
            let left = try sqlite.read { try NetworkBuilder.affiliationNetwork(in: $0, kind: nil) }
            let right = try postgres.read { try NetworkBuilder.affiliationNetwork(in: $0, kind: nil) }
            #expect(NetworkRenderer(format: .graphml).render(right) == NetworkRenderer(format: .graphml).render(left))
        }
    }

    @Test("contradictions, source disagreements, hearsay and --basis: the same answers, matrix marks and hearsay network")
    func contradictionsAndHearsay() throws {
        let queries = [
            "who contradicts themselves", "who contradicts themselves within 1 month",
            "who contradicts themselves within 2 months", "who contradicts themselves within 10 days",
            "who contradicts themselves on Ex within 18 months", "where do sources disagree",
            "where do sources disagree within 70 days", "where do sources disagree about Cy on Ex",
            "who says Cy supports Ex", "who says Ann supports Why", "what does Cy report about others",
            "does Ann contradict herself",
        ]
        try Self.withBoth(AnalysisGraph.graph) { sqlite, postgres in
            for query in queries {
                let expected = Self.answer(query, sqlite)
                #expect(!expected.hasPrefix("ERROR"), "\(query): \(expected)")
                #expect(Self.answer(query, postgres) == expected, "\(query)")
            }
            for bases in [[Graph.Position.Basis.stated], [.reported], [.stated, .inferred]] {
                for query in ["who contradicts themselves", "who has ever supported Ex", "stakeholders of Ex"] {
                    let run = { (store: Store) in
                        Renderer(format: .json).render(try store.read { try QueryEngine.answer(query, in: $0, bases: bases) })
                    }
                    #expect(try run(postgres) == run(sqlite), "\(query) \(bases)")
                }
            }
            let left = try sqlite.read { try MatrixBuilder.build(MatrixRequest(), in: $0) }
            let right = try postgres.read { try MatrixBuilder.build(MatrixRequest(), in: $0) }
            #expect(left.hasContradictions)
            for format in MatrixFormat.allCases {
                #expect(MatrixRenderer(format: format).render(right) == MatrixRenderer(format: format).render(left))
            }
            let hearsayLeft = try sqlite.read { try NetworkBuilder.hearsayNetwork(MatrixRequest(), in: $0) }
            let hearsayRight = try postgres.read { try NetworkBuilder.hearsayNetwork(MatrixRequest(), in: $0) }
            #expect(!hearsayLeft.edges.isEmpty)
            for format in NetworkFormat.allCases {
                #expect(NetworkRenderer(format: format).render(hearsayRight) == NetworkRenderer(format: format).render(hearsayLeft))
            }
        }
        // Many pairs on nearby and partial dates: the month and day arithmetic of both engines, and the finder's.
        try Self.withBoth(Self.randomGraph()) { sqlite, postgres in
            for span in ["", " within 1 month", " within 2 months", " within 3 days", " within 30 days"] {
                let query = "who contradicts themselves" + span
                let expected = Self.answer(query, sqlite)
                #expect(expected.contains("\"earlier\""), "\(query) finds pairs")
                #expect(Self.answer(query, postgres) == expected, "\(query)")
            }
            for months in [1, 2] {
                let viaQuery = try postgres.read {
                    try QueryEngine.answer("who contradicts themselves within \(months) months", in: $0)
                }.rows.count
                let viaFinder = try postgres.read { try Contradictions.selfContradictions(withinMonths: months, in: $0) }.count
                #expect(viaQuery == viaFinder, "within \(months) months")
            }
        }
    }

    /// A random graph where ties in date and latest-position rules matter: 30 actors, 6 issues, 400 positions
    /// on 90 days (so many share a day), partial dates among them.
    static func randomGraph() -> GraphContents {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func slug(_ text: String) -> Slug { Slug(text) ?? Slug("x")! }
        let kinds: [Graph.Actor.Kind] = [.person, .organization, .group, .government]
        let actors = (0..<30).map { Graph.Actor(id: slug("a-\($0)"), name: "Actor \($0 % 7) \($0)", kind: kinds[$0 % 4]) }
        let issues = (0..<6).map { Graph.Issue(id: slug("i-\($0)"), name: "Issue \(5 - $0 % 3)") }
        let stances: [Graph.Stance] = [.supports, .opposes, .supports, .opposes, .mixed, .neutral]
        let positions = (0..<400).map { index -> Graph.Position in
            let day = next(90)
            let month = 1 + day / 30, dayOfMonth = 1 + day % 28
            let date = next(10) == 0 ? "2017-0\(month)" : String(format: "2017-%02d-%02d", month, dayOfMonth)
            return Graph.Position(
                id: slug("p-\(index)"), actor: slug("a-\(next(30))"), issue: slug("i-\(next(6))"),
                stance: stances[next(stances.count)], date: PartialDate(date), source: slug("s"), basis: .stated,
                evidence: .paraphrase("P \(index)", sentence: "S \(index)."), confidence: .high, coder: "test")
        }
        return GraphContents(
            actors: actors, issues: issues,
            sources: [Graph.Source(id: slug("s"), title: "S", date: PartialDate("2017")!, positions: positions)])
    }

    @Test("random who-conditions, counts, windows and matrices over a random graph with ties")
    func randomGraph() throws {
        let verbs = ["supports", "opposes", "is mixed on", "is neutral on", "has ever supported", "has ever opposed"]
        let joins = [" and ", " or ", " but not "]
        let tails = ["", " among people", " among organizations", " as of 2017-02-15", " between 2017-01-20 and 2017-03-01"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var questions: [String] = []
        for _ in 0..<150 {
            var text = "who \(verbs[next(verbs.count)]) i-\(next(6))"
            for _ in 0..<next(3) { text += joins[next(joins.count)] + "\(verbs[next(verbs.count)]) i-\(next(6))" }
            text += tails[next(tails.count)]
            questions.append(text)
            questions.append("how many " + text.dropFirst("who ".count).description.replacingOccurrences(of: "who ", with: ""))
        }
        questions += (0..<6).map { "who changed on i-\($0)" } + (0..<30).map { "who agrees with a-\($0)" }
            + (0..<30).map { "who disagrees with a-\($0) on i-\($0 % 6)" }
        try Self.withBoth(Self.randomGraph()) { sqlite, postgres in
            var answered = 0
            for question in questions {
                let expected = Self.answer(question, sqlite)
                if !expected.hasPrefix("ERROR") { answered += 1 }
                #expect(Self.answer(question, postgres) == expected, "\(question)")
            }
            #expect(answered > questions.count / 2, "only \(answered) of \(questions.count) random questions parse")
            for rule in MatrixRequest.Rule.allCases {
                for window in [DateWindow(), DateWindow(upper: "2017-02-01"), DateWindow(lower: "2017-02-01", upper: "2017-03-10")] {
                    for top in [nil, 2] {
                        let request = MatrixRequest(window: window, topIssues: top, rule: rule)
                        let left = try sqlite.read { try MatrixBuilder.build(request, in: $0) }
                        let right = try postgres.read { try MatrixBuilder.build(request, in: $0) }
                        #expect(MatrixRenderer(format: .json).render(right) == MatrixRenderer(format: .json).render(left), "\(request)")
                    }
                }
            }
        }
    }
}
