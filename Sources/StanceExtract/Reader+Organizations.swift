import StanceCore

/// Organisations named in the forms of round 3 (issue #20): by the first word of a name given in
/// full before, as the subject of the sentence an "Its" refers to, as the owner of an editorial,
/// and as the organisation "of which he is a member".
extension Reader {
    /// The name given in full before word `i` of which word `i` is the first word, when that name
    /// is an organisation's ("Crestline Metals Research" for "Crestline", "Crestline's"); the
    /// latest such name outside quotations, nil when there is none. A person is repeated by the
    /// surname, an organisation by its first word.
    func organizationNamed(byFirstWord i: Int) -> Range<Int>? {
        guard i < words.count, words[i].isCapitalized, actorAt[i] == nil, !Lexicon.notNames.contains(words[i].lower) else { return nil }
        let word = words[i].lower
        var found: Range<Int>?
        var j = 0
        while j < i {
            guard words[j].lower == word, !inQuote(j), j == 0 || !joined(j - 1) || !isNameWord(j - 1),
                let run = runForward(startingAt: j, ceiling: i), run.count >= 2
            else {
                j += 1
                continue
            }
            if run.allSatisfy({ actorAt[$0] == nil }), isOrganizationRun(run) { found = run }
            j = run.upperBound
        }
        return found
    }

    /// The organisation an "Its"/"Their" at `offset` stands for: the one that opens the sentence
    /// holding it (before it), else the one that opens the sentence before ("The Citizens' Network
    /// for Fair Trade, a coalition that helped organize the 2008 beef protests, has long opposed the
    /// agreement. Its policy director …" is the network, not the protesters); nil when neither
    /// sentence opens with an organisation.
    func openingOrganization(before offset: Int) -> OrganizationName? {
        guard let current = article.sentences.lastIndex(where: { $0.start <= offset }) else { return nil }
        for index in [current, current - 1] where index >= 0 {
            let sentence = article.sentences[index]
            guard index == current || sentence.paragraph >= article.sentences[current].paragraph - 1 else { continue }
            var first = article.firstWord(atOrAfter: sentence.start)
            if first < words.count, words[first].lower == "the" { first += 1 }
            guard first < words.count, words[first].start < min(offset, sentence.end), !inQuote(first) else { continue }
            if let covered = actorAt[first], let actor = finder.actors[covered.mention.id] {
                if actor.kind != .person, actor.kind != .government { return .known(actor.id) }
                continue
            }
            if let run = runForward(startingAt: first, ceiling: article.firstWord(atOrAfter: min(offset, sentence.end))),
                run.count >= 2, isOrganizationRun(run)
            {
                return .new(nameText(run))
            }
        }
        return nil
    }

    /// The subject of a clause in `words[range]` that a participle after it shares ("In Seoul, the
    /// National Council of Cattle and Rice Growers welcomed …, saying"): the first name that no
    /// preposition governs and that is no owner's possessive; nil when the first such name is a
    /// modifier ("South Korean officials") or there is none.
    func ungovernedSubject(in range: Range<Int>) -> NounPhrase? {
        let prepositions: Set<String> = [
            "in", "at", "on", "of", "for", "from", "to", "with", "by", "during", "after", "before", "about", "than", "across",
            "outside", "inside", "near", "against", "over", "under", "into", "like",
        ]
        var k = range.lowerBound
        while k < range.upperBound {
            guard !inQuote(k), isNameWord(k) || actorAt[k] != nil else {
                k += 1
                continue
            }
            let run = actorAt[k].map { $0.words.lowerBound..<min($0.words.upperBound, range.upperBound) }
                ?? runForward(startingAt: k, ceiling: range.upperBound) ?? k..<(k + 1)
            var before = run.lowerBound - 1
            if before >= range.lowerBound, words[before].lower == "the" { before -= 1 }
            let governed = before >= range.lowerBound && prepositions.contains(words[before].lower)
            if governed || isPossessive(run.upperBound - 1) {
                k = max(run.upperBound, k + 1)
                continue
            }
            if run.upperBound < range.upperBound, spaced(run.upperBound - 1) {
                let next = words[run.upperBound].lower
                if Lexicon.anonymousHeads.contains(next) || Lexicon.organizationNouns.contains(next) || Lexicon.isRoleNoun(next) {
                    return nil
                }
            }
            return resolve(run: run)
        }
        return nil
    }

