import Foundation
import StanceCore
import StanceGraphData
import StanceStore

/// Paths and fixtures shared by the test targets.
public enum TestSupport {
    /// The package root (where `Package.swift` and `graph-data/` are).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled KORUS `graph-data/`.
    public static var korusData: GraphDataFolder {
        GraphDataFolder(path: packageRoot.appendingPathComponent("graph-data").path)
    }

    /// A fresh empty directory under the system's temporary directory.
    public static func temporaryDirectory(_ label: String = "stance") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a folder to a new temporary directory and returns the copy's path.
    public static func copy(_ folder: String) throws -> URL {
        let target = try temporaryDirectory("graph-data").appendingPathComponent("graph-data")
        try FileManager.default.copyItem(atPath: folder, toPath: target.path)
        // Copies of read-only files must stay writable for the tests that corrupt them.
        let enumerator = FileManager.default.enumerator(atPath: target.path)
        while let file = enumerator?.nextObject() as? String {
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: target.appendingPathComponent(file).path)
        }
        return target
    }

    /// A database built from the KORUS graph, once per test process.
    public static let korusDatabase: Result<String, any Error> = Result {
        let path = try temporaryDirectory("korus").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: korusData, to: path)
        return path
    }

    /// Records one change in a database's change log, as an edit made through Stance would.
    public static func recordChange(in database: String) throws {
        let store = try Store(path: database, mode: .readWrite)
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO change_log (coder, time, operation, target) VALUES (?, ?, ?, ?)",
                arguments: ["ann", "2026-11-23T10:00:00Z", "add", "actor:x"])
        }
        try store.close()
    }

    /// A store over a new database holding `graph`.
    /// The team's shared folder (`shared/`: DNA samples, seed articles), which is not part of the repository:
    /// `$STANCE_SHARED`, else `../shared` beside the package, else `/work/shared`; nil when none exists.
    public static let sharedFolder: URL? = {
        let manager = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["STANCE_SHARED"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared"))
        candidates.append(URL(fileURLWithPath: "/work/shared"))
        return candidates.first { manager.fileExists(atPath: $0.appendingPathComponent("interop/dna").path) }
    }()

    /// What a test that needs `shared/` says when it is skipped.
    public static let sharedMissing =
        "no shared/ folder (with interop/dna) beside the package or at /work/shared: set STANCE_SHARED to run these tests"

    public static func store(with graph: GraphContents) throws -> Store {
        let path = try temporaryDirectory("synthetic").appendingPathComponent("graph.sqlite").path
        let store = try Store(path: path, mode: .readWrite)
        try store.write { db in try GraphWriter.insert(graph, into: db) }
        return store
    }
}

/// Runs the built `stance` executable, as a user or a script would.
public enum StanceProcess {
    /// What a run printed and how it ended.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `stance` executable beside the test bundle (SwiftPM builds it for the CLI tests).
    public static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("stance")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestSupport.packageRoot.appendingPathComponent(".build/debug/stance")
    }

    /// Runs `stance ARGUMENTS` in `directory` with `environment` added, feeding `input` on stdin.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: String? = nil
    ) throws -> Result {
        try runTool(executable.path, arguments, in: directory, environment: environment, input: input)
    }

    /// Runs another program (`python3` through `/usr/bin/env`, `git`) the same way.
    public static func runTool(
        _ path: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "STANCE_DB")
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large answer cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
