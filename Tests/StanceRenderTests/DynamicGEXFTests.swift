import Foundation
import StanceCore
import Testing

@testable import StanceRender

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Dynamic GEXF: one network per window, with spells")
struct DynamicGEXFTests {
    static func slice(_ from: String, _ through: String, _ network: Network) -> DynamicNetwork.Slice {
        DynamicNetwork.Slice(
            window: TimeWindows.Window(lower: "x", upper: "y"), shownFrom: from, shownThrough: through,
            network: network)
    }

    @Test("adjacent slices merge into one spell; each slice's weight is an attvalue over its own days")
    func spells() throws {
        var second = NetworkFixtures.small
        second.edges = [second.edges[0]]
        second.edges[0].weight = 5
        second.nodes.removeLast()
        let periods = try #require(TimeWindows.Period("1m"))
        let dynamic = DynamicNetwork(
            kind: .congruence, normalization: .none, length: periods, step: periods,
            slices: [
                Self.slice("2018-01-01", "2018-01-31", NetworkFixtures.small),
                Self.slice("2018-02-01", "2018-02-28", second),
                Self.slice("2018-03-01", "2018-03-31", NetworkFixtures.small),
            ], snapshot: "sha256:00")
        let xml = DynamicGEXFWriter.render(dynamic)
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(xml.contains(
            "<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\" "
                + "timerepresentation=\"interval\" start=\"2018-01-01\" end=\"2018-03-31\">"))
        // moon–lkp is in every slice: one merged spell; lkp–park misses February: two spells.
        #expect(xml.contains("<spells><spell start=\"2018-01-01\" end=\"2018-03-31\"/></spells>"))
        #expect(xml.contains(
            "<spells><spell start=\"2018-01-01\" end=\"2018-01-31\"/><spell start=\"2018-03-01\" end=\"2018-03-31\"/></spells>"))
        #expect(xml.contains("<attvalue for=\"weight\" value=\"5\" start=\"2018-02-01\" end=\"2018-02-28\"/>"))
        #expect(xml.contains("<attvalue for=\"weight\" value=\"2\" start=\"2018-01-01\" end=\"2018-01-31\"/>"))
        #expect(try document.nodes(forXPath: "//*[local-name()='node']").count == 3)
        #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == 2)
        #expect(xml.contains("windows of 1m every 1m; snapshot sha256:00"))
    }
}
