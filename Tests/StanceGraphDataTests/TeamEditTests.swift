import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// Several coders on one graph: nobody's edit silently overwrites another's, and undo takes back your own.
@Suite("Team edits: versions and own-change undo")
struct TeamEditTests {
    let store: Store
    let ann: Editor
    let bob: Editor
    let position: Graph.Target

    init() throws {
        let path = try TestSupport.temporaryDirectory("team").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        store = try Store(path: path, mode: .readWrite)
        ann = try Editor(coder: "ann")
        bob = try Editor(coder: "bob")
        let id = try store.read { try $0.fetchOne(String.self, sql: "SELECT id FROM position ORDER BY seq LIMIT 1") }
        let text = try #require(id)
        position = try #require(Graph.Target("position:\(text)"))
    }

    func stance() throws -> String? {
        try store.read { try $0.fetchOne(String.self, sql: "SELECT stance FROM position WHERE id = ?", arguments: [position.id.rawValue]) }
    }

    @Test("an edit from a stale version is refused with both versions named, and nothing is written")
    func lostUpdateRefused() throws {
        let read = try store.read { try Editor.version(of: position, in: $0) }
        #expect(read == 0)
        // Bob edits first, from the version both read.
        try store.write { db in try bob.edit(position, [("confidence", "low")], ifVersion: read, in: db) }
        let bobs = try store.read { try Editor.version(of: position, in: $0) }
        #expect(bobs > read)
        // Ann's edit from the old version is refused; the log and the row keep Bob's work.
        let changes = try store.read { try Change.fetch($0).count }
        do {
            try store.write { db in try ann.edit(position, [("stance", "neutral")], ifVersion: read, in: db) }
            Issue.record("a stale edit was written")
        } catch let error as EditError {
            guard case .conflict(_, let expected, let current, let by, let stored) = error else {
                Issue.record("expected a conflict, got \(error)")
                return
            }
            #expect(expected == read && current == bobs)
            #expect(by.contains("bob"))
            #expect(stored.contains("\"confidence\":\"low\""))
        }
        #expect(try store.read { try Change.fetch($0).count } == changes)
        #expect(try stance() != "neutral")
        // From the current version it goes through.
        try store.write { db in try ann.edit(position, [("stance", "neutral")], ifVersion: bobs, in: db) }
        #expect(try stance() == "neutral")
    }

    @Test("undo takes back the coder's own newest change; another's needs --any")
    func undoOwnChange() throws {
        let before = try stance()
        try store.write { db in try ann.edit(position, [("stance", "mixed")], in: db) }
        try store.write { db in try bob.edit(position, [("confidence", "low")], in: db) }
        // Ann's undo skips Bob's newer change, and is refused because Bob's change depends on hers.
        #expect(throws: EditError.self) { try store.write { db in try ann.undo(nil, in: db) } }
        let bobsChange = try store.read { try Change.fetch($0, coder: "bob").last?.id }
        // Ann cannot take back Bob's change by number without --any.
        do {
            try store.write { db in try ann.undo(bobsChange, in: db) }
            Issue.record("undid another coder's change")
        } catch let error as EditError {
            guard case .notYours(_, let coder) = error else { Issue.record("got \(error)"); return }
            #expect(coder == "bob")
        }
        try store.write { db in try ann.undo(bobsChange, anyCoder: true, in: db) }
        try store.write { db in try ann.undo(nil, in: db) }
        #expect(try stance() == before)
        #expect(throws: EditError.self) { try store.write { db in try bob.undo(nil, in: db) } }
    }
}
