import Foundation
import StanceCore
import Testing

@testable import StanceRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Networks shared by the network renderer tests.
enum NetworkFixtures {
    /// A label with every XML-special character, control characters, a line break and emoji.
    static let hostileLabel = "a&b <c> \"d\" 'e' \u{1}\u{1B}[31m\u{7F}\ttab\nnew 👍🏽 🇰🇷 文在寅"

    /// Three actors, two edges: an integer weight and a fraction.
    static let small = Network(
        kind: .congruence, normalization: .jaccard,
        nodes: [
            .init(id: "moon", label: "Moon Jae-in", kind: "person", degree: 3),
            .init(id: "lkp", label: "Liberty Korea Party", kind: "organization", degree: 2),
            .init(id: "park", label: "Park, Geun-hye", kind: "person", degree: 1),
        ],
        edges: [
            .init(source: "moon", target: "lkp", weight: 2, count: 2, label: "talks; thaad"),
            .init(source: "lkp", target: "park", weight: 1.0 / 3.0, count: 1, label: "thaad"),
        ])

    /// Hostile ids and labels on nodes and edges, and an isolated node.
    static let hostile = Network(
        kind: .subtract, normalization: .none,
        nodes: [
            .init(id: "<id&\"1'>", label: hostileLabel, kind: "group", degree: 1),
            .init(id: "id 2\u{0}", label: "</script><script>alert(1)</script>", kind: "person", degree: 1),
            .init(id: "lonely", label: "Lonely \u{2028} node", kind: "person", degree: 0),
        ],
        edges: [.init(source: "<id&\"1'>", target: "id 2\u{0}", weight: -1, count: -1, label: hostileLabel)])

    /// A network of `count` actors in a ring with fractional weights.
    static func ring(_ count: Int) -> Network {
        Network(
            kind: .conflict, normalization: .cosine,
            nodes: (0..<count).map { .init(id: "a\($0)", label: "Actor \($0)", kind: $0 % 2 == 0 ? "person" : "group", degree: 2) },
            edges: (0..<count).map {
                .init(source: "a\($0)", target: "a\(($0 + 1) % count)", weight: Double($0 + 1) / 7, count: $0 + 1,
                      label: "issue \($0)")
            })
    }
}

