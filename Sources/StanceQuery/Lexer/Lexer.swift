import StanceCore

/// Splits a query into tokens, with code-point ranges for error carets.
///
/// Words are maximal runs of anything but white space, parentheses, `?`, `,` and double quotes, so
/// names such as `U.S.`, `Jae-in` and dates such as `2017-10-01` are single words.
public enum Lexer {
    /// The longest query accepted, in code points; longer input is rejected, not processed.
    public static let maximumLength = 100_000

    public static func tokenize(_ query: String) throws -> [Token] {
        let scalars = Array(query.unicodeScalars)
        guard scalars.count <= maximumLength else {
            throw QueryError(
                "the query is \(scalars.count) characters long; the limit is \(maximumLength)",
                at: nil, in: query)
        }
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace || c.value < 0x20 && c != "\0" {
                i += 1
                continue
            }
            switch c {
            case "(":
                tokens.append(Token(kind: .openParen, text: "(", range: TextRange(start: i, end: i + 1)))
                i += 1
            case ")":
                tokens.append(Token(kind: .closeParen, text: ")", range: TextRange(start: i, end: i + 1)))
                i += 1
            case "?":
                tokens.append(Token(kind: .questionMark, text: "?", range: TextRange(start: i, end: i + 1)))
                i += 1
            case ",":
                tokens.append(Token(kind: .comma, text: ",", range: TextRange(start: i, end: i + 1)))
                i += 1
            case "\"", "\u{201C}", "\u{201D}":
                let start = i
                i += 1
                var text = String.UnicodeScalarView()
                var closed = false
                while i < scalars.count {
                    let d = scalars[i]
                    if d == "\"" || d == "\u{201C}" || d == "\u{201D}" {
                        closed = true
                        i += 1
                        break
                    }
                    text.append(d)
                    i += 1
                }
                guard closed else {
                    throw QueryError(
                        "unterminated quoted text; add a closing \"", at: TextRange(start: start, end: scalars.count),
                        in: query)
                }
                tokens.append(Token(kind: .string, text: String(text), range: TextRange(start: start, end: i)))
            default:
                let start = i
                var text = String.UnicodeScalarView()
                while i < scalars.count {
                    let d = scalars[i]
                    if d.properties.isWhitespace || (d.value < 0x20 && d != "\0") || "()?,\"".unicodeScalars.contains(d)
                        || d == "\u{201C}" || d == "\u{201D}"
                    {
                        break
                    }
                    text.append(d)
                    i += 1
                }
                let word = String(text)
                let range = TextRange(start: start, end: i)
                // "what's" is "what is", "doesn't" is "does not"; each part keeps the word's range.
                let normal = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                if normal.utf8.count <= 12, let parts = Keyword.contractions[normal] {
                    for part in parts { tokens.append(Token(kind: .word, text: part, range: range)) }
                } else {
                    tokens.append(Token(kind: .word, text: word, range: range))
                }
            }
        }
        return tokens
    }
}
