import StanceCore

/// Precision, recall and F1 of proposals against a `GoldCoding`, field by field: attribution,
/// quote issues, new actors, aliases, affiliations and positions.
///
/// - attribution: a hand-coded quote is matched by text (one contains the other, by
///   `NameMatching.key`) to a proposed quote, one to one; it is correct when the speaker fits
///   (the proposed name or id contains the hand-coded one; an anonymous source has no speaker).
///   Precision is over every proposed quote, so a scare quote or a wrong speaker costs it. A known actor
///   fits by its id, its name or any of its aliases (a gold `seoul` is the actor `south-korea`).
/// - issues: the issue ids of each matched quote, pooled (`NEW` matches any issue the graph lacks);
///   issues of proposed quotes that match no hand-coded quote count as wrong.
/// - actors: proposed new actors whose name is a hand-coded one.
/// - aliases: for the hand-coded actors the gold gives an alias for, whether the proposed actor
///   carries it; precision over the aliases proposed for those actors.
/// - affiliations: (person, organisation) pairs; an existing organisation is written by its id.
/// - positions: distinct (actor, issue, stance) triples (`NEW` again any new issue); a proposal
///   matching an `optional` one counts neither way.
/// - reported: the positions proposed as `reported` against the hand-coded ones the gold marks
///   `basis: reported` with a `reported_by` ("X said Y opposed …"; a stance the article itself
///   reports, with no reporter, is left out): right when the triple matches and `reported_by`
///   names the same reporter.
public struct FieldEvaluation: Sendable, Equatable {
    /// The counts of one field.
    public struct Counts: Sendable, Equatable {
        public var proposed = 0
        public var expected = 0
        /// Proposals that are right (precision's numerator).
        public var correct = 0
        /// Hand-coded items found (recall's numerator; differs from `correct` only when several
        /// proposals may match one item).
        public var found = 0

        public init(proposed: Int = 0, expected: Int = 0, correct: Int = 0, found: Int = 0) {
            self.proposed = proposed
            self.expected = expected
            self.correct = correct
            self.found = found
        }

