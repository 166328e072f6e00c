import Foundation
import StanceCore
import StanceInterop
import StanceStore
import StanceTestSupport
import Testing

@Suite("DNA export and round trips", .enabled(if: DNASamples.available, Comment(rawValue: TestSupport.sharedMissing)))
struct DNARoundTripTests {
    /// The graph in a Stance database.
    static func graph(at database: String) throws -> GraphContents {
        let store = try Store(path: database, mode: .readOnly)
        defer { try? store.close() }
        return try store.read { try GraphReader.read($0) }
    }

    /// The coders' password of every export in these tests, made once.
    static let password = DNAExporter.Password("test")

    /// Exports `graph` to a new DNA file and returns its path.
    static func export(_ graph: GraphContents) throws -> (String, DNAExporter.Report) {
        let path = try DNAFixture.newPath("export.dna")
        let report = try DNAExporter.export(graph, to: path, password: password)
        return (path, report)
    }

    /// Imports the DNA file at `path` into a new Stance database and returns its graph.
    static func importGraph(_ path: String) throws -> GraphContents {
        let database = try DNAFixture.newPath("graph.sqlite")
        try DNAImporter.importProject(at: path, into: database)
        return try graph(at: database)
    }

    @Test("DNA sample → Stance → DNA → Stance gives the same graph", arguments: [DNASamples.dna3, DNASamples.dna2])
    func sampleRoundTrip(sample: String) throws {
        let first = try Self.importGraph(sample)
        let (exported, _) = try Self.export(first)
        let second = try Self.importGraph(exported)
        #expect(second.sources == first.sources)
        #expect(second.actors == first.actors)
        #expect(second.issues == first.issues)
        #expect(second.affiliations == first.affiliations)
        #expect(second.annotations == first.annotations)
        #expect(second == first)
    }

