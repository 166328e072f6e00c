extension Graph {
    /// An article: where positions and quotes come from.
    public struct Source: Sendable, Equatable, Identifiable {
        /// The stable slug of a source (`nyt-2018-01-04`), also the name of its files.
        public typealias ID = Slug

        public var id: ID
        public var title: String
        public var outlet: String?
        public var author: String?
        public var date: PartialDate
        public var dateBasis: DateBasis
        public var dateNote: String?
        public var seed: String?
        public var note: String?
        /// The article text, exactly as received, when it is at hand.
        public var text: String?
        public var quotes: [Quote]
        public var positions: [Position]

        public init(
            id: ID, title: String, outlet: String? = nil, author: String? = nil, date: PartialDate,
            dateBasis: DateBasis = .given, dateNote: String? = nil, seed: String? = nil,
            note: String? = nil, text: String? = nil, quotes: [Quote] = [], positions: [Position] = []
        ) {
            self.id = id
            self.title = title
            self.outlet = outlet
            self.author = author
            self.date = date
            self.dateBasis = dateBasis
            self.dateNote = dateNote
            self.seed = seed
            self.note = note
            self.text = text
            self.quotes = quotes
            self.positions = positions
        }

        /// How a source's publication date is known.
        public enum DateBasis: String, Sendable, CaseIterable {
            /// Printed in the article.
            case given
            /// Inferred from what the article says; `dateNote` says how.
            case estimated
            /// Not known; the date is a placeholder and `dateNote` says so.
            case unknown
        }
    }
}
