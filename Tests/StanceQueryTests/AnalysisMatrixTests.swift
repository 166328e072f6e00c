import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// Contradiction marks on the matrix and the reporter → reported network, over `AnalysisGraph`.
@Suite("Contradiction marks and the hearsay network")
struct AnalysisMatrixTests {
    let store: Store

    init() throws {
        store = try TestSupport.store(with: AnalysisGraph.graph)
    }

    @Test("a cell holding supports and opposes in the window is marked; the mark follows the window")
    func marks() throws {
        let matrix = try store.read { try MatrixBuilder.build(MatrixRequest(), in: $0) }
        var marked: [String] = []
        for (row, actor) in matrix.actors.enumerated() {
            for (column, issue) in matrix.issues.enumerated() where matrix.cells[row][column]?.contradicts == true {
                marked.append("\(actor.id)/\(issue.id)")
            }
        }
        #expect(marked == ["ann/x", "bob/x", "cy/x"])
        // Before March 2018 Ann has only supported Ex; Bob's opposition (2018-07) is later still.
        let early = try store.read {
            try MatrixBuilder.build(MatrixRequest(window: DateWindow(upper: "2018-02-01")), in: $0)
        }
        let earlyMarked = early.actors.enumerated().filter { row, _ in
            early.cells[row].contains { $0?.contradicts == true }
        }.map(\.element.id)
        #expect(earlyMarked == ["cy"])
        // Contradictions found by the query at any distance are exactly the marked cells.
        let pairs = try store.read { try QueryEngine.answer("who contradicts themselves", in: $0) }
        let found = Set(pairs.rows.map { "\($0[["actor", "id"]]?.plainText ?? "")/\($0[["issue", "id"]]?.plainText ?? "")" })
        #expect(found == Set(marked))
    }

    @Test("every matrix format shows the mark and its legend; without contradictions, no legend line")
    func formats() throws {
        let matrix = try store.read { try MatrixBuilder.build(MatrixRequest(), in: $0) }
        let csv = MatrixRenderer(format: .csv).render(matrix)
        #expect(csv.split(separator: "\n").dropFirst().map { String($0) } == ["Ann,mixed!,supports", "Bob,mixed!,", "Cy,mixed!,", "Dee Group,,supports"])
        let latest = try store.read { try MatrixBuilder.build(MatrixRequest(rule: .latest), in: $0) }
        #expect(MatrixRenderer(format: .csv).render(latest).contains("Ann,opposes!,supports"))
        let markdown = MatrixRenderer(format: .markdown).render(matrix)
        #expect(markdown.contains("mixed!") && markdown.contains("`!`: the actor both supports and opposes"))
        let table = MatrixRenderer(format: .table).render(matrix)
        #expect(table.contains("!±") && table.contains("! before a symbol"))
        let html = MatrixRenderer(format: .html).render(matrix)
        #expect(html.contains("class=\"mixed contradicts\"") && html.contains("contradicts itself: supports and opposes"))
        let json = MatrixRenderer(format: .json).render(matrix)
        #expect(json.contains("\"contradicts\": true"))
        let why = try store.read { try MatrixBuilder.build(MatrixRequest(issueIDs: ["y"]), in: $0) }
        #expect(!MatrixRenderer(format: .table).render(why).contains("!"))
        #expect(!MatrixRenderer(format: .json).render(why).contains("contradicts"))
    }

    @Test("the hearsay network: reporter → reported, weighted by reported positions, directed in every format")
    func hearsayNetwork() throws {
        let network = try store.read { try NetworkBuilder.hearsayNetwork(MatrixRequest(), in: $0) }
        #expect(network.isDirected)
        #expect(network.edges.map { "\($0.source)->\($0.target) \($0.count) \($0.label)" } == [
            "bob->cy 1 Ex: supports", "cy->dee 1 Why: supports",
        ])
        #expect(network.nodes.map(\.id) == ["bob", "cy", "dee"])
        #expect(network.nodes.first { $0.id == "cy" }?.degree == 2)
        let graphML = NetworkRenderer(format: .graphml).render(network)
        #expect(graphML.contains("edgedefault=\"directed\""))
        #expect(NetworkRenderer(format: .gexf).render(network).contains("defaultedgetype=\"directed\""))
        let dot = NetworkRenderer(format: .dot).render(network)
        #expect(dot.hasPrefix("digraph stance {") && dot.contains("\"bob\" -> \"cy\""))
        // The CSV matrix is not symmetric: the row is the reporter.
        let csv = NetworkRenderer(format: .csv).render(network).split(separator: "\n").map(String.init)
        #expect(csv == ["\"\",Bob,Cy,Dee Group", "Bob,0,1,0", "Cy,0,0,1", "Dee Group,0,0,0"])
        let before = try store.read {
            try NetworkBuilder.hearsayNetwork(MatrixRequest(window: DateWindow(upper: "2019-01-01")), in: $0)
        }
        #expect(before.edges.count == 1)
        // The undirected networks are written as before.
        let congruence = try store.read {
            NetworkBuilder.actorNetwork(try MatrixBuilder.build(MatrixRequest(), in: $0), kind: .congruence, normalization: .none)
        }
        #expect(NetworkRenderer(format: .graphml).render(congruence).contains("edgedefault=\"undirected\""))
    }
}