        /// Precision (1 when nothing was proposed).
        public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
        /// Recall (1 when nothing was hand-coded).
        public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(
                proposed: lhs.proposed + rhs.proposed, expected: lhs.expected + rhs.expected,
                correct: lhs.correct + rhs.correct, found: lhs.found + rhs.found)
        }
    }

    /// The fields, in the order they are printed.
    public enum Field: String, Sendable, CaseIterable {
        case attribution, issues, actors, aliases, affiliations, positions, reported
    }

    public var counts: [Field: Counts]
    /// What went wrong, one line each ("attribution: “…” → Kim; expected lee").
    public var errors: [String]
    /// The candidate positions counted in `positions`, split by the kind of proposal (`medium confidence`, `low
    /// confidence`, `low confidence, tone hint`): proposed and correct, so a coder knows how far to trust each kind.
    public var positionsByKind: [String: Counts]

    /// An empty evaluation, to pool others into.
    public init() {
        counts = [:]
        errors = []
        positionsByKind = [:]
    }

    /// The counts of `field`.
    public subscript(field: Field) -> Counts { counts[field] ?? Counts() }

    /// Two evaluations pooled (counts added).
    public static func + (lhs: FieldEvaluation, rhs: FieldEvaluation) -> FieldEvaluation {
        var pooled = FieldEvaluation()
        for field in Field.allCases { pooled.counts[field] = lhs[field] + rhs[field] }
        pooled.errors = lhs.errors + rhs.errors
        pooled.positionsByKind = lhs.positionsByKind.merging(rhs.positionsByKind, uniquingKeysWith: +)
        return pooled
    }

    /// Compares `proposals` with `gold` read against `graph`: its issues are the known ones, its issue
    /// parents count, and its actors fit by name and alias as well as by id.
    public init(_ proposals: Proposals, against gold: GoldCoding, graph: GraphContents) {
        self.init(
            proposals, against: gold, knownIssues: Set(graph.issues.map(\.id)), parents: graph.issueParents,
            knownActorNames: Dictionary(
                graph.actors.map { ($0.id, [$0.name] + $0.aliases) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Compares `proposals` with `gold`; `knownIssues` are the graph's issue ids (any other
    /// proposed issue is a new one, which `NEW` accepts); `parents` maps an issue to its parent issue;
    /// `knownActorNames` gives the names and aliases a known actor may be written by in the gold.
    ///
    /// A proposed issue matches a hand-coded one when it is that issue or one of its sub-issues (a finer
    /// grain of the same thing): a gold `auto-tariffs` is met by `pickup-tariff`, never the other way round.
    public init(
        _ proposals: Proposals, against gold: GoldCoding, knownIssues: Set<Slug>, parents: [Slug: Slug] = [:],
        knownActorNames: [Slug: [String]] = [:]
    ) {
        self.init()
        func issueFits(_ proposed: Slug, _ expected: String) -> Bool {
            if expected == "NEW" { return !knownIssues.contains(proposed) }
            var current: Slug? = proposed
            var steps = 0
            while let issue = current, steps < 64 {
                if issue.rawValue == expected { return true }
                current = parents[issue]
                steps += 1
            }
            return false
        }
        let names = Dictionary(proposals.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func knownNameFits(_ id: Slug, _ expected: String) -> Bool {
            knownActorNames[id]?.contains { FieldEvaluation.contains($0, expected) } == true
        }
        func speakerFits(_ speaker: Speaker?, _ expected: String?) -> Bool {
            guard let expected else { return speaker == nil }
            guard let speaker else { return false }
            return FieldEvaluation.contains(speaker.name, expected)
                || speaker.id.map { FieldEvaluation.contains($0.rawValue, expected) || knownNameFits($0, expected) } == true
        }
        func actorFits(_ id: Slug, _ expected: String) -> Bool {
            FieldEvaluation.contains(id.rawValue, expected) || names[id].map { FieldEvaluation.contains($0, expected) } == true
                || knownNameFits(id, expected)
        }

        // Quotes: match by text, one to one.
        var attribution = Counts(proposed: proposals.quotes.count, expected: gold.quotes.count)
        var issues = Counts(expected: gold.quotes.reduce(0) { $0 + $1.issues.count })
        var used = Set<Int>()
        for expected in gold.quotes {
            let key = NameMatching.key(expected.text)
            let index = proposals.quotes.indices.first { index in
                guard !used.contains(index) else { return false }
                let proposed = NameMatching.key(proposals.quotes[index].text)
                return !proposed.isEmpty && (proposed.contains(key) || key.contains(proposed))
            }
            guard let index else {
                errors.append("attribution: not found: “\(expected.text)”")
                continue
            }
            used.insert(index)
            let quote = proposals.quotes[index]
            if speakerFits(quote.speaker, expected.speaker) {
                attribution.correct += 1
                attribution.found += 1
            } else {
                errors.append("attribution: “\(quote.text)” → \(quote.speaker?.name ?? "nobody"); expected \(expected.speaker ?? "anonymous")")
            }
            var wanted = expected.issues
            for issue in quote.issues {
                issues.proposed += 1
                // The same issue first, then a parent it is a sub-issue of: a proposed renegotiation meets a gold
                // renegotiation before it meets the gold korus beside it.
                if let hit = wanted.firstIndex(where: { $0 == issue.rawValue }) ?? wanted.firstIndex(where: { issueFits(issue, $0) }) {
                    wanted.remove(at: hit)
                    issues.correct += 1
                    issues.found += 1
                } else {
                    errors.append("issues: “\(quote.text)” tagged \(issue)")
                }
            }
            for missing in wanted { errors.append("issues: “\(quote.text)” lacks \(missing)") }
        }
        for index in proposals.quotes.indices where !used.contains(index) {
            issues.proposed += proposals.quotes[index].issues.count
            errors.append("attribution: not hand-coded: “\(proposals.quotes[index].text)”")
        }
        counts[.attribution] = attribution
        counts[.issues] = issues

        // New actors and their aliases.
        var actors = Counts(proposed: proposals.actors.count, expected: gold.actors.count)
        var aliases = Counts(expected: gold.aliases.count)
        let goldActors = Set(gold.actors.map(NameMatching.key))
        for actor in proposals.actors {
            let key = NameMatching.key(actor.name)
            if goldActors.contains(key) {
                actors.correct += 1
            } else {
                errors.append("actors: not hand-coded: \(actor.name)")
            }
            guard let alias = gold.aliases.first(where: { NameMatching.key($0.key) == key })?.value else { continue }
            aliases.proposed += actor.aliases.count
            if actor.aliases.contains(where: { NameMatching.key($0) == NameMatching.key(alias) }) {
                aliases.correct += 1
                aliases.found += 1
            } else {
                errors.append("aliases: \(actor.name) has \(actor.aliases); expected \(alias)")
            }
        }
        let proposedActors = Set(proposals.actors.map { NameMatching.key($0.name) })
        actors.found = goldActors.filter { proposedActors.contains($0) }.count
        for missing in gold.actors where !proposedActors.contains(NameMatching.key(missing)) {
            errors.append("actors: missed \(missing)")
        }
        counts[.actors] = actors
        counts[.aliases] = aliases

        // Affiliations.
        var affiliations = Counts(proposed: proposals.affiliations.count, expected: gold.affiliations.count)
        var matchedPairs = Set<Int>()
        for affiliation in proposals.affiliations {
            let hit = gold.affiliations.indices.first { index in
                let pair = gold.affiliations[index]
                return !matchedPairs.contains(index) && pair.count == 2 && actorFits(affiliation.actor, pair[0])
                    && (affiliation.organization.rawValue == pair[1] || actorFits(affiliation.organization, pair[1]))
            }
            if let hit {
                matchedPairs.insert(hit)
                affiliations.correct += 1
            } else {
                errors.append("affiliations: not hand-coded: \(affiliation.actor) → \(affiliation.organization) (\(affiliation.role))")
            }
        }
        affiliations.found = matchedPairs.count
        for index in gold.affiliations.indices where !matchedPairs.contains(index) {
            errors.append("affiliations: missed \(gold.affiliations[index].joined(separator: " → "))")
        }
        counts[.affiliations] = affiliations

        // Positions: distinct triples.
        var positions = Counts(expected: gold.positions.filter { $0.optional != true }.count)
        var seen = Set<String>()
        var foundPositions = Set<Int>()
        for position in proposals.positions {
            guard seen.insert("\(position.actor)|\(position.issue)|\(position.stance)").inserted else { continue }
            let hits = gold.positions.indices.filter { index in
                let expected = gold.positions[index]
                return actorFits(position.actor, expected.actor)
                    && issueFits(position.issue, expected.issue)
                    && position.stance.rawValue == expected.stance
            }
            let required = hits.filter { gold.positions[$0].optional != true }
            let kind = position.confidence.rawValue + " confidence" + (position.cues.contains { $0.hasPrefix("tone:") } ? ", tone hint" : "")
            if !required.isEmpty {
                positions.proposed += 1
                positions.correct += 1
                foundPositions.formUnion(required)
                positionsByKind[kind, default: Counts()] = positionsByKind[kind, default: Counts()] + Counts(proposed: 1, correct: 1)
            } else if hits.isEmpty {
                positions.proposed += 1
                positionsByKind[kind, default: Counts()] = positionsByKind[kind, default: Counts()] + Counts(proposed: 1)
                errors.append("positions: not hand-coded: \(position.actor) \(position.stance) \(position.issue) (\(position.cues.joined(separator: ", ")))")
            }
        }
        positions.found = foundPositions.count
        for index in gold.positions.indices where gold.positions[index].optional != true && !foundPositions.contains(index) {
            let missing = gold.positions[index]
            errors.append("positions: missed \(missing.actor) \(missing.stance) \(missing.issue)")
        }
        counts[.positions] = positions

        // Reported positions: the triple and the reporter.
        let reportedGold = gold.positions.indices.filter { gold.positions[$0].basis == "reported" && gold.positions[$0].reportedBy != nil }
        var reported = Counts(expected: reportedGold.filter { gold.positions[$0].optional != true }.count)
        var reportedFound = Set<Int>()
        var reportedSeen = Set<String>()
        for position in proposals.positions where position.basis == .reported {
            let reporter = position.reportedBy
            guard reportedSeen.insert("\(position.actor)|\(position.issue)|\(position.stance)|\(reporter?.rawValue ?? "")").inserted
            else { continue }
            let hits = reportedGold.filter { index in
                let expected = gold.positions[index]
                return actorFits(position.actor, expected.actor) && issueFits(position.issue, expected.issue)
                    && position.stance.rawValue == expected.stance
                    && (expected.reportedBy.map { name in reporter.map { actorFits($0, name) } == true } ?? true)
            }
            let required = hits.filter { gold.positions[$0].optional != true }
            if !required.isEmpty {
                reported.proposed += 1
                reported.correct += 1
                reportedFound.formUnion(required)
            } else if hits.isEmpty {
                reported.proposed += 1
                errors.append("reported: not hand-coded: \(position.actor) \(position.stance) \(position.issue) reported by \(reporter?.rawValue ?? "nobody")")
            }
        }
        reported.found = reportedFound.count
        for index in reportedGold where gold.positions[index].optional != true && !reportedFound.contains(index) {
            let missing = gold.positions[index]
            errors.append("reported: missed \(missing.actor) \(missing.stance) \(missing.issue) reported by \(missing.reportedBy ?? "?")")
        }
        counts[.reported] = reported
    }

    /// Whether `name` contains the words of `expected` as whole words (by `NameMatching.key`).
    static func contains(_ name: String, _ expected: String) -> Bool {
        let hay = " \(NameMatching.key(name)) "
        let needle = NameMatching.key(expected)
        return !needle.isEmpty && hay.contains(" \(needle) ")
    }

    /// The precision of candidate positions by kind of proposal, one line each: "positions at low confidence, tone
    /// hint: 5 of 10 right (0.50)".
    public func positionKinds() -> String {
        positionsByKind.sorted { $0.key < $1.key }.map { kind, counts in
            "positions at \(kind): \(counts.correct) of \(counts.proposed) right"
                + " (\(FieldEvaluation.twoPlaces(counts.precision)))"
        }.joined(separator: "\n") + (positionsByKind.isEmpty ? "" : "\n")
    }

    /// A figure rounded to two places, "0.46".
    static func twoPlaces(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The figures as an aligned table: field, proposed, hand-coded, correct, precision, recall, F1.
    public func table() -> String {
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + padding : padding + text
        }
        var lines = [
            pad("field", 13, left: true) + pad("proposed", 9) + pad("gold", 6) + pad("correct", 8) + pad("found", 6)
                + pad("precision", 10) + pad("recall", 7) + pad("F1", 6)
        ]
        for field in Field.allCases {
            let c = self[field]
            lines.append(
                pad(field.rawValue, 13, left: true) + pad("\(c.proposed)", 9) + pad("\(c.expected)", 6)
                    + pad("\(c.correct)", 8) + pad("\(c.found)", 6) + pad(FieldEvaluation.twoPlaces(c.precision), 10)
                    + pad(FieldEvaluation.twoPlaces(c.recall), 7) + pad(FieldEvaluation.twoPlaces(c.f1), 6))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
