/// How far coders agree on one source or a set of sources: finding the same units, then coding them alike.
public struct AgreementReport: Sendable, Equatable {
    /// How well two coders found the same units, the first coder taken as the reference.
    public struct Detection: Sendable, Equatable {
        public var reference: String
        public var coder: String
        public var referenceUnits: Int
        public var coderUnits: Int
        public var matched: Int
        /// Matched over the coder's units; nil when the coder has none.
        public var precision: Double? {
            coderUnits > 0 ? Double(matched) / Double(coderUnits) : nil
        }
        /// Matched over the reference's units; nil when the reference has none.
        public var recall: Double? {
            referenceUnits > 0 ? Double(matched) / Double(referenceUnits) : nil
        }
        /// `2 · matched / (reference units + coder units)`; nil when neither has a unit.
        public var f1: Double? {
            referenceUnits + coderUnits > 0
                ? 2 * Double(matched) / Double(referenceUnits + coderUnits) : nil
        }
    }

    /// Agreement on one coded variable over the matched units.
    public struct FieldAgreement: Sendable, Equatable {
        public var field: CodedUnit.Field
        public var result: KrippendorffAlpha.Result
    }

    public var coders: [String]
    /// Each coder's number of units, in `coders` order.
    public var units: [Int]
    /// Statements found by at least one coder.
    public var clusters: Int
    /// Statements found by two or more coders (the units alpha is computed over).
    public var matchedClusters: Int
    /// One entry per pair of coders (first coder of the pair as reference).
    public var detection: [Detection]
    /// Actor, issue, stance, basis.
    public var fields: [FieldAgreement]

    /// Computes the report over `clusters` (from `UnitMatcher.clusters`) for `coders`.
    public init(clusters: [UnitMatcher.Cluster], coders: [String]) {
        self.coders = coders
        self.units = coders.map { coder in clusters.filter { $0.unit(by: coder) != nil }.count }
        self.clusters = clusters.count
        let matched = clusters.filter { cluster in coders.filter { cluster.unit(by: $0) != nil }.count >= 2 }
        self.matchedClusters = matched.count
        var detection: [Detection] = []
        for (i, reference) in coders.enumerated() {
            for coder in coders.dropFirst(i + 1) {
                let both = clusters.filter { $0.unit(by: reference) != nil && $0.unit(by: coder) != nil }.count
                detection.append(
                    Detection(
                        reference: reference, coder: coder, referenceUnits: units[i],
                        coderUnits: units[coders.firstIndex(of: coder) ?? i], matched: both))
            }
        }
        self.detection = detection
        self.fields = CodedUnit.Field.allCases.map { field in
            let data = matched.map { cluster in coders.map { cluster.unit(by: $0)?.value(field) } }
            return FieldAgreement(field: field, result: KrippendorffAlpha.nominal(data))
        }
    }
}
