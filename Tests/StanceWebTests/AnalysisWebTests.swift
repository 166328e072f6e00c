import Foundation
import HummingbirdTesting
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// Contradictions, hearsay and `basis` on the web pages and the JSON API, over `AnalysisGraph`.
@Suite("stance serve: contradictions, hearsay and basis")
struct AnalysisWebTests {
    @Test("/api/matrix and /api/network take basis (comma list or repeated); a bad one is 400 naming the valid ones")
    func basisParameter() async throws {
        let store = try TestSupport.store(with: AnalysisGraph.graph)
        let expected = MatrixRenderer(format: .json).render(
            try store.read { db in try MatrixBuilder.build(MatrixRequest(bases: [.stated, .inferred]), in: db) })
        let network = NetworkRenderer(format: .edges).render(
            try store.read { db in
                NetworkBuilder.actorNetwork(
                    try MatrixBuilder.build(MatrixRequest(evidence: false, bases: [.reported]), in: db),
                    kind: .congruence, normalization: .none)
            })
        let (comma, repeated, edges, bad) = try await Web.withClient(store) { client in
            (try await Web.get(client, "/api/matrix?basis=stated,inferred").2,
             try await Web.get(client, "/api/matrix?basis=stated&basis=inferred").2,
             try await Web.get(client, "/api/network?basis=reported&format=edges").2,
             try await Web.get(client, "/api/matrix?basis=hearsay"))
        }
        #expect(comma == expected && repeated == expected)
        #expect(edges == network)
        #expect(bad.0 == .badRequest && bad.2.contains("stated, reported, inferred"))
        #expect(!comma.contains("\"cy\"") || !comma.contains("reported"))
    }

    @Test("/api/network?type=hearsay is the reporter → reported network, directed")
    func hearsayNetwork() async throws {
        let store = try TestSupport.store(with: AnalysisGraph.graph)
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/network?type=hearsay&format=graphml")
        }
        #expect(status == .ok)
        #expect(body.contains("edgedefault=\"directed\""))
    }

    @Test("actor and issue pages note each contradiction, linking both positions to their evidence")
    func contradictionNotes() async throws {
        let store = try TestSupport.store(with: AnalysisGraph.graph)
        let (actor, issue, json, bob) = try await Web.withClient(store) { client in
            (try await Web.get(client, "/actors/ann").2, try await Web.get(client, "/issues/x").2,
             try await Web.get(client, "/api/actors/ann").2, try await Web.get(client, "/actors/dee").2)
        }
        #expect(actor.contains("Contradicts itself"))
        #expect(actor.contains("/sources/s1#quote-q-ann") && actor.contains("/sources/s2#sentence-ann-o"))
        #expect(issue.contains("<h2>Contradictions</h2>"))
        #expect(issue.contains("#sentence-bob-o") && issue.contains("#sentence-cy-o"))
        let contradictions = try #require(try Web.json(json)["contradictions"] as? [String: Any])
        #expect(contradictions["shape"] as? String == "contradictions")
        #expect((contradictions["rows"] as? [Any])?.count == 1)
        #expect(!bob.contains("Contradicts itself"))
    }

    @Test("the matrix page marks a contradiction cell and explains the mark")
    func matrixMark() async throws {
        let store = try TestSupport.store(with: AnalysisGraph.graph)
        let (_, _, page) = try await Web.withClient(store) { client in try await Web.get(client, "/matrix") }
        #expect(page.contains("contradicts itself"))
        #expect(page.contains("cell stance-mixed contradicts"))
    }
}
