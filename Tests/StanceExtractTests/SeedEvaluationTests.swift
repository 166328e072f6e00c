import Foundation
import StanceCore
import StanceExtract
import StanceStore
import StanceTestSupport
import Testing

/// Quote attribution measured on the five seed articles against the hand-coded `graph-data/`
/// (the figures in docs/extract.md). The floors are the measured values, rounded down.
@Suite("Attribution measured on the five seed articles")
struct SeedEvaluationTests {
    let graph: GraphContents

    init() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        graph = try store.read { try GraphReader.read($0) }
        try store.close()
    }

    func evaluate(_ source: Graph.Source) throws -> Evaluation {
        let text = try #require(source.text)
        let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: source.id, text: text))
        let evaluation = Evaluation(proposals.quotes, against: source.quotes)
        print("extract \(source.id): proposed \(evaluation.proposed), hand-coded \(evaluation.expected), correct \(evaluation.correct), "
            + "precision \(evaluation.precision), recall \(evaluation.recall)")
        for wrong in evaluation.wrong { print("  wrong: \(wrong)") }
        for missed in evaluation.missed { print("  missed: \(missed)") }
        return evaluation
    }

    @Test("overall precision and recall hold the measured floor")
    func overall() throws {
        #expect(graph.sources.count == 5)
        var total = Evaluation()
        for source in graph.sources { total = total + (try evaluate(source)) }
        print("extract overall: precision \(total.precision), recall \(total.recall)")
        #expect(total.expected == 28)
        #expect(total.precision >= 0.96)
        #expect(total.recall >= 0.96)
    }

    @Test("per article", arguments: [
        ("cnnmoney-2018-01-04", 1.0, 1.0), ("global-times-2017-09", 1.0, 1.0),
        ("korus-renegotiation-2018-02", 1.0, 1.0), ("nyt-2018-01-04", 1.0, 1.0),
        ("salvage-relationships-2018-02", 0.83, 0.83),
    ])
    func perArticle(id: String, precision: Double, recall: Double) throws {
        let source = try #require(graph.sources.first { $0.id.rawValue == id })
        let evaluation = try evaluate(source)
        #expect(evaluation.precision >= precision)
        #expect(evaluation.recall >= recall)
    }

    @Test("no seed article yields a made-up new actor")
    func noNewActors() throws {
        for source in graph.sources {
            let text = try #require(source.text)
            let proposals = Extractor(graph: graph).extract(text, source: ProposedSource(id: source.id, text: text))
            #expect(proposals.actors.isEmpty, "\(source.id): \(proposals.actors.map(\.name))")
            #expect(proposals.source.exists)
        }
    }
}
