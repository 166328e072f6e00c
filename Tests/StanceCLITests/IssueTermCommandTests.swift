import Foundation
import StanceTestSupport
import Testing

/// `stance add issue --term`, `stance edit ISSUE term+=/term-=` and `stance export` of the terms.
@Suite("Issue terms on the command line")
struct IssueTermCommandTests {
    @Test("terms are added, edited, refused when twice, and exported to issues.yaml")
    func addEditExport() throws {
        let root = try SmallThingsTests.workspace("issue-terms")
        let env = ["STANCE_CODER": "ann"]
        let twice = try StanceProcess.run(
            ["add", "issue", "--name", "Rice quota", "--term", "rice quota", "--term", "Rice Quota"], in: root,
            environment: env)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("--term: entry 2: 'Rice Quota' is already a term of this issue ('rice quota')"))
        let add = try StanceProcess.run(
            ["add", "issue", "--name", "Rice quota", "--term", "rice quota", "--term", "paddy farmers"], in: root,
            environment: env)
        #expect(add.status == 0, "\(add.stderr)")
        let edit = try StanceProcess.run(
            ["edit", "rice-quota", "term+=rice growers", "term-=paddy farmers"], in: root, environment: env)
        #expect(edit.status == 0, "\(edit.stderr)")
        let bad = try StanceProcess.run(["edit", "rice-quota", "term+=RICE GROWERS"], in: root, environment: env)
        #expect(bad.status == 2 && bad.stderr.contains("already a term of this issue"))
        let export = try StanceProcess.run(["export"], in: root, environment: env)
        #expect(export.status == 0, "\(export.stderr)")
        let issues = try String(contentsOf: root.appendingPathComponent("graph-data/issues.yaml"), encoding: .utf8)
        #expect(issues.contains("- id: rice-quota\n  name: Rice quota\n  terms:\n    - rice quota\n    - rice growers\n"))
    }
}
