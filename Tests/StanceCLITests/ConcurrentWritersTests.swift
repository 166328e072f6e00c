import Foundation
import StanceTestSupport
import Testing

@Suite("Several researchers writing at once")
struct ConcurrentWritersTests {
    /// 100 writes per process with STANCE_LOAD_TESTS=1 (as .ci/run does); fewer otherwise, to keep
    /// `swift test` quick.
    static let writesPerProcess = ProcessInfo.processInfo.environment["STANCE_LOAD_TESTS"] == "1" ? 100 : 12

    @Test("8 processes writing one database lose nothing: every write is in the graph and in the log")
    func eightWriters() async throws {
        let database = try TestSupport.temporaryDirectory("concurrent").appendingPathComponent("graph.sqlite").path
        let build = try StanceProcess.run(["build", "--db", database], in: TestSupport.packageRoot)
        try #require(build.status == 0, "\(build.stderr)")
        let writes = Self.writesPerProcess
        let failures = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var failed: [String] = []
                    for n in 0..<writes {
                        let result = try StanceProcess.run([
                            "annotate", "--db", database, "--by", "coder-\(worker)", "actor:donald-trump",
                            "note \(worker)-\(n)",
                        ])
                        if result.status != 0 { failed.append("worker \(worker) write \(n): \(result.stderr)") }
                    }
                    return failed
                }
            }
            var all: [String] = []
            for try await failed in group { all += failed }
            return all
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        let stats = try StanceProcess.run(["stats", "--db", database, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let annotationsFile = TestSupport.packageRoot.appendingPathComponent("graph-data/annotations.yaml")
        let bundled = try String(contentsOf: annotationsFile, encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("- id: ") }.count
        #expect(object["annotations"] as? Int == bundled + 8 * writes)
        #expect(object["changes"] as? Int == 8 * writes)
        let log = try StanceProcess.run(["log", "--db", database, "--by", "coder-3", "--format", "json"])
        let rows = (try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["rows"] as? [Any]
        #expect(rows?.count == writes)
    }
}
