import StanceCore

/// What a quote or a sentence is about: the known issues it names, or talks about in the words
/// of their names, aliases, terms and descriptions, and the article's topic.
extension Reader {
    /// Issue mentions outside any name of an actor or of a new person or organisation.
    var issueMentions: [Mention] {
        mentions.filter { mention in
            guard mention.kind == .issue else { return false }
            let indices = article.wordIndices(in: mention.range.start..<mention.range.end)
            guard !indices.contains(where: { actorAt[$0] != nil || insideNewName($0) }) else { return false }
            // "the Alliance of Metal Fabricators": an alias written in lower case ("alliance"), capitalised
            // inside a sentence of the body, is a word of a name (a title may capitalise every word).
            if let first = indices.first, words[first].isCapitalized, !opensSentence(first),
                !(article.paragraphs.first?.contains(mention.range.start) ?? false),
                finder.vocabulary.onlyLowerCase(mention.id, mention.text)
            {
                return false
            }
            return true
        }
    }

    /// Whether the words `window` run on into a longer capitalised name: a capitalised first word with a
    /// capitalised word joined before it (not one opening the sentence), or a capitalised last word with one
    /// joined after it ("the Pacific Rim Business Roundtable"; not "American cars Korea has to take").
    func inLongerName(_ window: ClosedRange<Int>) -> Bool {
        let before = window.lowerBound - 1
        let after = window.upperBound + 1
        if words[window.lowerBound].isCapitalized, before >= 0, spaced(before), words[before].isCapitalized, !opensSentence(before) {
            return true
        }
        return words[window.upperBound].isCapitalized && after < words.count && spaced(after - 1) && words[after].isCapitalized
    }

    /// Whether word `i` lies in the name of a person or organisation the article introduces.
    func insideNewName(_ i: Int) -> Bool {
        introductions.contains { $0.words.contains(i) }
    }

    /// Whether word `i` may say what its passage is about: it is no word of a name.
    func isTopicalWord(_ i: Int) -> Bool {
        guard actorAt[i] == nil, !insideNewName(i) else { return false }
        guard words[i].isCapitalized else { return true }
        // A capitalised word opening a sentence is an ordinary word unless a name runs on.
        return opensSentence(i) && !(i + 1 < words.count && spaced(i) && isNameWord(i + 1))
    }

    /// Whether word `i` opens a sentence, a quotation or a line.
    func opensSentence(_ i: Int) -> Bool {
        i == 0 || article.gap(i - 1, i).contains(where: { ".!?\n:\"\u{201C}".contains($0) })
    }

