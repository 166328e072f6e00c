import Foundation
import StanceTestSupport
import Testing

/// `stance user …` and `stance token create`: passwords from a pipe, never echoed, kept as bcrypt hashes.
@Suite("stance user and stance token")
struct UserCommandTests {
    static func database(_ label: String) throws -> String {
        try TestSupport.temporaryDirectory(label).appendingPathComponent("graph.sqlite").path
    }

    @Test("add reads the password from a pipe, list shows the role, never the password")
    func addAndList() throws {
        let db = try Self.database("user-add")
        let add = try StanceProcess.run(["user", "add", "ann", "--role", "coder", "--db", db], input: "correct horse\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added user ann (coder)"))
        #expect(!add.stdout.contains("correct horse") && !add.stderr.contains("correct horse"))
        let list = try StanceProcess.run(["user", "list", "--db", db])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.hasPrefix("ann  coder  since "))
        let file = try String(contentsOfFile: db, encoding: .isoLatin1)
        #expect(!file.contains("correct horse"), "the password is in the database file")
        #expect(file.contains("$2b$12$"), "no bcrypt hash in the database file")
    }

    @Test("a short password, a missing one, a taken name, a bad role and a bad name are refused with exit 2")
    func refused() throws {
        let db = try Self.database("user-refused")
        let short = try StanceProcess.run(["user", "add", "ann", "--role", "coder", "--db", db], input: "short\n")
        #expect(short.status == 2 && short.stderr.contains("at least 8 characters"), "\(short.stderr)")
        let none = try StanceProcess.run(["user", "add", "ann", "--role", "coder", "--db", db], input: "")
        #expect(none.status == 2 && none.stderr.contains("no password"), "\(none.stderr)")
        let first = try StanceProcess.run(["user", "add", "ann", "--role", "coder", "--db", db], input: "long enough\n")
        #expect(first.status == 0, "\(first.stderr)")
        let again = try StanceProcess.run(["user", "add", "ann", "--role", "admin", "--db", db], input: "long enough\n")
        #expect(again.status == 2 && again.stderr.contains("already a user 'ann'"), "\(again.stderr)")
        let role = try StanceProcess.run(["user", "add", "bob", "--role", "owner", "--db", db], input: "long enough\n")
        #expect(role.status == 2, "\(role.stderr)")
        let name = try StanceProcess.run(["user", "add", "bob smith", "--role", "coder", "--db", db], input: "long enough\n")
        #expect(name.status == 2 && name.stderr.contains("is not a user name"), "\(name.stderr)")
        let list = try StanceProcess.run(["user", "list", "--db", db])
        #expect(list.stdout.split(separator: "\n").count == 1, "\(list.stdout)")
    }

    @Test("passwd, role, token create and revoke, remove")
    func lifecycle() throws {
        let db = try Self.database("user-lifecycle")
        #expect(try StanceProcess.run(["user", "add", "ann", "--role", "coder", "--db", db], input: "first password\n").status == 0)
        let passwd = try StanceProcess.run(["user", "passwd", "ann", "--db", db], input: "second password\n")
        #expect(passwd.status == 0 && passwd.stdout.contains("sessions were ended"), "\(passwd.stderr)")
        let nobody = try StanceProcess.run(["user", "passwd", "zed", "--db", db], input: "second password\n")
        #expect(nobody.status == 2 && nobody.stderr.contains("no user 'zed'"), "\(nobody.stderr)")
        let role = try StanceProcess.run(["user", "role", "ann", "admin", "--db", db])
        #expect(role.status == 0 && role.stdout.contains("ann is now admin"), "\(role.stderr)")
        let token = try StanceProcess.run(["token", "create", "--user", "ann", "--db", db])
        #expect(token.status == 0, "\(token.stderr)")
        let printed = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.count == 64 && printed.allSatisfy(\.isHexDigit))
        let file = try String(contentsOfFile: db, encoding: .isoLatin1)
        #expect(!file.contains(printed), "the token is stored in clear")
        let noUser = try StanceProcess.run(["token", "create", "--user", "zed", "--db", db])
        #expect(noUser.status == 2, "\(noUser.stderr)")
        let revoke = try StanceProcess.run(["token", "revoke", "--user", "ann", "--db", db])
        #expect(revoke.stdout.contains("revoked 1 token of ann"), "\(revoke.stdout)")
        let remove = try StanceProcess.run(["user", "remove", "ann", "--db", db])
        #expect(remove.status == 0, "\(remove.stderr)")
        #expect(try StanceProcess.run(["user", "list", "--db", db]).stdout.contains("no users"))
    }
}
