import StanceCore

/// Writes graph entities into a database: a whole graph for `stance build`, or one entity for
/// `stance add`. Statements are prepared once per connection and reused.
public enum GraphWriter {
    /// Inserts every entity of `graph`; the caller's transaction makes it all or nothing.
    ///
    /// Positions and quotes get their `seq` (the order they were recorded) from their order in
    /// `graph`, which is the tie-break for two positions on the same date.
    public static func insert(_ graph: GraphContents, into db: SQLConnection) throws {
        for actor in graph.actors { try insert(actor, into: db) }
        // Parents may come later in id order: insert issues first, then set parents and relations.
        for issue in graph.issues { try insert(issue, into: db, withLinks: false) }
        for source in graph.sources { try insert(source, into: db) }
        for issue in graph.issues { try insertLinks(of: issue, into: db) }
        for affiliation in graph.affiliations { try insert(affiliation, into: db) }
        for source in graph.sources {
            for quote in source.quotes { try insert(quote, sourceDate: source.date, into: db) }
        }
        for source in graph.sources {
            for position in source.positions { try insert(position, into: db) }
        }
        for annotation in graph.annotations { try insert(annotation, into: db) }
        try NameKeys.rebuild(db)
    }

    /// The graph's tables, children before the tables they point at.
    static let tablesInDeletionOrder = [
        "annotation", "position", "quote_issue", "quote", "affiliation", "issue_relation", "issue_term", "issue_alias",
        "actor_alias", "name_key", "change_log", "source", "issue", "actor",
    ]

    /// Deletes the whole graph and its change log (the caller's transaction makes it all or nothing):
    /// what `stance build` does to a server database before writing `graph-data/` into it.
    public static func removeAll(in db: SQLConnection) throws {
        for table in tablesInDeletionOrder {
            // Table names come from the fixed list above, never from input.
            try db.execute(sql: "DELETE FROM \"\(table)\"")
        }
    }

