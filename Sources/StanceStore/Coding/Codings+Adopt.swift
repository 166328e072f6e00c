import StanceCore

extension Codings {
    /// What accepting a unit did to the graph.
    public enum Adoption: Sendable, Equatable {
        /// The unit was copied from this position, which is in the graph already.
        case alreadyInGraph(position: String)
        /// A new position was added (the change-log entry is attributed to the adjudicator).
        case added(Change)
    }

    /// Puts accepted unit `id` into the graph as a position, unless it came from one: evidence is the unit's
    /// verbatim text as the sentence, with a paraphrase that restates the coded values (no words beyond them);
    /// `coder` is the unit's coder and the note says who accepted it. Call inside `store.write`.
    ///
    /// - throws: `CodingError.incomplete` when the coder left actor, issue, stance or basis open;
    ///   `EditError.invalid` when the graph refuses the position (an unknown actor, say).
    public static func adopt(
        unit id: Int, confidence: Graph.Position.Confidence, editor: Editor, in db: SQLConnection
    ) throws -> Adoption {
        guard
            let row = try db.fetchOne(
                """
                SELECT u.source_id, u.coder, u.actor_id, u.issue_id, u.stance, u.basis, u.reported_by, u.text,
                       u.origin, a.name AS actor_name, i.name AS issue_name
                FROM coding_unit u
                LEFT JOIN actor a ON a.id = u.actor_id
                LEFT JOIN issue i ON i.id = u.issue_id
                WHERE u.id = \(id)
                """)
        else { throw CodingError.unknownUnit(id) }
        let source: String = row["source_id"] ?? ""
        if let origin: String = row["origin"],
            try db.fetchOne(String.self, "SELECT id FROM position WHERE id = \(origin) AND source_id = \(source)") != nil
        {
            return .alreadyInGraph(position: origin)
        }
        let actor: String? = row["actor_id"]
        let issue: String? = row["issue_id"]
        let stanceText: String? = row["stance"]
        let basisText: String? = row["basis"]
        let missing = [("actor", actor), ("issue", issue), ("stance", stanceText), ("basis", basisText)]
            .filter { $0.1 == nil }.map(\.0)
        guard let actor, let issue, let stance = stanceText.flatMap(Graph.Stance.init(rawValue:)),
            let basis = basisText.flatMap(Graph.Position.Basis.init(rawValue:)), missing.isEmpty
        else { throw CodingError.incomplete(unit: id, fields: missing) }
        guard let actorSlug = Slug(actor), let issueSlug = Slug(issue), let sourceSlug = Slug(source) else {
            throw EditError.invalid(["unit #\(id) names an actor or issue that is not an id: '\(actor)', '\(issue)'"])
        }
        let reporter: String? = row["reported_by"]
        let coder: String = row["coder"] ?? editor.coder
        let actorName: String = row["actor_name"] ?? actor
        let issueName: String = row["issue_name"] ?? issue
        let verb: String
        switch stance {
        case .supports: verb = "supports"
        case .opposes: verb = "opposes"
        case .mixed: verb = "is mixed on"
        case .neutral: verb = "is neutral on"
        }
        let position = Graph.Position(
            id: try TargetResolver.freshID(.position, base: "\(actor)-\(issue)", in: db), actor: actorSlug,
            issue: issueSlug, stance: stance, source: sourceSlug, basis: basis,
            reportedBy: reporter.flatMap(Slug.init),
            evidence: .paraphrase("\(actorName) \(verb) \(issueName).", sentence: row["text"] ?? ""),
            confidence: confidence, coder: coder,
            note: "Accepted in adjudication by \(editor.coder) from \(coder)'s coding unit #\(id).")
        return .added(try editor.add(.position(position), in: db))
    }
}
