import StanceCore

/// Finds the quoted passages of an article and attributes each to its speaker.
///
/// The patterns, tried in this order for each passage between double quote marks (straight or
/// typographic):
/// 1. right after the quote: `"…," said X` and `"…," X said` (X may carry an appositive:
///    `"…," Robert Lighthizer, the lead trade official, said`);
/// 2. before it in its sentence: `X said (that) … "…"`, `according to X, "…"`, `X called it a "…"`;
/// 3. later in its sentence: `"…" with the talks, Wendy Cutler, who led …, told …`;
/// 4. a further quote in the same paragraph, with no other speaker between, keeps the speaker;
///    a quotation running on into the next paragraph takes the speaker given there.
///
/// X is a name or alias of a known actor, a short form of a name given earlier (a surname,
/// `Ms. X`, `the Office`), a title (`the president`: the actor last mentioned with that title), a
/// pronoun (`he`/`she` carried to the last named speaker of the same or the previous paragraph,
/// else to the last person named there), or an anonymous phrase (`analysts`, `officials`,
/// `a spokesman`), which stays anonymous: the speaker is nil and nothing is guessed.
/// A quote of one or two words is kept only when a speech verb attributes it (a scare quote is
/// not a quotation), and a passage repeated word for word (a pull quote) is reported once.
public struct QuoteFinder: Sendable {
    let finder: MentionFinder

    /// A finder that knows `actors` and `issues` (for speakers and the issues near each quote).
    public init(actors: [Graph.Actor], issues: [Graph.Issue]) {
        finder = MentionFinder(actors: actors, issues: issues)
    }

    /// A finder sharing an existing mention finder.
    public init(mentionFinder: MentionFinder) {
        finder = mentionFinder
    }

    /// The quotes of `article`, in text order, with their speakers.
    public func quotes(in article: String) -> [FoundQuote] {
        var reader = Reader(article, finder: finder)
        return attribute(&reader)
    }

    /// The speaker state carried from sentence to sentence.
    private struct LastSpeaker {
        var referent: Referent
        var paragraph: Int
        var isPerson: Bool
        /// Where the speaker was last attributed (a quote mark or a verb of saying).
        var offset: Int
    }

    private struct Attributed {
        var phrase: NounPhrase
        var pattern: Attribution
        var verb: Int?
    }

