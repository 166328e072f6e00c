import Foundation
import StanceCore
import StanceStore

/// A content hash of a graph: the same for the same graph on any engine, in any database file.
///
/// The graph is written in its canonical `graph-data/` form (`GraphDataWriter.files`); each file's SHA-256 goes
/// into a manifest in `sha256sum` format (`HEX  PATH`, paths relative to `graph-data/`, sorted by their bytes),
/// and the snapshot is the SHA-256 of that manifest. So a clean `graph-data/` folder gives the same hash with
/// coreutils alone:
///
/// ```sh
/// cd graph-data && find . -path ./changes -prune -o -type f \( -name '*.yaml' -o -name '*.txt' \) -print | sed 's|^\./||' | LC_ALL=C sort \
///   | xargs sha256sum | sha256sum
/// ```
public struct GraphSnapshot: Sendable, Equatable {
    /// Every file of the canonical form with its SHA-256, by path in byte order.
    public let manifest: [(path: String, sha256: String)]
    /// `sha256:` and 64 hex digits.
    public let id: String

    public static func == (lhs: GraphSnapshot, rhs: GraphSnapshot) -> Bool {
        lhs.id == rhs.id
    }

    /// The snapshot of files given by relative path.
    public init(files: [String: String]) {
        self.init(hashes: files.mapValues { SHA256.hex(Array($0.utf8)) })
    }

    /// The snapshot of files given as their SHA-256 by relative path.
    public init(hashes: [String: String]) {
        manifest = hashes.map { (path: $0.key, sha256: $0.value) }
            .sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        let text = manifest.map { "\($0.sha256)  \($0.path)\n" }.joined()
        id = "sha256:" + SHA256.hex(Array(text.utf8))
    }

    /// The snapshot of the graph in `db`.
    public static func of(_ db: SQLConnection) throws -> GraphSnapshot {
        GraphSnapshot(files: GraphDataWriter.files(for: try GraphReader.read(db)))
    }

    /// The snapshot of the files in `folder` as they are on disk (no validation), or nil when it has none.
    public static func of(folder: GraphDataFolder) -> GraphSnapshot? {
        var hashes: [String: String] = [:]
        for file in folder.dataFiles() {
            let path = (folder.path as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            hashes[file] = SHA256.hex([UInt8](data))
        }
        return hashes.isEmpty ? nil : GraphSnapshot(hashes: hashes)
    }

    /// The manifest as `sha256sum` prints it.
    public var manifestText: String {
        manifest.map { "\($0.sha256)  \($0.path)\n" }.joined()
    }

    /// The files that differ from `earlier`: added, removed or changed, by path.
    public func changes(since earlier: GraphSnapshot) -> [(path: String, change: String)] {
        let before = Dictionary(earlier.manifest.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(manifest.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var changes: [(path: String, change: String)] = []
        for path in Set(before.keys).union(after.keys).sorted() {
            switch (before[path], after[path]) {
            case (nil, _): changes.append((path, "added"))
            case (_, nil): changes.append((path, "removed"))
            case (let a, let b) where a != b: changes.append((path, "changed"))
            default: break
            }
        }
        return changes
    }

    /// Whether `text` names this snapshot: the full id, or at least 12 leading hex digits (with or without
    /// `sha256:`).
    public func matches(_ text: String) -> Bool {
        let hex = text.hasPrefix("sha256:") ? String(text.dropFirst(7)) : text
        let mine = String(id.dropFirst(7))
        return hex.count >= 12 && mine.hasPrefix(hex.lowercased())
    }
}
