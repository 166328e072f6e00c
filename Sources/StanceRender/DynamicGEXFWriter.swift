import StanceCore

/// Writes a network over time as one dynamic GEXF 1.3 file whose timeline Gephi plays.
///
/// Every node and edge that appears in any slice is written once, with `<spells>` for the slices it is in
/// (adjacent slices merged) and, for edges, the weight and count of each slice as dynamic attvalues. Days are
/// `timeformat="date"`; a spell's `start` and `end` are both inclusive days. The hearsay network is directed
/// (reporter → reported), the others undirected.
public enum DynamicGEXFWriter {
    public static func render(_ dynamic: DynamicNetwork) -> String {
        var nodes: [Network.Node] = []
        var nodeIndex: [String: Int] = [:]
        var nodeSlices: [[Int]] = []
        struct EdgeKey: Hashable {
            var a: String
            var b: String
        }
        var edges: [EdgeKey] = []
        var edgeIndex: [EdgeKey: Int] = [:]
        var edgeValues: [[(slice: Int, weight: Double, count: Int, label: String)]] = []
        for (s, slice) in dynamic.slices.enumerated() {
            let layout = NetworkLayout(slice.network)
            for node in layout.nodes {
                if nodeIndex[node.id] == nil {
                    nodeIndex[node.id] = nodes.count
                    nodes.append(node)
                    nodeSlices.append([])
                }
                if let i = nodeIndex[node.id], nodeSlices[i].last != s { nodeSlices[i].append(s) }
            }
            for (edge, _, _) in layout.edges {
                // A directed edge (hearsay: reporter → reported) keeps its direction; an undirected one is one
                // edge whichever way a slice lists it.
                let key = layout.isDirected || edge.source <= edge.target
                    ? EdgeKey(a: edge.source, b: edge.target) : EdgeKey(a: edge.target, b: edge.source)
                if edgeIndex[key] == nil {
                    edgeIndex[key] = edges.count
                    edges.append(key)
                    edgeValues.append([])
                }
                if let i = edgeIndex[key] { edgeValues[i].append((s, edge.weight, edge.count, edge.label)) }
            }
        }
        func spells(_ indices: [Int]) -> String {
            var runs: [(Int, Int)] = []
            for i in indices {
                if let last = runs.last, last.1 == i - 1 { runs[runs.count - 1].1 = i } else { runs.append((i, i)) }
            }
            return runs.map { run in
                "<spell start=\"\(dynamic.slices[run.0].shownFrom)\" end=\"\(dynamic.slices[run.1].shownThrough)\"/>"
            }.joined()
        }
        let directed = dynamic.kind == .hearsay
        let first = dynamic.slices.first?.shownFrom ?? ""
        let last = dynamic.slices.last?.shownThrough ?? ""
        var description = "\(dynamic.kind.rawValue) network; normalization: \(dynamic.normalization.rawValue); "
            + "windows of \(dynamic.length) every \(dynamic.step)"
        if let snapshot = dynamic.snapshot { description += "; snapshot \(snapshot)" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>stance</creator>
                <description>\(XMLText.escape(description))</description>
              </meta>
              <graph mode="dynamic" defaultedgetype="\(directed ? "directed" : "undirected")" timeformat="date" \
            timerepresentation="interval" start="\(first)" end="\(last)">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="stance_id" title="stance_id" type="string"/>
                </attributes>
                <attributes class="edge" mode="dynamic">
                  <attribute id="weight" title="weight" type="double"/>
                  <attribute id="count" title="count" type="integer"/>
                  <attribute id="edge_label" title="label" type="string"/>
                </attributes>
                <nodes>

            """
        for (i, node) in nodes.enumerated() {
            out += "      <node id=\"\(NetworkLayout.xmlID(i))\" label=\"\(XMLText.escape(node.label))\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"kind\" value=\"\(XMLText.escape(node.kind))\"/>\n"
            out += "          <attvalue for=\"stance_id\" value=\"\(XMLText.escape(node.id))\"/>\n"
            out += "        </attvalues>\n"
            out += "        <spells>\(spells(nodeSlices[i]))</spells>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in edges.enumerated() {
            let source = nodeIndex[edge.a].map(NetworkLayout.xmlID) ?? ""
            let target = nodeIndex[edge.b].map(NetworkLayout.xmlID) ?? ""
            out += "      <edge id=\"e\(i)\" source=\"\(source)\" target=\"\(target)\">\n"
            out += "        <attvalues>\n"
            for value in edgeValues[i] {
                let slice = dynamic.slices[value.slice]
                let span = "start=\"\(slice.shownFrom)\" end=\"\(slice.shownThrough)\""
                out += "          <attvalue for=\"weight\" value=\"\(NetworkNumber.format(value.weight))\" \(span)/>\n"
                out += "          <attvalue for=\"count\" value=\"\(value.count)\" \(span)/>\n"
                out += "          <attvalue for=\"edge_label\" value=\"\(XMLText.escape(value.label))\" \(span)/>\n"
            }
            out += "        </attvalues>\n"
            out += "        <spells>\(spells(edgeValues[i].map(\.slice)))</spells>\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
