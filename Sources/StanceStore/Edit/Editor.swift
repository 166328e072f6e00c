import Foundation
import StanceCore

/// Attributed writes to a graph: add, edit, remove, annotate and undo, each validated and
/// recorded in the change log in the same transaction, so nothing a researcher enters is lost.
///
/// ```swift
/// let editor = try Editor(coder: "ann")
/// try store.write { db in try editor.add(.actor(omar), in: db) }
/// ```
public struct Editor: Sendable {
    /// Who makes the changes.
    public let coder: String
    /// The current time as ISO 8601 UTC (injectable for tests).
    public var now: @Sendable () -> String = { Editor.timestamp(Date()) }

    /// - throws: `EditError.noCoder` for an empty coder.
    public init(coder: String?) throws {
        guard let coder = coder?.trimmingCharacters(in: .whitespaces), !coder.isEmpty else { throw EditError.noCoder }
        self.coder = coder
    }

    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A new entity for `add`.
    public enum NewEntity: Sendable {
        case actor(Graph.Actor)
        case issue(Graph.Issue)
        case source(Graph.Source)
        case quote(Graph.Quote)
        case position(Graph.Position)
        case affiliation(Graph.Affiliation)
        case annotation(Graph.Annotation)

        var target: Graph.Target {
            switch self {
            case .actor(let a): return Graph.Target(kind: .actor, id: a.id)
            case .issue(let i): return Graph.Target(kind: .issue, id: i.id)
            case .source(let s): return Graph.Target(kind: .source, id: s.id)
            case .quote(let q): return Graph.Target(kind: .quote, id: q.id)
            case .position(let p): return Graph.Target(kind: .position, id: p.id)
            case .affiliation(let f): return Graph.Target(kind: .affiliation, id: f.id)
            case .annotation(let n): return Graph.Target(kind: .annotation, id: n.id)
            }
        }
    }

    /// Validates and inserts a new entity, and logs it. Call inside `store.write`.
    @discardableResult
    public func add(_ entity: NewEntity, in db: SQLConnection) throws -> Change {
        try add([entity], in: db)
    }

    /// Validates and inserts several new entities, parents first (a quote, then the position citing it), and logs
    /// them as ONE change targeting the last: one undo takes them all back. Any refusal rolls back the caller's
    /// transaction, so a refused position leaves no quote.
    @discardableResult
    public func add(_ entities: [NewEntity], in db: SQLConnection) throws -> Change {
        guard let last = entities.last else { throw EditError.invalid(["nothing to add"]) }
        var parts: [Snapshot.Part] = []
        for entity in entities { parts += try insert(entity, in: db).parts }
        let target = last.target
        return try log(
            db, operation: target.kind == .annotation ? "annotate" : "add", target: target, before: Snapshot(parts: []),
            after: Snapshot(parts: parts))
    }

    /// Validates and inserts one new entity; its stored rows.
    private func insert(_ entity: NewEntity, in db: SQLConnection) throws -> Snapshot {
        let target = entity.target
        var problems = try Validation(db: db).check(entity)
        if Editor.holdsNUL(entity) {
            problems.append("a value holds a NUL character, which SQLite text cannot keep")
        }
        if try exists(target, in: db) {
            problems.insert("\(target.kind.rawValue) id '\(target.id)' is already taken", at: 0)
        }
        guard problems.isEmpty else { throw EditError.invalid(problems) }
        switch entity {
        case .actor(let a): try GraphWriter.insert(a, into: db)
        case .issue(let i): try GraphWriter.insert(i, into: db)
        case .source(let s): try GraphWriter.insert(s, into: db)
        case .quote(let q):
            let text = try db.fetchOne(String.self, sql: "SELECT date FROM source WHERE id = ?", arguments: [q.source.rawValue])
            guard let date = text.flatMap(PartialDate.init) else { throw EditError.invalid(["source '\(q.source)' has no date"]) }
            try GraphWriter.insert(q, sourceDate: date, into: db)
        case .position(let p): try GraphWriter.insert(p, into: db)
        case .affiliation(let f): try GraphWriter.insert(f, into: db)
        case .annotation(let n): try GraphWriter.insert(n, into: db)
        }
        try NameKeys.update(target.kind, target.id.rawValue, in: db)
        let after = try EntityTables.of(target.kind).snapshot(target.id.rawValue, in: db)
        let blank = Editor.blankTexts(after)
        guard blank.isEmpty else { throw EditError.invalid(blank) }
        return after
    }

