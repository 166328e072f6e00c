import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// The example queries in `queries/`: each `NAME.stq` is answered over the KORUS graph and the
/// answer (Markdown, with evidence) must equal `NAME.expected`. `STANCE_RECORD=1` rewrites the
/// expected files and fails, so a changed answer is always looked at before it is committed.
@Suite("Example queries in queries/")
struct GoldenQueryTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("queries")

    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".stq") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// The query of an `.stq` file: its first line that is not blank or a `#` comment.
    static func query(in text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test("there are at least 25 examples")
    func enoughExamples() {
        #expect(Self.examples.count >= 25)
    }

    @Test("each example's answer equals its expected file", arguments: examples)
    func example(_ name: String) throws {
        let stq = Self.folder.appendingPathComponent("\(name).stq")
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        let query = try #require(Self.query(in: try String(contentsOf: stq, encoding: .utf8)))
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let answer = try store.read { db in try QueryEngine.answer(query, in: db) }
        let actual = "<!-- " + query + " -->\n"
            + Renderer(format: .markdown, showEvidence: true).render(answer)
        if ProcessInfo.processInfo.environment["STANCE_RECORD"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).expected; check it against the articles, then run again without STANCE_RECORD")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "answer to '\(query)' differs from queries/\(name).expected")
    }
}

@Suite("Examples in docs/query-language.md")
struct DocumentationExampleTests {
    static let examples: [String] = {
        let url = TestSupport.packageRoot.appendingPathComponent("docs/query-language.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var inBlock = false
        var queries: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```stance-query"
                continue
            }
            if inBlock, !line.trimmingCharacters(in: .whitespaces).isEmpty { queries.append(String(line)) }
        }
        return queries
    }()

    @Test("the documentation has examples")
    func present() {
        #expect(Self.examples.count >= 20)
    }

    @Test("every documented example answers", arguments: examples)
    func answers(_ query: String) throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        _ = try store.read { db in try QueryEngine.answer(query, in: db) }
    }
}

@Suite("Compiled SQL")
struct QueryPlanTests {
    static let whoQueries = [
        "who opposes withdrawal", "who supports renegotiation and opposes withdrawal",
        "who supports renegotiation or opposes withdrawal but not ISDS", "who has ever opposed KORUS",
        "who supports withdrawal as of 2017-10-01", "who opposes withdrawal in the Chamber of Commerce",
        "count who opposes withdrawal", "who changed on withdrawal", "who agrees with Fatheree",
        "why does Trump support withdrawal", "quotes by Cutler about renegotiation",
        "quotes matching \"flawed metric\"",
    ]

    @Test("queries use the position indexes, never a full scan of positions", arguments: whoQueries)
    func usesIndexes(_ query: String) throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let plan = try store.read { db in
            try QueryEngine.answer(query, in: db, explain: true).explanation
        }
        let planLines = plan.drop { $0 != "-- query plan" }
        #expect(planLines.count > 1)
        for line in planLines {
            // "SCAN p" or "SCAN position" without an index is a full scan of the positions table.
            let fullScan = line.range(of: #"SCAN (position|p|q|e|lp|f)\b(?! USING)"#, options: .regularExpression)
            #expect(fullScan == nil, "full scan in plan of '\(query)': \(line)")
        }
    }

    @Test("values reach SQL only as bound arguments")
    func boundArguments() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let explanation = try store.read { db in
            try QueryEngine.answer("who opposes withdrawal among organizations as of 2018-01", in: db, explain: true)
                .explanation
        }
        let sql = explanation.joined(separator: "\n")
        #expect(!sql.contains("'withdrawal'"))
        #expect(!sql.contains("'organization'"))
        #expect(sql.contains("arguments: [\"withdrawal\""))
    }
}

@Suite("The whole query path on hostile input")
struct HostileQueryTests {
    static let inputs: [String] = [
        "", " ", "?", "who", "who opposes \"", "\u{0}", "who opposes with\u{0}drawal",
        String(repeating: "(", count: 10_000) + "who", "who " + String(repeating: "(", count: 10_000),
        "who opposes " + String(repeating: "x", count: 100_000),
        "who opposes withdrawal'; DROP TABLE actor; --", "quotes matching \"\\\" OR 1=1 --\"",
        "quotes matching \"*\"", "quotes matching \"NEAR(a b)\"", "quotes matching \"\u{202E}evil\"",
        "who opposes withdrawal as of 99999-01-01", "who opposes withdrawal as of 2018-02-29",
        "who supports withdrawal between 2018 and 2017", String(repeating: "and ", count: 5_000),
        "who opposes withdrawal " + String(repeating: "and renegotiation ", count: 2_000),
    ]

    @Test("never traps, never changes the database; errors are located query errors", arguments: inputs.indices)
    func hostile(_ index: Int) throws {
        let query = Self.inputs[index]
        let path = try TestSupport.korusDatabase.get()
        let store = try Store(path: path, mode: .readOnly)
        let before = try store.read { try Statistics.read($0) }
        do {
            _ = try store.read { db in try QueryEngine.answer(query, in: db) }
        } catch let error as QueryError {
            #expect(!error.message.isEmpty)
            #expect(error.description.hasPrefix("error: "))
        }
        let after = try store.read { try Statistics.read($0) }
        #expect(before == after)
    }
}
