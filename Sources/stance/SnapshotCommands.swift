import ArgumentParser
import Foundation
import StanceCore
import StanceGraphData
import StanceStore

/// `stance snapshot`: the content hash of the graph.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print the graph's snapshot: a SHA-256 over its canonical graph-data/ form.",
        discussion: """
            The same graph gives the same snapshot in any database file and on any engine. For a clean
            graph-data/ folder it equals, with coreutils alone:
              cd graph-data && find . -type f \\( -name '*.yaml' -o -name '*.txt' \\) | sed 's|^\\./||' \\
                | LC_ALL=C sort | xargs sha256sum | sha256sum
            --manifest prints the per-file hashes that go into it (sha256sum format).
            """)

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print the manifest (one SHA-256 per canonical file) instead.") var manifest = false

    func run() throws {
        let store = try database.open(.readOnly)
        let snapshot = try store.read { try GraphSnapshot.of($0) }
        print(manifest ? snapshot.manifestText : snapshot.id, terminator: manifest ? "" : "\n")
    }
}

/// `stance verify SNAPSHOT`: whether the graph is that snapshot, and if not, what changed since.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Say whether the graph is a given snapshot; if not, what changed since.",
        discussion: """
            Exit status 0 when the graph is the snapshot, 1 when it is not (like cmp). To say what
            changed, the snapshot is looked for in the git history of graph-data/ (the newest 200
            commits touching it); when found, the files changed since that commit and the database's
            change-log entries after it are listed.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The snapshot: sha256:HEX, or at least 12 leading hex digits.") var snapshot: String

    func validate() throws {
        let hex = snapshot.hasPrefix("sha256:") ? String(snapshot.dropFirst(7)) : snapshot
        guard hex.count >= 12, hex.count <= 64, hex.allSatisfy(\.isHexDigit) else {
            throw ValidationError(
                "'\(snapshot)' is not a snapshot; expected sha256: and 64 hex digits (or at least 12 of them)")
        }
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let current = try store.read { try GraphSnapshot.of($0) }
        if current.matches(snapshot) {
            print("the graph is snapshot \(current.id)")
            return
        }
        print("the graph is not snapshot \(snapshot); it is \(current.id)")
        guard let folder = Workspace.locate()?.data.path else {
            print("no graph-data/ folder here to search its git history for \(snapshot)")
            throw ExitCode(1)
        }
        let history = GitHistory(folder: folder)
        let commits = history.commits(limit: 200)
        guard let found = commits.lazy.compactMap({ c in history.snapshot(at: c.hash).map { (c, $0) } })
            .first(where: { $0.1.matches(snapshot) })
        else {
            print("\(snapshot) is not graph-data/ at any of its last \(commits.count) commits; cannot say what changed")
            throw ExitCode(1)
        }
        let (commit, earlier) = found
        print("\(snapshot) is graph-data/ at commit \(commit.hash) (\(commit.date)); changed since:")
        let changes = current.changes(since: earlier)
        for change in changes { print("  \(change.change) \(change.path)") }
        let log = try store.read { try Change.fetch($0, since: commit.date) }
        if !log.isEmpty {
            print("change log entries since then: \(log.count)")
            for change in log.suffix(20) {
                print("  #\(change.id) \(change.time) \(change.coder) \(change.operation) \(change.target)")
            }
        }
        throw ExitCode(1)
    }
}

/// `stance cite`: a methods paragraph and a BibTeX entry for the graph as it is.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Print a methods-section paragraph and a BibTeX entry naming the graph's snapshot.",
        discussion: """
            Counts, coders and the snapshot come from the database; the git commit is named when
            graph-data/ is clean (nothing uncommitted) and holds exactly the database's graph.
            Example: stance cite --title "KORUS stakeholder positions, 2017-18"
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The graph's name in the citation.") var title = "Stance position graph"

    func run() throws {
        let store = try database.open(.readOnly)
        let (snapshot, stats, coders) = try store.read { db in
            (
                try GraphSnapshot.of(db), try Statistics.read(db),
                try db.fetchAll("SELECT coder, count(*) AS n FROM position GROUP BY coder ORDER BY n DESC, coder")
                    .map { (name: $0["coder"] as String, positions: $0["n"] as Int) }
            )
        }
        var commit: (hash: String, date: String)?
        var commitNote = "graph-data/ is not in a clean git checkout, so no commit is named"
        if let workspace = Workspace.locate() {
            let onDisk = GraphSnapshot.of(folder: workspace.data)
            if onDisk != snapshot {
                commitNote = "the database differs from \(workspace.data.path) (changes not exported), so no commit is named"
            } else if let clean = GitHistory(folder: workspace.data.path).cleanCommit() {
                commit = clean
            }
        }
        let today = String(Editor.timestamp(Date()).prefix(10))
        let short = String(snapshot.id.dropFirst(7).prefix(12))
        let coderList = coders.map { "\($0.name) (\($0.positions))" }.joined(separator: ", ")
        var paragraph = "Positions were coded and analysed with Stance. The graph \"\(title)\" holds "
            + "\(stats.positions) positions of \(stats.actors) actors on \(stats.issues) issues, coded from "
            + "\(stats.sources) sources with \(stats.quotes) verbatim quotes (coders, with their numbers of positions: "
            + "\(coderList.isEmpty ? "none" : coderList)). The analyses use snapshot \(snapshot.id) of the graph "
            + "(retrieved \(today))"
        if let commit { paragraph += ", graph-data/ at git commit \(commit.hash)" }
        paragraph += "; `stance verify \(snapshot.id)` checks that a copy of the data is this version."
        print(paragraph)
        if commit == nil { print("(\(commitNote).)") }
        print("")
        let year = today.prefix(4)
        var note = "Snapshot \(snapshot.id); \(stats.actors) actors, \(stats.issues) issues, \(stats.positions) positions, "
            + "\(stats.sources) sources, \(stats.quotes) quotes"
        if let commit { note += "; git commit \(commit.hash)" }
        print(
            """
            @misc{stance-\(short),
              title = {\(Self.bibtex(title))},
              author = {\(Self.bibtex(coders.map(\.name).joined(separator: " and ")))},
              year = {\(year)},
              note = {\(Self.bibtex(note))},
              urldate = {\(today)}
            }
            """)
    }

    /// `text` with BibTeX's special characters escaped.
    static func bibtex(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "{", "}", "%", "&", "$", "#", "_": out += "\\\(character)"
            case "\\": out += "\\textbackslash{}"
            default: out.append(character)
            }
        }
        return out
    }
}
