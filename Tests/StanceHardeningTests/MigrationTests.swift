import Foundation
import GRDB
import StanceCore
import StanceGraphData
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// A database made by the first schema version opens with today's Stance and keeps every row; one made by a
/// newer Stance is refused and left as it was.
///
/// The fixture, `.fixtures/schema-v1.stancedb` (in a hidden folder, so SwiftPM does not ask for it to be declared
/// as a resource), was made from the KORUS `graph-data/` by schema version 1 (migration `v1-graph`) with
/// `stance build --db schema-v1.sqlite` and `sqlite3 schema-v1.sqlite "PRAGMA journal_mode=DELETE; VACUUM;"`.
@Suite("Schema versions and migrations")
struct MigrationTests {
    static var fixture: String { Hardening.folder.appendingPathComponent(".fixtures/schema-v1.stancedb").path }

    /// The rows the fixture holds: the KORUS graph (37 actors, 17 issues, 5 sources, 103 positions, 28 quotes,
    /// 13 affiliations, 7 annotations) as schema version 1 stores it.
    static let korus: [String: Int] = [
        "actor": 37, "actor_alias": 82, "issue": 17, "issue_alias": 66, "issue_relation": 9, "source": 5,
        "quote": 28, "quote_issue": 43, "position": 103, "affiliation": 13, "annotation": 7, "name_key": 192,
        "change_log": 0, "meta": 2, "grdb_migrations": 1, "quote_fts_docsize": 28,
    ]

