import StanceCore
import StanceStore

/// Actor networks counted the way DNA counts them: every statement (position) counts, not just each actor's
/// latest stance (`stance network --count statements`).
///
/// Following DNA's `Exporter.computeOneModeMatrix` with a boolean qualifier: let aᵢⱼₖ be the number of
/// statements of actor i on issue j with agreement k (0 opposes, 1 supports; mixed and neutral positions are
/// left out, DNA has no such value). For actors i ≠ l:
/// - congruence Σⱼ (aᵢⱼ₀·aₗⱼ₀ + aᵢⱼ₁·aₗⱼ₁); conflict Σⱼ (aᵢⱼ₀·aₗⱼ₁ + aᵢⱼ₁·aₗⱼ₀); subtract the difference;
/// - ignore Σⱼ (aᵢⱼ₀ + aᵢⱼ₁)(aₗⱼ₀ + aₗⱼ₁): co-occurrence whatever the agreement.
/// Normalisation divides by: average (nᵢ + nₗ) / 2, with nᵢ actor i's number of statements; jaccard
/// Σⱼₖ [aₗⱼₖ = 0]·aᵢⱼₖ + [aᵢⱼₖ = 0]·aₗⱼₖ + [both > 0]·aᵢⱼₖ·aₗⱼₖ; cosine √(nᵢ²)·√(nₗ²) = nᵢ·nₗ (DNA's
/// definition, not the cosine of two vectors); a zero divisor gives 0.
public enum StatementNetwork {
    /// Which repeated statements count once (DNA's `duplicates`): two statements are duplicates when they have
    /// the same actor, issue and (unless the kind is `ignore`) agreement, and are in the same document, or
    /// week, month or year — compared as DNA compares them, by week, month or year number alone.
    public enum Duplicates: String, Sendable, CaseIterable {
        case include, document, week, month, year
        /// All statements with the same actor, issue and agreement are one.
        case acrossrange
    }

    /// One statement: a position seen as DNA sees it.
    struct Statement {
        var node: String
        var issue: String
        var agreement: Int
        var source: String
        var day: String
    }

    /// The actor × actor network of `request`'s positions, each statement counted.
    ///
    /// - parameters:
    ///   - kind: `congruence`, `conflict`, `subtract` or `ignore`.
    ///   - asOrganizations: count each person's statements for each organization the person belongs to
    ///     (DNA's `variable1 = "organization"`); an organization's own statements count for itself.
    public static func actorNetwork(
        _ request: MatrixRequest, kind: Network.Kind, normalization: Network.Normalization, asOrganizations: Bool,
        duplicates: Duplicates = .include, in db: SQLConnection
    ) throws -> Network {
        let all = try statements(request, asOrganizations: asOrganizations, in: db)
        let kept = filterDuplicates(all, duplicates, ignoreAgreement: kind == .ignore)
        var names: [String: (label: String, kind: String)] = [:]
        for row in try db.fetchAll(sql: "SELECT id, name, kind FROM actor") {
            names[row["id"]] = (row["name"], row["kind"])
        }
        var issueNames: [String: String] = [:]
        for row in try db.fetchAll(sql: "SELECT id, name FROM issue") { issueNames[row["id"]] = row["name"] }
        let nodeIDs = Array(Set(kept.map(\.node))).sorted { ((names[$0]?.label ?? $0), $0) < ((names[$1]?.label ?? $1), $1) }
        let issueIDs = Array(Set(kept.map(\.issue))).sorted()
        let row = Dictionary(uniqueKeysWithValues: nodeIDs.enumerated().map { ($1, $0) })
        let column = Dictionary(uniqueKeysWithValues: issueIDs.enumerated().map { ($1, $0) })
        // a[i][j][k]: statements of node i on issue j with agreement k.
        var a = Array(repeating: Array(repeating: [0.0, 0.0], count: issueIDs.count), count: nodeIDs.count)
        for statement in kept {
            guard let i = row[statement.node], let j = column[statement.issue] else { continue }
            a[i][j][statement.agreement] += 1
        }
        let totals = a.map { $0.reduce(0) { $0 + $1[0] + $1[1] } }
        let nodes = nodeIDs.enumerated().map { index, id in
            Network.Node(
                id: id, label: names[id]?.label ?? id, kind: names[id]?.kind ?? "organization", degree: Int(totals[index]))
        }
        var edges: [Network.Edge] = []
        for i in nodeIDs.indices {
            for l in nodeIDs.indices where l > i {
                var raw = 0.0
                var shared: [String] = []
                var m = 0.0
                for j in issueIDs.indices {
                    let x = a[i][j]
                    let y = a[l][j]
                    let value: Double
                    switch kind {
                    case .congruence: value = x[0] * y[0] + x[1] * y[1]
                    case .conflict: value = x[0] * y[1] + x[1] * y[0]
                    case .subtract: value = x[0] * y[0] + x[1] * y[1] - (x[0] * y[1] + x[1] * y[0])
                    case .ignore, .issues, .affiliation, .twoMode, .hearsay: value = (x[0] + x[1]) * (y[0] + y[1])
                    }
                    if value != 0 { shared.append(issueNames[issueIDs[j]] ?? issueIDs[j]) }
                    raw += value
                    for k in 0..<2 {
                        if y[k] == 0 { m += x[k] }
                        if x[k] == 0 { m += y[k] }
                        if x[k] > 0, y[k] > 0 { m += x[k] * y[k] }
                    }
                }
                let divisor: Double
                switch normalization {
                case .none, .activity, .prominence: divisor = 1
                case .average: divisor = (totals[i] + totals[l]) / 2
                case .jaccard: divisor = m
                case .cosine: divisor = (totals[i] * totals[i]).squareRoot() * (totals[l] * totals[l]).squareRoot()
                }
                let weight = divisor == 0 ? 0 : raw / divisor
                guard weight != 0 else { continue }
                edges.append(
                    Network.Edge(
                        source: nodeIDs[i], target: nodeIDs[l], weight: weight, count: Int(raw),
                        label: shared.joined(separator: "; ")))
            }
        }
        return Network(kind: kind, normalization: normalization, nodes: nodes, edges: edges)
    }

