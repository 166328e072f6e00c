import Foundation
import StanceTestSupport
import Testing

/// `--basis` on `stance query`, `stance network --type hearsay` and the hearsay questions, run as a user would.
@Suite("stance query --basis and stance network --type hearsay")
struct AnalysisCommandTests {
    let database: String

    init() throws {
        database = try TestSupport.korusDatabase.get()
    }

    private func rows(_ text: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["rows"] as? [[String: Any]])
    }

    @Test("--basis, repeated or as a comma list, keeps only those positions; a bad basis exits 2 naming the valid ones")
    func basis() throws {
        let query = "who has ever supported KORUS"
        let reported = try StanceProcess.run(["query", "--db", database, "--format", "json", "--basis", "reported", query])
        #expect(reported.status == 0)
        let bases = try rows(reported.stdout).compactMap { ($0["evidence"] as? [String: Any])?["basis"] as? String }
        #expect(!bases.isEmpty && bases.allSatisfy { $0 == "reported" })
        let all = try rows(try StanceProcess.run(["query", "--db", database, "--format", "json", query]).stdout)
        let comma = try StanceProcess.run(
            ["query", "--db", database, "--format", "json", "--basis", "stated,inferred", "--basis", "reported", query])
        #expect(try rows(comma.stdout).count == all.count)
        let bad = try StanceProcess.run(["query", "--db", database, "--basis", "hearsay", query])
        #expect(bad.status == 2 && bad.stderr.contains("stated, reported, inferred"))
        let quotes = try StanceProcess.run(["query", "--db", database, "--basis", "stated", "quotes by Cutler"])
        #expect(quotes.status == 2 && quotes.stderr.contains("--basis narrows questions about positions"))
    }

    @Test("who says: the reporter and the reporter's words, in JSON")
    func hearsay() throws {
        let result = try StanceProcess.run(
            ["query", "--db", database, "--format", "json", "who says Trump supports bilateral deals"])
        #expect(result.status == 0)
        let found = try rows(result.stdout)
        #expect(found.compactMap { ($0["reporter"] as? [String: Any])?["id"] as? String } == ["wendy-cutler"])
        #expect(found.allSatisfy { ($0["evidence"] as? [String: Any])?["basis"] as? String == "reported" })
    }

    @Test("the hearsay network is directed, reporter → reported; a normalisation is refused")
    func network() throws {
        let result = try StanceProcess.run(["network", "--db", database, "--type", "hearsay", "--format", "dot"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph stance {"))
        #expect(result.stdout.contains("\"wendy-cutler\" -> \"donald-trump\""))
        let refused = try StanceProcess.run(
            ["network", "--db", database, "--type", "hearsay", "--normalize", "jaccard"])
        #expect(refused.status == 2 && refused.stderr.contains("takes no normalisation"))
    }
}
