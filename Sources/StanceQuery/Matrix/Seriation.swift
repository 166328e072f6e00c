import StanceCore

/// Orders matrix rows so that actors with similar stances sit together.
///
/// Average-linkage agglomerative clustering (UPGMA) by the nearest-neighbour-chain algorithm,
/// O(n²) time and memory; the row order is the dendrogram's leaf order, the earlier-formed
/// cluster first. The distance between two actors is the share of the issues both hold stances
/// on where their stances differ; actors with no issue in common are at distance 1.
enum Seriation {
    static func distance(_ a: [Graph.Stance?], _ b: [Graph.Stance?]) -> Double {
        var shared = 0
        var differing = 0
        for (x, y) in zip(a, b) {
            guard let x, let y else { continue }
            shared += 1
            if x != y { differing += 1 }
        }
        return shared == 0 ? 1 : Double(differing) / Double(shared)
    }

    static func averageLinkageOrder(_ rows: [[Graph.Stance?]]) -> [Int] {
        let n = rows.count
        guard n > 2 else { return Array(0..<n) }
        // Condensed symmetric distance matrix between current clusters.
        var d = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let value = distance(rows[i], rows[j])
                d[i * n + j] = value
                d[j * n + i] = value
            }
        }
        var size = [Int](repeating: 1, count: n)
        var members: [[Int]] = (0..<n).map { [$0] }
        var active = Set(0..<n)
        var chain: [Int] = []
        while active.count > 1 {
            if chain.isEmpty, let first = active.min() { chain.append(first) }
            guard let top = chain.last else { break }
            // The nearest active cluster to the chain's top; ties go to the previous link, then the lowest index.
            var best = -1
            var bestDistance = Double.infinity
            if chain.count >= 2 {
                best = chain[chain.count - 2]
                bestDistance = d[top * n + best]
            }
            for other in active.sorted() where other != top {
                let value = d[top * n + other]
                if value < bestDistance {
                    best = other
                    bestDistance = value
                }
            }
            if chain.count >= 2, best == chain[chain.count - 2] {
                // Reciprocal nearest neighbours: merge them into the earlier one.
                chain.removeLast(2)
                let (a, b) = (min(top, best), max(top, best))
                for other in active where other != a && other != b {
                    let merged = (d[a * n + other] * Double(size[a]) + d[b * n + other] * Double(size[b]))
                        / Double(size[a] + size[b])
                    d[a * n + other] = merged
                    d[other * n + a] = merged
                }
                members[a] += members[b]
                members[b] = []
                size[a] += size[b]
                active.remove(b)
            } else {
                chain.append(best)
            }
        }
        return active.first.map { members[$0] } ?? Array(0..<n)
    }
}
