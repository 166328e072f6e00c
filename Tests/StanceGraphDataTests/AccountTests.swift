import Foundation
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// Users, bearer tokens and sessions in the SQLite store (migration v4-users); the PostgreSQL twin is in
/// StanceStorePostgresTests.
@Suite("Accounts in the store")
struct AccountTests {
    @Test("users, tokens and sessions: added, found, expired, ended by logout and by a password change")
    func scenario() throws {
        let path = try TestSupport.temporaryDirectory("accounts").appendingPathComponent("graph.sqlite").path
        let store = try Store(path: path, mode: .readWrite)
        defer { try? store.close() }
        #expect(try AccountScenario.run(store) == AccountScenario.expected)
    }

    @Test("stance build (and --force) keeps the users, tokens and sessions of the database it replaces")
    func rebuildKeepsUsers() throws {
        let path = try TestSupport.temporaryDirectory("accounts-rebuild").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        let (token, session) = try store.write { db in
            try Accounts.add(name: "ann", role: .admin, passwordHash: "$2b$04$x", time: "2026-12-06T01:00:00Z", in: db)
            return (try Accounts.createToken(for: "ann", time: "2026-12-06T01:00:00Z", in: db),
                    try Accounts.startSession(for: "ann", time: "2026-12-06T01:00:00Z", expires: "2026-12-07T01:00:00Z", in: db))
        }
        try store.close()
        for force in [false, true] {
            try GraphBuilder.build(from: TestSupport.korusData, to: path, force: force)
            let rebuilt = try Store(path: path, mode: .readOnly)
            let (users, owner, live) = try rebuilt.read { db in
                (try Accounts.list(in: db).map(\.name), try Accounts.user(forToken: token, in: db)?.name,
                 try Accounts.session(session.id, at: "2026-12-06T02:00:00Z", in: db)?.account.name)
            }
            try rebuilt.close()
            #expect(users == ["ann"] && owner == "ann" && live == "ann", "force: \(force)")
        }
    }

    @Test("user names: letters, digits and . - _ @, 1 to 64 of them", arguments: [
        ("ann", true), ("ann.lee@uni-x_2", true), ("Zoë", true), ("", false), ("two words", false), ("tab\tname", false),
        (String(repeating: "a", count: 65), false), ("semi;colon", false), ("quote'", false),
    ])
    func names(_ name: String, _ valid: Bool) {
        #expect(Accounts.isValidName(name) == valid)
    }

    @Test("secrets are 64 hex digits and differ each time")
    func secrets() {
        let all = Set((0..<100).map { _ in Accounts.newSecret() })
        #expect(all.count == 100)
        #expect(all.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }
}
