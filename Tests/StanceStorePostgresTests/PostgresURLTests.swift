import Foundation
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// `postgres://` URLs and the password file, as libpq reads them. No server needed.
@Suite("PostgreSQL URLs and ~/.pgpass")
struct PostgresURLTests {
    let environment = ["USER": "login"]

    @Test("a full URL gives each part, percent-decoded")
    func fullURL() throws {
        let url = try PostgresURL(
            "postgres://ann%40lab:p%3Ass%40word@db.example.org:6543/korus%20graph?sslmode=require&connect_timeout=3",
            environment: environment)
        #expect(url.user == "ann@lab")
        #expect(url.password == "p:ss@word")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.database == "korus graph")
        #expect(url.sslMode == .require)
        #expect(url.connectTimeout == 3)
        #expect(url.server == "db.example.org:6543")
    }

    @Test("the location names the graph without its password")
    func locationHasNoPassword() throws {
        let url = try PostgresURL("postgresql://ann:secret@localhost/korus?sslmode=disable", environment: environment)
        #expect(url.location == "postgres://ann@localhost:5432/korus?sslmode=disable")
        #expect(!url.location.contains("secret"))
    }

    @Test("defaults: port 5432, sslmode prefer, the database named after the user, the user from PGUSER or USER")
    func defaults() throws {
        let url = try PostgresURL("postgres://ann@localhost", environment: environment)
        #expect(url.port == 5432)
        #expect(url.sslMode == .prefer)
        #expect(url.database == "ann")
        #expect(url.password == nil)
        #expect(try PostgresURL("postgres://localhost/g", environment: ["PGUSER": "pg", "USER": "login"]).user == "pg")
        #expect(try PostgresURL("postgres://localhost/g", environment: environment).user == "login")
    }

    @Test("an IPv6 host is written in brackets")
    func ipv6() throws {
        let url = try PostgresURL("postgres://ann@[::1]:5433/g", environment: environment)
        #expect(url.host == "::1")
        #expect(url.port == 5433)
        #expect(url.server == "[::1]:5433")
    }

    @Test(
        "a malformed URL is refused with what is wrong, never echoing the password",
        arguments: [
            "mysql://ann:hunter2@localhost/g", "postgres://ann:hunter2@localhost:99999/g",
            "postgres://ann:hunter2@localhost:port/g", "postgres://ann:hunter2@/g",
            "postgres://ann:hunter2@localhost/g?sslmode=always", "postgres://ann:hunter2@localhost/g?colour=blue",
            "localhost/g", "postgres://ann:hunter2@[::1/g",
        ])
    func malformed(_ text: String) throws {
        let error = try #require(throws: StoreError.self) { try PostgresURL(text, environment: environment) }
        guard case .invalidPostgresURL = error else {
            Issue.record("expected invalidPostgresURL, got \(error)")
            return
        }
        #expect(!error.description.contains("hunter2"))
        #expect(error.description.contains("postgres://user[:password]@host[:port]/dbname"))
    }

    @Test("password file lines: escapes, comments, fields past the fourth kept in the password")
    func passwordFileParsing() {
        let entries = PasswordFile.parse(
            """
            # a comment
            db\\:host:5432:korus:ann:pa\\:ss\\\\word
            *:*:*:bob:with:colons
            too:few:fields

            """)
        #expect(
            entries == [
                .init(host: "db:host", port: "5432", database: "korus", user: "ann", password: "pa:ss\\word"),
                .init(host: "*", port: "*", database: "*", user: "bob", password: "with:colons"),
            ])
    }

    @Test("password file matching: the first line that matches wins, * matches anything")
    func passwordFileMatching() {
        let entries = PasswordFile.parse(
            """
            localhost:5432:korus:ann:first
            localhost:*:*:ann:second
            *:*:*:*:fallback
            """)
        #expect(PasswordFile.match(entries, host: "localhost", port: 5432, database: "korus", user: "ann") == "first")
        #expect(PasswordFile.match(entries, host: "localhost", port: 5433, database: "korus", user: "ann") == "second")
        #expect(PasswordFile.match(entries, host: "localhost", port: 5432, database: "other", user: "ann") == "second")
        #expect(PasswordFile.match(entries, host: "127.0.0.1", port: 5432, database: "korus", user: "ann") == "fallback")
        #expect(PasswordFile.match([], host: "localhost", port: 5432, database: "korus", user: "ann") == nil)
    }

    @Test("the password comes from the URL, else PGPASSWORD, else the password file")
    func passwordOrder() throws {
        let directory = try TestSupport.temporaryDirectory("pgpass")
        let file = directory.appendingPathComponent("pgpass").path
        try "localhost:5432:korus:ann:from-file\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let withFile = ["PGPASSFILE": file, "USER": "login"]
        let inURL = try PostgresURL("postgres://ann:from-url@localhost/korus", environment: withFile)
        #expect(inURL.resolvePassword(environment: withFile.merging(["PGPASSWORD": "from-env"]) { $1 }).password == "from-url")
        let bare = try PostgresURL("postgres://ann@localhost/korus", environment: withFile)
        #expect(bare.resolvePassword(environment: withFile.merging(["PGPASSWORD": "from-env"]) { $1 }).password == "from-env")
        #expect(bare.resolvePassword(environment: withFile).password == "from-file")
        let otherDatabase = try PostgresURL("postgres://ann@localhost/other", environment: withFile)
        #expect(otherDatabase.resolvePassword(environment: withFile).password == nil)
    }

    @Test("a password file that the group or others can read is not used, and the note says why", arguments: [0o640, 0o604, 0o660])
    func unsafePasswordFile(_ mode: Int) throws {
        let directory = try TestSupport.temporaryDirectory("pgpass")
        let file = directory.appendingPathComponent(".pgpass").path
        try "*:*:*:*:secret\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        guard case .unsafe(let reason) = PasswordFile.load(file) else {
            Issue.record("a file of mode \(String(mode, radix: 8)) was read")
            return
        }
        #expect(reason.contains("0600"))
        // HOME locates ~/.pgpass when PGPASSFILE is not set.
        let environment = ["HOME": directory.path, "USER": "login"]
        let resolved = try PostgresURL("postgres://ann@localhost/korus", environment: environment)
            .resolvePassword(environment: environment)
        #expect(resolved.password == nil)
        #expect(resolved.note?.contains(file) == true)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        #expect(
            try PostgresURL("postgres://ann@localhost/korus", environment: environment)
                .resolvePassword(environment: environment).password == "secret")
    }

    @Test("a missing password file is no error")
    func absentPasswordFile() {
        #expect(PasswordFile.load("/nonexistent/stance/.pgpass") == .absent)
    }

    @Test("migration texts split into single statements at line-ending semicolons")
    func statements() {
        #expect(PostgresSchema.statements("-- note\nCREATE TABLE a (x TEXT);\nDROP INDEX b;\n") == [
            "CREATE TABLE a (x TEXT)", "DROP INDEX b",
        ])
        let ends = PostgresSchema.createGraph.split(separator: "\n").filter { $0.hasSuffix(";") }.count
        #expect(PostgresSchema.statements(PostgresSchema.createGraph).count == ends)
        #expect(PostgresSchema.migrations.map(\.identifier).count == Schema.version)
    }
}
