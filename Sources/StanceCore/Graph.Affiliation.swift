extension Graph {
    /// A member's tie to an organization, with the role the text gives.
    public struct Affiliation: Sendable, Equatable, Identifiable {
        /// The stable slug of an affiliation.
        public typealias ID = Slug

        public var id: ID
        public var actor: Actor.ID
        public var organization: Actor.ID
        public var role: String
        public var start: PartialDate?
        public var end: PartialDate?
        /// The source that states the tie. graph-data/ requires one; an affiliation imported from CSV
        /// (`memberships.csv` has no source column) has none.
        public var source: Source.ID?
        public var note: String?

        public init(
            id: ID, actor: Actor.ID, organization: Actor.ID, role: String, start: PartialDate? = nil,
            end: PartialDate? = nil, source: Source.ID?, note: String? = nil
        ) {
            self.id = id
            self.actor = actor
            self.organization = organization
            self.role = role
            self.start = start
            self.end = end
            self.source = source
            self.note = note
        }
    }
}
