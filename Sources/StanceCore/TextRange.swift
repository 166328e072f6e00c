/// A half-open range of Unicode code points in a text: where a quote stands in its article,
/// or where a word stands in a query.
public struct TextRange: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }

    /// The code points of `text` in this range; nil when the range does not fit the text.
    public func slice(of text: String) -> String? {
        let scalars = text.unicodeScalars
        guard start >= 0, end >= start,
            let lower = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
            let upper = scalars.index(lower, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return nil }
        return String(scalars[lower..<upper])
    }
}