/// What an XML parse saw: element counts, attributes of chosen elements and the text of `<data>` elements.
final class XMLSummary: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    /// The attributes of every element, in document order.
    var elements: [(name: String, attributes: [String: String])] = []
    /// The text of each `<data>` element, by its `key`, in document order.
    var data: [(key: String, text: String)] = []
    private var currentKey: String?
    private var text = ""
    var error: Error?

    /// Parses the text; nil when the document is not well-formed.
    static func parse(_ xml: String) -> XMLSummary? {
        let summary = XMLSummary()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = summary
        guard parser.parse(), summary.error == nil else { return nil }
        return summary
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
        elements.append((elementName, attributes))
        if elementName == "data" {
            currentKey = attributes["key"] ?? ""
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if currentKey != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "data", let key = currentKey {
            data.append((key, text))
            currentKey = nil
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    /// The attribute dictionaries of the elements with this name.
    func attributes(of name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    /// The texts of the `<data>` elements with this key.
    func texts(_ key: String) -> [String] {
        data.filter { $0.key == key }.map(\.text)
    }
}

@Suite("Network rendering")
struct NetworkRenderTests {
    /// What XML keeps of a string: forbidden and C1 control characters become U+FFFD.
    private func xmlKept(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ControlCharacters.isControl(scalar) && !["\t", "\n", "\r"].contains(scalar) ? "\u{FFFD}" : scalar
        }))
    }

    private func parseJSON(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: Numbers and CSV

    @Test("weights: integers bare, others to 6 significant digits, never in exponent form")
    func numbers() {
        #expect(NetworkNumber.format(3) == "3")
        #expect(NetworkNumber.format(-2) == "-2")
        #expect(NetworkNumber.format(0) == "0")
        #expect(NetworkNumber.format(-0.0) == "0")
        #expect(NetworkNumber.format(2.5) == "2.5")
        #expect(NetworkNumber.format(1.0 / 3.0) == "0.333333")
        #expect(NetworkNumber.format(2.0 / 3.0) == "0.666667")
        #expect(NetworkNumber.format(0.1 + 0.2) == "0.3")
        #expect(NetworkNumber.format(123456.789) == "123457")
        #expect(NetworkNumber.format(12.3456789) == "12.3457")
        #expect(NetworkNumber.format(0.000_000_123_456_78) == "0.000000123457")
        #expect(NetworkNumber.format(0.999_999_9) == "1")
        #expect(NetworkNumber.format(1e20) == "100000000000000000000")
        #expect(NetworkNumber.format(.nan) == "NaN")
        #expect(NetworkNumber.format(-.infinity) == "-INF")
    }

    @Test("CSV matrix: an empty corner, node labels, symmetric weights and 0 where there is no edge")
    func csvMatrix() {
        #expect(NetworkRenderer(format: .csv).render(NetworkFixtures.small) == """
            "",Moon Jae-in,Liberty Korea Party,"Park, Geun-hye"
            Moon Jae-in,0,2,0
            Liberty Korea Party,2,0,0.333333
            "Park, Geun-hye",0,0.333333,0

            """)
    }

    @Test("edge list: ids, weight, count, label and both node labels")
    func edgeList() {
        #expect(NetworkRenderer(format: .edges).render(NetworkFixtures.small) == """
            source,target,weight,count,label,source_label,target_label
            moon,lkp,2,2,talks; thaad,Moon Jae-in,Liberty Korea Party
            lkp,park,0.333333,1,thaad,Liberty Korea Party,"Park, Geun-hye"

            """)
        let hostile = NetworkRenderer(format: .edges).render(NetworkFixtures.hostile)
        #expect(hostile.hasPrefix("source,target,weight,count,label,source_label,target_label\n\"<id&\"\"1'>\",id 2\u{FFFD},-1,-1,\""))
        #expect(hostile.contains("\ttab\nnew 👍🏽 🇰🇷 文在寅\""))
        #expect(!hostile.unicodeScalars.contains("\u{1B}") && !hostile.unicodeScalars.contains("\u{0}"))
    }

    @Test("CSV matrix and edge list keep hostile labels as quoted data")
    func csvHostile() {
        let matrix = CSVTestReader.parse(NetworkRenderer(format: .csv).render(NetworkFixtures.hostile))
        let kept = NetworkFixtures.hostile.nodes.map { xmlKept($0.label) }
        #expect(matrix.first == [""] + kept)
        #expect(matrix.dropFirst().map { $0.first ?? "" } == kept)
        #expect(matrix.dropFirst().map { Array($0.dropFirst()) } == [["0", "-1", "0"], ["-1", "0", "0"], ["0", "0", "0"]])
        let edges = CSVTestReader.parse(NetworkRenderer(format: .edges).render(NetworkFixtures.hostile))
        #expect(edges.count == 2)
        #expect(edges[1] == [
            xmlKept("<id&\"1'>"), xmlKept("id 2\u{0}"), "-1", "-1", xmlKept(NetworkFixtures.hostileLabel), kept[0], kept[1],
        ])
    }

    // MARK: GraphML

    @Test("GraphML is well-formed, declares every key and has one element per node and edge")
    func graphML() throws {
        let xml = NetworkRenderer(format: .graphml).render(NetworkFixtures.small)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
        let summary = try #require(XMLSummary.parse(xml))
        #expect(summary.counts["graphml"] == 1)
        #expect(summary.counts["node"] == 3)
        #expect(summary.counts["edge"] == 2)
        let keys = summary.attributes(of: "key")
        let declared = Set(keys.map { "\($0["for"] ?? "")/\($0["attr.name"] ?? "")/\($0["attr.type"] ?? "")" })
        #expect(declared == [
            "node/label/string", "node/kind/string", "node/degree/int", "node/stance_id/string",
            "edge/weight/double", "edge/count/int", "edge/label/string",
        ])
        let keyIDs = Set(keys.compactMap { $0["id"] })
        #expect(keyIDs.count == keys.count)
        #expect(Set(summary.data.map(\.key)).isSubset(of: keyIDs))
        #expect(!keyIDs.contains("d3") && !keyIDs.contains("d7"))
        #expect(summary.attributes(of: "graph").first?["edgedefault"] == "undirected")
        let nodes = summary.attributes(of: "node").compactMap { $0["id"] }
        #expect(nodes == ["n0", "n1", "n2"])
        #expect(summary.texts("node_stance_id") == ["moon", "lkp", "park"])
        #expect(summary.texts("node_label") == ["Moon Jae-in", "Liberty Korea Party", "Park, Geun-hye"])
        #expect(summary.texts("node_kind") == ["person", "organization", "person"])
        #expect(summary.texts("node_degree") == ["3", "2", "1"])
        let edges = summary.attributes(of: "edge")
        #expect(edges.map { [$0["source"] ?? "", $0["target"] ?? ""] } == [["n0", "n1"], ["n1", "n2"]])
        #expect(summary.texts("edge_weight") == ["2", "0.333333"])
        #expect(summary.texts("edge_count") == ["2", "1"])
        #expect(summary.texts("edge_label") == ["talks; thaad", "thaad"])
    }

    @Test("GraphML keeps hostile ids and labels as text and drops what XML forbids")
    func graphMLHostile() throws {
        let xml = NetworkRenderer(format: .graphml).render(NetworkFixtures.hostile)
        let summary = try #require(XMLSummary.parse(xml))
        #expect(summary.counts["node"] == 3 && summary.counts["edge"] == 1)
        #expect(summary.texts("node_label") == NetworkFixtures.hostile.nodes.map { xmlKept($0.label) })
        #expect(summary.texts("node_stance_id") == NetworkFixtures.hostile.nodes.map { xmlKept($0.id) })
        #expect(summary.texts("edge_label") == [xmlKept(NetworkFixtures.hostileLabel)])
        #expect(summary.texts("edge_weight") == ["-1"])
        #expect(xml.contains("a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; \u{FFFD}\u{FFFD}[31m\u{FFFD}&#9;tab&#10;new 👍🏽"))
        #expect(!xml.contains("<script"))
        #expect(xml.unicodeScalars.filter { ControlCharacters.isControl($0) && $0 != "\n" }.isEmpty)
    }

    // MARK: GEXF

    @Test("GEXF 1.3 is well-formed, declares typed attributes and carries weights and attvalues")
    func gexf() throws {
        let xml = NetworkRenderer(format: .gexf).render(NetworkFixtures.small)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""))
        let summary = try #require(XMLSummary.parse(xml))
        #expect(summary.attributes(of: "gexf").first?["version"] == "1.3")
        #expect(summary.attributes(of: "graph").first?["defaultedgetype"] == "undirected")
        #expect(summary.counts["node"] == 3 && summary.counts["edge"] == 2)
        #expect(summary.attributes(of: "attributes").map { $0["class"] ?? "" } == ["node", "edge"])
        let declared = summary.attributes(of: "attribute").map { "\($0["title"] ?? "")/\($0["type"] ?? "")" }
        #expect(declared == ["kind/string", "degree/integer", "stance_id/string", "count/integer", "label/string"])
        let ids = summary.attributes(of: "attribute").compactMap { $0["id"] }
        let used = Set(summary.attributes(of: "attvalue").compactMap { $0["for"] })
        #expect(used == Set(ids))
        #expect(summary.attributes(of: "node").map { $0["label"] ?? "" } == NetworkFixtures.small.nodes.map(\.label))
        #expect(summary.attributes(of: "edge").map { $0["weight"] ?? "" } == ["2", "0.333333"])
        #expect(summary.counts["attvalue"] == 3 * 3 + 2 * 2)
    }

    @Test("GEXF keeps hostile labels in attribute values, line breaks and tabs included")
    func gexfHostile() throws {
        let xml = NetworkRenderer(format: .gexf).render(NetworkFixtures.hostile)
        let summary = try #require(XMLSummary.parse(xml))
        #expect(summary.attributes(of: "node").map { $0["label"] ?? "" } == NetworkFixtures.hostile.nodes.map { xmlKept($0.label) })
        let values = summary.attributes(of: "attvalue").filter { $0["for"] == "stance_id" }.map { $0["value"] ?? "" }
        #expect(values == NetworkFixtures.hostile.nodes.map { xmlKept($0.id) })
        let edgeLabel = summary.attributes(of: "attvalue").first { $0["for"] == "edge_label" }?["value"]
        #expect(edgeLabel == xmlKept(NetworkFixtures.hostileLabel))
        #expect(!xml.contains("<script"))
    }

    // MARK: DOT and JSON

    @Test("DOT: an undirected graph with quoted, escaped ids and labels, weight and label on edges")
    func dot() {
        #expect(NetworkRenderer(format: .dot).render(NetworkFixtures.small) == """
            graph stance {
              // congruence network, normalization: jaccard
              "moon" [label="Moon Jae-in", kind="person", degree=3];
              "lkp" [label="Liberty Korea Party", kind="organization", degree=2];
              "park" [label="Park, Geun-hye", kind="person", degree=1];
              "moon" -- "lkp" [weight=2, count=2, label="talks; thaad"];
              "lkp" -- "park" [weight=0.333333, count=1, label="thaad"];
            }

            """)
        #expect(NetworkTextWriter.quotedDOT("say \"hi\" \\N back\\slash\r\nline") == #""say \"hi\" \\N back\\slash\nline""#)
        let hostile = NetworkRenderer(format: .dot).render(NetworkFixtures.hostile)
        #expect(hostile.contains(#""<id&\"1'>" -- "id 2"# + "\u{FFFD}\" [weight=-1, count=-1, label="))
        #expect(hostile.contains(#"label="a&b <c> \"d\" 'e' "# + "\u{FFFD}\u{FFFD}[31m\u{FFFD}\ttab\\nnew 👍🏽"))
        #expect(hostile.unicodeScalars.filter { ControlCharacters.isControl($0) && $0 != "\n" && $0 != "\t" }.isEmpty)
        // Every line but the braces is a statement ending with `;` or a comment: no raw line break inside a string.
        for line in hostile.split(separator: "\n").dropFirst().dropLast() {
            #expect(line.hasSuffix(";") || line.hasPrefix("  //"), "\(line)")
        }
    }

    @Test("JSON: kind, normalization, nodes and edges, weights as numbers, hostile text exact")
    func json() throws {
        let object = try parseJSON(NetworkRenderer(format: .json).render(NetworkFixtures.small))
        #expect(object["kind"] as? String == "congruence")
        #expect(object["normalization"] as? String == "jaccard")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["moon", "lkp", "park"])
        #expect(nodes.map { $0["degree"] as? Int } == [3, 2, 1])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.map { $0["weight"] as? Double } == [2, 0.333333])
        #expect(edges.map { $0["count"] as? Int } == [2, 1])
        let hostile = try parseJSON(NetworkRenderer(format: .json).render(NetworkFixtures.hostile))
        let hostileNodes = try #require(hostile["nodes"] as? [[String: Any]])
        #expect(hostileNodes.map { $0["label"] as? String } == NetworkFixtures.hostile.nodes.map(\.label))
        #expect(hostileNodes.map { $0["id"] as? String } == NetworkFixtures.hostile.nodes.map(\.id))
        let notANumber = Network(
            kind: .issues, normalization: .cosine, nodes: NetworkFixtures.small.nodes,
            edges: [.init(source: "moon", target: "lkp", weight: .nan, count: 0, label: "")])
        let nanEdges = try #require(try parseJSON(NetworkRenderer(format: .json).render(notANumber))["edges"] as? [[String: Any]])
        #expect(nanEdges.first?["weight"] is NSNull)
        let empty = NetworkRenderer(format: .json).render(Network(kind: .issues, normalization: .none, nodes: [], edges: []))
        #expect(empty == "{\n  \"kind\": \"issues\",\n  \"normalization\": \"none\",\n  \"nodes\": [],\n  \"edges\": []\n}\n")
    }

    // MARK: All formats

    @Test("duplicate node ids are written once and edge ends that are not nodes are added")
    func layout() throws {
        let network = Network(
            kind: .affiliation, normalization: .none,
            nodes: [.init(id: "a", label: "A", kind: "person", degree: 1), .init(id: "a", label: "A again", kind: "person", degree: 1)],
            edges: [.init(source: "a", target: "org", weight: 1, count: 1, label: "member"),
                    .init(source: "a", target: "org", weight: 1, count: 1, label: "chair")])
        let summary = try #require(XMLSummary.parse(NetworkRenderer(format: .graphml).render(network)))
        #expect(summary.texts("node_stance_id") == ["a", "org"])
        #expect(summary.texts("node_kind") == ["person", "unknown"])
        #expect(summary.counts["edge"] == 2)
        #expect(NetworkRenderer(format: .csv).render(network) == "\"\",A,org\nA,0,2\norg,2,0\n")
    }

    @Test("every format ends with a newline, is deterministic and handles an empty network")
    func allFormats() throws {
        let empty = Network(kind: .congruence, normalization: .none, nodes: [], edges: [])
        for format in NetworkFormat.allCases {
            let renderer = NetworkRenderer(format: format)
            for network in [NetworkFixtures.small, NetworkFixtures.hostile, NetworkFixtures.ring(50), empty] {
                let text = renderer.render(network)
                #expect(text.hasSuffix("\n"), "\(format)")
                #expect(text == renderer.render(network))
                if format == .graphml || format == .gexf {
                    let summary = try #require(XMLSummary.parse(text), "\(format)")
                    #expect(summary.counts["node", default: 0] == network.nodes.count)
                    #expect(summary.counts["edge", default: 0] == network.edges.count)
                }
            }
        }
    }

    /// Writes sample files for `.ci/check-networks.py` when `STANCE_NETWORK_SAMPLES` names a directory.
    @Test(
        "sample files for the networkx check",
        .enabled(if: ProcessInfo.processInfo.environment["STANCE_NETWORK_SAMPLES"] != nil))
    func samples() throws {
        let directory = try #require(ProcessInfo.processInfo.environment["STANCE_NETWORK_SAMPLES"])
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let affiliation = Network(
            kind: .affiliation, normalization: .none,
            nodes: [.init(id: "kim", label: "Kim", kind: "person", degree: 2),
                    .init(id: "party", label: "Party", kind: "organization", degree: 2)],
            edges: [.init(source: "kim", target: "party", weight: 1, count: 1, label: "member"),
                    .init(source: "kim", target: "party", weight: 1, count: 1, label: "chair")])
        let networks = [
            ("small", NetworkFixtures.small), ("hostile", NetworkFixtures.hostile), ("ring", NetworkFixtures.ring(200)),
            ("parallel", affiliation), ("empty", Network(kind: .issues, normalization: .none, nodes: [], edges: [])),
        ]
        for (name, network) in networks {
            for (format, suffix) in [(NetworkFormat.graphml, ".graphml"), (.gexf, ".gexf"), (.edges, "-edges.csv"),
                                     (.csv, "-matrix.csv"), (.dot, ".dot"), (.json, ".json")] {
                let path = (directory as NSString).appendingPathComponent(name + suffix)
                try Data(NetworkRenderer(format: format).render(network).utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        for (name, matrix) in [("matrix-small", MatrixFixtures.small), ("matrix-37x17", MatrixFixtures.large(rows: 37, columns: 17)),
                               ("matrix-200x40", MatrixFixtures.large(rows: 200, columns: 40))] {
            let path = (directory as NSString).appendingPathComponent(name + ".html")
            try Data(MatrixRenderer(format: .html).render(matrix).utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
