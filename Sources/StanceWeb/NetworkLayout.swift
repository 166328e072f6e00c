import Foundation
import StanceCore

/// A deterministic force-directed layout (Fruchterman–Reingold) drawn as SVG.
///
/// Nodes start on a circle in id order and move for a fixed number of rounds with a cooling step, so the same
/// network is always drawn the same way: no randomness, no clock.
enum NetworkLayout {
    static let width = 900.0
    static let height = 640.0
    static let margin = 40.0
    /// Room kept right of the rightmost node for its label.
    static let labelRoom = 170.0
    /// The most nodes drawn: the layout costs rounds × nodes².
    static let maximumDrawn = 400

    /// Each node's position, in id order of the nodes.
    static func positions(_ network: Network, rounds: Int = 300) -> [String: (x: Double, y: Double)] {
        let nodes = network.nodes.map(\.id).sorted()
        let count = nodes.count
        guard count > 0 else { return [:] }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var x = [Double](repeating: 0, count: count)
        var y = [Double](repeating: 0, count: count)
        for i in 0..<count {
            let angle = 2 * Double.pi * Double(i) / Double(count)
            x[i] = cos(angle) * width / 3
            y[i] = sin(angle) * height / 3
        }
        let maxWeight = network.edges.map { abs($0.weight) }.max() ?? 1
        let edges = network.edges.compactMap { edge -> (Int, Int, Double)? in
            guard let a = index[edge.source], let b = index[edge.target], a != b else { return nil }
            return (a, b, maxWeight > 0 ? max(abs(edge.weight) / maxWeight, 0.05) : 1)
        }
        let k = sqrt((width - 2 * margin) * (height - 2 * margin) / Double(count)) * 0.5
        var temperature = width / 10
        for _ in 0..<rounds {
            var dx = [Double](repeating: 0, count: count)
            var dy = [Double](repeating: 0, count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var ddx = x[i] - x[j], ddy = y[i] - y[j]
                    var distance = sqrt(ddx * ddx + ddy * ddy)
                    if distance < 0.01 {
                        ddx = 0.01 * Double(i - j)
                        ddy = 0.01
                        distance = sqrt(ddx * ddx + ddy * ddy)
                    }
                    let force = k * k / distance
                    dx[i] += ddx / distance * force
                    dy[i] += ddy / distance * force
                    dx[j] -= ddx / distance * force
                    dy[j] -= ddy / distance * force
                }
            }
            for (a, b, weight) in edges {
                let ddx = x[a] - x[b], ddy = y[a] - y[b]
                let distance = max(sqrt(ddx * ddx + ddy * ddy), 0.01)
                let force = distance * distance / k * weight
                dx[a] -= ddx / distance * force
                dy[a] -= ddy / distance * force
                dx[b] += ddx / distance * force
                dy[b] += ddy / distance * force
            }
            for i in 0..<count {
                // A weak pull to the centre keeps unconnected nodes on the canvas.
                dx[i] -= x[i] * 0.1
                dy[i] -= y[i] * 0.1
                let length = max(sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 0.01)
                // As in Fruchterman and Reingold's paper, nodes stay inside the frame: an unconnected node rests
                // at its edge instead of pushing the drawing's scale down for everyone else.
                x[i] = min(max(x[i] + dx[i] / length * min(length, temperature), -width / 2 + margin), width / 2 - labelRoom)
                y[i] = min(max(y[i] + dy[i] / length * min(length, temperature), -height / 2 + margin), height / 2 - margin)
            }
            temperature = max(temperature * 0.985, 0.5)
        }
        // Fit into the canvas.
        let minX = x.min() ?? 0, maxX = x.max() ?? 0, minY = y.min() ?? 0, maxY = y.max() ?? 0
        let scaleX = maxX > minX ? (width - margin - labelRoom) / (maxX - minX) : 1
        let scaleY = maxY > minY ? (height - 2 * margin) / (maxY - minY) : 1
        var fitted = (0..<count).map { i in
            (x: maxX > minX ? margin + (x[i] - minX) * scaleX : width / 2,
             y: maxY > minY ? margin + (y[i] - minY) * scaleY : height / 2)
        }
        separate(&fitted)
        var placed: [String: (x: Double, y: Double)] = [:]
        for (i, id) in nodes.enumerated() { placed[id] = fitted[i] }
        return placed
    }

    /// The least distance kept between two nodes' centres once fitted, so that neither dots nor labels sit on
    /// each other.
    static let minimumGap = 26.0

    /// Pushes apart nodes closer than `minimumGap`, a fixed number of rounds, each pair along the line between
    /// them (vertically when they coincide), staying inside the frame. Deterministic like the layout.
    static func separate(_ points: inout [(x: Double, y: Double)], rounds: Int = 60) {
        let count = points.count
        guard count > 1 else { return }
        for _ in 0..<rounds {
            var moved = false
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var dx = points[j].x - points[i].x, dy = points[j].y - points[i].y
                    var distance = sqrt(dx * dx + dy * dy)
                    guard distance < minimumGap else { continue }
                    if distance < 0.01 { dx = 0; dy = 1; distance = 1 }
                    let push = (minimumGap - distance) / 2 + 0.5
                    points[i].x -= dx / distance * push
                    points[i].y -= dy / distance * push
                    points[j].x += dx / distance * push
                    points[j].y += dy / distance * push
                    moved = true
                }
            }
            for i in 0..<count {
                points[i].x = min(max(points[i].x, margin / 2), width - labelRoom / 2)
                points[i].y = min(max(points[i].y, margin / 2), height - margin / 2)
            }
            if !moved { break }
        }
    }

    /// Where a node's label goes: its baseline point and its anchor.
    struct LabelPlacement: Equatable {
        var x: Double
        var y: Double
        /// SVG `text-anchor`: `start`, `end` or `middle`.
        var anchor: String
        /// The label's box, for the collision test.
        var box: Box
    }

    /// An axis-aligned rectangle in the drawing's units.
    struct Box: Equatable {
        var minX, minY, maxX, maxY: Double

        func overlap(_ other: Box) -> Double {
            let w = min(maxX, other.maxX) - max(minX, other.minX)
            let h = min(maxY, other.maxY) - max(minY, other.minY)
            return w > 0 && h > 0 ? w * h : 0
        }
    }

    /// The label font's size (the page's CSS, `svg .node-label`) and an average glyph width for it.
    static let labelFontSize = 11.0
    static let labelGlyphWidth = 6.2

    /// The text drawn beside a node: its label, cut with an ellipsis past 32 characters.
    static func labelText(_ label: String) -> String {
        label.count > 32 ? String(label.prefix(31)) + "…" : label
    }

    /// Places every label where it overlaps the least with the labels placed before it and with every dot,
    /// trying right, left, above, below, then each of them a line or two further out. The busiest nodes choose first; ties keep
    /// the earlier candidate, so a lone node's label sits on its right as before.
    static func placeLabels(
        _ nodes: [(id: String, text: String, x: Double, y: Double, radius: Double, degree: Int)]
    ) -> [String: LabelPlacement] {
        let dots = nodes.map { Box(minX: $0.x - $0.radius, minY: $0.y - $0.radius, maxX: $0.x + $0.radius, maxY: $0.y + $0.radius) }
        let order = nodes.indices.sorted { (nodes[$0].degree, nodes[$1].id) > (nodes[$1].degree, nodes[$0].id) }
        var taken: [Box] = []
        var result: [String: LabelPlacement] = [:]
        for i in order {
            let node = nodes[i]
            let w = Double(node.text.count) * labelGlyphWidth, h = labelFontSize + 2
            let r = node.radius
            var candidates: [(Double, Double, String)] = [
                (node.x + r + 3, node.y + 4, "start"), (node.x - r - 3, node.y + 4, "end"),
                (node.x, node.y - r - 4, "middle"), (node.x, node.y + r + h, "middle"),
            ]
            for lines in [1.0, 2.0] {
                for shift in [-lines * h, lines * h] {
                    candidates += [(node.x + r + 3, node.y + 4 + shift, "start"), (node.x - r - 3, node.y + 4 + shift, "end")]
                }
                candidates += [(node.x, node.y - r - 4 - lines * h, "middle"), (node.x, node.y + r + h + lines * h, "middle")]
            }
            var best: LabelPlacement?
            var bestCost = Double.infinity
            for (cx, cy, anchor) in candidates {
                let left = anchor == "start" ? cx : anchor == "end" ? cx - w : cx - w / 2
                let box = Box(minX: left, minY: cy - labelFontSize + 1, maxX: left + w, maxY: cy + 3)
                var cost = taken.reduce(0) { $0 + $1.overlap(box) }
                for (j, dot) in dots.enumerated() where j != i { cost += dot.overlap(box) }
                // Leaving the frame costs like covering another label.
                let outside = max(0, -box.minX) + max(0, box.maxX - width) + max(0, -box.minY) + max(0, box.maxY - height)
                cost += outside * h
                if cost < bestCost - 0.001 {
                    bestCost = cost
                    best = LabelPlacement(x: cx, y: cy, anchor: anchor, box: box)
                }
            }
            if let best {
                taken.append(best.box)
                result[node.id] = best
            }
        }
        return result
    }

    static func svg(_ network: Network) -> HTML {
        guard !network.nodes.isEmpty else { return el(.p, [.class("empty")], "No nodes: nothing matches the filters.") }
        guard network.nodes.count <= maximumDrawn else {
            return el(.p, [.class("empty")],
                      "\(network.nodes.count) nodes are too many to draw here (at most \(maximumDrawn)); narrow the "
                      + "filters or download the network for Gephi.")
        }
        let placed = positions(network)
        let names = Dictionary(network.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let maxWeight = network.edges.map { abs($0.weight) }.max() ?? 1
        let lines = network.edges.compactMap { edge -> HTML? in
            guard let a = placed[edge.source], let b = placed[edge.target] else { return nil }
            let tone: String
            switch network.kind {
            case .congruence: tone = "agree"
            case .conflict: tone = "conflict"
            case .subtract: tone = edge.weight >= 0 ? "agree" : "conflict"
            case .issues, .affiliation, .ignore, .twoMode, .hearsay: tone = "tie"
            }
            let strength = maxWeight > 0 ? abs(edge.weight) / maxWeight : 1
            return el(
                .line,
                [HTML.Attribute("x1", Timeline.format(a.x)), HTML.Attribute("y1", Timeline.format(a.y)),
                 HTML.Attribute("x2", Timeline.format(b.x)), HTML.Attribute("y2", Timeline.format(b.y)),
                 HTML.Attribute("stroke-width", Timeline.format(0.5 + 4 * strength)), .class("edge \(tone)")],
                el(.svgTitle, [], "\(names[edge.source] ?? edge.source) – \(names[edge.target] ?? edge.target): \(edge.label)"))
        }
        let maxDegree = max(network.nodes.map(\.degree).max() ?? 1, 1)
        let radius = { (node: Network.Node) in 5 + 7 * Double(node.degree) / Double(maxDegree) }
        let labels = placeLabels(network.nodes.compactMap { node in
            placed[node.id].map { (node.id, labelText(node.label), $0.x, $0.y, radius(node), node.degree) }
        })
        let dots = network.nodes.sorted { $0.id < $1.id }.compactMap { node -> HTML? in
            guard let point = placed[node.id], let label = labels[node.id] else { return nil }
            let page = node.kind == "issue" ? "issues" : "actors"
            return el(
                .a, [.href(Link([page, node.id]))],
                el(.circle, [HTML.Attribute("cx", Timeline.format(point.x)), HTML.Attribute("cy", Timeline.format(point.y)),
                             HTML.Attribute("r", Timeline.format(radius(node))), .class("node kind-\(node.kind)")],
                   el(.svgTitle, [], "\(node.label) (\(node.kind), degree \(node.degree))")),
                el(.text, [HTML.Attribute("x", Timeline.format(label.x)), HTML.Attribute("y", Timeline.format(label.y)),
                           HTML.Attribute("text-anchor", label.anchor), .class("node-label")], labelText(node.label)))
        }
        return el(
            .svg,
            [.class("network"), .id("network"), HTML.Attribute("viewBox", "0 0 \(Int(width)) \(Int(height))"),
             HTML.Attribute("role", "img"), HTML.Attribute("aria-label", "\(network.kind.rawValue) network")],
            el(.g, [.class("edges")], lines), el(.g, [.class("nodes")], dots))
    }
}
