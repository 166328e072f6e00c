import StanceCore

/// Resolves what a researcher types to name a target: `KIND:ID`, an id, or a name or alias that
/// names exactly one actor or issue.
public enum TargetResolver {
    public static func resolve(_ text: String, in db: SQLConnection) throws -> Graph.Target {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let colon = trimmed.firstIndex(of: ":"), let kind = Graph.Target.Kind(rawValue: String(trimmed[..<colon])) {
            let rest = String(trimmed[trimmed.index(after: colon)...])
            if let slug = Slug(rest), !(try EntityTables.of(kind).snapshot(rest, in: db).isEmpty) {
                return Graph.Target(kind: kind, id: slug)
            }
            if kind == .actor || kind == .issue, let found = try byName(rest, kind: kind, in: db) { return found }
            var message = "no \(kind.rawValue) '\(rest)'"
            let ids = try db.fetchAll(String.self, sql: "SELECT id FROM \(quoted(EntityTables.of(kind).table))")
            if let near = NameMatching.nearest(to: rest, among: ids, limit: 1).first { message += "; did you mean '\(kind.rawValue):\(near)'?" }
            throw EditError.target(message)
        }
        var found: [Graph.Target] = []
        if let slug = Slug(trimmed) {
            for kind in Graph.Target.Kind.allCases where !(try EntityTables.of(kind).snapshot(trimmed, in: db).isEmpty) {
                found.append(Graph.Target(kind: kind, id: slug))
            }
        }
        if found.isEmpty {
            for kind in [Graph.Target.Kind.actor, .issue] {
                if let target = try byName(trimmed, kind: kind, in: db) { found.append(target) }
            }
        }
        if found.count == 1, let target = found.first { return target }
        if found.count > 1 {
            throw EditError.target("'\(trimmed)' could be \(found.map(\.description).joined(separator: " or ")); write KIND:ID")
        }
        throw EditError.target(
            "'\(trimmed)' names nothing; write KIND:ID (actor, issue, source, position, quote, affiliation, annotation) or a unique name")
    }

    private static func byName(_ text: String, kind: Graph.Target.Kind, in db: SQLConnection) throws -> Graph.Target? {
        let ids = try db.fetchAll(String.self, sql: "SELECT DISTINCT target_id FROM name_key WHERE kind = ? AND key = ?",
            arguments: [kind.rawValue, NameMatching.key(text)])
        guard ids.count == 1, let id = ids.first.flatMap(Slug.init) else { return nil }
        return Graph.Target(kind: kind, id: id)
    }

    /// An actor, issue, source or quote id for a reference typed as an id or a unique name.
    public static func reference(_ text: String, _ kind: Graph.Target.Kind, in db: SQLConnection) throws -> Slug {
        if let slug = Slug(text), !(try EntityTables.of(kind).snapshot(text, in: db).isEmpty) { return slug }
        if kind == .actor || kind == .issue, let target = try byName(text, kind: kind, in: db) { return target.id }
        var message = "unknown \(kind.rawValue) '\(text)'"
        let ids = try db.fetchAll(String.self, sql: "SELECT id FROM \(quoted(EntityTables.of(kind).table))")
        if let near = NameMatching.nearest(to: text, among: ids, limit: 1).first { message += "; did you mean '\(near)'?" }
        throw EditError.target(message)
    }

    /// A fresh id for a new entity of `kind`, from a base (`omar-feld-withdrawal`), numbered when taken.
    public static func freshID(_ kind: Graph.Target.Kind, base: String, in db: SQLConnection) throws -> Slug {
        let stem = Slug.make(from: base)?.rawValue ?? kind.rawValue
        var candidate = stem
        var number = 2
        while !(try EntityTables.of(kind).snapshot(candidate, in: db).isEmpty) {
            candidate = "\(stem)-\(number)"
            number += 1
        }
        guard let slug = Slug(candidate) else { throw EditError.invalid(["cannot make an id from '\(base)'; give --id"]) }
        return slug
    }
}
