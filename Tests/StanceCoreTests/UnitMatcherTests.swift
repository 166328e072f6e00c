import StanceCore
import Testing

@Suite("Matching coders' units by span overlap")
struct UnitMatcherTests {
    static func unit(
        _ id: Int, _ coder: String, _ start: Int, _ end: Int, actor: String? = "a", issue: String? = "i",
        stance: String? = "supports", basis: String? = "stated"
    ) -> CodedUnit {
        CodedUnit(
            id: id, coder: coder, source: "s", start: start, end: end, actor: actor, issue: issue, stance: stance,
            basis: basis)
    }

    @Test("overlapping spans match one to one; a unit alone is found by one coder only")
    func pairs() throws {
        let units = [
            Self.unit(1, "x", 0, 50), Self.unit(2, "x", 100, 150), Self.unit(3, "x", 300, 320),
            Self.unit(4, "y", 10, 60), Self.unit(5, "y", 140, 200), Self.unit(6, "y", 400, 420),
        ]
        let clusters = UnitMatcher.clusters(units, coders: ["x", "y"])
        #expect(clusters.map { $0.units.map(\.id) } == [[1, 4], [2, 5], [3], [6]])
        let report = AgreementReport(clusters: clusters, coders: ["x", "y"])
        #expect(report.units == [3, 3] && report.matchedClusters == 2)
        let detection = try #require(report.detection.first)
        #expect(detection.matched == 2 && detection.precision == 2.0 / 3 && detection.f1 == 2.0 / 3)
    }

    @Test("two statements from one sentence pair up by actor and issue, not twice with one unit")
    func sameSentence() {
        let units = [
            Self.unit(1, "x", 0, 80, issue: "korus"), Self.unit(2, "x", 0, 80, issue: "withdrawal"),
            Self.unit(3, "y", 0, 80, issue: "withdrawal"), Self.unit(4, "y", 0, 80, issue: "korus"),
        ]
        let clusters = UnitMatcher.clusters(units, coders: ["x", "y"])
        #expect(Set(clusters.map { Set($0.units.map(\.id)) }) == [[1, 4], [2, 3]])
        let report = AgreementReport(clusters: clusters, coders: ["x", "y"])
        #expect(report.fields.first { $0.field == .issue }?.result.pairwiseAgreement == 1)
    }

    @Test("the larger overlap wins when a unit overlaps two of the other coder's")
    func largestOverlap() {
        let units = [
            Self.unit(1, "x", 0, 100), Self.unit(2, "x", 90, 200), Self.unit(3, "y", 95, 200),
        ]
        let clusters = UnitMatcher.clusters(units, coders: ["x", "y"])
        #expect(clusters.map { $0.units.map(\.id) } == [[1], [2, 3]])
    }

    @Test("alpha per field over matched units, a field left open counting as missing")
    func fields() throws {
        let units = [
            Self.unit(1, "x", 0, 10, stance: "supports"), Self.unit(2, "y", 0, 10, stance: "supports"),
            Self.unit(3, "x", 20, 30, stance: "opposes"), Self.unit(4, "y", 20, 30, stance: "opposes"),
            Self.unit(5, "x", 40, 50, stance: "opposes"), Self.unit(6, "y", 40, 50, stance: "supports"),
            Self.unit(7, "x", 60, 70, stance: "opposes"), Self.unit(8, "y", 60, 70, stance: nil),
        ]
        let report = AgreementReport(clusters: UnitMatcher.clusters(units, coders: ["x", "y"]), coders: ["x", "y"])
        let stance = try #require(report.fields.first { $0.field == .stance }?.result)
        #expect(stance.pairableUnits == 3)
        #expect(stance.alpha == KrippendorffAlpha.nominal([["supports", "supports"], ["opposes", "opposes"],
                                                           ["opposes", "supports"]]).alpha)
        let actor = try #require(report.fields.first { $0.field == .actor }?.result)
        #expect(actor.alpha == nil && actor.pairwiseAgreement == 1 && actor.pairableUnits == 4)
    }
}
