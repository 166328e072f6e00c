/// Krippendorff's alpha for nominal data: how far coders agree beyond what chance would give.
///
/// The reliability data are units × coders; a missing value is `nil`. Only units with two or more values
/// (pairable units) count. With `o` the coincidence matrix (each unit with `m` values adds `1 / (m - 1)` for every
/// ordered pair of values from different coders), `n_c` its marginals and `n` their sum,
/// `alpha = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k` (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability", section C).
///
/// ```swift
/// let alpha = KrippendorffAlpha.nominal([["a", "a"], ["b", "b"], ["a", "b"]])
/// ```
public enum KrippendorffAlpha {
    /// What the computation found: alpha, and the counts behind it.
    public struct Result: Sendable, Equatable {
        /// Alpha; nil when it is undefined (fewer than two pairable values, or every value the same, so that
        /// no disagreement could be expected).
        public var alpha: Double?
        /// Units with two or more values.
        public var pairableUnits: Int
        /// `n`: the number of pairable values.
        public var pairableValues: Int
        /// The share of agreeing pairs among all pairs of values within a unit (percent agreement, 0...1);
        /// nil without a pairable unit.
        public var pairwiseAgreement: Double?
    }

    /// Alpha for nominal values; `units[u][c]` is coder `c`'s value for unit `u`, nil when missing.
    public static func nominal<Value: Hashable>(_ units: [[Value?]]) -> Result {
        var coincidence: [Value: [Value: Double]] = [:]
        var pairable = 0
        var pairs = 0
        var agreeingPairs = 0
        for unit in units {
            let values = unit.compactMap { $0 }
            let m = values.count
            guard m >= 2 else { continue }
            pairable += 1
            let weight = 1.0 / Double(m - 1)
            for (i, c) in values.enumerated() {
                for (j, k) in values.enumerated() where i != j {
                    coincidence[c, default: [:]][k, default: 0] += weight
                    if i < j {
                        pairs += 1
                        if c == k { agreeingPairs += 1 }
                    }
                }
            }
        }
        let marginals = coincidence.mapValues { $0.values.reduce(0, +) }
        let n = marginals.values.reduce(0, +)
        let agreement = pairs > 0 ? Double(agreeingPairs) / Double(pairs) : nil
        var observed = 0.0
        for (c, row) in coincidence {
            for (k, count) in row where k != c { observed += count }
        }
        // Σ_{c≠k} n_c n_k = Σ_c n_c (n - n_c)
        let expected = marginals.values.reduce(0) { $0 + $1 * (n - $1) }
        let alpha: Double? = (n > 1 && expected > 0) ? 1 - (n - 1) * observed / expected : nil
        return Result(
            alpha: alpha, pairableUnits: pairable, pairableValues: Int(n.rounded()),
            pairwiseAgreement: agreement)
    }
}
