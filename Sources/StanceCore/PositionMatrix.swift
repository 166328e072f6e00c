/// An actor × issue matrix: for each pair, the stance held, with the evidence behind it.
///
/// Computed by `MatrixBuilder` (StanceQuery) in one grouped SQL pass; rendered by
/// `MatrixRenderer` (StanceRender) as a table, CSV, JSON, Markdown or an HTML heat map.
public struct PositionMatrix: Sendable, Equatable {
    /// The actors, in the chosen order (one row each).
    public var actors: [Actor]
    /// The issues, in the chosen order (one column each).
    public var issues: [Issue]
    /// `cells[row][column]`: nil where the actor holds no position on the issue in the window.
    public var cells: [[Cell?]]
    /// How a cell was decided and the window, in words, for captions and JSON.
    public var rule: String
    /// The snapshot of the graph it was computed from (`stance snapshot`), written into every export; nil for none.
    public var snapshot: String? = nil

    public init(actors: [Actor], issues: [Issue], cells: [[Cell?]], rule: String) {
        self.actors = actors
        self.issues = issues
        self.cells = cells
        self.rule = rule
    }

    /// A row of the matrix.
    public struct Actor: Sendable, Equatable, Hashable {
        public var id: String
        public var name: String
        public var kind: String

        public init(id: String, name: String, kind: String) {
            self.id = id
            self.name = name
            self.kind = kind
        }
    }

    /// A column of the matrix.
    public struct Issue: Sendable, Equatable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// One actor's stance on one issue, and the latest position behind it.
    public struct Cell: Sendable, Equatable {
        /// The stance shown: the latest position's, or `mixed` when the window holds both
        /// `supports` and `opposes` positions (and the rule says so).
        public var stance: Graph.Stance
        /// The stance of the latest position in the window.
        public var latestStance: Graph.Stance
        /// How many positions of the pair are in the window.
        public var positions: Int
        /// The latest position's id, date, basis, evidence text and source.
        public var positionID: String
        public var date: String
        public var basis: String
        /// The quote, or the paraphrase, of the latest position.
        public var evidence: String
        public var sourceTitle: String
        /// Whether the window holds both a `supports` and an `opposes` position of the actor on the issue: the
        /// actor contradicts itself there (`who contradicts themselves`); renderers mark such a cell with `!`.
        public var contradicts: Bool

        public init(
            stance: Graph.Stance, latestStance: Graph.Stance, positions: Int, positionID: String, date: String,
            basis: String, evidence: String, sourceTitle: String, contradicts: Bool = false
        ) {
            self.contradicts = contradicts
            self.stance = stance
            self.latestStance = latestStance
            self.positions = positions
            self.positionID = positionID
            self.date = date
            self.basis = basis
            self.evidence = evidence
            self.sourceTitle = sourceTitle
        }
    }
}

extension PositionMatrix {
    /// The mark a cell that contradicts itself carries (`Cell.contradicts`), after its stance or symbol.
    public static let contradictionMark = "!"

    /// Whether any cell contradicts itself (then renderers add the mark's entry to their legend).
    public var hasContradictions: Bool {
        cells.contains { row in row.contains { $0?.contradicts == true } }
    }
}
