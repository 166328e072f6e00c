extension Graph {
    /// Words an actor said, verbatim, as a source reports them.
    public struct Quote: Sendable, Equatable, Identifiable {
        /// The stable slug of a quote.
        public typealias ID = Slug

        public var id: ID
        public var speaker: Actor.ID
        public var source: Source.ID
        public var text: String
        /// When it was said, where the text says; otherwise the source date applies.
        public var date: PartialDate?
        public var issues: [Issue.ID]
        /// Where the text stands in the article, in Unicode code points; nil when the article
        /// text is not at hand.
        public var range: TextRange?
        public var note: String?

        public init(
            id: ID, speaker: Actor.ID, source: Source.ID, text: String, date: PartialDate? = nil,
            issues: [Issue.ID], range: TextRange?, note: String? = nil
        ) {
            self.id = id
            self.speaker = speaker
            self.source = source
            self.text = text
            self.date = date
            self.issues = issues
            self.range = range
            self.note = note
        }
    }
}
