import Foundation
import StanceCore
import StanceInterop
import StanceStore
import StanceTestSupport
import Testing

@Suite("DNA import", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNAImportTests {
    /// The graph a DNA file imports as, read back from the Stance database written.
    static func imported(_ path: String, mapping: DNAMapping = DNAMapping()) throws -> (GraphContents, DNAImportReport) {
        let database = try DNAFixture.newPath("dna.sqlite")
        let report = try DNAImporter.importProject(at: path, into: database, mapping: mapping)
        let store = try Store(path: database, mode: .readOnly)
        defer { try? store.close() }
        return (try store.read { try GraphReader.read($0) }, report)
    }

    @Test("both samples import with DNA's counts", arguments: [DNASamples.dna3, DNASamples.dna2])
    func counts(sample: String) throws {
        let (graph, report) = try Self.imported(sample)
        #expect(graph.sources.count == 7)
        #expect(graph.positions.count == 40)
        #expect(graph.quotes.count == 40)
        #expect(graph.actors.filter { $0.kind == .person }.count == 7)
        #expect(graph.actors.count == 14)
        #expect(graph.issues.count == 6)
        #expect(graph.affiliations.count == 7)
        #expect(graph.annotations.count == 1)
        #expect(report.statements == 41)
        #expect(Set(graph.positions.map(\.coder)) == ["Coder 1"])
        #expect(graph.annotations.first?.coder == "Coder 2")
        #expect(graph.positions.filter { $0.stance == .supports }.count == 29)
        #expect(graph.positions.allSatisfy { $0.basis == .stated })
        let whitman = try #require(graph.actors.first { $0.name == "Christine Todd Whitman" })
        #expect(graph.positions.filter { $0.actor == whitman.id }.count == 11)
        #expect(graph.actors.first { $0.name == "Environmental Protection Agency" }?.kind == .government)
        let first = try #require(graph.sources.first { $0.title == "109-876: Bluestein, Joel-BUS-Y" })
        #expect(first.date.description == "2005-01-26")
        #expect(first.author == "Bluestein, Joel")
        #expect(first.outlet == "109")
        #expect(DNAFields.parse(first.note).fields["Section"] == "876")
    }

    @Test("DNA 2 and DNA 3 samples give the same positions")
    func versionsAgree() throws {
        let (three, _) = try Self.imported(DNASamples.dna3)
        let (two, _) = try Self.imported(DNASamples.dna2)
        func key(_ graph: GraphContents) -> [String] {
            let quotes = Dictionary(uniqueKeysWithValues: graph.quotes.map { ($0.id, $0) })
            return graph.positions.map { p in
                var text = ""
                if case .quote(let id) = p.evidence { text = quotes[id]?.text ?? "" }
                return "\(p.actor) \(p.issue) \(p.stance) \(p.source) \(p.coder) \(text)"
            }.sorted()
        }
        #expect(key(three) == key(two))
        #expect(three.actors.map(\.id) == two.actors.map(\.id))
        #expect(three.affiliations == two.affiliations)
    }

    @Test("each quote is DNA's span of its document, and its range points at it")
    func spansVerbatim() throws {
        let spans = try ForeignSQLiteFile.read(at: DNASamples.dna3) { db in
            try db.fetchAll(
                sql: """
                    SELECT s.ID, substr(d.Text, s.Start + 1, s.Stop - s.Start) AS text FROM STATEMENTS s
                    JOIN DOCUMENTS d ON d.ID = s.DocumentId WHERE s.StatementTypeId = 1
                    """)
        }
        let (graph, _) = try Self.imported(DNASamples.dna3)
        let texts = Dictionary(uniqueKeysWithValues: graph.sources.map { ($0.id, $0.text ?? "") })
        #expect(spans.count == 40)
        for span in spans {
            let id: Int = span["ID"]
            let quote = try #require(graph.quotes.first { $0.id.rawValue == "statement-\(id)-quote" })
            #expect(quote.text == span["text"] as String?)
            let range = try #require(quote.range)
            #expect(range.slice(of: texts[quote.source] ?? "") == quote.text)
        }
    }

    @Test("offsets count UTF-16 units in DNA and code points in Stance")
    func nonASCIIOffsets() throws {
        // Document 1 gets text with characters of one, two and four UTF-8 bytes; 🌍 is two UTF-16 units.
        let text = "Zoë said: 🌍 warms — “CO₂ must fall.” Then Ōe agreed."
        let target = "“CO₂ must fall.”"
        let utf16Start = text.utf16.distance(from: text.utf16.startIndex, to: try #require(text.range(of: target)).lowerBound)
        let utf16Stop = utf16Start + target.utf16.count
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute("UPDATE DOCUMENTS SET Text = \(text) WHERE ID = 1")
            try db.execute("UPDATE STATEMENTS SET Start = \(utf16Start), Stop = \(utf16Stop) WHERE DocumentId = 1")
        }
        let (graph, _) = try Self.imported(path)
        let source = try #require(graph.sources.first { $0.title.hasPrefix("109-876") })
        #expect(source.quotes.count == 4)
        for quote in source.quotes {
            #expect(quote.text == target)
            let range = try #require(quote.range)
            // 🌍 is one code point but two UTF-16 units: the Stance offset is one less than DNA's.
            #expect(range.start == utf16Start - 1)
            #expect(range.slice(of: text) == target)
        }
    }

    @Test("a --map file reads another statement type's variables")
    func mapFile() throws {
        let mapping = try DNAMapFile.parse(
            """
            statement-type: DNA Statement
            person: none
            organization: organization
            concept: concept
            agreement: agreement
            """, file: "map.yaml")
        let (graph, _) = try Self.imported(DNASamples.dna3, mapping: mapping)
        #expect(graph.positions.count == 40)
        #expect(graph.actors.count == 7)
        #expect(graph.affiliations.isEmpty)
        #expect(throws: DNAError.self) { try DNAMapFile.parse("persn: x", file: "map.yaml") }
    }

    @Test("into an open store (a server database): the graph is replaced in one transaction, or not at all")
    func intoStore() throws {
        let path = try DNAFixture.newPath("server.sqlite")
        try DNAImporter.importProject(at: DNASamples.dna2, into: path)
        let store = try Store(path: path, mode: .readWrite)
        defer { try? store.close() }
        let broken = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(sql: "UPDATE STATEMENTS SET Stop = 99999 WHERE ID = 40")
        }
        let before = try store.read { try GraphReader.read($0) }
        #expect(throws: DNAError.self) { try DNAImporter.importProject(at: broken, into: store) }
        #expect(try store.read { try GraphReader.read($0) } == before)
        try DNAImporter.importProject(at: DNASamples.dna3, into: store)
        let (expected, _) = try Self.imported(DNASamples.dna3)
        #expect(try store.read { try GraphReader.read($0) } == expected)
    }

    @Test("an NPF project maps narrator and policy solution; its other variables stay in the note")
    func npfMap() throws {
        let path = try DNAFixture.copy(of: DNASamples.dna3) { db in
            try db.execute(
                sql: "INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (200, 5, 'Sierra Club'), (201, 10, 'Carbon tax'), (202, 6, 'Farmers')")
            try db.execute(
                sql: "INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (50, 2, 1, 0, 50, 3)")
            try db.execute(
                sql: "INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (50, 5, 200), (50, 10, 201), (50, 6, 202)")
        }
        let mapping = try DNAMapFile.parse(
            """
            statement-type: NPF Story Element
            person: none
            organization: narrator
            concept: policy solution
            agreement: none
            """, file: "npf.yaml")
        let (graph, report) = try Self.imported(path, mapping: mapping)
        let position = try #require(graph.positions.first)
        #expect(graph.positions.count == 1)
        #expect(position.actor.rawValue == "sierra-club")
        #expect(position.issue.rawValue == "carbon-tax")
        #expect(position.stance == .supports)
        #expect(position.coder == "Coder 2")
        #expect(DNAFields.parse(position.note).fields["victim"] == "Farmers")
        #expect(report.keptInNotes.contains { $0.contains("'victim'") })
        #expect(report.notCarried.contains { $0.contains("40 statements of type 'DNA Statement'") })
    }
}