    /// Inserts an actor and its aliases.
    public static func insert(_ a: Graph.Actor, into db: SQLConnection) throws {
        try db.prepare(sql: "INSERT INTO actor (id, name, kind, description, note) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [a.id.rawValue, a.name, a.kind.rawValue, a.description, a.note])
        let alias = try db.prepare(sql: "INSERT INTO actor_alias (actor_id, ordinal, alias) VALUES (?, ?, ?)")
        for (ordinal, text) in a.aliases.enumerated() {
            try alias.execute(arguments: [a.id.rawValue, ordinal, text])
        }
    }

    /// Inserts an issue, its aliases and its terms, and (with `withLinks`) its parent and relations.
    public static func insert(_ i: Graph.Issue, into db: SQLConnection, withLinks: Bool = true) throws {
        try db.prepare(sql: "INSERT INTO issue (id, name, description, parent_id, note) VALUES (?, ?, ?, NULL, ?)")
            .execute(arguments: [i.id.rawValue, i.name, i.description, i.note])
        let alias = try db.prepare(sql: "INSERT INTO issue_alias (issue_id, ordinal, alias) VALUES (?, ?, ?)")
        for (ordinal, text) in i.aliases.enumerated() {
            try alias.execute(arguments: [i.id.rawValue, ordinal, text])
        }
        let term = try db.prepare(sql: "INSERT INTO issue_term (issue_id, ordinal, term) VALUES (?, ?, ?)")
        for (ordinal, text) in i.terms.enumerated() {
            try term.execute(arguments: [i.id.rawValue, ordinal, text])
        }
        if withLinks { try insertLinks(of: i, into: db) }
    }

    static func insertLinks(of i: Graph.Issue, into db: SQLConnection) throws {
        if let parent = i.parent {
            try db.prepare(sql: "UPDATE issue SET parent_id = ? WHERE id = ?")
                .execute(arguments: [parent.rawValue, i.id.rawValue])
        }
        let relation = try db.prepare(
            sql: """
                INSERT INTO issue_relation (issue_id, ordinal, kind, related_issue_id, source_id, note)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for (ordinal, r) in i.relations.enumerated() {
            try relation.execute(arguments: [
                i.id.rawValue, ordinal, r.kind.rawValue, r.issue.rawValue, r.source?.rawValue, r.note,
            ])
        }
    }

    /// Inserts a source (its quotes and positions are inserted on their own).
    public static func insert(_ s: Graph.Source, into db: SQLConnection) throws {
        try db.prepare(
            sql: """
                INSERT INTO source (id, title, outlet, author, date, date_basis, date_note, seed, note, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            s.id.rawValue, s.title, s.outlet, s.author, s.date.description, s.dateBasis.rawValue, s.dateNote, s.seed,
            s.note, s.text,
        ])
    }

    /// Inserts an affiliation.
    public static func insert(_ f: Graph.Affiliation, into db: SQLConnection) throws {
        try db.prepare(
            sql: """
                INSERT INTO affiliation (id, actor_id, organization_id, role, start, "end", source_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            f.id.rawValue, f.actor.rawValue, f.organization.rawValue, f.role, f.start?.description,
            f.end?.description, f.source?.rawValue, f.note,
        ])
    }

    /// Inserts a quote and the issues it bears on; its effective date is its own or the source's.
    public static func insert(_ q: Graph.Quote, sourceDate: PartialDate, into db: SQLConnection) throws {
        let date = q.date ?? sourceDate
        try db.prepare(
            sql: """
                INSERT INTO quote (id, speaker_id, source_id, text, date, coded_date, start_offset, end_offset, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            q.id.rawValue, q.speaker.rawValue, q.source.rawValue, q.text, date.description, q.date?.description,
            q.range?.start, q.range?.end, q.note,
        ])
        let issue = try db.prepare(sql: "INSERT INTO quote_issue (quote_id, ordinal, issue_id) VALUES (?, ?, ?)")
        for (ordinal, issueID) in q.issues.enumerated() {
            try issue.execute(arguments: [q.id.rawValue, ordinal, issueID.rawValue])
        }
    }

    /// Inserts a position; its effective date is its own, else its quote's, else its source's.
    public static func insert(_ p: Graph.Position, into db: SQLConnection) throws {
        var quoteID: String?
        var paraphrase: String?
        var sentence: String?
        switch p.evidence {
        case .quote(let id): quoteID = id.rawValue
        case .paraphrase(let text, let basis):
            paraphrase = text
            sentence = basis
        case .none: break
        }
        try db.prepare(
            sql: """
                INSERT INTO position (id, actor_id, issue_id, stance, date, coded_date, until, source_id,
                    basis, reported_by, quote_id, paraphrase, sentence, confidence, coder, note)
                VALUES (?, ?, ?, ?,
                    coalesce(?, (SELECT date FROM quote WHERE id = ?), (SELECT date FROM source WHERE id = ?)),
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            p.id.rawValue, p.actor.rawValue, p.issue.rawValue, p.stance.rawValue, p.date?.description, quoteID,
            p.source.rawValue, p.date?.description, p.until?.description, p.source.rawValue, p.basis.rawValue,
            p.reportedBy?.rawValue, quoteID, paraphrase, sentence, p.confidence.rawValue, p.coder, p.note,
        ])
    }

    /// Inserts an annotation.
    public static func insert(_ n: Graph.Annotation, into db: SQLConnection) throws {
        try db.prepare(sql: "INSERT INTO annotation (id, target, text, coder, time) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [n.id.rawValue, n.target.description, n.text, n.coder, n.time])
    }

    /// Recomputes the effective dates that follow from coded ones in the given sources (after a
    /// date was edited): a quote's is its own or its source's; a position's its own, its quote's
    /// or its source's.
    public static func recomputeDates(_ db: SQLConnection, sources: Set<String>) throws {
        for source in sources.sorted() {
            try db.execute(
                sql: """
                    UPDATE quote SET date = coalesce(coded_date, (SELECT s.date FROM source s WHERE s.id = quote.source_id))
                    WHERE source_id = ?
                    """, arguments: [source])
            try db.execute(
                sql: """
                    UPDATE position SET date = coalesce(coded_date, (SELECT q.date FROM quote q WHERE q.id = position.quote_id),
                                                        (SELECT s.date FROM source s WHERE s.id = position.source_id))
                    WHERE source_id = ?
                    """, arguments: [source])
        }
    }

    /// The sources whose rows appear in the snapshots (by `source_id`, or as sources themselves).
    static func sources(in snapshots: [Snapshot]) -> Set<String> {
        var ids = Set<String>()
        for snapshot in snapshots {
            for part in snapshot.parts {
                for row in part.rows {
                    if let id = row["source_id"]?.text { ids.insert(id) }
                    if part.table == "source", let id = row["id"]?.text { ids.insert(id) }
                }
            }
        }
        return ids
    }
}
