import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// The change log in `graph-data/changes/` through a PostgreSQL server: built into the server, read back the same
/// as on SQLite, exported without rewriting a byte, and undone after the rebuild.
@Suite("PostgreSQL change log in graph-data", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresChangeLogTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    static func editor(_ coder: String, _ time: String) throws -> Editor {
        var editor = try Editor(coder: coder)
        editor.now = { time }
        return editor
    }

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

    @Test("export → build into PostgreSQL reads the log back as SQLite does; export rewrites nothing; undo works")
    func roundTripOnServer() throws {
        // Edits on SQLite, exported to a copy of KORUS.
        let folder = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        let sqlitePath = try TestSupport.temporaryDirectory("pg-log").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: sqlitePath)
        let sqlite = try Store(path: sqlitePath, mode: .readWrite)
        let feld = Graph.Target(kind: .actor, id: Self.slug("omar-feld"))
        try sqlite.write { db in
            _ = try Self.editor("ann", "2026-12-06T07:00:00Z").add(
                .actor(Graph.Actor(id: feld.id, name: "Omar Feld", kind: .person)), in: db)
        }
        try sqlite.write { db in
            _ = try Self.editor("bob", "2026-12-06T07:01:00Z").edit(feld, [("note", "checked")], in: db)
        }
        let fatheree = Graph.Target(kind: .actor, id: Self.slug("james-fatheree"))
        try sqlite.write { db in _ = try Self.editor("ann", "2026-12-06T07:02:00Z").remove(fatheree, cascade: true, in: db) }
        let expected = try sqlite.read { try Change.fetch($0) }
        try sqlite.close()
        try GraphBuilder.export(from: sqlitePath, to: folder)
        let exported = Self.contents(of: folder.path)

        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            // Built twice: the second build numbers the log from #1 again.
            try GraphBuilder.build(from: folder, into: store)
            try GraphBuilder.build(from: folder, into: store)
            let log = try store.read { try Change.fetch($0) }
            #expect(Self.lines(log) == Self.lines(expected))
            let report = try GraphBuilder.export(from: store, to: folder)
            #expect(report.created.isEmpty && report.changed.isEmpty && report.removed.isEmpty)
            #expect(Self.contents(of: folder.path) == exported)
            let snapshot = try store.read { try GraphSnapshot.of($0) }
            #expect(snapshot == GraphSnapshot.of(folder: folder))

            // Ann's removal of James Fatheree is undone after the rebuild, as change #4.
            let undo = try store.write { db in try Self.editor("ann", "2026-12-06T08:00:00Z").undo(nil, in: db) }
            #expect(undo.id == 4)
            #expect(undo.operation == "undo #3")
            let positions = try store.read { db in
                try db.fetchOne(Int.self, sql: "SELECT count(*) FROM position WHERE actor_id = ?", arguments: ["james-fatheree"])
            }
            #expect((positions ?? 0) > 0)
            // Bob's edit can be undone by Bob, numbered on from there.
            let bobUndo = try store.write { db in try Self.editor("bob", "2026-12-06T08:01:00Z").undo(nil, in: db) }
            #expect(bobUndo.id == 5)
            #expect(bobUndo.operation == "undo #2")
            let report2 = try GraphBuilder.export(from: store, to: folder)
            #expect(report2.changed.contains("changes/ann.yaml") && report2.changed.contains("changes/bob.yaml"))
            // And the same folder built on SQLite gives the same log as the server has.
            let again = try TestSupport.temporaryDirectory("pg-log-2").appendingPathComponent("graph.sqlite").path
            try GraphBuilder.build(from: folder, to: again)
            let fromSQLite = try Store(path: again, mode: .readOnly).read { try Change.fetch($0) }
            #expect(Self.lines(fromSQLite) == Self.lines(try store.read { try Change.fetch($0) }))
        }
    }

    @Test("codings in graph-data/codings/ built into PostgreSQL read back as on SQLite; export rewrites nothing")
    func codingsOnServer() throws {
        let folder = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        let sqlitePath = try TestSupport.temporaryDirectory("pg-codings").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: sqlitePath)
        let sqlite = try Store(path: sqlitePath, mode: .readWrite)
        let source = "cnnmoney-2018-01-04"
        try sqlite.write { db in
            try Codings.assign(source: source, coders: ["ann", "bob"], by: "lead", time: "2026-12-06T07:00:00Z", in: db)
            try Codings.add(
                try Codings.graphUnits(of: source, in: db), source: source, coder: "ann", replace: false,
                time: "2026-12-06T07:01:00Z", in: db)
            let first = try #require(try Codings.units(source: source, coders: ["ann"], in: db).first)
            try Codings.decide(unit: first.id, decision: "accept", by: "lead", time: "2026-12-06T07:02:00Z", in: db)
        }
        let expected = try sqlite.read { try Codings.all(in: $0) }
        try sqlite.close()
        try GraphBuilder.export(from: sqlitePath, to: folder)
        let exported = Self.contents(of: folder.path)
        #expect(exported.keys.filter { $0.hasPrefix("codings/") }.count == 2)

        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try GraphBuilder.build(from: folder, into: store)
            #expect(try store.read { try Codings.all(in: $0) } == expected)
            // Exported already: building again needs no --force.
            try GraphBuilder.build(from: folder, into: store)
            let report = try GraphBuilder.export(from: store, to: folder)
            #expect(report.created.isEmpty && report.changed.isEmpty && report.removed.isEmpty)
            #expect(Self.contents(of: folder.path) == exported)
        }
    }
}
