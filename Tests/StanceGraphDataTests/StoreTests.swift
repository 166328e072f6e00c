import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@Suite("The store")
struct StoreTests {
    @Test("migrations create the schema on an empty file")
    func migrationsOnEmptyFile() throws {
        let path = try TestSupport.temporaryDirectory("empty").appendingPathComponent("new.sqlite").path
        let store = try Store(path: path, mode: .readWrite)
        let (state, stats, mode, foreignKeys) = try store.read { db in
            (
                try db.schemaVersion(), try Statistics.read(db),
                try db.fetchOne(String.self, sql: "PRAGMA journal_mode"),
                try db.fetchOne(Int.self, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(state == Schema.version)
        #expect(stats.actors == 0 && stats.schemaVersion == Schema.version)
        #expect(mode == "wal")
        #expect(foreignKeys == 1)
        // Foreign keys hold: a position about an unknown actor is refused.
        #expect(throws: (any Error).self) {
            try store.write { db in
                try db.execute(sql: """
                    INSERT INTO position (id, actor_id, issue_id, stance, date, source_id, basis, confidence, coder)
                    VALUES ('p', 'nobody', 'nothing', 'supports', '2018', 'none', 'stated', 'high', 'ann')
                    """)
            }
        }
    }

    @Test("a database from a newer schema is refused and left unchanged")
    func newerSchema() throws {
        let path = try TestSupport.temporaryDirectory("newer").appendingPathComponent("new.sqlite").path
        let store = try Store(path: path, mode: .readWrite)
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try store.close()
        let before = try #require(FileManager.default.contents(atPath: path))
        #expect(throws: StoreError.self) { try Store(path: path, mode: .readOnly) }
        #expect(throws: StoreError.self) { try Store(path: path, mode: .readWrite) }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test("a read past its deadline is interrupted; the next read on the store runs")
    func deadline() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        // A query that never ends on its own: only the interrupt can stop it.
        #expect {
            try store.read(deadline: 0.05) { db in
                try db.fetchOne(Int.self, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c")
            }
        } throws: { error in
            guard case StoreError.interrupted = error else { return false }
            return true
        }
        let actors = try store.read(deadline: 5) { db in try db.fetchOne(Int.self, sql: "SELECT count(*) FROM actor") }
        #expect(actors == (try store.read { try GraphReader.read($0) }.actors.count))
    }

    @Test("one actor, issue or source by id, as the whole-graph reader has it")
    func oneEntity() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let graph = try store.read { db in try GraphReader.read(db) }
        let (actors, sources, issues, notes, missing) = try store.read { db in
            (
                try graph.actors.map { try GraphReader.actor($0.id.rawValue, in: db) },
                try graph.sources.map { try GraphReader.source($0.id.rawValue, in: db) },
                try graph.issues.map { try GraphReader.issue($0.id.rawValue, in: db) },
                try graph.annotations.map { try GraphReader.annotations(on: $0.target, in: db) },
                [try GraphReader.actor("nobody", in: db) == nil, try GraphReader.source("nothing", in: db) == nil]
            )
        }
        #expect(actors == graph.actors.map(Optional.some))
        #expect(sources == graph.sources.map(Optional.some))
        #expect(issues == graph.issues.map { issue in
            var expected = issue
            expected.relations = []
            return Optional.some(expected)
        })
        for (note, found) in zip(graph.annotations, notes) { #expect(found.contains(note)) }
        #expect(missing == [true, true])
    }

    @Test("a read-only store refuses writes")
    func readOnly() throws {
        let path = try TestSupport.korusDatabase.get()
        let store = try Store(path: path, mode: .readOnly)
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "DELETE FROM actor") }
        }
        let count = try store.read { try Statistics.read($0).actors }
        #expect(count >= 30)
    }

    @Test("full-text search finds quotes by phrase")
    func fullText() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let ids = try store.read { db in
            try db.fetchAll(String.self, sql: """
                SELECT q.id FROM quote_fts JOIN quote q ON q.seq = quote_fts.rowid
                WHERE quote_fts MATCH ? ORDER BY q.id
                """, arguments: ["\"flawed metric\""])
        }
        #expect(ids.count == 1)
    }

    @Test("the read-only views answer plain SQL")
    func views() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let (positions, viewRows, quoteRows) = try store.read { db in
            (
                try db.fetchOne(Int.self, sql: "SELECT count(*) FROM position") ?? 0,
                try db.fetchOne(Int.self, sql: "SELECT count(*) FROM position_view") ?? 0,
                try db.fetchOne(Int.self, sql: "SELECT count(*) FROM quote_view WHERE speaker_name IS NOT NULL") ?? 0
            )
        }
        #expect(positions == viewRows)
        #expect(quoteRows >= 28)
    }
}
