import Foundation
import StanceStore

/// Where a command finds its graph: the `graph-data/` folder and the database built from it.
///
/// The default database is `.stance/graph.sqlite` beside `graph-data/` (ignored by git);
/// `--db` and `STANCE_DB` name another one.
public struct Workspace: Sendable {
    public let data: GraphDataFolder
    public let defaultDatabase: String

    public init(data: GraphDataFolder) {
        self.data = data
        let root = (data.path as NSString).deletingLastPathComponent
        defaultDatabase = (root as NSString).appendingPathComponent(".stance/graph.sqlite")
    }

    /// The nearest `graph-data/` in the current directory or above it, named relative to the
    /// current directory when it is inside it.
    public static func locate() -> Workspace? {
        let manager = FileManager.default
        var directory = manager.currentDirectoryPath
        var prefix = ""
        while true {
            let candidate = GraphDataFolder(path: (directory as NSString).appendingPathComponent("graph-data"))
            if candidate.exists {
                let shown = prefix.isEmpty ? "graph-data" : (prefix as NSString).appendingPathComponent("graph-data")
                return Workspace(data: GraphDataFolder(path: shown))
            }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { return nil }
            directory = parent
            prefix = (prefix as NSString).appendingPathComponent("..")
        }
    }

    /// Makes sure the default database exists and reflects `graph-data/`.
    ///
    /// Builds it when missing; rebuilds it when `graph-data/` changed and the database holds no
    /// edits made through Stance; otherwise leaves it alone and returns a notice saying why.
    public func prepareDefaultDatabase() throws -> (path: String, notice: String?) {
        let path = defaultDatabase
        guard FileManager.default.fileExists(atPath: path) else {
            try GraphBuilder.build(from: data, to: path)
            return (path, nil)
        }
        let (digest, unexported, codings) = try Store(path: path, mode: .readOnly).read { db in
            (
                try Meta.value(Meta.graphDataDigest, in: db), try Meta.unexportedChanges(in: db),
                try CodingFiles.unexported(in: db, folder: data)
            )
        }
        guard digest != data.digest() else { return (path, nil) }
        if codings > 0 {
            return (
                path,
                "note: \(data.path) changed since \(path) was built, but the database holds \(codings) coders' "
                    + "coding\(codings == 1 ? "" : "s") (stance assign, code, adjudicate) not yet exported; answering "
                    + "from the database. Run `stance export` to keep them, or `stance build --force` to discard them."
            )
        }
        if unexported > 0 {
            return (
                path,
                "note: \(data.path) changed since \(path) was built, but the database holds "
                    + "\(unexported) change\(unexported == 1 ? "" : "s") not yet exported; answering from the "
                    + "database. Run `stance export` to keep them, or `stance build --force` to discard them."
            )
        }
        try GraphBuilder.build(from: data, to: path)
        return (path, nil)
    }
}
