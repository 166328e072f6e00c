import StanceCore

/// A candidate position before it gets an id.
struct CandidatePosition: Sendable, Equatable {
    var actor: Slug
    var actorName: String
    var issue: Slug
    var issueName: String
    var stance: Graph.Stance
    var confidence: Graph.Position.Confidence
    /// `stated` when the cue stands in the speaker's own quoted words, else `inferred`.
    var basis: Graph.Position.Basis = .inferred
    /// Who reports the stance ("X said Y opposed …"), for `basis: reported`.
    var reportedBy: Slug?
    var cues: [String]
    /// The index of the quote it rests on, among the found quotes.
    var quote: Int?
    var sentence: String
}

/// Reads candidate positions from cue words (`Lexicon.supportCues`, `Lexicon.opposeCues`): in an
/// attributed quote (or its sentence) about a known issue, or in a sentence that names a known
/// actor and a known issue.
///
/// Every candidate is `inferred`. Confidence is medium when a cue stands inside the speaker's own
/// quoted words and points one way; low otherwise (a cue outside the quote, a negated cue, cues
/// both ways, which make the stance `mixed`).
struct PositionFinder {
    let reader: Reader
    /// The ids proposed for new names (introduced by appositives), which may hold positions too.
    var newIDs: [String: Slug] = [:]
    /// The issue the article is about that the graph lacks, if any.
    var newIssue: NewIssue?

    private struct Cue {
        var label: String
        var stance: Graph.Stance
        var words: Range<Int>
        var negated: Bool
        /// A negated name of the issue itself ("not to walk away", "no renegotiation").
        var namesIssue: Slug? = nil
    }