    /// The version of `target`: the number of the newest change made to it (0 when the graph was built
    /// with it and nobody has changed it since). A writer that read version N passes N back as
    /// `ifVersion`, and the write is refused if someone changed the entity in between.
    public static func version(of target: Graph.Target, in db: SQLConnection) throws -> Int {
        try db.fetchOne(Int.self, sql: "SELECT max(id) FROM change_log WHERE target = ?", arguments: [target.description]) ?? 0
    }

    /// Refuses the write when `target` is no longer at `expected`, with what changed since.
    private func check(_ target: Graph.Target, isAt expected: Int?, stored: Snapshot, in db: SQLConnection) throws {
        guard let expected else { return }
        let current = try Editor.version(of: target, in: db)
        guard current != expected else { return }
        let latest = try Change.fetch(db, id: current).first
        throw EditError.conflict(
            target: target.description, expected: expected, current: current,
            by: latest.map { "#\($0.id) \($0.operation) by \($0.coder) at \($0.time)" } ?? "an earlier build",
            stored: stored.json)
    }

    /// Changes fields of an entity (`stance edit TARGET FIELD=VALUE …`), validated, and logs it.
    ///
    /// With `ifVersion`, the edit is refused (`EditError.conflict`, nothing written) when someone changed
    /// the entity since the writer read that version: no update is silently lost.
    @discardableResult
    public func edit(
        _ target: Graph.Target, _ assignments: [(field: String, value: String)], ifVersion: Int? = nil,
        in db: SQLConnection
    ) throws -> Change {
        let tables = EntityTables.of(target.kind)
        let before = try tables.snapshot(target.id.rawValue, in: db)
        guard !before.isEmpty else { throw EditError.target("\(target) does not exist") }
        try check(target, isAt: ifVersion, stored: before, in: db)
        try FieldEditor(target: target, db: db).apply(assignments)
        let moved = try tables.snapshot(target.id.rawValue, in: db)
        try GraphWriter.recomputeDates(db, sources: GraphWriter.sources(in: [before, moved]))
        try NameKeys.update(target.kind, target.id.rawValue, in: db)
        let after = try tables.snapshot(target.id.rawValue, in: db)
        let problems = try Validation(db: db).check(stored: target) + Editor.blankTexts(after)
        guard problems.isEmpty else { throw EditError.invalid(problems) }
        return try log(db, operation: "edit", target: target, before: before, after: after)
    }

    /// What refers to `target` (positions, quotes, affiliations, annotations, issues).
    public func references(to target: Graph.Target, in db: SQLConnection) throws -> [Graph.Target] {
        try References.to(target, in: db)
    }

    /// Removes an entity, refusing while something refers to it unless `cascade`, in which case
    /// everything that refers to it (recursively) goes too, in one logged change.
    @discardableResult
    public func remove(_ target: Graph.Target, cascade: Bool, ifVersion: Int? = nil, in db: SQLConnection) throws -> Change {
        if ifVersion != nil {
            try check(target, isAt: ifVersion, stored: try EntityTables.of(target.kind).snapshot(target.id.rawValue, in: db), in: db)
        }
        let direct = try References.to(target, in: db)
        if !direct.isEmpty, !cascade {
            throw EditError.referenced(target: target.description, by: direct.map(\.description))
        }
        let all = try References.deletionOrder(of: target, in: db)  // dependents before what they refer to
        var parts: [Snapshot.Part] = []
        for entity in all.reversed() {  // the snapshot is kept in insertion order, parents first
            parts += try EntityTables.of(entity.kind).snapshot(entity.id.rawValue, in: db).parts
        }
        let before = Snapshot(parts: parts)
        guard !before.isEmpty else { throw EditError.target("\(target) does not exist") }
        for entity in all {
            try EntityTables.of(entity.kind).delete(entity.id.rawValue, in: db)
        }
        for entity in all { try NameKeys.update(entity.kind, entity.id.rawValue, in: db) }
        return try log(db, operation: "remove", target: target, before: before, after: Snapshot(parts: []))
    }

