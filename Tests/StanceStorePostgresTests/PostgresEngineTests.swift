import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// The PostgreSQL engine against a real server (`STANCE_TEST_POSTGRES_URL`, see `TestServer`).
@Suite("PostgreSQL engine", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresEngineTests {
    @Test("an unreachable server is a clear error naming host:port, quickly")
    func unreachable() throws {
        var url = try TestServer.url()
        url.host = "127.0.0.1"
        url.port = try TestServer.closedPort()
        url.connectTimeout = 3
        let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: .readWrite) }
        guard case .serverUnreachable(let server, _) = error else {
            Issue.record("expected serverUnreachable, got \(error)")
            return
        }
        #expect(server == "127.0.0.1:\(url.port)")
        #expect(error.description.contains("127.0.0.1:\(url.port)"))
        #expect(error.description.contains("pg_isready"))
        #expect(error.description.contains("connection refused"))
    }

    @Test("a wrong password is an authentication error that never prints the password")
    func wrongPassword() throws {
        var url = try TestServer.url()
        url.password = "not-the-password-7f3a"
        let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: .readWrite) }
        guard case .authenticationFailed(let user, _, _) = error else {
            Issue.record("expected authenticationFailed, got \(error)")
            return
        }
        #expect(user == url.user)
        #expect(!error.description.contains("not-the-password-7f3a"))
        #expect(error.description.contains("PGPASSWORD"))
    }

    @Test("no password at all, when the server asks for one, is an authentication error")
    func noPassword() throws {
        var url = try TestServer.url()
        url.password = nil
        let environment = ["PGPASSFILE": "/nonexistent/stance/.pgpass"]
        let error = try #require(throws: StoreError.self) {
            try PostgresEngine(url: url, mode: .readWrite, environment: environment)
        }
        guard case .authenticationFailed = error else {
            Issue.record("expected authenticationFailed, got \(error)")
            return
        }
    }

    @Test("sslmode: prefer falls back to plain TCP on a server without TLS; require refuses it, saying why")
    func sslModes() throws {
        var url = try TestServer.url()
        url.sslMode = .prefer
        let one = try PostgresEngine.withSession(url) { session in try session.values("SELECT 1").first }
        #expect(one == [.integer(1)])
        let ssl = try TestServer.admin { session in
            try session.values("SHOW ssl").first?.first?.text
        }
        guard ssl == "off" else { return }  // The test server of .ci/postgres.sh has no TLS.
        url.sslMode = .require
        let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: .readWrite) }
        guard case .serverUnreachable = error else {
            Issue.record("expected serverUnreachable, got \(error)")
            return
        }
        #expect(error.description.contains("sslmode=require"))
    }

    @Test("a database that does not exist is named in the error, with how to create it")
    func missingDatabase() throws {
        var url = try TestServer.url()
        url.database = "stance_no_such_database_\(UUID().uuidString.prefix(8).lowercased())"
        let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: .readWrite) }
        guard case .missingDatabase(let name, _) = error else {
            Issue.record("expected missingDatabase, got \(error)")
            return
        }
        #expect(name == url.database)
        #expect(error.description.contains("createdb"))
    }

    @Test("an empty database is migrated to the current schema; reopening changes nothing")
    func migrations() throws {
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            #expect(store.engine.dialect == .postgres)
            #expect(store.path == url.location)
            let statistics = try store.read { try Statistics.read($0) }
            #expect(statistics.schemaVersion == Schema.version)
            #expect(statistics.actors == 0)
            try store.write { db in
                try db.execute(
                    sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: ["ann", "Ann", "person"])
            }
            try store.close()
            for mode in [Store.Mode.readWrite, .readOnly] {
                let again = Store(engine: try PostgresEngine(url: url, mode: mode), mode: mode)
                let reread = try again.read { try Statistics.read($0) }
                #expect(reread.schemaVersion == Schema.version)
                #expect(reread.actors == 1)
                try again.close()
            }
            let identifiers = try migrationIdentifiers(url)
            #expect(identifiers == PostgresSchema.migrations.map(\.identifier))
        }
    }

    @Test("a database holding no graph is refused by a read-only open, untouched")
    func readOnlyEmpty() throws {
        try TestServer.withDatabase { url in
            let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: .readOnly) }
            guard case .missing = error else {
                Issue.record("expected missing, got \(error)")
                return
            }
            #expect(try tables(url).isEmpty)
        }
    }

    @Test("a database from a newer Stance is refused by both modes and left as it was")
    func newerSchema() throws {
        try TestServer.withDatabase { url in
            try PostgresEngine(url: url, mode: .readWrite).close()
            try TestServer.admin(url) { session in
                try session.run("INSERT INTO stance_migrations (identifier) VALUES ('v99-from-the-future')")
                try session.run("DROP INDEX position_by_day")
            }
            let before = try tables(url)
            for mode in [Store.Mode.readWrite, .readOnly] {
                let error = try #require(throws: StoreError.self) { try PostgresEngine(url: url, mode: mode) }
                guard case .newerSchema = error else {
                    Issue.record("\(mode): expected newerSchema, got \(error)")
                    continue
                }
                #expect(error.description.contains("database was not changed"))
            }
            #expect(try tables(url) == before)
            #expect(try migrationIdentifiers(url) == (PostgresSchema.migrations.map(\.identifier) + ["v99-from-the-future"]).sorted())
        }
    }

    @Test("an older schema (v1 only) is upgraded to v2 on open")
    func upgrade() throws {
        try TestServer.withDatabase { url in
            try TestServer.admin(url) { session in
                try session.run("CREATE TABLE stance_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for statement in PostgresSchema.statements(PostgresSchema.createGraph) { try session.run(statement) }
                try session.run("INSERT INTO stance_migrations (identifier) VALUES ('v1-graph')")
            }
            let store = Store(engine: try PostgresEngine(url: url, mode: .readOnly), mode: .readOnly)
            #expect(try store.read { try $0.schemaVersion() } == PostgresSchema.migrations.count)
            let definition = try store.read { db in
                try db.fetchOne(
                    String.self, sql: "SELECT indexdef FROM pg_indexes WHERE indexname = 'position_by_actor'")
            }
            #expect(definition?.contains("stance") == true)
            // v6-reporter-index: reported positions by reporter, only those that have one.
            let reporter = try store.read { db in
                try db.fetchOne(
                    String.self, sql: "SELECT indexdef FROM pg_indexes WHERE indexname = 'position_by_reporter'")
            }
            #expect(reporter?.contains("reported_by IS NOT NULL") == true)
            try store.close()
        }
    }

    @Test("the KORUS graph written with GraphWriter reads back exactly as from SQLite, with the same statistics")
    func korusRoundTrip() throws {
        try TestServer.withDatabase { url in
            let graph = try TestSupport.korusData.load()
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in try GraphWriter.insert(graph, into: db) }
            let fromPostgres = try store.read { try GraphReader.read($0) }
            let sqlite = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
            let fromSQLite = try sqlite.read { try GraphReader.read($0) }
            #expect(fromPostgres == fromSQLite)
            #expect(fromPostgres == graph)
            let postgresStatistics = try store.read { try Statistics.read($0) }
            let sqliteStatistics = try sqlite.read { try Statistics.read($0) }
            #expect(postgresStatistics == sqliteStatistics)
            #expect(postgresStatistics.positions > 0)
        }
    }

    @Test("text compares and orders by its bytes, as in SQLite, even where the database's collation does not")
    func binaryCollation() throws {
        // An ICU English collation orders a, b, B; SQLite (and the "C" collation) order B, a, b.
        try TestServer.withDatabase(options: "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'") { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            let plain = try store.read { db in
                try db.fetchAll(String.self, sql: "SELECT x FROM (VALUES ('b'), ('B'), ('a')) AS v(x) ORDER BY x")
            }
            #expect(plain == ["a", "b", "B"], "the database's own collation is not byte order")
            try store.write { db in
                for (id, name) in [("b1", "b"), ("b2", "B"), ("a1", "a")] {
                    try db.execute(
                        sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: [id, name, "person"])
                }
            }
            let names = try store.read { try $0.fetchAll(String.self, sql: "SELECT name FROM actor ORDER BY name") }
            #expect(names == ["B", "a", "b"])
            let below = try store.read { try $0.fetchAll(String.self, sql: "SELECT name FROM actor WHERE name < 'a'") }
            #expect(below == ["B"])
        }
    }

    @Test("a write transaction that fails leaves nothing: a Swift error, and a constraint the server enforces")
    func failedWriteLeavesNothing() throws {
        struct Stop: Error {}
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            #expect(throws: Stop.self) {
                try store.write { db in
                    try db.execute(
                        sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: ["ann", "Ann", "person"])
                    throw Stop()
                }
            }
            let error = try #require(throws: PostgresStatementError.self) {
                try store.write { db in
                    try db.execute(
                        sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: ["bob", "Bob", "person"])
                    try db.execute(
                        sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: ["eve", "Eve", "robot"])
                }
            }
            #expect(error.sqlState == "23514")
            #expect(try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM actor") } == 0)
            // The connection is usable afterwards.
            try store.write { db in
                try db.execute(
                    sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)", arguments: ["cy", "Cy", "person"])
            }
            #expect(try store.read { try $0.fetchAll(String.self, sql: "SELECT id FROM actor") } == ["cy"])
        }
    }

    @Test("a read-only store refuses writes")
    func readOnlyRefusesWrites() throws {
        try TestServer.withDatabase { url in
            try PostgresEngine(url: url, mode: .readWrite).close()
            let store = Store(engine: try PostgresEngine(url: url, mode: .readOnly), mode: .readOnly)
            defer { try? store.close() }
            for attempt in 0..<2 {
                let error = try #require(throws: PostgresStatementError.self) {
                    let insert = "INSERT INTO meta (key, value) VALUES (?, ?)"
                    if attempt == 0 {
                        try store.write { try $0.execute(sql: insert, arguments: ["k", "v"]) }
                    } else {
                        _ = try store.read { try $0.execute(sql: insert, arguments: ["k", "v"]) }
                    }
                }
                #expect(error.sqlState == "25006")
            }
        }
    }

    @Test("values round-trip with their types; execute counts rows; a prepared statement runs again")
    func values() throws {
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in
                let row = try #require(
                    try db.fetchOne(
                        sql: "SELECT ? AS t, ? AS i, ? AS r, CAST(? AS text) AS n, TRUE AS b, 2.5::numeric AS d, "
                            + "sum(x) AS s FROM (VALUES (1::bigint), (2)) AS v(x)",
                        arguments: ["é\"'", Int64.max, 1.5, nil]))
                #expect(row.value(named: "t") == .text("é\"'"))
                #expect(row.value(named: "i") == .integer(Int64.max))
                #expect(row.value(named: "r") == .real(1.5))
                #expect(row.value(named: "n") == .null)
                #expect(row.value(named: "b") == .integer(1))
                #expect(row.value(named: "d") == .real(2.5))
                #expect(row.value(named: "s") == .integer(3))
                let insert = try db.prepare(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
                #expect(try insert.execute(arguments: ["a", "1"]) == 1)
                #expect(try insert.execute(arguments: ["b", "2"]) == 1)
                #expect(try db.execute(sql: "UPDATE meta SET value = ? WHERE key IN (?, ?)", arguments: ["x", "a", "b"]) == 2)
                let empty = try db.cursor(sql: "SELECT key, value AS v FROM meta WHERE key = ?", arguments: ["none"])
                #expect(try empty.next() == nil)
                #expect(empty.columns.names == ["key", "v"])
                let cte = try db.cursor(sql: "WITH m AS (SELECT key FROM meta) SELECT key AS k FROM m WHERE key = ?", arguments: ["none"])
                #expect(cte.columns.names == ["k"])
                // A statement that is not a query gets no names, and the transaction goes on.
                let returning = try db.cursor(sql: "DELETE FROM meta WHERE key = ? RETURNING key", arguments: ["none"])
                #expect(returning.columns.names == [])
                #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM meta") == 2)
                let plan = try db.explain("SELECT * FROM position WHERE issue_id = \("x")")
                #expect(plan.contains { $0.contains("position") })
            }
        }
    }

    @Test("Meta, the change log and name keys work through the shared SQL")
    func sharedSQL() throws {
        try TestServer.withDatabase { url in
            let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? store.close() }
            try store.write { db in
                try Meta.set(Meta.exportedThrough, to: "0", in: db)
                try Meta.set(Meta.exportedThrough, to: "0", in: db)
                try db.execute(
                    sql: "INSERT INTO change_log (coder, time, operation, target) VALUES (?, ?, ?, ?)",
                    arguments: ["ann", "2026-11-23T10:00:00Z", "add", "actor:x"])
            }
            #expect(try store.read { try Meta.unexportedChanges(in: $0) } == 1)
            #expect(try store.read { try Meta.value(Meta.exportedThrough, in: $0) } == "0")
        }
    }

    @Test("two stores opening one empty database at once both get the whole schema (the advisory lock)")
    func concurrentMigrations() throws {
        try TestServer.withDatabase { url in
            let results = OpenResults()
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                results.add(Result { try PostgresEngine(url: url, mode: .readWrite) })
            }
            for result in results.all {
                let engine = try result.get()
                #expect(try Store(engine: engine, mode: .readWrite).read { try $0.schemaVersion() } == PostgresSchema.migrations.count)
                try engine.close()
            }
            #expect(try migrationIdentifiers(url) == PostgresSchema.migrations.map(\.identifier))
        }
    }

    final class OpenResults: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [Result<PostgresEngine, any Error>] = []
        func add(_ result: Result<PostgresEngine, any Error>) {
            lock.lock()
            all.append(result)
            lock.unlock()
        }
    }

    @Test("a write that loses a serialization conflict is run again and then succeeds")
    func serializationRetry() throws {
        try TestServer.withDatabase { url in
            let first = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            let second = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer {
                try? first.close()
                try? second.close()
            }
            var runs = 0
            try first.write { db in
                runs += 1
                let count = try db.fetchOne(Int.self, sql: "SELECT count(*) FROM meta") ?? 0
                if runs == 1 {
                    // Another connection reads and writes the same rows and commits in between: write skew.
                    try second.write { other in
                        let seen = try other.fetchOne(Int.self, sql: "SELECT count(*) FROM meta") ?? 0
                        try other.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: ["b", String(seen)])
                    }
                }
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: ["a", String(count)])
            }
            #expect(runs == 2)
            let values = try first.read { try $0.fetchAll(String.self, sql: "SELECT key || '=' || value FROM meta ORDER BY key") }
            #expect(values == ["a=1", "b=0"])
        }
    }

    @Test("interrupt() cancels the running statement, which fails with SQLSTATE 57014")
    func interrupt() throws {
        try TestServer.withDatabase { url in
            let engine = try PostgresEngine(url: url, mode: .readWrite)
            let store = Store(engine: engine, mode: .readWrite)
            defer { try? store.close() }
            let marker = "stance_interrupt_\(UInt32.random(in: 0...UInt32.max))"
            let canceller = Thread {
                // Wait (boundedly) until the statement is running, then cancel it.
                for _ in 0..<200 {
                    var running = false
                    try? TestServer.admin(url) { session in
                        running = try session.values(
                            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1",
                            [.text("%" + marker + "%")]
                        ).first?.first != .integer(0)
                    }
                    if running {
                        engine.interrupt()
                        return
                    }
                    Thread.sleep(forTimeInterval: 0.05)
                }
            }
            canceller.start()
            let error = try #require(throws: PostgresStatementError.self) {
                try store.read { db in
                    try db.execute(sql: "SELECT pg_sleep(60), '\(marker)'")
                }
            }
            #expect(error.sqlState == "57014")
            #expect(try store.read { try $0.fetchOne(Int.self, sql: "SELECT 1") } == 1)
        }
    }

    /// The migrations recorded in the database at `url`.
    func migrationIdentifiers(_ url: PostgresURL) throws -> [String] {
        var identifiers: [String] = []
        try TestServer.admin(url) { identifiers = try PostgresSchema.appliedIdentifiers($0).sorted() }
        return identifiers
    }

    /// Every table, view and index in the database's public schema, with its definition.
    func tables(_ url: PostgresURL) throws -> [String] {
        var names: [String] = []
        try TestServer.admin(url) { session in
            names = try session.values(
                """
                SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(pg_get_indexdef(c.oid), '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' ORDER BY 1
                """
            ).map { $0.first?.text ?? "" }
        }
        return names
    }
}
