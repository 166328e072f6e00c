import Foundation
import StanceCore
import Testing

@Suite("Krippendorff's alpha, nominal")
struct KrippendorffAlphaTests {
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
    /// values 1...5, nil where an observer gave none. Rows are units, columns observers A, B, C, D.
    static let worked: [[Int?]] = [
        [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
    ]

    @Test("Krippendorff's worked example gives 0.743 over 11 pairable units and 40 values")
    func workedExample() throws {
        let result = KrippendorffAlpha.nominal(Self.worked)
        let alpha = try #require(result.alpha)
        #expect((alpha * 1000).rounded() / 1000 == 0.743)
        #expect(result.pairableUnits == 11 && result.pairableValues == 40)
    }

    @Test("perfect agreement is 1, and systematic disagreement is below 0")
    func extremes() throws {
        let same = KrippendorffAlpha.nominal([["a", "a"], ["b", "b"], ["c", "c"]])
        #expect(same.alpha == 1 && same.pairwiseAgreement == 1)
        let crossed = KrippendorffAlpha.nominal([["a", "b"], ["b", "a"], ["a", "b"], ["b", "a"]])
        #expect(try #require(crossed.alpha) < 0)
        #expect(crossed.pairwiseAgreement == 0)
    }

    @Test("missing values: a unit with one value counts for nothing, and alpha is undefined with no variation")
    func missingValues() throws {
        let withLone = KrippendorffAlpha.nominal([["a", "a"], ["b", "a"], ["c", nil], [nil, nil]])
        let without = KrippendorffAlpha.nominal([["a", "a"], ["b", "a"]])
        #expect(withLone == without)
        #expect(withLone.pairableUnits == 2 && withLone.pairableValues == 4)
        #expect(withLone.pairwiseAgreement == 0.5)
        let constant = KrippendorffAlpha.nominal([["a", "a"], ["a", nil], ["a", "a"]])
        #expect(constant.alpha == nil && constant.pairwiseAgreement == 1)
        let empty = KrippendorffAlpha.nominal([[String?]]())
        #expect(empty.alpha == nil && empty.pairableUnits == 0 && empty.pairwiseAgreement == nil)
    }

    /// Reliability data whose alphas the `krippendorff` PyPI package must reproduce.
    static let cases: [(name: String, data: [[Int?]])] = [
        ("Krippendorff 2011 worked example", worked),
        ("two coders, missing values", [[1, 1], [1, 2], [2, 2], [nil, 3], [3, 3], [2, nil], [1, 1], [3, 1]]),
        ("three coders, one unit with a lone value", [[1, 1, 1], [2, 2, nil], [1, 2, 2], [nil, nil, 3], [3, 3, 2]]),
        ("five categories, five coders", [
            [1, 2, 1, 1, 1], [2, 2, 2, 3, nil], [3, 3, 3, 3, 3], [4, 4, nil, 4, 5], [5, 5, 5, 1, 5],
            [1, 1, 1, nil, nil], [2, 3, 2, 2, 2],
        ]),
    ]

    @Test("the same alphas as the krippendorff package from PyPI, to 1e-9")
    func pythonPackage() throws {
        let probe = try Self.python(["-c", "import krippendorff"])
        guard probe.status == 0 else {
            print("skipped: python3 -m pip install krippendorff to compare with the PyPI package")
            return
        }
        for (name, data) in Self.cases {
            let coders = data.first?.count ?? 0
            // krippendorff takes coders × units with nan for a missing value.
            let rows = (0..<coders).map { c in
                "[" + data.map { unit in unit[c].map { String($0) } ?? "float('nan')" }.joined(separator: ",") + "]"
            }
            let script = """
                import krippendorff
                data = [\(rows.joined(separator: ","))]
                print(repr(float(krippendorff.alpha(reliability_data=data, level_of_measurement='nominal'))))
                """
            let run = try Self.python(["-c", script])
            #expect(run.status == 0, "\(name): \(run.output)")
            let theirs = try #require(Double(run.output.trimmingCharacters(in: .whitespacesAndNewlines)), "\(name)")
            let ours = try #require(KrippendorffAlpha.nominal(data).alpha, "\(name)")
            #expect(abs(ours - theirs) <= 1e-9, "\(name): ours \(ours), krippendorff \(theirs)")
        }
    }

    /// Runs python3 with `arguments`; its exit status and standard output (standard error folded in).
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
