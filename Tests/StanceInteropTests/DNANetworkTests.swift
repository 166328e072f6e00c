import Foundation
import StanceCore
import StanceInterop
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// Networks counted as DNA counts them, against the figures DNA's own tests assert for this sample
/// (rDNA/rDNA/tests/testthat/test-network.R).
@Suite("DNA network parity", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNANetworkTests {
    static let database: Result<String, any Error> = Result {
        let path = try DNAFixture.newPath("sample.sqlite")
        try DNAImporter.importProject(at: DNASamples.dna3, into: path)
        return path
    }

    func network(
        _ kind: Network.Kind, _ normalization: Network.Normalization = .none, organizations: Bool = true,
        request: MatrixRequest = MatrixRequest(), duplicates: StatementNetwork.Duplicates = .include
    ) throws -> Network {
        let store = try Store(path: try Self.database.get(), mode: .readOnly)
        defer { try? store.close() }
        return try store.read { db in
            try StatementNetwork.actorNetwork(
                request, kind: kind, normalization: normalization, asOrganizations: organizations,
                duplicates: duplicates, in: db)
        }
    }

    /// The sum of the full symmetric matrix, as R's `sum(nw)`.
    func matrixSum(_ network: Network) -> Double { 2 * network.edges.reduce(0) { $0 + $1.weight } }

    func weight(_ network: Network, _ a: String, _ b: String) -> Double {
        let ids = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.label, $0.id) })
        return network.edges.first {
            Set([$0.source, $0.target]) == Set([ids[a] ?? "", ids[b] ?? ""])
        }?.weight ?? 0
    }

    @Test("organization × concept, qualifier aggregation ignore: 7 × 7, sums to 276")
    func ignoreSums276() throws {
        let network = try network(.ignore)
        #expect(network.nodes.count == 7)
        #expect(matrixSum(network) == 276)
        // rDNA's one-mode tidygraph has 21 edges.
        #expect(network.edges.count == 21)
        #expect(network.nodes.first?.label == "Alliance to Save Energy")
        // print(nw) shows "Envi*    10     2": EPA's row against Alliance and Energy and Environmental Analysis.
        #expect(weight(network, "Environmental Protection Agency", "Alliance to Save Energy") == 10)
        #expect(weight(network, "Environmental Protection Agency", "Energy and Environmental Analysis, Inc.") == 2)
        // The two-mode network counts 40 statements.
        #expect(network.nodes.reduce(0) { $0 + $1.degree } == 40)
    }

    @Test("congruence with average normalisation sums to 26 (rounded)")
    func congruenceAverage() throws {
        let network = try network(.congruence, .average)
        #expect(network.nodes.count == 7)
        #expect(matrixSum(network).rounded() == 26)
    }

    @Test("excluding a concept and two organizations: 5 × 5, sums to 10 (rounded)")
    func excludeValues() throws {
        let everything = try network(.congruence, .average)
        let store = try Store(path: try Self.database.get(), mode: .readOnly)
        defer { try? store.close() }
        let issues = try store.read { db in
            try db.fetchAll(
                String.self, sql: "SELECT id FROM issue WHERE name <> 'There should be legislation to regulate emissions.'")
        }
        let organizations = everything.nodes.filter { !["Senate", "Sierra Club"].contains($0.label) }.map(\.id)
        let network = try network(
            .congruence, .average, request: MatrixRequest(issueIDs: issues, actorIDs: organizations))
        #expect(network.nodes.count == 5)
        #expect(matrixSum(network).rounded() == 10)
    }

    @Test("conflict and subtract are the parts of ignore; jaccard and cosine follow DNA's definitions")
    func definitions() throws {
        let congruence = matrixSum(try network(.congruence))
        let conflict = matrixSum(try network(.conflict))
        #expect(congruence == 160)
        #expect(conflict == 116)
        #expect(congruence + conflict == 276)
        #expect(matrixSum(try network(.subtract)) == congruence - conflict)
        // Computed by hand from DNA's computeOneModeMatrix over the sample's statements.
        #expect(abs(matrixSum(try network(.congruence, .jaccard)) - 13.610662525879915) < 1e-9)
        #expect(abs(matrixSum(try network(.congruence, .cosine)) - 4.8060606060606075) < 1e-9)
    }

    @Test("duplicates counted once per document or year: the distinct organization × concept pairs")
    func duplicates() throws {
        let all = try network(.ignore).nodes.reduce(0) { $0 + $1.degree }
        let perDocument = try network(.ignore, duplicates: .document).nodes.reduce(0) { $0 + $1.degree }
        let perYear = try network(.ignore, duplicates: .year).nodes.reduce(0) { $0 + $1.degree }
        #expect(all == 40)
        #expect(perDocument < all)
        #expect(perYear <= perDocument)
        // Every statement is from 2005: one per organization and concept, the distinct pairs in DNA's tables.
        let pairs = try ForeignSQLiteFile.read(at: DNASamples.dna3) { db in
            try db.fetchOne(
                Int.self,
                sql: """
                    SELECT count(*) FROM (SELECT DISTINCT o.Entity, c.Entity FROM STATEMENTS s
                    JOIN DATASHORTTEXT o ON o.StatementId = s.ID AND o.VariableId = 2
                    JOIN DATASHORTTEXT c ON c.StatementId = s.ID AND c.VariableId = 3 WHERE s.StatementTypeId = 1)
                    """)
        }
        #expect(perYear == pairs)
        // rDNA's two-mode tidygraph has 22 edges: the organization × concept cells that are not zero.
        #expect(pairs == 22)
        #expect(StatementNetwork.isoWeek("2005-01-03") == 1)
        #expect(StatementNetwork.isoWeek("2005-01-02") == 53)
        #expect(StatementNetwork.isoWeek("2008-12-29") == 1)
    }

    func twoMode(
        _ aggregation: StatementNetwork.TwoModeAggregation, _ normalization: Network.Normalization = .none
    ) throws -> Network {
        let store = try Store(path: try Self.database.get(), mode: .readOnly)
        defer { try? store.close() }
        return try store.read { db in
            try StatementNetwork.twoModeNetwork(
                MatrixRequest(), aggregation: aggregation, normalization: normalization, asOrganizations: true, in: db)
        }
    }

    @Test("two-mode organization × concept: 7 × 6, sums to 40; Energy's row starts 2 0")
    func twoModeCounts() throws {
        let network = try twoMode(.ignore)
        let organizations = network.nodes.filter { $0.kind != "issue" }
        let concepts = network.nodes.filter { $0.kind == "issue" }
        #expect(organizations.count == 7)
        #expect(concepts.count == 6)
        #expect(network.edges.reduce(0) { $0 + $1.weight } == 40)
        #expect(network.edges.count == 22)
        // Columns in DNA's order: "CO2 legislation …" before "Cap and trade …" (code-unit order).
        #expect(concepts.prefix(2).map(\.label) == ["CO2 legislation will not hurt the economy.", "Cap and trade is the solution."])
        let energy = try #require(organizations.first { $0.label.hasPrefix("Energy") })
        func cell(_ concept: Network.Node) -> Double {
            network.edges.first { $0.source == energy.id && $0.target == concept.id }?.weight ?? 0
        }
        #expect(cell(concepts[0]) == 2)
        #expect(cell(concepts[1]) == 0)
        // subtract: supporting minus opposing statements, 29 − 11.
        #expect(try twoMode(.subtract).edges.reduce(0) { $0 + $1.weight } == 18)
    }

    @Test("activity divides by each organization's total, prominence by each concept's")
    func twoModeNormalizations() throws {
        let activity = try twoMode(.ignore, .activity)
        for node in activity.nodes where node.kind != "issue" {
            let row = activity.edges.filter { $0.source == node.id }.reduce(0) { $0 + $1.weight }
            #expect(abs(row - 1) < 1e-12)
        }
        let prominence = try twoMode(.ignore, .prominence)
        for node in prominence.nodes where node.kind == "issue" {
            let column = prominence.edges.filter { $0.target == node.id }.reduce(0) { $0 + $1.weight }
            #expect(abs(column - 1) < 1e-12)
        }
        let combine = try twoMode(.combine)
        #expect(combine.edges.allSatisfy { [1, 2, 3].contains($0.count) })
    }
}
