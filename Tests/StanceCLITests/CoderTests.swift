import Foundation
import StanceTestSupport
import Testing

/// Who a change is attributed to when neither `--by` nor `STANCE_CODER` names anyone (issue 21):
/// `git config user.name`, else the login name, and the command says which it used.
@Suite("A coder without ceremony")
struct CoderTests {
    /// A fresh database with one annotation by `ann`, and a home folder (for git's global config) beside it.
    static func setUp(_ label: String) throws -> (database: String, home: URL) {
        let folder = try TestSupport.temporaryDirectory(label)
        let database = folder.appendingPathComponent("graph.sqlite").path
        let build = try StanceProcess.run(["build", "--db", database], in: TestSupport.packageRoot)
        try #require(build.status == 0, "\(build.stderr)")
        let note = try StanceProcess.run(["annotate", "--db", database, "--by", "ann", "actor:donald-trump", "a note"])
        try #require(note.status == 0, "\(note.stderr)")
        let home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return (database, home)
    }

    /// (The undos below take back ann's note, so they pass --any: a coder's plain undo takes back only their own.)
    /// No STANCE_CODER, git's global config in `home` only, run outside any repository.
    static func environment(home: URL, user: String) -> [String: String] {
        [
            "STANCE_CODER": "", "HOME": home.path, "XDG_CONFIG_HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1",
            "USER": user, "LOGNAME": user,
        ]
    }

    @Test("undo with no STANCE_CODER takes the coder from git config user.name and says so")
    func fromGit() throws {
        let (database, home) = try Self.setUp("coder-git")
        try "[user]\n\tname = Grace Coder\n".write(
            to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
        let undo = try StanceProcess.run(
            ["undo", "--any", "--db", database], in: home, environment: Self.environment(home: home, user: "glogin"))
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stderr.contains("coder 'Grace Coder' from git config user.name"), "\(undo.stderr)")
        #expect(undo.stdout.contains("by Grace Coder"), "\(undo.stdout)")
        let log = try StanceProcess.run(["log", "--db", database, "--format", "json"])
        #expect(log.stdout.contains("Grace Coder"))
    }

    @Test("with no git name either, the login name is used and named")
    func fromLogin() throws {
        let (database, home) = try Self.setUp("coder-login")
        let undo = try StanceProcess.run(
            ["undo", "--any", "--db", database], in: home, environment: Self.environment(home: home, user: "llogin"))
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stderr.contains("coder 'llogin' from the login name"), "\(undo.stderr)")
        #expect(undo.stdout.contains("by llogin"), "\(undo.stdout)")
    }

    @Test("--by and STANCE_CODER come first, without a note")
    func explicit() throws {
        let (database, home) = try Self.setUp("coder-explicit")
        var environment = Self.environment(home: home, user: "llogin")
        environment["STANCE_CODER"] = "zoe"
        let undo = try StanceProcess.run(["undo", "--any", "--db", database], in: home, environment: environment)
        #expect(undo.status == 0 && undo.stdout.contains("by zoe") && !undo.stderr.contains("coder '"), "\(undo)")
    }
}
