import StanceCore

extension Codings {
    /// One coder's assignment to a source with everything coded under it, as `graph-data/codings/` keeps it.
    public struct Assignment: Sendable, Equatable {
        public var source: String
        public var coder: String
        public var assignedBy: String
        public var time: String
        /// In text order (start, then the order they were recorded).
        public var units: [StoredUnit]

        public init(source: String, coder: String, assignedBy: String, time: String, units: [StoredUnit]) {
            self.source = source
            self.coder = coder
            self.assignedBy = assignedBy
            self.time = time
            self.units = units
        }
    }

    /// A unit as stored: its place in the article, the coded values, and an adjudicator's decision if any.
    public struct StoredUnit: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var actor: String?
        public var issue: String?
        public var stance: String?
        public var basis: String?
        public var reportedBy: String?
        public var text: String
        public var origin: String?
        public var time: String
        public var decision: Decision?

        public init(
            start: Int, end: Int, actor: String?, issue: String?, stance: String?, basis: String?, reportedBy: String?,
            text: String, origin: String?, time: String, decision: Decision?
        ) {
            self.start = start
            self.end = end
            self.actor = actor
            self.issue = issue
            self.stance = stance
            self.basis = basis
            self.reportedBy = reportedBy
            self.text = text
            self.origin = origin
            self.time = time
            self.decision = decision
        }
    }

    public struct Decision: Sendable, Equatable {
        /// `accept` or `reject`.
        public var decision: String
        public var adjudicator: String
        public var time: String

        public init(decision: String, adjudicator: String, time: String) {
            self.decision = decision
            self.adjudicator = adjudicator
            self.time = time
        }
    }

    public static let decisionWords = ["accept", "reject"]

    /// Every assignment with its units and decisions, by source and coder (0 when the schema predates codings).
    public static func all(in db: SQLConnection) throws -> [Assignment] {
        guard try db.schemaVersion() >= 3 else { return [] }
        var units: [String: [StoredUnit]] = [:]
        let rows = try db.fetchAll(
            """
            SELECT u.source_id, u.coder, u.start_offset, u.end_offset, u.actor_id, u.issue_id, u.stance, u.basis,
                   u.reported_by, u.text, u.origin, u.time, d.decision, d.adjudicator, d.time AS decided
            FROM coding_unit u LEFT JOIN coding_decision d ON d.unit_id = u.id
            ORDER BY u.source_id, u.coder, u.start_offset, u.id
            """)
        for row in rows {
            let decision: String? = row["decision"]
            let unit = StoredUnit(
                start: row["start_offset"], end: row["end_offset"], actor: row["actor_id"], issue: row["issue_id"],
                stance: row["stance"], basis: row["basis"], reportedBy: row["reported_by"], text: row["text"],
                origin: row["origin"], time: row["time"],
                decision: decision.map { Decision(decision: $0, adjudicator: row["adjudicator"] ?? "", time: row["decided"] ?? "") })
            let source: String = row["source_id"]
            let coder: String = row["coder"]
            units[source + "\u{0}" + coder, default: []].append(unit)
        }
        return try db.fetchAll("SELECT source_id, coder, assigned_by, time FROM coding_assignment ORDER BY source_id, coder")
            .map { row in
                let source: String = row["source_id"]
                let coder: String = row["coder"]
                return Assignment(
                    source: source, coder: coder, assignedBy: row["assigned_by"], time: row["time"],
                    units: units[source + "\u{0}" + coder] ?? [])
            }
    }

    /// Writes `assignments` into a database that holds none (`stance build`), units numbered in the order given;
    /// the caller's transaction makes it all or nothing.
    public static func insertAll(_ assignments: [Assignment], in db: SQLConnection) throws {
        for a in assignments {
            try db.execute(
                """
                INSERT INTO coding_assignment (source_id, coder, assigned_by, time)
                VALUES (\(a.source), \(a.coder), \(a.assignedBy), \(a.time))
                """)
            for u in a.units {
                let id = try db.fetchOne(
                    Int.self,
                    """
                    INSERT INTO coding_unit (source_id, coder, start_offset, end_offset, actor_id, issue_id, stance, basis,
                        reported_by, text, origin, time)
                    VALUES (\(a.source), \(a.coder), \(u.start), \(u.end), \(u.actor.sqlValue), \(u.issue.sqlValue),
                        \(u.stance.sqlValue), \(u.basis.sqlValue), \(u.reportedBy.sqlValue), \(u.text),
                        \(u.origin.sqlValue), \(u.time))
                    RETURNING id
                    """)
                guard let id else { throw StoreError.corrupt("the database gave no id to a coding unit") }
                if let d = u.decision {
                    try db.execute(
                        """
                        INSERT INTO coding_decision (unit_id, decision, adjudicator, time)
                        VALUES (\(id), \(d.decision), \(d.adjudicator), \(d.time))
                        """)
                }
            }
        }
    }
}