    static func copy(_ path: String, _ label: String) throws -> String {
        let target = try TestSupport.temporaryDirectory(label).appendingPathComponent("graph.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: target)
        return target
    }

    /// Reads a database with plain GRDB (no Stance code): its migrations, row counts and rows.
    static func raw(_ path: String) throws -> (migrations: [String], counts: [String: Int], rows: [String: [String]]) {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try counts(db), try rows(db))
        }
    }

    /// Every row of every table, by table, as GRDB prints rows.
    private static func rows(_ db: Database) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for table in try tables(db) where !table.hasPrefix("quote_fts") {
            result[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                .map(\.description).sorted()
        }
        return result
    }

    /// The row count of every table.
    private static func counts(_ db: Database) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in try tables(db) {
            result[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
        }
        return result
    }

    private static func tables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }

    @Test("a schema-v1 database opens, is current (or upgraded) and keeps every row")
    func firstSchema() throws {
        let path = try Self.copy(Self.fixture, "schema-v1")
        let before = try Self.raw(path)
        #expect(before.migrations == ["v1-graph"])
        for (table, count) in Self.korus {
            #expect(before.counts[table] == count, "fixture table \(table)")
        }

        // Read-only open (what `stance query` does) upgrades an older file in place, then reads.
        let reader = try Store(path: path, mode: .readOnly)
        #expect(try reader.read { try $0.schemaVersion() } == Schema.version)
        let statistics = try reader.read { try Statistics.read($0) }
        #expect(statistics.schemaVersion == Schema.version)
        let found: [Int] = [
            statistics.actors, statistics.issues, statistics.sources, statistics.positions, statistics.quotes,
            statistics.affiliations, statistics.annotations,
        ]
        #expect(found == [37, 17, 5, 103, 28, 13, 7])
        let answer = try reader.read { try QueryEngine.answer("who opposes withdrawal", in: $0) }
        let korus = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let expected = try korus.read { try QueryEngine.answer("who opposes withdrawal", in: $0) }
        // The fixture holds the graph as it was when schema v1 shipped; later corrections of the coding
        // (issue 21 lowered a confidence here) change evidence details, not who answers with which position.
        let proof = { (rows: [AnswerValue]) in
            rows.map { [$0[["actor", "id"]], $0[["stance"]], $0[["evidence", "position"]]] }
        }
        #expect(proof(answer.rows) == proof(expected.rows))
        let search = try reader.read { try QueryEngine.answer("quotes matching \"flawed metric\"", in: $0) }
        #expect(search.rows.count == 1)
        // v5-issue-terms: the issues read back with their aliases and no terms.
        let issues = try reader.read { try GraphReader.readNames($0).issues }
        #expect(issues.count == 17 && issues.allSatisfy(\.terms.isEmpty))
        #expect(issues.reduce(0) { $0 + $1.aliases.count } == 66)
        try reader.close()

        // Read-write open (what an edit does) migrates too, and an edit is kept with its log row.
        let writer = try Store(path: path, mode: .readWrite)
        let editor = try Editor(coder: "migration-test")
        let note = Graph.Annotation(
            id: Hardening.slug("migrated-note"), target: Graph.Target(kind: .actor, id: Hardening.slug("donald-trump")),
            text: "Written after opening a schema-v1 file.", coder: "migration-test", time: "2026-11-23T10:00:00Z")
        try writer.write { db in try editor.add(.annotation(note), in: db) }
        try writer.close()

        let after = try Self.raw(path)
        #expect(after.migrations == Schema.migrator.migrations.sorted())
        // v2-covering-stance: both latest-position indexes end with `stance`.
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        for index in ["position_by_issue_actor_day", "position_by_actor"] {
            let columns = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index])
            }
            #expect(columns.last == "stance", "\(index): \(columns)")
        }
        // v6-reporter-index: a lookup by reporter reads the index, not every position.
        let plan = try queue.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT actor_id FROM position WHERE reported_by = ?",
                arguments: ["robert-lighthizer"]
            ).map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.contains("position_by_reporter") }, "\(plan)")
        try queue.close()
        for (table, rows) in before.rows where table != "annotation" && table != "change_log" {
            if table == "grdb_migrations" {
                #expect(Set(rows).isSubset(of: Set(after.rows[table] ?? [])))
            } else {
                #expect(after.rows[table] == rows, "table \(table) changed")
            }
        }
        #expect(after.counts["annotation"] == 8 && after.counts["change_log"] == 1)
        #expect(after.counts["issue_term"] == 0)
        #expect(Set(before.rows["annotation"] ?? []).isSubset(of: Set(after.rows["annotation"] ?? [])))
    }

    @Test("a database from a newer Stance is refused with StoreError.newerSchema and left byte-identical")
    func newerSchema() throws {
        let built = try TestSupport.temporaryDirectory("newer-wal").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: built)
        // One file in rollback-journal mode (the fixture) and one in WAL mode (as `stance build` leaves it).
        for path in [try Self.copy(Self.fixture, "newer-delete"), built] {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
            try queue.close()
            let before = Hardening.bytes(path)
            try #require(!before.isEmpty)

            for mode in [Store.Mode.readOnly, .readWrite] {
                let error = try #require(throws: StoreError.self) { try Store(path: path, mode: mode) }
                guard case .newerSchema = error else {
                    Issue.record("\(mode): expected newerSchema, got \(error)")
                    continue
                }
                #expect(error.description.contains("newer version of Stance"))
                #expect(Hardening.bytes(path) == before, "\(mode) open changed the file")
            }
            // The CLI says so in words, with exit status 1, for a reader, a writer and a rebuild.
            let commands = [
                ["query", "--db", path, "who opposes withdrawal"],
                ["annotate", "--db", path, "--by", "ann", "actor:donald-trump", "note"],
                ["build", "--db", path],
            ]
            for arguments in commands {
                let result = try StanceProcess.run(arguments, in: TestSupport.packageRoot)
                #expect(result.status == 1, "\(arguments[0]): exit \(result.status)")
                #expect(result.stderr.contains("newer version of Stance"), "\(arguments[0]): \(result.stderr)")
                #expect(Hardening.bytes(path) == before, "stance \(arguments[0]) changed the file")
            }
            let migrations = try Self.raw(path).migrations
            #expect(migrations.contains("v99-from-the-future"))
        }
    }
}