    /// The lower-case words of `range` that may say what it is about: no word of a name.
    func topicalWords(_ range: Range<Int>) -> [String] {
        let kept = range.filter(isTopicalWord)
        // "walking away from the agreement" talks about withdrawal: add the word it stands for.
        var found = kept.map { words[$0].lower }
        for i in kept {
            // "tear the whole thing up", "rip the deal up": the verb, its object, the particle.
            for (verb, particle, meaning) in Lexicon.particleActions where Lexicon.matches(words[i].lower, cue: verb) {
                let window = (i + 1)..<min(range.upperBound, i + 2 + Lexicon.particleGap)
                if let end = window.first(where: { words[$0].lower == particle }), end > i + 1,
                    (i + 1..<end).contains(where: { Lexicon.agreementWords.contains(words[$0].lower) })
                {
                    found.append(meaning)
                }
            }
            // "our trade agreement must be fundamentally revised or discarded": the agreement in the passive.
            if Lexicon.agreementNouns.contains(words[i].lower), words[i].bareEnd == words[i].end {
                let after = (i + 1)..<min(range.upperBound, i + 2 + Lexicon.passiveGap)
                if let be = after.first(where: { ["be", "been", "being"].contains(words[$0].lower) }),
                    (i..<be).allSatisfy({ spaced($0) })
                {
                    for k in (be + 1)..<min(range.upperBound, be + 2 + Lexicon.passiveGap) {
                        guard spaced(k - 1) else { break }
                        if Lexicon.agreementMendedParticiples.contains(words[k].lower) { found.append("renegotiation") }
                        if Lexicon.agreementEndedParticiples.contains(words[k].lower) { found.append("withdrawal") }
                    }
                }
            }
            // "all options remain on the table": the threat of leaving.
            if Lexicon.optionWords.contains(words[i].lower) {
                let window = (i + 1)..<min(range.upperBound, i + 5)
                if let on = window.first(where: { words[$0].lower == "on" }), on + 2 < range.upperBound,
                    words[on + 1].lower == "the", words[on + 2].lower == "table", (i..<(on + 2)).allSatisfy({ spaced($0) })
                {
                    found.append("withdrawal")
                }
            }
            // "leaving would be a gift to our rivals": a bare gerund of leaving as a subject.
            if Lexicon.bareLeavingGerunds.contains(words[i].lower), i + 1 < range.upperBound, spaced(i),
                Lexicon.gerundSubjectVerbs.contains(words[i + 1].lower)
            {
                found.append("withdrawal")
            }
            // "abandoning the pact", "keep the agreement intact", "fix the deal": a verb of leaving, keeping or
            // mending with the agreement as its object.
            for (verbs, meaning) in [
                (Lexicon.agreementLeavingVerbs, "withdrawal"), (Lexicon.agreementKeepingVerbs, "withdrawal"),
                (Lexicon.agreementMendingVerbs, "renegotiation"),
            ] {
                for verb in verbs where Lexicon.matchesFirstWord(words[i].lower, of: verb) {
                    let parts = verb.split(separator: " ").map(String.init)
                    let object = i + parts.count
                    guard object < range.upperBound,
                        parts.enumerated().allSatisfy({ Lexicon.matches(words[i + $0.offset].lower, cue: $0.element) })
                    else { continue }
                    let window = object..<min(range.upperBound, object + Lexicon.agreementObjectGap + 1)
                    // Not "the deal's remaining details": a possessive is no object.
                    if let noun = window.first(where: { Lexicon.agreementNouns.contains(words[$0].lower) }),
                        words[noun].bareEnd == words[noun].end, (i..<noun).allSatisfy({ spaced($0) && !words[$0 + 1].isCapitalized })
                    {
                        found.append(meaning)
                    } else if words[object].lower == "it", spaced(object - 1),
                        (max(range.lowerBound, i - Lexicon.itAntecedentGap)..<i).contains(where: { Lexicon.agreementNouns.contains(words[$0].lower) })
                    {
                        // "Mend the agreement, don't ditch it": "it" is the agreement named just before (not
                        // "stripped from the trade pact, even as business groups lobbied to keep it").
                        found.append(meaning)
                    }
                }
            }
            for (phrase, meaning) in Lexicon.issuePhrases + Lexicon.issueVerbPhrases {
                let parts = phrase.split(separator: " ").map(String.init)
                guard i + parts.count <= range.upperBound else { continue }
                if parts.enumerated().allSatisfy({ Lexicon.matches(words[i + $0.offset].lower, cue: $0.element) }) {
                    found.append(meaning)
                }
            }
        }
        return found
    }

    /// The vocabulary's scores of the issues for the words `range` (word indices): their stems and
    /// one-word aliases, and the issues' terms written out there. A term in lower case never matches
    /// a word of a name; one written with a capital ("Section 232") may match capitalised words and an
    /// actor's whole name ("talks with Pyongyang", "US content"), but never part of a longer name of an
    /// actor, nor words of a person or organisation the article introduces.
    /// A word `excluding` (a new issue's key word) counts for no known issue.
    func vocabularyScores(_ range: Range<Int>, excluding: String? = nil) -> [Slug: Int] {
        var scores = finder.vocabulary.scores(topicalWords(range).filter { $0 != excluding })
        var keyed: [(word: String, index: Int)] = []
        for i in range {
            for word in IssueVocabulary.termWords(words[i].lower) { keyed.append((word, i)) }
        }
        let terms = finder.vocabulary.termScores(keyed, excluding: excluding) { i, term, window in
            // A term written as a name may hold an actor's whole name with a word of its own ("talks with
            // Pyongyang", "US content"), never part of a longer name ("the Korea Automobile Manufacturers
            // Association") nor names alone ("Canada and Mexico" is about the two countries).
            guard term.isName else { return isTopicalWord(i) }
            if let actor = actorAt[i] {
                guard window.contains(actor.words.lowerBound), window.contains(actor.words.upperBound - 1) else { return false }
                // "North American trade": a capitalised word joined to the actor's makes a longer name.
                let before = actor.words.lowerBound - 1
                let after = actor.words.upperBound
                if before >= 0, spaced(before), words[before].isCapitalized, !opensSentence(before) { return false }
                if after < words.count, spaced(after - 1), words[after].isCapitalized { return false }
                // A word of its own: not a short joining word ("and", "of"); "talks" counts though no stem.
                return window.contains { isTopicalWord($0) && words[$0].lower.count >= 4 && words[$0].lower.allSatisfy(\.isLetter) }
            }
            return !insideNewName(i) && !(words[i].isCapitalized && inLongerName(window))
        }
        for (id, score) in terms { scores[id, default: 0] += score }
        return scores
    }

