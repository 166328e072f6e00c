import StanceCore

/// Writes a position matrix for a terminal: one symbol per cell under numbered issue columns, then a legend,
/// the key to the numbers, the rule and the dimensions.
///
/// When a width is given, long actor names are cut with `…` and the issue columns are split into blocks that fit.
struct MatrixTableWriter {
    /// Whether ANSI colour is used.
    var color: Bool
    /// The widest a line may be, or nil for no limit.
    var width: Int?

    /// The symbol of each stance, and of no position, in legend order.
    static let legend: [(symbol: String, word: String, stance: Graph.Stance?)] = [
        ("+", "supports", .supports), ("−", "opposes", .opposes), ("±", "mixed", .mixed),
        ("0", "neutral", .neutral), ("·", "no position", nil),
    ]

    /// The symbol a cell shows.
    static func symbol(_ stance: Graph.Stance?) -> String {
        legend.first { $0.stance == stance }?.symbol ?? "?"
    }

    /// The narrowest the actor-name column is cut to before issue columns move to further blocks.
    static let minimumNameWidth = 20

    /// The grid, legend, key, rule and a dimensions footer, ending with a newline.
    func render(_ m: PositionMatrix) -> String {
        var lines: [String] = []
        if !m.actors.isEmpty && !m.issues.isEmpty {
            lines += grid(m)
            lines.append("")
            lines += legendLines()
            if m.hasContradictions {
                lines.append("\(PositionMatrix.contradictionMark) before a symbol: the actor both supports and opposes the issue in the window")
            }
            lines += keyLines(m)
        }
        if !m.rule.isEmpty {
            lines += wrap(m.rule, indent: 6, firstPrefix: "Rule: ")
        }
        lines.append(color ? ANSI.dim + m.dimensions + ANSI.reset : m.dimensions)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header of issue numbers and one line per actor, in as many blocks of columns as the width needs.
    func grid(_ m: PositionMatrix) -> [String] {
        let count = m.issues.count
        let columnWidth = max(2, String(count).count)
        let perColumn = columnWidth + 1
        let names = m.actors.map { TableCell($0.name) }
        let natural = names.map(\.width).max() ?? 0
        var nameWidth = natural
        var perBlock = count
        if let width {
            nameWidth = min(natural, max(min(natural, Self.minimumNameWidth), width - 1 - count * perColumn))
            if nameWidth + 1 + perColumn > width { nameWidth = max(1, width - 1 - perColumn) }
            let fit = max(1, (width - nameWidth - 1) / perColumn)
            let blocks = (count + fit - 1) / fit
            perBlock = (count + blocks - 1) / blocks
        }
        var lines: [String] = []
        for start in stride(from: 0, to: count, by: max(1, perBlock)) {
            let columns = start..<min(count, start + perBlock)
            if start > 0 { lines.append("") }
            var header = String(repeating: " ", count: nameWidth + 1)
            for column in columns {
                header += " " + Self.padLeft(String(column + 1), to: columnWidth)
            }
            header = Self.trimmingTrailingSpaces(header)
            lines.append(color ? ANSI.bold + header + ANSI.reset : header)
            for (row, name) in names.enumerated() {
                var line = Self.fit(name, to: nameWidth) + " "
                for column in columns {
                    let cell = m.cellAt(row, column)
                    let stance = cell?.stance
                    let symbol = Self.symbol(stance)
                    // A contradiction's mark stands in the padding before the symbol (columns are 2 wide or more).
                    let mark = cell?.contradicts == true ? PositionMatrix.contradictionMark : " "
                    line += " " + String(repeating: " ", count: columnWidth - 2) + mark + styled(symbol, stance: stance)
                }
                lines.append(Self.trimmingTrailingSpaces(line))
            }
        }
        return lines
    }

    /// `+ supports  − opposes  ± mixed  0 neutral  · no position`, broken between entries to fit the width.
    func legendLines() -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for entry in Self.legend {
            let itemWidth = DisplayWidth.of(entry.symbol) + 1 + DisplayWidth.of(entry.word)
            let item = styled(entry.symbol, stance: entry.stance) + " " + entry.word
            if lineWidth > 0, let width, lineWidth + 2 + itemWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += "  "
                lineWidth += 2
            }
            line += item
            lineWidth += itemWidth
        }
        lines.append(line)
        return lines
    }

    /// `Issues:` and one numbered line per issue name, wrapped under itself.
    func keyLines(_ m: PositionMatrix) -> [String] {
        let digits = String(m.issues.count).count
        var lines = ["Issues:"]
        for (index, issue) in m.issues.enumerated() {
            let number = Self.padLeft(String(index + 1), to: digits + 1)
            lines += wrap(issue.name, indent: digits + 3, firstPrefix: number + "  ")
        }
        return lines
    }

    /// Text wrapped to the width; the first line after `firstPrefix`, later lines after `indent` spaces.
    func wrap(_ text: String, indent: Int, firstPrefix: String = "") -> [String] {
        let cell = TableCell(text)
        let prefixWidth = max(indent, DisplayWidth.of(firstPrefix))
        let limit = width.map { max(1, $0 - prefixWidth) } ?? Int.max
        let ranges = TextWrapper.wrap(cell.characters, widths: cell.widths, limit: limit)
        return ranges.enumerated().map { index, range in
            let prefix = index == 0 ? firstPrefix : String(repeating: " ", count: indent)
            return Self.trimmingTrailingSpaces(prefix + String(cell.characters[range]))
        }
    }

    /// A symbol in its stance colour (no position dimmed) when colour is on.
    private func styled(_ symbol: String, stance: Graph.Stance?) -> String {
        guard color else { return symbol }
        let style = stance.flatMap { ANSI.stanceColor(for: $0.rawValue) } ?? ANSI.dim
        return style + symbol + ANSI.reset
    }

    /// A cell's text padded to `width` columns, or cut with `…` to fit them.
    static func fit(_ cell: TableCell, to width: Int) -> String {
        if cell.width <= width {
            return String(cell.characters) + String(repeating: " ", count: width - cell.width)
        }
        var out = ""
        var used = 0
        for (character, characterWidth) in zip(cell.characters, cell.widths) {
            if used + characterWidth > width - 1 { break }
            out.append(character)
            used += characterWidth
        }
        out += width > 0 ? "…" : ""
        used += width > 0 ? 1 : 0
        return out + String(repeating: " ", count: max(0, width - used))
    }

    /// Text right-aligned in `width` columns.
    static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// The line without trailing spaces.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var result = line
        while result.last == " " { result.removeLast() }
        return result
    }
}
