/// One coder's coding of one statement in a source: where it stands in the text and what it says.
///
/// A field a coder left open is nil (a missing value for Krippendorff's alpha).
public struct CodedUnit: Sendable, Equatable, Hashable {
    /// The four coded variables agreement is computed for, in report order.
    public enum Field: String, Sendable, CaseIterable {
        case actor, issue, stance, basis
    }

    /// A stable id of the unit (its row in the store).
    public var id: Int
    public var coder: String
    public var source: String
    /// Character offsets into the source text: `start..<end`.
    public var start: Int
    public var end: Int
    public var actor: String?
    public var issue: String?
    public var stance: String?
    public var basis: String?

    public init(
        id: Int, coder: String, source: String, start: Int, end: Int, actor: String?, issue: String?,
        stance: String?, basis: String?
    ) {
        self.id = id
        self.coder = coder
        self.source = source
        self.start = start
        self.end = end
        self.actor = actor
        self.issue = issue
        self.stance = stance
        self.basis = basis
    }

    /// The value of `field`.
    public func value(_ field: Field) -> String? {
        switch field {
        case .actor: actor
        case .issue: issue
        case .stance: stance
        case .basis: basis
        }
    }

    /// The number of characters this unit's span shares with `other`'s.
    public func overlap(with other: CodedUnit) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }

    /// Shared characters over the characters either span covers (0...1).
    public func overlapRatio(with other: CodedUnit) -> Double {
        let shared = overlap(with: other)
        let union = max(end, other.end) - min(start, other.start)
        return union > 0 ? Double(shared) / Double(union) : 0
    }
}
