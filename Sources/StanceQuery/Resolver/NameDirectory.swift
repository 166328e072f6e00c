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
}

/// Which sort of name a query slot expects.
public enum NameKind: String, Sendable {
    case actor, issue
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

    public init(actors: [Graph.Actor], issues: [Graph.Issue]) {
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
        entries[kind]?[key] ?? []
    }

    public func labels(_ kind: NameKind) -> [String] {
        allLabels[kind] ?? []
    }
}
