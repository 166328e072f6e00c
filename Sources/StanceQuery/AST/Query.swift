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
    /// `who contradicts themselves [on ISSUE] [within N months]` (or `does ACTOR contradict itself …`, with
    /// `actor`): one actor's `supports` and `opposes` on one issue, at most `within` apart (nil: at any distance).
    case contradictions(actor: NameRef?, issue: NameRef?, within: TimeSpan?, filters: Filters)
    /// `where do sources disagree [about ACTOR] [on ISSUE]`: one actor's stance on an issue given as `supports` by
    /// one source and `opposes` by another, at most `within` apart.
    case sourceDisagreements(actor: NameRef?, issue: NameRef?, within: TimeSpan, filters: Filters)
    /// `who says ACTOR STANCE ISSUE`: ACTOR's reported positions of that stance, with who reports them.
    case reporters(actor: NameRef, stance: Graph.Stance, issue: NameRef, filters: Filters)
    /// `what does ACTOR report about others`: the positions ACTOR is the reporter of.
    case reports(reporter: NameRef, filters: Filters)
}

/// How near in time two positions must be: `within 6 months`, `within 10 days`.
///
/// Months (and years, as twelve months) keep the day of the month, clamped to the month's length
/// (`2018-01-31` plus one month is `2018-02-28`); days (and weeks, as seven days) count calendar days.
public enum TimeSpan: Sendable, Equatable, CustomStringConvertible {
    case days(Int)
    case months(Int)

    /// Where two positions from different sources count as "about the same time": 31 days.
    public static let sameTime = TimeSpan.days(31)

    public var description: String {
        switch self {
        case .days(let n): return "\(n) day\(n == 1 ? "" : "s")"
        case .months(let n): return "\(n) month\(n == 1 ? "" : "s")"
        }
    }
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
    /// Only positions on these bases (`stance query --basis stated`); empty for all. Quotes have no basis: a
    /// quotes question never carries one (`Query.restricted(toBases:)` refuses it).
    public var bases: [Graph.Position.Basis]

    public init(
        lower: String? = nil, upper: String? = nil, sources: [Slug] = [], bases: [Graph.Position.Basis] = []
    ) {
        self.lower = lower
        self.upper = upper
        self.sources = sources
        self.bases = bases
    }

    public var isEmpty: Bool { lower == nil && upper == nil && sources.isEmpty && bases.isEmpty }
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
