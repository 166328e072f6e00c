import StanceCore

/// What the parser asks to resolve names: the ids a lookup key names, and every known label.
///
/// The store-backed directory answers with one indexed lookup per key; tests use
/// `InMemoryNameDirectory`.
public protocol NameDirectory {
    /// The entities of `kind` whose id, name or alias has this `NameMatching.key`.
    func lookup(_ kind: NameKind, key: String) throws -> [NamedEntity]
    /// Every id, name and alias of `kind` (for "did you mean" and completion).
    func labels(_ kind: NameKind) throws -> [String]
    /// The graph's central issue: the one that most issues name as their parent (KORUS), if one
    /// does uniquely. Everyday names ("the agreement", "the deal", "the FTA") mean it.
    func centralIssue() throws -> NamedEntity?
}

extension NameDirectory {
    public func centralIssue() throws -> NamedEntity? { nil }
}

/// Which sort of name a query slot expects.
public enum NameKind: String, Sendable {
    case actor, issue
    /// A source by its id, title or outlet (`according to nyt-2018-01-04`, `in the New York Times`):
    /// a lookup may name several sources, all of one outlet.
    case source
}

/// An actor or issue a name resolves to.
public struct NamedEntity: Sendable, Equatable, Hashable {
    public var id: Slug
    public var name: String
    /// The actor kind (`person`, …); nil for issues.
    public var kind: String?

    public init(id: Slug, name: String, kind: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A directory held in memory, for tests and small graphs.
public struct InMemoryNameDirectory: NameDirectory {
    private var entries: [NameKind: [String: [NamedEntity]]] = [:]
    private var allLabels: [NameKind: [String]] = [:]
    private var central: NamedEntity?
    private var outlets: [(key: String, entity: NamedEntity)] = []

    public init(actors: [Graph.Actor], issues: [Graph.Issue], sources: [Graph.Source] = []) {
        for s in sources {
            let entity = NamedEntity(id: s.id, name: s.title)
            add(.source, entity, labels: [s.id.rawValue, s.title] + [s.outlet].compactMap { $0 })
            if let outlet = s.outlet { outlets.append((NameMatching.key(outlet), entity)) }
        }
        var children: [Slug: Int] = [:]
        for i in issues { if let parent = i.parent { children[parent, default: 0] += 1 } }
        let ranked = children.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        if let top = ranked.first, ranked.count == 1 || ranked[1].value < top.value,
            let issue = issues.first(where: { $0.id == top.key })
        {
            central = NamedEntity(id: issue.id, name: issue.name)
        }
        for a in actors {
            add(.actor, NamedEntity(id: a.id, name: a.name, kind: a.kind.rawValue), labels: [a.id.rawValue, a.name] + a.aliases)
        }
        for i in issues {
            add(.issue, NamedEntity(id: i.id, name: i.name), labels: [i.id.rawValue, i.name] + i.aliases)
        }
    }

    private mutating func add(_ kind: NameKind, _ entity: NamedEntity, labels: [String]) {
        for label in labels {
            let key = NameMatching.key(label)
            guard !key.isEmpty else { continue }
            if entries[kind, default: [:]][key, default: []].contains(entity) == false {
                entries[kind, default: [:]][key, default: []].append(entity)
            }
            allLabels[kind, default: []].append(label)
        }
    }

    public func lookup(_ kind: NameKind, key: String) -> [NamedEntity] {
        guard kind == .source else { return entries[kind]?[key] ?? [] }
        // An id or title names its source; an outlet, or its first words, names all of the outlet's.
        var found = entries[.source]?[key] ?? []
        for outlet in outlets where outlet.key.hasPrefix(key + " ") && !found.contains(outlet.entity) {
            found.append(outlet.entity)
        }
        return found.sorted { $0.id.rawValue < $1.id.rawValue }
    }

    public func labels(_ kind: NameKind) -> [String] {
        allLabels[kind] ?? []
    }

    public func centralIssue() -> NamedEntity? { central }
}
