/// The comparison that decides whether a quote is verbatim in its article.
///
/// Only runs of white space (to one space) and typographic quote marks (to `'` and `"`) are
/// normalised; every other difference counts.
public enum VerbatimText {
    /// `text` with white-space runs collapsed, typographic quotes made plain, and ends trimmed.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(plain(scalar))
        }
        return String(out)
    }

    /// Every start offset (in code points) at which `quote` occurs in `article`, after
    /// normalisation, paired with the end offset in the original article.
    public static func occurrences(of quote: String, in article: String) -> [TextRange] {
        let needle = Array(normalize(quote).unicodeScalars)
        guard let first = needle.first else { return [] }
        let hay = Array(article.unicodeScalars)
        var found: [TextRange] = []
        var start = 0
        while start < hay.count {
            if plain(hay[start]) == first, let end = match(needle, in: hay, from: start) {
                found.append(TextRange(start: start, end: end))
            }
            start += 1
        }
        return found
    }

    /// Whether `range` of `article` holds `quote`, after normalisation.
    public static func range(_ range: TextRange, of article: String, holds quote: String) -> Bool {
        guard let slice = range.slice(of: article) else { return false }
        return normalize(slice) == normalize(quote)
    }

    private static func match(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from start: Int)
        -> Int?
    {
        var h = start
        var n = 0
        while n < needle.count {
            guard h < hay.count else { return nil }
            if needle[n] == " " {
                guard hay[h].properties.isWhitespace else { return nil }
                while h < hay.count, hay[h].properties.isWhitespace { h += 1 }
                n += 1
                continue
            }
            guard plain(hay[h]) == needle[n] else { return nil }
            h += 1
            n += 1
        }
        return h
    }

    private static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": return "\""
        default: return scalar
        }
    }
}