    /// How a two-mode network folds a cell's statements (DNA's `qualifierAggregation` for `twomode`).
    public enum TwoModeAggregation: String, Sendable, CaseIterable {
        /// The number of statements, whatever the agreement.
        case ignore
        /// Supporting statements minus opposing ones.
        case subtract
        /// Which agreements occur, as DNA's lexical rank: 1 supports only, 2 opposes only, 3 both.
        case combine
    }

    /// The actor × issue network of `request`'s positions, each statement counted (DNA's `twomode`).
    ///
    /// Normalisation `activity` divides each actor's weights by the actor's total (`ignore`: the sum of its
    /// weights; `subtract`: its number of statements; `combine`: its number of issues); `prominence` does the
    /// same per issue; `none` leaves the counts. Issue nodes have the id `issue:ID`.
    public static func twoModeNetwork(
        _ request: MatrixRequest, aggregation: TwoModeAggregation, normalization: Network.Normalization,
        asOrganizations: Bool, duplicates: Duplicates = .include, in db: SQLConnection
    ) throws -> Network {
        let all = try statements(request, asOrganizations: asOrganizations, in: db)
        let kept = filterDuplicates(all, duplicates, ignoreAgreement: aggregation == .ignore)
        var names: [String: (label: String, kind: String)] = [:]
        for row in try db.fetchAll(sql: "SELECT id, name, kind FROM actor") {
            names[row["id"]] = (row["name"], row["kind"])
        }
        var issueNames: [String: String] = [:]
        for row in try db.fetchAll(sql: "SELECT id, name FROM issue") { issueNames[row["id"]] = row["name"] }
        let actorIDs = Array(Set(kept.map(\.node))).sorted { ((names[$0]?.label ?? $0), $0) < ((names[$1]?.label ?? $1), $1) }
        let issueIDs = Array(Set(kept.map(\.issue))).sorted { ((issueNames[$0] ?? $0), $0) < ((issueNames[$1] ?? $1), $1) }
        let row = Dictionary(uniqueKeysWithValues: actorIDs.enumerated().map { ($1, $0) })
        let column = Dictionary(uniqueKeysWithValues: issueIDs.enumerated().map { ($1, $0) })
        var a = Array(repeating: Array(repeating: [0.0, 0.0], count: issueIDs.count), count: actorIDs.count)
        for statement in kept {
            guard let i = row[statement.node], let j = column[statement.issue] else { continue }
            a[i][j][statement.agreement] += 1
        }
        var matrix = a.map { cells in
            cells.map { x -> Double in
                switch aggregation {
                case .ignore: return x[0] + x[1]
                case .subtract: return x[1] - x[0]
                case .combine: return (x[0] > 0 ? 2 : 0) + (x[1] > 0 ? 1 : 0)
                }
            }
        }
        let raw = matrix
        func denominator(_ cells: [(Double, [Double])]) -> Double {
            switch aggregation {
            case .ignore: return cells.reduce(0) { $0 + $1.0 }
            case .subtract: return cells.reduce(0) { $0 + $1.1[0] + $1.1[1] }
            case .combine: return Double(cells.filter { $0.0 > 0 }.count)
            }
        }
        if normalization == .activity {
            for i in actorIDs.indices {
                let d = denominator(issueIDs.indices.map { (raw[i][$0], a[i][$0]) })
                for j in issueIDs.indices { matrix[i][j] = d == 0 ? 0 : raw[i][j] / d }
            }
        } else if normalization == .prominence {
            for j in issueIDs.indices {
                let d = denominator(actorIDs.indices.map { (raw[$0][j], a[$0][j]) })
                for i in actorIDs.indices { matrix[i][j] = d == 0 ? 0 : raw[i][j] / d }
            }
        }
        let actorTotals = a.map { $0.reduce(0) { $0 + $1[0] + $1[1] } }
        var nodes = actorIDs.enumerated().map { index, id in
            Network.Node(
                id: id, label: names[id]?.label ?? id, kind: names[id]?.kind ?? "organization", degree: Int(actorTotals[index]))
        }
        for (j, id) in issueIDs.enumerated() {
            let total = actorIDs.indices.reduce(0.0) { $0 + a[$1][j][0] + a[$1][j][1] }
            nodes.append(Network.Node(id: "issue:" + id, label: issueNames[id] ?? id, kind: "issue", degree: Int(total)))
        }
        var edges: [Network.Edge] = []
        for i in actorIDs.indices {
            for j in issueIDs.indices where matrix[i][j] != 0 {
                let label: String
                switch aggregation {
                case .combine: label = ["", "supports", "opposes", "supports and opposes"][Int(raw[i][j]) & 3]
                case .ignore, .subtract: label = ""
                }
                edges.append(
                    Network.Edge(
                        source: actorIDs[i], target: "issue:" + issueIDs[j], weight: matrix[i][j], count: Int(raw[i][j]),
                        label: label))
            }
        }
        return Network(kind: .twoMode, normalization: normalization, nodes: nodes, edges: edges)
    }