    /// "The Korean Hanwoo Breeders' Federation, of which he is a county delegate, …": an
    /// organisation and the person a "he"/"she" in its relative clause stands for (the last person
    /// named before it in this paragraph or the one before), with the role the clause gives.
    func memberOfWhichIntroductions() -> [Introduction] {
        var found: [Introduction] = []
        for sentence in article.sentences {
            let range = article.wordIndices(in: sentence.start..<sentence.end)
            for k in range where k + 5 < range.upperBound && commaAfter(k) && !inQuote(k) {
                let of = k + 1
                guard words[of].lower == "of", words[of + 1].lower == "which",
                    Lexicon.personalPronouns.contains(words[of + 2].lower), ["is", "was"].contains(words[of + 3].lower),
                    let run = runBackward(endingAt: k, floor: range.lowerBound), run.count >= 2,
                    run.allSatisfy({ actorAt[$0] == nil }), isOrganizationRun(run)
                else { continue }
                var first = of + 4
                if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
                var end = first
                while end + 1 < range.upperBound, !commaAfter(end), end - first < 4 { end += 1 }
                guard commaAfter(end), (first...end).allSatisfy({ !words[$0].isCapitalized }), Lexicon.isRoleNoun(words[end].lower),
                    let person = lastPersonName(before: words[run.lowerBound].start, paragraph: sentence.paragraph)
                else { continue }
                let organization = nameText(run)
                let role = (first...end).map { words[$0].lower }.joined(separator: " ")
                let sentenceRange = article.trimmedSentence(sentence).range
                found.append(Introduction(
                    name: organization, words: run, kind: .organization, role: nil, organization: nil, description: nil,
                    sentence: sentenceRange))
                found.append(Introduction(
                    name: nameText(person), words: person, kind: .person, role: role, organization: .new(organization),
                    description: role.prefix(1).uppercased() + role.dropFirst(), sentence: sentenceRange))
            }
        }
        return found
    }

    /// The words of the last person named in full before `offset`, in paragraph `paragraph` or the
    /// one before, outside quotations: a new name of two or three words of a person's form, or the
    /// full name an earlier surname stands for ("Jang" for "Jang Dong-su"); nil when a known actor
    /// or nobody is the last person named.
    func lastPersonName(before offset: Int, paragraph: Int) -> Range<Int>? {
        let floor = article.firstWord(atOrAfter: article.paragraphs[max(0, paragraph - 1)].lowerBound)
        var i = article.firstWord(atOrAfter: offset) - 1
        while i >= floor {
            if inQuote(i) || !isNameWord(i) {
                i -= 1
                continue
            }
            if let covered = actorAt[i] {
                if finder.actors[covered.mention.id]?.kind == .person { return nil }
                i = covered.words.lowerBound - 1
                continue
            }
            guard let run = runBackward(endingAt: i, floor: floor) else {
                i -= 1
                continue
            }
            if (2...3).contains(run.count), run.allSatisfy({ isNameWord($0) }), !isOrganizationRun(run),
                Extractor.guessKind(nameText(run)) == .person, !run.contains(where: { isPossessive($0) && $0 < run.upperBound - 1 })
            {
                return run
            }
            if run.count == 1, let full = fullName(shortenedTo: run.lowerBound) { return full }
            i = run.lowerBound - 1
        }
        return nil
    }

