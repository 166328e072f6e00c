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
}