    /// The issues named or talked about in `range` (by code points): named ones first, then
    /// those whose vocabulary scores at least 4.
    /// A word in `excluding` (a new issue's key word) counts for no known issue.
    func issues(in range: Range<Int>, excluding: String? = nil) -> [Slug] {
        var ids: [Slug] = []
        for mention in issueMentions where range.contains(mention.range.start) && !ids.contains(mention.id) {
            if let excluding, NameMatching.key(mention.text) == excluding { continue }
            ids.append(mention.id)
        }
        let named = ids
        let scores = vocabularyScores(article.wordIndices(in: range), excluding: excluding)
        for (id, score) in scores.sorted(by: { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) })
        where score >= 4 && !ids.contains(id) {
            // An issue named outright says it better than the words of its parent or sub-issue.
            let related = named.contains { finder.vocabulary.parent(of: $0) == id || finder.vocabulary.parent(of: id) == $0 }
            if !related { ids.append(id) }
        }
        return ids
    }

    /// The issue the nouns of negotiating stand for (`Lexicon.negotiationPhrases`: "the talks",
    /// "negotiators", "at the table") in `range` (by code points, a quote's words), unless the words
    /// there lean to another issue (a score of 2: "a bilateral negotiation"): talks about steel are
    /// about steel.
    func negotiationIssues(_ range: Range<Int>) -> [Slug] {
        let indices = article.wordIndices(in: range)
        let meaning = finder.vocabulary.scores([Lexicon.negotiationMeaning]).filter { $0.value >= 4 }.map(\.key)
        guard !vocabularyScores(indices).contains(where: { $0.value >= 2 && !meaning.contains($0.key) }) else { return [] }
        let found = indices.contains { i in
            guard isTopicalWord(i) else { return false }
            return Lexicon.negotiationPhrases.contains { phrase in
                guard Lexicon.matchesFirstWord(words[i].lower, of: phrase) else { return false }
                let parts = phrase.split(separator: " ").map(String.init)
                guard i + parts.count <= indices.upperBound,
                    parts.enumerated().allSatisfy({ Lexicon.matches(words[i + $0.offset].lower, cue: $0.element) })
                else { return false }
                guard i > 0, spaced(i - 1) else { return true }
                // "he talks tough" is the verb; "not up for negotiation" no talk.
                if phrase == "talks", Lexicon.talksVerbSubjects.contains(words[i - 1].lower) || words[i - 1].isCapitalized { return false }
                return words[i - 1].lower != "for"
            }
        }
        return found ? meaning.sorted { $0.rawValue < $1.rawValue } : []
    }

    /// The issue that dominates the article's issue mentions (outside names): named at least
    /// three times and in at least half of all the mentions; nil otherwise.
    func dominantIssue() -> Slug? {
        var counts: [Slug: Int] = [:]
        for mention in issueMentions { counts[mention.id, default: 0] += 1 }
        let total = counts.values.reduce(0, +)
        guard let best = counts.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }) else { return nil }
        return best.value >= 3 && best.value * 2 >= total ? best.key : nil
    }

    /// The issue the article is about: the one its title and lead name or talk about most (at
    /// least a score of 3); nil when none stands out.
    func topic(newIssue: NewIssue? = nil) -> Slug? {
        // A new issue named in the title is the topic.
        if let newIssue, let title = article.paragraphs.first, title.contains(newIssue.sentence.start) { return newIssue.id }
        var scores: [Slug: Int] = [:]
        // The title, and the first paragraph long enough to be the lead.
        var parts: [Range<Int>] = []
        if let title = article.paragraphs.first { parts.append(title) }
        if let lead = article.paragraphs.dropFirst().first(where: { article.wordIndices(in: $0).count >= 15 }) { parts.append(lead) }
        for part in parts {
            for mention in issueMentions where part.contains(mention.range.start) { scores[mention.id, default: 0] += 3 }
            for (id, score) in vocabularyScores(article.wordIndices(in: part)) {
                scores[id, default: 0] += score
            }
        }
        let ranked = scores.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        guard let best = ranked.first, best.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        // The known issue that only shares the new issue's word stands for the new one.
        if let newIssue, finder.vocabulary.entries.first(where: { $0.id == best.key })?.allStems.contains(IssueVocabulary.stem(newIssue.key)) == true {
            return newIssue.id
        }
        return best.key
    }

    /// The issues of a quote, and where they were found (shown to the coder): those of its
    /// sentence ("sentence"), else those of the nearest sentence of its paragraph that holds no
    /// other quote and names or talks about one ("paragraph"), else those named anywhere in its paragraph or the one before
    /// ("paragraph", "paragraph before"), else, for a quote of three words or more, the issue that
    /// dominates the article's mentions ("dominant issue") or the article's topic ("article
    /// topic"); the topic joins them when the sentence uses two of the topic's own words.
    /// A sentence that uses a new issue's key word is about the new issue first.
    func issues(forQuote quote: TextRange, in sentence: Sentence, topic: Slug?, newIssue: NewIssue? = nil) -> (ids: [Slug], from: String?) {
        func sentenceIssues(_ sentence: Sentence) -> [Slug] {
            let sentenceWords = topicalWords(article.wordIndices(in: sentence.start..<sentence.end))
            if let newIssue, sentenceWords.contains(where: { IssueVocabulary.stem($0) == IssueVocabulary.stem(newIssue.key) }) {
                return [newIssue.id] + issues(in: sentence.start..<sentence.end, excluding: newIssue.key)
            }
            return issues(in: sentence.start..<sentence.end)
        }
        // Issues borrowed from a neighbouring sentence: of several, those the quote's own sentence leans to
        // (a score of 2: "the farm economy" beside a sentence naming beef and the renegotiation keeps beef).
        let leaning = vocabularyScores(article.wordIndices(in: sentence.start..<sentence.end)).filter { $0.value >= 2 }
        func borrowed(_ other: Sentence) -> [Slug] {
            let all = sentenceIssues(other)
            let leant = all.filter { leaning[$0] != nil }
            return all.count > 1 && !leant.isEmpty ? leant : all
        }
        var ids = sentenceIssues(sentence)
        // The quote's own nouns of negotiating ("the revision talks", "at the table"), with nothing named.
        let negotiating = ids.isEmpty ? negotiationIssues(quote.start..<quote.end) : []
        if !negotiating.isEmpty { ids = negotiating }
        var from: String? = ids.isEmpty ? nil : "sentence"
        if ids.isEmpty {
            // The nearest sentence of the same paragraph that names or talks about an issue (of
            // two as near, the one before); a sentence opening another quote is about that quote.
            let others = article.sentences.filter { $0.paragraph == sentence.paragraph && $0 != sentence }
                .sorted { (abs($0.start - sentence.start), $0.start) < (abs($1.start - sentence.start), $1.start) }
            for other in others where !article.quotes.contains(where: { (other.start..<other.end).contains($0.open) }) {
                ids = borrowed(other)
                if !ids.isEmpty { from = "paragraph"; break }
            }
        }
        for (paragraph, label) in [(sentence.paragraph, "paragraph"), (sentence.paragraph - 1, "paragraph before")]
        where ids.isEmpty && paragraph >= 0 {
            // The new issue's word names the new issue, not a known one that shares it.
            if let newIssue, topicalWords(article.wordIndices(in: article.paragraphs[paragraph])).contains(where: {
                IssueVocabulary.stem($0) == IssueVocabulary.stem(newIssue.key)
            }) {
                ids.append(newIssue.id)
                from = label
            }
            // The issues the paragraph names; then those it talks about in the words of their terms ("the steel
            // quota"): in the quote's own paragraph, up to the quote's sentence (what follows is another quote's).
            for mention in issueMentions where article.paragraphs[paragraph].contains(mention.range.start) {
                if let newIssue, NameMatching.key(mention.text) == newIssue.key { continue }
                if !ids.contains(mention.id) { ids.append(mention.id) }
                from = label
            }
            let before = paragraph == sentence.paragraph ? article.paragraphs[paragraph].lowerBound..<sentence.end : article.paragraphs[paragraph]
            for id in issues(in: before, excluding: newIssue?.key) where !ids.contains(id) {
                ids.append(id)
                from = label
            }
        }
        if ids.isEmpty, let dominant = dominantIssue(), dominant != topic, article.wordIndices(in: quote.start..<quote.end).count > 2 {
            return ([dominant], "dominant issue")
        }
        guard let topic, !ids.contains(topic) else { return (ids, from) }
        // A quote of one or two words characterises something its sentence names; the topic is no guess for it.
        if ids.isEmpty {
            return article.wordIndices(in: quote.start..<quote.end).count > 2 ? ([topic], "article topic") : ([], nil)
        }
        let named = (vocabularyScores(article.wordIndices(in: sentence.start..<sentence.end))[topic] ?? 0) >= 2
        return named ? (ids + [topic], (from ?? "sentence") + " and article topic") : (ids, from)
    }
}