    /// The supports/opposes positions of `request` in date order, each under its actor or (with
    /// `asOrganizations`) its organizations.
    static func statements(_ request: MatrixRequest, asOrganizations: Bool, in db: SQLConnection) throws -> [Statement] {
        var sql: SQL
        if asOrganizations {
            sql = """
                SELECT * FROM (
                    SELECT p.seq, p.actor_id AS node, p.issue_id, p.stance, p.source_id, p.day
                    FROM position p JOIN actor a ON a.id = p.actor_id WHERE a.kind <> 'person'
                    UNION ALL
                    SELECT p.seq, f.organization_id AS node, p.issue_id, p.stance, p.source_id, p.day
                    FROM position p JOIN actor a ON a.id = p.actor_id JOIN affiliation f ON f.actor_id = p.actor_id
                    WHERE a.kind = 'person') s
                JOIN actor n ON n.id = s.node
                WHERE s.stance IN ('supports', 'opposes')
                """
        } else {
            sql = """
                SELECT s.seq, s.actor_id AS node, s.issue_id, s.stance, s.source_id, s.day
                FROM position s JOIN actor n ON n.id = s.actor_id
                WHERE s.stance IN ('supports', 'opposes')
                """
        }
        if let kind = request.kind { sql += " AND n.kind = \(kind.rawValue)" }
        if let actors = request.actorIDs { sql += " AND n.id IN \(actors)" }
        if let issues = request.issueIDs { sql += " AND s.issue_id IN \(issues)" }
        if let lower = request.window.lower { sql += " AND s.day >= \(lower)" }
        if let upper = request.window.upper { sql += " AND s.day < \(upper)" }
        sql += " ORDER BY s.day, s.seq, node"
        return try db.fetchAll(sql).map { row in
            Statement(
                node: row["node"], issue: row["issue_id"], agreement: (row["stance"] as String) == "supports" ? 1 : 0,
                source: row["source_id"], day: row["day"])
        }
    }

    /// The statements that are not duplicates of an earlier one (DNA's `filterStatements`).
    static func filterDuplicates(_ statements: [Statement], _ duplicates: Duplicates, ignoreAgreement: Bool) -> [Statement] {
        guard duplicates != .include else { return statements }
        var seen = Set<String>()
        var kept: [Statement] = []
        for statement in statements {
            let period: String
            switch duplicates {
            case .include: period = ""
            case .document: period = statement.source
            case .acrossrange: period = ""
            case .year: period = String(statement.day.prefix(4))
            case .month: period = String(statement.day.dropFirst(5).prefix(2))
            case .week: period = String(isoWeek(statement.day))
            }
            let key = [statement.node, statement.issue, ignoreAgreement ? "" : String(statement.agreement), period]
                .joined(separator: "\u{0}")
            if seen.insert(key).inserted { kept.append(statement) }
        }
        return kept
    }

    /// The ISO 8601 week number (Monday first, the week with the year's first Thursday is week 1; DNA's
    /// `WeekFields` of the UK) of a `YYYY-MM-DD` day; 0 for text that is not one.
    public static func isoWeek(_ day: String) -> Int {
        guard let date = PartialDate(day), let month = date.month, let dayOfMonth = date.day else { return 0 }
        func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
            let yy = m <= 2 ? y - 1 : y
            let era = (yy >= 0 ? yy : yy - 399) / 400
            let yoe = yy - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        }
        func weekday(_ n: Int) -> Int { ((n % 7) + 7 + 3) % 7 + 1 }  // 1 = Monday (1970-01-01 was a Thursday)
        let n = days(date.year, month, dayOfMonth)
        let thursday = n - weekday(n) + 4
        // The week belongs to the year of its Thursday.
        var year = date.year
        if thursday < days(year, 1, 1) { year -= 1 } else if thursday >= days(year + 1, 1, 1) { year += 1 }
        return (thursday - days(year, 1, 1)) / 7 + 1
    }
}
