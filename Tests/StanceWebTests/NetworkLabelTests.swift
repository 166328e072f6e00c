import Foundation
import Testing

@testable import StanceWeb

/// The network picture's labels stay readable: none covers another or another node's dot.
@Suite struct NetworkLabelTests {
    /// Each drawn label's box (with the layout's glyph metrics) and each dot's box, read back from the SVG.
    static func boxes(_ svg: String) throws -> (labels: [NetworkLayout.Box], dots: [NetworkLayout.Box]) {
        let text = try Regex(#"<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)" class="node-label">([^<]*)</text>"#)
        let circle = try Regex(#"<circle cx="([-0-9.]+)" cy="([-0-9.]+)" r="([-0-9.]+)""#)
        var labels: [NetworkLayout.Box] = []
        for match in svg.matches(of: text) {
            guard let x = Double(match.output[1].substring ?? ""), let y = Double(match.output[2].substring ?? ""),
                  let anchor = match.output[3].substring, let body = match.output[4].substring
            else { continue }
            let characters = body.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").count
            let w = Double(characters) * NetworkLayout.labelGlyphWidth
            let left = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
            labels.append(NetworkLayout.Box(minX: left, minY: y - NetworkLayout.labelFontSize + 1, maxX: left + w, maxY: y + 3))
        }
        let dots = svg.matches(of: circle).compactMap { match -> NetworkLayout.Box? in
            guard let x = Double(match.output[1].substring ?? ""), let y = Double(match.output[2].substring ?? ""),
                  let r = Double(match.output[3].substring ?? "") else { return nil }
            return NetworkLayout.Box(minX: x - r, minY: y - r, maxX: x + r, maxY: y + r)
        }
        return (labels, dots)
    }

    @Test("KORUS network labels do not overlap each other", arguments: ["congruence", "conflict", "subtract", "issues"])
    func labelsApart(type: String) async throws {
        let store = try Web.korusStore()
        let page = try await Web.withClient(store) { client in try await Web.get(client, "/network?type=\(type)").2 }
        let (labels, dots) = try Self.boxes(page)
        #expect(labels.count == dots.count && !labels.isEmpty)
        var crossings: [String] = []
        for i in labels.indices {
            // A box reaches 3 units below the baseline for descenders: boxes that meet only there do not cover
            // each other's letters.
            for j in labels.indices where j > i && labels[i].overlap(labels[j]) > 1
                && min(labels[i].maxY, labels[j].maxY) - max(labels[i].minY, labels[j].minY) > 3 {
                crossings.append("\(labels[i]) × \(labels[j])")
            }
        }
        #expect(crossings.isEmpty, "overlapping labels: \(crossings)")
    }
}
