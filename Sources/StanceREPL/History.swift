import Foundation

/// The REPL's persistent history: one entry per line, bounded, saved atomically.
///
/// Kept in `$XDG_STATE_HOME/stance/history`, else `~/.local/state/stance/history`. Failed queries are
/// kept too: people fix typos from history. Entries with line breaks are stored with `\n` escaped.
public struct History: Sendable {
    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// The most entries kept; older ones are dropped first.
    public let limit: Int
    /// Where the history is saved; nil keeps it in memory only.
    public let path: String?

    public init(path: String?, limit: Int = 1_000) {
        self.path = path
        self.limit = max(1, limit)
        if let path, let data = FileManager.default.contents(atPath: path) {
            entries = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
                $0.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\\", with: "\\")
            }
            trim()
        }
    }

    /// The default history file for `environment`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return (state as NSString).appendingPathComponent("stance/history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".local/state/stance/history")
    }

    /// Adds an entry (not a blank one, nor a repeat of the last one).
    public mutating func add(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, entries.last != line else { return }
        entries.append(line)
        trim()
    }

    private mutating func trim() {
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }

    /// Writes the history to its file through a temporary file and a rename, so a crash never
    /// leaves half a history.
    public func save() throws {
        guard let path else { return }
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let text = entries.map {
            $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
        }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