    @Test("the export has DNA 3's tables, columns, types and constraints")
    func schemaMatchesDNA() throws {
        let (exported, _) = try Self.export(try Self.importGraph(DNASamples.dna3))
        func catalogue(_ path: String) throws -> [String] {
            try ForeignSQLiteFile.read(at: path) { db in
                try db.fetchAll(String.self, sql: "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
            }
        }
        #expect(try catalogue(exported) == (try catalogue(DNASamples.dna3)))
        let version = try ForeignSQLiteFile.read(at: exported) { db in
            try db.fetchOne(String.self, sql: "SELECT Value FROM SETTINGS WHERE Property = 'version'")
        }
        #expect(version == "3.0.7")
        let passwords = try ForeignSQLiteFile.read(at: exported) { db in
            try db.fetchAll(String.self, sql: "SELECT Password FROM CODERS ORDER BY ID")
        }
        #expect(passwords.count == 3)
        #expect(passwords.allSatisfy { $0 == Self.password.stored })
        #expect(DNAPassword.check("test", against: Self.password.stored))
        let relations = try ForeignSQLiteFile.read(at: exported) { db in
            try db.fetchOne(Int.self, sql: "SELECT count(*) FROM CODERRELATIONS")
        }
        #expect(relations == 3 * 2)
    }

    /// The positions of a graph as rows an rDNA user would compare: actor name, issue name, stance, quote.
    static func positionRows(_ graph: GraphContents) -> [String] {
        let actors = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) })
        let issues = Dictionary(uniqueKeysWithValues: graph.issues.map { ($0.id, $0.name) })
        let quotes = Dictionary(uniqueKeysWithValues: graph.quotes.map { ($0.id, $0.text) })
        let sources = Dictionary(uniqueKeysWithValues: graph.sources.map { ($0.id, $0) })
        return graph.positions.compactMap { p in
            guard case .quote(let id) = p.evidence else { return nil }
            return [actors[p.actor] ?? "", issues[p.issue] ?? "", p.stance.rawValue, sources[p.source]?.title ?? "",
                quotes[id] ?? "", p.coder].joined(separator: " | ")
        }.sorted()
    }

    @Test("KORUS → DNA → Stance keeps every quote-backed position")
    func korusRoundTrip() throws {
        let korus = try Self.graph(at: try TestSupport.korusDatabase.get())
        let (exported, report) = try Self.export(korus)
        let back = try Self.importGraph(exported)
        let quoteBacked = Self.positionRows(korus)
        #expect(quoteBacked.count == korus.positions.filter { if case .quote = $0.evidence { true } else { false } }.count)
        #expect(quoteBacked.count > 20)
        let returned = Set(Self.positionRows(back))
        for row in quoteBacked {
            #expect(returned.contains(row), "lost: \(row)")
        }
        #expect(report.notCarried.contains { $0.contains("mixed positions") })
    }

    @Test("a reader following rDNA's SQL gets exactly the statements written")
    func rDNAReader() throws {
        let korus = try Self.graph(at: try TestSupport.korusDatabase.get())
        let (exported, report) = try Self.export(korus)
        // rDNA's join: STATEMENTS with DOCUMENTS, each variable's value by name from DATASHORTTEXT/ENTITIES
        // and DATABOOLEAN through VARIABLES.
        let rows = try ForeignSQLiteFile.read(at: exported) { db in
            try db.fetchAll(
                sql: """
                    SELECT s.ID, d.Title, d.Text, s.Start, s.Stop, c.Name AS coder,
                        (SELECT e.Value FROM DATASHORTTEXT t JOIN VARIABLES v ON v.ID = t.VariableId
                            JOIN ENTITIES e ON e.ID = t.Entity WHERE t.StatementId = s.ID AND v.Variable = 'person') AS person,
                        (SELECT e.Value FROM DATASHORTTEXT t JOIN VARIABLES v ON v.ID = t.VariableId
                            JOIN ENTITIES e ON e.ID = t.Entity WHERE t.StatementId = s.ID AND v.Variable = 'organization') AS organization,
                        (SELECT e.Value FROM DATASHORTTEXT t JOIN VARIABLES v ON v.ID = t.VariableId
                            JOIN ENTITIES e ON e.ID = t.Entity WHERE t.StatementId = s.ID AND v.Variable = 'concept') AS concept,
                        (SELECT b.Value FROM DATABOOLEAN b JOIN VARIABLES v ON v.ID = b.VariableId
                            WHERE b.StatementId = s.ID AND v.Variable = 'agreement') AS agreement
                    FROM STATEMENTS s JOIN DOCUMENTS d ON d.ID = s.DocumentId
                    JOIN STATEMENTTYPES st ON st.ID = s.StatementTypeId LEFT JOIN CODERS c ON c.ID = s.Coder
                    WHERE st.Label = 'DNA Statement' ORDER BY s.ID
                    """)
        }
        #expect(rows.count == report.statements)
        let actors = Dictionary(uniqueKeysWithValues: korus.actors.map { ($0.id, $0) })
        let issues = Dictionary(uniqueKeysWithValues: korus.issues.map { ($0.id, $0.name) })
        let quotes = Dictionary(uniqueKeysWithValues: korus.quotes.map { ($0.id, $0.text) })
        var expected: [String] = []
        for p in korus.positions {
            guard case .quote(let id) = p.evidence, let actor = actors[p.actor] else { continue }
            let name = actor.name
            let agreement = p.stance == .supports ? "1" : "0"
            expected.append([name, issues[p.issue] ?? "", agreement, quotes[id] ?? "", p.coder].joined(separator: " | "))
        }
        var read: [String] = []
        for row in rows {
            let text: String = row["Text"]
            let start: Int = row["Start"]
            let stop: Int = row["Stop"]
            // DNA reads a span as Java's substring: UTF-16 units.
            let units = Array(text.utf16)
            let span = String(decoding: units[start..<stop], as: UTF16.self)
            let person: String = row["person"] ?? ""
            let speaker = person.isEmpty ? (row["organization"] ?? "") : person
            let agreement: Int = row["agreement"] ?? -1
            read.append([speaker, row["concept"] ?? "", String(agreement), span, row["coder"] ?? ""].joined(separator: " | "))
        }
        // Every quote-backed position comes back from rDNA's SQL, and nothing else does.
        let readSet = Set(read)
        for row in expected { #expect(readSet.contains(row), "missing: \(row)") }
        #expect(read.count <= korus.positions.count)
    }

    @Test("two actors of one name are told apart in DNA, and both come back")
    func sameNames() throws {
        var graph = try Self.importGraph(DNASamples.dna3)
        let index = try #require(graph.actors.firstIndex { $0.name == "Sierra Club" })
        var twin = graph.actors[index]
        twin.id = try #require(Slug("sierra-club-twin"))
        twin.note = nil
        graph.actors.append(twin)
        let (exported, report) = try Self.export(graph)
        #expect(report.renamed.count == 1)
        let back = try Self.importGraph(exported)
        #expect(back.actors.count == graph.actors.count)
        #expect(back.positions.count == graph.positions.count)
    }
}