    func candidates(quotes: [FoundQuote]) -> [CandidatePosition] {
        var found: [CandidatePosition] = []
        var seen = Set<String>()
        func add(_ candidate: CandidatePosition) {
            let key = "\(candidate.actor)|\(candidate.issue)|\(candidate.stance)|\(candidate.sentence)"
            guard !seen.contains(key) else { return }
            seen.insert(key)
            found.append(candidate)
        }
        let article = reader.article
        let issueMentions = reader.mentions.filter { $0.kind == .issue }
        var quotedSentences = Set<Int>()

        for (index, quote) in quotes.enumerated() {
            guard let speaker = quote.speaker, let actor = speaker.id else { continue }
            quotedSentences.insert(quote.sentence.start)
            let sentenceWords = article.wordIndices(in: quote.sentence.start..<quote.sentence.end)
            let quoteWords = article.wordIndices(in: quote.range.start..<quote.range.end)
            // The speaker's own words first: cues in the sentence around the quote count only without them.
            let allCues = findCues(in: sentenceWords)
            // "the investment that Washington claims to want": a cue with another subject is not the speaker's.
            // "the president “keeps all his options open”": a quote that goes on from a subject
            // before it is about that subject, not the speaker's stance.
            let openingWord = quoteWords.lowerBound
            let continuesSubject = openingWord > 0 && openingWord < reader.words.count
                && !reader.words[openingWord].isCapitalized
                && !reader.isSpeechVerb(openingWord - 1)
                && !["to", "that", "is", "was", "are", "were", "be", "been", "as", "a", "an", "the", "it", "its", "of", "for", "on", "in", "and", "but", "would", "will", "could", "should", "not", "very", "so", "too", "this", "their", "his", "her", "our"]
                    .contains(reader.words[openingWord - 1].lower)
            let quoted = allCues.filter { cue in
                !(continuesSubject && cue.words.lowerBound == openingWord)
                    && quoteWords.contains(cue.words.lowerBound)
                    && !(max(quoteWords.lowerBound, cue.words.lowerBound - 3)..<cue.words.lowerBound).contains { k in
                        reader.isNameWord(k) && k > quoteWords.lowerBound && !reader.words[k - 1].text.hasSuffix(".")
                    }
            }
            let sentenceActors = reader.mentions.filter {
                $0.kind == .actor && quote.sentence.start <= $0.range.start && $0.range.end <= quote.sentence.end
            }
            // A cue outside the quote in a reported clause ("… said the council opposed …") is the
            // stance of the clause's subject, proposed below, not the speaker's.
            let cues = quoted.isEmpty
                ? allCues.filter { cue in
                    !reader.inQuote(cue.words.lowerBound)
                        && reported(cue, in: sentenceWords, among: sentenceActors + introduced(in: quote.sentence), quotes: quotes) == nil
                }
                : quoted
            // "negotiating to reach a deal, not to walk away": the speaker's words deny the issue itself.
            let denials = negatedIssueNames(in: quoteWords).filter { cue in cue.namesIssue.map { quote.issues.contains($0) } == true }
            guard !quote.issues.isEmpty else { continue }
            let sentence = article.string(quote.sentence.start..<quote.sentence.end)
            guard !cues.isEmpty || !denials.isEmpty else {
                // No cue: the tone of the speaker's own words, when it is clear, is a weak hint.
                if let tone = tone(of: quoteWords, opening: continuesSubject ? openingWord : nil) {
                    for issue in quote.issues {
                        add(CandidatePosition(
                            actor: actor, actorName: speaker.name, issue: issue, issueName: issueName(issue),
                            stance: tone.stance, confidence: .low, basis: .stated, cues: tone.labels, quote: index,
                            sentence: sentence))
                    }
                }
                continue
            }
            // A cue bears on the issues its own sentence of the quote talks about; a sentence that
            // talks about none bears on the quote's other issues.
            let parts = article.sentences.filter { $0.end > quote.range.start && $0.start < quote.range.end }
            var named: [Int: [Slug]] = [:]
            for (number, part) in parts.enumerated() {
                let lower = max(part.start, quote.range.start)
                let upper = min(part.end, quote.range.end)
                named[number] = reader.issues(in: lower..<upper).filter { quote.issues.contains($0) }
            }
            let claimed = Set(named.values.flatMap { $0 })
            var byIssue: [Slug: [Cue]] = [:]
            for cue in cues {
                let at = reader.words[cue.words.lowerBound].start
                let number = parts.firstIndex { $0.start <= at && at < $0.end }
                var targets = number.flatMap { named[$0] } ?? []
                if targets.isEmpty { targets = quote.issues.filter { !claimed.contains($0) || number == nil } }
                if targets.isEmpty { targets = quote.issues }
                for issue in targets { byIssue[issue, default: []].append(cue) }
            }
            for denial in denials { if let issue = denial.namesIssue { byIssue[issue, default: []].append(denial) } }
            for issue in quote.issues {
                guard let relevant = byIssue[issue]?.filter({ cue in
                    cue.namesIssue == issue || !issueMentions.contains { $0.id == issue && overlaps(cue.words, $0.range) }
                }), let (stance, labels, negated) = judge(relevant) else { continue }
                let cueInQuote = relevant.contains { quoteWords.contains($0.words.lowerBound) }
                let confidence: Graph.Position.Confidence = cueInQuote && !negated && stance != .mixed ? .medium : .low
                add(CandidatePosition(
                    actor: actor, actorName: speaker.name, issue: issue, issueName: issueName(issue), stance: stance,
                    confidence: confidence, basis: cueInQuote ? .stated : .inferred, cues: labels, quote: index,
                    sentence: sentence))
            }
        }

        for sentence in article.sentences {
            let trimmed = article.trimmedSentence(sentence)
            // A sentence with an attributed quote gives only reported stances outside the quote
            // ("X said that … and that many in the business community support the deal").
            let quoted = quotedSentences.contains(trimmed.range.start) || quotedSentences.contains(sentence.start)
            let sentenceWords = article.wordIndices(in: sentence.start..<sentence.end)
            var issues = reader.issues(in: sentence.start..<sentence.end, excluding: newIssue?.key).map { id in
                issueMentions.first { $0.id == id && sentence.start <= $0.range.start && $0.range.end <= sentence.end }
                    ?? Mention(kind: .issue, id: id, name: issueName(id), text: "", range: TextRange(start: sentence.start, end: sentence.start))
            }
            // A sentence that uses the new issue's key word is about the new issue too ("… the right
            // moment to fix the way South Korea sets prices for new drugs").
            if let newIssue, let key = sentenceWords.first(where: {
                !reader.inQuote($0) && IssueVocabulary.stem(reader.words[$0].lower) == IssueVocabulary.stem(newIssue.key)
            }) {
                issues.append(Mention(
                    kind: .issue, id: newIssue.id, name: newIssue.name, text: reader.words[key].text,
                    range: TextRange(start: reader.words[key].start, end: reader.words[key].end)))
            }
            // A reported clause beside a quote bears on the quote's issues when it names none itself.
            if issues.isEmpty, quoted {
                for quote in quotes where quote.sentence.start == trimmed.range.start || quote.sentence.start == sentence.start {
                    for id in quote.issues where !issues.contains(where: { $0.id == id }) {
                        issues.append(Mention(
                            kind: .issue, id: id, name: issueName(id), text: "",
                            range: TextRange(start: sentence.start, end: sentence.start)))
                    }
                }
            }
            let dealCues = findCues(in: sentenceWords).filter { dealObject(after: $0) != nil }
            guard !issues.isEmpty || !dealCues.isEmpty else { continue }
            var actors = reader.mentions.filter {
                $0.kind == .actor && sentence.start <= $0.range.start && $0.range.end <= sentence.end
            }
            actors += introduced(in: TextRange(start: sentence.start, end: sentence.end))
            // "My own view: …" in a signed piece is the author's.
            var author: Mention?
            if let byline = reader.introductions.first(where: \.isAuthor), let id = newIDs[byline.name],
                sentenceWords.contains(where: { ["i", "my", "me"].contains(reader.words[$0].lower) && !reader.inQuote($0) })
            {
                author = Mention(
                    kind: .actor, id: id, name: byline.name, text: byline.name,
                    range: TextRange(start: sentence.start, end: sentence.start))
            }
            // No actor named: a reported clause may still name the holder ("she said her group …").
            for cue in findCues(in: sentenceWords) where !(quoted && reader.inQuote(cue.words.lowerBound)) {
                let cueStart = reader.words[cue.words.lowerBound].start
                let nearestIssue = dealObject(after: cue) ?? issues.filter { !overlaps(cue.words, $0.range) }
                    .min { abs($0.range.start - cueStart) < abs($1.range.start - cueStart) }
                guard let issue = nearestIssue else { continue }
                let candidates = actors.filter { !rangesOverlap($0.range, issue.range) }
                if let (holder, reporter) = reported(cue, in: sentenceWords, among: candidates, quotes: quotes) {
                    let actorName = reader.finder.actors[holder.id]?.name ?? holder.name
                    let stance = cue.negated ? flip(cue.stance) : cue.stance
                    add(CandidatePosition(
                        actor: holder.id, actorName: actorName, issue: issue.id, issueName: issue.name, stance: stance,
                        confidence: .low, basis: .reported, reportedBy: reporter, cues: [cue.label], quote: nil,
                        sentence: trimmed.text))
                    continue
                }
                if quoted { continue }
                let holder = self.holder(of: cue, among: candidates) ?? author
                guard let holder else { continue }
                let actorName = reader.finder.actors[holder.id]?.name ?? holder.name
                let stance = cue.negated ? flip(cue.stance) : cue.stance
                add(CandidatePosition(
                    actor: holder.id, actorName: actorName, issue: issue.id, issueName: issue.name, stance: stance,
                    confidence: .low, cues: [cue.label], quote: nil, sentence: trimmed.text))
            }
        }
        return found
    }

