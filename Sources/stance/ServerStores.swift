import StanceStore

/// Opens the store a `--db` value names, on the engine it names: the only place that picks an engine.
enum ServerStores {
    /// The store at `location`, opened as `mode`.
    static func open(_ location: StoreLocation, mode: Store.Mode) throws -> Store {
        switch location {
        case .file(let path):
            return try Store(path: path, mode: mode)
        case .postgres:
            throw StoreError.unknownScheme("postgres (this build has no PostgreSQL engine yet)")
        }
    }
}
