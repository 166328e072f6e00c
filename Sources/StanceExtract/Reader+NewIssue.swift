import StanceCore

/// An issue the article is about that the graph lacks: a policy noun phrase of its title or
/// lead ("currency side deal", "a side agreement on currency") that no known issue's name,
/// aliases or description covers, whose key word the article keeps using.
struct NewIssue: Sendable, Equatable {
    /// The name made from the text: "Currency side deal".
    var name: String
    var id: Slug
    /// The word the article keeps using for it ("currency").
    var key: String
    /// The sentence that names it first.
    var sentence: TextRange
}

extension Reader {
    /// The new issue the title and lead are about, if any (at most one).
    func newIssue() -> NewIssue? {
        var parts: [Range<Int>] = []
        if let title = article.paragraphs.first { parts.append(title) }
        if let lead = article.paragraphs.dropFirst().first(where: { article.wordIndices(in: $0).count >= 15 }) { parts.append(lead) }
        for part in parts {
            let range = article.wordIndices(in: part)
            for head in range where Lexicon.policyHeads.contains(words[head].lower) && !inQuote(head) {
                // "currency side deal": lower-case words before the head; "side agreement on currency": after "on".
                var before: [Int] = []
                var k = head - 1
                while k >= range.lowerBound, head - k <= 2, spaced(k), isModifier(k) {
                    before.insert(k, at: 0)
                    k -= 1
                }
                var after: [Int] = []
                if head + 2 < range.upperBound, spaced(head), ["on", "over", "for"].contains(words[head + 1].lower), spaced(head + 1),
                    isModifier(head + 2)
                {
                    after = [head + 2]
                }
                let modifiers = after + before
                guard let first = modifiers.first else { continue }
                let key = words[first].lower
                guard !covered(modifiers.map { words[$0].lower }, head: words[head].lower), uses(key) >= 3 else { continue }
                let text = (modifiers.map { words[$0].lower } + [words[head].lower]).joined(separator: " ")
                let name = text.prefix(1).uppercased() + text.dropFirst()
                guard let id = Slug.make(from: name) else { continue }
                let sentence = article.sentences.first { $0.start <= words[head].start && words[head].start < $0.end }
                return NewIssue(
                    name: name, id: id, key: key,
                    sentence: sentence.map { article.trimmedSentence($0).range } ?? TextRange(start: part.lowerBound, end: part.upperBound))
            }
        }
        return nil
    }

    /// A lower-case word that may modify a policy noun ("currency", "side"): no stop word, number or name.
    private func isModifier(_ i: Int) -> Bool {
        let word = words[i]
        guard !word.isCapitalized, word.lower.count >= 3, word.lower.allSatisfy({ $0.isLetter }) else { return false }
        return !Lexicon.vocabularyStopWords.contains(word.lower) && !Lexicon.notNames.contains(word.lower)
            && !Lexicon.negations.contains(word.lower) && !["new", "its", "their", "this", "that", "any", "separate", "revised"].contains(word.lower)
    }

    /// Whether one known issue's name, aliases or description holds every modifier, or two of
    /// the words with the head, by stem: "steel tariff exemption" and "agricultural quota" are
    /// known issues, "currency side deal" is none (the weak-dollar issue has "currency", not "side").
    private func covered(_ modifiers: [String], head: String) -> Bool {
        let stems = Set(modifiers.map(IssueVocabulary.stem).filter { !$0.isEmpty })
        let headStem = IssueVocabulary.stem(head)
        guard !stems.isEmpty else { return true }
        return finder.vocabulary.entries.contains { entry in
            let held = stems.filter { entry.allStems.contains($0) }.count
            return held == stems.count || held + (entry.allStems.contains(headStem) ? 1 : 0) >= 2
        }
    }

    /// How often the article uses `word` (by stem) outside names and quotes' attributions.
    private func uses(_ word: String) -> Int {
        let stem = IssueVocabulary.stem(word)
        return topicalWords(0..<words.count).filter { IssueVocabulary.stem($0) == stem }.count
    }
}
