import Foundation
import GRDB
import StanceCore
import StanceStore
import Yams

/// Merges a colleague's graph (a `graph-data/` folder or a database) into yours: what is new is
/// added (validated and logged), and every conflict is reported instead of overwritten.
///
/// A conflict is the same id with other content, or the same (actor, issue, source) coded with
/// another stance. Conflicts change nothing unless a preference (`mine` or `theirs`) or a
/// resolved conflict file says which side wins.
public struct Merger {
    public enum Preference: String, Sendable, CaseIterable {
        case mine, theirs
    }

    /// One disagreement between the two graphs.
    public struct Conflict: Sendable, Equatable {
        /// `KIND:ID` of the entity in your graph.
        public var target: String
        public var reason: String
        public var mine: [String: String]
        public var theirs: [String: String]
        /// How the researcher resolved it in the conflict file, if they did.
        public var resolution: Preference?
    }

    /// What a merge did.
    public struct Report: Sendable {
        public var added: [String] = []
        public var replaced: [String] = []
        public var conflicts: [Conflict] = []
        public var unchanged = 0
    }

    let editor: Editor

    public init(editor: Editor) {
        self.editor = editor
    }

    /// Reads the other graph: a folder is validated as `stance build` would; a file is a database.
    public static func load(_ path: String) throws -> GraphContents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphDataError.io("nothing to merge at \(path)")
        }
        if isDirectory.boolValue { return try GraphDataFolder(path: path).load() }
        return try Store(path: path, mode: .readOnly).read { try GraphReader.read($0) }
    }

    /// Merges `theirs` into the database in one transaction.
    public func merge(_ theirs: GraphContents, into db: Database, prefer: Preference?, resolved: [String: Preference] = [:])
        throws -> Report
    {
        let mine = try GraphReader.read(db)
        var report = Report()
        func decide(_ conflict: Conflict) -> Preference? {
            resolved[conflict.target] ?? prefer
        }

        // Entities by kind, parents first: new ones are added, differing ones are conflicts.
        let myActors = Dictionary(mine.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for actor in theirs.actors {
            guard let existing = myActors[actor.id] else {
                try add(db, .actor(actor), &report)
                continue
            }
            if existing == actor { report.unchanged += 1; continue }
            var conflict = Conflict(target: "actor:\(actor.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(actor))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: Fields.assignments(from: existing, to: actor), &report, db)
        }
        let mySources = Dictionary(mine.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for source in theirs.sources {
            guard let existing = mySources[source.id] else {
                var bare = source
                bare.quotes = []
                bare.positions = []
                try add(db, .source(bare), &report)
                continue
            }
            var a = existing, b = source
            a.quotes = []; a.positions = []; b.quotes = []; b.positions = []
            if a == b { report.unchanged += 1; continue }
            var conflict = Conflict(target: "source:\(source.id)", reason: "same id, other content", mine: Fields.of(a), theirs: Fields.of(b))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: Fields.assignments(from: a, to: b), &report, db)
        }
        let myIssues = Dictionary(mine.issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // New issues whose parent and related issues exist go first; the rest follow once those are in.
        var known = Set(mine.issues.map(\.id))
        var pending = theirs.issues.filter { myIssues[$0.id] == nil }
        while !pending.isEmpty {
            let ready = pending.filter { issue in
                (issue.parent.map(known.contains) ?? true) && issue.relations.allSatisfy { known.contains($0.issue) }
            }
            // A cycle among their issues: add the rest without links and say so in the report.
            let batch = ready.isEmpty ? pending.map { issue -> Graph.Issue in
                var bare = issue
                bare.parent = nil
                bare.relations = []
                return bare
            } : ready
            for issue in batch {
                try add(db, .issue(issue), &report)
                known.insert(issue.id)
            }
            let done = Set(batch.map(\.id))
            pending.removeAll { done.contains($0.id) }
        }
        for issue in theirs.issues {
            guard let existing = myIssues[issue.id] else { continue }
            if existing == issue { report.unchanged += 1; continue }
            var conflict = Conflict(target: "issue:\(issue.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(issue))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: Fields.assignments(from: existing, to: issue), &report, db)
        }
        let myAffiliations = Dictionary(mine.affiliations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for affiliation in theirs.affiliations {
            guard let existing = myAffiliations[affiliation.id] else { try add(db, .affiliation(affiliation), &report); continue }
            if existing == affiliation { report.unchanged += 1; continue }
            var conflict = Conflict(target: "affiliation:\(affiliation.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(affiliation))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: Fields.assignments(from: existing, to: affiliation), &report, db)
        }
        let myQuotes = Dictionary(mine.quotes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for quote in theirs.quotes {
            guard let existing = myQuotes[quote.id] else { try add(db, .quote(quote), &report); continue }
            if existing == quote { report.unchanged += 1; continue }
            var conflict = Conflict(target: "quote:\(quote.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(quote))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: Fields.assignments(from: existing, to: quote), &report, db)
        }
        let myPositions = Dictionary(mine.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for position in theirs.positions {
            if let existing = myPositions[position.id] {
                if existing == position { report.unchanged += 1; continue }
                var conflict = Conflict(target: "position:\(position.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(position))
                conflict.resolution = decide(conflict)
                try settle(conflict, replace: Fields.assignments(from: existing, to: position), &report, db)
                continue
            }
            // The same coding under another id, with another stance: a disagreement between coders.
            if let twin = mine.positions.first(where: {
                $0.actor == position.actor && $0.issue == position.issue && $0.source == position.source
                    && $0.date == position.date && $0.stance != position.stance
            }) {
                var conflict = Conflict(
                    target: "position:\(twin.id)", reason: "same actor, issue and source coded as \(twin.stance.rawValue) here and \(position.stance.rawValue) there (their id \(position.id))",
                    mine: Fields.of(twin), theirs: Fields.of(position))
                conflict.resolution = decide(conflict)
                try settle(conflict, replace: [("stance", position.stance.rawValue)], &report, db)
                continue
            }
            try add(db, .position(position), &report)
        }
        let myNotes = Dictionary(mine.annotations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for note in theirs.annotations {
            guard let existing = myNotes[note.id] else { try add(db, .annotation(note), &report); continue }
            if existing == note { report.unchanged += 1; continue }
            var conflict = Conflict(target: "annotation:\(note.id)", reason: "same id, other content", mine: Fields.of(existing), theirs: Fields.of(note))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: [("text", note.text)], &report, db)
        }
        return report
    }

    /// Adds one entity of theirs through the editor: validated and logged. The caller's
    /// transaction makes the merge all or nothing.
    private func add(_ db: Database, _ entity: Editor.NewEntity, _ report: inout Report) throws {
        let change = try editor.add(entity, in: db)
        report.added.append(change.target)
    }

    private func settle(_ conflict: Conflict, replace assignments: [(field: String, value: String)], _ report: inout Report, _ db: Database) throws {
        switch conflict.resolution {
        case .theirs?:
            guard let target = Graph.Target(conflict.target) else { return }
            if !assignments.isEmpty { try editor.edit(target, assignments, in: db) }
            report.replaced.append(conflict.target)
        case .mine?:
            report.unchanged += 1
        case nil:
            report.conflicts.append(conflict)
        }
    }
}
