extension Graph {
    /// A person, organization, government or group that takes positions and says things.
    public struct Actor: Sendable, Equatable, Identifiable {
        /// The stable slug of an actor (`james-fatheree`).
        public typealias ID = Slug

        public var id: ID
        public var name: String
        public var kind: Kind
        public var aliases: [String]
        public var description: String?
        public var note: String?

        public init(
            id: ID, name: String, kind: Kind, aliases: [String] = [], description: String? = nil,
            note: String? = nil
        ) {
            self.id = id
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.description = description
            self.note = note
        }

        /// What sort of actor this is.
        public enum Kind: String, Sendable, CaseIterable, Codable {
            case person, organization, government, group
        }
    }
}
