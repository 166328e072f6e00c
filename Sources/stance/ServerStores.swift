import StanceStore
import StanceStorePostgres

/// Opens the store a `--db` value names, on the engine it names: the only place that picks an engine.
enum ServerStores {
    /// The store at `location`, opened as `mode`: the embedded SQLite file, or the PostgreSQL database.
    static func open(_ location: StoreLocation, mode: Store.Mode) throws -> Store {
        switch location {
        case .file(let path):
            return try Store(path: path, mode: mode)
        case .postgres(let url):
            return try PostgresEngine.open(url: url, mode: mode)
        }
    }

    /// Why `store`, opened at `location`, cannot be written by this user, or nil when it can.
    static func unwritableReason(_ location: StoreLocation, _ store: Store) throws -> String? {
        switch location {
        case .file(let path): return Store.unwritableReason(path: path)
        case .postgres: return try PostgresEngine.unwritableReason(of: store)
        }
    }
}