    /// A stance reported by someone else: "Reddick said the Heartland Council, a farm lobby,
    /// opposed any move to pull out", "… said that many in the business community support the
    /// deal". The cue follows a verb of saying whose subject (the reporter) differs from the
    /// subject of the cue's own clause (the holder), named just after the verb; nil otherwise.
    private func reported(
        _ cue: Cue, in sentence: Range<Int>, among actors: [Mention], quotes: [FoundQuote]
    ) -> (holder: Mention, reporter: Slug)? {
        let first = cue.words.lowerBound
        guard let verb = (sentence.lowerBound..<first).reversed().first(where: {
            !reader.inQuote($0) && reader.isSpeechVerb($0, characterizing: false)
        }) else { return nil }
        guard let subject = reader.subject(before: verb, floor: sentence.lowerBound),
            let reporter = actorID(subject.referent, before: verb, quotes: quotes)
        else { return nil }
        // The holder opens the reported clause: "said (that) (many in) the X …", or a later
        // "… and that X …" of the same verb, the one nearest the cue first.
        let openings = ((verb + 1)..<first).filter { reader.words[$0].lower == "that" && !reader.inQuote($0) }.reversed().map { $0 + 1 }
            + [verb + 1]
        for opening in openings {
            if let found = reportedHolder(from: opening, cue: cue, reporter: reporter, among: actors) { return (found, reporter) }
        }
        return nil
    }

