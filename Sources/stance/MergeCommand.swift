import ArgumentParser
import Foundation
import StanceGraphData
import StanceStore

extension Merger.Preference: ExpressibleByArgument {}

/// `stance merge OTHER`: take in a colleague's graph-data/ folder or database.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge a colleague's graph-data/ folder or database into yours; conflicts are reported, not overwritten.",
        discussion: """
            New actors, issues, sources, quotes, positions, affiliations and annotations are added, \
            validated and logged (so each can be undone). A conflict is the same id with other content, \
            or the same actor, issue, source and date coded with another stance; conflicts change \
            nothing and go to a conflict file, unless --prefer says which side wins. Set each \
            resolve: line in that file to mine or theirs and run the merge again with --resolved FILE.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions

    @Argument(help: "The other graph: a graph-data folder or a database file.") var other: String
    @Option(help: "Which side wins every conflict: mine or theirs.") var prefer: Merger.Preference?
    @Option(help: ArgumentHelp("A conflict file with resolve: lines filled in.", valueName: "file")) var resolved: String?
    @Option(help: ArgumentHelp("Where to write unresolved conflicts.", valueName: "file"))
    var conflicts: String = "merge-conflicts.yaml"

    func run() throws {
        let editor = try coder.editor()
        let theirs = try Merger.load(other)
        let theirChanges = try Merger.loadChanges(other)
        var resolutions: [String: Merger.Preference] = [:]
        if let resolved {
            guard let data = FileManager.default.contents(atPath: resolved) else {
                throw UsageError(message: "cannot read \(resolved)")
            }
            resolutions = try ConflictFile.read(String(decoding: data, as: UTF8.self), file: resolved)
        }
        let store = try database.open(.readWrite)
        let report = try store.write { db in
            try Merger(editor: editor).merge(theirs, changes: theirChanges, into: db, prefer: prefer, resolved: resolutions)
        }
        try store.close()
        print("merged \(other): \(report.added.count) added, \(report.replaced.count) replaced, \(report.unchanged) unchanged, \(report.conflicts.count) conflicts; \(report.changesAdded) of their logged changes added to the change log")
        if !report.conflicts.isEmpty {
            try Output.write(ConflictFile.write(report.conflicts), to: conflicts)
            print("conflicts written to \(conflicts): set each resolve: to mine or theirs, then run")
            print("  stance merge \(other) --resolved \(conflicts)")
        }
    }
}