    func attribute(_ reader: inout Reader) -> [FoundQuote] {
        let article = reader.article
        var found: [FoundQuote] = []
        var last: LastSpeaker?
        var seenTexts = Set<String>()
        let newIssue = reader.newIssue()
        let topic = reader.topic(newIssue: newIssue)
        // "Ms. Rhea Volk, an economist …": what an honorific says of a person the article introduces.
        for introduction in reader.introductions where introduction.kind == .person {
            for index in [introduction.words.lowerBound - 1, introduction.words.lowerBound] where index >= 0 {
                learnGender(of: NounPhrase(referent: .newName(introduction.name), words: index..<introduction.words.upperBound), reader: &reader)
            }
        }
        var runOns: [Int] = []  // unattributed quotes that run on into the next paragraph
        var runningOn = Set<Int>()  // every kept quote that runs on into the next paragraph
        // The previous quote of the current paragraph: its referent, sentence and whether it was kept.
        var previous: (referent: Referent?, reference: Reference?, sentence: Int, paragraph: Int, kept: Bool)?

        for (sentenceIndex, sentence) in article.sentences.enumerated() {
            let sentenceWords = article.wordIndices(in: sentence.start..<sentence.end)
            let quotes = article.quotes.filter { sentence.start <= $0.open && $0.open < sentence.end }
            var usedVerbs = Set<Int>()
            // The verb of saying whose subject was last resolved in this sentence (for nested reports).
            var outerVerb: Int?
            var events: [(offset: Int, quote: QuoteSpan?, verb: Int?)] = quotes.map { ($0.open, $0, nil) }
            for i in sentenceWords where (reader.isSpeechVerb(i, characterizing: false) || reader.isAccordingTo(i)) && !reader.inQuote(i) {
                events.append((reader.words[i].start, nil, i))
            }
            events.sort { $0.offset < $1.offset }

            for event in events {
                if let verb = event.verb {
                    guard !usedVerbs.contains(verb) else { continue }
                    let phrase = reader.isAccordingTo(verb)
                        ? reader.accordingToSource(startingAt: verb + 2, ceiling: sentenceWords.upperBound)
                        : reader.subject(before: verb, floor: sentenceWords.lowerBound)
                            ?? reader.nounPhrase(startingAt: verb + 1, ceiling: sentenceWords.upperBound)
                    guard let phrase else { continue }
                    // "Kwon said he and about 30 rural lawmakers had told the ministry …": a verb of saying
                    // inside a reported clause does not change who is speaking.
                    if let outer = outerVerb, outer < phrase.words.lowerBound,
                        !(outer..<phrase.words.lowerBound).contains(where: { reader.commaAfter($0) || article.gap($0, $0 + 1).contains(";") })
                    {
                        continue
                    }
                    let offset = reader.words[verb].start
                    let (referent, _) = resolve(phrase, at: offset, paragraph: sentence.paragraph, last: last, reader: &reader)
                    if let referent {
                        last = LastSpeaker(referent: referent, paragraph: sentence.paragraph, isPerson: isPerson(referent, reader), offset: offset)
                        outerVerb = verb
                        // "said she expected …", not "boasted of having": a clause of its own is reported.
                        let prepositions: Set<String> = ["of", "about", "on", "at", "in", "for", "to", "with", "by", "from", "as"]
                        if case .newName(let name) = referent, verb + 1 < reader.words.count,
                            !prepositions.contains(reader.words[verb + 1].lower), !reader.isAccordingTo(verb)
                        {
                            reader.reportingNames.append((name, phrase.words.lowerBound))
                        }
                    }
                    continue
                }
                guard let quote = event.quote else { continue }
                let index = quotes.firstIndex(of: quote) ?? 0
                let headFloor = index > 0 ? article.firstWord(atOrAfter: quotes[index - 1].close + 1) : sentenceWords.lowerBound
                let headEnd = article.firstWord(atOrAfter: quote.open)
                let tailStart = article.firstWord(atOrAfter: quote.close + 1)
                let tailEnd = index + 1 < quotes.count
                    ? article.firstWord(atOrAfter: quotes[index + 1].open) : sentenceWords.upperBound
                let headLower = min(max(headFloor, sentenceWords.lowerBound), headEnd)
                let colon = headEnd > 0 && article.string(reader.words[headEnd - 1].end..<quote.open).contains(":")
                let attributed = attribution(
                    reader, head: headLower..<headEnd, colon: colon,
                    tail: tailStart..<max(tailStart, min(tailEnd, sentenceWords.upperBound)))
                if let verb = attributed?.verb { usedVerbs.insert(verb) }

                let text = article.string(quote.inner.start..<quote.inner.end)
                let wordCount = article.wordIndices(in: quote.inner.start..<quote.inner.end).count
                var referent: Referent?
                var reference: Reference?
                var pattern = Attribution.unattributed
                if let attributed {
                    pattern = attributed.pattern
                    (referent, reference) = resolve(
                        attributed.phrase, at: quote.open, paragraph: sentence.paragraph, last: last, reader: &reader)
                } else if sentenceWords.allSatisfy({ reader.inQuote($0) }), sentenceIndex > 0,
                    article.sentences[sentenceIndex - 1].paragraph == sentence.paragraph,
                    let subject = reader.sentenceSubject(article.sentences[sentenceIndex - 1])
                {
                    // "Omar Haddad … does not mince words. “…”": a quotation standing alone after a
                    // sentence about a person is that person's.
                    pattern = .xSaidQuote
                    (referent, reference) = resolve(subject, at: quote.open, paragraph: sentence.paragraph, last: last, reader: &reader)
                } else if sentenceWords.allSatisfy({ reader.inQuote($0) }),
                    sentenceIndex == 0 || article.sentences[sentenceIndex - 1].paragraph != sentence.paragraph,
                    sentenceIndex + 1 < article.sentences.count, article.sentences[sentenceIndex + 1].paragraph == sentence.paragraph,
                    let speaker = reader.speakerOpening(article.sentences[sentenceIndex + 1])
                {
                    // "“Nobody out here trusts Washington anymore.” Lydia Cole, who has farmed …, said the
                    // checks had come late.": a quotation opening a paragraph is the words of the person
                    // who opens the next sentence with a verb of saying.
                    pattern = .xSaid
                    (referent, reference) = resolve(speaker, at: quote.open, paragraph: sentence.paragraph, last: last, reader: &reader)
                } else if let previous, previous.paragraph == sentence.paragraph, previous.reference != nil,
                    previous.referent == last?.referent
                {
                    pattern = .continuation
                    referent = previous.referent
                    reference = previous.reference
                }
                // A scare quote of one or two words counts only when a speech verb attributes it, or
                // when it follows such a quote in a list (“horrible” and a “job killer”).
                let listed = index > 0 && (article.wordIndices(in: (quotes[index - 1].close + 1)..<quote.open)).allSatisfy {
                    ["and", "or", "a", "an", "the", "as", "also"].contains(reader.words[$0].lower)
                }
                let sameSentence = listed && (previous.map { $0.sentence == sentenceIndex && $0.kept } ?? false)
                var keep = wordCount > 2 || (pattern != .unattributed && pattern != .continuation)
                    || (pattern == .continuation && sameSentence)
                // A passage printed twice (a pull quote) is one quotation.
                let normalized = VerbatimText.normalize(text)
                if seenTexts.contains(normalized) { keep = false }
                if keep {
                    seenTexts.insert(normalized)
                    if quote.runsOn, pattern == .unattributed { runOns.append(found.count) }
                    if quote.runsOn { runningOn.insert(found.count) }
                    let issues = reader.issues(forQuote: quote.inner, in: sentence, topic: topic, newIssue: newIssue)
                    var foundQuote = FoundQuote(
                        text: text, range: quote.inner, speaker: speaker(referent, reader),
                        attribution: pattern, reference: reference, issues: issues.ids,
                        sentence: article.trimmedSentence(sentence).range)
                    foundQuote.issuesFrom = issues.from
                    found.append(foundQuote)
                }
                if let referent, reference != nil {
                    last = LastSpeaker(
                        referent: referent, paragraph: sentence.paragraph, isPerson: isPerson(referent, reader), offset: quote.open)
                }
                previous = (referent, reference, sentenceIndex, sentence.paragraph, keep)
            }
        }
        // A quotation over several paragraphs is attributed once, usually in its last paragraph.
        for index in runOns.reversed() where index + 1 < found.count {
            let next = found[index + 1]
            guard next.attribution != .unattributed,
                article.paragraphIndex(at: next.range.start) == article.paragraphIndex(at: found[index].range.start) + 1
            else { continue }
            found[index].speaker = next.speaker
            found[index].reference = next.reference
            found[index].attribution = .continuation
        }
        // … or in its first paragraph: the paragraph it runs on into, opening with a quote mark
        // and attributing nothing itself, goes on in the same voice.
        for index in runningOn.sorted() where index + 1 < found.count && found[index].attribution != .unattributed {
            let next = found[index + 1]
            let paragraph = article.paragraphIndex(at: next.range.start)
            guard next.attribution == .unattributed, paragraph == article.paragraphIndex(at: found[index].range.start) + 1,
                article.wordIndices(in: article.paragraphs[paragraph].lowerBound..<next.range.start).isEmpty
            else { continue }
            found[index + 1].speaker = found[index].speaker
            found[index + 1].reference = found[index].reference
            found[index + 1].attribution = .continuation
        }
        return found
    }

