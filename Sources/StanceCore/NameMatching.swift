/// How names typed by people are compared with names in the graph.
public enum NameMatching {
    /// The lookup key of a name: lower case, letters and digits only, words joined by one space,
    /// a leading "the" dropped (`"The U.S. Chamber of Commerce"` → `"us chamber of commerce"`).
    public static func key(_ name: String) -> String {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiKey(bytes) : nil
        }
        if case .some(.some(let key)) = ascii { return key }
        return unicodeKey(name)
    }

    /// `key` of an ASCII name, on its bytes: the same rules as `unicodeKey` (for ASCII, the letters are
    /// `A-Z a-z` and the numerals `0-9`), without a Unicode property lookup per character. A bulk import
    /// computes two keys for each of its actors and issues.
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var separated = false
        for byte in bytes {
            let lower: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte + 32
            case UInt8(ascii: "."), UInt8(ascii: "'"): continue  // "U.S." is "us", "Korea's" is "koreas"
            default:
                separated = true
                continue
            }
            if separated && !out.isEmpty { out.append(UInt8(ascii: " ")) }
            separated = false
            out.append(lower)
        }
        // A leading "the" is dropped when another word follows.
        if out.count > 4, out[0] == UInt8(ascii: "t"), out[1] == UInt8(ascii: "h"), out[2] == UInt8(ascii: "e"),
            out[3] == UInt8(ascii: " ")
        {
            out.removeFirst(4)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key` of any name, by Unicode scalar properties.
    static func unicodeKey(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                continue  // "U.S." is "us", "Korea's" is "koreas"
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The Levenshtein distance between two strings, by Unicode scalar.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates nearest to `name` (by edit distance over lookup keys), closest first,
    /// within a distance that grows with the name's length.
    public static func nearest(to name: String, among candidates: [String], limit: Int = 3)
        -> [String]
    {
        let wanted = key(name)
        // Nothing is near a very long name, and measuring would cost time proportional to its length.
        guard wanted.count <= 64 else { return [] }
        let threshold = max(2, wanted.count / 3)
        var scored: [(distance: Int, name: String)] = []
        var seen = Set<String>()
        for candidate in candidates where !seen.contains(candidate) {
            seen.insert(candidate)
            let candidateKey = key(candidate)
            var distance = editDistance(wanted, candidateKey)
            if !wanted.isEmpty, candidateKey.hasPrefix(wanted) || wanted.hasPrefix(candidateKey) {
                distance = min(distance, 1)
            }
            // A surname or any whole word of the name ("Feld" for "Omar Feld").
            let words = Set(candidateKey.split(separator: " "))
            if !wanted.isEmpty, wanted.split(separator: " ").allSatisfy({ words.contains($0) }) {
                distance = min(distance, 1)
            }
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return scored.prefix(limit).map(\.name)
    }
}
