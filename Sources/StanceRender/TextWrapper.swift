/// Breaks a run of characters into lines no wider than a limit: at spaces, or inside words too long to fit.
enum TextWrapper {
    /// The ranges of `characters` that make up each line; spaces where a line breaks are dropped.
    ///
    /// `widths` holds each character's display width. A single character wider than `limit` gets a line of its own.
    static func wrap(_ characters: [Character], widths: [Int], limit: Int) -> [Range<Int>] {
        let count = characters.count
        guard widths.reduce(0, +) > limit else { return [0..<count] }
        var lines: [Range<Int>] = []
        var lineStart: Int?
        var lineEnd = 0
        var lineWidth = 0
        var index = 0
        while index < count {
            let gapStart = index
            while index < count && characters[index] == " " { index += 1 }
            guard index < count else { break }
            let wordStart = index
            var wordWidth = 0
            while index < count && characters[index] != " " {
                wordWidth += widths[index]
                index += 1
            }
            if let start = lineStart {
                let gapWidth = wordStart - gapStart
                if lineWidth + gapWidth + wordWidth <= limit {
                    lineEnd = index
                    lineWidth += gapWidth + wordWidth
                    continue
                }
                lines.append(start..<lineEnd)
            }
            if wordWidth <= limit {
                lineStart = wordStart
                lineWidth = wordWidth
            } else {
                var pieceStart = wordStart
                var pieceWidth = 0
                for position in wordStart..<index {
                    if pieceWidth + widths[position] > limit && position > pieceStart {
                        lines.append(pieceStart..<position)
                        pieceStart = position
                        pieceWidth = 0
                    }
                    pieceWidth += widths[position]
                }
                lineStart = pieceStart
                lineWidth = pieceWidth
            }
            lineEnd = index
        }
        if let start = lineStart { lines.append(start..<lineEnd) }
        return lines.isEmpty ? [0..<0] : lines
    }
}
