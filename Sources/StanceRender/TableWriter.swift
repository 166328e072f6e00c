import StanceCore

/// Writes an answer as aligned columns that fit a terminal width.
struct TableWriter {
    /// Whether evidence columns are shown.
    var showEvidence: Bool
    /// Whether ANSI styling is used.
    var color: Bool
    /// The widest a line may be, or nil for no limit.
    var width: Int?

    /// The spaces between two columns.
    static let gutter = "  "
    /// The narrowest a column is shrunk to (wide enough for any one character).
    static let minimumColumnWidth = 2

    /// The table, an optional `count:` line and the row-count footer, ending with a newline.
    func render(_ answer: Answer) -> String {
        let columns = answer.columns.filter { showEvidence || !$0.isEvidence }
        var lines: [String] = []
        if !answer.rows.isEmpty && !columns.isEmpty {
            lines = tableLines(columns: columns, rows: answer.rows)
        }
        // A count answer is its one number: no extra line, no row footer.
        if answer.shape == .count, !lines.isEmpty { return lines.joined(separator: "\n") + "\n" }
        if let count = answer.extra.first(where: { $0.0 == "count" })?.1 {
            lines.append("count: " + String(TableCell(count.plainText).characters))
        }
        let footer = Self.footer(rowCount: answer.rows.count)
        lines.append(color ? ANSI.dim + footer + ANSI.reset : footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `(0 rows)`, `1 row` or `N rows`.
    static func footer(rowCount: Int) -> String {
        switch rowCount {
        case 0: return "(0 rows)"
        case 1: return "1 row"
        default: return "\(rowCount) rows"
        }
    }

    /// The header, the separator and the body lines.
    private func tableLines(columns: [Answer.Column], rows: [AnswerValue]) -> [String] {
        let header = columns.map { TableCell($0.title, style: color ? ANSI.bold : nil) }
        let body = rows.map { row in
            columns.map { column -> TableCell in
                let text = row[column.path]?.plainText ?? ""
                guard color else { return TableCell(text) }
                return TableCell(text, style: ANSI.stanceColor(for: text), highlight: column.highlight)
            }
        }
        let natural = columns.indices.map { index in
            body.reduce(header[index].width) { max($0, $1[index].width) }
        }
        let words = columns.indices.map { index in
            body.reduce(header[index].longestWord) { max($0, $1[index].longestWord) }
        }
        let widths = fitted(natural, wordWidths: words)
        let rightAligned = columns.map { column in
            let values = rows.compactMap { $0[column.path] }.filter { $0 != .null }
            return !values.isEmpty && values.allSatisfy { if case .integer = $0 { true } else { false } }
        }
        var lines = physicalLines(header, widths: widths, rightAligned: rightAligned)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gutter))
        for cells in body {
            lines += physicalLines(cells, widths: widths, rightAligned: rightAligned)
        }
        return lines
    }

    /// Column widths shrunk, widest first, until the table fits `width`.
    ///
    /// Columns first shrink no narrower than their longest word, so words break only when nothing else fits;
    /// then down to `minimumColumnWidth`. If even that is too wide, the narrowest table is returned.
    func fitted(_ natural: [Int], wordWidths: [Int] = []) -> [Int] {
        guard let limit = width else { return natural }
        let wordFloors = natural.indices.map { index in
            min(natural[index], max(index < wordWidths.count ? wordWidths[index] : 0, Self.minimumColumnWidth))
        }
        let shrunk = shrink(natural, floors: wordFloors, limit: limit)
        return shrink(shrunk, floors: natural.map { min($0, Self.minimumColumnWidth) }, limit: limit)
    }

    /// Shrinks the widest column above its floor, repeatedly, until the widths and gutters fit `limit`.
    private func shrink(_ start: [Int], floors: [Int], limit: Int) -> [Int] {
        var widths = start
        let gutters = Self.gutter.count * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + gutters
        while total > limit {
            var widest: Int?
            for index in widths.indices where widths[index] > floors[index] {
                if let best = widest, widths[best] >= widths[index] { continue }
                widest = index
            }
            guard let index = widest else { break }
            // Shrink straight down to the next-widest column (one step at a time on ties), so widths stay balanced.
            let others = widths.indices.filter { $0 != index && widths[$0] <= widths[index] }.map { widths[$0] }
            let nextWidest = max(others.max() ?? floors[index], floors[index])
            let step = max(1, min(widths[index] - nextWidest, total - limit))
            widths[index] -= step
            total -= step
        }
        return widths
    }

    /// One logical row as one or more terminal lines, wrapping each cell to its column width.
    private func physicalLines(_ cells: [TableCell], widths: [Int], rightAligned: [Bool]) -> [String] {
        let wrapped = cells.indices.map { index in
            TextWrapper.wrap(cells[index].characters, widths: cells[index].widths, limit: widths[index])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            let parts = cells.indices.map { index -> String in
                let ranges = wrapped[index]
                let range = lineIndex < ranges.count ? ranges[lineIndex] : 0..<0
                return cells[index].line(
                    range, columnWidth: widths[index], rightAligned: rightAligned[index], color: color)
            }
            return Self.trimmingTrailingSpaces(parts.joined(separator: Self.gutter))
        }
    }

    /// The line without trailing spaces (padding of the last column).
    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var result = line
        while result.last == " " { result.removeLast() }
        return result
    }
}
