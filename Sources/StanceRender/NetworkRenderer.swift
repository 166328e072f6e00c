import Foundation
import StanceCore

/// The formats a network can be written in.
public enum NetworkFormat: String, CaseIterable, Sendable {
    /// A square CSV matrix of weights, labelled by node label.
    case csv
    /// A CSV edge list: `source,target,weight,count,label,source_label,target_label`.
    case edges
    /// GraphML 1.0, for Gephi, igraph, networkx and yEd.
    case graphml
    /// GEXF 1.3, for Gephi and networkx.
    case gexf
    /// Graphviz DOT: `graph stance { … }`.
    case dot
    /// One deterministic JSON object: `{"kind", "normalization", "nodes", "edges"}`.
    case json
}

/// Turns a `Network` into text in one network format.
public struct NetworkRenderer: Sendable {
    /// The format `render(_:)` produces.
    public var format: NetworkFormat

    /// Creates a renderer for one format.
    public init(format: NetworkFormat) {
        self.format = format
    }

    /// Renders the whole network as text ending with a newline.
    public func render(_ n: Network) -> String {
        let layout = NetworkLayout(n)
        switch format {
        case .csv: return NetworkTextWriter.matrix(layout)
        case .edges: return NetworkTextWriter.edges(layout)
        case .graphml: return NetworkXMLWriter.graphML(layout)
        case .gexf: return NetworkXMLWriter.gexf(layout)
        case .dot: return NetworkTextWriter.dot(layout)
        case .json: return NetworkTextWriter.json(layout)
        }
    }
}

/// A network made safe to write: unique node ids (the first node with an id wins), a node for every edge end
/// (label the id, kind `unknown`) and each edge's ends as node indices.
struct NetworkLayout {
    var kind: Network.Kind
    /// Edges run from source to target (`Network.isDirected`).
    var isDirected: Bool
    var normalization: Network.Normalization
    var snapshot: String?
    var nodes: [Network.Node]
    var edges: [(edge: Network.Edge, source: Int, target: Int)]

    init(_ network: Network) {
        kind = network.kind
        isDirected = network.isDirected
        normalization = network.normalization
        snapshot = network.snapshot
        var nodes: [Network.Node] = []
        var index: [String: Int] = [:]
        func add(_ node: Network.Node) -> Int {
            if let known = index[node.id] { return known }
            index[node.id] = nodes.count
            nodes.append(node)
            return nodes.count - 1
        }
        for node in network.nodes { _ = add(node) }
        edges = network.edges.map { edge in
            let source = add(Network.Node(id: edge.source, label: edge.source, kind: "unknown", degree: 0))
            let target = add(Network.Node(id: edge.target, label: edge.target, kind: "unknown", degree: 0))
            return (edge, source, target)
        }
        self.nodes = nodes
    }

    /// `n0`, `n1`, …: the id a node is written under in GraphML and GEXF (its real id goes in `stance_id`).
    static func xmlID(_ index: Int) -> String { "n\(index)" }
}

