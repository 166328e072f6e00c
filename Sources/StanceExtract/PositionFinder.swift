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
    /// The issues whose definition makes a threat `mixed` (its description says so).
    var threatMixed: Set<Slug> = []
    /// Each issue's two sides as its definition words them (`IssueSides`).
    var sides: [Slug: IssueSides] = [:]
    /// In an interview printed as questions and answers, who answers, by the last paragraph of the introduction
    /// before the answers (`Reader.interviewees`).
    var interviewees: [Int: Mention] = [:]

    private struct Cue {
        var label: String
        var stance: Graph.Stance
        var words: Range<Int>
        var negated: Bool
        /// A negated name of the issue itself ("not to walk away", "no renegotiation"), or the
        /// issue an action bears on ("opposes walking away": withdrawal).
        var namesIssue: Slug? = nil
        /// A verb of threat ("threatened to …"): it governs an action, it is no stance alone.
        var threat = false
        /// A verb that bears only on its object: an issue named after it in its clause.
        var needsObject = false
        /// A verb of intent ("vowed to"): a cue only when it governs an action.
        var governorOnly = false
        /// The cue that governs an action ("opposes" in "opposes walking away"): where its holder is read.
        var governor: Range<Int>? = nil
        /// The words the holder is read from: the governing cue's, else the cue's own.
        var anchor: Range<Int> { governor ?? words }
        /// A harm verb ("would hurt our shipyards"): an issue after it in its clause is what is
        /// harmed, so valued.
        var harm = false
        /// An evaluation followed by "for" ("not good for the alliance"): the issue after it in its
        /// clause is what is helped or harmed, so valued whichever way the evaluation goes.
        var valuesAfter = false
    }

    /// An action on an issue ("walking away", "scrapping the ISDS clause"), with its direction
    /// (+1 does the issue, −1 undoes it) and whether a verb of ending or keeping made it.
    private struct Action {
        var issue: Slug
        var polarity: Int
        var words: Range<Int>
        var verbOnObject: Bool
        /// A verb that is a cue by itself ("scrap", "keep"): its action takes a side ungoverned.
        var standsAlone = false
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
            // "treating steel from an ally as a threat “makes no sense”": a quote that goes on from a
            // thing, not a person, is the speaker's judgement of it.
            let personBefore = (max(0, openingWord - 4)..<openingWord).contains { k in
                reader.isNameWord(k) || reader.actorAt[k] != nil || Lexicon.personalPronouns.contains(reader.words[k].lower)
                    || ["president", "minister", "administration", "government", "he", "she", "they"].contains(reader.words[k].lower)
            }
            let quoted = allCues.filter { cue in
                !(continuesSubject && personBefore && cue.words.lowerBound == openingWord)
                    && quoteWords.contains(cue.words.lowerBound)
                    && !(max(quoteWords.lowerBound, cue.words.lowerBound - 3)..<cue.words.lowerBound).contains { k in
                        reader.isNameWord(k) && k > quoteWords.lowerBound && !reader.words[k - 1].text.hasSuffix(".")
                            // "the same box as China's makes no sense": a possessive is no subject.
                            && !reader.words[k].text.hasSuffix("'s") && !reader.words[k].text.hasSuffix("\u{2019}s")
                            // "the ISDS clause is unacceptable": an issue's name is what the cue is said of.
                            && !issueMentions.contains { overlaps(k..<(k + 1), $0.range) }
                            // "I’d", "We’ll": the speaker, no other subject.
                            && !Lexicon.notNames.contains(String(reader.words[k].lower.prefix { $0 != "'" && $0 != "\u{2019}" }))
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
            let actionIssues = cues.compactMap(\.namesIssue)
            guard !quote.issues.isEmpty || !actionIssues.isEmpty else { continue }
            let sentence = article.string(quote.sentence.start..<quote.sentence.end)
            guard !cues.isEmpty || !denials.isEmpty else {
                // No cue: the tone of the speaker's own words, when it is clear, is a weak hint.
                if let tone = tone(of: quoteWords, opening: continuesSubject ? openingWord : nil) {
                    // "Pulling out now would be the worst thing …": a quote whose words name an action on
                    // one of its issues is weighed on that issue alone.
                    // (Before the quote too when the quote goes on from it as its subject: "Pulling out, he
                    // told reporters, “would be the worst thing …”".)
                    let predicate = ["would", "will", "could", "can", "might", "may", "is", "was", "are", "were", "has", "have", "had", "should", "must"]
                        .contains(reader.words[openingWord].lower)
                    let scope = continuesSubject && predicate ? sentenceWords.lowerBound..<quoteWords.upperBound : quoteWords
                    let acted = Set(findActions(in: scope).map(\.issue)).intersection(quote.issues)
                    for issue in quote.issues where acted.isEmpty || acted.contains(issue) {
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
                // An action bears on its own issue ("walking away … would be a gift": withdrawal).
                if let issue = cue.namesIssue {
                    byIssue[issue, default: []].append(cue)
                    continue
                }
                let at = reader.words[cue.words.lowerBound].start
                let number = parts.firstIndex { $0.start <= at && at < $0.end }
                var targets = number.flatMap { named[$0] } ?? []
                // "The renegotiation is welcome, but the steel tariffs are a mistake": a cue bears
                // on the issues of its own clause when that clause names any.
                let clause = self.clause(of: cue.words.lowerBound, within: quoteWords)
                let clauseRange = reader.words[clause.lowerBound].start..<reader.words[clause.upperBound - 1].end
                let inClause = reader.issues(in: clauseRange).filter { quote.issues.contains($0) }
                if !inClause.isEmpty { targets = inClause }
                if cue.needsObject {
                    // "is pushing for tougher rules of origin": the issue must be the verb's object.
                    let objectEnd = min(clause.upperBound, cue.words.upperBound + 5, directObjectEnd(of: cue)) - 1
                    let objectRange = reader.words[cue.words.upperBound - 1].end..<reader.words[max(objectEnd, cue.words.upperBound - 1)].end
                    targets = objectRange.isEmpty ? [] : reader.issues(in: objectRange).filter { quote.issues.contains($0) }
                    if targets.isEmpty { continue }
                }
                if targets.isEmpty { targets = quote.issues.filter { !claimed.contains($0) || number == nil } }
                if targets.isEmpty { targets = quote.issues }
                // "I don't want to wake up one morning and read that we've walked away": a cue with no
                // issue of its own, before an action on one of the quote's issues in its sentence, bears
                // on that action's issue alone (turned when the action undoes it).
                if !cue.needsObject, !cue.harm, !cue.valuesAfter, let number, number < parts.count,
                    case let part = article.wordIndices(in: max(parts[number].start, quote.range.start)..<min(parts[number].end, quote.range.end)),
                    let acted = findActions(in: part).first(where: { $0.words.lowerBound > cue.words.lowerBound && quote.issues.contains($0.issue) }),
                    targets.count > 1
                {
                    byIssue[acted.issue, default: []].append(acted.polarity < 0 ? flipped(cue) : cue)
                    continue
                }
                for issue in targets {
                    byIssue[issue, default: []].append(
                        harmed(issue, by: cue, in: clause) ? (cue.valuesAfter ? valued(cue) : flipped(cue))
                            : denied(issue, by: cue, in: clause) || onOpposesSide(issue, of: cue, in: clause) ? flipped(cue) : cue)
                }
            }
            for denial in denials { if let issue = denial.namesIssue { byIssue[issue, default: []].append(denial) } }
            for issue in quote.issues + actionIssues.filter({ !quote.issues.contains($0) }) {
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
            // An interview printed as questions and answers: a question takes no side; an answer holds the words of
            // the person interviewed, about what its question asked when it names no issue itself.
            let part = article.interviewPart(at: sentence.start)
            if part == .question { continue }
            var interviewee: Mention?
            if part == .answer {
                interviewee = self.interviewee(answering: sentence.start)
                if issues.isEmpty { issues = answerIssues(at: sentence.start) }
            }
            let sentenceCues = findCues(in: sentenceWords)
            let dealCues = sentenceCues.filter { dealObject(after: $0) != nil || $0.namesIssue != nil }
            let actionIssues = Set(sentenceCues.compactMap(\.namesIssue))
            guard !issues.isEmpty || !dealCues.isEmpty else { continue }
            var actors = reader.mentions.filter {
                $0.kind == .actor && sentence.start <= $0.range.start && $0.range.end <= sentence.end
            }
            actors += introduced(in: TextRange(start: sentence.start, end: sentence.end))
            // "My own view: …" in a signed piece is the author's.
            var author: Mention?
            // An editorial's board writes "we" ("We believe …") and speaks in every sentence that quotes
            // and names no one ("The deficit is the wrong measure."): the outlet's.
            if let byline = reader.introductions.first(where: \.isAuthor), let id = newIDs[byline.name],
                sentenceWords.contains(where: { ["i", "my", "me"].contains(reader.words[$0].lower) && !reader.inQuote($0) })
                    || byline.kind == .organization && !quoted && actors.isEmpty
            {
                author = Mention(
                    kind: .actor, id: id, name: byline.name, text: byline.name,
                    range: TextRange(start: sentence.start, end: sentence.start))
            }
            // No actor named: a reported clause may still name the holder ("she said her group …").
            // A question takes no side ("Might the president put an end to the agreement?").
            let question = trimmed.text.trimmingCharacters(in: .whitespaces).hasSuffix("?")
            for found in sentenceCues where !(quoted && reader.inQuote(found.words.lowerBound)) && !question
                && !predicted(found, in: sentenceWords)
            {
                var cue = found
                let cueStart = reader.words[cue.words.lowerBound].start
                let action = cue.namesIssue.map { id in
                    Mention(
                        kind: .issue, id: id, name: issueName(id), text: "",
                        range: TextRange(start: cueStart, end: reader.words[cue.words.upperBound - 1].end))
                }
                let cueClause = clause(of: cue.words.lowerBound, within: sentenceWords)
                let clauseEnd = reader.words[cueClause.upperBound - 1].end
                let nearestIssue = action ?? dealObject(after: cue) ?? issues.filter { issue in
                    !overlaps(cue.words, issue.range)
                        // "supported the push for better terms but could not support leaving the
                        // agreement": a cue does not reach across "but" to another clause's issue.
                        && !butBetween(cue.words.lowerBound, reader.article.firstWord(atOrAfter: issue.range.start))
                        // An issue the sentence names only by an action ("leaving the agreement") is
                        // read with that action's own cue, not with every cue around it.
                        && !(issue.text.isEmpty && actionIssues.contains(issue.id))
                        // A verb of taking sides bears on its object, named after it in its clause.
                        && (!cue.needsObject || (issue.range.start > cueStart && issue.range.start < clauseEnd && !issue.text.isEmpty
                            && reader.article.firstWord(atOrAfter: issue.range.start) - cue.words.upperBound <= 4
                            && reader.article.firstWord(atOrAfter: issue.range.start) < directObjectEnd(of: cue)))
                }.sorted { abs($0.range.start - cueStart) < abs($1.range.start - cueStart) }
                    // "the steel tariffs were a mistake, and that the renegotiation was overdue": an
                    // issue named in the cue's own clause first.
                    .min { inClause($0, cueClause) && !inClause($1, cueClause) }
                guard let nearest = nearestIssue else { continue }
                // "supported a renegotiation limited to autos and steel, and opposed reopening the
                // agricultural chapter": a coordinated predicate with an object of its own that names
                // no issue does not reach back into the first predicate's issues.
                if action == nil, !inClause(nearest, cueClause), coordinatedWithObject(cue, clause: cueClause) { continue }
                var targets = [nearest]
                // "a withdrawal would damage the alliance": a harm verb opposes the issue before it
                // in its clause and values the one after it.
                if action == nil, cue.harm {
                    let inClause = issues.filter { !$0.text.isEmpty && cueClause.contains(reader.article.firstWord(atOrAfter: $0.range.start)) }
                    let sides = [
                        inClause.filter { $0.range.end <= cueStart }.max { $0.range.start < $1.range.start },
                        inClause.filter { $0.range.start > cueStart }.min { $0.range.start < $1.range.start },
                    ].compactMap { $0 }
                    if sides.count == 2 { targets = sides }
                }
                let plainCue = cue
                for issue in targets {
                    cue = plainCue
                    if action == nil, cue.harm || cue.valuesAfter, issue.range.start > cueStart,
                        cueClause.contains(reader.article.firstWord(atOrAfter: issue.range.start))
                    {
                        cue = cue.valuesAfter ? valued(cue) : flipped(cue)
                    } else if action == nil, denied(issue.id, by: cue, in: cueClause) || onOpposesSide(issue.id, of: cue, in: cueClause) {
                        cue = flipped(cue)
                    }
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
                        ?? trailingSpeaker(after: cue, in: sentenceWords, quotes: quotes)
                        ?? contextHolder(of: cue, in: sentenceWords, among: candidates, quotes: quotes)
                        ?? interviewee
                    guard let holder else { continue }
                    let actorName = reader.finder.actors[holder.id]?.name ?? holder.name
                    let stance = cue.negated ? flip(cue.stance) : cue.stance
                    // The interviewee's own answer is stated, as a quote is.
                    let answered = interviewee.map { $0.id == holder.id } == true
                    add(CandidatePosition(
                        actor: holder.id, actorName: actorName, issue: issue.id, issueName: issue.name, stance: stance,
                        confidence: answered && !cue.negated && stance != .mixed ? .medium : .low,
                        basis: answered ? .stated : .inferred, cues: [cue.label], quote: nil, sentence: trimmed.text))
                }
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
        let first = cue.anchor.lowerBound
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

    /// The speaker of a paraphrase that ends with its attribution ("No further opening of the
    /// market to beef was on the table, he said"; "…, Lee said."): a verb of saying after the cue,
    /// set off by a comma, whose subject is a known or new actor, or he/she carried to the last
    /// attributed quote's speaker.
    private func trailingSpeaker(after cue: Cue, in sentence: Range<Int>, quotes: [FoundQuote]) -> Mention? {
        let from = cue.words.upperBound
        guard from < sentence.upperBound,
            let verb = (from..<sentence.upperBound).first(where: { !reader.inQuote($0) && reader.isSpeechVerb($0, characterizing: false) }),
            let subject = reader.subject(before: verb, floor: from),
            let opening = subject.words.first, opening > from, reader.commaAfter(opening - 1),
            let id = actorID(subject.referent, before: verb, quotes: quotes)
        else { return nil }
        let start = reader.words[opening].start
        let name = reader.finder.actors[id]?.name ?? newIDs.first { $0.value == id }?.key ?? id.rawValue
        return Mention(kind: .actor, id: id, name: name, text: name, range: TextRange(start: start, end: reader.words[subject.words.upperBound - 1].end))
    }

    /// The person an interview's answer at `offset` is from: the one its introduction names (`interviewees`).
    private func interviewee(answering offset: Int) -> Mention? {
        let article = reader.article
        var index = article.paragraphIndex(at: offset)
        while index >= 0, article.interview[index] != nil { index -= 1 }
        return index >= 0 ? interviewees[index] : nil
    }

    /// The issues an answer at `offset` is about when its sentence names none ("I support it."): those its question
    /// names, else those named elsewhere in the answer.
    private func answerIssues(at offset: Int) -> [Mention] {
        let article = reader.article
        let index = article.paragraphIndex(at: offset)
        var candidates = [article.paragraphs[index]]
        if index > 0, article.interview[index - 1] == .question { candidates.insert(article.paragraphs[index - 1], at: 0) }
        for paragraph in candidates {
            let ids = reader.issues(in: paragraph.lowerBound..<paragraph.upperBound, excluding: newIssue?.key)
            if !ids.isEmpty {
                return ids.map { id in
                    Mention(kind: .issue, id: id, name: issueName(id), text: "", range: TextRange(start: offset, end: offset))
                }
            }
        }
        return []
    }

    /// Whether an issue mention with its own words stands in the clause `words`.
    private func inClause(_ issue: Mention, _ words: Range<Int>) -> Bool {
        !issue.text.isEmpty && words.contains(reader.article.firstWord(atOrAfter: issue.range.start))
    }

    /// Whether "but" or a semicolon stands between words `a` and `b`, outside quotes.
    private func butBetween(_ a: Int, _ b: Int) -> Bool {
        let range = min(a, b)..<max(a, b)
        return range.contains { k in
            (k > range.lowerBound && reader.words[k].lower == "but" && !reader.inQuote(k))
                || (k + 1 < reader.words.count && reader.article.gap(k, k + 1).contains(";"))
        }
    }

    /// The holder named by a pronoun or a definite description that stands for someone named
    /// before (no name in the cue's sentence holds the cue): "She argued that a withdrawal would
    /// …", "A withdrawal, he said, would …" (he/she: the last person named or quoted before, in
    /// this paragraph or the one before); "It said it strongly opposed …" (it, before a verb of
    /// saying or of taking a side), "The group said it supported …" (the + an organisation noun):
    /// the last organisation named there. The subject stands before the cue, outside quotes, not
    /// after a preposition, and a verb follows it.
    private func contextHolder(of cue: Cue, in sentence: Range<Int>, among actors: [Mention], quotes: [FoundQuote]) -> Mention? {
        let first = cue.anchor.lowerBound
        let prepositions: Set<String> = ["in", "at", "from", "to", "on", "of", "for", "with", "into", "by", "about", "than", "that"]
        func verbFollows(_ k: Int, strict: Bool) -> Bool {
            var next = k + 1
            while next < first, Lexicon.betweenSubjectAndVerb.contains(reader.words[next].lower) || (reader.words[next].lower.hasSuffix("ly") && reader.words[next].lower.count > 4) {
                next += 1
            }
            guard next < reader.words.count, next <= first else { return false }
            let word = reader.words[next].lower
            // "It said", "It opposed": the organisation; "It will harm farmers": a thing.
            if reader.isSpeechVerb(next, characterizing: false) || Lexicon.sideVerbs.contains(word) { return true }
            guard !strict else { return false }
            if next == first { return true }
            return ["has", "have", "had", "would", "will", "wants", "wanted", "is", "was"].contains(word)
                || Lexicon.irregularPasts.contains(word) || (word.hasSuffix("ed") && !reader.words[next].isCapitalized)
        }
        // The subject nearest before the cue.
        var found: (word: Int, person: Bool)?
        for k in (sentence.lowerBound..<first).reversed() where !reader.inQuote(k) {
            if reader.actorAt[k] != nil || actors.contains(where: { overlaps(k..<(k + 1), $0.range) }) {
                // "the administration's push": a possessive or a name after a preposition is no subject.
                let possessive = reader.words[k].text.hasSuffix("'s") || reader.words[k].text.hasSuffix("\u{2019}s")
                var start = k
                while start > sentence.lowerBound, reader.actorAt[start - 1] != nil || reader.isNameWord(start - 1) { start -= 1 }
                let governed = start > sentence.lowerBound && prepositions.contains(reader.words[start - 1].lower)
                if possessive || governed { continue }
                return nil
            }
            if k > sentence.lowerBound, prepositions.contains(reader.words[k - 1].lower) { continue }
            let word = reader.words[k].lower
            if Lexicon.personalPronouns.contains(word), verbFollows(k, strict: false) { found = (k, true); break }
            if Lexicon.organizationAnaphora.contains(word), verbFollows(k, strict: true) { found = (k, false); break }
            if word == "the", k + 1 < first, Lexicon.organizationNouns.contains(reader.words[k + 1].lower),
                k + 1 < reader.words.count, verbFollows(k + 1, strict: false)
            {
                found = (k, false)
                break
            }
        }
        guard let found else { return nil }
        let offset = reader.words[found.word].start
        // Who was named last, in this paragraph or the one before.
        let paragraph = reader.article.paragraphIndex(at: offset)
        var named: [(at: Int, id: Slug, name: String)] = []
        for mention in reader.mentions where mention.kind == .actor && mention.range.end <= offset {
            let word = reader.article.firstWord(atOrAfter: mention.range.start)
            guard word < reader.words.count, !reader.inQuote(word), let kind = reader.finder.actors[mention.id]?.kind,
                found.person ? kind == .person : kind == .organization
            else { continue }
            named.append((mention.range.start, mention.id, reader.finder.actors[mention.id]?.name ?? mention.name))
        }
        for introduction in reader.introductions where found.person ? introduction.kind == .person : introduction.kind == .organization {
            guard let id = newIDs[introduction.name] else { continue }
            let at = reader.words[introduction.words.lowerBound].start
            if at < offset { named.append((at, id, introduction.name)) }
        }
        if found.person {
            for quote in quotes where quote.range.end <= offset {
                if let speaker = quote.speaker, let id = speaker.id, reader.finder.actors[id].map({ $0.kind == .person })
                    ?? reader.introductions.contains(where: { newIDs[$0.name] == id && $0.kind == .person })
                {
                    named.append((quote.range.start, id, reader.finder.actors[id]?.name ?? speaker.name))
                }
            }
        }
        guard let last = named.max(by: { $0.at < $1.at }), reader.article.paragraphIndex(at: last.at) >= paragraph - 1 else { return nil }
        return Mention(
            kind: .actor, id: last.id, name: last.name, text: reader.words[found.word].text,
            range: TextRange(start: offset, end: reader.words[found.word].end))
    }

    /// "support the deal", "oppose the agreement": a cue whose object is the agreement itself
    /// bears on the graph's central issue (the one most issues name as their parent: KORUS).
    private func dealObject(after cue: Cue) -> Mention? {
        let next = cue.words.upperBound
        guard next + 1 < reader.words.count, reader.spaced(next - 1), reader.spaced(next),
            ["the", "this"].contains(reader.words[next].lower),
            ["deal", "agreement", "pact", "fta", "accord"].contains(reader.words[next + 1].lower),
            // "fix the deal's remaining details": the deal is no object.
            !reader.words[next + 1].text.hasSuffix("'s"), !reader.words[next + 1].text.hasSuffix("\u{2019}s"),
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
        let first = cue.anchor.lowerBound
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
        let after = cue.anchor.upperBound
        let first = cue.anchor.lowerBound
        // "is criticized", not "is pushing for": a passive needs a past participle.
        let participle = reader.words[first].lower.hasSuffix("ed") || Lexicon.irregularPasts.contains(reader.words[first].lower)
        // "the ISDS clause should be revised": the issue is the passive's subject, the holder is
        // whoever says so.
        let passive = participle && !(cue.namesIssue != nil && cue.governor == nil) && (max(0, first - 2)..<first).contains { ["is", "was", "are", "were", "been", "being", "be"].contains(reader.words[$0].lower) }
        // "backed by X", "drew praise from X": the holder follows.
        if after < reader.words.count, ["by", "from"].contains(reader.words[after].lower) {
            let next = reader.words[min(after + 1, reader.words.count - 1)].start
            let following = actors.filter { $0.range.start >= next }.min { $0.range.start < $1.range.start }
            if let following, following.range.start - next <= 4 { return following }
            return nil
        }
        // "is being criticized": the one named before is the target, not the holder.
        if passive { return nil }
        // The holder stands before the whole phrase ("Walking away would be a gift", X said).
        let start = reader.words[min(first, cue.words.lowerBound)].start
        // The holder stands in the cue's clause: no comma between ("…, even as business groups
        // lobbied to keep it" is not the Assembly's).
        // A name after a preposition ("sold in Washington") or used as a modifier ("the US
        // tariff") is no subject.
        let cueWord = first
        let subjects = actors.filter { actor in
            let first = reader.article.firstWord(atOrAfter: actor.range.start)
            let last = reader.article.firstWord(atOrAfter: actor.range.end) - 1
            // "WASHINGTON — …": a dateline names a place, no subject.
            if last + 1 < reader.words.count, reader.words[last].text == reader.words[last].text.uppercased(),
                reader.article.gap(last, last + 1).contains(where: { "\u{2014}\u{2013}".contains($0) }) || reader.article.gap(last, last + 1).contains("--")
            {
                return false
            }
            let governed = first > 0 && ["in", "at", "from", "to", "on", "of", "for", "with", "into"].contains(reader.words[first - 1].lower)
            var modifier = false
            if last + 1 < reader.words.count, reader.spaced(last), !reader.words[last + 1].isCapitalized {
                let next = reader.words[last + 1].lower
                let verbLike = Lexicon.betweenSubjectAndVerb.contains(next) || Lexicon.speechVerbs.contains(next)
                    || Lexicon.characterizingVerbs.contains(next) || Lexicon.sideVerbs.contains(next)
                    || next.hasSuffix("ed") || next.hasSuffix("s")
                    // "Seoul hardly welcomed", "Seoul came out against", "Seoul balked": an adverb,
                    // an irregular past, or the cue itself follows a subject.
                    || (next.hasSuffix("ly") && next.count > 4) || Lexicon.irregularPasts.contains(next)
                    || cueWord == last + 1
                // "Cutler's criticism of …": a possessive before the cue holds it.
                let possessive = reader.words[last].text.hasSuffix("'s") || reader.words[last].text.hasSuffix("\u{2019}s")
                // "A Chamber of Commerce spokesman said …": the organisation speaks through its spokesperson.
                let spokesperson = ["spokesman", "spokeswoman", "spokesperson"].contains(next)
                modifier = !verbLike && !(possessive && cueWord == last + 1) && !spokesperson
            }
            return !governed && !modifier
        }
        var before = subjects.filter { $0.range.end <= start }.max { $0.range.start < $1.range.start }
        // "The Network, a coalition that helped organize the 2008 beef protests, has long opposed …":
        // a name that closes an appositive is not the subject; the name the appositive is on is.
        if let inner = before, case let innerFirst = reader.article.firstWord(atOrAfter: inner.range.start),
            case let innerLast = reader.article.firstWord(atOrAfter: inner.range.end) - 1, innerLast >= innerFirst,
            reader.commaAfter(innerLast),
            let open = (0..<innerFirst).reversed().first(where: { reader.commaAfter($0) }),
            reader.isAppositive((open + 1)..<(innerLast + 1)),
            let outer = subjects.first(where: { reader.article.firstWord(atOrAfter: $0.range.end) - 1 == open })
        {
            before = outer
        }
        guard let before else { return nil }
        // "Liu said the steel duties the administration is weighing would do more harm …": a name in
        // a relative clause on the reported clause's subject is not its subject; the reporter holds it.
        if let reporter = reporterOfNounPhrase(around: before) { return reporter }
        // "North Korea conducted a test and officials decided that …": another subject, unnamed,
        // stands between the name and the cue.
        let from = reader.article.firstWord(atOrAfter: before.range.end)
        // (Up to the phrase's start: "pulling out would do farmers any good" has its cue after the action;
        // from after the name's own spokesperson: "A Chamber of Commerce spokesman said …".)
        let spokesperson = from < reader.words.count && ["spokesman", "spokeswoman", "spokesperson"].contains(reader.words[from].lower)
        let lower = spokesperson ? from + 1 : from
        if (lower..<max(lower, min(first, cue.words.lowerBound))).contains(where: { k in
            Lexicon.anonymousHeads.contains(reader.words[k].lower) && !reader.inQuote(k) && !reader.words[k].isCapitalized
                && !(k > 0 && ["of", "in", "for", "to", "with", "by", "from", "on", "at"].contains(reader.words[k - 1].lower))
        }) {
            return nil
        }
        guard reader.article.string(before.range.end..<start).contains(",") else { return before }
        // "Trump, who has long criticized KORUS, …", "The coalition, which backs the tax, …": a
        // relative clause on the name states its stance.
        if from < first, from > 0, reader.commaAfter(from - 1), ["who", "which"].contains(reader.words[from].lower),
            !(from..<first).contains(where: { reader.commaAfter($0) || reader.inQuote($0) })
        {
            return before
        }
        // "Schott, who has written widely on trade, is a vocal critic of …", "Cutler, a former
        // negotiator, has been critical of …": a relative clause or an appositive set off by two
        // commas, then the name's own predicate.
        if from < first, from > 0, reader.commaAfter(from - 1),
            let close = (from..<first).first(where: { reader.commaAfter($0) }),
            close + 1 <= first, !(close + 1..<first).contains(where: { reader.commaAfter($0) || reader.inQuote($0) || reader.isNameWord($0) }),
            ["who", "which"].contains(reader.words[from].lower) || reader.isAppositive(from..<(close + 1))
                // "Cutler, for her part, backs …", "Seoul, in a statement, opposed …".
                || ["for", "in", "like", "at", "on", "after", "unlike"].contains(reader.words[from].lower),
            ["is", "was", "has", "had", "have", "are", "were", "remains", "remained"].contains(reader.words[close + 1].lower)
                || reader.words[close + 1].lower.hasSuffix("ed") || cue.anchor.lowerBound == close + 1
        {
            return before
        }
        // Across an appositive: "Maria Lopez, research director at …, said she would back …".
        guard let verb = (from..<first).first(where: { reader.isSpeechVerb($0, characterizing: false) }),
            let subject = reader.subject(before: verb, floor: max(0, from - 12))
        else { return nil }
        let last = reader.article.firstWord(atOrAfter: before.range.end) - 1
        return subject.words.contains(last) ? before : nil
    }

    /// The cues of `words`: plain cue words, and actions on an issue read with the cue that
    /// governs them ("opposes walking away", "urged … not to withdraw", "scrapping the clause would
    /// be a mistake", "threatened to pull out"), which then bear on the action's issue alone.
    private func findCues(in words: Range<Int>) -> [Cue] {
        var plain = plainCues(in: words)
        let actions = findActions(in: words)
        var composed: [Cue] = []
        var consumed = Set<Range<Int>>()
        for action in actions {
            // A plain cue the action is made of ("scrap", "keep", "withdraw") is the action.
            plain.removeAll { cue in cue.words.overlaps(action.words) }
            let governor = governing(action, among: plain.filter { !consumed.contains($0.words) }, floor: words.lowerBound)
            let label = action.words.map { reader.words[$0].lower }.joined(separator: " ")
            if let governor {
                consumed.insert(governor.words)
                let from = governor.words.upperBound <= action.words.lowerBound ? governor.words.upperBound : words.lowerBound
                // "did not think pulling out would do any good": a negation before the subject
                // action turns the whole judgement.
                let negated = negation(before: action.words.lowerBound, floor: from, within: 3)
                var stance: Graph.Stance
                if governor.threat {
                    stance = threatMixed.contains(action.issue) ? .mixed : (action.polarity > 0 ? .supports : .opposes)
                } else {
                    let sign = (governor.negated ? -1 : 1) * (governor.stance == .supports ? 1 : -1) * action.polarity * (negated ? -1 : 1)
                    stance = sign > 0 ? .supports : .opposes
                }
                composed.append(Cue(
                    label: negated ? "\(governor.label) not \(label)" : governor.label, stance: stance, words: action.words, negated: false,
                    namesIssue: action.issue, governor: governor.words))
                continue
            }
            let negated = negation(before: action.words.lowerBound, floor: words.lowerBound, within: 3)
            if conditional(before: action.words.lowerBound, floor: words.lowerBound) { continue }
            // "America should stay in KORUS", "we must renegotiate": an obligation is a side.
            let obliged = (max(words.lowerBound, action.words.lowerBound - 3)..<action.words.lowerBound).contains {
                Lexicon.obligationModals.contains(reader.words[$0].lower)
                    && ($0 + 1 == action.words.lowerBound || ["to", "be"].contains(reader.words[$0 + 1].lower)
                        || ["should", "must"].contains(reader.words[$0].lower))
            }
                // "I'd tear the whole thing up", "we would pull out": the speaker's own will.
                || (max(words.lowerBound, action.words.lowerBound - 2)..<action.words.lowerBound).contains {
                    let word = reader.words[$0].lower.replacingOccurrences(of: "\u{2019}", with: "'")
                    return ["i'd", "we'd", "i'll", "we'll"].contains(word)
                        || (["would", "will"].contains(word) && $0 > 0 && ["i", "we"].contains(reader.words[$0 - 1].lower))
                }
            // "Mend the agreement, don't scrap it": a quoted sentence that opens with the action's
            // verb in its plain form is the speaker's demand.
            let opening = action.words.lowerBound
            let verb = reader.words[opening].lower
            let imperative = reader.inQuote(opening) && action.verbOnObject
                && !verb.hasSuffix("ing") && !verb.hasSuffix("ed") && !verb.hasSuffix("s")
                && (opening == 0 || reader.article.gap(opening - 1, opening).contains(where: { ".!?\u{201C}\"".contains($0) }))
            guard negated || obliged || imperative || action.standsAlone else { continue }
            let sign = action.polarity * (negated ? -1 : 1)
            composed.append(Cue(
                label: negated ? "not \(label)" : label, stance: sign > 0 ? .supports : .opposes, words: action.words,
                negated: false, namesIssue: action.issue))
        }
        // Verbs of threat or intent and denied framings are no stance alone.
        return plain.filter { !consumed.contains($0.words) && !$0.threat && !$0.governorOnly } + composed
    }

    /// Actions on an issue in `words`: an everyday phrase for an issue that is an action
    /// (`Lexicon.issueActions`, `Lexicon.issuePhrases`: "walking away", "staying in the
    /// agreement"), unless its object is another issue ("withdrew from the TPP"); and a verb of
    /// ending or keeping with a known issue as its object within four words ("scrapping the ISDS
    /// clause", "keeping the tariff").
    private func findActions(in words: Range<Int>) -> [Action] {
        var found: [Action] = []
        let issueMentions = reader.issueMentions
        func issueStarting(within range: Range<Int>) -> Mention? {
            for k in range where k < words.upperBound {
                if k > range.lowerBound, reader.commaAfter(k - 1) || reader.article.gap(k - 1, k).contains(where: { ".;:!?".contains($0) }) { return nil }
                if let mention = issueMentions.first(where: { overlaps(k..<(k + 1), $0.range) }) { return mention }
            }
            return nil
        }
        func aliasIssue(_ meaning: String) -> Slug? {
            reader.finder.vocabulary.entries.first(where: { $0.aliasWords.contains(meaning) })?.id
        }
        let phrases = Lexicon.issueActions + Lexicon.issuePhrases.map { ($0.0, $0.1, 1) }
        for i in words {
            // "tear the whole thing up", "pull it out": a particle verb with its object between,
            // the object a pronoun or a word for the agreement.
            for (verb, particle, meaning) in Lexicon.particleActions where Lexicon.matches(reader.words[i].lower, cue: verb) {
                guard i + 2 < min(i + 6, words.upperBound),
                    let end = ((i + 2)..<min(i + 6, words.upperBound)).first(where: { reader.words[$0].lower == particle }),
                    ((i + 1)..<end).allSatisfy({ !reader.commaAfter($0 - 1) }),
                    // Its object is the agreement ("tear the whole thing up"), or the party taken
                    // out of it ("pull the US out of KORUS").
                    ((i + 1)..<end).contains(where: { Lexicon.agreementWords.contains(reader.words[$0].lower) && !reader.isNameWord($0) })
                        || (end + 2 < words.upperBound && reader.words[end + 1].lower == "of"
                            && (Lexicon.agreementWords.contains(reader.words[end + 2].lower)
                                || (end + 3 < words.upperBound && Lexicon.agreementWords.contains(reader.words[end + 3].lower)))),
                    let issue = aliasIssue(meaning), !found.contains(where: { $0.words.overlaps(i..<(end + 1)) })
                else { continue }
                found.append(Action(issue: issue, polarity: 1, words: i..<(end + 1), verbOnObject: false))
            }
            // "I want a better deal", "pressing for a fairer agreement": a better agreement is a renegotiated one.
            if i + 2 < words.upperBound, ["a", "an"].contains(reader.words[i].lower),
                Lexicon.betterDealWords.contains(reader.words[i + 1].lower), Lexicon.agreementNouns.contains(reader.words[i + 2].lower),
                reader.spaced(i), reader.spaced(i + 1), let issue = aliasIssue("renegotiation"),
                !found.contains(where: { $0.words.overlaps(i..<(i + 3)) })
            {
                found.append(Action(issue: issue, polarity: 1, words: i..<(i + 3), verbOnObject: false))
            }
            // "leaving the agreement", "not junk it", "fix the deal": the agreement as the object.
            for (list, meaning) in [(Lexicon.agreementLeavingVerbs, "withdrawal"), (Lexicon.agreementMendingVerbs, "renegotiation")] {
                for verb in list {
                    guard Lexicon.matchesFirstWord(reader.words[i].lower, of: verb) else { continue }
                    let parts = verb.split(separator: " ").map(String.init)
                    let next = i + parts.count
                    guard next < words.upperBound,
                        parts.enumerated().allSatisfy({ Lexicon.matches(reader.words[i + $0.offset].lower, cue: $0.element) }),
                        (i..<next).allSatisfy({ reader.spaced($0) }), let issue = aliasIssue(meaning)
                    else { continue }
                    var end: Int?
                    if reader.words[next].lower == "it", !reader.isNameWord(next) {
                        end = next + 1
                    } else if next + 1 < words.upperBound, ["the", "this", "that", "our", "their", "its"].contains(reader.words[next].lower),
                        reader.spaced(next), Lexicon.agreementNouns.contains(reader.words[next + 1].lower),
                        // "the deal's details": the agreement is no object.
                        !reader.words[next + 1].text.hasSuffix("'s"), !reader.words[next + 1].text.hasSuffix("\u{2019}s"),
                        // "the deal on steel": another deal.
                        !(next + 2 < words.upperBound && reader.spaced(next + 1) && ["on", "over", "with"].contains(reader.words[next + 2].lower))
                    {
                        end = next + 2
                    }
                    guard let end, !found.contains(where: { $0.words.overlaps(i..<end) }) else { continue }
                    let alone = (Lexicon.supportCues + Lexicon.opposeCues).contains(verb)
                    found.append(Action(issue: issue, polarity: 1, words: i..<end, verbOnObject: true, standsAlone: alone))
                }
            }
            for (phrase, meaning, polarity) in phrases {
                guard Lexicon.matchesFirstWord(reader.words[i].lower, of: phrase) else { continue }
                let parts = phrase.split(separator: " ").map(String.init)
                guard i + parts.count <= words.upperBound,
                    parts.enumerated().allSatisfy({ Lexicon.matches(reader.words[i + $0.offset].lower, cue: $0.element) }),
                    let issue = aliasIssue(meaning)
                else { continue }
                let span = i..<(i + parts.count)
                // "withdrew from the TPP": an action on another issue.
                if let object = issueStarting(within: span.upperBound..<(span.upperBound + 4)),
                    object.id != issue, reader.finder.vocabulary.parent(of: issue) != object.id
                { continue }
                if found.contains(where: { $0.words.overlaps(span) }) { continue }
                found.append(Action(issue: issue, polarity: polarity, words: span, verbOnObject: false))
            }
            for (list, polarity) in [(Lexicon.endingVerbs + Lexicon.reliefWords, -1), (Lexicon.keepingVerbs, 1)] {
                for verb in list {
                    guard Lexicon.matchesFirstWord(reader.words[i].lower, of: verb) else { continue }
                    let parts = verb.split(separator: " ").map(String.init)
                    guard i + parts.count <= words.upperBound,
                        parts.enumerated().allSatisfy({ Lexicon.matches(reader.words[i + $0.offset].lower, cue: $0.element) }),
                        !issueMentions.contains(where: { overlaps(i..<(i + 1), $0.range) })
                    else { continue }
                    let span = i..<(i + parts.count)
                    guard !found.contains(where: { $0.words.overlaps(span) }) else { continue }
                    // "Seoul wants the steel tariffs lifted": a participle after the object of a verb of
                    // wanting acts on that object.
                    if i > words.lowerBound, reader.words[i].lower.hasSuffix("ed") || Lexicon.irregularPasts.contains(reader.words[i].lower),
                        let object = issueMentions.first(where: { reader.article.firstWord(atOrAfter: $0.range.end) == i && reader.spaced(i - 1) }),
                        case let start = reader.article.firstWord(atOrAfter: object.range.start),
                        (max(words.lowerBound, start - 3)..<start).contains(where: { Lexicon.wantVerbs.contains(reader.words[$0].lower) })
                    {
                        found.append(Action(issue: object.id, polarity: polarity, words: span, verbOnObject: true))
                        continue
                    }
                    guard let object = issueStarting(within: span.upperBound..<(span.upperBound + 4)) else {
                        // "the pickup tariff should be kept", "the clause would be revised": a
                        // passive with the issue as its subject, up to five words before.
                        guard i > words.lowerBound, ["be", "been", "is", "are", "was", "were", "being"].contains(reader.words[i - 1].lower),
                            let subject = issueMentions.last(where: { mention in
                                let end = reader.article.firstWord(atOrAfter: mention.range.end)
                                return end <= i - 1 && end >= max(words.lowerBound, i - 5)
                                    && !(end..<i).contains { reader.commaAfter($0 - 1) && $0 > end }
                            })
                        else { continue }
                        found.append(Action(issue: subject.id, polarity: polarity, words: span, verbOnObject: true))
                        continue
                    }
                    let objectWords = reader.article.wordIndices(in: object.range.start..<object.range.end)
                    // The action now covers its object, whose own action ("the withdrawal") it replaces.
                    found.removeAll { $0.words.overlaps(objectWords) }
                    let alone = (Lexicon.supportCues + Lexicon.opposeCues).contains(verb)
                    // "protect Korean farmers": an object on the issue's opposes side turns the action.
                    let side = sideOfObject(object.id, words: span.upperBound..<max(span.upperBound, objectWords.upperBound))
                    found.append(Action(
                        issue: object.id, polarity: side < 0 ? -polarity : polarity,
                        words: span.lowerBound..<max(span.upperBound, objectWords.upperBound),
                        verbOnObject: true, standsAlone: alone))
                }
            }
        }
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// The cue that governs an action: the nearest before it in its clause, up to six words
    /// ("opposes walking away", "urged the White House not to withdraw"), else one after it when
    /// the action is the subject of a copula or modal ("walking away would be a gift to our
    /// competitors", "scrapping the clause is a mistake").
    private func governing(_ action: Action, among cues: [Cue], floor: Int) -> Cue? {
        func clauseBreak(_ range: Range<Int>) -> Bool {
            range.contains { k in
                k + 1 < reader.words.count && (reader.article.gap(k, k + 1).contains(where: { ".;:!?".contains($0) })
                    || (reader.commaAfter(k) && k + 1 < reader.words.count && ["saying", "but", "while", "which", "although"].contains(reader.words[k + 1].lower))
                    // "… were a mistake, and that the renegotiation was overdue": a new clause.
                    || (reader.commaAfter(k) && k + 2 < reader.words.count && reader.words[k + 1].lower == "and" && reader.words[k + 2].lower == "that"))
            }
        }
        let first = action.words.lowerBound
        let before = cues.filter { cue in
            cue.words.upperBound <= first && first - cue.words.upperBound <= 6 && !cue.harm
                && !clauseBreak(cue.words.upperBound - 1..<first) && !(cue.words.upperBound..<first).contains { reader.commaAfter($0 - 1) && $0 > cue.words.upperBound }
        }.max { $0.words.upperBound < $1.words.upperBound }
        if let before { return before }
        let last = action.words.upperBound
        let copulas: Set<String> = ["is", "was", "are", "were", "be", "been", "would", "will", "could", "might", "may", "has", "have", "'s"]
        return cues.filter { cue in
            cue.words.lowerBound >= last && cue.words.lowerBound - last <= 8 && !cue.threat
                && !clauseBreak(max(last - 1, 0)..<cue.words.lowerBound)
                && (last..<cue.words.lowerBound).contains { copulas.contains(reader.words[$0].lower) }
        }.min { $0.words.lowerBound < $1.words.lowerBound }
    }

    private func plainCues(in words: Range<Int>) -> [Cue] {
        var cues: [Cue] = []
        let lists: [([String], Graph.Stance)] = [
            (Lexicon.supportCues + Lexicon.stanceSupportVerbs + Lexicon.stanceSupportEvaluations + Lexicon.advocacySupportVerbs
                + Lexicon.moreSupportCues, Graph.Stance.supports),
            (Lexicon.opposeCues + Lexicon.stanceOpposeVerbs + Lexicon.stanceOpposeEvaluations + Lexicon.advocacyOpposeVerbs
                + Lexicon.strainCues + Lexicon.lossCues + Lexicon.moreHarmCues, .opposes),
            (Lexicon.threatVerbs, .supports),
            (Lexicon.intentVerbs, .supports),
            (Lexicon.deniedFramings, .opposes),
        ]
        for i in words {
            for (list, stance) in lists {
                for cue in list {
                    guard Lexicon.matchesFirstWord(reader.words[i].lower, of: cue) else { continue }
                    let parts = cue.split(separator: " ").map(String.init)
                    guard i + parts.count <= words.upperBound else { continue }
                    let matches = parts.enumerated().allSatisfy { offset, part in
                        Lexicon.matches(reader.words[i + offset].lower, cue: part)
                    }
                    guard matches else { continue }
                    let span = i..<(i + parts.count)
                    // "Harmon" is no "harm*": a stem does not match a capitalised word inside a sentence.
                    if parts.enumerated().contains(where: { offset, part in
                        part.hasSuffix("*") && reader.words[i + offset].isCapitalized && i + offset > 0
                            && !reader.article.gap(i + offset - 1, i + offset).contains(where: { ".!?:\n\u{201C}\"".contains($0) })
                    }) {
                        continue
                    }
                    let negated = negation(before: i, floor: words.lowerBound)
                    if conditional(before: i, floor: words.lowerBound) { continue }
                    let text = span.map { reader.words[$0].lower }.joined(separator: " ")
                    // "not a bargaining chip": a framing counts only denied.
                    if Lexicon.deniedFramings.contains(cue), !negated { continue }
                    if noSide(at: i, in: words) { continue }
                    cues.append(Cue(
                        label: negated ? "not \(text)" : text, stance: stance, words: span, negated: negated,
                        threat: Lexicon.threatVerbs.contains(cue),
                        needsObject: Lexicon.stanceSupportVerbs.contains(cue) || Lexicon.stanceOpposeVerbs.contains(cue)
                            || Lexicon.advocacySupportVerbs.contains(cue) || Lexicon.advocacyOpposeVerbs.contains(cue)
                            || Lexicon.objectBoundSupportCues.contains(reader.words[i].lower),
                        governorOnly: Lexicon.intentVerbs.contains(cue),
                        harm: Lexicon.harmCues.contains(cue) || Lexicon.strainCues.contains(cue) || Lexicon.moreHarmCues.contains(cue),
                        valuesAfter: valuesAfter(span)))
                }
            }
            // "bad for the alliance": an evaluation of harm to what follows.
            if reader.words[i].lower == "bad", i + 1 < words.upperBound, reader.words[i + 1].lower == "for", reader.spaced(i),
                !conditional(before: i, floor: words.lowerBound)
            {
                let negated = negation(before: i, floor: words.lowerBound)
                cues.append(Cue(
                    label: negated ? "not bad for" : "bad for", stance: .opposes, words: i..<(i + 2), negated: negated,
                    valuesAfter: true))
            }
        }
        // A cue that is part of a name ("withdrawal" names an issue) is no cue; a longer cue wins
        // over one inside it.
        // Words inside a phrase that is no cue ("must do better") give none.
        var excluded = Set<Int>()
        for i in words {
            for phrase in Lexicon.notCues + Lexicon.moreNotCues {
                guard Lexicon.matchesFirstWord(reader.words[i].lower, of: phrase) else { continue }
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

    /// Whether the cue word `i` takes no side where it stands: "keep" meaning "go on" ("will keep
    /// buying"), "opposition" naming the political opposition ("opposition lawmakers", "the
    /// opposition Democratic Party"), a bare "back" that is a particle or an adverb ("get that
    /// back", "sent the draft back") rather than the verb ("would back", "to back").
    private func noSide(at i: Int, in words: Range<Int>) -> Bool {
        let word = reader.words[i].lower
        let next = i + 1 < reader.words.count && reader.spaced(i) ? reader.words[i + 1] : nil
        if Lexicon.continuingVerbs.contains(word), let next, next.lower.hasSuffix("ing"), next.lower.count > 4,
            !next.isCapitalized
        {
            return true
        }
        // "another fight over tariffs", "a long fight": the noun.
        if word == "fight", i > 0, reader.spaced(i - 1),
            Lexicon.beforeNounFight.contains(reader.words[i - 1].lower) || next?.lower == "over"
        {
            return true
        }
        if word == "opposition", let next, Lexicon.politicalOpposition.contains(next.lower) || next.isCapitalized {
            return true
        }
        if word == "back", i > words.lowerBound, !reader.article.gap(i - 1, i).contains(where: { ".!?:;\u{201C}\"\n".contains($0) }) {
            let before = reader.words[i - 1].lower.replacingOccurrences(of: "\u{2019}", with: "'")
            // "groups that back the deal": an object after it makes it the verb.
            let object = next.map { $0.isCapitalized || Lexicon.objectOpeners.contains($0.lower) } ?? false
            return !object && !Lexicon.beforeVerbBack.contains(before) && !before.hasSuffix("n't")
                && !(before.hasSuffix("ly") && before.count > 4)
        }
        return false
    }

    /// Whether the object of a verb cue ("protect Korean farmers from …") stands on the opposes
    /// side of `issue`'s definition: the words after the verb in its clause, up to six.
    private func onOpposesSide(_ issue: Slug, of cue: Cue, in clause: Range<Int>) -> Bool {
        guard cue.namesIssue == nil, !cue.harm, !cue.valuesAfter, cue.words.count == 1,
            Lexicon.objectSideVerbs.contains(where: { Lexicon.matches(reader.words[cue.words.lowerBound].lower, cue: $0) })
        else { return false }
        let end = min(clause.upperBound, cue.words.upperBound + 6)
        return sideOfObject(issue, words: cue.words.upperBound..<max(cue.words.upperBound, end)) < 0
    }

    /// Which side of `issue`'s definition the words of `range` stand on (+1, −1, or 0).
    private func sideOfObject(_ issue: Slug, words range: Range<Int>) -> Int {
        guard let sides = sides[issue], !range.isEmpty else { return 0 }
        return sides.side(of: range.map { reader.words[$0].lower })
    }

    /// The speaker of "X said the steel duties the administration is weighing would …" when
    /// `name` stands in a relative clause on the reported clause's subject (a noun phrase opened
    /// by a determiner right after the verb of saying, with no verb of its own before the name):
    /// X, as a known or new actor; nil otherwise.
    private func reporterOfNounPhrase(around name: Mention) -> Mention? {
        let first = reader.article.firstWord(atOrAfter: name.range.start)
        guard first > 2, !reader.inQuote(first) else { return nil }
        var opening = first - 1
        // Back to the verb of saying, over at most six words of the subject noun phrase.
        while opening > 0, first - opening <= 6, !reader.isSpeechVerb(opening - 1, characterizing: false) {
            if reader.commaAfter(opening - 1) || reader.article.gap(opening - 1, opening).contains(where: { ".;:!?".contains($0) }) {
                return nil
            }
            opening -= 1
        }
        guard opening > 0, reader.isSpeechVerb(opening - 1, characterizing: false) else { return nil }
        let verb = opening - 1
        if reader.words[opening].lower == "that" { opening += 1 }
        let phrase = opening..<first
        let head = first - 1
        guard phrase.count >= 2, ["the", "a", "an", "its", "their", "any", "these", "those"].contains(reader.words[opening].lower),
            !phrase.contains(where: { reader.isNameWord($0) || reader.actorAt[$0] != nil || reader.isSpeechVerb($0, characterizing: false) }),
            // "said last week the …", "said the day after the …": a time, not a subject.
            !["week", "month", "year", "day", "time", "morning", "night", "weekend", "after", "before", "when"].contains(reader.words[head].lower),
            !["in", "at", "from", "to", "on", "of", "for", "with", "into", "by", "about", "than", "that"].contains(reader.words[head].lower),
            let subject = reader.subject(before: verb, floor: max(0, verb - 12))
        else { return nil }
        let id: Slug?
        switch subject.referent {
        case .actor(let known): id = known
        case .newName(let newName): id = newIDs[newName]
        case .pronoun, .anonymous, .title: id = nil
        }
        guard let id, id != name.id, let opener = subject.words.first else { return nil }
        let actorName = reader.finder.actors[id]?.name ?? newIDs.first { $0.value == id }?.key ?? id.rawValue
        return Mention(
            kind: .actor, id: id, name: actorName, text: actorName,
            range: TextRange(start: reader.words[opener].start, end: reader.words[subject.words.upperBound - 1].end))
    }

    /// Whether `cue` opens a coordinated predicate (", and opposed …") and has an object of two
    /// words or more after it in its clause.
    private func coordinatedWithObject(_ cue: Cue, clause: Range<Int>) -> Bool {
        let first = cue.words.lowerBound
        guard first >= 2, clause.lowerBound >= first - 1, reader.words[first - 1].lower == "and", reader.commaAfter(first - 2)
        else { return false }
        return clause.upperBound - cue.words.upperBound >= 2
    }

    /// Whether a cue outside quotes stands in a clause a verb of predicting governs ("predicting
    /// that Washington would … seek", "expects Seoul to welcome …"): a prediction takes no side.
    private func predicted(_ cue: Cue, in sentence: Range<Int>) -> Bool {
        let first = min(cue.anchor.lowerBound, cue.words.lowerBound)
        guard !reader.inQuote(first) else { return false }
        return (sentence.lowerBound..<first).contains { k in
            Lexicon.predictionVerbs.contains(reader.words[k].lower) && !reader.inQuote(k)
                // "as expected": no clause follows.
                && !(k > 0 && reader.words[k - 1].lower == "as")
        }
    }

    /// Where the object of an object-bound support verb ends ("defend its interests against the
    /// steel tariffs": at "against"); past the end of the text for any other cue.
    private func directObjectEnd(of cue: Cue) -> Int {
        guard Lexicon.objectBoundSupportCues.contains(reader.words[cue.words.lowerBound].lower) else { return Int.max }
        let prepositions: Set<String> = ["against", "for", "from", "in", "on", "with", "to", "of", "over", "at", "by", "as", "into", "under"]
        var k = cue.words.upperBound
        while k < reader.words.count, k < cue.words.upperBound + 8, !prepositions.contains(reader.words[k].lower) { k += 1 }
        return k
    }

    /// Whether the evaluation `span` is followed by "for" ("not good for the alliance").
    private func valuesAfter(_ span: Range<Int>) -> Bool {
        let last = span.upperBound - 1
        return span.count == 1 && Lexicon.evaluationsFor.contains(reader.words[last].lower)
            && span.upperBound < reader.words.count && reader.spaced(last) && reader.words[span.upperBound].lower == "for"
    }

    /// The tone of a quote with no cue: the sum of its words' valence (`ToneLexicon`), a negation up to three
    /// words before a word turning it around; supports above +1.5, opposes below -1.5, nothing between.
    /// Words of names and issue names do not count.
    private func tone(of words: Range<Int>, opening: Int?) -> (stance: Graph.Stance, labels: [String])? {
        var total = 0.0
        var labels: [String] = []
        let names = reader.mentions.map(\.range)
        for i in words where i != opening && !reader.isNameWord(i) && !names.contains(where: { overlaps(i..<(i + 1), $0) }) {
            guard let value = ToneLexicon.valence[reader.words[i].lower],
                // "We are ready for any scenario": readiness is no tone.
                !Lexicon.neutralToneWords.contains(reader.words[i].lower)
            else { continue }
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
            guard let first = span.first, words.contains(first), negation(before: first, floor: words.lowerBound, within: 3),
                // "no chapter of KORUS changes that": the negation is another noun's.
                !(max(words.lowerBound, first - 3)..<first).contains(where: { ["of", "in", "for", "from", "about"].contains(reader.words[$0].lower) }),
                // "never opposed the alliance": the negation is the verb's, not the name's.
                !plainCues(in: max(words.lowerBound, first - 3)..<first).contains(where: { !$0.words.contains(first) })
            else { continue }
            found.append(Cue(
                label: "not \(mention.text.lowercased())", stance: .opposes, words: span, negated: false, namesIssue: mention.id))
        }
        for i in words {
            for (phrase, meaning) in Lexicon.issuePhrases {
                guard Lexicon.matchesFirstWord(reader.words[i].lower, of: phrase) else { continue }
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

    /// Whether word `i` stands in an "if" or "unless" clause, which takes no side, or in the
    /// main clause after one with a modal of possibility ("If the talks fail, we could support a
    /// withdrawal").
    private func conditional(before i: Int, floor: Int) -> Bool {
        if (floor..<min(floor + 2, i)).contains(where: { ["if", "unless"].contains(reader.words[$0].lower) }),
            (max(floor, i - 3)..<i).contains(where: { Lexicon.possibilityModals.contains(reader.words[$0].lower) })
        {
            return true
        }
        var k = i - 1
        while k >= floor, k >= i - 16 {
            if reader.commaAfter(k) || reader.article.gap(k, k + 1).contains(where: { ".;:!?".contains($0) }) { return false }
            // "asking whether the president's repeated threats … had helped or hurt": an indirect
            // question takes no side however long its clause.
            if reader.words[k].lower == "whether" { return true }
            if k >= i - 8, ["if", "unless"].contains(reader.words[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// The clause of word `i` within `words`: bounded by `;`, `:`, a dash, or a comma before a
    /// word that opens a clause (`but`, `while`, `whereas` … `Lexicon.clauseOpeners`), or `but`.
    private func clause(of i: Int, within words: Range<Int>) -> Range<Int> {
        func boundary(after k: Int) -> Bool {
            guard k + 1 < words.upperBound else { return true }
            let gap = reader.article.gap(k, k + 1)
            if gap.contains(where: { ";:\u{2014}".contains($0) }) { return true }
            let next = reader.words[k + 1].lower
            return (gap.contains(",") && Lexicon.clauseOpeners.contains(next)) || ["but", "whereas"].contains(next)
        }
        var lower = i
        while lower > words.lowerBound, !boundary(after: lower - 1) { lower -= 1 }
        var upper = i
        while upper + 1 < words.upperBound, !boundary(after: upper) { upper += 1 }
        return lower..<(upper + 1)
    }

    /// Whether `issue` is what a harm cue acts on ("would hurt our shipyards"): named after the
    /// cue in its clause, and not before it.
    private func harmed(_ issue: Slug, by cue: Cue, in clause: Range<Int>) -> Bool {
        guard cue.harm || cue.valuesAfter else { return false }
        let mentions = reader.issueMentions.filter { $0.id == issue }.map { reader.article.firstWord(atOrAfter: $0.range.start) }
            .filter { clause.contains($0) }
        return !mentions.isEmpty && mentions.allSatisfy { $0 >= cue.words.upperBound }
    }

    /// Whether the object of `cue` is the absence of `issue` ("welcomed the absence of new beef
    /// concessions"): a word of absence and "of" stand between the cue and the issue's first
    /// mention after it in its clause, within six words.
    private func denied(_ issue: Slug, by cue: Cue, in clause: Range<Int>) -> Bool {
        guard cue.namesIssue == nil, !cue.harm, !cue.valuesAfter else { return false }
        let mentions = reader.issueMentions.filter { $0.id == issue }.map { reader.article.firstWord(atOrAfter: $0.range.start) }
        // An issue the clause talks about in words, not by a name: the cue's object itself is the
        // absence ("welcomed the absence of new farm concessions").
        if !mentions.contains(where: { clause.contains($0) }) {
            let end = min(clause.upperBound, cue.words.upperBound + 3)
            return (cue.words.upperBound..<max(cue.words.upperBound, end)).contains { k in
                Lexicon.absenceWords.contains(reader.words[k].lower) && k + 1 < clause.upperBound && reader.words[k + 1].lower == "of"
            }
        }
        guard let first = mentions.filter({ clause.contains($0) && $0 >= cue.words.upperBound }).min(),
            first - cue.words.upperBound <= 6
        else { return false }
        return (cue.words.upperBound..<first).contains { k in
            Lexicon.absenceWords.contains(reader.words[k].lower) && k + 1 < first && reader.words[k + 1].lower == "of"
        }
    }

    /// An evaluation's cue for what it is said to help or harm ("not good for the alliance"):
    /// that is valued, whichever way the evaluation goes.
    private func valued(_ cue: Cue) -> Cue {
        var turned = cue
        turned.stance = .supports
        turned.negated = false
        turned.valuesAfter = false
        return turned
    }

    /// A cue read the other way round (what a harm verb harms is valued).
    private func flipped(_ cue: Cue) -> Cue {
        var turned = cue
        turned.stance = flip(cue.stance)
        turned.harm = false
        return turned
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