    /// "THE TIDEWATER SENTINEL, Editorial, September 6, 2017" · "Editorial | The Riverton Courier":
    /// a short line near the top that says "Editorial" and names the outlet, whose board is the
    /// author of the piece (an organisation, `isAuthor`).
    func editorialOutlet() -> Introduction? {
        for paragraph in article.paragraphs.prefix(4) {
            let range = article.wordIndices(in: paragraph)
            guard (2...14).contains(range.count),
                let label = range.first(where: { ["editorial", "editorials"].contains(words[$0].lower) && words[$0].isCapitalized })
            else { continue }
            var k = range.lowerBound
            while k < range.upperBound {
                guard k != label, isNameWord(k) || words[k].lower == "the", let run = runForward(startingAt: k, ceiling: range.upperBound) else {
                    k += 1
                    continue
                }
                let named = run.filter { ![label].contains($0) && !["the", "board"].contains(words[$0].lower) }
                guard named.count >= 1, !run.contains(label), run.allSatisfy({ actorAt[$0] == nil }),
                    !named.contains(where: { Lexicon.notNames.contains(words[$0].lower) })
                else {
                    k = max(run.upperBound, k + 1)
                    continue
                }
                let first = words[run.lowerBound].lower == "the" ? run.lowerBound + 1 : run.lowerBound
                guard first < run.upperBound else { break }
                let capitals = (first..<run.upperBound).allSatisfy { i in
                    words[i].text.unicodeScalars.filter { $0.properties.isAlphabetic }.allSatisfy { $0.properties.isUppercase }
                }
                let name = capitals
                    ? (first..<run.upperBound).map { words[$0].text.prefix(1) + words[$0].text.dropFirst().lowercased() }.joined(separator: " ")
                    : nameText(first..<run.upperBound)
                let sentence = TextRange(start: words[range.lowerBound].start, end: words[range.upperBound - 1].end)
                return Introduction(
                    name: name, words: first..<run.upperBound, kind: .organization, role: nil, organization: nil,
                    description: nil, sentence: sentence, isAuthor: true)
            }
        }
        return nil
    }

    /// The person who opens `sentence` as the subject of a verb of saying ("Lydia Cole, who has
    /// farmed outside Salina for 30 years, said …"); nil when the sentence opens otherwise.
    func speakerOpening(_ sentence: Sentence) -> NounPhrase? {
        let range = article.wordIndices(in: sentence.start..<sentence.end)
        guard let first = range.first, !inQuote(first),
            let verb = range.first(where: { isSpeechVerb($0, characterizing: false) && !inQuote($0) }),
            let phrase = subject(before: verb, floor: range.lowerBound), phrase.words.lowerBound == first,
            isPersonReferent(phrase.referent)
        else { return nil }
        return phrase
    }

    /// The organisation that opens `sentence` as its subject ("The Pork Council was blunter.",
    /// "Analysts at Corvus Partners were blunter."), for a "they"/"it" after it; nil when the sentence
    /// opens otherwise.
    func organizationOpening(_ sentence: Sentence) -> NounPhrase? {
        let range = article.wordIndices(in: sentence.start..<sentence.end)
        guard var first = range.first, !inQuote(first) else { return nil }
        if words[first].lower == "the", first + 1 < range.upperBound { first += 1 }
        if let covered = actorAt[first], covered.words.lowerBound == first {
            guard let actor = finder.actors[covered.mention.id], actor.kind == .organization else { return nil }
            return NounPhrase(referent: .actor(actor.id), words: covered.words)
        }
        // "Analysts at Corvus Partners": the firm speaks through them.
        if Lexicon.institutionalVoices.contains(words[first].lower), first + 2 < range.upperBound,
            ["at", "from", "with"].contains(words[first + 1].lower)
        {
            var name = first + 2
            if words[name].lower == "the" { name += 1 }
            guard name < range.upperBound, let run = runForward(startingAt: name, ceiling: range.upperBound) else { return nil }
            return resolve(run: run)
        }
        guard let run = runForward(startingAt: first, ceiling: range.upperBound), run.count >= 2, isOrganizationRun(run),
            run.allSatisfy({ actorAt[$0] == nil }), run.upperBound < range.upperBound, !commaAfter(run.upperBound - 1)
        else { return nil }
        return resolve(run: run)
    }

    /// Whether a name run opens with a legislator's title ("Sen.", "Rep.", "Senator", "Congresswoman").
    func legislativeTitle(_ run: Range<Int>) -> Bool {
        guard let first = run.first else { return false }
        return ["sen", "rep", "senator", "representative", "congressman", "congresswoman"].contains(words[first].lower)
    }

