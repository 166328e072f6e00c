import StanceCore

/// Writes a network as GraphML 1.0 or GEXF 1.3, UTF-8, with every attribute declared and typed.
///
/// Nodes are written as `n0`, `n1`, … (in node order) with the real id in a `stance_id` attribute, so any id
/// is safe; edges as `e0`, `e1`, ….
enum NetworkXMLWriter {
    /// A GraphML document that Gephi, igraph, networkx and yEd open.
    ///
    /// Key ids are spelled out (`node_label`, not `d3`): Gephi reads keys with ids `d3`/`d7` as labels.
    static func graphML(_ layout: NetworkLayout) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="node_label" for="node" attr.name="label" attr.type="string"/>
              <key id="node_kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="node_degree" for="node" attr.name="degree" attr.type="int"/>
              <key id="node_stance_id" for="node" attr.name="stance_id" attr.type="string"/>
              <key id="edge_weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="edge_count" for="edge" attr.name="count" attr.type="int"/>
              <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>

            """
        if layout.snapshot != nil {
            out += "  <key id=\"graph_snapshot\" for=\"graph\" attr.name=\"snapshot\" attr.type=\"string\"/>\n"
        }
        let edgeDefault = layout.isDirected ? "directed" : "undirected"
        out += "  <graph id=\"stance\" edgedefault=\"\(edgeDefault)\">\n    <desc>\(description(layout))</desc>\n"
        if let snapshot = layout.snapshot {
            out += "    <data key=\"graph_snapshot\">\(XMLText.escape(snapshot))</data>\n"
        }
        for (index, node) in layout.nodes.enumerated() {
            out += "    <node id=\"\(NetworkLayout.xmlID(index))\">\n"
            out += "      <data key=\"node_label\">\(XMLText.escape(node.label))</data>\n"
            out += "      <data key=\"node_kind\">\(XMLText.escape(node.kind))</data>\n"
            out += "      <data key=\"node_degree\">\(node.degree)</data>\n"
            out += "      <data key=\"node_stance_id\">\(XMLText.escape(node.id))</data>\n"
            out += "    </node>\n"
        }
        for (index, (edge, source, target)) in layout.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(NetworkLayout.xmlID(source))\" "
                + "target=\"\(NetworkLayout.xmlID(target))\">\n"
            out += "      <data key=\"edge_weight\">\(NetworkNumber.format(edge.weight))</data>\n"
            out += "      <data key=\"edge_count\">\(edge.count)</data>\n"
            out += "      <data key=\"edge_label\">\(XMLText.escape(edge.label))</data>\n"
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// A GEXF 1.3 document that Gephi and networkx open: node label as the `label` attribute, kind, degree and
    /// stance id as typed attvalues; edge weight as the `weight` attribute, count and label as attvalues.
    static func gexf(_ layout: NetworkLayout) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>stance</creator>
                <description>\(description(layout))</description>
              </meta>
              <graph mode="static" defaultedgetype="\(layout.isDirected ? "directed" : "undirected")">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="degree" title="degree" type="integer"/>
                  <attribute id="stance_id" title="stance_id" type="string"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="count" title="count" type="integer"/>
                  <attribute id="edge_label" title="label" type="string"/>
                </attributes>
                <nodes>

            """
        for (index, node) in layout.nodes.enumerated() {
            out += "      <node id=\"\(NetworkLayout.xmlID(index))\" label=\"\(XMLText.escape(node.label))\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"kind\" value=\"\(XMLText.escape(node.kind))\"/>\n"
            out += "          <attvalue for=\"degree\" value=\"\(node.degree)\"/>\n"
            out += "          <attvalue for=\"stance_id\" value=\"\(XMLText.escape(node.id))\"/>\n"
            out += "        </attvalues>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, (edge, source, target)) in layout.edges.enumerated() {
            out += "      <edge id=\"e\(index)\" source=\"\(NetworkLayout.xmlID(source))\" "
                + "target=\"\(NetworkLayout.xmlID(target))\" weight=\"\(NetworkNumber.format(edge.weight))\">\n"
            out += "        <attvalues>\n"
            out += "          <attvalue for=\"count\" value=\"\(edge.count)\"/>\n"
            out += "          <attvalue for=\"edge_label\" value=\"\(XMLText.escape(edge.label))\"/>\n"
            out += "        </attvalues>\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// `congruence network; normalization: none`, then `; snapshot sha256:…` when there is one (GEXF 1.3 has no
    /// graph-level attribute, so its `<meta><description>` carries the snapshot).
    static func description(_ layout: NetworkLayout) -> String {
        "\(layout.kind.rawValue) network; normalization: \(layout.normalization.rawValue)"
            + (layout.snapshot.map { "; snapshot \(XMLText.escape($0))" } ?? "")
    }
}

/// Makes text safe for XML 1.0 character data and attribute values.
enum XMLText {
    /// The text with `& < > " '` escaped; characters XML 1.0 forbids (controls other than tab, LF and CR, and
    /// U+FFFE/U+FFFF), and C1 controls, replaced with U+FFFD; CR, LF and tab as character references so that
    /// attribute-value normalisation keeps them.
    static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if ControlCharacters.isControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append(ControlCharacters.replacement)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
