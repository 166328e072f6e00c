import StanceCore

/// Proposes what a researcher would code from a new article: quotes with speakers, mentions of
/// known actors and issues, new actors with their affiliations, and candidate positions.
///
/// ```swift
/// let extractor = Extractor(graph: graph)
/// let proposals = extractor.extract(text, source: ProposedSource(id: id, title: "…", date: date, text: text))
/// print(proposals.reviewYAML())
/// ```
public struct Extractor: Sendable {
    /// The graph the article is read against (its actors, issues and the ids already taken).
    public let graph: GraphContents
    let finder: MentionFinder
    /// Each issue's two sides as its definition words them, read once per graph, not per article.
    let sides: [Slug: IssueSides]
    /// The issues whose definition calls a threat `mixed` ("a threat used as leverage is not a preference").
    let threatMixed: Set<Slug>

    /// An extractor over the actors and issues of `graph`.
    public init(graph: GraphContents) {
        self.graph = graph
        finder = MentionFinder(actors: graph.actors, issues: graph.issues)
        var sides: [Slug: IssueSides] = [:]
        for issue in graph.issues {
            sides[issue.id] = issue.description.flatMap { IssueSides(description: $0, names: issue.aliases) }
        }
        self.sides = sides
        threatMixed = Set(graph.issues.filter { issue in
            let text = (issue.description ?? "").lowercased()
            return text.contains("mixed =") && text.contains("threat")
        }.map(\.id))
    }

