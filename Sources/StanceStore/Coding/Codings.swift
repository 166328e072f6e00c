import StanceCore

/// Coders' separate codings of assigned sources, kept apart from the graph until adjudicated.
///
/// `stance assign` records who codes a source; each coder's units go in through `add` (from a coding file or
/// copied from the graph's positions); `units` reads them back for `stance agreement`; `decide` records an
/// adjudicator's decision on a unit.
public enum Codings {
    /// A unit as a coder gives it, before it is placed in the article.
    public struct NewUnit: Sendable, Equatable {
        /// The line of the coder's file it comes from (for errors), or 0.
        public var line: Int
        public var actor: String?
        public var issue: String?
        public var stance: String?
        public var basis: String?
        public var reportedBy: String?
        /// The verbatim passage of the article the unit rests on.
        public var text: String
        /// Where it came from when copied (a position id), else nil.
        public var origin: String?

        public init(
            line: Int, actor: String?, issue: String?, stance: String?, basis: String?, reportedBy: String?,
            text: String, origin: String? = nil
        ) {
            self.line = line
            self.actor = actor
            self.issue = issue
            self.stance = stance
            self.basis = basis
            self.reportedBy = reportedBy
            self.text = text
            self.origin = origin
        }
    }

    /// Valid stance and basis words.
    public static let stances = ["supports", "opposes", "mixed", "neutral"]
    public static let bases = ["stated", "reported", "inferred"]

    /// Assigns `coders` to `source` (again is harmless); returns every coder now assigned.
    @discardableResult
    public static func assign(
        source: String, coders: [String], by assigner: String, time: String, in db: SQLConnection
    ) throws -> [String] {
        try requireSource(source, in: db)
        for coder in coders {
            guard !coder.trimmingCharacters(in: .whitespaces).isEmpty else { throw CodingError.emptyCoderName }
            try db.execute(
                """
                INSERT INTO coding_assignment (source_id, coder, assigned_by, time)
                VALUES (\(source), \(coder), \(assigner), \(time)) ON CONFLICT DO NOTHING
                """)
        }
        return try assigned(to: source, in: db)
    }

    /// The coders assigned to `source`, by name.
    public static func assigned(to source: String, in db: SQLConnection) throws -> [String] {
        try db.fetchAll(
            String.self, "SELECT coder FROM coding_assignment WHERE source_id = \(source) ORDER BY coder")
    }

    /// Every source with an assignment, by id.
    public static func assignedSources(in db: SQLConnection) throws -> [String] {
        try db.fetchAll(String.self, "SELECT DISTINCT source_id FROM coding_assignment ORDER BY source_id")
    }

    /// Adds `units` as `coder`'s coding of `source`, each placed at the first place its text stands in the article.
    ///
    /// - throws: `CodingError` when the coder is not assigned, already has units (without `replace`), a value is
    ///   not valid or a text is not in the article; nothing is written then.
    @discardableResult
    public static func add(
        _ units: [NewUnit], source: String, coder: String, replace: Bool, time: String, in db: SQLConnection
    ) throws -> Int {
        try requireSource(source, in: db)
        let coders = try assigned(to: source, in: db)
        guard coders.contains(coder) else {
            throw CodingError.notAssigned(source: source, coder: coder, assigned: coders)
        }
        let existing =
            try db.fetchOne(
                Int.self, "SELECT count(*) FROM coding_unit WHERE source_id = \(source) AND coder = \(coder)") ?? 0
        if existing > 0 {
            guard replace else { throw CodingError.alreadyCoded(source: source, coder: coder, units: existing) }
            try db.execute("DELETE FROM coding_unit WHERE source_id = \(source) AND coder = \(coder)")
        }
        guard let article = try db.fetchOne(String.self, "SELECT text FROM source WHERE id = \(source)") else {
            throw CodingError.noArticleText(source: source)
        }
        for unit in units {
            if let stance = unit.stance, !stances.contains(stance) {
                throw CodingError.invalidValue(line: unit.line, field: "stance", value: stance, valid: stances)
            }
            if let basis = unit.basis, !bases.contains(basis) {
                throw CodingError.invalidValue(line: unit.line, field: "basis", value: basis, valid: bases)
            }
            guard let range = VerbatimText.occurrences(of: unit.text, in: article).first else {
                throw CodingError.textNotFound(line: unit.line, text: unit.text)
            }
            let insert: SQL = """
                INSERT INTO coding_unit (source_id, coder, start_offset, end_offset, actor_id, issue_id, stance, basis,
                    reported_by, text, origin, time)
                VALUES (\(source), \(coder), \(range.start), \(range.end), \(unit.actor.sqlValue), \(unit.issue.sqlValue),
                    \(unit.stance.sqlValue), \(unit.basis.sqlValue), \(unit.reportedBy.sqlValue), \(unit.text),
                    \(unit.origin.sqlValue), \(time))
                """
            try db.execute(insert)
        }
        return units.count
    }

