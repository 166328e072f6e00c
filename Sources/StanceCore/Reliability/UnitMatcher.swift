/// Decides which coders' units are the same statement, by where they stand in the source text.
///
/// The rule: within one source, a unit of a coder and a cluster of other coders' units are candidates when the
/// unit's span overlaps (by at least one character) a span in the cluster. Candidates are paired one to one,
/// greedily: highest overlap ratio (shared characters over the characters either span covers) first; on a tie,
/// the pair agreeing on more of actor and issue; then text order. Coders are taken in the order given: the first
/// coder's units open the clusters, each later coder's units join one cluster or open a new one. A cluster never
/// holds two units of one coder, so two statements coded from one sentence by both coders match up as two pairs.
public enum UnitMatcher {
    /// The rule above in one sentence, for reports.
    public static let rule =
        "units match when their character spans in the source overlap; one-to-one, greedily by overlap ratio "
        + "(shared/covered characters), ties by agreement on actor and issue, then text order"

    /// A statement as the coders found it: at most one unit per coder.
    public struct Cluster: Sendable, Equatable {
        public var source: String
        public var units: [CodedUnit]

        /// This cluster's unit by `coder`, if that coder coded the statement.
        public func unit(by coder: String) -> CodedUnit? {
            units.first { $0.coder == coder }
        }

        /// Where the statement begins: the earliest start among its units.
        public var start: Int { units.map(\.start).min() ?? 0 }
    }

    /// Groups the units of one source (all of `coders`, others ignored) into clusters, in text order.
    public static func clusters(_ units: [CodedUnit], coders: [String]) -> [Cluster] {
        var clusters: [Cluster] = []
        for coder in coders {
            let own = units.filter { $0.coder == coder }.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
            var candidates: [(unit: Int, cluster: Int, ratio: Double, fields: Int)] = []
            for (u, unit) in own.enumerated() {
                for (c, cluster) in clusters.enumerated() where cluster.unit(by: coder) == nil {
                    let overlapping = cluster.units.filter { $0.overlap(with: unit) > 0 }
                    guard !overlapping.isEmpty else { continue }
                    let ratio = overlapping.map { $0.overlapRatio(with: unit) }.max() ?? 0
                    let fields = cluster.units.map { other in
                        (other.actor != nil && other.actor == unit.actor ? 1 : 0)
                            + (other.issue != nil && other.issue == unit.issue ? 1 : 0)
                    }.max() ?? 0
                    candidates.append((u, c, ratio, fields))
                }
            }
            candidates.sort {
                if $0.ratio != $1.ratio { return $0.ratio > $1.ratio }
                if $0.fields != $1.fields { return $0.fields > $1.fields }
                return ($0.unit, $0.cluster) < ($1.unit, $1.cluster)
            }
            var usedUnits = Set<Int>()
            var usedClusters = Set<Int>()
            for candidate in candidates
            where !usedUnits.contains(candidate.unit) && !usedClusters.contains(candidate.cluster) {
                usedUnits.insert(candidate.unit)
                usedClusters.insert(candidate.cluster)
                clusters[candidate.cluster].units.append(own[candidate.unit])
            }
            for (u, unit) in own.enumerated() where !usedUnits.contains(u) {
                clusters.append(Cluster(source: unit.source, units: [unit]))
            }
        }
        return clusters.sorted { ($0.start, $0.units.first?.id ?? 0) < ($1.start, $1.units.first?.id ?? 0) }
    }
}
