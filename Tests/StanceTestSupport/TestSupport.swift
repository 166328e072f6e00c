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

    /// A store over a new database holding `graph`.
    public static func store(with graph: GraphContents) throws -> Store {
        let path = try temporaryDirectory("synthetic").appendingPathComponent("graph.sqlite").path
        let store = try Store(path: path, mode: .readWrite)
        try store.write { db in try GraphWriter.insert(graph, into: db) }
        return store
    }
}
