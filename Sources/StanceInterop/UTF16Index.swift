import StanceCore

/// Converts between DNA's offsets (zero-based UTF-16 code units, as Java strings count) and Stance's (Unicode
/// code points) for one text, computed once for its many spans (a document with many statements).
public struct UTF16Index: Sendable {
    /// The UTF-16 offset at which each code point starts, and the text's UTF-16 length last.
    private let boundaries: [Int]
    private let units: [UInt16]

    public init(_ text: String) {
        var boundaries: [Int] = []
        boundaries.reserveCapacity(text.unicodeScalars.count + 1)
        var units = 0
        for scalar in text.unicodeScalars {
            boundaries.append(units)
            units += scalar.utf16.count
        }
        boundaries.append(units)
        self.boundaries = boundaries
        self.units = Array(text.utf16)
    }

    /// The text's length in UTF-16 code units.
    public var utf16Count: Int { units.count }

    /// The code-point range of the UTF-16 range `start..<stop`; nil when it lies outside the text or cuts a
    /// surrogate pair.
    public func range(utf16 start: Int, _ stop: Int) -> TextRange? {
        guard start >= 0, stop >= start, stop <= units.count,
            let lower = scalarIndex(ofUTF16: start), let upper = scalarIndex(ofUTF16: stop)
        else { return nil }
        return TextRange(start: lower, end: upper)
    }

    /// The UTF-16 range of the code-point range `range`; nil when it lies outside the text.
    public func utf16(_ range: TextRange) -> (start: Int, stop: Int)? {
        guard range.start >= 0, range.end >= range.start, range.end < boundaries.count else { return nil }
        return (boundaries[range.start], boundaries[range.end])
    }

    /// The text of the UTF-16 range `start..<stop` (which `range(utf16:_:)` accepted).
    public func text(utf16 start: Int, _ stop: Int) -> String {
        guard start >= 0, start <= stop, stop <= units.count else { return "" }
        return String(decoding: units[start..<stop], as: UTF16.self)
    }

    /// The code-point index at which UTF-16 offset `offset` falls, nil when it is inside a code point.
    private func scalarIndex(ofUTF16 offset: Int) -> Int? {
        var low = 0
        var high = boundaries.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if boundaries[middle] == offset { return middle }
            if boundaries[middle] < offset { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
