import Foundation
import StanceCore
@testable import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// The change log kept in `graph-data/changes/` (issue 21, item 7): written by export, read back by build, so
/// `stance log`, `history` and `undo` read the same after a rebuild and on a colleague's clone.
@Suite("the change log in graph-data/changes/")
struct ChangeLogFileTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    /// An editor whose clock gives the times listed, then the last one again.
    static func editor(_ coder: String, times: [String]) throws -> Editor {
        var editor = try Editor(coder: coder)
        let clock = Clock(times)
        editor.now = { clock.next() }
        return editor
    }

    final class Clock: @unchecked Sendable {
        private var times: [String]
        private let lock = NSLock()
        init(_ times: [String]) { self.times = times }
        func next() -> String {
            lock.lock()
            defer { lock.unlock() }
            return times.count > 1 ? times.removeFirst() : times[0]
        }
    }

    /// Ann and Bob edit a KORUS database: adds, an edit, a removal with cascade, an undo; two of Ann's changes
    /// in the same second. Returns the log.
    static func edit(_ store: Store) throws -> [Change] {
        let ann = try editor("ann", times: [
            "2026-12-06T07:00:00Z", "2026-12-06T07:00:00Z", "2026-12-06T07:01:00Z", "2026-12-06T07:03:00Z",
            "2026-12-06T07:04:00Z",
        ])
        let bob = try editor("Bob Marsh", times: ["2026-12-06T07:02:00Z", "2026-12-06T07:05:00Z"])
        let feld = Graph.Actor(id: slug("omar-feld"), name: "Omar Feld", kind: .person, aliases: ["Feld"])
        let feldTarget = Graph.Target(kind: .actor, id: feld.id)
        try store.write { db in _ = try ann.add(.actor(feld), in: db) }
        try store.write { db in _ = try ann.edit(feldTarget, [("note", "added in a test")], in: db) }
        let position = try #require(try store.read { db in
            try db.fetchOne(String.self, sql: "SELECT id FROM position WHERE actor_id = ? ORDER BY seq", arguments: ["james-fatheree"])
        })
        let positionTarget = Graph.Target(kind: .position, id: slug(position))
        try store.write { db in _ = try ann.edit(positionTarget, [("stance", "mixed")], in: db) }
        try store.write { db in _ = try bob.edit(feldTarget, [("description", "A trade lawyer")], in: db) }
        try store.write { db in _ = try ann.undo(nil, in: db) }  // the position edit
        let fatheree = Graph.Target(kind: .actor, id: slug("james-fatheree"))
        try store.write { db in _ = try ann.remove(fatheree, cascade: true, in: db) }
        // The last position recorded: a rebuild after the removal gives it another `seq`.
        let last = try #require(try store.read { db in
            try db.fetchOne(String.self, sql: "SELECT id FROM position ORDER BY seq DESC LIMIT 1")
        })
        try store.write { db in _ = try bob.edit(Graph.Target(kind: .position, id: slug(last)), [("note", "checked in a test")], in: db) }
        return try store.read { try Change.fetch($0) }
    }

    /// Each change as `stance log --format json` shows it (snapshots in canonical form).
    static func lines(_ changes: [Change]) -> [String] {
        changes.map { c in
            ["#\(c.id)", c.coder, c.time, c.operation, c.target, c.before.canonicalJSON, c.after.canonicalJSON]
                .joined(separator: " | ")
        }
    }

    static func contents(of folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// A database built from a copy of KORUS, edited by Ann and Bob, and exported to the copy.
    static func editedAndExported() throws -> (folder: GraphDataFolder, database: String, log: [Change]) {
        let copy = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        let database = try TestSupport.temporaryDirectory("log").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: copy, to: database)
        let store = try Store(path: database, mode: .readWrite)
        let log = try edit(store)
        try store.close()
        try GraphBuilder.export(from: database, to: copy)
        return (copy, database, log)
    }

    @Test("the log read back after export → build is the same, numbers and all; a second export changes nothing")
    func readBackAfterRebuild() throws {
        let (folder, _, log) = try Self.editedAndExported()
        #expect(log.count == 7)
        let files = ChangeFiles.names(in: folder.path)
        #expect(files == ["changes/ann.yaml", "changes/bob-marsh.yaml"])
        let exported = Self.contents(of: folder.path)

        let rebuilt = try TestSupport.temporaryDirectory("rebuilt").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: rebuilt)
        let store = try Store(path: rebuilt, mode: .readWrite)
        let again = try store.read { try Change.fetch($0) }
        #expect(Self.lines(again) == Self.lines(log))
        #expect(try store.read { try Meta.unexportedChanges(in: $0) } == 0)
        try store.close()

        // build → export rewrites nothing, the change files included.
        let report = try GraphBuilder.export(from: rebuilt, to: folder)
        #expect(report == GraphDataWriter.Report())
        #expect(Self.contents(of: folder.path) == exported)
        // The snapshot is the graph's content: the change files are not part of it.
        let snapshot = try #require(GraphSnapshot.of(folder: folder))
        #expect(!snapshot.manifest.contains { $0.path.hasPrefix("changes/") })
        let fromDatabase = try Store(path: rebuilt, mode: .readOnly).read { try GraphSnapshot.of($0) }
        #expect(snapshot == fromDatabase)
    }

    @Test("export appends only new entries: what a file held stays a prefix of it")
    func appendOnly() throws {
        let (folder, database, _) = try Self.editedAndExported()
        let annFile = (folder.path as NSString).appendingPathComponent("changes/ann.yaml")
        let before = try #require(FileManager.default.contents(atPath: annFile))
        let bobBefore = Self.contents(of: folder.path)["changes/bob-marsh.yaml"]
        let store = try Store(path: database, mode: .readWrite)
        let ann = try Self.editor("ann", times: ["2026-12-06T08:00:00Z"])
        try store.write { db in
            _ = try ann.add(.actor(Graph.Actor(id: Self.slug("lena-park"), name: "Lena Park", kind: .person)), in: db)
        }
        try store.close()
        let report = try GraphBuilder.export(from: database, to: folder)
        #expect(report.changed == ["actors.yaml", "changes/ann.yaml"])
        let after = try #require(FileManager.default.contents(atPath: annFile))
        #expect(after.count > before.count)
        #expect(after.prefix(before.count) == before)
        let added = String(decoding: after.dropFirst(before.count), as: UTF8.self)
        #expect(added.hasPrefix("- id: "))
        #expect(added.contains("target: actor:lena-park"))
        #expect(Self.contents(of: folder.path)["changes/bob-marsh.yaml"] == bobBefore)
    }

    @Test("undo after a rebuild: a change whose work is still in place is undone; a superseded one is refused")
    func undoAfterRebuild() throws {
        let (folder, _, log) = try Self.editedAndExported()
        let rebuilt = try TestSupport.temporaryDirectory("undo").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: rebuilt)
        let store = try Store(path: rebuilt, mode: .readWrite)
        defer { try? store.close() }
        let ann = try Self.editor("ann", times: ["2026-12-06T09:00:00Z"])
        // Ann's newest change, the cascading removal of James Fatheree (with his quotes and positions), comes back.
        let removal = try #require(log.last { $0.coder == "ann" })
        #expect(removal.operation == "remove")
        let undo = try store.write { db in try ann.undo(nil, in: db) }
        #expect(undo.operation == "undo #\(removal.id)")
        #expect(undo.id == log.count + 1)
        let restored = try store.read { db in
            try db.fetchOne(Int.self, sql: "SELECT count(*) FROM position WHERE actor_id = ?", arguments: ["james-fatheree"])
        }
        #expect((restored ?? 0) > 0)
        // The graph is the one before the removal: the KORUS graph with Omar Feld (and Bob's description).
        let graph = try store.read { try GraphReader.read($0) }
        #expect(graph.actors.contains { $0.id.rawValue == "james-fatheree" })
        #expect(graph.actors.first { $0.id.rawValue == "omar-feld" }?.description == "A trade lawyer")
        // Bob's newest, the edit of a position the rebuild renumbered, is taken back too.
        let bobEdit = try #require(log.last)
        let bob = try Self.editor("Bob Marsh", times: ["2026-12-06T09:01:00Z"])
        let bobUndo = try store.write { db in try bob.undo(nil, in: db) }
        #expect(bobUndo.operation == "undo #\(bobEdit.id)")
        let notes = try store.read { db in
            try db.fetchAll(String.self, sql: "SELECT coalesce(note, '') FROM position WHERE id = ?", arguments: [String(bobEdit.target.dropFirst("position:".count))])
        }
        #expect(notes.count == 1 && notes.first != "checked in a test")
        // Ann's first edit of Omar Feld was followed by Bob's: it cannot be undone, after a rebuild as before.
        let edit = try #require(log.first { $0.operation == "edit" && $0.target == "actor:omar-feld" && $0.coder == "ann" })
        #expect(throws: EditError.self) { try store.write { db in try ann.undo(edit.id, in: db) } }
        // The undo is exported as an undo of the removal's stable id.
        try GraphBuilder.export(from: store, to: folder)
        let text = try String(contentsOfFile: (folder.path as NSString).appendingPathComponent("changes/ann.yaml"), encoding: .utf8)
        let removalID = try #require(Change.portable(log).last { $0.coder == "ann" }?.id)
        #expect(text.contains("operation: undo\n  undoes: \(removalID)\n"))
    }

    @Test("a malformed or edited change file is located (file:line:column) and builds nothing")
    func malformed() throws {
        let (folder, database, _) = try Self.editedAndExported()
        let before = try #require(FileManager.default.contents(atPath: database))
        let path = (folder.path as NSString).appendingPathComponent("changes/ann.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let operation = try #require(lines.lastIndex { $0 == "  operation: edit" })  // the position edit
        lines[operation] = "  operation: edited"
        let note = try #require(lines.firstIndex { $0.hasPrefix("  after: ") && $0.contains("added in a test") })
        lines[note] = lines[note].replacingOccurrences(of: "added in a test", with: "added in a TEST")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try "- id: 0123456789abcdef\n  coder: carl\n  time: ~\n".write(
            toFile: (folder.path as NSString).appendingPathComponent("changes/carl.yaml"), atomically: true, encoding: .utf8)

        let error = try #require(throws: GraphDataError.self) {
            try GraphBuilder.build(from: folder, to: database, force: true)
        }
        let messages = error.description
        #expect(messages.contains("changes/ann.yaml:\(operation + 1):14: error: unknown operation 'edited'"))
        #expect(messages.contains("does not match its content"))
        #expect(messages.contains("changes/carl.yaml:3:9: error: field 'time' is YAML null"))
        #expect(messages.contains("changes/carl.yaml:1:3: error: missing required field 'operation'"))
        #expect(FileManager.default.contents(atPath: database) == before)
        // Export refuses too, before writing anything.
        #expect(throws: GraphDataError.self) { try GraphBuilder.export(from: database, to: folder) }
    }

    @Test("two clones' change files merge by stable id, once each, with git or with stance merge")
    func mergeTwoCoders() throws {
        // Ann and Bob each start from the same graph-data/ and code on their own clone.
        let annFolder = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        let bobFolder = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        func clone(_ folder: GraphDataFolder, _ coder: String, _ actor: String, _ time: String) throws -> String {
            let database = try TestSupport.temporaryDirectory(coder).appendingPathComponent("graph.sqlite").path
            try GraphBuilder.build(from: folder, to: database)
            let store = try Store(path: database, mode: .readWrite)
            let editor = try Self.editor(coder, times: [time])
            try store.write { db in
                _ = try editor.add(.actor(Graph.Actor(id: Self.slug(actor), name: actor.capitalized, kind: .person)), in: db)
            }
            try store.close()
            try GraphBuilder.export(from: database, to: folder)
            return database
        }
        let annDatabase = try clone(annFolder, "ann", "omar-feld", "2026-12-06T07:00:00Z")
        _ = try clone(bobFolder, "bob", "lena-park", "2026-12-06T06:30:00Z")

        let theirs = try Merger.load(bobFolder.path)
        let theirChanges = try Merger.loadChanges(bobFolder.path)
        #expect(theirChanges.count == 1)
        let store = try Store(path: annDatabase, mode: .readWrite)
        let merger = Merger(editor: try Self.editor("ann", times: ["2026-12-06T07:10:00Z"]))
        let report = try store.write { db in
            try merger.merge(theirs, changes: theirChanges, into: db, prefer: nil)
        }
        #expect(report.changesAdded == 1)
        #expect(report.added == ["actor:lena-park"])
        // A second merge adds no change twice.
        let again = try store.write { db in try merger.merge(theirs, changes: theirChanges, into: db, prefer: nil) }
        #expect(again.changesAdded == 0)
        let log = try store.read { try Change.fetch($0) }
        #expect(log.map(\.coder) == ["ann", "bob", "ann"])
        try store.close()
        try GraphBuilder.export(from: annDatabase, to: annFolder)
        // Bob's file in Ann's clone is his own file, byte for byte.
        let bobFile = Self.contents(of: bobFolder.path)["changes/bob.yaml"]
        #expect(bobFile != nil)
        #expect(Self.contents(of: annFolder.path)["changes/bob.yaml"] == bobFile)

        // With git instead: Bob's file copied beside Ann's (what a merge of his branch does). A rebuild reads
        // both, ordered by time: Bob's change, made first, comes first.
        let gitClone = GraphDataFolder(path: try TestSupport.copy(bobFolder.path).path)
        let annFile = try #require(Self.contents(of: annFolder.path)["changes/ann.yaml"])
        try annFile.write(to: URL(fileURLWithPath: (gitClone.path as NSString).appendingPathComponent("changes/ann.yaml")))
        let changes = try gitClone.loadWithChanges().changes
        #expect(changes.map(\.coder) == ["bob", "ann", "ann"])
        #expect(Set(changes.map(\.id)).count == changes.count)
        // The same entry in two files (a copy pasted by hand) is refused, where the second copy is.
        try annFile.write(to: URL(fileURLWithPath: (gitClone.path as NSString).appendingPathComponent("changes/ann-copy.yaml")))
        let error = try #require(throws: GraphDataError.self) { try gitClone.loadWithChanges() }
        #expect(error.description.contains("changes/ann.yaml:1:7: error: change '"))
        #expect(error.description.contains("is already in the log at"))
    }

    @Test("an undo across coders' files never comes before the change it takes back")
    func undoOrder() throws {
        let empty = Snapshot(parts: [])
        let row = try #require(Snapshot(json: #"[{"rows":[{"id":"x","name":"X"}],"table":"actor"}]"#))
        let add = PortableChange(
            coder: "zoe", time: "2026-12-06T07:00:00Z", operation: "add", undoes: nil, target: "actor:x", before: empty,
            after: row)
        let undo = PortableChange(
            coder: "admin", time: "2026-12-06T07:00:00Z", operation: "undo", undoes: add.id, target: "actor:x",
            before: row, after: empty)
        #expect(Change.ordered([[undo], [add]]).map(\.id) == [add.id, undo.id])
    }

    @Test("a snapshot's JSON reads back scalar for scalar: a leading U+FEFF, line separators, escapes, numbers")
    func snapshotJSONExact() throws {
        let texts = ["\u{FEFF}", "\u{FEFF}x", "\u{85}x", "x\u{2028}y", "tab\there \"q\" \\ /", "😀 e\u{301}", "\u{1}", "12"]
        let source = #"[{"rows":[{"id":"x","n":12,"r":1.5,"z":null}],"table":"actor"}]"#
        let snapshot = try #require(Snapshot(json: source))
        #expect(snapshot.canonicalJSON == source)
        let row = try #require(snapshot.parts.first?.rows.first)
        #expect(row["n"] == .integer(12) && row["r"] == .real(1.5) && row["z"] == .null)
        for text in texts {
            let json = #"[{"rows":[{"id":"x","name":"# + String(decoding: try JSONSerialization.data(
                withJSONObject: [text], options: [.fragmentsAllowed]), as: UTF8.self).dropFirst().dropLast() + #"}],"table":"actor"}]"#
            let parsed = try #require(Snapshot(json: json), "\(json)")
            let name = parsed.parts.first?.rows.first?["name"]?.text
            #expect(name.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "\(json)")
            let again = try #require(Snapshot(json: parsed.canonicalJSON))
            #expect(again.canonicalJSON == parsed.canonicalJSON)
            #expect(again.parts.first?.rows.first?["name"]?.text.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
        }
        #expect(Snapshot(json: #"[{"rows":[{"id":"x"}],"table":"actor"}"#) == nil)
        #expect(Snapshot(json: #"[{"rows":[{"id":"x\q"}],"table":"actor"}]"#) == nil)
    }
}
