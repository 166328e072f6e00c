import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// `PostgresEngine.importCSV`: the CSV folder layout of `shared/bench/README.md`, copied with COPY.
@Suite("PostgreSQL CSV import", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresImportTests {
    /// A small valid folder: 12 actors, 4 issues, 6 sources, 60 positions (every third with a quote holding a
    /// comma, a backslash, a doubled double quote and non-ASCII text), 5 memberships.
    static func folder(badStanceAt badRow: Int? = nil) throws -> URL {
        let dir = try TestSupport.temporaryDirectory("pg-import")
        var actors = ["id,slug,name,kind"]
        for i in 1...8 { actors.append("\(i),person-\(i),Person \(i). Kim,person") }
        for i in 9...11 { actors.append("\(i),council-\(i),Trade Council \(i),organization") }
        actors.append("12,government-of-kari,Government of Kari,government")
        let issues = ["id,slug,name", "1,withdrawal,KORUS withdrawal", "2,renegotiation,KORUS renegotiation",
                      "3,auto-tariffs,Auto tariffs", "4,issue-4,Issue 4"]
        var sources = ["id,title,outlet,date"]
        let dates = ["2017-09-01", "2017-10-15", "2018-01-04", "2018-02-28", "2018-03-01", "2016-02-29"]
        for i in 1...6 { sources.append("\(i),Tariff talks \(i),\(i == 6 ? "" : "Reuters"),\(dates[i - 1])") }
        var positions = ["id,actor_id,issue_id,stance,date,source_id,quote"]
        let stances = ["supports", "opposes", "neutral", "mixed"]
        for i in 1...60 {
            let source = 1 + i % 6
            let quote = i % 3 == 0 ? "\"We will not, under any circumstances, accept \"\"it\"\" \\ \(i) — 한국.\"" : ""
            let stance = i == badRow ? "maybe" : stances[i % 4]
            positions.append("\(i),\(1 + i % 12),\(1 + i % 4),\(stance),\(dates[source - 1]),\(source),\(quote)")
        }
        let memberships = ["person_id,org_id,role", "1,9,works for", "2,9,member of", "2,10,adviser to",
                           "3,11,senior fellow at", "4,12,official of"]
        for (name, lines) in zip(CSVImporter.fileNames, [actors, issues, sources, positions, memberships]) {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent(name))
        }
        return dir
    }

    @Test("an import gives the same graph and statistics as the SQLite importer; later inserts number on")
    func sameAsSQLite() throws {
        let dir = try Self.folder()
        let sqlitePath = try TestSupport.temporaryDirectory("pg-import-db").appendingPathComponent("graph.sqlite").path
        let sqliteStatistics = try CSVImporter.importFolder(dir.path, into: sqlitePath)
        let sqlite = try Store(path: sqlitePath, mode: .readOnly)
        let expected = try Self.contents(sqlite)
        try TestServer.withDatabase { url in
            let engine = try PostgresEngine(url: url, mode: .readWrite)
            let store = Store(engine: engine, mode: .readWrite)
            defer { try? store.close() }
            let schema = try Self.schema(url)
            let statistics = try engine.importCSV(directory: dir.path)
            #expect(try Self.schema(url) == schema, "the indexes set aside during the copy are back as they were")
            #expect(statistics == sqliteStatistics)
            #expect(statistics.positions == 60)
            let actual = try Self.contents(store)
            for table in PostgresEngine.importedTables {
                #expect(actual[table] == expected[table], "table \(table)")
            }
            #expect(expected["quote"]?.isEmpty == false)
            try store.write { db in
                try db.execute(
                    sql: "INSERT INTO quote (id, speaker_id, source_id, text, date) VALUES (?, ?, ?, ?, ?)",
                    arguments: ["q-new", "person-1", "s1", "New.", "2019"])
            }
            let seq = try store.read { try $0.fetchOne(Int.self, sql: "SELECT seq FROM quote WHERE id = 'q-new'") }
            let previous = try store.read { try $0.fetchOne(Int.self, sql: "SELECT max(seq) FROM quote WHERE id <> 'q-new'") }
            #expect(seq == (previous ?? 0) + 1)
        }
    }

    @Test("a bad row stops the import with its FILE:LINE:COLUMN and leaves the old graph as it was")
    func allOrNothing() throws {
        try TestServer.withDatabase { url in
            let engine = try PostgresEngine(url: url, mode: .readWrite)
            let store = Store(engine: engine, mode: .readWrite)
            defer { try? store.close() }
            try engine.importCSV(directory: try Self.folder().path)
            try store.write { db in try Meta.set("marker", to: "kept", in: db) }
            let before = try Self.contents(store)
            let error = try #require(throws: ImportError.self) {
                try engine.importCSV(directory: try Self.folder(badStanceAt: 41).path)
            }
            #expect("\(error)".contains("positions.csv:42:"))
            #expect(try Self.contents(store) == before)
            #expect(try store.read { try Meta.value("marker", in: $0) } == "kept")
        }
    }

    /// Every row of every imported table, as text, sorted (imported affiliations have no source, which
    /// `GraphReader` requires, so the tables are compared instead).
    static func contents(_ store: Store) throws -> [String: [String]] {
        try store.read { db in
            var tables: [String: [String]] = [:]
            for table in PostgresEngine.importedTables {
                tables[table] = try db.fetchAll(sql: "SELECT * FROM \"\(table)\"").map { row in
                    row.columns.names.indices.map { "\(row.columns.names[$0])=\(row.value(at: $0))" }
                        .joined(separator: " ")
                }.sorted()
            }
            return tables
        }
    }

    @Test("a failure on the server in the middle of the copy rolls all of it back, dropped indexes included")
    func serverFailureRollsBack() throws {
        try TestServer.withDatabase { url in
            let engine = try PostgresEngine(url: url, mode: .readWrite)
            let store = Store(engine: engine, mode: .readWrite)
            defer { try? store.close() }
            try engine.importCSV(directory: try Self.folder().path)
            try TestServer.admin(url) { session in
                try session.run(
                    """
                    CREATE FUNCTION refuse_p41() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN IF NEW.id = 'p41' THEN RAISE EXCEPTION 'refused p41'; END IF; RETURN NEW; END $$
                    """)
                try session.run(
                    "CREATE TRIGGER refuse_p41 BEFORE INSERT ON position FOR EACH ROW EXECUTE FUNCTION refuse_p41()")
            }
            try store.write { db in try Meta.set("marker", to: "kept", in: db) }
            let before = try Self.contents(store)
            let schema = try Self.schema(url)
            let error = try #require(throws: PostgresStatementError.self) {
                try engine.importCSV(directory: try Self.folder().path)
            }
            #expect(error.description.contains("refused p41"))
            #expect(try Self.contents(store) == before)
            #expect(try Self.schema(url) == schema)
        }
    }

    /// The indexes and constraints of the database at `url`, with their definitions.
    static func schema(_ url: PostgresURL) throws -> [String] {
        try TestServer.admin(url) { session in
            try session.values(
                """
                SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL
                SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                ORDER BY 1
                """
            ).map { $0.first?.text ?? "" }
        }
    }

    @Test("COPY text escapes: NULL, backslash, tab, newline, carriage return")
    func copyEscapes() {
        #expect(
            PostgresEngine.copyLine([.null, .integer(-3), .text("a\\b\tc\nd\re"), .real(1.5)])
                == "\\N\t-3\ta\\\\b\\tc\\nd\\re\t1.5\n")
    }
}
