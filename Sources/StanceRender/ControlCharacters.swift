/// Makes control characters in data harmless before it reaches a terminal or a document.
enum ControlCharacters {
    /// What to do with line breaks (LF, CR, CRLF) or tabs.
    enum Treatment {
        /// Leave them as they are.
        case keep
        /// Replace each one (a CRLF pair counts as one) with this text.
        case replace(String)
    }

    /// What to do with bidirectional overrides and isolates, which can reorder what a reader sees.
    enum Bidi {
        case keep
        case remove
    }

    /// The visible stand-in for a control character that is not kept.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a scalar is a C0 control, DEL or a C1 control.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether a scalar is a bidirectional embedding, override or isolate.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Returns the text with line breaks and tabs treated as asked and every other control character replaced.
    static func clean(_ text: String, lineBreaks: Treatment, tabs: Treatment, bidi: Bidi) -> String {
        let needsWork = text.unicodeScalars.contains { isControl($0) || (bidi == .remove && isBidiControl($0)) }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n", "\r":
                switch lineBreaks {
                case .keep:
                    result.append(scalar)
                case .replace(let text):
                    if scalar == "\n" && previous == "\r" { continue }
                    result.append(contentsOf: text.unicodeScalars)
                }
            case "\t":
                switch tabs {
                case .keep: result.append(scalar)
                case .replace(let text): result.append(contentsOf: text.unicodeScalars)
                }
            default:
                if isControl(scalar) {
                    result.append(replacement)
                } else if bidi == .remove && isBidiControl(scalar) {
                    continue
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }
}
