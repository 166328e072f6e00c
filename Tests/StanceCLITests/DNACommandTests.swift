import Foundation
import StanceTestSupport
import Testing

/// `stance import --dna`, `stance export --dna` and `stance network --count statements`, run as a user runs them.
@Suite("DNA commands", .enabled(if: TestSupport.sharedFolder != nil, Comment(rawValue: TestSupport.sharedMissing)))
struct DNACommandTests {
    static let samples = (TestSupport.sharedFolder ?? TestSupport.packageRoot).appendingPathComponent("interop/dna")

    @Test("import a DNA sample, then ask who supports", arguments: ["sample-dna3.dna", "sample-dna2.dna"])
    func importAndQuery(sample: String) throws {
        let folder = try TestSupport.temporaryDirectory("dna-cli")
        let database = folder.appendingPathComponent("dna.sqlite").path
        let imported = try StanceProcess.run(
            ["import", "--dna", Self.samples.appendingPathComponent(sample).path, "--db", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("40 positions"))
        #expect(imported.stdout.contains("not carried: coders with no statement or document: 'Admin', 'Coder 3'"))
        let answer = try StanceProcess.run(
            ["query", "--db", database, "--format", "json", "who supports There should be legislation to regulate emissions."])
        #expect(answer.status == 0, "\(answer.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let names = rows.compactMap { ($0["actor"] as? [String: Any])?["name"] as? String }.sorted()
        #expect(names == ["Christine Todd Whitman", "David Hamilton", "George Voinovich", "Kateri Callahan"])
    }

    @Test("export --dna, and a bad file's message and exit status")
    func exportAndBadInput() throws {
        let folder = try TestSupport.temporaryDirectory("dna-cli")
        let database = folder.appendingPathComponent("dna.sqlite").path
        _ = try StanceProcess.run(["import", "--dna", Self.samples.appendingPathComponent("sample-dna3.dna").path, "--db", database])
        let out = folder.appendingPathComponent("out.dna").path
        let exported = try StanceProcess.run(["export", "--db", database, "--dna", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("40 statements"))
        let again = try StanceProcess.run(["export", "--db", database, "--dna", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists"))

        let notes = folder.appendingPathComponent("notes.dna")
        try Data("plain text".utf8).write(to: notes)
        let bad = try StanceProcess.run(["import", "--dna", notes.path, "--db", database])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not an SQLite file"))
        let usage = try StanceProcess.run(["import", "--db", database])
        #expect(usage.status == 2)
    }

    @Test("network --count statements --as organizations reproduces DNA's 276")
    func network() throws {
        let folder = try TestSupport.temporaryDirectory("dna-cli")
        let database = folder.appendingPathComponent("dna.sqlite").path
        _ = try StanceProcess.run(["import", "--dna", Self.samples.appendingPathComponent("sample-dna3.dna").path, "--db", database])
        let result = try StanceProcess.run(
            ["network", "--db", database, "--count", "statements", "--as", "organizations", "--type", "ignore", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let edges = try #require(json["edges"] as? [[String: Any]])
        let sum = edges.compactMap { $0["weight"] as? Double }.reduce(0, +)
        #expect(2 * sum == 276)
        let misuse = try StanceProcess.run(["network", "--db", database, "--as", "organizations"])
        #expect(misuse.status == 2)
    }
}
