import Foundation
import StanceTestSupport
import Testing

@Suite("stance assign, code, agreement and adjudicate")
struct ReliabilityCommandTests {
    let database: String
    let directory: URL
    static let source = "cnnmoney-2018-01-04"

    init() throws {
        directory = try TestSupport.temporaryDirectory("reliability")
        database = directory.appendingPathComponent("graph.sqlite").path
        try FileManager.default.copyItem(atPath: try TestSupport.korusDatabase.get(), toPath: database)
    }

    func stance(_ arguments: [String]) throws -> StanceProcess.Result {
        try StanceProcess.run(arguments + ["--db", database], environment: ["STANCE_CODER": "lead"])
    }

    func file(_ text: String) throws -> String {
        let path = directory.appendingPathComponent("coding-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Bob agrees with the graph on Trump's threat, differs on South Korea's stance (leaving its basis open) and
    /// alone codes Stangarone on autos.
    static let bob = """
        actor,issue,stance,basis,reported_by,text
        donald-trump,withdrawal,mixed,stated,,"Since taking workplace, he has threatened to yank the U.S. out of it altogether."
        south-korea,renegotiation,opposes,,,South Korea hasn’t been eager to renegotiate Korus
        krystal-tan,auto-rules-of-origin,neutral,inferred,,"could attempt to get South Korea to loosen up stringent emissions requirements"
        """

    @Test("two coders: detection against the graph's coding, alpha and agreement per field, missing values")
    func agreement() throws {
        #expect(try stance(["assign", Self.source, "--coders", "stance-team,bob"]).status == 0)
        let graph = try stance(["code", Self.source, "--coder", "stance-team", "--from-graph"])
        #expect(graph.status == 0 && graph.stdout.contains("13 units coded by stance-team"), "\(graph.stderr)")
        let bob = try stance(["code", Self.source, "--coder", "bob", "--file", try file(Self.bob)])
        #expect(bob.status == 0, "\(bob.stderr)")

        let result = try stance(["agreement", "--coders", "stance-team,bob", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reports = try #require(object["reports"] as? [[String: Any]])
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report["matched_statements"] as? Int == 2)
        let detection = try #require((report["detection"] as? [[String: Any]])?.first)
        #expect(detection["matched"] as? Int == 2)
        let precision: Double = 2.0 / 3
        #expect(detection["precision"] as? Double == precision)
        let recall: Double = 2.0 / 13
        #expect(abs((detection["recall"] as? Double ?? -1) - recall) < 1e-12)
        let fields = try #require(report["fields"] as? [String: [String: Any]])
        // stance: (mixed, mixed), (mixed, opposes): n = 4, 2 disagreeing pairs, Σ n_c(n - n_c) = 3·1 + 1·3 = 6.
        let expected: Double = 1 - 3.0 * 2 / 6
        let stanceAlpha = fields["stance"]?["alpha"] as? Double
        #expect(stanceAlpha == expected)
        #expect(fields["stance"]?["agreement"] as? Double == 0.5)
        // basis: bob left South Korea's open, so one pairable unit, both 'stated': alpha undefined.
        let basis = try #require(fields["basis"])
        #expect(basis["units"] as? Int == 1)
        #expect(basis["alpha"] is NSNull)
        #expect(fields["actor"]?["agreement"] as? Double == 1)
    }

    @Test("adjudication shows the disagreement side by side and records the accepted unit, attributed")
    func adjudicate() throws {
        _ = try stance(["assign", Self.source, "--coders", "stance-team,bob"])
        _ = try stance(["code", Self.source, "--coder", "stance-team", "--from-graph"])
        _ = try stance(["code", Self.source, "--coder", "bob", "--file", try file(Self.bob)])
        let shown = try stance(["adjudicate", Self.source])
        #expect(shown.status == 0)
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        let bobLine = try #require(lines.first { $0.contains("bob #") && $0.contains("south-korea") })
        #expect(bobLine.contains("opposes / ?"))
        #expect(lines.contains { $0.contains("stance-team #") && $0.contains("south-korea / renegotiation / mixed") })
        #expect(!lines.contains { $0.contains("bob #") && $0.contains("withdrawal") })
        func unit(_ coder: String, _ actor: String) throws -> String {
            let line = try #require(lines.first { $0.contains("\(coder) #") && $0.contains(actor) })
            return try #require(line.split(separator: "#").last?.split(separator: ":").first.map(String.init))
        }
        // Bob left the basis open: his unit cannot become a position, and nothing is recorded.
        let incomplete = try stance(["adjudicate", Self.source, "--accept", try unit("bob", "south-korea")])
        #expect(incomplete.status == 2 && incomplete.stderr.contains("leaves basis open"))
        #expect(!(try stance(["adjudicate", Self.source]).stdout.contains("[accepted")))
        // The graph's unit is in the graph already; Bob's unit on Tan's prediction becomes a position, logged.
        let accept = try stance(
            ["adjudicate", Self.source, "--accept", "\(try unit("stance-team", "south-korea")),\(try unit("bob", "krystal"))"])
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.contains("already in the graph: position:south-korea-mixed-renegotiation-cnn"))
        #expect(accept.stdout.contains("added position:krystal-tan-auto-rules-of-origin"))
        #expect(accept.stdout.contains("2 accepted, 0 rejected by lead"))
        #expect(try stance(["adjudicate", Self.source]).stdout.contains("[accepted by lead"))
        let positions = try stance(["query", "--format", "json", "positions of Krystal Tan"])
        #expect(positions.stdout.contains("\"neutral\"") && positions.stdout.contains("Auto rules of origin"))
        let log = try stance(["log"])
        #expect(log.stdout.contains("position:krystal-tan-auto-rules-of-origin"))
        let unknown = try stance(["adjudicate", Self.source, "--accept", "99999"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no coding unit #99999"))
    }

    @Test("bad input: an unassigned coder, a text not in the article, a bad stance; nothing is written")
    func badInput() throws {
        let unassigned = try stance(["code", Self.source, "--coder", "eve", "--file", try file(Self.bob)])
        #expect(unassigned.status == 2 && unassigned.stderr.contains("not assigned to \(Self.source)"))
        _ = try stance(["assign", Self.source, "--coders", "bob"])
        let missing = Self.bob + "\ndonald-trump,korus,opposes,stated,,This sentence is not in the article."
        let notFound = try stance(["code", Self.source, "--coder", "bob", "--file", try file(missing)])
        #expect(notFound.status == 2 && notFound.stderr.contains("line 5: the text is not in the article"))
        let badStance = Self.bob.replacingOccurrences(of: "opposes,,,", with: "against,,,")
        let bad = try stance(["code", Self.source, "--coder", "bob", "--file", try file(badStance)])
        #expect(bad.status == 2 && bad.stderr.contains("line 3: stance 'against' is not valid"))
        let report = try stance(["agreement", "--source", Self.source, "--format", "json"])
        #expect(report.stdout.contains("\"bob\": 0"), "\(report.stdout)")
        let source = try stance(["assign", "cnnmoney", "--coders", "bob"])
        #expect(source.status == 2 && source.stderr.contains("did you mean 'cnnmoney-2018-01-04'?"))
    }
}
