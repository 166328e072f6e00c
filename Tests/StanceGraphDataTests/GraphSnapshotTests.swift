import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@Suite("Graph snapshots: a content hash of the canonical graph")
struct GraphSnapshotTests {
    @Test("the KORUS database's snapshot is that of graph-data/ on disk, and of sha256sum over its manifest")
    func korus() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let fromDatabase = try store.read { try GraphSnapshot.of($0) }
        let fromFolder = try #require(GraphSnapshot.of(folder: TestSupport.korusData))
        #expect(fromDatabase == fromFolder)
        #expect(fromDatabase.manifest.map(\.path) == fromFolder.manifest.map(\.path))
        #expect(fromDatabase.id.count == 7 + 64)
        // Each manifest line is what sha256sum prints for that file.
        let actors = try #require(fromFolder.manifest.first { $0.path == "actors.yaml" })
        let data = try #require(FileManager.default.contents(atPath: TestSupport.korusData.path + "/actors.yaml"))
        #expect(actors.sha256 == SHA256.hex([UInt8](data)))
    }

    @Test("independent of the database file; changed by an edit, and the changed file is named")
    func editChangesIt() throws {
        let directory = try TestSupport.temporaryDirectory("snapshot")
        let a = directory.appendingPathComponent("a.sqlite").path
        let b = directory.appendingPathComponent("b.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: a)
        try GraphBuilder.build(from: TestSupport.korusData, to: b)
        let first = try Store(path: a, mode: .readWrite)
        let second = try Store(path: b, mode: .readOnly)
        let before = try first.read { try GraphSnapshot.of($0) }
        #expect(try second.read { try GraphSnapshot.of($0) } == before)
        let editor = try Editor(coder: "snapshot-test")
        try first.write { db in
            _ = try editor.edit(
                Graph.Target(kind: .actor, id: try #require(Slug("krystal-tan"))), [("description", "An economist.")],
                ifVersion: nil, in: db)
        }
        let after = try first.read { try GraphSnapshot.of($0) }
        #expect(after != before)
        #expect(after.changes(since: before).map(\.path) == ["actors.yaml"])
        #expect(after.changes(since: before).map(\.change) == ["changed"])
        #expect(before.matches(String(before.id.prefix(19))) && !after.matches(String(before.id.prefix(19))))
        #expect(!before.matches("sha256:abc"))
    }
}
