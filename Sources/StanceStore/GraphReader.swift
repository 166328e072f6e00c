import StanceCore

/// Reads a whole graph back out of a database, in the canonical order `graph-data/` uses.
public enum GraphReader {
    /// Every entity in `db`: actors, issues, affiliations and annotations by id; sources by id
    /// with their quotes and positions in the order they were recorded.
    public static func read(_ db: SQLConnection) throws -> GraphContents {
        var graph = try readNames(db)
        let quoteIssues = try groupedStrings(
            db, sql: "SELECT quote_id, issue_id FROM quote_issue ORDER BY quote_id, ordinal")
        var quotes: [String: [Graph.Quote]] = [:]
        for row in try db.fetchAll(sql: "SELECT * FROM quote ORDER BY seq") {
            let id = try slug(row["id"], "quote.id")
            let source = try slug(row["source_id"], "quote.source_id")
            let issues = try (quoteIssues[id.rawValue] ?? []).map { try slug($0, "quote_issue.issue_id") }
            quotes[source.rawValue, default: []].append(
                Graph.Quote(
                    id: id, speaker: try slug(row["speaker_id"], "quote.speaker_id"), source: source,
                    text: row["text"], date: try optionalDate(row["coded_date"], "quote.coded_date"),
                    issues: issues,
                    range: (row["start_offset"] as Int?).flatMap { start in
                        (row["end_offset"] as Int?).map { TextRange(start: start, end: $0) }
                    },
                    note: row["note"]))
        }
        var positions: [String: [Graph.Position]] = [:]
        for row in try db.fetchAll(sql: "SELECT * FROM position ORDER BY seq") {
            let source = try slug(row["source_id"], "position.source_id")
            let evidence: Graph.Position.Evidence
            if let quote: String = row["quote_id"] {
                evidence = .quote(try slug(quote, "position.quote_id"))
            } else if let paraphrase: String = row["paraphrase"], let sentence: String = row["sentence"] {
                evidence = .paraphrase(paraphrase, sentence: sentence)
            } else {
                evidence = .none
            }
            positions[source.rawValue, default: []].append(
                Graph.Position(
                    id: try slug(row["id"], "position.id"),
                    actor: try slug(row["actor_id"], "position.actor_id"),
                    issue: try slug(row["issue_id"], "position.issue_id"),
                    stance: try value(row["stance"], "position.stance"),
                    date: try optionalDate(row["coded_date"], "position.coded_date"),
                    until: try optionalDate(row["until"], "position.until"), source: source,
                    basis: try value(row["basis"], "position.basis"),
                    reportedBy: try optionalSlug(row["reported_by"], "position.reported_by"),
                    evidence: evidence, confidence: try value(row["confidence"], "position.confidence"),
                    coder: row["coder"], note: row["note"]))
        }
        for row in try db.fetchAll(sql: "SELECT * FROM source ORDER BY id") {
            let id = try slug(row["id"], "source.id")
            guard let date = PartialDate(row["date"] ?? "") else {
                throw StoreError.corrupt("source \(id) has no valid date")
            }
            graph.sources.append(
                Graph.Source(
                    id: id, title: row["title"], outlet: row["outlet"], author: row["author"],
                    date: date, dateBasis: try value(row["date_basis"], "source.date_basis"),
                    dateNote: row["date_note"], seed: row["seed"], note: row["note"], text: row["text"],
                    quotes: quotes[id.rawValue] ?? [], positions: positions[id.rawValue] ?? []))
        }
        for row in try db.fetchAll(sql: "SELECT * FROM annotation ORDER BY id") {
            let targetText: String = row["target"]
            guard let target = Graph.Target(targetText) else {
                throw StoreError.corrupt("annotation target '\(targetText)'")
            }
            graph.annotations.append(
                Graph.Annotation(
                    id: try slug(row["id"], "annotation.id"), target: target, text: row["text"],
                    coder: row["coder"], time: row["time"]))
        }
        return graph
    }

