import Foundation
import StanceCore
import StanceExtract
import StanceStore

/// What the extractor proposes for one article, in the shape the coding view uses: one item per passage a coder
/// might code (a quote with its speaker, or the sentence a candidate position rests on), with offsets in code
/// points as the store counts them, and the actors and issues the article mentions (for guessing a speaker and
/// an issue from a selection the extractor did not propose).
struct CodingProposals: Sendable, Equatable {
    /// One passage to accept, edit or reject.
    struct Item: Sendable, Equatable {
        enum Kind: String, Sendable { case quote, sentence }

        /// Stable for the same text and graph names: `KIND-START-END`, plus actor, issue and stance when a
        /// position is proposed (what a rejection is remembered by).
        var key: String
        var kind: Kind
        var range: TextRange
        var text: String
        /// The speaker (a quote) or the actor (a candidate position), known or new.
        var actorName: String?
        var actorID: String?
        var actorIsNew: Bool
        var issueID: String?
        var issueName: String?
        var stance: Graph.Stance?
        var basis: Graph.Position.Basis?
        /// For a `reported` basis: the actor who reports the stance, when the article names one.
        var reportedBy: String?
        var confidence: Graph.Position.Confidence?
        var cues: [String]
        /// Whether a coded quote or evidence sentence already covers this passage.
        var coded: Bool
    }

    var textHash: String
    var items: [Item]
    var mentions: [Mention]

