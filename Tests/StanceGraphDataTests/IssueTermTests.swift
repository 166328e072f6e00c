import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// An issue's `terms` (words that say a passage is about it): read from `graph-data/`, checked where they are
/// written, stored, exported unchanged, added and edited like aliases.
@Suite("Issue terms")
struct IssueTermTests {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    @Test("terms are checked: one line, 1 to 80 characters, a letter or digit, no two alike")
    func termProblems() {
        #expect(Graph.Issue.termProblems(["steel quota", "Section 232 duties", "the won"]).isEmpty)
        let problems = Graph.Issue.termProblems([
            "steel quota", "Steel  quota!", "two\nlines", " ", String(repeating: "x", count: 81), "--",
        ])
        #expect(problems.map(\.index) == [1, 2, 3, 4, 5])
        #expect(problems[0].message == "'Steel  quota!' is already a term of this issue ('steel quota'); remove one")
        #expect(problems[1].message.contains("line break"))
        #expect(problems[2].message.contains("empty"))
        #expect(problems[3].message.contains("81 characters; a term has at most 80"))
        #expect(problems[4].message.contains("no letter or digit"))
        #expect(Graph.Issue.termProblems([String(repeating: "x", count: 80)]).isEmpty)
    }

    @Test("the KORUS terms are built into the database, read back and exported as they were written")
    func korusTerms() throws {
        let graph = try TestSupport.korusData.load()
        let written = graph.issues.filter { !$0.terms.isEmpty }
        #expect(written.count >= 10)
        let path = try TestSupport.temporaryDirectory("terms").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readOnly)
        defer { try? store.close() }
        let read = try store.read { try GraphReader.read($0) }
        #expect(read.issues == graph.issues)
        let agriculture = try #require(graph.issues.first { $0.id.rawValue == "agriculture" })
        let one = try store.read { try GraphReader.issue("agriculture", in: $0) }
        #expect(one?.terms == agriculture.terms)
        let count = try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM issue_term") }
        #expect(count == graph.issues.reduce(0) { $0 + $1.terms.count })
    }

    @Test("a bad term in issues.yaml is reported at its line and column, and nothing is built")
    func badTermsLocated() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let issues = copy.appendingPathComponent("issues.yaml")
        let long = String(repeating: "a", count: 81)
        let text = try String(contentsOf: issues, encoding: .utf8)
            + "- id: zz-terms\n  name: Terms test\n  terms:\n    - exchange rate\n    - Exchange Rate\n    - \(long)\n"
        try text.write(to: issues, atomically: true, encoding: .utf8)
        let database = try TestSupport.temporaryDirectory("bad-terms").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: database)
        let before = try #require(FileManager.default.contents(atPath: database))
        let error = try #require(throws: GraphDataError.self) {
            try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: database)
        }
        guard case .invalid(let diagnostics) = error else {
            Issue.record("expected validation errors, got \(error)")
            return
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let duplicate = try #require(lines.firstIndex { $0 == "    - Exchange Rate" }) + 1
        let tooLong = try #require(lines.firstIndex { $0 == "    - \(long)" }) + 1
        #expect(diagnostics.count == 2, "\(diagnostics.map(\.description))")
        #expect(diagnostics.contains {
            $0.location.file.hasSuffix("issues.yaml") && $0.location.line == duplicate && $0.location.column == 7
                && $0.message.contains("'Exchange Rate' is already a term of this issue ('exchange rate')")
        })
        #expect(diagnostics.contains { $0.location.line == tooLong && $0.message.contains("at most 80") })
        #expect(FileManager.default.contents(atPath: database) == before)
    }

    @Test("add with terms, term+= and term-=, a duplicate refused, undo restores them")
    func editTerms() throws {
        let path = try TestSupport.temporaryDirectory("term-edits").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        defer { try? store.close() }
        let editor = try Editor(coder: "ann")
        let id = Self.slug("rice-quota")
        let issue = Graph.Issue(id: id, name: "Rice import quota", terms: ["rice quota", "rice imports"])
        try store.write { db in _ = try editor.add(.issue(issue), in: db) }
        let target = Graph.Target(kind: .issue, id: id)
        func terms() throws -> [String] { try store.read { try GraphReader.issue("rice-quota", in: $0)?.terms ?? [] } }
        #expect(try terms() == ["rice quota", "rice imports"])

        try store.write { db in _ = try editor.edit(target, [("term+", "paddy farmers"), ("term-", "rice imports")], in: db) }
        #expect(try terms() == ["rice quota", "paddy farmers"])
        let duplicate = try #require(throws: EditError.self) {
            try store.write { db in _ = try editor.edit(target, [("term+", "Rice Quota")], in: db) }
        }
        #expect(duplicate.description.contains("already a term of this issue"))
        #expect(throws: EditError.self) {
            try store.write { db in _ = try editor.edit(target, [("term-", "no such term")], in: db) }
        }
        #expect(throws: EditError.self) {
            try store.write { db in _ = try editor.edit(target, [("term+", "two\nlines")], in: db) }
        }
        #expect(try terms() == ["rice quota", "paddy farmers"])
        try store.write { db in _ = try editor.undo(nil, in: db) }
        #expect(try terms() == ["rice quota", "rice imports"])

        let twice = Graph.Issue(id: Self.slug("twice"), name: "Twice", terms: ["steel quota", "Steel quota"])
        #expect(throws: EditError.self) { try store.write { db in _ = try editor.add(.issue(twice), in: db) } }
        #expect(try store.read { try GraphReader.issue("twice", in: $0) } == nil)
    }

    @Test("a colleague's changed terms are a merge conflict, and taking theirs writes their terms")
    func mergeTerms() throws {
        let path = try TestSupport.temporaryDirectory("term-merge").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        defer { try? store.close() }
        var theirs = try TestSupport.korusData.load()
        let index = try #require(theirs.issues.firstIndex { $0.id.rawValue == "agriculture" })
        let mine = theirs.issues[index].terms
        theirs.issues[index].terms = mine.filter { $0 != "rice" } + ["rice paddies"]
        let merger = Merger(editor: try Editor(coder: "bob"))
        let report = try store.write { db in try merger.merge(theirs, into: db, prefer: nil) }
        let conflict = try #require(report.conflicts.first { $0.target == "issue:agriculture" })
        #expect(conflict.mine["terms"] != conflict.theirs["terms"])
        #expect(try store.read { try GraphReader.issue("agriculture", in: $0)?.terms } == mine)
        _ = try store.write { db in try merger.merge(theirs, into: db, prefer: .theirs) }
        let merged = try store.read { try GraphReader.issue("agriculture", in: $0)?.terms }
        #expect(merged.map(Set.init) == Set(theirs.issues[index].terms))
    }

    @Test("EntityInput takes terms and names the bad entry")
    func entityInput() throws {
        let path = try TestSupport.temporaryDirectory("term-input").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        defer { try? store.close() }
        let made = try store.read { db in
            try EntityInput.entity(
                .issue, ["name": .text("Rice quota"), "terms": .list(["rice quota", "paddy"])], coder: "ann",
                time: "2026-12-06T09:00:00Z", in: db)
        }
        guard case .issue(let issue) = made else {
            Issue.record("expected an issue, got \(made)")
            return
        }
        #expect(issue.terms == ["rice quota", "paddy"])
        let problems = try #require(throws: FieldProblems.self) {
            try store.read { db in
                try EntityInput.entity(
                    .issue, ["name": .text("Rice quota"), "terms": .list(["paddy", "Paddy"])], coder: "ann",
                    time: "2026-12-06T09:00:00Z", in: db)
            }
        }
        #expect(problems.fields["terms"]?.hasPrefix("entry 2: ") == true)
    }
}