    /// The graph's positions on `source`, as units a coder would give: each rests on its quote's text or on its
    /// sentence.
    public static func graphUnits(of source: String, in db: SQLConnection) throws -> [NewUnit] {
        try requireSource(source, in: db)
        let rows = try db.fetchAll(
            """
            SELECT p.id, p.actor_id, p.issue_id, p.stance, p.basis, p.reported_by,
                   COALESCE(q.text, p.sentence) AS text
            FROM position p LEFT JOIN quote q ON q.id = p.quote_id
            WHERE p.source_id = \(source)
            ORDER BY p.seq
            """)
        return rows.map { row in
            NewUnit(
                line: 0, actor: row["actor_id"], issue: row["issue_id"], stance: row["stance"], basis: row["basis"],
                reportedBy: row["reported_by"], text: row["text"] ?? "", origin: row["id"])
        }
    }

    /// The units of `source` (every assigned source when nil) by `coders` (every coder when nil), in text order.
    public static func units(source: String?, coders: [String]?, in db: SQLConnection) throws -> [CodedUnit] {
        var sql: SQL = """
            SELECT id, source_id, coder, start_offset, end_offset, actor_id, issue_id, stance, basis
            FROM coding_unit WHERE \(SQL.true)
            """
        if let source { sql += " AND source_id = \(source)" }
        if let coders { sql += " AND coder IN \(SQL.textList(coders))" }
        sql += " ORDER BY source_id, start_offset, id"
        return try db.fetchAll(sql).map { row in
            CodedUnit(
                id: row["id"], coder: row["coder"], source: row["source_id"], start: row["start_offset"],
                end: row["end_offset"], actor: row["actor_id"], issue: row["issue_id"], stance: row["stance"],
                basis: row["basis"])
        }
    }

    /// The verbatim text each unit rests on, by unit id.
    public static func texts(of ids: [Int], in db: SQLConnection) throws -> [Int: String] {
        var texts: [Int: String] = [:]
        for row in try db.fetchAll("SELECT id, text FROM coding_unit WHERE id IN \(SQL.integerList(ids))") {
            texts[row["id"]] = row["text"]
        }
        return texts
    }

    /// The decisions recorded on units, by unit id: `accept` or `reject`, with who and when.
    public static func decisions(
        source: String, in db: SQLConnection
    ) throws -> [Int: (decision: String, adjudicator: String, time: String)] {
        var found: [Int: (decision: String, adjudicator: String, time: String)] = [:]
        let rows = try db.fetchAll(
            """
            SELECT d.unit_id, d.decision, d.adjudicator, d.time FROM coding_decision d
            JOIN coding_unit u ON u.id = d.unit_id WHERE u.source_id = \(source)
            """)
        for row in rows {
            found[row["unit_id"]] = (row["decision"], row["adjudicator"], row["time"])
        }
        return found
    }

    /// Records `decision` (`accept` or `reject`) on unit `id`, attributed to `adjudicator`; replaces an earlier one.
    public static func decide(
        unit id: Int, decision: String, by adjudicator: String, time: String, in db: SQLConnection
    ) throws {
        guard try db.fetchOne(Int.self, "SELECT id FROM coding_unit WHERE id = \(id)") != nil else {
            throw CodingError.unknownUnit(id)
        }
        try db.execute("DELETE FROM coding_decision WHERE unit_id = \(id)")
        try db.execute(
            """
            INSERT INTO coding_decision (unit_id, decision, adjudicator, time)
            VALUES (\(id), \(decision), \(adjudicator), \(time))
            """)
    }

    private static func requireSource(_ source: String, in db: SQLConnection) throws {
        guard try db.fetchOne(String.self, "SELECT id FROM source WHERE id = \(source)") == nil else { return }
        let ids = try db.fetchAll(String.self, "SELECT id FROM source")
        throw CodingError.unknownSource(source, suggestion: NameMatching.nearest(to: source, among: ids, limit: 1).first)
    }
}
