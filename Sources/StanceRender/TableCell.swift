/// One table cell's text, made terminal-safe and measured, ready to wrap and style.
struct TableCell {
    /// The cell's characters after control characters are replaced.
    let characters: [Character]
    /// The display width of each character.
    let widths: [Int]
    /// Whether each character belongs to a highlighted match (empty when nothing is highlighted).
    let highlighted: [Bool]
    /// The ANSI style for the whole cell, or nil.
    let style: String?

    /// The display width of the whole cell on one line.
    var width: Int { widths.reduce(0, +) }

    /// The display width of the cell's longest space-separated word.
    var longestWord: Int {
        var longest = 0
        var current = 0
        for (character, width) in zip(characters, widths) {
            current = character == " " ? 0 : current + width
            longest = max(longest, current)
        }
        return longest
    }

    /// Makes a cell from raw text, marking case-insensitive occurrences of `highlight` when given.
    init(_ raw: String, style: String? = nil, highlight: String? = nil) {
        let text = ControlCharacters.clean(raw, lineBreaks: .replace(" "), tabs: .replace(" "), bidi: .remove)
        characters = Array(text)
        widths = characters.map(DisplayWidth.of)
        self.style = style
        if let highlight, !highlight.isEmpty {
            highlighted = Self.matches(of: highlight, in: characters)
        } else {
            highlighted = []
        }
    }

    /// A mask of the characters inside case-insensitive, non-overlapping occurrences of `needle`.
    private static func matches(of needle: String, in characters: [Character]) -> [Bool] {
        let pattern = needle.map { $0.lowercased() }
        let lowered = characters.map { $0.lowercased() }
        var mask = [Bool](repeating: false, count: characters.count)
        guard !pattern.isEmpty, pattern.count <= lowered.count else { return mask }
        var index = 0
        while index + pattern.count <= lowered.count {
            if lowered[index..<(index + pattern.count)].elementsEqual(pattern) {
                for position in index..<(index + pattern.count) { mask[position] = true }
                index += pattern.count
            } else {
                index += 1
            }
        }
        return mask
    }

    /// The characters in `range`, padded to `columnWidth`, with ANSI styling when `color` is on.
    func line(_ range: Range<Int>, columnWidth: Int, rightAligned: Bool, color: Bool) -> String {
        let used = widths[range].reduce(0, +)
        let padding = String(repeating: " ", count: max(0, columnWidth - used))
        let text = color ? styled(range) : String(characters[range])
        return rightAligned ? padding + text : text + padding
    }

    /// The characters in `range` wrapped in the cell style and highlight sequences.
    private func styled(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var out = style ?? ""
        var inMatch = false
        for position in range {
            let match = !highlighted.isEmpty && highlighted[position]
            if match != inMatch {
                out += match ? ANSI.highlight : ANSI.reset + (style ?? "")
                inMatch = match
            }
            out.append(characters[position])
        }
        if inMatch || style != nil { out += ANSI.reset }
        return out
    }
}
