import StanceCore

/// What a matrix (or a network derived from it) is asked to show: which actors and issues,
/// which dates, how cells are decided and how rows are ordered.
public struct MatrixRequest: Sendable, Equatable {
    /// Only actors of this kind.
    public var kind: Graph.Actor.Kind?
    /// Only these issues, by id (resolved names); nil for every issue with positions.
    public var issueIDs: [String]?
    /// Only these actors, by id; nil for every actor with positions.
    public var actorIDs: [String]?
    /// The positions that count, by date.
    public var window: DateWindow
    /// Only actors with at least this many positions in the window.
    public var minimumPositions: Int
    /// Only the issues with the most positions (after the other filters), this many.
    public var topIssues: Int?
    public var order: Order
    public var rule: Rule
    /// Whether each cell carries its latest position's evidence (id, date, basis, quote or paraphrase,
    /// source). Formats that show only stances (table, CSV, Markdown) and networks leave it out: it is
    /// most of the work of a large matrix. Without it those cell fields are empty.
    public var evidence: Bool
    /// Only positions on these bases (`stated`, `reported`, `inferred`); nil for all. A paper that excludes
    /// hearsay asks for `[.stated]`.
    public var bases: [Graph.Position.Basis]?

    public init(
        kind: Graph.Actor.Kind? = nil, issueIDs: [String]? = nil, actorIDs: [String]? = nil,
        window: DateWindow = DateWindow(), minimumPositions: Int = 0, topIssues: Int? = nil,
        order: Order = .name, rule: Rule = .mixed, evidence: Bool = true, bases: [Graph.Position.Basis]? = nil
    ) {
        self.kind = kind
        self.issueIDs = issueIDs
        self.actorIDs = actorIDs
        self.window = window
        self.minimumPositions = minimumPositions
        self.topIssues = topIssues
        self.order = order
        self.rule = rule
        self.evidence = evidence
        self.bases = bases
    }

    /// How rows are ordered; columns go by the number of actors with a stance, then name.
    public enum Order: String, Sendable, CaseIterable {
        /// By actor name.
        case name
        /// By the number of issues with a stance, most first.
        case count
        /// Average-linkage hierarchical clustering of the rows' stances: blocs sit together.
        case similarity
    }

    /// How a cell's stance is decided from the pair's positions in the window.
    public enum Rule: String, Sendable, CaseIterable {
        /// The latest position's stance, but `mixed` when the window holds both `supports` and
        /// `opposes` positions of the pair.
        case mixed
        /// The latest position's stance, as `who STANCE ISSUE` reads it.
        case latest
    }

    /// The rule and window in words, for captions.
    public var description: String {
        var parts: [String] = []
        switch rule {
        case .mixed:
            parts.append("each cell is the actor's latest stance on the issue, or mixed where the window holds both supports and opposes")
        case .latest:
            parts.append("each cell is the actor's latest stance on the issue")
        }
        if let lower = window.lower { parts.append("positions from \(lower)") }
        if let upper = window.upper { parts.append("positions before \(upper)") }
        if let bases { parts.append("only \(bases.map(\.rawValue).joined(separator: ", ")) positions") }
        return parts.joined(separator: "; ")
    }
}
