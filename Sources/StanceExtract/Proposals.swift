import StanceCore

/// Who a quote is attributed to: a known actor (with its id), or a new name the graph does not know.
public struct Speaker: Sendable, Equatable {
    /// The actor's display name, or the name as the article introduces it.
    public var name: String
    /// The actor id: a known actor's, or the id proposed for a new one (`isNew`).
    public var id: Slug?
    /// Whether the speaker is a new actor proposed from this article.
    public var isNew: Bool

    /// A speaker: a known actor (`isNew` false) or a proposed new one.
    public init(name: String, id: Slug?, isNew: Bool = false) {
        self.name = name
        self.id = id
        self.isNew = isNew
    }

    /// The id of a known actor; nil for a new one.
    public var knownID: Slug? { isNew ? nil : id }
}

/// How a quote was attributed (the pattern that matched).
public enum Attribution: String, Sendable, CaseIterable {
    /// `"…," said X`.
    case saidX = "said-x"
    /// `"…," X said` (also with an appositive, or later in the sentence).
    case xSaid = "x-said"
    /// `X said (that) … "…"`, `X called it a "…"`.
    case xSaidQuote = "x-said-quote"
    /// `according to X, "…"`.
    case accordingTo = "according-to"
    /// A further quote in the paragraph of an attributed one.
    case continuation
    /// No attribution found: the speaker is left for the researcher.
    case unattributed
}

/// How the speaker was named where the quote is attributed.
public enum Reference: String, Sendable, CaseIterable {
    /// By a name or alias ("Sue Mi Terry", "USTR Robert Lighthizer").
    case name
    /// By a short form of a name given earlier ("Ms. Terry", "Cutler", "the Office").
    case shortName = "short-name"
    /// By a title ("the president").
    case title
    /// By a pronoun carried to the last named speaker ("she said").
    case pronoun
    /// Anonymously ("analysts say", "a spokesman said"): never resolved to anyone.
    case anonymous
}

/// A quoted passage of an article, with the speaker it is attributed to.
public struct FoundQuote: Sendable, Equatable {
    /// The words inside the quote marks (without a closing comma, or the closing period of a fragment).
    public var text: String
    /// Where the words stand, in code points (end exclusive).
    public var range: TextRange
    /// The speaker; nil when anonymous or not found.
    public var speaker: Speaker?
    public var attribution: Attribution
    /// How the speaker was named; nil when no attribution was found.
    public var reference: Reference?
    /// Issues mentioned in the quote or near it (its sentence, else its paragraph, else the one before).
    public var issues: [Slug]
    /// The sentence that holds the quote.
    public var sentence: TextRange
    /// Where the issues were found: "sentence", "paragraph", "paragraph before", "dominant issue", "article topic".
    public var issuesFrom: String?

    /// A found quote with the given fields.
    public init(
        text: String, range: TextRange, speaker: Speaker?, attribution: Attribution, reference: Reference?,
        issues: [Slug], sentence: TextRange
    ) {
        self.text = text
        self.range = range
        self.speaker = speaker
        self.attribution = attribution
        self.reference = reference
        self.issues = issues
        self.sentence = sentence
    }

    /// Whether the speaker is anonymous ("officials said"), as opposed to not found.
    public var isAnonymous: Bool { reference == .anonymous }
}

/// The article a review belongs to: an existing source, or one to create from `--title/--outlet/--date`.
public struct ProposedSource: Sendable, Equatable {
    public var id: Slug
    public var title: String?
    public var outlet: String?
    public var date: PartialDate?
    /// Whether the source is already in the database (then nothing about it is created).
    public var exists: Bool
    /// Whether to create it (a new source only).
    public var accept: Bool
    /// The article text, exactly as received.
    public var text: String

    /// A source proposal; `exists` and `accept` are false unless given.
    public init(
        id: Slug, title: String? = nil, outlet: String? = nil, date: PartialDate? = nil, exists: Bool = false,
        accept: Bool = false, text: String
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.exists = exists
        self.accept = accept
        self.text = text
    }
}

/// A quote proposed for coding.
public struct ProposedQuote: Sendable, Equatable {
    public var id: Slug
    public var accept: Bool
    public var text: String
    public var range: TextRange
    public var speaker: Speaker?
    public var attribution: Attribution
    public var reference: Reference?
    public var issues: [Slug]
    /// Where the issues were found (shown to the coder; not applied).
    public var issuesFrom: String?

    /// A quote proposal, not accepted unless `accept` is given.
    public init(
        id: Slug, accept: Bool = false, text: String, range: TextRange, speaker: Speaker?,
        attribution: Attribution, reference: Reference?, issues: [Slug], issuesFrom: String? = nil
    ) {
        self.issuesFrom = issuesFrom
        self.id = id
        self.accept = accept
        self.text = text
        self.range = range
        self.speaker = speaker
        self.attribution = attribution
        self.reference = reference
        self.issues = issues
    }
}

