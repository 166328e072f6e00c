import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@Suite("stance build and export")
struct BuildTests {
    @Test("build → export → build → export is byte-identical, and equals graph-data/")
    func roundTrip() throws {
        let dir = try TestSupport.temporaryDirectory("roundtrip")
        let first = dir.appendingPathComponent("first.sqlite").path
        let second = dir.appendingPathComponent("second.sqlite").path
        let out1 = GraphDataFolder(path: dir.appendingPathComponent("out1").path)
        let out2 = GraphDataFolder(path: dir.appendingPathComponent("out2").path)
        try GraphBuilder.build(from: TestSupport.korusData, to: first)
        try GraphBuilder.export(from: first, to: out1)
        try GraphBuilder.build(from: out1, to: second)
        try GraphBuilder.export(from: second, to: out2)
        let files1 = try contents(of: out1.path)
        let files2 = try contents(of: out2.path)
        #expect(files1.keys.sorted() == files2.keys.sorted())
        for (name, data) in files1 {
            #expect(files2[name] == data, "\(name) differs after a second round trip")
        }
        // The checked-in data is already in canonical form: a build and export changes nothing.
        let original = try contents(of: TestSupport.korusData.path)
        for (name, data) in original {
            #expect(files1[name] == data, "graph-data/\(name) is not in canonical form")
        }
    }

    private func contents(of folder: String) throws -> [String: Data] {
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

    @Test("a broken copy reports every error with file:line:column and leaves the database untouched")
    func brokenCopy() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let database = try TestSupport.temporaryDirectory("db").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: database)
        let before = try #require(FileManager.default.contents(atPath: database))

        let nyt = copy.appendingPathComponent("sources/nyt-2018-01-04.yaml")
        var text = try String(contentsOf: nyt, encoding: .utf8)
        // 1. A bad reference, 2. a bad stance word, 3. a quote that is not verbatim.
        text = try replacingFirst("actor: james-fatheree", with: "actor: james-fatheere", in: text)
        text = try replacingFirst("stance: opposes", with: "stance: opposed", in: text)
        text = try replacingFirst("text: flawed metric", with: "text: flawed metrics", in: text)
        try text.write(to: nyt, atomically: true, encoding: .utf8)
        // 4. A duplicate id.
        let actors = copy.appendingPathComponent("actors.yaml")
        let actorText = try String(contentsOf: actors, encoding: .utf8)
        try (actorText + "- id: donald-trump\n  name: Donald Trump again\n  kind: person\n")
            .write(to: actors, atomically: true, encoding: .utf8)

        let error = try #require(throws: GraphDataError.self) {
            try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: database)
        }
        guard case .invalid(let diagnostics) = error else {
            Issue.record("expected validation errors, got \(error)")
            return
        }
        let messages = diagnostics.map(\.description)
        func has(_ file: String, _ phrase: String) -> Bool {
            messages.contains { $0.contains(file) && $0.contains(phrase) }
        }
        #expect(has("nyt-2018-01-04.yaml:", "unknown actor 'james-fatheere'; did you mean 'james-fatheree'?"))
        #expect(has("nyt-2018-01-04.yaml:", "unknown stance 'opposed'"))
        #expect(has("nyt-2018-01-04.yaml:", "not verbatim"))
        #expect(has("actors.yaml:", "duplicate actor id 'donald-trump'"))
        for diagnostic in diagnostics {
            #expect(diagnostic.location.line > 0 && diagnostic.location.column > 0)
            #expect(diagnostic.description.contains(": error: "))
        }
        // The stance error points at the value: line and column of "opposed".
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let stanceLine = try #require(lines.firstIndex { $0.contains("stance: opposed") }) + 1
        #expect(diagnostics.contains { $0.location.line == stanceLine && $0.location.column == 13 })
        #expect(FileManager.default.contents(atPath: database) == before)
    }

    private func replacingFirst(_ target: String, with replacement: String, in text: String) throws -> String {
        let range = try #require(text.range(of: target), "fixture no longer holds '\(target)'")
        return text.replacingCharacters(in: range, with: replacement)
    }

    @Test("YAML syntax errors and impossible dates are located")
    func syntaxErrors() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        try "- id: x\n  name: [unclosed\n".write(
            to: copy.appendingPathComponent("affiliations.yaml"), atomically: true, encoding: .utf8)
        let cnn = copy.appendingPathComponent("sources/cnnmoney-2018-01-04.yaml")
        let text = try String(contentsOf: cnn, encoding: .utf8)
            .replacingOccurrences(of: "date: \"2018-01-04\"", with: "date: \"2018-02-30\"")
        try text.write(to: cnn, atomically: true, encoding: .utf8)
        let error = try #require(throws: GraphDataError.self) {
            _ = try GraphDataFolder(path: copy.path).load()
        }
        let description = error.description
        #expect(description.contains("affiliations.yaml:"))
        #expect(description.contains("not valid YAML"))
        #expect(description.contains("cnnmoney-2018-01-04.yaml:4:7: error: '2018-02-30' is not a valid date"))
    }

    @Test("a database with edits not yet exported is not replaced without force")
    func unexportedEdits() throws {
        let database = try TestSupport.temporaryDirectory("edits").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: database)
        let store = try Store(path: database, mode: .readWrite)
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO change_log (coder, time, operation, target) VALUES ('ann', '2026-11-23T10:00:00Z', 'add', 'actor:x')")
        }
        try store.close()
        #expect(throws: GraphDataError.self) {
            try GraphBuilder.build(from: TestSupport.korusData, to: database)
        }
        try GraphBuilder.build(from: TestSupport.korusData, to: database, force: true)
        let changes = try Store(path: database, mode: .readOnly).read { try Statistics.read($0).changes }
        #expect(changes == 0)
    }
}
