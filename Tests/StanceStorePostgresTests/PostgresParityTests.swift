import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// A first parity probe: every example query in `queries/` answered over KORUS by SQLite and by PostgreSQL.
///
/// The planner still has SQLite-only spellings (issue 13, the dialect work), so an answer that differs or fails on
/// PostgreSQL is recorded as a known issue, not a failure, and listed in the output; the probe fails only if
/// the PostgreSQL side cannot be set up. `STANCE_PARITY_REPORT=PATH` writes the list to a file.
@Suite("PostgreSQL parity probe", .enabled(if: TestServer.enabled, Comment(rawValue: TestServer.howToRun)))
struct PostgresParityTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("queries")

    @Test("each example query answers the same on SQLite and PostgreSQL (differences are known issues)")
    func examples() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".stq") }.sorted()
        try #require(!names.isEmpty)
        let sqlite = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        try TestServer.withDatabase { url in
            let postgres = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
            defer { try? postgres.close() }
            let graph = try TestSupport.korusData.load()
            try postgres.write { db in try GraphWriter.insert(graph, into: db) }
            var report: [String] = []
            var same = 0
            for name in names {
                let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
                guard let query = text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
                    .first(where: { !$0.isEmpty && !$0.hasPrefix("#") })
                else { continue }
                let expected = Self.render(Result { try sqlite.read { try QueryEngine.answer(query, in: $0) } })
                let actual = Self.render(Result { try postgres.read { try QueryEngine.answer(query, in: $0) } })
                if expected == actual {
                    same += 1
                } else {
                    let line = "\(name): " + Self.firstDifference(expected, actual)
                    report.append(line)
                    withKnownIssue("planner SQL not yet portable (issue 13)", isIntermittent: true) {
                        Issue.record(Comment(rawValue: line))
                    }
                }
            }
            let summary = "parity: \(same) of \(names.count) example queries answer the same on PostgreSQL"
            print(([summary] + report).joined(separator: "\n  "))
            if let path = ProcessInfo.processInfo.environment["STANCE_PARITY_REPORT"] {
                try ([summary] + report).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
    }

    static func render(_ answer: Result<Answer, any Error>) -> String {
        switch answer {
        case .success(let answer): return Renderer(format: .markdown, showEvidence: true).render(answer)
        case .failure(let error): return "ERROR: \(error)"
        }
    }

    /// Where two answers part, in a line: the error if one failed, else the first differing lines.
    static func firstDifference(_ sqlite: String, _ postgres: String) -> String {
        if postgres.hasPrefix("ERROR: ") {
            return String(postgres.prefix(400)).replacingOccurrences(of: "\n", with: " ")
        }
        let left = sqlite.split(separator: "\n", omittingEmptySubsequences: false)
        let right = postgres.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1): sqlite «\(a.prefix(150))» postgres «\(b.prefix(150))»" }
        }
        return "differ"
    }
}