    /// The proposals for `text`, the article of `source` (whose `text` is replaced by `text`).
    public func extract(_ text: String, source: ProposedSource) -> Proposals {
        var reader = Reader(text, finder: finder)
        var found = QuoteFinder(mentionFinder: finder).attribute(&reader)
        var proposedSource = source
        proposedSource.text = text
        if let stored = graph.sources.first(where: { $0.id == source.id }) {
            proposedSource.exists = true
            proposedSource.accept = false
            proposedSource.title = proposedSource.title ?? stored.title
            proposedSource.outlet = proposedSource.outlet ?? stored.outlet
            proposedSource.date = proposedSource.date ?? stored.date
        }
        var ids = IDPool(graph: graph)

        // New actors: appositive introductions, the new organisations they name, unknown speakers.
        var actors: [ProposedActor] = []
        var affiliations: [ProposedAffiliation] = []
        var newIDs: [String: Slug] = [:]
        func newActor(_ name: String, kind: Graph.Actor.Kind, description: String?, context: String) -> Slug? {
            if let id = newIDs[name] { return id }
            guard let id = ids.take(.actor, base: name) else { return nil }
            newIDs[name] = id
            // An organisation's initials written in the article ("UMFW") are its alias.
            let aliases = kind == .person ? Extractor.shortName(of: name).map { [$0] } ?? [] : reader.acronym(of: name).map { [$0] } ?? []
            actors.append(ProposedActor(id: id, name: name, kind: kind, aliases: aliases, description: description, context: context))
            return id
        }
        for introduction in reader.introductions {
            let context = reader.article.string(introduction.sentence.start..<introduction.sentence.end)
            guard let id = newActor(introduction.name, kind: introduction.kind, description: introduction.description, context: context)
            else { continue }
            guard let role = introduction.role, let organization = introduction.organization else { continue }
            let organizationID: Slug?
            switch organization {
            case .known(let known): organizationID = known
            case .new(let name): organizationID = newActor(name, kind: Extractor.guessKind(name, organization: true), description: nil, context: context)
            }
            guard let organizationID, let affiliationID = ids.take(.affiliation, base: "\(id)-\(organizationID)") else { continue }
            affiliations.append(ProposedAffiliation(id: affiliationID, actor: id, organization: organizationID, role: role))
        }
        // The person an interview printed as questions and answers is with: a new actor when the graph lacks them.
        var interviewees: [Int: Mention] = [:]
        for (paragraph, phrase) in reader.interviewees() {
            let start = reader.words[phrase.words.lowerBound].start
            let end = reader.words[phrase.words.upperBound - 1].bareEnd
            switch phrase.referent {
            case .actor(let id):
                let name = graph.actors.first { $0.id == id }?.name ?? id.rawValue
                interviewees[paragraph] = Mention(kind: .actor, id: id, name: name, text: name, range: TextRange(start: start, end: end))
            case .newName(let name):
                let context = reader.article.string(reader.article.paragraphs[paragraph])
                if let id = newActor(name, kind: .person, description: nil, context: context) {
                    interviewees[paragraph] = Mention(kind: .actor, id: id, name: name, text: name, range: TextRange(start: start, end: end))
                }
            case .anonymous, .pronoun, .title:
                continue
            }
        }
        for index in found.indices {
            guard var speaker = found[index].speaker, speaker.isNew else { continue }
            let context = reader.article.string(found[index].sentence.start..<found[index].sentence.end)
            speaker.id = newActor(speaker.name, kind: Extractor.guessKind(speaker.name), description: nil, context: context)
            found[index].speaker = speaker
        }
        // A person who speaks only in paraphrase ("Ines Moreau, who runs a dairy …, said she expected
        // prices to fall") is a source too.
        for spoken in reader.reportingNames where spoken.word < reader.words.count && Extractor.guessKind(spoken.name) == .person {
            let offset = reader.words[spoken.word].start
            guard let sentence = reader.article.sentences.first(where: { $0.start <= offset && offset < $0.end }) else { continue }
            _ = newActor(spoken.name, kind: .person, description: nil, context: reader.article.trimmedSentence(sentence).text)
        }

        // Quotes, with ids made from the speaker and the first words.
        var quotes: [ProposedQuote] = []
        for quote in found {
            // The speaker's short name: the last word of the id, or the family name of a name
            // written family name first ("kwon" for kwon-min-ji, not "ji").
            let familyFirst = quote.speaker.map { Extractor.isFamilyNameFirst($0.name.split(separator: " ").map(String.init)) } ?? false
            let stem = quote.speaker?.id.map { id in
                familyFirst ? (id.rawValue.split(separator: "-").first.map(String.init) ?? id.rawValue)
                    : (id.rawValue.split(separator: "-").last.map(String.init) ?? id.rawValue)
            } ?? "quote"
            let base = ([stem] + Extractor.keyWords(quote.text, count: 3)).joined(separator: "-")
            guard let id = ids.take(.quote, base: base) else { continue }
            quotes.append(ProposedQuote(
                id: id, text: quote.text, range: quote.range, speaker: quote.speaker, attribution: quote.attribution,
                reference: quote.reference, issues: quote.issues, issuesFrom: quote.issuesFrom))
        }

        // Candidate positions, all inferred.
        var positions: [ProposedPosition] = []
        let finder = PositionFinder(
            reader: reader, newIDs: newIDs, newIssue: reader.newIssue(), threatMixed: threatMixed, sides: sides,
            interviewees: interviewees)
        var candidates = finder.candidates(quotes: found)
        // A leader speaking in public speaks for the organisation: "Its president, NAME, said …";
        // for a membership organisation only (an association, a union …), not a ministry or a company.
        for affiliation in affiliations where Lexicon.leaderRoles.contains(where: { affiliation.role.lowercased().hasSuffix($0) }) {
            let organization = actors.first { $0.id == affiliation.organization }?.name
                ?? graph.actors.first { $0.id == affiliation.organization }?.name ?? affiliation.organization.rawValue
            let kind = actors.first { $0.id == affiliation.organization }?.kind ?? graph.actors.first { $0.id == affiliation.organization }?.kind
            guard kind != .government,
                NameMatching.key(organization).split(separator: " ").contains(where: { Lexicon.membershipWords.contains(String($0)) })
            else { continue }
            for candidate in candidates where candidate.actor == affiliation.actor {
                var spoken = candidate
                spoken.actor = affiliation.organization
                spoken.actorName = organization
                spoken.basis = .inferred
                spoken.confidence = .low
                spoken.cues = candidate.cues + ["\(candidate.actorName), its \(affiliation.role)"]
                if !candidates.contains(where: { $0.actor == spoken.actor && $0.issue == spoken.issue && $0.stance == spoken.stance }) {
                    candidates.append(spoken)
                }
            }
        }
        for candidate in candidates {
            let base = "\(candidate.actor)-\(candidate.stance.rawValue)-\(candidate.issue)"
            guard let id = ids.take(.position, base: base) else { continue }
            let quoteID = candidate.quote.flatMap { $0 < quotes.count ? quotes[$0].id : nil }
            let verb: String
            switch candidate.stance {
            case .supports: verb = "supports"
            case .opposes: verb = "opposes"
            case .mixed: verb = "has a mixed view of"
            case .neutral: verb = "is neutral on"
            }
            let paraphrase = "\(candidate.actorName) \(verb) \(candidate.issueName) (cue: \(candidate.cues.joined(separator: ", ")))."
            positions.append(ProposedPosition(
                id: id, actor: candidate.actor, issue: candidate.issue, stance: candidate.stance,
                basis: candidate.basis, reportedBy: candidate.reportedBy, confidence: candidate.confidence, cues: candidate.cues, quote: quoteID, paraphrase: paraphrase,
                sentence: candidate.sentence))
        }
        let issues: [ProposedIssue] = reader.newIssue().map { issue -> [ProposedIssue] in
            let context = reader.article.string(issue.sentence.start..<issue.sentence.end)
            // The description: the first sentence of the body that uses the key word (the title
            // names it, the lead says what it is), for the coder to reword.
            let body = reader.article.sentences.first { sentence in
                sentence.paragraph > 0 && reader.topicalWords(reader.article.wordIndices(in: sentence.start..<sentence.end))
                    .contains { IssueVocabulary.stem($0) == IssueVocabulary.stem(issue.key) }
            }
            let described = body.map { reader.article.trimmedSentence($0).text } ?? context
            return [ProposedIssue(
                id: issue.id, name: issue.name, key: issue.key, context: context,
                description: "From source \(source.id): \(described)")]
        } ?? []
        return Proposals(
            source: proposedSource, quotes: quotes, actors: actors, affiliations: affiliations, positions: positions,
            issues: issues, mentions: reader.mentions)
    }