    /// The graph's names: actors, issues and affiliations with their aliases (issues with their terms), no sources (what the extractor reads
    /// an article against; `read` starts from it).
    public static func readNames(_ db: SQLConnection) throws -> GraphContents {
        var graph = GraphContents()
        let actorAliases = try groupedStrings(
            db, sql: "SELECT actor_id, alias FROM actor_alias ORDER BY actor_id, ordinal")
        for row in try db.fetchAll(sql: "SELECT * FROM actor ORDER BY id") {
            let id = try slug(row["id"], "actor.id")
            graph.actors.append(
                Graph.Actor(
                    id: id, name: row["name"], kind: try value(row["kind"], "actor.kind"),
                    aliases: actorAliases[id.rawValue] ?? [], description: row["description"],
                    note: row["note"]))
        }
        let issueAliases = try groupedStrings(
            db, sql: "SELECT issue_id, alias FROM issue_alias ORDER BY issue_id, ordinal")
        let issueTerms = try groupedStrings(
            db, sql: "SELECT issue_id, term FROM issue_term ORDER BY issue_id, ordinal")
        var relations: [String: [Graph.Issue.Relation]] = [:]
        for row in try db.fetchAll(sql: "SELECT * FROM issue_relation ORDER BY issue_id, ordinal")
        {
            relations[row["issue_id"], default: []].append(
                Graph.Issue.Relation(
                    kind: try value(row["kind"], "issue_relation.kind"),
                    issue: try slug(row["related_issue_id"], "issue_relation.related_issue_id"),
                    source: try optionalSlug(row["source_id"], "issue_relation.source_id"),
                    note: row["note"]))
        }
        for row in try db.fetchAll(sql: "SELECT * FROM issue ORDER BY id") {
            let id = try slug(row["id"], "issue.id")
            graph.issues.append(
                Graph.Issue(
                    id: id, name: row["name"], aliases: issueAliases[id.rawValue] ?? [],
                    terms: issueTerms[id.rawValue] ?? [], description: row["description"],
                    parent: try optionalSlug(row["parent_id"], "issue.parent_id"),
                    relations: relations[id.rawValue] ?? [], note: row["note"]))
        }
        for row in try db.fetchAll(sql: "SELECT * FROM affiliation ORDER BY id") {
            graph.affiliations.append(
                Graph.Affiliation(
                    id: try slug(row["id"], "affiliation.id"),
                    actor: try slug(row["actor_id"], "affiliation.actor_id"),
                    organization: try slug(row["organization_id"], "affiliation.organization_id"),
                    role: row["role"], start: try optionalDate(row["start"], "affiliation.start"),
                    end: try optionalDate(row["end"], "affiliation.end"),
                    source: try optionalSlug(row["source_id"], "affiliation.source_id"), note: row["note"]))
        }
        return graph
    }

    private static func groupedStrings(_ db: SQLConnection, sql: String) throws -> [String: [String]] {
        var grouped: [String: [String]] = [:]
        let rows = try db.cursor(sql: sql)
        while let row = try rows.next() {
            grouped[row[0], default: []].append(row[1])
        }
        return grouped
    }

    static func slug(_ text: String?, _ column: String) throws -> Slug {
        guard let text, let slug = Slug(text) else {
            throw StoreError.corrupt("\(column) '\(text ?? "NULL")' is not a valid id")
        }
        return slug
    }

    static func optionalSlug(_ text: String?, _ column: String) throws -> Slug? {
        guard let text else { return nil }
        return try slug(text, column)
    }

    static func optionalDate(_ text: String?, _ column: String) throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw StoreError.corrupt("\(column) '\(text)' is not a date")
        }
        return date
    }

    static func value<T: RawRepresentable>(_ text: String?, _ column: String) throws -> T
    where T.RawValue == String {
        guard let text, let value = T(rawValue: text) else {
            throw StoreError.corrupt("\(column) '\(text ?? "NULL")' is not a valid value")
        }
        return value
    }
}
