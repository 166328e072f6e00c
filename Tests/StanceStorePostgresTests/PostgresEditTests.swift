import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// The editor's shared SQL (add, edit, remove with cascade, undo, the change log) on PostgreSQL: the same edits
/// on both engines leave the same graph and the same change log.
@Suite("PostgreSQL edits", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresEditTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    /// Adds, edits, removes with cascade and undoes on `store`; returns the graph and the change log after.
    static func edit(_ store: Store) throws -> (graph: GraphContents, log: [String], statistics: Statistics) {
        var editor = try Editor(coder: "ann")
        editor.now = { "2026-12-06T04:00:00Z" }
        let feld = Graph.Actor(id: slug("omar-feld"), name: "Omar Feld", kind: .person, aliases: ["Feld", "O. Feld"])
        try store.write { db in _ = try editor.add(.actor(feld), in: db) }
        let feldTarget = Graph.Target(kind: .actor, id: feld.id)
        try store.write { db in _ = try editor.edit(feldTarget, [("name", "Omar B. Feld"), ("note", "added in a test")], in: db) }
        let position = try store.read { db in
            try db.fetchOne(String.self, sql: "SELECT id FROM position WHERE actor_id = ? ORDER BY seq", arguments: ["james-fatheree"])
        }
        let positionTarget = Graph.Target(kind: .position, id: slug(try #require(position)))
        try store.write { db in _ = try editor.edit(positionTarget, [("stance", "mixed"), ("date", "2019-02")], in: db) }
        let fatheree = Graph.Target(kind: .actor, id: slug("james-fatheree"))
        #expect(throws: EditError.self) { try store.write { db in _ = try editor.remove(fatheree, cascade: false, in: db) } }
        try store.write { db in _ = try editor.remove(fatheree, cascade: true, in: db) }
        try store.write { db in _ = try editor.undo(nil, in: db) }  // the removal
        try store.write { db in _ = try editor.undo(nil, in: db) }  // the position edit
        try store.write { db in _ = try editor.remove(feldTarget, cascade: false, in: db) }
        return try store.read { db in
            let log = try Change.fetch(db).map { change in
                [change.coder, change.operation, change.target, change.before.json, change.after.json].joined(separator: " | ")
            }
            return (try GraphReader.read(db), log, try Statistics.read(db))
        }
    }

    @Test("the same edits leave the same graph, change log and statistics as on SQLite")
    func sameAsSQLite() throws {
        let graph = try TestSupport.korusData.load()
        let path = try TestSupport.temporaryDirectory("pg-edits").appendingPathComponent("graph.sqlite").path
        let sqlite = try Store(path: path, mode: .readWrite)
        try sqlite.write { db in try GraphWriter.insert(graph, into: db) }
        let expected = try Self.edit(sqlite)
        #expect(expected.log.count == 7)
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in try GraphWriter.insert(graph, into: db) }
            let actual = try Self.edit(store)
            #expect(actual.graph == expected.graph)
            #expect(actual.statistics == expected.statistics)
            #expect(actual.log.count == expected.log.count)
            for (a, e) in zip(actual.log, expected.log) {
                #expect(a == e)
            }
        }
    }
}

/// Users, tokens and sessions (migration v4-users) answer on PostgreSQL as on SQLite.
@Suite("PostgreSQL accounts", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresAccountTests {
    @Test("the account scenario answers the same as on SQLite")
    func scenario() throws {
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            #expect(try AccountScenario.run(store) == AccountScenario.expected)
        }
    }
}
