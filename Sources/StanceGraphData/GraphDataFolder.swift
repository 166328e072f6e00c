import Foundation
import StanceCore
import StanceStore

/// A `graph-data/` folder: reading it (all-or-nothing validated) and fingerprinting it.
public struct GraphDataFolder: Sendable {
    /// The folder's path as the user named it; reported paths start with it.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Whether the folder looks like graph data (it holds `actors.yaml`).
    public var exists: Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("actors.yaml"))
    }

    /// Reads and validates the whole folder.
    ///
    /// - throws: `GraphDataError.invalid` with every problem found, sorted by file and line.
    public func load() throws -> GraphContents {
        try loadWithChanges().graph
    }

    /// Reads and validates the whole folder, the change log in `changes/` (in log order) and the coders' codings
    /// in `codings/` too.
    ///
    /// - throws: `GraphDataError.invalid` with every problem found, sorted by file and line.
    public func loadWithChanges() throws -> (graph: GraphContents, changes: [PortableChange], codings: [Codings.Assignment]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw GraphDataError.folderNotFound(path) }
        let reader = GraphDataReader(folder: path)
        let graph = reader.read()
        GraphValidator(graph: graph, map: reader.map, log: reader.log).validate()
        let changes = reader.readChanges()
        let codings = reader.readCodings(graph: graph)
        let diagnostics = Array(Set(reader.diagnostics)).sorted()
        guard diagnostics.isEmpty else { throw GraphDataError.invalid(diagnostics) }
        return (graph, changes, codings)
    }

    /// A fingerprint of every file `stance build` reads, the change log's too (FNV-1a over sorted paths and
    /// contents), to tell whether the folder changed since a database was built from it.
    public func digest() -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        for file in dataFiles() + ChangeFiles.names(in: path) + CodingFiles.names(in: path) {
            mix(file.utf8)
            mix([0])
            if let data = FileManager.default.contents(atPath: (path as NSString).appendingPathComponent(file)) {
                mix(data)
            }
            mix([0xFF])
        }
        return String(hash, radix: 16)
    }

    /// The relative paths of the files that make up the graph, sorted: what `stance build` reads but the change
    /// log (`changes/`), which is history, and coders' codings (`codings/`), which are not yet the graph.
    func dataFiles() -> [String] {
        var files = ["actors.yaml", "affiliations.yaml", "annotations.yaml", "issues.yaml"]
        for sub in ["sources", "articles"] {
            let dir = (path as NSString).appendingPathComponent(sub)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".txt") }.map { "\(sub)/\($0)" }
        }
        return files.sorted()
    }
}
