import StanceCore

/// A parsed query, its names already resolved to ids.
public indirect enum Query: Sendable, Equatable {
    /// `who …`, or `count who …` when `count` is true.
    case who(WhoQuery, count: Bool)
    /// `positions of ACTOR`, or `what does ACTOR think about ISSUE` when `issue` is given.
    case positions(actor: NameRef, issue: NameRef?)
    /// `why does ACTOR support ISSUE`: the evidence behind a stance.
    case why(actor: NameRef, stance: Graph.Stance, issue: NameRef)
    /// `quotes [by ACTOR] [about ISSUE] [matching "TEXT"]`.
    case quotes(QuoteFilter)
    /// `who works for ORG`.
    case members(organization: NameRef)
    /// `affiliations of ACTOR`.
    case affiliations(actor: NameRef)
    /// `actors [among KIND]`.
    case actors(kind: Graph.Actor.Kind?)
    /// `issues`.
    case issues
    /// `sources`.
    case sources
    /// `profile of ACTOR`: its positions, quotes, affiliations and annotations in one answer.
    case profile(actor: NameRef)
    /// `stakeholders of ISSUE`: every actor's latest stance on the issue, grouped by stance.
    case stakeholders(issue: NameRef, filters: Filters)
    /// `does ACTOR support ISSUE`: yes, no or not coded, with the position that decides it.
    case check(actor: NameRef, stance: Graph.Stance, issue: NameRef)
    /// `positions of ACTOR according to SOURCE`: positions restricted by date or source.
    case positionsWithin(actor: NameRef, issue: NameRef?, window: DateWindow)
}

/// A who-question: which actors, then the filters that narrow them.
public struct WhoQuery: Sendable, Equatable {
    public var body: WhoBody
    public var filters: Filters

    public init(body: WhoBody, filters: Filters) {
        self.body = body
        self.filters = filters
    }
}

/// What a who-question asks.
public indirect enum WhoBody: Sendable, Equatable {
    /// A stance condition: `opposes withdrawal and supports renegotiation`.
    case condition(Condition)
    /// `changed on ISSUE`: more than one distinct stance over time.
    case changed(issue: NameRef)
    /// `agrees with ACTOR [on ISSUE]` (`agree` true) or `disagrees with …` (false).
    case agreement(with: NameRef, on: NameRef?, agree: Bool)
    /// `changed`: every change of stance on any issue.
    case changedAnywhere
}

/// A boolean combination of stance tests over actor sets.
public indirect enum Condition: Sendable, Equatable {
    case test(StanceTest)
    /// Both (set intersection).
    case and(Condition, Condition)
    /// Either (set union).
    case or(Condition, Condition)
    /// The first but not the second (set difference).
    case butNot(Condition, Condition)

    /// The stance tests in reading order.
    public var tests: [StanceTest] {
        switch self {
        case .test(let test): return [test]
        case .and(let a, let b), .or(let a, let b), .butNot(let a, let b): return a.tests + b.tests
        }
    }

    /// The tests whose actors are in the answer (not under the right side of `but not`), in order.
    public var positiveTests: [StanceTest] {
        switch self {
        case .test(let test): return [test]
        case .and(let a, let b), .or(let a, let b): return a.positiveTests + b.positiveTests
        case .butNot(let a, _): return a.positiveTests
        }
    }
}

/// "holds STANCE on ISSUE": latest stance (or any stance when `ever`) in the date window.
public struct StanceTest: Sendable, Equatable {
    public var stance: Graph.Stance
    public var issue: NameRef
    public var ever: Bool

    public init(stance: Graph.Stance, issue: NameRef, ever: Bool) {
        self.stance = stance
        self.issue = issue
        self.ever = ever
    }
}

/// The filters of a who-question: actor kind, organization, and date window.
public struct Filters: Sendable, Equatable {
    public var kind: Graph.Actor.Kind?
    public var organization: NameRef?
    public var window: DateWindow

    public init(kind: Graph.Actor.Kind? = nil, organization: NameRef? = nil, window: DateWindow = DateWindow()) {
        self.kind = kind
        self.organization = organization
        self.window = window
    }
}

/// Which positions count, by date: `lower <= day < upper`, where a position's `day` is the first
/// day of its (possibly partial) date, as ISO `YYYY-MM-DD` text.
public struct DateWindow: Sendable, Equatable {
    /// Inclusive lower bound (`since D`, `between D and …`).
    public var lower: String?
    /// Exclusive upper bound: the first date after the period (`as of D`, `between … and D`).
    public var upper: String?
    /// Only positions and quotes from these sources (`according to SOURCE`, `in OUTLET`); empty for all.
    public var sources: [Slug]

    public init(lower: String? = nil, upper: String? = nil, sources: [Slug] = []) {
        self.lower = lower
        self.upper = upper
        self.sources = sources
    }

    public var isEmpty: Bool { lower == nil && upper == nil && sources.isEmpty }
}

/// The filters of a quotes-question.
public struct QuoteFilter: Sendable, Equatable {
    public var speaker: NameRef?
    public var issue: NameRef?
    public var matching: String?
    public var window: DateWindow
    /// When the speaker has no quotes, its members' quotes, each marked as a member's
    /// (`what did ORG say`).
    public var includeMembers: Bool

    public init(
        speaker: NameRef? = nil, issue: NameRef? = nil, matching: String? = nil, window: DateWindow = DateWindow(),
        includeMembers: Bool = false
    ) {
        self.speaker = speaker
        self.issue = issue
        self.matching = matching
        self.window = window
        self.includeMembers = includeMembers
    }
}

/// A name as typed in the query, resolved to an actor or issue id.
public struct NameRef: Sendable, Equatable {
    public var id: Slug
    /// The display name of what it resolved to.
    public var name: String
    /// Where it was typed.
    public var range: TextRange

    public init(id: Slug, name: String, range: TextRange) {
        self.id = id
        self.name = name
        self.range = range
    }
}
