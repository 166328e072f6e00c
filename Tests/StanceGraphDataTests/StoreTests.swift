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
