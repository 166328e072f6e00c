import Foundation
import StanceCore
import StanceGraphData
import StanceInterop
import StanceStore
import StanceTestSupport
import Testing

@Suite("DNA re-import and merge", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNAMergeTests {
    @Test("a second import of a changed DNA file merges: new statements added, a changed one a conflict")
    func mergeChangedProject() throws {
        let mine = try DNAFixture.newPath("mine.sqlite")
        try DNAImporter.importProject(at: DNASamples.dna3, into: mine)
        let changed = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "UPDATE DATABOOLEAN SET Value = 1 - Value WHERE StatementId = 1")
            try db.execute(
                sql: "INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (42, 1, 2, 0, 50, 3)")
            try db.execute(
                sql: "INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (42, 1, 3), (42, 2, 10), (42, 3, 20)")
            try db.execute(sql: "INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (42, 4, 1)")
        }
        let theirsPath = try DNAFixture.newPath("theirs.sqlite")
        try DNAImporter.importProject(at: changed, into: theirsPath)
        let theirs = try Merger.load(theirsPath)
        let store = try Store(path: mine, mode: .readWrite)
        defer { try? store.close() }
        let report = try store.write { db in
            try Merger(editor: Editor(coder: "tester")).merge(theirs, into: db, prefer: nil)
        }
        #expect(Set(report.added) == ["quote:statement-42-quote", "position:statement-42"])
        #expect(report.conflicts.map(\.target) == ["position:statement-1"])
        #expect(report.conflicts.first?.theirs["stance"] == "supports")
    }
}
