import StanceCore

/// Reads one entity at a time, for views that show a single actor, issue or source (`stance serve`).
///
/// Each function is one or a few statements with the id as a bound argument; nil when there is no such entity.
extension GraphReader {
    /// The actor with this id, with its aliases.
    public static func actor(_ id: String, in db: SQLConnection) throws -> Graph.Actor? {
        guard let row = try db.fetchOne(sql: "SELECT * FROM actor WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let aliases = try db.fetchAll(String.self, sql: "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY ordinal", arguments: [id])
        return Graph.Actor(
            id: try slug(row["id"], "actor.id"), name: row["name"], kind: try value(row["kind"], "actor.kind"),
            aliases: aliases, description: row["description"], note: row["note"])
    }

    /// The issue with this id, with its aliases and terms (its relations are not read).
    public static func issue(_ id: String, in db: SQLConnection) throws -> Graph.Issue? {
        guard let row = try db.fetchOne(sql: "SELECT * FROM issue WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let aliases = try db.fetchAll(String.self, sql: "SELECT alias FROM issue_alias WHERE issue_id = ? ORDER BY ordinal", arguments: [id])
        let terms = try db.fetchAll(String.self, sql: "SELECT term FROM issue_term WHERE issue_id = ? ORDER BY ordinal", arguments: [id])
        return Graph.Issue(
            id: try slug(row["id"], "issue.id"), name: row["name"], aliases: aliases, terms: terms,
            description: row["description"], parent: try optionalSlug(row["parent_id"], "issue.parent_id"),
            relations: [], note: row["note"])
    }

    /// The source with this id, with its text, its quotes and its positions in the order they were recorded.
    public static func source(_ id: String, in db: SQLConnection) throws -> Graph.Source? {
        guard let row = try db.fetchOne(sql: "SELECT * FROM source WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let sourceID = try slug(row["id"], "source.id")
        guard let date = PartialDate(row["date"] ?? "") else {
            throw StoreError.corrupt("source \(sourceID) has no valid date")
        }
        var quotes: [Graph.Quote] = []
        for quote in try db.fetchAll(sql: "SELECT * FROM quote WHERE source_id = ? ORDER BY seq", arguments: [id])
        {
            let quoteID = try slug(quote["id"], "quote.id")
            let issues = try db.fetchAll(String.self, sql: "SELECT issue_id FROM quote_issue WHERE quote_id = ? ORDER BY ordinal",
                arguments: [quoteID.rawValue])
            quotes.append(
                Graph.Quote(
                    id: quoteID, speaker: try slug(quote["speaker_id"], "quote.speaker_id"), source: sourceID,
                    text: quote["text"], date: try optionalDate(quote["coded_date"], "quote.coded_date"),
                    issues: try issues.map { try slug($0, "quote_issue.issue_id") },
                    range: (quote["start_offset"] as Int?).flatMap { start in
                        (quote["end_offset"] as Int?).map { TextRange(start: start, end: $0) }
                    },
                    note: quote["note"]))
        }
        let positions = try db.fetchAll(sql: "SELECT * FROM position WHERE source_id = ? ORDER BY seq", arguments: [id]
        ).map(position)
        return Graph.Source(
            id: sourceID, title: row["title"], outlet: row["outlet"], author: row["author"], date: date,
            dateBasis: try value(row["date_basis"], "source.date_basis"), dateNote: row["date_note"],
            seed: row["seed"], note: row["note"], text: row["text"], quotes: quotes, positions: positions)
    }

    /// The annotations on one entity, oldest first.
    public static func annotations(on target: Graph.Target, in db: SQLConnection) throws -> [Graph.Annotation] {
        try annotations(onAny: [target], in: db)
    }

    /// The annotations on any of `targets` (a source and its positions, say), oldest first, in one query.
    public static func annotations(onAny targets: [Graph.Target], in db: SQLConnection) throws -> [Graph.Annotation] {
        guard !targets.isEmpty else { return [] }
        let byText = Dictionary(targets.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
        return try db.fetchAll(
            "SELECT * FROM annotation WHERE target IN \(SQL.textList(Array(byText.keys))) ORDER BY time, id"
        ).map { row in
            let text: String = row["target"]
            guard let target = byText[text] else { throw StoreError.corrupt("annotation.target '\(text)' was not asked for") }
            return Graph.Annotation(
                id: try slug(row["id"], "annotation.id"), target: target, text: row["text"], coder: row["coder"],
                time: row["time"])
        }
    }

    private static func position(_ row: SQLRow) throws -> Graph.Position {
        let evidence: Graph.Position.Evidence
        if let quote: String = row["quote_id"] {
            evidence = .quote(try slug(quote, "position.quote_id"))
        } else if let paraphrase: String = row["paraphrase"], let sentence: String = row["sentence"] {
            evidence = .paraphrase(paraphrase, sentence: sentence)
        } else {
            evidence = .none
        }
        return Graph.Position(
            id: try slug(row["id"], "position.id"), actor: try slug(row["actor_id"], "position.actor_id"),
            issue: try slug(row["issue_id"], "position.issue_id"), stance: try value(row["stance"], "position.stance"),
            date: try optionalDate(row["coded_date"], "position.coded_date"),
            until: try optionalDate(row["until"], "position.until"),
            source: try slug(row["source_id"], "position.source_id"), basis: try value(row["basis"], "position.basis"),
            reportedBy: try optionalSlug(row["reported_by"], "position.reported_by"), evidence: evidence,
            confidence: try value(row["confidence"], "position.confidence"), coder: row["coder"], note: row["note"])
    }
}