    /// The proposals for `source` read against `graph`; an article without text has none.
    static func make(for source: Graph.Source, graph: GraphContents) -> CodingProposals {
        guard let text = source.text else { return CodingProposals(textHash: "", items: [], mentions: []) }
        let proposed = ProposedSource(id: source.id, title: source.title, outlet: source.outlet, date: source.date, text: text)
        let proposals = Extractor(graph: graph).extract(text, source: proposed)
        let actorNames = Dictionary(graph.actors.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
            .merging(proposals.actors.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        let issueNames = Dictionary(graph.issues.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
            .merging(proposals.issues.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        let newActors = Set(proposals.actors.map(\.id.rawValue))

        var items: [Item] = []
        var quoteRanges: [String: TextRange] = [:]
        for quote in proposals.quotes {
            quoteRanges[quote.id.rawValue] = quote.range
            let positions = proposals.positions.filter { $0.quote == quote.id }
            let base = Item(
                key: "quote-\(quote.range.start)-\(quote.range.end)", kind: .quote, range: quote.range, text: quote.text,
                actorName: quote.speaker?.name, actorID: quote.speaker?.id?.rawValue, actorIsNew: quote.speaker?.isNew ?? false,
                issueID: quote.issues.first?.rawValue, issueName: quote.issues.first.flatMap { issueNames[$0.rawValue] },
                stance: nil, basis: nil, reportedBy: nil, confidence: nil, cues: [], coded: false)
            guard !positions.isEmpty else {
                items.append(base)
                continue
            }
            for position in positions {
                items.append(item(base, position, actorNames: actorNames, issueNames: issueNames, newActors: newActors))
            }
        }
        for position in proposals.positions where position.quote == nil {
            guard !position.sentence.isEmpty, let found = VerbatimText.occurrences(of: position.sentence, in: text).first else {
                continue
            }
            let base = Item(
                key: "sentence-\(found.start)-\(found.end)", kind: .sentence, range: found, text: position.sentence,
                actorName: nil, actorID: nil, actorIsNew: false, issueID: nil, issueName: nil, stance: nil, basis: nil, reportedBy: nil,
                confidence: nil, cues: [], coded: false)
            items.append(item(base, position, actorNames: actorNames, issueNames: issueNames, newActors: newActors))
        }
        // The same passage may be proposed twice (a speaker's and an organisation's position); keys stay unique.
        var seen: [String: Int] = [:]
        for index in items.indices {
            let count = seen[items[index].key, default: 0]
            seen[items[index].key] = count + 1
            if count > 0 { items[index].key += "-\(count + 1)" }
        }
        items.sort { ($0.range.start, $0.range.end, $0.key) < ($1.range.start, $1.range.end, $1.key) }
        return CodingProposals(textHash: CodingProposals.hash(text), items: items, mentions: proposals.mentions)
            .marked(codedIn: source)
    }

    /// The same proposals, each marked `coded` when a quote or evidence sentence of `source` as it is now covers
    /// its passage. Proposals are cached by text and names; what is coded changes with every save, so it is
    /// marked afresh on each read.
    func marked(codedIn source: Graph.Source) -> CodingProposals {
        let coded = Span.locate(in: source).map(\.range)
        var marked = self
        for index in marked.items.indices {
            let range = marked.items[index].range
            marked.items[index].coded = coded.contains { $0.start < range.end && range.start < $0.end }
        }
        return marked
    }

    private static func item(
        _ base: Item, _ position: ProposedPosition, actorNames: [String: String], issueNames: [String: String],
        newActors: Set<String>
    ) -> Item {
        var item = base
        item.key += "-\(position.actor.rawValue)-\(position.issue.rawValue)-\(position.stance.rawValue)"
        item.actorID = position.actor.rawValue
        item.actorName = actorNames[position.actor.rawValue] ?? position.actor.rawValue
        item.actorIsNew = newActors.contains(position.actor.rawValue)
        item.issueID = position.issue.rawValue
        item.issueName = issueNames[position.issue.rawValue] ?? position.issue.rawValue
        item.stance = position.stance
        item.basis = position.basis
        item.reportedBy = position.reportedBy?.rawValue
        item.confidence = position.confidence
        item.cues = position.cues
        return item
    }

    /// The SHA-256 of the article text, hex: what the proposals are cached by.
    static func hash(_ text: String) -> String {
        SHA256.hex(SHA256.digest(Array(text.utf8)))
    }

    /// `{"text_sha256", "offsets", "proposals": [...], "mentions": [...]}` (docs/api.md).
    var json: AnswerValue {
        .object([
            ("text_sha256", .text(textHash)), ("offsets", .text("unicode code points, end exclusive")),
            (
                "proposals",
                .list(
                    items.map { item in
                        .object([
                            ("key", .text(item.key)), ("kind", .text(item.kind.rawValue)),
                            ("start", .integer(item.range.start)), ("end", .integer(item.range.end)),
                            ("text", .text(item.text)),
                            (
                                "actor",
                                item.actorName.map { name in
                                    .object([
                                        ("id", .optional(item.actorID)), ("name", .text(name)), ("new", .bool(item.actorIsNew)),
                                    ])
                                } ?? .null
                            ),
                            (
                                "issue",
                                item.issueID.map { id in .object([("id", .text(id)), ("name", .optional(item.issueName))]) }
                                    ?? .null
                            ),
                            ("stance", .optional(item.stance?.rawValue)), ("basis", .optional(item.basis?.rawValue)),
                            ("reported_by", .optional(item.reportedBy)),
                            ("confidence", .optional(item.confidence?.rawValue)),
                            ("cues", .list(item.cues.map(AnswerValue.text))), ("coded", .bool(item.coded)),
                        ])
                    })
            ),
            (
                "mentions",
                .list(
                    mentions.map { mention in
                        .object([
                            ("kind", .text(mention.kind.rawValue)), ("id", .text(mention.id.rawValue)),
                            ("name", .text(mention.name)), ("start", .integer(mention.range.start)),
                            ("end", .integer(mention.range.end)),
                        ])
                    })
            ),
        ])
    }
}

/// Proposals already made, by source id and the hash of its text, so an article is read once however many
/// coders open it. Bounded: the oldest entry goes when it is full.
final class ProposalCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: CodingProposals] = [:]
    private var order: [String] = []
    private let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The cached proposals for `source` read against the names at `vocabulary` (a `NameVocabulary` stamp), or
    /// those `make` returns, cached.
    func proposals(
        for source: Graph.Source, vocabulary: String, make: () throws -> CodingProposals
    ) rethrows -> CodingProposals {
        let key = source.id.rawValue + "\u{0}" + CodingProposals.hash(source.text ?? "") + "\u{0}" + vocabulary
        if let hit = lock.withLock({ entries[key] }) { return hit }
        let made = try make()
        lock.withLock {
            if entries[key] == nil {
                order.append(key)
                if order.count > capacity { entries[order.removeFirst()] = nil }
            }
            entries[key] = made
        }
        return made
    }
}

/// The graph's names the extractor reads articles against (actors, issues, affiliations), loaded once per server
/// and again only when they change: a write that adds, edits, removes or undoes an actor, issue or affiliation
/// (here or from another process) changes the stamp.
final class NameVocabulary: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: (stamp: String, names: GraphContents)?

    /// What the names are now, cheaply: their counts and the newest change to any of them.
    static func stamp(_ db: SQLConnection) throws -> String {
        let row = try db.fetchOne(sql: """
            SELECT (SELECT count(*) FROM actor) AS actors, (SELECT count(*) FROM issue) AS issues,
                   (SELECT count(*) FROM affiliation) AS affiliations,
                   (SELECT max(id) FROM change_log
                     WHERE target LIKE 'actor:%' OR target LIKE 'issue:%' OR target LIKE 'affiliation:%') AS changed
            """)
        let counts: [Int?] = [row?["actors"], row?["issues"], row?["affiliations"], row?["changed"]]
        return counts.map { $0.map(String.init) ?? "-" }.joined(separator: ":")
    }

    /// The names at `stamp`: those loaded before when the stamp is the same, else `load`'s, kept.
    func names(at stamp: String, load: () throws -> GraphContents) rethrows -> GraphContents {
        try lock.withLock {
            if let loaded, loaded.stamp == stamp { return loaded.names }
            let names = try load()
            loaded = (stamp, names)
            return names
        }
    }
}
