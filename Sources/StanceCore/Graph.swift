/// The namespace of the graph model: actors, issues, sources, quotes, positions, affiliations, annotations.
///
/// Model types nest here (`Graph.Actor`, `Graph.Issue`) so that they never collide with the standard
/// library's `Actor` or Swift Testing's `Issue`.
public enum Graph {}

/// A whole graph held in memory: what `graph-data/` holds and what `stance build` writes.
public struct GraphContents: Sendable, Equatable {
    public var actors: [Graph.Actor]
    public var issues: [Graph.Issue]
    public var affiliations: [Graph.Affiliation]
    public var sources: [Graph.Source]
    public var annotations: [Graph.Annotation]

    public init(
        actors: [Graph.Actor] = [], issues: [Graph.Issue] = [],
        affiliations: [Graph.Affiliation] = [], sources: [Graph.Source] = [],
        annotations: [Graph.Annotation] = []
    ) {
        self.actors = actors
        self.issues = issues
        self.affiliations = affiliations
        self.sources = sources
        self.annotations = annotations
    }

    /// Every quote of every source, in source order.
    public var quotes: [Graph.Quote] { sources.flatMap(\.quotes) }

    /// Every position of every source, in source order.
    public var positions: [Graph.Position] { sources.flatMap(\.positions) }
}

extension GraphContents {
    /// Each issue's parent issue, for the issues that have one.
    public var issueParents: [Slug: Slug] {
        Dictionary(issues.compactMap { issue in issue.parent.map { (issue.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }
}
