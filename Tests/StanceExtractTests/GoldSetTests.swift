import Foundation
import StanceCore
import StanceExtract
import StanceStore
import StanceTestSupport
import Testing

/// The field figures of docs/extract.md, recomputed: proposals for the development articles,
/// the two held-out articles and the five seed articles against their gold codings. The floors
/// are the measured values rounded down (the issue's targets for the development set).
@Suite("Field figures on the gold codings")
struct GoldSetTests {
    let graph: GraphContents

    init() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        graph = try store.read { try GraphReader.read($0) }
        try store.close()
    }

    /// The pooled evaluation of every `*.gold.json` in `Fixtures/folder`, with its article beside it.
    static func evaluate(_ folder: String, graph: GraphContents) throws -> FieldEvaluation {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(folder)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(!files.isEmpty)
        var total = FieldEvaluation()
        for file in files {
            let gold = try GoldCoding.parse(try Data(contentsOf: directory.appendingPathComponent(file)))
            let text = try String(contentsOf: directory.appendingPathComponent(gold.source), encoding: .utf8)
            let id = try #require(Slug.make(from: gold.source.replacingOccurrences(of: ".txt", with: "")))
            let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: id, text: text))
            total = total + FieldEvaluation(proposals, against: gold, graph: graph)
        }
        print("extract \(folder):\n\(total.table())")
        return total
    }

    @Test("development set: the issue's targets")
    func development() throws {
        let figures = try GoldSetTests.evaluate("dev", graph: graph)
        #expect(figures[.attribution].f1 >= 0.95)
        #expect(figures[.issues].f1 >= 0.85)
        #expect(figures[.actors].recall >= 0.9)
        #expect(figures[.affiliations].f1 >= 0.85)
        #expect(figures[.positions].f1 >= 0.7)
    }

    @Test("held-out articles hold their measured floors")
    func heldOut() throws {
        let figures = try GoldSetTests.evaluate("heldout", graph: graph)
        #expect(figures[.attribution].f1 >= 1.0)
        #expect(figures[.issues].f1 >= 0.96)
        #expect(figures[.actors].f1 >= 1.0)
        #expect(figures[.aliases].f1 >= 1.0)
        #expect(figures[.affiliations].f1 >= 1.0)
        #expect(figures[.positions].f1 >= 0.7)
    }

    /// Three articles written and hand-coded for issue 20 before the extractor was run on them
    /// (`Fixtures/heldout2`): the floors are the figures measured after the session's rules.
    @Test("the second held-out set holds its measured floors, reported stances included")
    func heldOutSecond() throws {
        let figures = try GoldSetTests.evaluate("heldout2", graph: graph)
        #expect(figures[.attribution].f1 >= 0.98)
        #expect(figures[.issues].f1 >= 0.73)
        #expect(figures[.actors].f1 >= 1.0)
        #expect(figures[.aliases].f1 >= 1.0)
        #expect(figures[.affiliations].f1 >= 0.88)
        // The tone hint (low confidence) trades some precision for recall; issue terms (issue 20, item 3) give
        // 0.69 → 0.73 (precision 0.73 → 0.75); session 6's stance rules 0.73 → 0.77 (precision 0.75 → 0.86).
        #expect(figures[.positions].f1 >= 0.77)
        #expect(figures[.positions].precision >= 0.85)
        #expect(figures[.reported].found >= 3)
        #expect(figures[.reported].precision >= 1.0)
    }

    /// Held-out sets 3 and 5 (written blind in session 5, then used to find general forms: their figures are
    /// in-sample), 4 (session 5's final set, measured once untouched, then a tuning set in session 6), 7 (written
    /// blind in session 6, measured untouched first, then a tuning set) and 6 (session 6's final set, measured once
    /// untouched; then one fix it prompted, the interviewee of a Q&A). The floors are the figures after the session,
    /// rounded down; docs/extract.md has the unseen ones. This is the one place their figures are held (each
    /// evaluation extracts five articles).
    @Test("held-out sets 3 to 7 hold their measured floors", arguments: [
        ("heldout3", [0.99, 0.80, 1.00, 0.96, 0.94, 0.53]),
        ("heldout4", [1.00, 0.83, 1.00, 1.00, 1.00, 0.56]),
        ("heldout5", [1.00, 0.75, 1.00, 1.00, 0.97, 0.50]),
        ("heldout6", [0.97, 0.65, 0.92, 0.94, 0.66, 0.31]),
        ("heldout7", [1.00, 0.73, 0.96, 1.00, 0.77, 0.31]),
    ])
    func heldOut(set: String, floors: [Double]) throws {
        let figures = try GoldSetTests.evaluate(set, graph: graph)
        let fields: [FieldEvaluation.Field] = [.attribution, .issues, .actors, .aliases, .affiliations, .positions]
        for (field, floor) in zip(fields, floors) {
            #expect(figures[field].f1 >= floor - 0.0001, "\(set) \(field)")
        }
    }

    @Test("seed articles hold their measured floors")
    func seeds() throws {
        var figures = FieldEvaluation()
        for source in graph.sources {
            let text = try #require(source.text)
            let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: source.id, text: text))
            figures = figures + FieldEvaluation(proposals, against: GoldCoding(source: source, graph: graph), graph: graph)
        }
        print("extract seeds:\n\(figures.table())")
        #expect(figures[.attribution].recall >= 0.96)
        #expect(figures[.attribution].precision >= 0.93)
        #expect(figures[.issues].f1 >= 0.71)
        #expect(figures[.actors].proposed == 0)
        #expect(figures[.affiliations].proposed == 0)
        #expect(figures[.positions].correct >= 22)
        // The tone hint (low confidence) trades some precision for recall.
        #expect(figures[.positions].precision >= 0.78)
        #expect(figures[.reported].found >= 1)
    }

    @Test("a gold file with a malformed affiliation is refused with what to write")
    func malformedGold() {
        let json = #"{"source": "a.txt", "affiliations": [["only one"]]}"#
        #expect(throws: DecodingError.self) { try GoldCoding.parse(Data(json.utf8)) }
    }

    @Test("the evaluator counts wrong speakers, missed quotes and optional positions")
    func evaluatorCounts() throws {
        let text = """
            Talks resume

            "We oppose any withdrawal," said Omar Feld, a senior fellow at the Example Institute for Trade. "Autos matter," analysts said.
            """
        let proposals = Fixtures.proposals(text)
        let json = """
            {"source": "x.txt",
             "quotes": [{"text": "We oppose any withdrawal", "speaker": "feld", "issues": ["withdrawal"]},
                        {"text": "Autos matter", "speaker": "cutler", "issues": ["auto-tariffs"]},
                        {"text": "Never said", "speaker": null, "issues": []}],
             "actors": ["omar feld", "someone else"],
             "positions": [{"actor": "feld", "issue": "withdrawal", "stance": "opposes", "optional": true}]}
            """
        let gold = try GoldCoding.parse(Data(json.utf8))
        let figures = FieldEvaluation(proposals, against: gold, knownIssues: Set(Fixtures.issues.map(\.id)))
        #expect(figures[.attribution] == FieldEvaluation.Counts(proposed: 2, expected: 3, correct: 1, found: 1))
        #expect(figures[.actors].found == 1 && figures[.actors].expected == 2)
        // The only candidate position matches an optional one: it counts neither way.
        #expect(figures[.positions].proposed == 0 && figures[.positions].expected == 0)
        #expect(figures.errors.contains { $0.contains("Never said") })
    }

    @Test("a known actor in the gold may be written by its name or an alias")
    func knownActorByAlias() throws {
        let text = """
            Talks resume

            "We will never accept a withdrawal," Seoul said in a statement.
            """
        let proposals = Fixtures.proposals(text)
        let json = """
            {"source": "x.txt",
             "quotes": [{"text": "We will never accept a withdrawal", "speaker": "seoul", "issues": ["withdrawal"]}],
             "positions": [{"actor": "seoul", "issue": "withdrawal", "stance": "opposes"}]}
            """
        let gold = try GoldCoding.parse(Data(json.utf8))
        let byAlias = FieldEvaluation(proposals, against: gold, graph: Fixtures.graph)
        #expect(byAlias[.attribution].correct == 1)
        #expect(byAlias[.positions].correct == 1)
        // Split by kind of proposal, the positions add up to the field's counts.
        #expect(byAlias.positionsByKind.values.reduce(0) { $0 + $1.proposed } == byAlias[.positions].proposed)
        #expect(byAlias.positionsByKind.values.reduce(0) { $0 + $1.correct } == 1)
        #expect(byAlias.positionKinds().contains(": 1 of 1 right (1.00)"))
        // Without the graph's names, "seoul" is no part of the id south-korea.
        let byID = FieldEvaluation(proposals, against: gold, knownIssues: Set(Fixtures.issues.map(\.id)))
        #expect(byID[.attribution].correct == 0)
    }

    @Test("a proposed issue meets the same gold issue before a parent it is a sub-issue of")
    func issueMatchingPrefersSameIssue() throws {
        let text = """
            Talks resume

            "We oppose any withdrawal," said Omar Feld, a senior fellow at the Example Institute for Trade.
            """
        var proposals = Fixtures.proposals(text)
        try #require(!proposals.quotes.isEmpty)
        proposals.quotes[0].issues = [Fixtures.slug("renegotiation"), Fixtures.slug("korus")]
        let json = """
            {"source": "x.txt",
             "quotes": [{"text": "We oppose any withdrawal", "speaker": "feld", "issues": ["korus", "renegotiation"]}]}
            """
        let gold = try GoldCoding.parse(Data(json.utf8))
        let figures = FieldEvaluation(proposals, against: gold, graph: Fixtures.graph)
        // renegotiation is a sub-issue of korus, but it meets the gold renegotiation, leaving korus for korus.
        #expect(figures[.issues].correct == 2, "\(figures.errors)")
    }
}
