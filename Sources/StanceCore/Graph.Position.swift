extension Graph {
    /// An actor's stance on an issue, held at a date, with the evidence for it.
    public struct Position: Sendable, Equatable, Identifiable {
        /// The stable slug of a position.
        public typealias ID = Slug

        public var id: ID
        public var actor: Actor.ID
        public var issue: Issue.ID
        public var stance: Stance
        /// When it was held, where the text says; otherwise the quote's or the source's date.
        public var date: PartialDate?
        public var until: PartialDate?
        public var source: Source.ID
        public var basis: Basis
        public var reportedBy: Actor.ID?
        public var evidence: Evidence
        public var confidence: Confidence
        public var coder: String
        public var note: String?

        public init(
            id: ID, actor: Actor.ID, issue: Issue.ID, stance: Stance, date: PartialDate? = nil,
            until: PartialDate? = nil, source: Source.ID, basis: Basis, reportedBy: Actor.ID? = nil,
            evidence: Evidence, confidence: Confidence, coder: String, note: String? = nil
        ) {
            self.id = id
            self.actor = actor
            self.issue = issue
            self.stance = stance
            self.date = date
            self.until = until
            self.source = source
            self.basis = basis
            self.reportedBy = reportedBy
            self.evidence = evidence
            self.confidence = confidence
            self.coder = coder
            self.note = note
        }

        /// How the source gives the position.
        public enum Basis: String, Sendable, CaseIterable {
            /// The actor states it.
            case stated
            /// Someone reports that the actor holds it ("A says B opposes").
            case reported
            /// The text implies it; a coder inferred it.
            case inferred
        }

        /// How sure the coder is.
        public enum Confidence: String, Sendable, CaseIterable {
            case high, medium, low
        }

        /// What a position rests on: a verbatim quote, or a paraphrase and the sentence behind it.
        public enum Evidence: Sendable, Equatable {
            case quote(Quote.ID)
            case paraphrase(String, sentence: String)
            /// Nothing recorded (bulk imports); `graph-data/` refuses such a position.
            case none
        }
    }

    /// Where an actor stands on an issue.
    public enum Stance: String, Sendable, CaseIterable, Codable {
        case supports, opposes, mixed, neutral
    }
}
