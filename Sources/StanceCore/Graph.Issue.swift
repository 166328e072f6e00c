extension Graph {
    /// Something actors take positions on (`withdrawal`), possibly part of a broader issue.
    public struct Issue: Sendable, Equatable, Identifiable {
        /// The stable slug of an issue (`withdrawal`).
        public typealias ID = Slug

        public var id: ID
        public var name: String
        public var aliases: [String]
        /// Words and phrases that signal, in running text, that a passage is about the issue ("our farmers",
        /// "steel quota"): not names for it (the query language resolves names by `aliases`), but what
        /// `stance extract` reads an article with.
        public var terms: [String]
        public var description: String?
        public var parent: ID?
        public var relations: [Relation]
        public var note: String?

        public init(
            id: ID, name: String, aliases: [String] = [], terms: [String] = [], description: String? = nil,
            parent: ID? = nil, relations: [Relation] = [], note: String? = nil
        ) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.terms = terms
            self.description = description
            self.parent = parent
            self.relations = relations
            self.note = note
        }

        /// A relation from this issue to another one, where a source supports it.
        public struct Relation: Sendable, Equatable {
            public var kind: Kind
            public var issue: ID
            public var source: Source.ID?
            public var note: String?

            public init(kind: Kind, issue: ID, source: Source.ID? = nil, note: String? = nil) {
                self.kind = kind
                self.issue = issue
                self.source = source
                self.note = note
            }

            /// How two issues relate.
            public enum Kind: String, Sendable, CaseIterable {
                case alternativeTo = "alternative-to"
                case relatedTo = "related-to"
            }
        }
    }
}
