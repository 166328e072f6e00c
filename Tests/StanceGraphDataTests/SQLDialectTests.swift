import StanceStore
import Testing

/// One statement, two engines: what the SQL type builds for each dialect.
@Suite("SQL built per dialect")
struct SQLDialectTests {
    @Test("values are bound as arguments; PostgreSQL numbers the placeholders, skipping quoted text")
    func placeholders() {
        let name = "O'Brien?"
        var sql: SQL = "SELECT id FROM actor WHERE name = \(name) AND note <> '?' AND kind IN \(["person", "group"])"
        sql += " AND \(SQL.true)"
        let sqlite = sql.build(.sqlite)
        #expect(sqlite.sql == "SELECT id FROM actor WHERE name = ? AND note <> '?' AND kind IN (?, ?) AND 1")
        #expect(sqlite.arguments == [.text(name), .text("person"), .text("group")])
        let postgres = sql.build(.postgres)
        #expect(postgres.sql == "SELECT id FROM actor WHERE name = $1 AND note <> '?' AND kind IN ($2, $3) AND TRUE")
        #expect(postgres.arguments == sqlite.arguments)
    }

    @Test("SQLite's numbered ?N placeholders keep their numbers on PostgreSQL")
    func numbered() {
        let sql = SQL(sql: "WHERE issue_id = ?1 AND actor_id = ?12 AND stance = ?2", arguments: [])
        #expect(sql.build(.postgres).sql == "WHERE issue_id = $1 AND actor_id = $12 AND stance = $2")
        #expect(SQL(sql: "x = ?").build(.postgres).sql == "x = $1")
    }

    @Test("a list is one argument whatever its length, as JSON with every character escaped")
    func textList() {
        let values = ["a\"b", "c\\d", "e\nf", "\u{1}"]
        let sqlite = SQL("x IN \(SQL.textList(values))").build(.sqlite)
        #expect(sqlite.sql == "x IN (SELECT value FROM json_each(?))")
        #expect(sqlite.arguments == [.text(#"["a\"b","c\\d","e\nf","\u0001"]"#)])
        let postgres = SQL("x IN \(SQL.textList(values))").build(.postgres)
        #expect(postgres.sql == "x IN (SELECT value FROM jsonb_array_elements_text(CAST($1 AS jsonb)) AS value)")
    }

    @Test("string aggregation: group_concat on SQLite, ordered string_agg on PostgreSQL")
    func aggregation() {
        let sql = SQL.stringAggregate("qi.issue_id", separator: ",", orderBy: "qi.ordinal")
        #expect(sql.build(.sqlite).sql == "group_concat(qi.issue_id, ',')")
        #expect(sql.build(.postgres).sql == "string_agg(CAST(qi.issue_id AS text), ',' ORDER BY qi.ordinal)")
    }

    @Test("a URL names a server, a path a file, and no other scheme becomes a file")
    func locations() throws {
        #expect(try StoreLocation("graph.sqlite") == .file("graph.sqlite"))
        #expect(try StoreLocation("postgres://ann@db:5432/korus") == .postgres(url: "postgres://ann@db:5432/korus"))
        #expect(try StoreLocation("postgresql://ann@db/korus") == .postgres(url: "postgresql://ann@db/korus"))
        #expect(throws: StoreError.self) { try StoreLocation("mysql://ann@db/korus") }
        #expect(try StoreLocation("postgres://ann:secret@db/korus").description == "postgres://ann:***@db/korus")
    }
}
