import Foundation
import StanceCore
import StanceQuery

/// A coded stretch of an article: a verbatim quote, or the sentence a paraphrased position rests on.
struct Span: Sendable, Equatable {
    enum Kind: String, Sendable {
        case quote, sentence
    }

    var kind: Kind
    /// The quote's id, or for a sentence the id of the position it proves.
    var id: String
    /// Code points in the article text.
    var range: TextRange
    /// The positions this span is evidence for.
    var positions: [String]

    /// The element id a link to this span targets (`quote-ID`, `sentence-ID`).
    var anchor: String { "\(kind.rawValue)-\(id)" }

    /// The spans of a source in text order: quotes at their recorded offsets, and each paraphrased position's
    /// sentence where it first occurs verbatim in the text. Spans that do not fit the text are left out.
    static func locate(in source: Graph.Source) -> [Span] {
        guard let text = source.text else { return [] }
        let length = text.unicodeScalars.count
        var spans: [Span] = []
        for quote in source.quotes {
            guard let range = quote.range, range.start >= 0, range.start < range.end, range.end <= length else {
                continue
            }
            let positions = source.positions.filter { position in
                if case .quote(let id) = position.evidence { return id == quote.id }
                return false
            }
            spans.append(Span(kind: .quote, id: quote.id.rawValue, range: range, positions: positions.map(\.id.rawValue)))
        }
        for position in source.positions {
            guard case .paraphrase(_, let sentence) = position.evidence, !sentence.isEmpty,
                let found = text.range(of: sentence)
            else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            let end = start + text.unicodeScalars.distance(from: found.lowerBound, to: found.upperBound)
            spans.append(
                Span(kind: .sentence, id: position.id.rawValue, range: TextRange(start: start, end: end),
                     positions: [position.id.rawValue]))
        }
        return spans.sorted { ($0.range.start, -$0.range.end, $0.anchor) < ($1.range.start, -$1.range.end, $1.anchor) }
    }

    /// The article cut at every span boundary: each piece with the spans covering it, innermost last.
    static func segments(of text: String, spans: [Span]) -> [(text: String, covering: [Span])] {
        let scalars = Array(text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for span in spans {
            cuts.insert(span.range.start)
            cuts.insert(span.range.end)
        }
        let points = cuts.sorted()
        var pieces: [(text: String, covering: [Span])] = []
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            let covering = spans.filter { $0.range.start <= start && end <= $0.range.end }
                .sorted { $0.range.length > $1.range.length }
            pieces.append((String(String.UnicodeScalarView(scalars[start..<end])), covering))
        }
        return pieces
    }
}

/// Questions that would parse, made by replacing the words a query error points at with near names or keywords.
enum Suggestions {
    static func repairs(of error: QueryError, directory: some NameDirectory) -> [String] {
        guard let range = error.range, let bad = range.slice(of: error.query), !bad.isEmpty else { return [] }
        var replacements: [String] = []
        for kind in [NameKind.issue, .actor] {
            replacements += NameMatching.nearest(to: bad, among: (try? directory.labels(kind)) ?? [], limit: 3)
        }
        let keywords = error.expected.filter { !$0.hasPrefix("<") }
        replacements += NameMatching.nearest(to: bad, among: keywords, limit: 3)
        let scalars = Array(error.query.unicodeScalars)
        var seen = Set<String>()
        var repaired: [String] = []
        for replacement in replacements {
            let words = replacement.contains(" ") && !keywords.contains(replacement) ? "\"\(replacement)\"" : replacement
            let candidate = String(String.UnicodeScalarView(scalars[..<range.start])) + words
                + String(String.UnicodeScalarView(scalars[range.end...]))
            guard seen.insert(candidate).inserted, (try? Parser.parse(candidate, directory: directory)) != nil else {
                continue
            }
            repaired.append(candidate)
            if repaired.count == 5 { break }
        }
        return repaired
    }
}
