import Foundation
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
        /// The changes of their log that yours lacked, added to your change log (by stable id, no duplicates).
        public var changesAdded = 0
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

    /// Reads the change log of the other graph: a folder's `changes/` files, a database's change log.
    public static func loadChanges(_ path: String) throws -> [PortableChange] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphDataError.io("nothing to merge at \(path)")
        }
        if isDirectory.boolValue { return try GraphDataFolder(path: path).loadWithChanges().changes }
        return try Store(path: path, mode: .readOnly).read { Change.portable(try Change.fetch($0)) }
    }

    /// Merges `theirs` into the database in one transaction. Their change log (`changes`) goes first: every
    /// change your log lacks (by stable id) is added to it, so the history of both is kept once; then the
    /// entities, each addition logged as yours.
    public func merge(
        _ theirs: GraphContents, changes: [PortableChange] = [], into db: SQLConnection, prefer: Preference?,
        resolved: [String: Preference] = [:]
    ) throws -> Report {
        let mine = try GraphReader.read(db)
        var report = Report()
        report.changesAdded = try Change.append(changes, in: db).count
        func decide(_ conflict: Conflict) -> Preference? {
            resolved[conflict.target] ?? prefer
        }

        // Entities by kind, parents first: new ones are added, differing ones are conflicts.
        try mergeKind(mine.actors, theirs.actors, .actor, Fields.of, Fields.assignments, &report, db, decide) { .add(.actor($0)) }
        let bareSources = { (s: Graph.Source) -> Graph.Source in
            var bare = s
            bare.quotes = []
            bare.positions = []
            return bare
        }
        try mergeKind(mine.sources.map(bareSources), theirs.sources.map(bareSources), .source, Fields.of, Fields.assignments, &report, db, decide) { .add(.source($0)) }
        let myIssues = Dictionary(mine.issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // New issues whose parent and related issues exist go first; the rest follow once those are in.
        var known = Set(mine.issues.map(\.id))
        var pending = theirs.issues.filter { myIssues[$0.id] == nil }
        while !pending.isEmpty {
            let ready = pending.filter { issue in
                (issue.parent.map(known.contains) ?? true) && issue.relations.allSatisfy { known.contains($0.issue) }
            }
            // A cycle among their issues: add the rest without links.
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
        try mergeKind(mine.issues, theirs.issues.filter { myIssues[$0.id] != nil }, .issue, Fields.of, Fields.assignments, &report, db, decide) { _ in .skip }
        try mergeKind(mine.affiliations, theirs.affiliations, .affiliation, Fields.of, Fields.assignments, &report, db, decide) { .add(.affiliation($0)) }
        try mergeKind(mine.quotes, theirs.quotes, .quote, Fields.of, Fields.assignments, &report, db, decide) { .add(.quote($0)) }
        try mergeKind(mine.positions, theirs.positions, .position, Fields.of, Fields.assignments, &report, db, decide) { position in
            // The same coding under another id, with another stance: a disagreement between coders.
            guard let twin = mine.positions.first(where: {
                $0.actor == position.actor && $0.issue == position.issue && $0.source == position.source
                    && $0.date == position.date && $0.stance != position.stance
            }) else { return .add(.position(position)) }
            let conflict = Conflict(
                target: "position:\(twin.id)",
                reason: "same actor, issue and source coded as \(twin.stance.rawValue) here and \(position.stance.rawValue) there (their id \(position.id))",
                mine: Fields.of(twin), theirs: Fields.of(position))
            return .conflict(conflict, [("stance", position.stance.rawValue)])
        }
        try mergeKind(mine.annotations, theirs.annotations, .annotation, Fields.of, { _, b in [("text", b.text)] }, &report, db, decide) { .add(.annotation($0)) }
        return report
    }

    /// What to do with an entity only they have.
    enum Incoming {
        case add(Editor.NewEntity)
        case conflict(Conflict, [(field: String, value: String)])
        case skip
    }

    /// Compares one kind by id: `addNew` for what only they have, a conflict for what differs.
    private func mergeKind<T: Identifiable & Equatable>(
        _ mine: [T], _ theirs: [T], _ kind: Graph.Target.Kind, _ fields: (T) -> [String: String],
        _ assignments: (T, T) -> [(field: String, value: String)], _ report: inout Report, _ db: SQLConnection,
        _ decide: (Conflict) -> Preference?, incoming: (T) -> Incoming
    ) throws where T.ID == Slug {
        let existing = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in theirs {
            guard let current = existing[item.id] else {
                switch incoming(item) {
                case .add(let entity):
                    try add(db, entity, &report)
                case .conflict(var conflict, let edits):
                    conflict.resolution = decide(conflict)
                    try settle(conflict, replace: edits, &report, db)
                case .skip:
                    break
                }
                continue
            }
            if current == item {
                report.unchanged += 1
                continue
            }
            var conflict = Conflict(
                target: "\(kind.rawValue):\(item.id)", reason: "same id, other content", mine: fields(current), theirs: fields(item))
            conflict.resolution = decide(conflict)
            try settle(conflict, replace: assignments(current, item), &report, db)
        }
    }

    /// Adds one entity of theirs through the editor: validated and logged. The caller's
    /// transaction makes the merge all or nothing.
    private func add(_ db: SQLConnection, _ entity: Editor.NewEntity, _ report: inout Report) throws {
        let change = try editor.add(entity, in: db)
        report.added.append(change.target)
    }

    private func settle(_ conflict: Conflict, replace assignments: [(field: String, value: String)], _ report: inout Report, _ db: SQLConnection) throws {
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