    /// The noun phrase a quote is attributed to, by the patterns in order.
    private func attribution(_ reader: Reader, head: Range<Int>, colon: Bool = false, tail: Range<Int>) -> Attributed? {
        // 0. "…," Bloomberg quoted Lighthizer as saying · X was quoted as saying "…": the one quoted.
        if let phrase = reader.quotedAsSaying(in: tail) ?? reader.quotedAsSaying(in: head) {
            return Attributed(phrase: phrase, pattern: tail.contains(phrase.words.lowerBound) ? .xSaid : .xSaidQuote, verb: nil)
        }
        // 1. Right after the quote: "…," said X / "…," X said / "…," X, a …, said.
        if !tail.isEmpty {
            let window = tail.lowerBound..<min(tail.upperBound, tail.lowerBound + 14)
            if let verb = window.first(where: { reader.isSpeechVerb($0) }) {
                if verb == tail.lowerBound {
                    if let phrase = reader.nounPhrase(startingAt: verb + 1, ceiling: tail.upperBound) {
                        return Attributed(phrase: phrase, pattern: .saidX, verb: verb)
                    }
                } else if let phrase = reader.subject(before: verb, floor: tail.lowerBound),
                    phrase.words.lowerBound == tail.lowerBound
                {
                    return Attributed(phrase: phrase, pattern: .xSaid, verb: verb)
                }
            }
        }
        // 2. Before it in the sentence: X said … "…" / according to X, "…".
        var i = head.upperBound - 1
        while i >= head.lowerBound {
            let word = reader.words[i]
            if word.lower == "according", i + 1 < head.upperBound, reader.words[i + 1].lower == "to" {
                if let phrase = reader.accordingToSource(startingAt: i + 2, ceiling: head.upperBound) {
                    return Attributed(phrase: phrase, pattern: .accordingTo, verb: nil)
                }
            }
            if reader.isSpeechVerb(i), !reader.inQuote(i) {
                if let phrase = reader.subject(before: i, floor: head.lowerBound) {
                    // "One of them said Tokyo had insisted on “…”": the words are the source's, who
                    // reports what another insisted on.
                    var outer = phrase.words.lowerBound - 1
                    if outer >= head.lowerBound, reader.words[outer].lower == "that" { outer -= 1 }
                    if reader.isSpeechVerb(i, characterizing: false), outer >= head.lowerBound,
                        reader.isSpeechVerb(outer, characterizing: false), !reader.inQuote(outer),
                        let source = reader.subject(before: outer, floor: head.lowerBound)
                    {
                        return Attributed(phrase: source, pattern: .xSaidQuote, verb: outer)
                    }
                    return Attributed(phrase: phrase, pattern: .xSaidQuote, verb: i)
                }
                // "…, slamming it as a “…”" · "X said in an interview, adding that …": the subject of
                // the clause, which is the subject of a verb of saying before it if there is one.
                // "Yoo said the deficit had narrowed and called it “…”": a second verb of the same subject.
                if i > head.lowerBound, word.lower.hasSuffix("ing") && reader.commaAfter(i - 1) || reader.words[i - 1].lower == "and" {
                    let earlier = (head.lowerBound..<i).reversed().lazy
                        .filter { reader.isSpeechVerb($0, characterizing: false) && !reader.inQuote($0) }
                        .compactMap { reader.subject(before: $0, floor: head.lowerBound) }.first
                    if let phrase = earlier ?? reader.ungovernedSubject(in: head.lowerBound..<i) ?? reader.nearestName(before: i, floor: head.lowerBound) {
                        return Attributed(phrase: phrase, pattern: .xSaidQuote, verb: i)
                    }
                }
                break
            }
            i -= 1
        }
        // 2b. A transcript line ("WHITFIELD: “…”", "HOST: “…”"): the speaker in capitals.
        if colon, reader.isTranscriptLabel(head) {
            return reader.transcriptSpeaker(head).map { Attributed(phrase: $0, pattern: .xSaidQuote, verb: nil) }
        }
        // 2c. After a colon: the subject of the clause ("X was blunter in an interview: “…”").
        if colon, let phrase = reader.clauseSubject(in: head) {
            return Attributed(phrase: phrase, pattern: .xSaidQuote, verb: nil)
        }
        // 3. Later in the sentence: "…" with the talks, Wendy Cutler, who led …, told ….
        for verb in tail where reader.isSpeechVerb(verb) && !reader.inQuote(verb) {
            if let phrase = reader.subject(before: verb, floor: tail.lowerBound) {
                return Attributed(phrase: phrase, pattern: .xSaid, verb: verb)
            }
            if reader.commaAfter(verb - 1), let phrase = reader.nounPhrase(startingAt: verb + 1, ceiling: tail.upperBound) {
                return Attributed(phrase: phrase, pattern: .saidX, verb: verb)
            }
        }
        for j in tail where reader.words[j].lower == "according" && j + 1 < tail.upperBound && reader.words[j + 1].lower == "to" {
            if let phrase = reader.accordingToSource(startingAt: j + 2, ceiling: tail.upperBound) {
                return Attributed(phrase: phrase, pattern: .accordingTo, verb: nil)
            }
        }
        return nil
    }

