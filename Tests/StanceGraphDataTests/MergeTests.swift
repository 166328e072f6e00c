import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@Suite("Merging a colleague's work")
struct MergeTests {
    /// A copy of the KORUS graph-data with one new actor, one changed description and one
    /// position coded with another stance.
    func colleaguesCopy() throws -> GraphDataFolder {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let actors = copy.appendingPathComponent("actors.yaml")
        var text = try String(contentsOf: actors, encoding: .utf8)
        text = text.replacingOccurrences(of: "- id: wendy-cutler\n", with: "- id: zoe-new\n  name: Zoe New\n  kind: person\n- id: wendy-cutler\n")
        text = text.replacingOccurrences(of: "description: US business lobby", with: "description: The largest US business lobby")
        try text.write(to: actors, atomically: true, encoding: .utf8)
        let nyt = copy.appendingPathComponent("sources/nyt-2018-01-04.yaml")
        let source = try String(contentsOf: nyt, encoding: .utf8)
        guard let range = source.range(of: "stance: opposes") else { throw GraphDataError.io("fixture changed") }
        try source.replacingCharacters(in: range, with: "stance: mixed").write(to: nyt, atomically: true, encoding: .utf8)
        return GraphDataFolder(path: copy.path)
    }

    func freshStore() throws -> Store {
        let path = try TestSupport.temporaryDirectory("merge").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        return try Store(path: path, mode: .readWrite)
    }

    @Test("new entities are added and logged; conflicts change nothing and are reported")
    func conflictsReported() throws {
        let store = try freshStore()
        let theirs = try colleaguesCopy().load()
        let merger = Merger(editor: try Editor(coder: "bob"))
        let report = try store.write { db in try merger.merge(theirs, into: db, prefer: nil) }
        #expect(report.added == ["actor:zoe-new"])
        #expect(report.conflicts.count == 2)
        #expect(report.conflicts.contains { $0.target == "actor:us-chamber-of-commerce" })
        let positionConflict = try #require(report.conflicts.first { $0.target.hasPrefix("position:") })
        #expect(positionConflict.mine["stance"] == "opposes" && positionConflict.theirs["stance"] == "mixed")
        let (description, changes) = try store.read { db in
            (
                try db.fetchOne(String.self, sql: "SELECT description FROM actor WHERE id = 'us-chamber-of-commerce'"),
                try db.fetchOne(Int.self, sql: "SELECT count(*) FROM change_log") ?? 0
            )
        }
        #expect(description == "US business lobby")
        #expect(changes == 1)
        // The conflict file round-trips the researcher's choices.
        var file = ConflictFile.write(report.conflicts)
        file = file.replacingOccurrences(of: "  resolve: \n", with: "  resolve: theirs\n")
        let choices = try ConflictFile.read(file, file: "merge-conflicts.yaml")
        #expect(choices.count == 2 && choices.values.allSatisfy { $0 == .theirs })
        let second = try store.write { db in try merger.merge(theirs, into: db, prefer: nil, resolved: choices) }
        #expect(second.conflicts.isEmpty)
        #expect(Set(second.replaced) == Set(report.conflicts.map(\.target)))
        let updated = try store.read { try $0.fetchOne(String.self, sql: "SELECT description FROM actor WHERE id = 'us-chamber-of-commerce'") }
        #expect(updated == "The largest US business lobby")
    }

    @Test("prefer mine keeps everything; a merge of the same graph changes nothing")
    func preferences() throws {
        let store = try freshStore()
        let merger = Merger(editor: try Editor(coder: "bob"))
        let same = try TestSupport.korusData.load()
        let noop = try store.write { db in try merger.merge(same, into: db, prefer: nil) }
        #expect(noop.added.isEmpty && noop.conflicts.isEmpty && noop.replaced.isEmpty)
        let theirs = try colleaguesCopy().load()
        let report = try store.write { db in try merger.merge(theirs, into: db, prefer: .mine) }
        #expect(report.conflicts.isEmpty && report.replaced.isEmpty && report.added == ["actor:zoe-new"])
    }

    @Test("an invalid graph to merge is refused before anything is written")
    func invalidOther() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        try "- id: broken\n  name: Broken\n  kind: planet\n".write(
            to: copy.appendingPathComponent("actors.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: GraphDataError.self) { _ = try Merger.load(copy.path) }
    }
}
