import StanceCore
import StanceGraphData
import StanceTestSupport
import Testing

@Suite("The bundled KORUS graph")
struct KorusGraphTests {
    let graph: GraphContents

    init() throws {
        graph = try TestSupport.korusData.load()
    }

    @Test("it holds what the five articles support, at the brief's sizes")
    func counts() {
        #expect(graph.sources.count == 5)
        #expect(graph.actors.count >= 30)
        #expect(graph.issues.count >= 12)
        #expect(graph.positions.count >= 60)
        // The five texts hold 28 attributed quoted passages; every one is coded.
        #expect(graph.quotes.count >= 28)
        #expect(!graph.affiliations.isEmpty)
    }

    @Test("every quote is verbatim in its article and its offsets point at it")
    func quotesVerbatim() throws {
        for source in graph.sources {
            let text = try #require(source.text, "no article text for \(source.id)")
            for quote in source.quotes {
                let range = try #require(quote.range, "\(quote.id) has no offsets")
                #expect(
                    VerbatimText.range(range, of: text, holds: quote.text),
                    "\(quote.id): offsets \(range) do not hold the quote")
            }
        }
    }

    @Test("every position has a source and evidence that is in the article")
    func positionsEvidenced() throws {
        for source in graph.sources {
            let text = try #require(source.text)
            let quoteIDs = Set(source.quotes.map(\.id))
            for position in source.positions {
                #expect(position.source == source.id)
                switch position.evidence {
                case .quote(let id):
                    #expect(quoteIDs.contains(id), "\(position.id) cites \(id)")
                case .paraphrase(let paraphrase, let sentence):
                    #expect(!paraphrase.isEmpty)
                    #expect(!VerbatimText.occurrences(of: sentence, in: text).isEmpty, "\(position.id)")
                case .none:
                    Issue.record("\(position.id) has no evidence")
                }
                if position.basis == .inferred {
                    #expect(position.note != nil, "inferred \(position.id) should say why")
                }
            }
        }
    }

    @Test("the article texts are the seed files, unchanged")
    func articlesUnchanged() throws {
        let seeds = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        for source in graph.sources {
            guard let seed = source.seed else { continue }
            let url = seeds.appendingPathComponent(seed)
            // The seeds sit beside the checkout on developers' machines and in CI.
            guard let original = try? String(contentsOf: url, encoding: .utf8) else { continue }
            #expect(source.text == original, "\(source.id) differs from \(seed)")
        }
    }

    @Test("aliases a reader would type are there")
    func aliases() throws {
        let southKorea = try #require(graph.actors.first { $0.aliases.contains("Seoul") })
        #expect(southKorea.kind == .government)
        #expect(southKorea.aliases.contains("South Korea"))
        #expect(graph.actors.contains { $0.aliases.contains("Korea Financial Institute") })
        #expect(graph.actors.contains { $0.aliases.contains("the Chamber of Commerce") || $0.aliases.contains("Chamber of Commerce") })
        #expect(graph.issues.contains { $0.id.rawValue == "withdrawal" })
    }
}
