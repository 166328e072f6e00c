import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import StanceStore
import StanceTestSupport
import Testing

/// `stance serve` on a database this user cannot write (a published, read-only copy): it serves reads, says so once
/// on stderr, and answers every login and write with 503 (issue 16, polish item 3).
@Suite("stance serve on a read-only database")
struct ReadOnlyServeTests {
    /// A copy of the KORUS database in a folder of its own that anyone may enter.
    static func copy(_ label: String) throws -> (folder: String, db: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stance-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let db = folder + "/graph.sqlite"
        try FileManager.default.copyItem(atPath: try TestSupport.korusDatabase.get(), toPath: db)
        return (folder, db)
    }

    /// chmod 0444 on the file, and 0555 on its folder when `folder` is set.
    static func protect(_ paths: (folder: String, db: String), folder: Bool) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: paths.db)
        if folder { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: paths.folder) }
    }

    static func release(_ paths: (folder: String, db: String)) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: paths.folder)
        try? FileManager.default.removeItem(atPath: paths.folder)
    }

    static var isRoot: Bool { getuid() == 0 }
    static let runuser = "/usr/sbin/runuser"

    /// `stance serve` as the given command line: what it answered and what it printed on stderr.
    static func serve(_ command: [String]) async throws -> (answers: [(Int, String)], stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "STANCE_DB")
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        var printed = Data()
        while !printed.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed.append(chunk)
        }
        let line = String(decoding: printed, as: UTF8.self)
        guard let range = line.range(of: "listening on ") else {
            process.terminate()
            process.waitUntilExit()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            Issue.record("stance serve did not start: \(line) \(stderr)")
            return ([], stderr)
        }
        let base = line[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        var answers: [(Int, String)] = []
        for (method, path, body) in [
            ("GET", "/", nil), ("GET", "/api/query?q=who+opposes+withdrawal", nil),
            ("POST", "/api/login", #"{"name": "ann", "password": "ann-password"}"#),
            ("POST", "/api/issues", #"{"name": "Something new"}"#),
        ] as [(String, String, String?)] {
            var request = URLRequest(url: try #require(URL(string: base + path)))
            request.httpMethod = method
            if let body {
                request.httpBody = Data(body.utf8)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.setValue("Bearer " + String(repeating: "0", count: 64), forHTTPHeaderField: "Authorization")
                if path == "/api/login" { request.setValue(nil, forHTTPHeaderField: "Authorization") }
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            answers.append(((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self)))
        }
        process.terminate()
        process.waitUntilExit()
        return (answers, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    static func expectReadOnly(_ served: (answers: [(Int, String)], stderr: String), because reason: String) {
        #expect(served.answers.map(\.0) == [200, 200, 503, 503], "\(served.answers)")
        #expect(served.answers.count == 4 && served.answers[1].1.contains("Cutler"), "reads are served")
        for (_, body) in served.answers.dropFirst(2) {
            let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
            let message = (object?["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.hasPrefix("this server's database is read-only: ") && message.contains(reason), "\(body)")
        }
        let notes = served.stderr.components(separatedBy: "this server's database is read-only").count - 1
        #expect(notes == 1, "said once at start on stderr: \(served.stderr)")
    }

    @Test("--read-only serves reads and answers logins and writes with 503 (the path an unwritable file takes)")
    func flag() async throws {
        let paths = try Self.copy("serve-flag")
        defer { Self.release(paths) }
        let served = try await Self.serve([StanceProcess.executable.path, "serve", "--port", "0", "--db", paths.db, "--read-only"])
        Self.expectReadOnly(served, because: "started with --read-only")
    }

    /// Root writes whatever the mode: then the server runs as nobody through runuser; as root without runuser, the
    /// `--read-only` test covers the same path.
    static let canDropRoot = !isRoot || FileManager.default.isExecutableFile(atPath: runuser)

    @Test("a chmod 0444 file, and one in a 0555 folder, are served read-only (as nobody when the test runs as root)",
          .enabled(if: canDropRoot), arguments: [false, true])
    func unwritable(folder: Bool) async throws {
        let asNobody = Self.isRoot
        let paths = try Self.copy(folder ? "serve-ro-folder" : "serve-ro-file")
        defer { Self.release(paths) }
        try Self.protect(paths, folder: folder)
        let serve = [StanceProcess.executable.path, "serve", "--port", "0", "--db", paths.db]
        let served = try await Self.serve(asNobody ? [Self.runuser, "-u", "nobody", "--"] + serve : serve)
        Self.expectReadOnly(served, because: folder ? "is not writable by this user" : "graph.sqlite is not writable by this user")
        let left = try FileManager.default.contentsOfDirectory(atPath: paths.folder).sorted()
        if folder { #expect(left == ["graph.sqlite"], "nothing written beside a file in a read-only folder: \(left)") }
    }
}

/// `stance log` and `stance history` on a change that saved a quote with its position (issue 16, polish item 1).
@Suite("stance log with a quote saved inside a position's change")
struct CompanionLogTests {
    @Test("log shows the quote beside the position; history of the quote and log --target find the change")
    func companions() throws {
        let paths = try ReadOnlyServeTests.copy("log-companions")
        defer { ReadOnlyServeTests.release(paths) }
        let store = try Store(path: paths.db, mode: .readWrite)
        let editor = try Editor(coder: "cody")
        let source = "nyt-2018-01-04"
        let (quoteID, positionID) = try store.write { db -> (String, String) in
            let article = try #require(try db.fetchOne(String.self, sql: "SELECT text FROM source WHERE id = ?", arguments: [source]))
            let words = String(article.prefix(40))
            let quote = try EntityInput.entity(
                .quote, ["speaker": .text("donald-trump"), "source": .text(source), "text": .text(words), "issues": .list(["withdrawal"])],
                coder: "cody", time: editor.now(), in: db)
            guard case .quote(let made) = quote else { throw EditError.noCoder }
            let position = try EntityInput.entity(
                .position, ["actor": .text("donald-trump"), "issue": .text("withdrawal"), "stance": .text("for"),
                            "source": .text(source), "basis": .text("stated"), "quote": .text(made.id.rawValue)],
                coder: "cody", time: editor.now(), in: db)
            guard case .position(let coded) = position else { throw EditError.noCoder }
            _ = try editor.add([quote, position], in: db)
            return (made.id.rawValue, coded.id.rawValue)
        }
        try store.close()
        let log = try StanceProcess.run(["log", "--db", paths.db])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("add  position:\(positionID)  (with quote:\(quoteID))"), "\(log.stdout)")
        let history = try StanceProcess.run(["history", "quote:\(quoteID)", "--db", paths.db])
        #expect(history.stdout.contains("position:\(positionID)"), "\(history.stdout) \(history.stderr)")
        let target = try StanceProcess.run(["log", "--target", "quote:\(quoteID)", "--db", paths.db])
        #expect(target.stdout.split(separator: "\n").count == 1 && target.stdout.contains(positionID), "\(target.stdout)")
    }
}
