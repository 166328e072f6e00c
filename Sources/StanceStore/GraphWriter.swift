import GRDB
import StanceCore

/// Writes a whole graph into an empty database, in one transaction, with prepared statements.
public enum GraphWriter {
    /// Inserts every entity of `graph`; the caller's transaction makes it all or nothing.
    ///
    /// Positions and quotes get their `seq` (the order they were recorded) from their order in
    /// `graph`, which is the tie-break for two positions on the same date.
    public static func insert(_ graph: GraphContents, into db: Database) throws {
        let actor = try db.makeStatement(
            sql: "INSERT INTO actor (id, name, kind, description, note) VALUES (?, ?, ?, ?, ?)")
        let actorAlias = try db.makeStatement(
            sql: "INSERT INTO actor_alias (actor_id, ordinal, alias) VALUES (?, ?, ?)")
        for a in graph.actors {
            try actor.execute(arguments: [a.id.rawValue, a.name, a.kind.rawValue, a.description, a.note])
            for (ordinal, alias) in a.aliases.enumerated() {
                try actorAlias.execute(arguments: [a.id.rawValue, ordinal, alias])
            }
        }
        let issue = try db.makeStatement(
            sql: "INSERT INTO issue (id, name, description, parent_id, note) VALUES (?, ?, ?, ?, ?)")
        let issueAlias = try db.makeStatement(
            sql: "INSERT INTO issue_alias (issue_id, ordinal, alias) VALUES (?, ?, ?)")
        // Parents may come later in id order: insert issues first, then set parents.
        for i in graph.issues {
            try issue.execute(arguments: [i.id.rawValue, i.name, i.description, nil, i.note])
            for (ordinal, alias) in i.aliases.enumerated() {
                try issueAlias.execute(arguments: [i.id.rawValue, ordinal, alias])
            }
        }
        let parent = try db.makeStatement(sql: "UPDATE issue SET parent_id = ? WHERE id = ?")
        for i in graph.issues {
            if let p = i.parent { try parent.execute(arguments: [p.rawValue, i.id.rawValue]) }
        }
        let source = try db.makeStatement(
            sql: """
                INSERT INTO source (id, title, outlet, author, date, date_basis, date_note, seed, note, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for s in graph.sources {
            try source.execute(arguments: [
                s.id.rawValue, s.title, s.outlet, s.author, s.date.description, s.dateBasis.rawValue,
                s.dateNote, s.seed, s.note, s.text,
            ])
        }
        let relation = try db.makeStatement(
            sql: """
                INSERT INTO issue_relation (issue_id, ordinal, kind, related_issue_id, source_id, note)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for i in graph.issues {
            for (ordinal, r) in i.relations.enumerated() {
                try relation.execute(arguments: [
                    i.id.rawValue, ordinal, r.kind.rawValue, r.issue.rawValue, r.source?.rawValue, r.note,
                ])
            }
        }
        let affiliation = try db.makeStatement(
            sql: """
                INSERT INTO affiliation (id, actor_id, organization_id, role, start, "end", source_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for f in graph.affiliations {
            try affiliation.execute(arguments: [
                f.id.rawValue, f.actor.rawValue, f.organization.rawValue, f.role, f.start?.description,
                f.end?.description, f.source.rawValue, f.note,
            ])
        }
        let quote = try db.makeStatement(
            sql: """
                INSERT INTO quote (id, speaker_id, source_id, text, date, coded_date, start_offset, end_offset, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let quoteIssue = try db.makeStatement(
            sql: "INSERT INTO quote_issue (quote_id, ordinal, issue_id) VALUES (?, ?, ?)")
        let position = try db.makeStatement(
            sql: """
                INSERT INTO position (id, actor_id, issue_id, stance, date, coded_date, until, source_id,
                    basis, reported_by, quote_id, paraphrase, sentence, confidence, coder, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var quoteDates: [Graph.Quote.ID: PartialDate] = [:]
        for s in graph.sources {
            for q in s.quotes {
                let date = q.date ?? s.date
                quoteDates[q.id] = date
                try quote.execute(arguments: [
                    q.id.rawValue, q.speaker.rawValue, q.source.rawValue, q.text, date.description,
                    q.date?.description, q.range.start, q.range.end, q.note,
                ])
                for (ordinal, issueID) in q.issues.enumerated() {
                    try quoteIssue.execute(arguments: [q.id.rawValue, ordinal, issueID.rawValue])
                }
            }
        }
        for s in graph.sources {
            for p in s.positions {
                var quoteID: String?
                var paraphrase: String?
                var sentence: String?
                var effective = p.date ?? s.date
                switch p.evidence {
                case .quote(let id):
                    quoteID = id.rawValue
                    if p.date == nil, let d = quoteDates[id] { effective = d }
                case .paraphrase(let text, let basis):
                    paraphrase = text
                    sentence = basis
                case .none:
                    break
                }
                try position.execute(arguments: [
                    p.id.rawValue, p.actor.rawValue, p.issue.rawValue, p.stance.rawValue,
                    effective.description, p.date?.description, p.until?.description, p.source.rawValue,
                    p.basis.rawValue, p.reportedBy?.rawValue, quoteID, paraphrase, sentence,
                    p.confidence.rawValue, p.coder, p.note,
                ])
            }
        }
        let annotation = try db.makeStatement(
            sql: "INSERT INTO annotation (id, target, text, coder, time) VALUES (?, ?, ?, ?, ?)")
        for n in graph.annotations {
            try annotation.execute(arguments: [n.id.rawValue, n.target.description, n.text, n.coder, n.time])
        }
        try NameKeys.rebuild(db)
    }
}
