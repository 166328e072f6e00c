/// Approximates how many terminal columns text occupies, from Unicode scalar properties.
enum DisplayWidth {
    /// The columns a string takes: the sum over its characters.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character (grapheme cluster) takes: 0, 1 or 2.
    static func of(_ character: Character) -> Int {
        if character.isASCII {
            return character.asciiValue.map { $0 < 0x20 || $0 == 0x7F ? 0 : 1 } ?? 1
        }
        var width = 0
        var emojiBase = false
        var emojiVariation = false
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
            if scalar.value == 0xFE0F {
                emojiVariation = true
            } else if scalar.properties.isEmoji {
                emojiBase = true
            }
        }
        return emojiBase && emojiVariation ? 2 : width
    }

    /// The columns one scalar takes on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if ControlCharacters.isControl(scalar) { return 0 }
        if value == 0x00AD { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(value) { return 2 }
        return 1
    }

    /// Ranges of East Asian Wide and Fullwidth characters (CJK, kana, Hangul, fullwidth forms).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Whether a scalar value is East Asian Wide or Fullwidth.
    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(value) }
    }
}