    /// "Naoki Fujimura, the company's senior managing officer for North America": a role after an
    /// owner's possessive, then a preposition giving its scope; the organisation is the owner's.
    func scopedPossessiveRole(_ segment: Range<Int>) -> (String, OrganizationName)? {
        guard let owner = segment.prefix(3).first(where: { isPossessive($0) }),
            let preposition = segment.first(where: { $0 > owner && ["for", "in", "of", "at", "on"].contains(words[$0].lower) }),
            preposition - owner >= 2, preposition - owner <= 5,
            ((owner + 1)..<preposition).allSatisfy({ !words[$0].isCapitalized && spaced($0 - 1) }),
            Lexicon.isRoleNoun(words[preposition - 1].lower),
            let (_, organization) = possessiveRole(endingAt: preposition - 1, floor: segment.lowerBound)
        else { return nil }
        let role = article.string(words[owner + 1].start..<words[segment.upperBound - 1].end).lowercased()
        return (role, organization)
    }

    /// "a steward at the union's axle plant in Toledo": a role, then "at/for/with the" and an
    /// organisation noun's possessive; the organisation last named with that noun.
    func possessiveUnit(_ segment: Range<Int>) -> (String, OrganizationName)? {
        guard let preposition = segment.prefix(6).first(where: { ["at", "for", "with"].contains(words[$0].lower) }),
            preposition + 2 < segment.upperBound, words[preposition + 1].lower == "the", isPossessive(preposition + 2),
            !words[preposition + 2].isCapitalized,
            Lexicon.organizationNouns.contains(words[preposition + 2].lower) || Lexicon.organizationWords.contains(words[preposition + 2].lower)
        else { return nil }
        var first = segment.lowerBound
        if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
        guard first < preposition, (first..<preposition).contains(where: { Lexicon.isRoleNoun(words[$0].lower) }),
            let organization = lastOrganization(before: words[preposition].start, word: words[preposition + 2].lower)
        else { return nil }
        return ((first..<preposition).map { words[$0].lower }.joined(separator: " "), organization)
    }

    /// The organisation an all-capitals word abbreviates: an earlier name outside quotations whose
    /// capitalised words' initials spell it ("UMFW" for the United Mill and Foundry Workers).
    func acronymOrganization(_ i: Int) -> OrganizationName? {
        let letters = Array(words[i].text.unicodeScalars)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase }), actorAt[i] == nil else { return nil }
        let wanted = words[i].text.lowercased()
        var found: OrganizationName?
        var j = 0
        while j < i {
            guard isNameWord(j), !inQuote(j), j == 0 || !joined(j - 1) || !isNameWord(j - 1),
                let run = runForward(startingAt: j, ceiling: i)
            else {
                j += 1
                continue
            }
            let initials = String(run.filter { words[$0].isCapitalized }.compactMap { words[$0].lower.first })
            if run.count >= 2, initials == wanted, isOrganizationRun(run) {
                found = known(run).map { .known($0) } ?? .new(nameText(run))
            }
            j = run.upperBound
        }
        return found
    }

    /// The all-capitals word of the article that spells the initials of an organisation's
    /// capitalised words ("UMFW" for "United Mill and Foundry Workers"); nil when none does.
    func acronym(of name: String) -> String? {
        let capitals = name.split(separator: " ").filter { $0.first?.isUppercase == true }
        guard capitals.count >= 2 else { return nil }
        let initials = String(capitals.compactMap(\.first)).uppercased()
        return words.indices.first { words[$0].text == initials && !inQuote($0) }.map { words[$0].text }
    }

    /// "the report said" at word `i` ("report", after "the"): the author of the last such document
    /// named before with "by"/"from" ("A report released Thursday by the Coastal Commerce
    /// Institute"); nil when none was.
    func definiteDocument(at i: Int) -> NounPhrase? {
        let word = words[i]
        guard i > 0, !word.isCapitalized, Lexicon.documentNouns.contains(word.lower), words[i - 1].lower == "the", spaced(i - 1) else { return nil }
        var j = i - 2
        while j >= 0 {
            if words[j].lower == word.lower, !inQuote(j) {
                for by in (j + 1)..<min(i - 1, j + 7) where ["by", "from"].contains(words[by].lower) {
                    if let author = nounPhrase(startingAt: by + 1, ceiling: min(i - 1, by + 10)), author.referent != .anonymous {
                        if case .pronoun = author.referent { continue }
                        return NounPhrase(referent: author.referent, words: (i - 1)..<(i + 1), isShortForm: true)
                    }
                }
            }
            j -= 1
        }
        return nil
    }
}
