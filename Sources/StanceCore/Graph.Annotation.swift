extension Graph {
    /// A researcher's note on any actor, issue, source, position, quote or affiliation.
    public struct Annotation: Sendable, Equatable, Identifiable {
        /// The stable slug of an annotation.
        public typealias ID = Slug

        public var id: ID
        public var target: Target
        public var text: String
        public var coder: String
        /// ISO 8601 UTC time (`2026-11-23T13:30:00Z`).
        public var time: String

        public init(id: ID, target: Target, text: String, coder: String, time: String) {
            self.id = id
            self.target = target
            self.text = text
            self.coder = coder
            self.time = time
        }
    }

    /// A reference to one thing in the graph, written `KIND:ID` (`actor:lighthizer`).
    public struct Target: Sendable, Hashable, CustomStringConvertible {
        public var kind: Kind
        public var id: Slug

        public init(kind: Kind, id: Slug) {
            self.kind = kind
            self.id = id
        }

        /// Parses `KIND:ID`; nil when either part is invalid.
        public init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])),
                let id = Slug(String(parts[1]))
            else { return nil }
            self.init(kind: kind, id: id)
        }

        public var description: String { "\(kind.rawValue):\(id)" }

        /// The kinds of thing a target can name.
        public enum Kind: String, Sendable, CaseIterable {
            case actor, issue, source, position, quote, affiliation, annotation
        }
    }
}
