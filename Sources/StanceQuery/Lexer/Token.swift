import StanceCore

/// One token of a query: a word, a quoted string, or punctuation, with where it stands.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A run of letters, digits and inner punctuation (`withdrawal`, `U.S.`, `2017-10-01`).
        case word
        /// Text in double quotes (straight or typographic), without the quotes.
        case string
        case openParen, closeParen, questionMark, comma
    }

    public var kind: Kind
    /// The text: the word as typed, or the string's content.
    public var text: String
    public var range: TextRange

    /// The word in lower case, for keyword comparison; empty for words longer than any keyword,
    /// so a hostile 100 KB word is not lower-cased once per keyword tried.
    public var lowered: String {
        guard text.utf8.count <= 32 else { return "" }
        // A keyword ends a sentence or clause as well: "Tell me about it." or "list all actors;".
        let lower = text.lowercased()
        var end = lower.endIndex
        while end > lower.startIndex, ".!;:".contains(lower[lower.index(before: end)]) {
            end = lower.index(before: end)
        }
        return end == lower.startIndex ? lower : String(lower[..<end])
    }
}
