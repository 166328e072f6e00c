import StanceCore

/// The two sides of an issue as its definition words them: the description's "supports = …" and
/// "opposes = …" (graph-data/issues.yaml), so that a cue whose object stands on the opposes side
/// turns the stance ("protect Korean farmers" opposes agriculture, whose opposes side is
/// "restricting them (e.g. to protect Korean farming …)"). The vocabulary is the data: another
/// dispute's researchers write their own descriptions.
struct IssueSides: Sendable, Equatable {
    /// Word stems only the supports side uses.
    var supports: Set<String>
    /// Word stems only the opposes side uses.
    var opposes: Set<String>

    /// The sides of `description`, or nil when it does not say what `supports =` and `opposes =` mean.
    /// The words of `names` (the issue's aliases) and words for the agreement itself
    /// ("deal", "agreement") belong to neither side: they name what both sides are about.
    init?(description: String, names: [String] = []) {
        let text = description.lowercased()
        guard let support = IssueSides.side("supports =", in: text), let oppose = IssueSides.side("opposes =", in: text)
        else { return nil }
        let neither = Set((names + ["deal deals agreement agreements pact accord treaty"]).flatMap { name in
            name.split(whereSeparator: { !$0.isLetter }).compactMap { IssueSides.stem(String($0)) }
        })
        supports = support.subtracting(oppose).subtracting(neither)
        opposes = oppose.subtracting(support).subtracting(neither)
    }

    /// Which side the words of `words` stand on: +1 supports, −1 opposes, 0 neither or both.
    func side(of words: [String]) -> Int {
        let stems = Set(words.compactMap(IssueSides.stem))
        let forSupport = stems.intersection(supports).count
        let forOpposition = stems.intersection(opposes).count
        return forSupport == forOpposition ? 0 : (forSupport > forOpposition ? 1 : -1)
    }

    /// The stems of one side's text: from its label to the next label or semicolon.
    private static func side(_ label: String, in text: String) -> Set<String>? {
        guard let start = text.range(of: label)?.upperBound else { return nil }
        var rest = text[start...]
        for end in [";", "mixed =", "neutral =", "supports =", "opposes ="] {
            if let cut = rest.range(of: end) { rest = rest[..<cut.lowerBound] }
        }
        let words = rest.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return Set(words.compactMap(stem))
    }

    /// A word's stem for comparing sides: its first five letters, for words of four letters or
    /// more that are not function words or words of wanting.
    static func stem(_ word: String) -> String? {
        let lower = word.lowercased().filter(\.isLetter)
        guard lower.count >= 4, !stopWords.contains(lower) else { return nil }
        return String(lower.prefix(5))
    }

    private static let stopWords: Set<String> = [
        "favours", "favour", "favors", "favor", "wants", "want", "them", "that", "this", "with", "such", "from", "into",
        "against", "their", "those", "these", "also", "when", "what", "which", "being", "only", "whether", "without",
        "over", "more", "less", "used", "either", "whatever", "treats", "makes", "judges",
    ]
}
