import StanceCore

/// The words each known issue is talked about with, from its name, aliases and description,
/// for tagging a quote with what it is about when no alias is written out.
///
/// A word counts by its stem (its first seven letters, so "current" is not "currency"). The
/// name and aliases weigh 2, the description (up to "supports =") 1; a stem shared by three or
/// more issues ("korus", "trade") tells them apart from nothing and is dropped. A one-word alias
/// written out ("withdrawal", also put in by `Lexicon.issuePhrases` for "walking away from the
/// agreement") weighs 4, enough alone. Words inside a name (an actor's, a
/// place's: any capitalised run) are never read, so "the Korea Automobile Manufacturers
/// Council" says nothing about autos.
struct IssueVocabulary: Sendable {
    /// An issue and its stems with their weights.
    struct Entry: Sendable {
        var id: Slug
        var name: String
        var parent: Slug?
        var weights: [String: Int]
        /// One-word aliases: one of them written out is as good as the alias.
        var aliasWords: Set<String>
        /// Every stem of the name, aliases and description, common ones included.
        var allStems: Set<String>
    }

    let entries: [Entry]

    init(issues: [Graph.Issue]) {
        var raw: [Entry] = []
        for issue in issues {
            var weights: [String: Int] = [:]
            var aliasWords = Set<String>()
            for name in [issue.name] + issue.aliases {
                let stems = IssueVocabulary.stems(name)
                for stem in stems { weights[stem] = 2 }
                let key = NameMatching.key(name)
                if !key.isEmpty, !key.contains(" ") { aliasWords.insert(key) }
            }
            var description = issue.description ?? ""
            if let cut = description.range(of: "supports =") { description = String(description[..<cut.lowerBound]) }
            for stem in IssueVocabulary.stems(description) where weights[stem] == nil { weights[stem] = 1 }
            raw.append(Entry(id: issue.id, name: issue.name, parent: issue.parent, weights: weights, aliasWords: aliasWords,
                allStems: Set(weights.keys)))
        }
        var frequency: [String: Int] = [:]
        for entry in raw { for stem in entry.weights.keys { frequency[stem, default: 0] += 1 } }
        entries = raw.map { entry in
            var kept = entry
            kept.weights = entry.weights.filter { (frequency[$0.key] ?? 0) < 3 }
            return kept
        }
    }

    /// Scores of the issues for a bag of lower-case words: the weight of each distinct stem
    /// matched; a one-word alias written out scores 4.
    func scores(_ words: [String]) -> [Slug: Int] {
        let stems = Set(words.map(IssueVocabulary.stem).filter { !$0.isEmpty })
        let written = Set(words)
        var scores: [Slug: Int] = [:]
        for entry in entries {
            var score = entry.aliasWords.intersection(written).count * 4
            for stem in stems where !entry.aliasWords.contains(where: { IssueVocabulary.stem($0) == stem && written.contains($0) }) {
                score += entry.weights[stem] ?? 0
            }
            if score > 0 { scores[entry.id] = score }
        }
        return scores
    }

    /// The parent of an issue, if any.
    func parent(of id: Slug) -> Slug? {
        entries.first { $0.id == id }?.parent
    }

    /// The stem of a lower-case word: its first seven letters, of the singular; empty for a stop
    /// word or a short word.
    static func stem(_ word: String) -> String {
        var letters = word.lowercased().filter { $0.isLetter }
        guard letters.count >= 4, !Lexicon.vocabularyStopWords.contains(letters) else { return "" }
        // A plural is its singular: "tariffs" is "tariff", "subsidies" "subsidy".
        if letters.hasSuffix("ies"), letters.count > 5 {
            letters = String(letters.dropLast(3)) + "y"
        } else if letters.hasSuffix("s"), !letters.hasSuffix("ss"), letters.count > 4 {
            letters = String(letters.dropLast())
        }
        return String(letters.prefix(7))
    }

    /// The stems of the words of `text`.
    static func stems(_ text: String) -> [String] {
        var seen = Set<String>()
        return NameMatching.key(text).split(separator: " ").map { stem(String($0)) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
