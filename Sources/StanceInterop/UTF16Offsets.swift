import StanceCore

/// Converts between DNA's offsets (zero-based UTF-16 code units, as Java strings count) and Stance's
/// (Unicode code points).
public enum UTF16Offsets {
    /// The code-point range of the UTF-16 range `start..<stop` of `text`; nil when the range lies outside
    /// the text or cuts a surrogate pair.
    public static func range(utf16 start: Int, _ stop: Int, in text: String) -> TextRange? {
        guard start >= 0, stop >= start else { return nil }
        var units = 0
        var scalars = 0
        var lower: Int?
        for scalar in text.unicodeScalars {
            if units == start { lower = scalars }
            if units == stop, let lower { return TextRange(start: lower, end: scalars) }
            if units > stop { return nil }
            units += scalar.utf16.count
            scalars += 1
        }
        if units == start { lower = scalars }
        if units == stop, let lower { return TextRange(start: lower, end: scalars) }
        return nil
    }

    /// The UTF-16 range of the code-point range `range` of `text`; nil when it lies outside the text.
    public static func utf16(_ range: TextRange, in text: String) -> (start: Int, stop: Int)? {
        guard range.start >= 0, range.end >= range.start else { return nil }
        var units = 0
        var scalars = 0
        var lower: Int?
        for scalar in text.unicodeScalars {
            if scalars == range.start { lower = units }
            if scalars == range.end, let lower { return (lower, units) }
            units += scalar.utf16.count
            scalars += 1
        }
        if scalars == range.start { lower = units }
        if scalars == range.end, let lower { return (lower, units) }
        return nil
    }

    /// The number of UTF-16 code units in `text` (a Java string's length).
    public static func length(of text: String) -> Int { text.utf16.count }
}
