import Foundation
import StanceCore
import StanceStore

/// `stance import --dna`: a DNA project into a new Stance database, all or nothing.
public enum DNAImporter {
    /// Reads the DNA project at `path` and writes it into a new database at `database`.
    ///
    /// The database is built in `DATABASE.importing-PID` and renamed over `database` only when complete;
    /// on any error nothing is written and an existing database is left as it was. Coders are carried on
    /// each position's and annotation's `coder` field (the change log starts empty, as after `stance build`).
    ///
    /// - throws: `DNAError` (with the DNA table and row id), or the store's error.
    @discardableResult
    public static func importProject(
        at path: String, into database: String, mapping: DNAMapping = DNAMapping()
    ) throws -> DNAImportReport {
        let project = try DNAReader.read(path: path)
        let (graph, report) = try DNAMapper.graph(from: project, mapping: mapping)
        try write(graph, to: database)
        return report
    }

    /// Reads the DNA project at `path` and replaces the graph in `store` (a server database) with it, in one
    /// transaction: on any error the old graph stays exactly as it was.
    @discardableResult
    public static func importProject(
        at path: String, into store: Store, mapping: DNAMapping = DNAMapping()
    ) throws -> DNAImportReport {
        let project = try DNAReader.read(path: path)
        let (graph, report) = try DNAMapper.graph(from: project, mapping: mapping)
        try store.write { db in
            try GraphWriter.removeAll(in: db)
            try GraphWriter.insert(graph, into: db)
            try Meta.set(Meta.exportedThrough, to: "0", in: db)
        }
        return report
    }

    /// Writes `graph` into a new database at `database`, replacing the file only when complete.
    public static func write(_ graph: GraphContents, to database: String) throws {
        let manager = FileManager.default
        let directory = (database as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        StaleFiles.remove(beside: database, suffix: "importing")
        let temporary = database + ".importing-\(ProcessInfo.processInfo.processIdentifier)"
        removeDatabaseFiles(at: temporary)
        defer { removeDatabaseFiles(at: temporary) }
        let store = try Store(path: temporary, mode: .readWrite)
        do {
            try store.write { db in
                try GraphWriter.insert(graph, into: db)
                try Meta.set(Meta.exportedThrough, to: "0", in: db)
            }
        } catch {
            try? store.close()
            throw error
        }
        try store.close()
        if manager.fileExists(atPath: database) {
            // Fold the old write-ahead log into its file so no stale -wal outlives the rename.
            let old = try Store(path: database, mode: .readWrite)
            try old.close()
        }
        guard rename(temporary, database) == 0 else {
            throw DNAError.io("cannot move the new database into place at \(database)")
        }
    }

    static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
