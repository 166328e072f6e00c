import StanceCore
import StanceStore

/// Adds the accepted items of a review to a database, each through `Editor.add` (validated and
/// logged), all in one transaction: the source first when the review creates it, then new
/// issues, actors, affiliations, quotes and positions. Items not accepted are not written; if any accepted item
/// is invalid, nothing is written.
public struct Applier: Sendable {
    /// Who makes the changes.
    public let editor: Editor

    /// An applier that attributes every change to `editor`'s coder.
    public init(editor: Editor) {
        self.editor = editor
    }

    /// Adds the accepted items of `review` to `store` in one write transaction; the changes, in order.
    @discardableResult
    public func apply(_ review: Proposals, to store: Store) throws -> [Change] {
        try store.write { db in try apply(review, in: db) }
    }

    /// Adds the accepted items of `review` inside a write transaction the caller holds.
    public func apply(_ review: Proposals, in db: SQLConnection) throws -> [Change] {
        var changes: [Change] = []
        let source = review.source
        let sourceID = source.id
        let sourceExists = try exists("source", sourceID, in: db)
        let acceptedActors = Set(review.actors.filter(\.accept).map(\.id))
        let proposedActors = Set(review.actors.map(\.id))
        let acceptedQuotes = Set(review.quotes.filter(\.accept).map(\.id))

        // 1. The source, when the review creates it.
        if source.accept, !sourceExists {
            guard let title = source.title, !title.isEmpty else { throw problem("source \(sourceID)", "give the source a title") }
            guard let date = source.date else { throw problem("source \(sourceID)", "give the source a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            let entity = Graph.Source(
                id: sourceID, title: title, outlet: source.outlet, date: date, text: source.text.isEmpty ? nil : source.text)
            changes.append(try add(.source(entity), "source \(sourceID)", in: db))
        } else if !sourceExists {
            let needsSource = review.quotes.contains(where: \.accept) || review.positions.contains(where: \.accept)
                || review.affiliations.contains(where: \.accept)
            if needsSource {
                throw problem(
                    "source \(sourceID)",
                    "the source is not in the database: accept the source block (with a title and a date) or add the source first")
            }
        }
        let article = try db.fetchOne(String.self, sql: "SELECT text FROM source WHERE id = ?", arguments: [sourceID.rawValue])

        // 1b. New issues the coder accepted, before the quotes and positions that name them.
        for proposed in review.issues where proposed.accept {
            let item = "issue \(proposed.id)"
            guard proposed.name.contains(where: { !$0.isWhitespace }) else { throw problem(item, "give the issue a name") }
            let entity = Graph.Issue(
                id: proposed.id, name: proposed.name, description: proposed.description, parent: proposed.parent,
                note: "Proposed by stance extract from source \(sourceID).")
            changes.append(try add(.issue(entity), item, in: db))
        }
        let refusedIssues = Set(review.issues.filter { !$0.accept }.map(\.id))
        func checkIssue(_ issue: Slug, _ item: String) throws {
            guard refusedIssues.contains(issue), try !exists("issue", issue, in: db) else { return }
            throw problem(item, "'\(issue)' is a proposed new issue that is not accepted: accept it under new_issues, or name a known issue")
        }

        // The actor an item names: an accepted new actor, a stored one, or a name that resolves.
        func actor(_ id: Slug?, name: String?, _ item: String) throws -> Slug {
            if let id {
                if try acceptedActors.contains(id) || exists("actor", id, in: db) { return id }
                if proposedActors.contains(id) {
                    throw problem(item, "'\(id)' is a proposed actor that is not accepted: accept it, or name a known actor")
                }
            }
            guard let text = id?.rawValue ?? name, !text.isEmpty else {
                throw problem(item, "no speaker: write the speaker's actor id (or a name that resolves to one)")
            }
            do {
                return try TargetResolver.reference(text, .actor, in: db)
            } catch let error as EditError {
                throw problem(item, message(error))
            }
        }

        // 2. New actors.
        for proposed in review.actors where proposed.accept {
            let entity = Graph.Actor(
                id: proposed.id, name: proposed.name, kind: proposed.kind, aliases: proposed.aliases,
                description: proposed.description, note: "Proposed by stance extract from source \(sourceID).")
            changes.append(try add(.actor(entity), "actor \(proposed.id)", in: db))
        }
        // 3. Their affiliations.
        for proposed in review.affiliations where proposed.accept {
            let item = "affiliation \(proposed.id)"
            let entity = Graph.Affiliation(
                id: proposed.id, actor: try actor(proposed.actor, name: nil, item),
                organization: try actor(proposed.organization, name: nil, item), role: proposed.role, source: sourceID)
            changes.append(try add(.affiliation(entity), item, in: db))
        }
        // 4. Quotes, their offsets checked against the article.
        for proposed in review.quotes where proposed.accept {
            let item = "quote \(proposed.id)"
            let speaker = try actor(proposed.speaker?.id, name: proposed.speaker?.name, item)
            for issue in proposed.issues { try checkIssue(issue, item) }
            var range: TextRange?
            if let article {
                range = VerbatimText.range(proposed.range, of: article, holds: proposed.text)
                    ? proposed.range
                    : VerbatimText.occurrences(of: proposed.text, in: article)
                        .min { abs($0.start - proposed.range.start) < abs($1.start - proposed.range.start) }
            }
            let entity = Graph.Quote(
                id: proposed.id, speaker: speaker, source: sourceID, text: proposed.text, issues: proposed.issues,
                range: range)
            changes.append(try add(.quote(entity), item, in: db))
        }
        // 5. Positions, resting on their quote when it is there, else on paraphrase and sentence.
        for proposed in review.positions where proposed.accept {
            let item = "position \(proposed.id)"
            try checkIssue(proposed.issue, item)
            let evidence: Graph.Position.Evidence
            if let quote = proposed.quote, try acceptedQuotes.contains(quote) || exists("quote", quote, in: db) {
                evidence = .quote(quote)
            } else {
                guard !proposed.sentence.isEmpty else { throw problem(item, "its quote is not accepted and it has no sentence") }
                evidence = .paraphrase(proposed.paraphrase, sentence: proposed.sentence)
            }
            let cues = proposed.cues.isEmpty ? "" : " (cues: \(proposed.cues.joined(separator: ", ")))"
            let entity = Graph.Position(
                id: proposed.id, actor: try actor(proposed.actor, name: nil, item), issue: proposed.issue,
                stance: proposed.stance, source: sourceID, basis: proposed.basis,
                reportedBy: try proposed.reportedBy.map { try actor($0, name: nil, item) }, evidence: evidence,
                confidence: proposed.confidence, coder: editor.coder,
                note: "Proposed by stance extract from cue words\(cues); accepted by \(editor.coder).")
            changes.append(try add(.position(entity), item, in: db))
        }
        return changes
    }

    private func add(_ entity: Editor.NewEntity, _ item: String, in db: SQLConnection) throws -> Change {
        do {
            return try editor.add(entity, in: db)
        } catch let error as EditError {
            if case .invalid(let problems) = error { throw EditError.invalid(problems.map { "\(item): \($0)" }) }
            throw problem(item, message(error))
        }
    }

    private func exists(_ table: String, _ id: Slug, in db: SQLConnection) throws -> Bool {
        try db.fetchOne(Bool.self, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id.rawValue]) ?? false
    }

    private func problem(_ item: String, _ message: String) -> EditError {
        EditError.invalid(["\(item): \(message)"])
    }

    private func message(_ error: EditError) -> String {
        var text = error.description
        if text.hasPrefix("error: ") { text.removeFirst("error: ".count) }
        return text
    }
}
