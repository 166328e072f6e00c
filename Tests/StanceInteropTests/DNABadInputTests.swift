import Foundation
import StanceCore
import StanceInterop
import StanceStore
import StanceTestSupport
import Testing

@Suite("DNA import: bad input", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNABadInputTests {
    /// Imports `path` over a database that already holds the DNA 3 sample; expects an error whose message
    /// contains every one of `words`, and the old database left exactly as it was.
    func expectRefused(_ path: String, saying words: [String]) throws {
        let database = try DNAFixture.newPath("dna.sqlite")
        try DNAImporter.importProject(at: DNASamples.dna3, into: database)
        let before = try Self.graph(at: database)
        let error = #expect(throws: DNAError.self) { try DNAImporter.importProject(at: path, into: database) }
        let message = error?.description ?? ""
        for word in words {
            #expect(message.contains(word), "\(message)")
        }
        #expect(try Self.graph(at: database) == before)
        let folder = (database as NSString).deletingLastPathComponent
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("importing") }
        #expect(left.isEmpty)
    }

    static func graph(at database: String) throws -> GraphContents {
        let store = try Store(path: database, mode: .readOnly)
        defer { try? store.close() }
        return try store.read { try GraphReader.read($0) }
    }

    @Test("a file that is not SQLite")
    func notSQLite() throws {
        let path = try DNAFixture.newPath("notes.dna")
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, saying: ["not an SQLite file", "just some notes", "DNA 2 or DNA 3"])
    }

    @Test("a DNA 1 XML file")
    func dna1() throws {
        let path = try DNAFixture.newPath("old.dna")
        try Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dna><version>1.31</version></dna>\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        try expectRefused(path, saying: ["XML", "DNA 1", "DNA 2"])
    }

    @Test("a project with no 'DNA Statement' type")
    func noStatementType() throws {
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "UPDATE STATEMENTTYPES SET Label = 'Claim' WHERE ID = 1")
        }
        try expectRefused(path, saying: ["STATEMENTTYPES", "'DNA Statement'", "'Claim'", "--statement-type"])
    }

    @Test("a statement whose span is outside its document")
    func spanOutside() throws {
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "UPDATE STATEMENTS SET Stop = 99999 WHERE ID = 3")
        }
        try expectRefused(path, saying: ["STATEMENTS row 3", "Stop 99999", "DOCUMENTS row 1", "11705"])
    }

    @Test("a statement with an empty concept")
    func emptyConcept() throws {
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "UPDATE DATASHORTTEXT SET Entity = 17 WHERE StatementId = 2 AND VariableId = 3")
        }
        let row = try ForeignSQLiteFile.read(at: path) { db in
            try db.fetchOne(Int.self, sql: "SELECT ID FROM DATASHORTTEXT WHERE StatementId = 2 AND VariableId = 3")
        }
        try expectRefused(path, saying: ["DATASHORTTEXT row \(try #require(row))", "statement 2", "empty 'concept'"])
    }

    @Test("two entity names that differ only in case")
    func caseDuplicates() throws {
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (100, 2, 'SIERRA CLUB')")
        }
        try expectRefused(path, saying: ["ENTITIES row 100", "'SIERRA CLUB'", "'Sierra Club'", "ENTITIES row 13"])
    }

    @Test("a file that does not exist")
    func missingFile() throws {
        try expectRefused("/nonexistent/project.dna", saying: ["no file at /nonexistent/project.dna"])
    }

    @Test("an SQLite file that is not a DNA project (a Stance database)")
    func notDNA() throws {
        let stance = try DNAFixture.newPath("graph.sqlite")
        try DNAImporter.importProject(at: DNASamples.dna3, into: stance)
        try expectRefused(stance, saying: ["no DNA version in a SETTINGS table"])
    }
}
