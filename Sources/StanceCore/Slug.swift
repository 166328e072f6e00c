/// A stable identifier: lower-case ASCII letters and digits in groups joined by single hyphens.
///
/// ```swift
/// Slug("james-fatheree")   // valid
/// Slug("James Fatheree")   // nil
/// ```
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Validates `text` as a slug; nil when it is not one.
    public init?(_ text: String) {
        guard Slug.isValid(text) else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether `text` matches `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isValid(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// Makes a slug from free text (`"Omar Feld"` → `omar-feld`); nil when nothing usable is left.
    public static func make(from text: String) -> Slug? {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return Slug(out)
    }
}
