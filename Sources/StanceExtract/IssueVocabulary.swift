import StanceCore

/// The words each known issue is talked about with, from its name, aliases, terms and description,
/// for tagging a quote with what it is about when no alias is written out.
///
/// A word counts by its stem (its first seven letters, so "current" is not "currency"). The
/// name and aliases weigh 2, the description (up to "supports =") 1; a stem shared by three or
/// more issues ("korus", "trade") tells them apart from nothing and is dropped. A one-word alias
/// written out ("withdrawal", also put in by `Lexicon.issuePhrases` for "walking away from the
/// agreement") weighs 4, enough alone, and so does each of the issue's terms written out
/// (`Graph.Issue.terms`: "our farmers", "steel quota"), matched as whole words in order, any case,
/// a plural as its singular. Words inside a name (an actor's, a
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
        /// The issue's terms as words to find.
        var terms: [Term] = []
        /// The keys of its name and aliases written all in lower case ("alliance"), and of those written
        /// with a capital ("KORUS"): a word written capitalised inside a sentence matches only the second.
        var lowerKeys: Set<String> = []
        var casedKeys: Set<String> = []
    }

    /// A term of an issue as the words to find in an article.
    struct Term: Sendable, Equatable {
        /// Its words: `NameMatching.key` word by word (a leading "the" kept), each in the singular.
        var words: [String]
        /// Written with a capital ("Section 232", "Korean won"): it may match capitalised words, which a term
        /// in lower case never does (they belong to a name).
        var isName: Bool

        init(_ text: String) {
            words = IssueVocabulary.termWords(text)
            isName = text.contains { $0.isUppercase }
        }
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
            let names = [issue.name] + issue.aliases
            raw.append(Entry(id: issue.id, name: issue.name, parent: issue.parent, weights: weights, aliasWords: aliasWords,
                allStems: Set(weights.keys), terms: issue.terms.map(Term.init).filter { !$0.words.isEmpty },
                lowerKeys: Set(names.filter { !$0.contains(where: \.isUppercase) }.map(NameMatching.key)),
                casedKeys: Set(names.filter { $0.contains(where: \.isUppercase) }.map(NameMatching.key))))
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

    /// Scores of the issues for the terms written out in `words` (an article's words in order, each
    /// `NameMatching.key`'d and in the singular, with the index of the article word it comes from): 4 for
    /// each distinct term found. A term matches whole article words only, and only where `allowed` says
    /// each of them may, given the article words the term spans (not in a name, or the term is itself a name);
    /// a term holding `excluding` counts
    /// for nothing.
    func termScores(
        _ words: [(word: String, index: Int)], excluding: String? = nil, allowed: (Int, Term, ClosedRange<Int>) -> Bool
    ) -> [Slug: Int] {
        var scores: [Slug: Int] = [:]
        for entry in entries {
            var found = 0
            for term in entry.terms where excluding.map({ !term.words.contains(IssueVocabulary.singular($0)) }) ?? true {
                if IssueVocabulary.occurs(term, in: words, allowed: allowed) { found += 1 }
            }
            if found > 0 { scores[entry.id] = found * 4 }
        }
        return scores
    }

    /// Whether `term` is written out in `words`, beginning and ending on whole article words.
    private static func occurs(
        _ term: Term, in words: [(word: String, index: Int)], allowed: (Int, Term, ClosedRange<Int>) -> Bool
    ) -> Bool {
        let count = term.words.count
        guard count > 0, words.count >= count else { return false }
        for start in 0...(words.count - count) where words[start].word == term.words[0] {
            if start > 0, words[start - 1].index == words[start].index { continue }
            let end = start + count
            if end < words.count, words[end].index == words[end - 1].index { continue }
            guard (1..<count).allSatisfy({ words[start + $0].word == term.words[$0] }) else { continue }
            let window = words[start].index...words[end - 1].index
            if (start..<end).allSatisfy({ allowed(words[$0].index, term, window) }) { return true }
        }
        return false
    }

    /// The words of a term or an article word: `NameMatching.key` of each space-separated part (so a
    /// leading "the" stays: "the won" is not "won"), each in the singular.
    static func termWords(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).flatMap { part in
            NameMatching.key(String(part)).split(separator: " ").map { singular(String($0)) }
        }
    }

    /// A lower-case word in the singular: "tariffs" is "tariff", "duties" "duty" (not "glass", "bonus").
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// Whether `text`, a mention of issue `id`, matches only aliases written in lower case ("alliance"),
    /// so that written capitalised inside a sentence it is a word of a name ("the Alliance of Metal Fabricators").
    func onlyLowerCase(_ id: Slug, _ text: String) -> Bool {
        guard let entry = entries.first(where: { $0.id == id }) else { return false }
        let key = NameMatching.key(text)
        return entry.lowerKeys.contains(key) && !entry.casedKeys.contains(key)
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
