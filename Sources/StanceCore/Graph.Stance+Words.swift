extension Graph.Stance {
    /// The words for each stance that the query language accepts (`who backs X`, `who is against X`,
    /// `who is opposed to X`), which the editing commands accept too (`add position --stance against`).
    ///
    /// The query parser's verbs and `is …` complements, without the preposition a stance word takes in a
    /// question (`neutral on` is `neutral` here).
    public static let words: [String: Graph.Stance] = {
        var words: [String: Graph.Stance] = [:]
        for word in [
            "supports", "support", "supported", "backs", "back", "backed", "favors", "favor", "favored", "favours",
            "favour", "favoured", "endorses", "endorse", "endorsed", "for", "in favor of", "in favour of",
            "supportive of",
        ] { words[word] = .supports }
        for word in ["opposes", "oppose", "opposed", "rejects", "reject", "rejected", "against", "opposed to"] {
            words[word] = .opposes
        }
        for word in ["mixed", "ambivalent", "divided", "torn"] { words[word] = .mixed }
        words["neutral"] = .neutral
        return words
    }()

    /// The stance a word names (case and surrounding or repeated spaces ignored): `against` is `opposes`.
    public init?(word: String) {
        let key = word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let stance = Self.words[key] else { return nil }
        self = stance
    }
}
