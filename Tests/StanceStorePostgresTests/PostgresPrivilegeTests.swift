import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// A database this role may only read is served for reading: `stance serve` asks `unwritableReason` and answers
/// logins and writes with 503 and the reason, instead of a 500 at the first write.
@Suite("PostgreSQL: a role that may only read", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresPrivilegeTests {
    @Test("a role with SELECT only is told why it cannot write; the owner can")
    func readOnlyRole() throws {
        let role = "stance_reader_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        try TestServer.withDatabase { url in
            let owner = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            try owner.write { db in try GraphWriter.insert(try TestSupport.korusData.load(), into: db) }
            #expect(try PostgresEngine.unwritableReason(of: owner) == nil)
            try owner.close()
            try TestServer.admin { try $0.run("CREATE ROLE \(role) LOGIN PASSWORD 'reader-pass'") }
            defer {
                _ = try? TestServer.admin(url) { try $0.run("DROP OWNED BY \(role)") }
                _ = try? TestServer.admin { try $0.run("DROP ROLE IF EXISTS \(role)") }
            }
            try TestServer.admin(url) { try $0.run("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)") }
            var readerURL = url
            readerURL.user = role
            readerURL.password = "reader-pass"
            let reader = Store(engine: try PostgresEngine(url: readerURL, mode: .readOnly), mode: .readOnly)
            defer { try? reader.close() }
            let reason = try #require(try PostgresEngine.unwritableReason(of: reader))
            #expect(reason.contains("role \(role) may not write"), "\(reason)")
            #expect(reason.contains("position") && reason.contains("stance_session"), "\(reason)")
            // It still reads.
            #expect(try reader.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM position") } ?? 0 > 0)
        }
    }
}
