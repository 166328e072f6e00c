import StanceCore

extension Parser {
    /// Words that end a name when no longer run of words names something.
    static let boundaryWords: Set<String> = [
        "and", "or", "but", "among", "in", "at", "as", "since", "between", "on", "about", "by", "from",
        "matching", "containing", "with", "think", "say", "said", "stand", "support", "supports", "oppose",
        "opposes", "is", "was", "ever", "has",
    ]

    /// `actor = name ; issue = name ; name = word { word } | '"' characters '"' ;`
    ///
    /// Takes the longest run of words (up to `maximumNameWords`) whose lookup key names exactly
    /// one actor or issue. An unknown name is reported with the nearest known names; an
    /// ambiguous one with its candidates.
    mutating func parseName(_ kind: NameKind) throws -> NameRef {
        let placeholder = "<\(kind.rawValue)>"
        guard let first = current, first.kind == .word || first.kind == .string else {
            note([placeholder])
            throw unexpected()
        }
        var words: [Token] = []
        if first.kind == .string {
            words = [first]
        } else {
            var i = index
            while i < tokens.count, tokens[i].kind == .word, words.count < Parser.maximumNameWords {
                words.append(tokens[i])
                i += 1
            }
        }
        for length in stride(from: words.count, through: 1, by: -1) {
            let text = words[0..<length].map(\.text).joined(separator: " ")
            let key = NameMatching.key(text)
            guard !key.isEmpty else { continue }
            let found = try directory.lookup(kind, key: key)
            let range = TextRange(start: words[0].range.start, end: words[length - 1].range.end)
            if found.count == 1, let entity = found.first {
                index += length
                return NameRef(id: entity.id, name: entity.name, range: range)
            }
            if found.count > 1 {
                let candidates = found.map { e in
                    "'\(e.name)' (\(e.kind.map { "\($0), " } ?? "")id \(e.id))"
                }.joined(separator: ", ")
                // The way out: the same question with each candidate's id in place of the name.
                let scalars = Array(query.unicodeScalars)
                let asked = found.compactMap { e -> String? in
                    guard range.start <= range.end, range.end <= scalars.count else { return nil }
                    var text = String.UnicodeScalarView(scalars[..<range.start])
                    text.append(contentsOf: e.id.rawValue.unicodeScalars)
                    text.append(contentsOf: scalars[range.end...])
                    return "`\(String(text))`"
                }
                throw QueryError(
                    "'\(text)' could mean several \(kind.rawValue)s: \(candidates); ask with the id: "
                        + asked.joined(separator: " or "),
                    at: range, in: query, expected: [placeholder])
            }
        }
        // Nothing resolved: report the words up to the next keyword as the unknown name.
        var length = 1
        while length < words.count, !Parser.boundaryWords.contains(words[length].lowered) {
            length += 1
        }
        let text = words[0..<length].map(\.text).joined(separator: " ")
        let range = TextRange(start: words[0].range.start, end: words[length - 1].range.end)
        var message = "unknown \(kind.rawValue) '\(text)'"
        let near = NameMatching.nearest(to: text, among: try directory.labels(kind))
        if !near.isEmpty {
            message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        } else {
            message += "; `stance query \(kind == .actor ? "actors" : "issues")` lists them"
        }
        note([placeholder])
        throw QueryError(message, at: range, in: query, expected: [placeholder])
    }
}
