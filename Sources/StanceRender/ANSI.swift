/// ANSI escape sequences the table uses when colour is on.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"
    /// Bold reverse video, for highlighted matches.
    static let highlight = "\u{1B}[1;7m"
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let yellow = "\u{1B}[33m"
    static let blue = "\u{1B}[34m"

    /// The colour for a cell whose whole text is a stance word (`supports`, `opposes`, `mixed`, `neutral`), or nil.
    static func stanceColor(for text: String) -> String? {
        switch text.trimmingSpaces.lowercased() {
        case "supports": return green
        case "opposes": return red
        case "mixed": return yellow
        case "neutral": return blue
        default: return nil
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
