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
                case .subtract, .issues, .affiliation, .twoMode: (count, issues) = (same.count - opposite.count, same + opposite)
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
