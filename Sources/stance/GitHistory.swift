import Foundation
import StanceCore
import StanceGraphData

/// What git knows about the `graph-data/` folder: whether it is clean, its commits and their files.
///
/// Runs the `git` command; every answer is nil when git or the repository is not at hand.
struct GitHistory {
    /// The `graph-data/` folder, as a path git is run from.
    let folder: String

    /// Runs `git ARGUMENTS` in the folder; standard output, or nil when it fails.
    func git(_ arguments: [String], input: Data? = nil) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = inputPipe
        do { try process.run() } catch { return nil }
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try? inputPipe.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    /// The commit HEAD is at, when the folder has no uncommitted or untracked change; nil otherwise.
    func cleanCommit() -> (hash: String, date: String)? {
        guard let status = git(["status", "--porcelain", "--untracked-files=all", "--", "."]), status.isEmpty,
            let head = git(["log", "-1", "--format=%H %cI", "--", "."])
        else { return nil }
        let parts = String(decoding: head, as: UTF8.self).split(separator: " ").map(String.init)
        guard parts.count == 2, let commit = git(["rev-parse", "HEAD"]) else { return nil }
        return (String(decoding: commit, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), parts[1])
    }

    /// The newest `limit` commits that touched the folder, newest first, with their commit dates.
    func commits(limit: Int) -> [(hash: String, date: String)] {
        guard let log = git(["log", "-n", String(limit), "--format=%H %cI", "--", "."]) else { return [] }
        return String(decoding: log, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The snapshot of the folder as committed in `commit`, or nil when git cannot say.
    func snapshot(at commit: String) -> GraphSnapshot? {
        guard let prefixData = git(["rev-parse", "--show-prefix"]),
            let tree = git(["ls-tree", "-r", "--name-only", commit, "--", "."])
        else { return nil }
        let prefix = String(decoding: prefixData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let paths = String(decoding: tree, as: UTF8.self).split(separator: "\n").map(String.init)
            .map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
            .filter { path in
                let top = ["actors.yaml", "affiliations.yaml", "annotations.yaml", "issues.yaml"].contains(path)
                let nested = (path.hasPrefix("sources/") && path.hasSuffix(".yaml"))
                    || (path.hasPrefix("articles/") && path.hasSuffix(".txt"))
                return top || (nested && path.split(separator: "/").count == 2)
            }
        var hashes: [String: String] = [:]
        for path in paths {
            guard let data = git(["show", "\(commit):./\(path)"]) else { return nil }
            hashes[path] = SHA256.hex([UInt8](data))
        }
        return hashes.isEmpty ? nil : GraphSnapshot(hashes: hashes)
    }
}