    /// Undoes change `id` (this coder's latest change when nil): the entities it touched go back to how
    /// they were before it. Refused when a later change depends on them; the undo is logged.
    ///
    /// A coder takes back their own changes; `anyCoder` (an admin's `--any`) allows anyone's, and makes
    /// "the latest change" the latest of all coders.
    @discardableResult
    public func undo(_ id: Int?, anyCoder: Bool = false, in db: SQLConnection) throws -> Change {
        let all = try Change.fetch(db)
        let change: Change
        if let id {
            guard let found = all.first(where: { $0.id == id }) else { throw EditError.noChange("there is no change #\(id)") }
            guard anyCoder || found.coder == coder else {
                throw EditError.notYours(change: found.id, coder: found.coder)
            }
            change = found
        } else {
            // Successive undos walk back: the newest change that is not an undo and is not undone.
            let undone = Change.undoneIDs(all)
            guard let found = all.last(where: {
                $0.undoes == nil && !undone.contains($0.id) && (anyCoder || $0.coder == coder)
            }) else {
                throw EditError.noChange(
                    anyCoder ? "there is nothing to undo" : "\(coder) has no change to undo (--any takes back anyone's)")
            }
            change = found
        }
        let beforeEntities = Change.entities(in: change.before)
        let afterEntities = Change.entities(in: change.after)
        if try !Editor.isCurrent(change, in: db) {
            let touched = Set(beforeEntities + afterEntities)
            let later = all.filter { $0.id > change.id }.filter { other in
                let mentioned = Set(Change.entities(in: other.before) + Change.entities(in: other.after))
                return !mentioned.isDisjoint(with: touched) || References.mentions(other, anyOf: touched)
            }
            throw EditError.blocked(
                change: change.id,
                by: later.map { "#\($0.id) \($0.operation) \($0.target) by \($0.coder) at \($0.time)" })
        }
        // Entities created by the change go, newest dependents first.
        for entity in afterEntities.reversed() where !beforeEntities.contains(entity) {
            try EntityTables.of(entity.kind).delete(entity.id.rawValue, in: db)
        }
        // Entities it changed go back to their earlier rows.
        for entity in beforeEntities where afterEntities.contains(entity) {
            try EntityTables.of(entity.kind).restore(entity.id.rawValue, to: change.before.subset(for: entity), in: db)
        }
        // Entities it removed come back, parents first.
        for entity in beforeEntities where !afterEntities.contains(entity) {
            try change.before.subset(for: entity).insert(into: db)
        }
        try GraphWriter.recomputeDates(db, sources: GraphWriter.sources(in: [change.before, change.after]))
        for entity in Set(beforeEntities + afterEntities) { try NameKeys.update(entity.kind, entity.id.rawValue, in: db) }
        guard let target = Graph.Target(change.target) else {
            throw EditError.noChange("change #\(change.id) names no valid target ('\(change.target)')")
        }
        return try log(db, operation: "undo #\(change.id)", target: target, before: change.after, after: change.before)
    }

    /// Whether what `change` wrote is still what is stored: its entities as it left them, the
    /// ones it removed still absent, and nothing outside it referring to what it created.
    static func isCurrent(_ change: Change, in db: SQLConnection) throws -> Bool {
        let before = Change.entities(in: change.before)
        let after = Change.entities(in: change.after)
        for entity in after {
            let stored = try EntityTables.of(entity.kind).snapshot(entity.id.rawValue, in: db)
            if !stored.sameRows(as: change.after.subset(for: entity)) { return false }
            if !before.contains(entity) {
                let outside = try References.to(entity, in: db).filter { !after.contains($0) }
                if !outside.isEmpty { return false }
            }
        }
        for entity in before where !after.contains(entity) {
            if !(try EntityTables.of(entity.kind).snapshot(entity.id.rawValue, in: db).isEmpty) { return false }
        }
        return true
    }

    /// Whether any text inside `value` (found by reflection) holds a NUL, which SQLite would cut.
    /// A text that is only spaces, tabs or line breaks, wherever it is stored: `graph-data/` cannot hold one (its
    /// reader refuses blank values), so `stance export` would write a folder `stance build` refuses.
    static func blankTexts(_ snapshot: Snapshot) -> [String] {
        var problems: [String] = []
        for part in snapshot.parts {
            for row in part.rows {
                for (column, value) in row.sorted(by: { $0.key < $1.key }) {
                    guard case .text(let text) = value, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    else { continue }
                    let field = part.table.hasSuffix("_alias") ? "an alias" : "the field '\(column)'"
                    problems.append("\(field) is blank (only spaces or line breaks); leave it out instead")
                }
            }
        }
        return problems
    }

    static func holdsNUL(_ value: Any) -> Bool {
        if let text = value as? String { return text.unicodeScalars.contains("\u{0}") }
        return Mirror(reflecting: value).children.contains { holdsNUL($0.value) }
    }

    private func exists(_ target: Graph.Target, in db: SQLConnection) throws -> Bool {
        !(try EntityTables.of(target.kind).snapshot(target.id.rawValue, in: db).isEmpty)
    }

    private func log(_ db: SQLConnection, operation: String, target: Graph.Target, before: Snapshot, after: Snapshot) throws -> Change {
        let time = now()
        let id = try Change.record(db, coder: coder, operation: operation, target: target.description, before: before, after: after, time: time)
        return Change(id: id, coder: coder, time: time, operation: operation, target: target.description, before: before, after: after)
    }
}