    /// The referent a phrase stands for at `offset`, and how it was named; pronouns and titles
    /// are carried to an earlier name, and nil means nobody can be named without guessing.
    private func resolve(
        _ phrase: NounPhrase, at offset: Int, paragraph: Int, last: LastSpeaker?, reader: inout Reader
    ) -> (Referent?, Reference?) {
        switch phrase.referent {
        case .actor:
            learnGender(of: phrase, reader: &reader)
            return (phrase.referent, phrase.isShortForm ? .shortName : .name)
        case .newName(let name):
            reader.spokenNames.append((name, phrase.words.lowerBound))
            learnGender(of: phrase, reader: &reader)
            return (phrase.referent, phrase.isShortForm ? .shortName : .name)
        case .anonymous:
            return (.anonymous, .anonymous)
        case .title(let title):
            guard let referent = reader.titledReferent(title, before: offset) else { return (nil, nil) }
            return (referent, .title)
        case .pronoun(let pronoun):
            let recent = last.flatMap { $0.paragraph >= paragraph - 1 ? $0 : nil }
            if Lexicon.personalPronouns.contains(pronoun) {
                let gender = pronoun == "she" ? "f" : "m"
                func known(_ referent: Referent) -> String? { reader.genders[Reader.key(referent)]?.gender }
                func titled(_ referent: Referent) -> Bool { reader.genders[Reader.key(referent)]?.fromTitle == true }
                let persons = lastPersons(before: offset, paragraph: paragraph, reader)
                // A person a new paragraph names before "he said" is the one speaking, not the
                // speaker of the paragraph before.
                let fresh = lastPersons(before: offset, paragraph: paragraph, reader, thisParagraphOnly: true)
                    .first { known($0) == nil || known($0) == gender }
                var chosen: Referent?
                // A person who opens a sentence after the last speaker's words and before this one
                // ("Nora Quint … disagreed. “…” she asked"; "Dressler was more hopeful. “…,” he said").
                let floor = recent?.offset ?? reader.article.paragraphs[max(0, paragraph - 1)].lowerBound
                let subject = reader.sentenceSubjects(from: floor, before: offset)
                    .last { known($0) == nil || known($0) == gender }
                if let subject, subject != recent?.referent {
                    chosen = subject
                } else if let recent, recent.paragraph < paragraph, let fresh, fresh != recent.referent {
                    chosen = fresh
                } else if let recent, recent.referent == .anonymous {
                    chosen = recent.referent
                } else if let recent, recent.isPerson, known(recent.referent) == gender {
                    chosen = recent.referent
                } else if let recent, recent.isPerson, known(recent.referent) == nil,
                    let match = persons.first(where: { known($0) == gender && titled($0) })
                {
                    // "she added" after someone of unknown gender: a "Ms." named before.
                    chosen = match
                } else if recent.map({ $0.isPerson && known($0.referent) != nil }) == true,
                    let match = persons.first(where: { known($0) == gender })
                {
                    // "she added" after a man: a woman named before.
                    chosen = match
                } else if let recent, recent.isPerson, known(recent.referent) == nil {
                    chosen = recent.referent
                } else {
                    chosen = persons.first { known($0) == nil } ?? (recent.flatMap { $0.isPerson ? $0.referent : nil })
                }
                guard let chosen else { return (nil, nil) }
                if chosen != .anonymous, reader.genders[Reader.key(chosen)] == nil {
                    reader.genders[Reader.key(chosen)] = (gender, false)
                }
                return (chosen, .pronoun)
            }
            // "Analysts at Corvus Partners were blunter. “…,” they wrote": an organisation that opens a
            // sentence after the last speaker's words.
            let floor = recent?.offset ?? reader.article.paragraphs[max(0, paragraph - 1)].lowerBound
            if let opening = reader.article.sentences.filter({ $0.start >= floor && $0.end <= offset })
                .compactMap({ reader.organizationOpening($0) }).last
            {
                return (opening.referent, .pronoun)
            }
            if let recent, !recent.isPerson { return (recent.referent, .pronoun) }
            return (nil, nil)
        }
    }

