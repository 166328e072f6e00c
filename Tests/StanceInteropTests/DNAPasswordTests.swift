import StanceInterop
import StanceStore
import StanceTestSupport
import Testing

@Suite("DNA passwords", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNAPasswordTests {
    @Test("the sample's Admin password 'sample' checks against its stored form; another does not")
    func sampleAdmin() throws {
        let stored = try ForeignSQLiteFile.read(at: DNASamples.dna3) { db in
            try db.fetchOne(String.self, sql: "SELECT Password FROM CODERS WHERE ID = 1")
        }
        let admin = try #require(stored)
        #expect(DNAPassword.check("sample", against: admin))
        #expect(!DNAPassword.check("Sample", against: admin))
    }

    @Test("a fresh stored form checks, and its salt differs each time")
    func fresh() {
        let first = DNAPassword.encrypt("admin")
        let second = DNAPassword.encrypt("admin")
        #expect(first != second)
        #expect(first.count == 64)
        #expect(DNAPassword.check("admin", against: first))
    }
}
