import Foundation
import StanceCore
import StanceStore

/// Compiles `graph-data/` into a database, and writes a database back out as `graph-data/`.
public enum GraphBuilder {
    /// Validates `folder` and builds a new database at `database`.
    ///
    /// The database is built in a temporary file beside the target and renamed over it only when
    /// complete, so an existing database is left exactly as it was on any error.
    ///
    /// - throws: `GraphDataError.invalid` (every problem), `.unexportedEdits` when the existing
    ///   database holds changes `graph-data/` lacks and `force` is false.
    @discardableResult
    public static func build(from folder: GraphDataFolder, to database: String, force: Bool = false)
        throws -> Statistics
    {
        let (graph, changes, codings) = try folder.loadWithChanges()
        let manager = FileManager.default
        // The users of `stance serve` are not part of graph-data/: the new database keeps them.
        var accounts = Accounts.Saved()
        if manager.fileExists(atPath: database), !force {
            let old = try Store(path: database, mode: .readOnly)
            let unexported = try old.read {
                try Meta.unexportedChanges(in: $0) + CodingFiles.unexported(in: $0, folder: folder)
            }
            if unexported > 0 {
                throw GraphDataError.unexportedEdits(database: database, count: unexported)
            }
            accounts = try old.read { try Accounts.save(from: $0) }
            try old.close()
        } else if manager.fileExists(atPath: database) {
            // --force rebuilds even a database that cannot be read; one that can keeps its users.
            if let old = try? Store(path: database, mode: .readOnly) {
                accounts = (try? old.read { try Accounts.save(from: $0) }) ?? Accounts.Saved()
                try? old.close()
            }
        }
        let directory = (database as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        StaleFiles.remove(beside: database, suffix: "building")
        let temporary = database + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        removeDatabaseFiles(at: temporary)
        defer { removeDatabaseFiles(at: temporary) }
        let store = try Store(path: temporary, mode: .readWrite)
        let statistics = try store.write { db in
            try GraphWriter.insert(graph, into: db)
            try Accounts.restore(accounts, into: db)
            try Change.replaceLog(with: changes, in: db)
            try Codings.insertAll(codings, in: db)
            try Meta.set(Meta.graphDataDigest, to: folder.digest(), in: db)
            // Every change in the log came from graph-data/changes/.
            try Meta.set(Meta.exportedThrough, to: String(changes.count), in: db)
            return try Statistics.read(db)
        }
        try store.close()
        if manager.fileExists(atPath: database) {
            // Fold the old write-ahead log into its file so no stale -wal outlives the rename.
            let old = try Store(path: database, mode: .readWrite)
            try old.close()
        }
        guard rename(temporary, database) == 0 else {
            throw GraphDataError.io("cannot move the new database into place at \(database)")
        }
        return statistics
    }

    /// Validates `folder` and replaces the graph in `store` (a server database) with it, in one
    /// transaction: on any error the old graph stays exactly as it was.
    ///
    /// - throws: `GraphDataError.invalid` (every problem), `.unexportedEdits` when the database holds
    ///   changes `graph-data/` lacks and `force` is false.
    @discardableResult
    public static func build(from folder: GraphDataFolder, into store: Store, force: Bool = false) throws -> Statistics {
        let (graph, changes, codings) = try folder.loadWithChanges()
        let digest = folder.digest()
        return try store.write { db in
            let unexported = try Meta.unexportedChanges(in: db) + CodingFiles.unexported(in: db, folder: folder)
            if unexported > 0, !force {
                throw GraphDataError.unexportedEdits(database: store.path, count: unexported)
            }
            try GraphWriter.removeAll(in: db)
            try GraphWriter.insert(graph, into: db)
            try Change.replaceLog(with: changes, in: db)
            try Codings.insertAll(codings, in: db)
            try Meta.set(Meta.graphDataDigest, to: digest, in: db)
            try Meta.set(Meta.exportedThrough, to: String(changes.count), in: db)
            return try Statistics.read(db)
        }
    }

    /// Writes the graph in `database` to `folder` in the canonical layout, and records that the
    /// database's changes so far are exported; returns which files were created, changed or removed.
    @discardableResult
    public static func export(from database: String, to folder: GraphDataFolder) throws -> GraphDataWriter.Report {
        let store = try Store(path: database, mode: .readWrite)
        let report = try export(from: store, to: folder)
        try store.close()
        return report
    }

    /// Writes the graph in `store` to `folder` in the canonical layout, appends the changes `changes/` lacks
    /// to their coders' files, and records that the database's changes so far are exported; returns which files
    /// were created, changed or removed.
    ///
    /// - throws: `GraphDataError.invalid` when a file in `changes/` cannot be read; then nothing is written.
    @discardableResult
    public static func export(from store: Store, to folder: GraphDataFolder) throws -> GraphDataWriter.Report {
        let (graph, changes, codings) = try store.read { db in
            (try GraphReader.read(db), try Change.fetch(db), try Codings.all(in: db))
        }
        let present = ChangeFiles.read(folder: folder.path)
        guard present.diagnostics.isEmpty else { throw GraphDataError.invalid(present.diagnostics.sorted()) }
        var report = try GraphDataWriter.write(graph, to: folder.path)
        let log = try ChangeFiles.append(Change.portable(changes), to: folder.path)
        let coded = try CodingFiles.write(codings, to: folder.path)
        report.created = (report.created + log.created + coded.created).sorted()
        report.changed = (report.changed + log.changed + coded.changed).sorted()
        try store.write { db in
            let last = try db.fetchOne(Int.self, sql: "SELECT max(id) FROM change_log") ?? 0
            try Meta.set(Meta.exportedThrough, to: String(last), in: db)
            try Meta.set(Meta.graphDataDigest, to: folder.digest(), in: db)
        }
        return report
    }

    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