    /// "support the deal", "oppose the agreement": a cue whose object is the agreement itself
    /// bears on the graph's central issue (the one most issues name as their parent: KORUS).
    private func dealObject(after cue: Cue) -> Mention? {
        let next = cue.words.upperBound
        guard next + 1 < reader.words.count, reader.spaced(next - 1), reader.spaced(next),
            ["the", "this"].contains(reader.words[next].lower),
            ["deal", "agreement", "pact", "fta", "accord"].contains(reader.words[next + 1].lower),
            !(next + 2 < reader.words.count && reader.spaced(next + 1) && ["on", "over", "with", "for"].contains(reader.words[next + 2].lower))
        else { return nil }
        var children: [Slug: Int] = [:]
        for entry in reader.finder.vocabulary.entries { if let parent = entry.parent { children[parent, default: 0] += 1 } }
        guard let central = children.filter({ $0.value >= 2 }).max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })?.key
        else { return nil }
        return Mention(
            kind: .issue, id: central, name: issueName(central),
            text: reader.article.string(reader.words[next].start..<reader.words[next + 1].end),
            range: TextRange(start: reader.words[next].start, end: reader.words[next + 1].end))
    }

    /// The holder of a reported clause that opens at word `start`, if the cue's clause has one.
    private func reportedHolder(from start: Int, cue: Cue, reporter: Slug, among actors: [Mention]) -> Mention? {
        let first = cue.words.lowerBound
        var k = start
        var skipped = 0
        while k < first, skipped < 4, !reader.isNameWord(k), reader.actorAt[k] == nil,
            ["that", "the", "many", "most", "some", "in", "of", "all", "both"].contains(reader.words[k].lower)
        {
            k += 1
            skipped += 1
        }
        guard k < first else { return nil }
        let opening = reader.words[k].start
        var found = actors.first { $0.range.start <= opening && opening < $0.range.end }
        // "Jeon said his government supported …": the government the reporter serves; "her group
        // would fight …": the organisation the reporter was introduced with.
        let possessed = k + 1 < first && ["his", "her", "their"].contains(reader.words[k].lower)
        let governmentNoun = possessed && ["government", "country", "administration"].contains(reader.words[k + 1].lower)
        let groupNoun = possessed && Lexicon.organizationNouns.contains(reader.words[k + 1].lower)
        if found == nil, governmentNoun || groupNoun,
            let government = governmentNoun ? government(of: reporter) : organization(of: reporter)
        {
            found = Mention(
                kind: .actor, id: government, name: reader.finder.actors[government]?.name ?? government.rawValue,
                text: reader.article.string(opening..<reader.words[k + 1].end),
                range: TextRange(start: opening, end: reader.words[k + 1].end))
        }
        guard let holder = found, holder.id != reporter else { return nil }
        // Between the holder and the cue: its verb, or an appositive set off by commas.
        let after = reader.article.firstWord(atOrAfter: holder.range.end)
        let between = after..<first
        guard between.count <= 14, !between.contains(where: { reader.isSpeechVerb($0, characterizing: false) }) else { return nil }
        let commas = between.filter { reader.commaAfter($0) }.count + (after > 0 && reader.commaAfter(after - 1) ? 1 : 0)
        if commas > 0 {
            guard commas == 2, after > 0, reader.commaAfter(after - 1),
                let close = between.first(where: { reader.commaAfter($0) }), reader.isAppositive(after..<(close + 1))
            else { return nil }
        }
        return holder
    }

    /// The new names introduced in `range`, as actor mentions with their proposed ids, and a
    /// person's later short form there ("Jeon said his government …").
    private func introduced(in range: TextRange) -> [Mention] {
        var found: [Mention] = []
        for introduction in reader.introductions {
            guard let id = newIDs[introduction.name] else { continue }
            let first = reader.words[introduction.words.lowerBound]
            let last = reader.words[introduction.words.upperBound - 1]
            if range.start <= first.start, last.end <= range.end {
                found.append(Mention(
                    kind: .actor, id: id, name: introduction.name, text: introduction.name,
                    range: TextRange(start: first.start, end: last.bareEnd)))
            }
            guard introduction.kind == .person, let short = Extractor.shortName(of: introduction.name) else { continue }
            for i in reader.article.wordIndices(in: range.start..<range.end)
            where reader.words[i].text == short && !introduction.words.contains(i) && !reader.inQuote(i)
                && !(i + 1 < reader.words.count && reader.spaced(i) && reader.isNameWord(i + 1))
                && !(i > 0 && reader.spaced(i - 1) && reader.isNameWord(i - 1))
            {
                found.append(Mention(
                    kind: .actor, id: id, name: introduction.name, text: short,
                    range: TextRange(start: reader.words[i].start, end: reader.words[i].bareEnd)))
            }
        }
        return found
    }

    /// The government a new person is introduced as serving ("South Korea's trade minister, Jeon
    /// Sang-hoon"), if any.
    private func government(of person: Slug) -> Slug? {
        for introduction in reader.introductions where newIDs[introduction.name] == person {
            if case .known(let id) = introduction.organization, reader.finder.actors[id]?.kind == .government { return id }
        }
        return nil
    }

    /// The organisation (not a government) a new person is introduced with ("Kwon Min-ji, who
    /// leads the Korean Patient Solidarity Network"), if any.
    private func organization(of person: Slug) -> Slug? {
        for introduction in reader.introductions where newIDs[introduction.name] == person {
            switch introduction.organization {
            case .known(let id)?: if reader.finder.actors[id]?.kind != .government { return id }
            case .new(let name)?: if let id = newIDs[name] { return id }
            case nil: continue
            }
        }
        return nil
    }

    /// The actor id a speaker phrase stands for: a known actor, a new name proposed here, or
    /// for "he"/"she" the speaker of the last attributed quote before word `verb`.
    private func actorID(_ referent: Referent, before verb: Int, quotes: [FoundQuote]) -> Slug? {
        switch referent {
        case .actor(let id): return id
        case .newName(let name): return newIDs[name]
        case .pronoun(let pronoun):
            guard Lexicon.personalPronouns.contains(pronoun) else { return nil }
            let offset = reader.words[verb].start
            return quotes.last { $0.range.end <= offset && $0.speaker?.id != nil }?.speaker?.id
        case .anonymous, .title: return nil
        }
    }

    /// Who a cue in a sentence is about: the actor after "by" ("backed by the US business
    /// community"), else the nearest actor named before the cue.
    private func holder(of cue: Cue, among actors: [Mention]) -> Mention? {
        let after = cue.words.upperBound
        let first = cue.words.lowerBound
        let passive = (max(0, first - 2)..<first).contains { ["is", "was", "are", "were", "been", "being", "be"].contains(reader.words[$0].lower) }
        // "backed by X", "drew praise from X": the holder follows.
        if after < reader.words.count, ["by", "from"].contains(reader.words[after].lower) {
            let next = reader.words[min(after + 1, reader.words.count - 1)].start
            let following = actors.filter { $0.range.start >= next }.min { $0.range.start < $1.range.start }
            if let following, following.range.start - next <= 4 { return following }
            return nil
        }
        // "is being criticized": the one named before is the target, not the holder.
        if passive { return nil }
        let start = reader.words[cue.words.lowerBound].start
        // The holder stands in the cue's clause: no comma between ("…, even as business groups
        // lobbied to keep it" is not the Assembly's).
        // A name after a preposition ("sold in Washington") or used as a modifier ("the US
        // tariff") is no subject.
        let subjects = actors.filter { actor in
            let first = reader.article.firstWord(atOrAfter: actor.range.start)
            let last = reader.article.firstWord(atOrAfter: actor.range.end) - 1
            let governed = first > 0 && ["in", "at", "from", "to", "on", "of", "for", "with", "into"].contains(reader.words[first - 1].lower)
            var modifier = false
            if last + 1 < reader.words.count, reader.spaced(last), !reader.words[last + 1].isCapitalized {
                let next = reader.words[last + 1].lower
                let verbLike = Lexicon.betweenSubjectAndVerb.contains(next) || Lexicon.speechVerbs.contains(next)
                    || Lexicon.characterizingVerbs.contains(next) || Lexicon.sideVerbs.contains(next)
                    || next.hasSuffix("ed") || next.hasSuffix("s")
                modifier = !verbLike
            }
            return !governed && !modifier
        }
        let before = subjects.filter { $0.range.end <= start }.max { $0.range.start < $1.range.start }
        guard let before else { return nil }
        guard reader.article.string(before.range.end..<start).contains(",") else { return before }
        // Across an appositive: "Maria Lopez, research director at …, said she would back …".
        let from = reader.article.firstWord(atOrAfter: before.range.end)
        guard let verb = (from..<cue.words.lowerBound).first(where: { reader.isSpeechVerb($0, characterizing: false) }),
            let subject = reader.subject(before: verb, floor: max(0, from - 12))
        else { return nil }
        let last = reader.article.firstWord(atOrAfter: before.range.end) - 1
        return subject.words.contains(last) ? before : nil
    }

    private func findCues(in words: Range<Int>) -> [Cue] {
        var cues: [Cue] = []
        for i in words {
            for (list, stance) in [(Lexicon.supportCues, Graph.Stance.supports), (Lexicon.opposeCues, .opposes)] {
                for cue in list {
                    let parts = cue.split(separator: " ").map(String.init)
                    guard i + parts.count <= words.upperBound else { continue }
                    let matches = parts.enumerated().allSatisfy { offset, part in
                        Lexicon.matches(reader.words[i + offset].lower, cue: part)
                    }
                    guard matches else { continue }
                    let span = i..<(i + parts.count)
                    let negated = negation(before: i, floor: words.lowerBound)
                    if conditional(before: i, floor: words.lowerBound) { continue }
                    let text = span.map { reader.words[$0].lower }.joined(separator: " ")
                    cues.append(Cue(label: negated ? "not \(text)" : text, stance: stance, words: span, negated: negated))
                }
            }
        }
        // A cue that is part of a name ("withdrawal" names an issue) is no cue; a longer cue wins
        // over one inside it.
        // Words inside a phrase that is no cue ("must do better") give none.
        var excluded = Set<Int>()
        for i in words {
            for phrase in Lexicon.notCues {
                let parts = phrase.split(separator: " ").map(String.init)
                guard i + parts.count <= words.upperBound,
                    parts.enumerated().allSatisfy({ reader.words[i + $0.offset].lower == $0.element })
                else { continue }
                excluded.formUnion(i..<(i + parts.count))
            }
        }
        cues.removeAll { cue in cue.words.contains { excluded.contains($0) } }
        let names = reader.mentions.map(\.range)
        return cues.filter { cue in !names.contains { overlaps(cue.words, $0) } }.filter { cue in
            !cues.contains { other in other.words != cue.words && other.words.contains(cue.words.lowerBound) && other.words.count > cue.words.count }
        }
    }

    /// The tone of a quote with no cue: the sum of its words' valence (`ToneLexicon`), a negation up to three
    /// words before a word turning it around; supports above +1.5, opposes below -1.5, nothing between.
    /// Words of names and issue names do not count.
    private func tone(of words: Range<Int>, opening: Int?) -> (stance: Graph.Stance, labels: [String])? {
        var total = 0.0
        var labels: [String] = []
        let names = reader.mentions.map(\.range)
        for i in words where i != opening && !reader.isNameWord(i) && !names.contains(where: { overlaps(i..<(i + 1), $0) }) {
            guard let value = ToneLexicon.valence[reader.words[i].lower] else { continue }
            if conditional(before: i, floor: words.lowerBound) { continue }
            let negated = negation(before: i, floor: words.lowerBound, within: 3)
            total += negated ? -0.74 * value : value
            labels.append("tone: " + (negated ? "not " : "") + reader.words[i].lower)
        }
        guard abs(total) >= 1.5 else { return nil }
        return (total > 0 ? .supports : .opposes, labels)
    }

    /// Names of an issue the words deny: a negation just before an alias ("no renegotiation") or an
    /// everyday phrase for it ("not to walk away"): the issue is opposed.
    private func negatedIssueNames(in words: Range<Int>) -> [Cue] {
        var found: [Cue] = []
        for mention in reader.issueMentions {
            let span = reader.article.wordIndices(in: mention.range.start..<mention.range.end)
            guard let first = span.first, words.contains(first), negation(before: first, floor: words.lowerBound, within: 3) else { continue }
            found.append(Cue(
                label: "not \(mention.text.lowercased())", stance: .opposes, words: span, negated: false, namesIssue: mention.id))
        }
        for i in words {
            for (phrase, meaning) in Lexicon.issuePhrases {
                let parts = phrase.split(separator: " ").map(String.init)
                guard i + parts.count <= words.upperBound,
                    parts.enumerated().allSatisfy({ Lexicon.matches(reader.words[i + $0.offset].lower, cue: $0.element) }),
                    negation(before: i, floor: words.lowerBound, within: 3),
                    let issue = reader.finder.vocabulary.entries.first(where: { $0.aliasWords.contains(meaning) })?.id
                else { continue }
                let span = i..<(i + parts.count)
                let text = span.map { reader.words[$0].lower }.joined(separator: " ")
                found.append(Cue(label: "not \(text)", stance: .opposes, words: span, negated: false, namesIssue: issue))
            }
        }
        return found
    }

    /// Whether a negation stands up to six words before word `i` in its clause ("did not
    /// survive 2008 to surrender", "No foreign fund should be able").
    private func negation(before i: Int, floor: Int, within reach: Int = 6) -> Bool {
        var k = i - 1
        while k >= floor, k >= i - reach {
            if Lexicon.negations.contains(reader.words[k].lower) { return true }
            // "do not feel secure. They feel punished": a negation ends with its sentence.
            if reader.commaAfter(k) || reader.article.gap(k, k + 1).contains(where: { ".;:!?".contains($0) }) { return false }
            k -= 1
        }
        return false
    }

    /// Whether word `i` stands in an "if" or "unless" clause, which takes no side.
    private func conditional(before i: Int, floor: Int) -> Bool {
        var k = i - 1
        while k >= floor, k >= i - 8 {
            if reader.commaAfter(k) { return false }
            if ["if", "unless", "whether"].contains(reader.words[k].lower) { return true }
            k -= 1
        }
        return false
    }

    private func issueName(_ id: Slug) -> String {
        reader.finder.vocabulary.entries.first { $0.id == id }?.name ?? newIssue.flatMap { $0.id == id ? $0.name : nil } ?? id.rawValue
    }

    /// The stance a set of cues points to, their labels, and whether any was negated.
    private func judge(_ cues: [Cue]) -> (Graph.Stance, [String], Bool)? {
        guard !cues.isEmpty else { return nil }
        let stances = Set(cues.map { $0.negated ? flip($0.stance) : $0.stance })
        let labels = unique(cues.map(\.label))
        let negated = cues.contains(where: \.negated)
        if stances.count > 1 { return (.mixed, labels, negated) }
        guard let stance = stances.first else { return nil }
        return (stance, labels, negated)
    }

    private func flip(_ stance: Graph.Stance) -> Graph.Stance {
        switch stance {
        case .supports: return .opposes
        case .opposes: return .supports
        case .mixed, .neutral: return stance
        }
    }

    private func overlaps(_ words: Range<Int>, _ range: TextRange) -> Bool {
        words.contains { reader.words[$0].start < range.end && range.start < reader.words[$0].end }
    }

    private func rangesOverlap(_ a: TextRange, _ b: TextRange) -> Bool {
        a.start < b.end && b.start < a.end
    }

    private func unique(_ mentions: [Mention]) -> [Mention] {
        var seen = Set<Slug>()
        return mentions.filter { seen.insert($0.id).inserted }
    }

    private func unique(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.filter { seen.insert($0).inserted }
    }
}
