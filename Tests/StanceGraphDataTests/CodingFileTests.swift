import Foundation
import StanceCore
@testable import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// Coders' codings (`stance assign`, `code`, `adjudicate`) kept in `graph-data/codings/`: exported, read back by
/// build, byte-identical on a second round, and no longer a reason for a rebuild to refuse once exported.
@Suite("codings in graph-data/codings/")
struct CodingFileTests {
    static let source = "cnnmoney-2018-01-04"

    /// Ann codes the source from the graph, Bob codes two units, the lead accepts one of Bob's.
    static func code(_ store: Store) throws {
        try store.write { db in
            try Codings.assign(source: source, coders: ["ann", "Bob Marsh"], by: "lead", time: "2026-12-06T07:00:00Z", in: db)
            try Codings.add(
                try Codings.graphUnits(of: source, in: db), source: source, coder: "ann", replace: false,
                time: "2026-12-06T07:01:00Z", in: db)
            let bob = [
                Codings.NewUnit(
                    line: 2, actor: "south-korea", issue: "renegotiation", stance: "opposes", basis: nil, reportedBy: nil,
                    text: "South Korea hasn’t been eager to renegotiate Korus"),
                Codings.NewUnit(
                    line: 3, actor: "donald-trump", issue: "withdrawal", stance: "mixed", basis: "stated", reportedBy: nil,
                    text: "he has threatened to yank the U.S. out of it altogether"),
            ]
            try Codings.add(bob, source: source, coder: "Bob Marsh", replace: false, time: "2026-12-06T07:02:00Z", in: db)
            let unit = try #require(try Codings.units(source: source, coders: ["Bob Marsh"], in: db).first)
            try Codings.decide(unit: unit.id, decision: "reject", by: "lead", time: "2026-12-06T07:03:00Z", in: db)
        }
    }

    static func contents(of folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// A copy of KORUS, a database built from it and coded, and the codings as they were.
    static func coded() throws -> (folder: GraphDataFolder, database: String, codings: [Codings.Assignment]) {
        let folder = GraphDataFolder(path: try TestSupport.copy(TestSupport.korusData.path).path)
        let database = try TestSupport.temporaryDirectory("codings").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: database)
        let store = try Store(path: database, mode: .readWrite)
        try code(store)
        let codings = try store.read { try Codings.all(in: $0) }
        try store.close()
        return (folder, database, codings)
    }

    @Test("codings survive export → build, byte for byte; a rebuild refuses only while they are not exported")
    func roundTrip() throws {
        let (folder, database, codings) = try Self.coded()
        #expect(codings.count == 2)
        #expect(codings.first { $0.coder == "Bob Marsh" }?.units.contains { $0.decision?.decision == "reject" } == true)
        // Not exported yet: a rebuild would lose them.
        #expect(throws: GraphDataError.self) { try GraphBuilder.build(from: folder, to: database) }

        let report = try GraphBuilder.export(from: database, to: folder)
        #expect(report.created == ["codings/\(Self.source).ann.yaml", "codings/\(Self.source).bob-marsh.yaml"])
        let exported = Self.contents(of: folder.path)
        try GraphBuilder.build(from: folder, to: database)
        let store = try Store(path: database, mode: .readWrite)
        #expect(try store.read { try Codings.all(in: $0) } == codings)
        try store.close()
        let again = try GraphBuilder.export(from: database, to: folder)
        #expect(again.created.isEmpty && again.changed.isEmpty && again.removed.isEmpty)
        #expect(Self.contents(of: folder.path) == exported)
        // Not part of the snapshot: the same as the graph's without codings.
        let snapshot = try #require(GraphSnapshot.of(folder: folder))
        #expect(snapshot == GraphSnapshot.of(folder: TestSupport.korusData))
    }

    @Test("a coding file with a unit off its text or a bad word is located and builds nothing")
    func malformed() throws {
        let (folder, database, _) = try Self.coded()
        try GraphBuilder.export(from: database, to: folder)
        let path = (folder.path as NSString).appendingPathComponent("codings/\(Self.source).bob-marsh.yaml")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let stance = try #require(lines.firstIndex { $0 == "    stance: mixed" })
        lines[stance] = "    stance: mixd"
        let start = try #require(lines.firstIndex { $0.hasPrefix("  - start: ") })
        let number = try #require(Int(lines[start].dropFirst("  - start: ".count)))
        lines[start] = "  - start: \(number + 1)"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try #require(FileManager.default.contents(atPath: database))
        let error = try #require(throws: GraphDataError.self) { try GraphBuilder.build(from: folder, to: database, force: true) }
        let file = "codings/\(Self.source).bob-marsh.yaml"
        #expect(error.description.contains("\(file):\(stance + 1):13: error: unknown stance 'mixd'"))
        #expect(error.description.contains("\(file):\(start + 1):12: error: the unit's text is not at \(number + 1)..<"))
        #expect(FileManager.default.contents(atPath: database) == before)
    }
}
