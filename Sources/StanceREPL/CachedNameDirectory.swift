import StanceQuery
import StanceStore

/// A name directory over a store that loads each kind's labels once, for fast completion.
final class CachedNameDirectory: NameDirectory {
    let store: Store
    private var labelCache: [NameKind: [String]] = [:]

    init(store: Store) {
        self.store = store
    }

    func lookup(_ kind: NameKind, key: String) throws -> [NamedEntity] {
        try store.read { db in try StoreNameDirectory(db).lookup(kind, key: key) }
    }

    func centralIssue() throws -> NamedEntity? {
        try store.read { db in try StoreNameDirectory(db).centralIssue() }
    }

    func labels(_ kind: NameKind) throws -> [String] {
        if let cached = labelCache[kind] { return cached }
        let labels = try store.read { db in try StoreNameDirectory(db).labels(kind) }
        labelCache[kind] = labels
        return labels
    }
}
