import StanceCore

/// Precision and recall of quote attribution against the hand-coded quotes of a source.
///
/// A proposed quote counts when it has a speaker; it is correct when its range overlaps a
/// hand-coded quote of the same speaker not already matched (one to one). Precision is correct
/// over proposed; recall is matched hand-coded quotes over all hand-coded quotes. Anonymous and
/// unattributed proposals make no claim, so they cost recall but not precision.
public struct Evaluation: Sendable, Equatable {
    /// Proposed quotes with a speaker.
    public var proposed: Int
    /// Hand-coded quotes.
    public var expected: Int
    /// Proposed quotes that match a hand-coded one (range overlap and same speaker).
    public var correct: Int
    /// Proposals with a speaker that match nothing: "text → speaker".
    public var wrong: [String]
    /// Hand-coded quotes nothing matched: "id (speaker)".
    public var missed: [String]

    /// Precision (1 when nothing was proposed).
    public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
    /// Recall (1 when nothing was hand-coded).
    public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }

    /// An evaluation from its counts (an empty one by default, to pool others into).
    public init(proposed: Int = 0, expected: Int = 0, correct: Int = 0, wrong: [String] = [], missed: [String] = []) {
        self.proposed = proposed
        self.expected = expected
        self.correct = correct
        self.wrong = wrong
        self.missed = missed
    }

    /// Compares proposed quotes (range, and speaker as an actor id; nil for none) with the hand-coded ones.
    public init(proposed quotes: [(range: TextRange, speaker: String?, text: String)], against gold: [Graph.Quote]) {
        var matched = Set<Int>()
        var wrong: [String] = []
        var correct = 0
        var proposed = 0
        for quote in quotes {
            guard let speaker = quote.speaker else { continue }
            proposed += 1
            let hit = gold.indices.first { index in
                guard !matched.contains(index), gold[index].speaker.rawValue == speaker, let range = gold[index].range else { return false }
                return range.start < quote.range.end && quote.range.start < range.end
            }
            if let hit {
                matched.insert(hit)
                correct += 1
            } else {
                wrong.append("\(quote.text) → \(speaker)")
            }
        }
        let missed = gold.indices.filter { !matched.contains($0) }.map { "\(gold[$0].id) (\(gold[$0].speaker))" }
        self.init(proposed: proposed, expected: gold.count, correct: correct, wrong: wrong, missed: missed)
    }

    /// Compares found quotes with the hand-coded quotes of a source.
    public init(_ quotes: [FoundQuote], against gold: [Graph.Quote]) {
        self.init(proposed: quotes.map { ($0.range, Evaluation.claim($0.speaker), $0.text) }, against: gold)
    }

    /// Compares proposed quotes with the hand-coded quotes of a source.
    public init(_ quotes: [ProposedQuote], against gold: [Graph.Quote]) {
        self.init(proposed: quotes.map { ($0.range, Evaluation.claim($0.speaker), $0.text) }, against: gold)
    }

    /// The speaker a proposal claims: a known actor's id, or a new name (which matches no hand-coded speaker).
    private static func claim(_ speaker: Speaker?) -> String? {
        guard let speaker else { return nil }
        return speaker.knownID?.rawValue ?? "new: \(speaker.name)"
    }

    /// Two evaluations pooled (counts added).
    public static func + (lhs: Evaluation, rhs: Evaluation) -> Evaluation {
        Evaluation(
            proposed: lhs.proposed + rhs.proposed, expected: lhs.expected + rhs.expected,
            correct: lhs.correct + rhs.correct, wrong: lhs.wrong + rhs.wrong, missed: lhs.missed + rhs.missed)
    }
}
