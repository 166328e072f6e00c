import Foundation
import StanceTestSupport
import Testing

@Suite("stance snapshot, verify and cite; exports carry the snapshot")
struct SnapshotCommandTests {
    @Test("the snapshot is stable across database files; verify says yes, then no with what changed")
    func verify() throws {
        let directory = try TestSupport.temporaryDirectory("snapshot-cli")
        let database = directory.appendingPathComponent("graph.sqlite").path
        try FileManager.default.copyItem(atPath: try TestSupport.korusDatabase.get(), toPath: database)
        let first = try StanceProcess.run(["snapshot", "--db", database])
        let second = try StanceProcess.run(["snapshot", "--db", try TestSupport.korusDatabase.get()])
        #expect(first.status == 0 && first.stdout == second.stdout)
        let id = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hasPrefix("sha256:") && id.count == 71)
        let same = try StanceProcess.run(["verify", String(id.prefix(20)), "--db", database])
        #expect(same.status == 0 && same.stdout.contains("the graph is snapshot \(id)"))

        let edit = try StanceProcess.run(
            ["edit", "krystal-tan", "description=An economist.", "--by", "ann", "--db", database])
        #expect(edit.status == 0, "\(edit.stderr)")
        let changed = try StanceProcess.run(["verify", id, "--db", database], in: TestSupport.packageRoot)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("the graph is not snapshot \(id)"))
        let bad = try StanceProcess.run(["verify", "sha256:xyz", "--db", database])
        #expect(bad.status == 2 && bad.stderr.contains("is not a snapshot"))

        // Exports carry the edited graph's snapshot.
        let now = try StanceProcess.run(["snapshot", "--db", database]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(now != id)
        let csv = directory.appendingPathComponent("matrix.csv").path
        #expect(try StanceProcess.run(["matrix", "--format", "csv", "--output", csv, "--db", database]).status == 0)
        #expect(try String(contentsOfFile: csv + ".snapshot", encoding: .utf8) == now + "\n")
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("actor,"))
        let graphML = try StanceProcess.run(["network", "--format", "graphml", "--db", database]).stdout
        #expect(graphML.contains("<data key=\"graph_snapshot\">\(now)</data>"))
    }

    @Test("cite: counts, coders and the snapshot in a paragraph and a BibTeX entry")
    func cite() throws {
        let result = try StanceProcess.run(
            ["cite", "--title", "KORUS & co", "--db", try TestSupport.korusDatabase.get()])
        #expect(result.status == 0)
        let id = try StanceProcess.run(["snapshot", "--db", try TestSupport.korusDatabase.get()]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let graph = try TestSupport.korusData.load()
        let positions = graph.sources.reduce(0) { $0 + $1.positions.count }
        #expect(result.stdout.contains(
            "holds \(positions) positions of \(graph.actors.count) actors on \(graph.issues.count) issues, coded from 5 sources"))
        #expect(result.stdout.contains("snapshot \(id)"))
        #expect(result.stdout.contains("@misc{stance-\(id.dropFirst(7).prefix(12)),"))
        #expect(result.stdout.contains("title = {KORUS \\& co}"))
        #expect(result.stdout.contains("author = {stance-team}"))
    }
}
