import Foundation
import StanceCore
import StanceStore

/// Derives networks from a position matrix, as discourse-network analysis defines them.
///
/// Only `supports` and `opposes` cells count (a `mixed` or `neutral` cell is neither agreement
/// nor conflict). For actors i and j with stance sets over issues:
/// - congruence: the number of issues on which both hold the same stance;
/// - conflict: the number on which one supports and the other opposes;
/// - subtract: congruence − conflict.
/// Normalisation divides that count by: `average` (nᵢ + nⱼ) / 2, `jaccard` |Iᵢ ∪ Iⱼ|,
/// `cosine` √(nᵢ·nⱼ), where Iᵢ is the set of issues i supports or opposes and nᵢ = |Iᵢ|.
/// The issue network ties two issues by the number of actors who support both (degrees: the
/// number of supporters); the affiliation network ties members to organizations.
public enum NetworkBuilder {
    public static func actorNetwork(_ matrix: PositionMatrix, kind: Network.Kind, normalization: Network.Normalization)
        -> Network
    {
        let stances: [[Graph.Stance?]] = matrix.cells.map { row in
            row.map { cell in
                guard let stance = cell?.stance, stance == .supports || stance == .opposes else { return nil }
                return stance
            }
        }
        let degrees = stances.map { $0.compactMap { $0 }.count }
        let nodes = matrix.actors.enumerated().map { index, actor in
            Network.Node(id: actor.id, label: actor.name, kind: actor.kind, degree: degrees[index])
        }
        var edges: [Network.Edge] = []
        for i in stances.indices {
            for j in stances.indices where j > i {
                var same: [String] = []
                var opposite: [String] = []
                var union = 0
                for (column, (a, b)) in zip(stances[i], stances[j]).enumerated() {
                    if a != nil || b != nil { union += 1 }
                    guard let a, let b else { continue }
                    if a == b { same.append(matrix.issues[column].name) } else { opposite.append(matrix.issues[column].name) }
                }
                let count: Int
                let issues: [String]
                switch kind {
                case .congruence: (count, issues) = (same.count, same)
                case .conflict: (count, issues) = (opposite.count, opposite)
                case .subtract, .issues, .affiliation, .twoMode, .hearsay: (count, issues) = (same.count - opposite.count, same + opposite)
                case .ignore: (count, issues) = (same.count + opposite.count, same + opposite)
                }
                guard count != 0 else { continue }
                let weight = normalize(count, degrees[i], degrees[j], union: union, by: normalization)
                edges.append(
                    Network.Edge(source: nodes[i].id, target: nodes[j].id, weight: weight, count: count,
                                 label: issues.joined(separator: "; ")))
            }
        }
        return Network(kind: kind, normalization: normalization, nodes: nodes, edges: edges)
    }

    /// Issues tied by the number of actors who support both.
    public static func issueNetwork(_ matrix: PositionMatrix, normalization: Network.Normalization) -> Network {
        let columns = matrix.issues.indices.map { column in
            Set(matrix.cells.indices.filter { matrix.cells[$0][column]?.stance == .supports })
        }
        let nodes = matrix.issues.enumerated().map { index, issue in
            Network.Node(id: issue.id, label: issue.name, kind: "issue", degree: columns[index].count)
        }
        var edges: [Network.Edge] = []
        for i in columns.indices {
            for j in columns.indices where j > i {
                let shared = columns[i].intersection(columns[j])
                guard !shared.isEmpty else { continue }
                let union = columns[i].union(columns[j]).count
                let names = shared.sorted().map { matrix.actors[$0].name }
                edges.append(
                    Network.Edge(
                        source: nodes[i].id, target: nodes[j].id,
                        weight: normalize(shared.count, columns[i].count, columns[j].count, union: union, by: normalization),
                        count: shared.count, label: names.joined(separator: "; ")))
            }
        }
        return Network(kind: .issues, normalization: normalization, nodes: nodes, edges: edges)
    }