/// Formats numbers for every network format.
enum NetworkNumber {
    /// A weight: integers as `3`, others to 6 significant digits without trailing zeros, never in exponent form;
    /// `NaN`, `INF` or `-INF` when not finite.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let exponent = Int((abs(value)).log10Floor)
        let decimals = min(30, max(0, 5 - exponent))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

extension Double {
    /// ⌊log₁₀ x⌋ for a positive finite x.
    fileprivate var log10Floor: Double { Foundation.floor(Foundation.log10(self)) }
}

/// The network as a CSV matrix, a CSV edge list, DOT and JSON.
enum NetworkTextWriter {
    /// `"",<labels>` then one row per node: its label and its weight to every node (0 where no edge).
    ///
    /// Parallel edges add up; the matrix is symmetric, except for a directed network, whose row is the edge's
    /// source (the reporter) and column its target.
    static func matrix(_ layout: NetworkLayout) -> String {
        var weights: [Int: [Int: Double]] = [:]
        for (edge, source, target) in layout.edges {
            weights[source, default: [:]][target, default: 0] += edge.weight
            if source != target, !layout.isDirected { weights[target, default: [:]][source, default: 0] += edge.weight }
        }
        var lines = [(["\"\""] + layout.nodes.map { CSVWriter.field($0.label) }).joined(separator: ",")]
        for (row, node) in layout.nodes.enumerated() {
            let cells = layout.nodes.indices.map { NetworkNumber.format(weights[row]?[$0] ?? 0) }
            lines.append(([CSVWriter.field(node.label)] + cells).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `source,target,weight,count,label,source_label,target_label`, one line per edge, node ids as given.
    static func edges(_ layout: NetworkLayout) -> String {
        var lines = ["source,target,weight,count,label,source_label,target_label"]
        for (edge, source, target) in layout.edges {
            let fields = [
                CSVWriter.field(edge.source), CSVWriter.field(edge.target), NetworkNumber.format(edge.weight),
                String(edge.count), CSVWriter.field(edge.label), CSVWriter.field(layout.nodes[source].label),
                CSVWriter.field(layout.nodes[target].label),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `graph stance { … }` (`digraph` for a directed network): nodes by quoted id with label, kind and degree; edges with weight, count and label.
    static func dot(_ layout: NetworkLayout) -> String {
        var lines = [
            layout.isDirected ? "digraph stance {" : "graph stance {",
            "  // \(layout.kind.rawValue) network, normalization: \(layout.normalization.rawValue)",
        ]
        if let snapshot = layout.snapshot { lines.append("  comment=\(quotedDOT("snapshot \(snapshot)"));") }
        for node in layout.nodes {
            lines.append(
                "  \(quotedDOT(node.id)) [label=\(quotedDOT(node.label)), kind=\(quotedDOT(node.kind)), "
                    + "degree=\(node.degree)];")
        }
        for (edge, _, _) in layout.edges {
            let number = NetworkNumber.format(edge.weight)
            let weight = edge.weight.isFinite ? number : quotedDOT(number)
            lines.append(
                "  \(quotedDOT(edge.source)) \(layout.isDirected ? "->" : "--") \(quotedDOT(edge.target)) [weight=\(weight), "
                    + "count=\(edge.count), label=\(quotedDOT(edge.label))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`, other control characters replaced.
    static func quotedDOT(_ raw: String) -> String {
        let text = ControlCharacters.clean(raw, lineBreaks: .replace("\n"), tabs: .keep, bidi: .keep)
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `{"kind", "normalization", "nodes": [{id, label, kind, degree}], "edges": [{source, target, weight, count,
    /// label}]}`, pretty-printed like the answer JSON; a weight that is not finite is `null`.
    static func json(_ layout: NetworkLayout) -> String {
        var out = "{\n"
        out += "  \"kind\": \(JSONWriter.quoted(layout.kind.rawValue)),\n"
        out += "  \"normalization\": \(JSONWriter.quoted(layout.normalization.rawValue)),\n"
        if let snapshot = layout.snapshot { out += "  \"snapshot\": \(JSONWriter.quoted(snapshot)),\n" }
        let nodes = layout.nodes.map { node in
            "{\"id\": \(JSONWriter.quoted(node.id)), \"label\": \(JSONWriter.quoted(node.label)), "
                + "\"kind\": \(JSONWriter.quoted(node.kind)), \"degree\": \(node.degree)}"
        }
        let edges = layout.edges.map { edge, _, _ in
            let weight = edge.weight.isFinite ? NetworkNumber.format(edge.weight) : "null"
            return "{\"source\": \(JSONWriter.quoted(edge.source)), \"target\": \(JSONWriter.quoted(edge.target)), "
                + "\"weight\": \(weight), \"count\": \(edge.count), \"label\": \(JSONWriter.quoted(edge.label))}"
        }
        out += "  \"nodes\": " + list(nodes) + ",\n"
        out += "  \"edges\": " + list(edges) + "\n"
        return out + "}\n"
    }

    /// A JSON array with one item a line, indented under a top-level key.
    private static func list(_ items: [String]) -> String {
        guard !items.isEmpty else { return "[]" }
        return "[\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }
}
