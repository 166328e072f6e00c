import StanceCore

/// A candidate position before it gets an id.
struct CandidatePosition: Sendable, Equatable {
    var actor: Slug
    var actorName: String
    var issue: Slug
    var issueName: String
    var stance: Graph.Stance
    var confidence: Graph.Position.Confidence
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

    private struct Cue {
        var label: String
        var stance: Graph.Stance
        var words: Range<Int>
        var negated: Bool
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
            let quoted = allCues.filter { quoteWords.contains($0.words.lowerBound) }
            let cues = quoted.isEmpty ? allCues : quoted
            guard !cues.isEmpty else { continue }
            let inQuote = issueMentions.filter { quote.range.start <= $0.range.start && $0.range.end <= quote.range.end }
            let inSentence = issueMentions.filter { quote.sentence.start <= $0.range.start && $0.range.end <= quote.sentence.end }
            let issues = inQuote.isEmpty ? inSentence : inQuote
            let sentence = article.string(quote.sentence.start..<quote.sentence.end)
            for issue in unique(issues) {
                let relevant = cues.filter { !overlaps($0.words, issue.range) }
                guard let (stance, labels, negated) = judge(relevant) else { continue }
                let cueInQuote = relevant.contains { quoteWords.contains($0.words.lowerBound) }
                let confidence: Graph.Position.Confidence = cueInQuote && !negated && stance != .mixed ? .medium : .low
                add(CandidatePosition(
                    actor: actor, actorName: speaker.name, issue: issue.id, issueName: issue.name, stance: stance,
                    confidence: confidence, cues: labels, quote: index, sentence: sentence))
            }
        }

        for sentence in article.sentences {
            let trimmed = article.trimmedSentence(sentence)
            guard !quotedSentences.contains(trimmed.range.start), !quotedSentences.contains(sentence.start) else { continue }
            let sentenceWords = article.wordIndices(in: sentence.start..<sentence.end)
            let issues = issueMentions.filter { sentence.start <= $0.range.start && $0.range.end <= sentence.end }
            guard !issues.isEmpty else { continue }
            var actors = reader.mentions.filter {
                $0.kind == .actor && sentence.start <= $0.range.start && $0.range.end <= sentence.end
            }
            for introduction in reader.introductions {
                let first = reader.words[introduction.words.lowerBound]
                let last = reader.words[introduction.words.upperBound - 1]
                guard sentence.start <= first.start, last.end <= sentence.end, let id = newIDs[introduction.name] else { continue }
                actors.append(Mention(
                    kind: .actor, id: id, name: introduction.name, text: introduction.name,
                    range: TextRange(start: first.start, end: last.bareEnd)))
            }
            guard !actors.isEmpty else { continue }
            for cue in findCues(in: sentenceWords) {
                let cueStart = reader.words[cue.words.lowerBound].start
                let nearestIssue = issues.filter { !overlaps(cue.words, $0.range) }
                    .min { abs($0.range.start - cueStart) < abs($1.range.start - cueStart) }
                guard let issue = nearestIssue else { continue }
                let holder = self.holder(of: cue, among: actors.filter { !rangesOverlap($0.range, issue.range) })
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

    /// Who a cue in a sentence is about: the actor after "by" ("backed by the US business
    /// community"), else the nearest actor named before the cue.
    private func holder(of cue: Cue, among actors: [Mention]) -> Mention? {
        let after = cue.words.upperBound
        let first = cue.words.lowerBound
        let passive = (max(0, first - 2)..<first).contains { ["is", "was", "are", "were", "been", "being", "be"].contains(reader.words[$0].lower) }
        if after < reader.words.count, reader.words[after].lower == "by" {
            let next = reader.words[min(after + 1, reader.words.count - 1)].start
            let following = actors.filter { $0.range.start >= next }.min { $0.range.start < $1.range.start }
            if let following, following.range.start - next <= 4 { return following }
            return nil
        }
        // "is being criticized": the one named before is the target, not the holder.
        if passive { return nil }
        let start = reader.words[cue.words.lowerBound].start
        return actors.filter { $0.range.end <= start }.max { $0.range.start < $1.range.start }
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
                    let negated = (max(words.lowerBound, i - 3)..<i).contains { Lexicon.negations.contains(reader.words[$0].lower) }
                    let text = span.map { reader.words[$0].lower }.joined(separator: " ")
                    cues.append(Cue(label: negated ? "not \(text)" : text, stance: stance, words: span, negated: negated))
                }
            }
        }
        // A cue that is part of a name ("withdrawal" names an issue) is no cue; a longer cue wins
        // over one inside it.
        let names = reader.mentions.map(\.range)
        return cues.filter { cue in !names.contains { overlaps(cue.words, $0) } }.filter { cue in
            !cues.contains { other in other.words != cue.words && other.words.contains(cue.words.lowerBound) && other.words.count > cue.words.count }
        }
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
