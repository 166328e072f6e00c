import Foundation

/// The scaling curve (issue 18): import time, database size and the main shapes' times against the number
/// of positions, as a Markdown table with the growth exponent between neighbouring sizes, and as an SVG.
enum Scaling {
    /// One curve: a name and its value at each size measured (nil where it was not measured).
    struct Series {
        var name: String
        var unit: String
        var values: [Double?]
        var color: String
    }

    /// The curves of `sizes`, smallest first: import, size, warm and cold who, matrix, quotes.
    static func series(_ sizes: [SizeResult]) -> [Series] {
        func warm(_ key: String) -> [Double?] {
            sizes.map { s in s.shapes.first { $0.shape.key == key }.map(\.dsl.median) }
        }
        func cold(_ prefix: String) -> [Double?] {
            sizes.map { s in s.cold.first { $0.label.hasPrefix(prefix) }.map(\.stance.median) }
        }
        return [
            Series(name: "import (CSVImporter)", unit: "s", values: sizes.map(\.importResult.stance), color: "#1b6ac9"),
            Series(name: "who, hot issue, warm", unit: "s", values: warm("q1"), color: "#d9480f"),
            Series(name: "who, hot issue, cold process", unit: "s", values: cold("Q1 "), color: "#f08c00"),
            Series(name: "matrix 1,000 × 100, warm", unit: "s", values: warm("matrix1000"), color: "#2b8a3e"),
            Series(name: "quotes by A, warm", unit: "s", values: warm("q7a"), color: "#862e9c"),
            Series(name: "quotes by A, cold process", unit: "s", values: cold("Q7a"), color: "#c2255c"),
            Series(
                name: "database size", unit: "bytes", values: sizes.map { Double($0.importResult.databaseBytes) },
                color: "#495057"),
        ]
    }

    /// `log(b / a) / log(m / n)`: 1 is linear growth, 0 none.
    static func exponent(_ a: Double?, _ b: Double?, from n: Int, to m: Int) -> Double? {
        guard let a, let b, a > 0, b > 0, n > 0, m > n else { return nil }
        return log(b / a) / log(Double(m) / Double(n))
    }

    static func format(_ value: Double?, unit: String) -> String {
        guard let value else { return "–" }
        return unit == "bytes" ? fmtBytes(Int(value)) : fmt(value)
    }

    /// The table: each curve's values and its growth exponent between neighbouring sizes.
    static func markdown(_ sizes: [SizeResult]) -> String {
        let positions = sizes.map(\.data.positions)
        var header = ["curve"] + positions.map { "\(fmtCount($0)) positions" }
        var pairs: [(Int, Int)] = []
        for index in positions.indices.dropFirst() {
            pairs.append((index - 1, index))
            header.append("growth \(shortCount(positions[index - 1])) → \(shortCount(positions[index]))")
        }
        let rows = series(sizes).map { curve in
            [curve.name] + curve.values.map { format($0, unit: curve.unit) }
                + pairs.map { a, b in
                    exponent(curve.values[a], curve.values[b], from: positions[a], to: positions[b])
                        .map { String(format: "n^%.2f", $0) } ?? "–"
                }
        }
        return Report.table(header, rows)
    }

    static func shortCount(_ n: Int) -> String {
        n >= 1_000_000 ? "\(n / 1_000_000)M" : n >= 1_000 ? "\(n / 1_000)k" : String(n)
    }

    /// Two log-log panels: times (seconds) and database size (bytes), against positions.
    static func svg(_ sizes: [SizeResult], title: String) -> String {
        let positions = sizes.map { Double($0.data.positions) }
        let curves = series(sizes)
        let times = curves.filter { $0.unit == "s" }
        let bytes = curves.filter { $0.unit == "bytes" }
        let width = 960.0
        let height = 460.0
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
                + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">")
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>")
        out.append("<text x=\"16\" y=\"22\" font-size=\"15\" font-weight=\"bold\">\(escape(title))</text>")
        out += panel(
            times, positions: positions, x: 60, y: 50, width: 520, height: 300, yLabel: "seconds (log)",
            tick: { fmt($0) })
        out += panel(
            bytes, positions: positions, x: 680, y: 50, width: 250, height: 300, yLabel: "bytes (log)",
            tick: { fmtBytes(Int($0)) })
        // Legend under the panels.
        var legendY = 390.0
        var legendX = 60.0
        for curve in curves {
            out.append(
                "<line x1=\"\(legendX)\" y1=\"\(legendY - 4)\" x2=\"\(legendX + 22)\" y2=\"\(legendY - 4)\" "
                    + "stroke=\"\(curve.color)\" stroke-width=\"2.5\"/>")
            out.append("<text x=\"\(legendX + 28)\" y=\"\(legendY)\">\(escape(curve.name))</text>")
            legendX += 290
            if legendX > 700 {
                legendX = 60
                legendY += 20
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// One log-log panel with a frame, decade ticks and a polyline (with points) per curve.
    static func panel(
        _ curves: [Series], positions: [Double], x: Double, y: Double, width: Double, height: Double, yLabel: String,
        tick: (Double) -> String
    ) -> [String] {
        let values = curves.flatMap { $0.values.compactMap { $0 } }.filter { $0 > 0 }
        guard let low = values.min(), let high = values.max(), let first = positions.first, let last = positions.last,
            first > 0, last > first
        else { return [] }
        let yMin = pow(10, floor(log10(low)))
        let yMax = pow(10, ceil(log10(high)))
        let xMin = pow(10, floor(log10(first)))
        let xMax = pow(10, ceil(log10(last)))
        func px(_ value: Double) -> Double { x + (log10(value) - log10(xMin)) / (log10(xMax) - log10(xMin)) * width }
        func py(_ value: Double) -> Double {
            y + height - (log10(value) - log10(yMin)) / max(1e-9, log10(yMax) - log10(yMin)) * height
        }
        var out: [String] = []
        out.append(
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"none\" stroke=\"#adb5bd\"/>")
        var decade = yMin
        while decade <= yMax * 1.0001 {
            let line = py(decade)
            out.append(
                "<line x1=\"\(x)\" y1=\"\(line)\" x2=\"\(x + width)\" y2=\"\(line)\" stroke=\"#e9ecef\"/>")
            out.append(
                "<text x=\"\(x - 6)\" y=\"\(line + 4)\" text-anchor=\"end\" font-size=\"10\">\(escape(tick(decade)))</text>")
            decade *= 10
        }
        var column = xMin
        while column <= xMax * 1.0001 {
            let line = px(column)
            out.append(
                "<line x1=\"\(line)\" y1=\"\(y)\" x2=\"\(line)\" y2=\"\(y + height)\" stroke=\"#e9ecef\"/>")
            out.append(
                "<text x=\"\(line)\" y=\"\(y + height + 16)\" text-anchor=\"middle\" font-size=\"10\">"
                    + "\(shortCount(Int(column)))</text>")
            column *= 10
        }
        out.append(
            "<text x=\"\(x + width / 2)\" y=\"\(y + height + 34)\" text-anchor=\"middle\">positions (log)</text>")
        out.append(
            "<text x=\"\(x)\" y=\"\(y - 8)\" font-size=\"11\">\(escape(yLabel))</text>")
        for curve in curves {
            let points = zip(positions, curve.values).compactMap { n, v in v.map { (px(n), py($0)) } }
            guard !points.isEmpty else { continue }
            let path = points.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ")
            out.append(
                "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(curve.color)\" stroke-width=\"2.5\"/>")
            for point in points {
                out.append(
                    String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" ", point.0, point.1)
                        + "fill=\"\(curve.color)\"/>")
            }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