    /// What "Mr." or "Ms." before a name says of the person.
    private func learnGender(of phrase: NounPhrase, reader: inout Reader) {
        guard let first = phrase.words.first, first < reader.words.count else { return }
        let gender: String
        switch reader.words[first].lower {
        case "mr": gender = "m"
        case "ms", "mrs", "miss": gender = "f"
        default: return
        }
        reader.genders[Reader.key(phrase.referent)] = (gender, true)
    }

    /// The persons named before `offset` in this paragraph or the one before, the last first.
    private func lastPersons(before offset: Int, paragraph: Int, _ reader: Reader, thisParagraphOnly: Bool = false) -> [Referent] {
        let article = reader.article
        let floor = article.paragraphs[max(0, thisParagraphOnly ? paragraph : paragraph - 1)].lowerBound
        var found: [(at: Int, referent: Referent)] = []
        for mention in reader.mentions where mention.kind == .actor && mention.range.end <= offset && mention.range.start >= floor {
            if reader.finder.actors[mention.id]?.kind == .person { found.append((mention.range.start, .actor(mention.id))) }
        }
        for introduction in reader.introductions where introduction.kind == .person {
            let start = reader.words[introduction.words.lowerBound].start
            if start >= floor, start < offset { found.append((start, .newName(introduction.name))) }
            // Named again by the short form ("Nam keeps her own counsel").
            guard let short = Extractor.shortName(of: introduction.name) else { continue }
            for i in article.wordIndices(in: floor..<offset) where reader.words[i].text == short && !reader.inQuote(i)
                && !introduction.words.contains(i) && !(i + 1 < reader.words.count && reader.spaced(i) && reader.isNameWord(i + 1))
            {
                found.append((reader.words[i].start, .newName(introduction.name)))
            }
        }
        var seen: [Referent] = []
        for item in found.sorted(by: { $0.at > $1.at }) where !seen.contains(item.referent) { seen.append(item.referent) }
        return seen
    }

    private func isPerson(_ referent: Referent, _ reader: Reader) -> Bool {
        switch referent {
        case .actor(let id): return reader.finder.actors[id]?.kind == .person
        case .newName(let name): return Extractor.guessKind(name) == .person
        case .anonymous, .pronoun, .title: return false
        }
    }

    private func speaker(_ referent: Referent?, _ reader: Reader) -> Speaker? {
        switch referent {
        case .actor(let id)?:
            return Speaker(name: reader.finder.actors[id]?.name ?? id.rawValue, id: id)
        case .newName(let name)?:
            return Speaker(name: name, id: Slug.make(from: name), isNew: true)
        default:
            return nil
        }
    }
}
