/// A weighted network derived from the graph: actor × actor agreement or conflict, issue × issue
/// co-support, or the bipartite affiliation network.
///
/// Computed by `NetworkBuilder` (StanceQuery); written by `NetworkRenderer` (StanceRender) as a CSV
/// matrix, a CSV edge list, GraphML, GEXF, DOT or JSON.
public struct Network: Sendable, Equatable {
    public var kind: Kind
    public var normalization: Normalization
    public var nodes: [Node]
    /// Undirected edges with `source < target` in node order (directed ones, `isDirected`, from reporter to
    /// reported); only weights other than zero.
    public var edges: [Edge]
    /// The snapshot of the graph it was computed from (`stance snapshot`), written into every export; nil for none.
    public var snapshot: String? = nil

    public init(kind: Kind, normalization: Normalization, nodes: [Node], edges: [Edge]) {
        self.kind = kind
        self.normalization = normalization
        self.nodes = nodes
        self.edges = edges
    }

    /// Which network.
    public enum Kind: String, Sendable, CaseIterable {
        /// Actors tied by the number of issues on which they hold the same stance.
        case congruence
        /// Actors tied by the number of issues on which one supports and the other opposes.
        case conflict
        /// Congruence minus conflict (may be negative).
        case subtract
        /// Actors tied by the issues both take a stance on, whatever the stances (DNA's `ignore`).
        case ignore
        /// Issues tied by the number of actors who support both.
        case issues
        /// Members tied to the organizations they belong to (bipartite).
        case affiliation
        /// Actors tied to the issues they made statements on, weighted by the statements (bipartite; DNA's
        /// two-mode network; only when every statement counts).
        case twoMode = "twomode"
        /// Reporters tied to the actors whose positions they report (basis `reported` with a named
        /// `reported_by`), weighted by the reported positions; directed, reporter → reported.
        case hearsay
    }

    /// Whether edges run from `source` to `target` (the hearsay network) rather than both ways.
    public var isDirected: Bool { kind == .hearsay }

    /// How edge weights are scaled (discourse-network analysis's normalisations).
    public enum Normalization: String, Sendable, CaseIterable {
        /// The raw count.
        case none
        /// The count divided by the mean number of issues the two actors hold stances on.
        case average
        /// The count divided by the number of issues either actor holds a stance on.
        case jaccard
        /// The count divided by the geometric mean of the two actors' numbers of issues.
        case cosine
        /// Two-mode only: each actor's weights divided by the actor's total (DNA's `activity`).
        case activity
        /// Two-mode only: each issue's weights divided by the issue's total (DNA's `prominence`).
        case prominence
    }

    /// A node: an actor, an issue or an organization.
    public struct Node: Sendable, Equatable, Hashable {
        /// Unique within the network (the actor or issue id).
        public var id: String
        public var label: String
        /// `person`, `organization`, `government`, `group` or `issue`.
        public var kind: String
        /// How many issues (for actors) or actors (for issues) the node holds stances with.
        public var degree: Int

        public init(id: String, label: String, kind: String, degree: Int) {
            self.id = id
            self.label = label
            self.kind = kind
            self.degree = degree
        }
    }

    /// An undirected, weighted edge.
    public struct Edge: Sendable, Equatable, Hashable {
        public var source: String
        public var target: String
        /// The normalised weight.
        public var weight: Double
        /// The raw count behind the weight.
        public var count: Int
        /// The issues (or, for affiliations, the role) the edge rests on.
        public var label: String

        public init(source: String, target: String, weight: Double, count: Int, label: String) {
            self.source = source
            self.target = target
            self.weight = weight
            self.count = count
            self.label = label
        }
    }
}
