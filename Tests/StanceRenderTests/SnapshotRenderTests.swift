import Foundation
import StanceCore
import Testing

@testable import StanceRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Every export carries the graph's snapshot")
struct SnapshotRenderTests {
    static let snapshot = "sha256:" + String(repeating: "ab", count: 32)

    static var network: Network {
        var network = NetworkFixtures.small
        network.snapshot = snapshot
        return network
    }

    @Test("GraphML: a graph data key; GEXF: the meta description; DOT: a graph comment; JSON: a field")
    func network() throws {
        let graphML = NetworkRenderer(format: .graphml).render(Self.network)
        #expect(graphML.contains("<key id=\"graph_snapshot\" for=\"graph\" attr.name=\"snapshot\" attr.type=\"string\"/>"))
        #expect(graphML.contains("<data key=\"graph_snapshot\">\(Self.snapshot)</data>"))
        _ = try XMLDocument(data: Data(graphML.utf8))
        let gexf = NetworkRenderer(format: .gexf).render(Self.network)
        #expect(gexf.contains("<description>congruence network; normalization: jaccard; snapshot \(Self.snapshot)"))
        _ = try XMLDocument(data: Data(gexf.utf8))
        #expect(NetworkRenderer(format: .dot).render(Self.network).contains("comment=\"snapshot \(Self.snapshot)\";"))
        let json = NetworkRenderer(format: .json).render(Self.network)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["snapshot"] as? String == Self.snapshot)
        // Without a snapshot nothing changes.
        #expect(!NetworkRenderer(format: .graphml).render(NetworkFixtures.small).contains("snapshot"))
    }

    @Test("matrix JSON: a field; HTML: a footer; Markdown: a comment; CSV: untouched (the sidecar is the CLI's)")
    func matrix() throws {
        var matrix = PositionMatrix(
            actors: [.init(id: "a", name: "A", kind: "person")], issues: [.init(id: "i", name: "I")], cells: [[nil]],
            rule: "latest")
        let plain = MatrixRenderer(format: .csv).render(matrix)
        matrix.snapshot = Self.snapshot
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(MatrixRenderer(format: .json).render(matrix).utf8))
                as? [String: Any])
        #expect(object["snapshot"] as? String == Self.snapshot)
        #expect(MatrixRenderer(format: .html).render(matrix).contains("<footer><p class=\"caption\">Graph snapshot \(Self.snapshot)</p></footer>"))
        #expect(MatrixRenderer(format: .markdown).render(matrix).hasSuffix("<!-- stance snapshot \(Self.snapshot) -->\n"))
        #expect(MatrixRenderer(format: .csv).render(matrix) == plain)
    }
}
