import Foundation
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