    /// A kind for a new name by simple cues: organisation words ("Institute", "Council") make an
    /// organization; two to four capitalised words otherwise make a person.
    public static func guessKind(_ name: String, organization: Bool = false) -> Graph.Actor.Kind {
        let words = NameMatching.key(name).split(separator: " ").map(String.init)
        if organization || words.contains(where: { Lexicon.isOrganizationWord($0) }) { return .organization }
        return (2...4).contains(words.count) ? .person : .organization
    }

    /// The short form a person's name is repeated by: the family name. It comes last ("Feld"),
    /// except in East Asian names written family name first: a hyphenated given name ("Kim
    /// Soo-yeon") or a common family name before a one-word given name of five letters or fewer
    /// ("Zhang Wei"), or of two or three Pinyin syllables ("Wang Jianguo").
    public static func shortName(of name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1, let first = words.first, let last = words.last else { return nil }
        if Extractor.isFamilyNameFirst(words) { return first }
        return last
    }

    /// Whether a person's name is written family name first (see `shortName(of:)`).
    static func isFamilyNameFirst(_ words: [String]) -> Bool {
        guard words.count == 2 || words.count == 3, let first = words.first, let last = words.last else { return false }
        let hyphenated = last.split(separator: "-")
        let givenHyphenated = hyphenated.count == 2 && hyphenated[1].first.map { $0.isLowercase } == true
        if givenHyphenated { return true }
        return words.count == 2 && Lexicon.eastAsianFamilyNames.contains(first.lowercased())
            && (last.count <= 5 || Reader.isPinyinGivenName(last))
            || Reader.isFamilyNameFirst(words)
    }

    /// The first `count` words of `text` that say something (for readable ids).
    static func keyWords(_ text: String, count: Int) -> [String] {
        let stop: Set<String> = [
            "a", "an", "the", "is", "are", "was", "to", "of", "and", "in", "on", "it", "its", "that", "this", "we",
            "our", "i", "be", "for", "with", "by", "at", "as", "has", "have", "not", "so", "but", "if",
        ]
        let words = NameMatching.key(text).split(separator: " ").map(String.init)
        let kept = words.filter { !stop.contains($0) && Slug.make(from: $0) != nil }
        return Array((kept.isEmpty ? words : kept).prefix(count))
    }
}

/// Ids handed out for one set of proposals: fresh against the graph and against each other.
struct IDPool {
    enum Kind { case actor, quote, position, affiliation }
    private var taken: [Kind: Set<String>] = [:]

    init(graph: GraphContents) {
        taken[.actor] = Set(graph.actors.map(\.id.rawValue))
        taken[.quote] = Set(graph.quotes.map(\.id.rawValue))
        taken[.position] = Set(graph.positions.map(\.id.rawValue))
        taken[.affiliation] = Set(graph.affiliations.map(\.id.rawValue))
    }

    /// A fresh id made from `base` (`base`, then `base-2`, `base-3` …); nil when no slug can be made.
    mutating func take(_ kind: Kind, base: String) -> Slug? {
        guard let stem = Slug.make(from: String(base.prefix(60))) else { return nil }
        var candidate = stem.rawValue
        var number = 2
        while taken[kind, default: []].contains(candidate) {
            candidate = "\(stem.rawValue)-\(number)"
            number += 1
        }
        taken[kind, default: []].insert(candidate)
        return Slug(candidate)
    }
}