/// A new actor proposed from an appositive ("Jeff Ferry, research director at …") or an unknown speaker.
public struct ProposedActor: Sendable, Equatable {
    public var id: Slug
    public var accept: Bool
    public var name: String
    public var kind: Graph.Actor.Kind
    public var aliases: [String]
    public var description: String?
    /// The sentence that introduces it.
    public var context: String

    /// An actor proposal, not accepted unless `accept` is given.
    public init(
        id: Slug, accept: Bool = false, name: String, kind: Graph.Actor.Kind, aliases: [String] = [],
        description: String? = nil, context: String
    ) {
        self.id = id
        self.accept = accept
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.context = context
    }
}

/// A new actor's role in an organisation, from the appositive that introduces it.
public struct ProposedAffiliation: Sendable, Equatable {
    public var id: Slug
    public var accept: Bool
    public var actor: Slug
    public var organization: Slug
    public var role: String

    /// An affiliation proposal, not accepted unless `accept` is given.
    public init(id: Slug, accept: Bool = false, actor: Slug, organization: Slug, role: String) {
        self.id = id
        self.accept = accept
        self.actor = actor
        self.organization = organization
        self.role = role
    }
}

/// An issue the article is about that the graph lacks, named from the text ("Currency side
/// deal"). The review shows it; quotes and positions may name it; `--apply` creates it when the
/// coder accepts it (`accept: yes`), before the quotes and positions that name it.
public struct ProposedIssue: Sendable, Equatable {
    public var id: Slug
    /// Whether to create it (the coder's yes).
    public var accept: Bool
    public var name: String
    /// The word the article keeps using for it ("currency").
    public var key: String
    /// The sentence that names it first.
    public var context: String
    /// What the issue is, from the text (the sentence that names it), for the coder to reword.
    public var description: String?
    /// The known issue it belongs under, when the article names one ("korus"); nil otherwise.
    public var parent: Slug?

    /// A new issue proposal, not accepted unless `accept` is given.
    public init(
        id: Slug, accept: Bool = false, name: String, key: String, context: String, description: String? = nil,
        parent: Slug? = nil
    ) {
        self.id = id
        self.accept = accept
        self.name = name
        self.key = key
        self.context = context
        self.description = description
        self.parent = parent
    }
}

/// A candidate position: an actor, an issue and a stance read from cue words, stated or inferred.
public struct ProposedPosition: Sendable, Equatable {
    public var id: Slug
    public var accept: Bool
    public var actor: Slug
    public var issue: Slug
    public var stance: Graph.Stance
    public var basis: Graph.Position.Basis
    /// Who reports the stance, for `basis: reported` ("Reddick said the council opposed …" is
    /// reported by Reddick); nil otherwise.
    public var reportedBy: Slug?
    public var confidence: Graph.Position.Confidence
    /// The cue words found (`support`, `disaster`, `not support`).
    public var cues: [String]
    /// The proposed quote it rests on, when it rests on one.
    public var quote: Slug?
    /// The paraphrase used when the quote is not added (a researcher should reword it).
    public var paraphrase: String
    /// The article sentence it rests on, verbatim.
    public var sentence: String

    /// A position proposal (inferred by default), not accepted unless `accept` is given.
    public init(
        id: Slug, accept: Bool = false, actor: Slug, issue: Slug, stance: Graph.Stance,
        basis: Graph.Position.Basis = .inferred, reportedBy: Slug? = nil, confidence: Graph.Position.Confidence,
        cues: [String], quote: Slug?, paraphrase: String, sentence: String
    ) {
        self.reportedBy = reportedBy
        self.id = id
        self.accept = accept
        self.actor = actor
        self.issue = issue
        self.stance = stance
        self.basis = basis
        self.confidence = confidence
        self.cues = cues
        self.quote = quote
        self.paraphrase = paraphrase
        self.sentence = sentence
    }
}

/// Everything `stance extract` proposes from one article, for a researcher to accept or reject.
public struct Proposals: Sendable, Equatable {
    public var source: ProposedSource
    public var quotes: [ProposedQuote]
    public var actors: [ProposedActor]
    public var affiliations: [ProposedAffiliation]
    public var positions: [ProposedPosition]
    /// Issues the article is about that the graph lacks (to add with `stance add issue`).
    public var issues: [ProposedIssue]
    /// Known actors and issues the article names (for reading; nothing to apply).
    public var mentions: [Mention]

    /// A set of proposals for the article `source`.
    public init(
        source: ProposedSource, quotes: [ProposedQuote] = [], actors: [ProposedActor] = [],
        affiliations: [ProposedAffiliation] = [], positions: [ProposedPosition] = [], issues: [ProposedIssue] = [],
        mentions: [Mention] = []
    ) {
        self.issues = issues
        self.source = source
        self.quotes = quotes
        self.actors = actors
        self.affiliations = affiliations
        self.positions = positions
        self.mentions = mentions
    }

    /// How many items are marked to be added.
    public var acceptedCount: Int {
        (source.accept && !source.exists ? 1 : 0) + quotes.filter(\.accept).count + actors.filter(\.accept).count
            + affiliations.filter(\.accept).count + positions.filter(\.accept).count + issues.filter(\.accept).count
    }
}