    /// Members tied to organizations through the affiliations in `db` (restricted to `kind` members when given).
    public static func affiliationNetwork(in db: SQLConnection, kind: Graph.Actor.Kind?) throws -> Network {
        let filter: SQL = kind.map { " WHERE a.kind = \($0.rawValue)" } ?? ""
        let sql: SQL = """
            SELECT f.actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   f.organization_id, o.name AS organization_name, o.kind AS organization_kind, f.role
            FROM affiliation f JOIN actor a ON a.id = f.actor_id JOIN actor o ON o.id = f.organization_id\(filter)
            ORDER BY f.actor_id, f.organization_id, f.id
            """
        var nodes: [String: Network.Node] = [:]
        var edges: [Network.Edge] = []
        for row in try db.fetchAll(sql) {
            let member: String = row["actor_id"]
            let organization: String = row["organization_id"]
            nodes[member, default: Network.Node(id: member, label: row["actor_name"], kind: row["actor_kind"], degree: 0)].degree += 1
            nodes[organization, default: Network.Node(id: organization, label: row["organization_name"], kind: row["organization_kind"], degree: 0)].degree += 1
            edges.append(Network.Edge(source: member, target: organization, weight: 1, count: 1, label: row["role"] ?? ""))
        }
        return Network(
            kind: .affiliation, normalization: .none, nodes: nodes.values.sorted { ($0.label, $0.id) < ($1.label, $1.id) },
            edges: edges)
    }

    /// Reporters → the actors whose positions they report: one edge per (reporter, reported) pair, its count the
    /// reported positions in the request's window (and on its issues, among its kind of reported actor), its label
    /// the issues with the stances reported (`Ex: supports; Why: opposes`). A node's degree is the number of
    /// reported positions it takes part in, as reporter or as reported. Reported positions naming no reporter
    /// have no edge.
    public static func hearsayNetwork(_ request: MatrixRequest, in db: SQLConnection) throws -> Network {
        var filter: SQL = Fragment.window(request.window, "p")
        if let kind = request.kind { filter += " AND a.kind = \(kind.rawValue)" }
        if let issues = request.issueIDs { filter += " AND p.issue_id IN \(SQL.textList(issues))" }
        let sql: SQL = """
            SELECT p.reported_by, r.name AS reporter_name, r.kind AS reporter_kind,
                   p.actor_id, a.name AS actor_name, a.kind AS actor_kind, i.name AS issue_name, p.stance
            FROM position p
            JOIN actor r ON r.id = p.reported_by
            JOIN actor a ON a.id = p.actor_id
            JOIN issue i ON i.id = p.issue_id
            WHERE p.basis = \(Graph.Position.Basis.reported.rawValue)\(filter)
            ORDER BY p.reported_by, p.actor_id, i.name, p.day, p.seq
            """
        var nodes: [String: Network.Node] = [:]
        var edges: [String: (edge: Network.Edge, labels: [String])] = [:]
        var order: [String] = []
        for row in try db.fetchAll(sql) {
            let reporter: String = row["reported_by"]
            let actor: String = row["actor_id"]
            nodes[reporter, default: Network.Node(id: reporter, label: row["reporter_name"], kind: row["reporter_kind"], degree: 0)]
                .degree += 1
            nodes[actor, default: Network.Node(id: actor, label: row["actor_name"], kind: row["actor_kind"], degree: 0)]
                .degree += 1
            let key = reporter + "\u{0}" + actor
            if edges[key] == nil {
                order.append(key)
                edges[key] = (Network.Edge(source: reporter, target: actor, weight: 0, count: 0, label: ""), [])
            }
            edges[key]?.edge.count += 1
            edges[key]?.edge.weight += 1
            let label = "\(row["issue_name"] as String): \(row["stance"] as String)"
            if edges[key]?.labels.contains(label) == false { edges[key]?.labels.append(label) }
        }
        return Network(
            kind: .hearsay, normalization: .none,
            nodes: nodes.values.sorted { ($0.label, $0.id) < ($1.label, $1.id) },
            edges: order.compactMap { key in
                edges[key].map { entry in
                    var edge = entry.edge
                    edge.label = entry.labels.joined(separator: "; ")
                    return edge
                }
            })
    }

    static func normalize(_ count: Int, _ a: Int, _ b: Int, union: Int, by normalization: Network.Normalization) -> Double {
        let value = Double(count)
        switch normalization {
        case .none, .activity, .prominence:
            // Two-mode normalisations: the command refuses them for these networks.
            return value
        case .average:
            return a + b == 0 ? 0 : value / (Double(a + b) / 2)
        case .jaccard:
            return union == 0 ? 0 : value / Double(union)
        case .cosine:
            return a == 0 || b == 0 ? 0 : value / (Double(a) * Double(b)).squareRoot()
        }
    }
}
