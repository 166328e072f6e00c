import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// An issue's terms (migration v5-issue-terms) on PostgreSQL: a v4 database gains the table and keeps its issues,
/// and the same term edits leave the same terms and change log as on SQLite.
@Suite("PostgreSQL issue terms", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresIssueTermTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    @Test("a v4 database is upgraded to v5-issue-terms on open; its issues read with no terms")
    func upgradeFromV4() throws {
        try TestServer.withDatabase { url in
            try TestServer.admin(url) { session in
                try session.run("CREATE TABLE stance_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for migration in PostgresSchema.migrations.prefix(4) {
                    for statement in PostgresSchema.statements(migration.sql) { try session.run(statement) }
                    try session.run("INSERT INTO stance_migrations (identifier) VALUES ($1)", [.text(migration.identifier)])
                }
                try session.run("INSERT INTO issue (id, name) VALUES ('rice', 'Rice')")
                try session.run("INSERT INTO issue_alias (issue_id, ordinal, alias) VALUES ('rice', 0, 'paddy')")
            }
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            #expect(try store.read { try $0.schemaVersion() } == PostgresSchema.migrations.count)
            let rice = try store.read { try GraphReader.issue("rice", in: $0) }
            #expect(rice?.aliases == ["paddy"] && rice?.terms == [])
            let editor = try Editor(coder: "ann")
            try store.write { db in
                _ = try editor.edit(Graph.Target(kind: .issue, id: Self.slug("rice")), [("term+", "rice farmers")], in: db)
            }
            #expect(try store.read { try GraphReader.issue("rice", in: $0)?.terms } == ["rice farmers"])
        }
    }

    @Test("a CSV import replaces a graph whose issues have terms, and keeps none of them")
    func importClearsTerms() throws {
        let graph = try TestSupport.korusData.load()
        #expect(graph.issues.contains { !$0.terms.isEmpty })
        let folder = try PostgresImportTests.folder()
        try TestServer.withDatabase { url in
            let engine = try PostgresEngine(url: url, mode: .readWrite)
            let store = Store(engine: engine, mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in try GraphWriter.insert(graph, into: db) }
            try engine.importCSV(directory: folder.path)
            #expect(try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM issue_term") } == 0)
            #expect(try store.read { try GraphReader.issue("withdrawal", in: $0)?.terms } == [])
        }
    }

    /// Adds an issue with terms, edits them, refuses a duplicate and undoes; returns the issue and the change log.
    static func edit(_ store: Store) throws -> (issue: Graph.Issue?, log: [String]) {
        var editor = try Editor(coder: "ann")
        editor.now = { "2026-12-06T09:00:00Z" }
        let id = slug("rice-quota")
        let target = Graph.Target(kind: .issue, id: id)
        try store.write { db in
            _ = try editor.add(.issue(Graph.Issue(id: id, name: "Rice quota", terms: ["rice quota", "rice imports"])), in: db)
        }
        try store.write { db in _ = try editor.edit(target, [("term+", "paddy farmers"), ("term-", "rice imports")], in: db) }
        try store.write { db in _ = try editor.edit(target, [("term+", "rice growers")], in: db) }
        #expect(throws: EditError.self) { try store.write { db in _ = try editor.edit(target, [("term+", "Rice Quota")], in: db) } }
        try store.write { db in _ = try editor.undo(nil, in: db) }
        return try store.read { db in
            let log = try Change.fetch(db).map { change in
                [change.coder, change.operation, change.target, change.before.json, change.after.json].joined(separator: " | ")
            }
            return (try GraphReader.issue("rice-quota", in: db), log)
        }
    }

    @Test("the same term edits leave the same terms and change log as on SQLite")
    func sameAsSQLite() throws {
        let graph = try TestSupport.korusData.load()
        let path = try TestSupport.temporaryDirectory("pg-terms").appendingPathComponent("graph.sqlite").path
        let sqlite = try Store(path: path, mode: .readWrite)
        try sqlite.write { db in try GraphWriter.insert(graph, into: db) }
        let expected = try Self.edit(sqlite)
        #expect(expected.issue?.terms == ["rice quota", "paddy farmers"])
        #expect(expected.log.count == 4)
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in try GraphWriter.insert(graph, into: db) }
            let actual = try Self.edit(store)
            #expect(actual.issue == expected.issue)
            #expect(actual.log == expected.log)
        }
    }
}
