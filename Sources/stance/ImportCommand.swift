import ArgumentParser
import Foundation
import StanceGraphData
import StanceStore
import StanceStorePostgres

/// `stance import`: load a folder of CSV files into a new database, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a folder of CSV files, or a DNA project (--dna), into a new database.",
        discussion: """
            DIR holds five CSV files, each with a header row: actors.csv (id,slug,name,kind), \
            issues.csv (id,slug,name), sources.csv (id,title,outlet,date), \
            positions.csv (id,actor_id,issue_id,stance,date,source_id,quote) and \
            memberships.csv (person_id,org_id,role); the ids in positions and memberships are the \
            numeric ids of the other files. The database is built beside PATH and moved into place \
            only when complete; the first bad row is reported as FILE:LINE:COLUMN: error: MESSAGE \
            (COLUMN counts characters) with exit status 1, and an existing database is left exactly \
            as it was.

            --dna FILE.dna reads a DNA 2 or DNA 3 project (docs/dna.md): documents, statements of the \
            "DNA Statement" type as quotes and positions, entities as actors and issues; it reports what \
            it read and what it could not carry.

            --db (or $STANCE_DB) is required: import replaces the whole database, so it never \
            defaults to the database beside graph-data/, which holds the coded KORUS graph.
            """)

    @Option(help: ArgumentHelp("The folder of CSV files to import.", valueName: "dir"))
    var csv: String?

    @OptionGroup var dnaOptions: DNAImportOptions

    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file to create or replace (default: $STANCE_DB; there is no other default).",
            valueName: "path"))
    var path: String?

    @Flag(help: "Replace a database even if it holds changes made through Stance that are not exported.")
    var force = false

    func validate() throws {
        guard (csv == nil) != (dnaOptions.dna == nil) else {
            throw ValidationError("give one of --csv DIR or --dna FILE.dna")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment["STANCE_DB"].flatMap { $0.isEmpty ? nil : $0 }
        guard let target = path ?? environment else {
            throw UsageError(
                message: "name the database to create with --db PATH (or set STANCE_DB); import replaces "
                    + "the whole file, so it does not default to the KORUS database beside graph-data/")
        }
        // Nothing a researcher entered is replaced silently.
        if !force, FileManager.default.fileExists(atPath: target), try Self.unexportedChanges(in: target) > 0 {
            throw GraphDataError.unexportedEdits(database: target, count: try Self.unexportedChanges(in: target))
        }
        guard let csv else { return try dnaOptions.run(into: target) }
        let line = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        let started = Date()
        let stats: StanceStore.Statistics
        do {
            if case .postgres(let url) = try StoreLocation(target) {
                // A server database: COPY in one transaction, after the same checks as a file import.
                let engine = try PostgresEngine(url: try PostgresURL(url), mode: .readWrite)
                defer { try? engine.close() }
                let pending = try engine.read { try Meta.unexportedChanges(in: $0) }
                if !force, pending > 0 {
                    throw GraphDataError.unexportedEdits(database: engine.location, count: pending)
                }
                stats = try engine.importCSV(directory: csv) { file, rows in line.show(file, rows) }
            } else {
                stats = try CSVImporter.importFolder(csv, into: target) { file, rows in line.show(file, rows) }
            }
        } catch {
            line.clear()
            throw error
        }
        line.clear()
        let seconds = Date().timeIntervalSince(started)
        print(
            "imported \(StoreLocation.redacted(target)) from \(csv): \(stats.actors) actors, \(stats.issues) issues, "
                + "\(stats.sources) sources, \(stats.positions) positions, \(stats.quotes) quotes, "
                + "\(stats.affiliations) affiliations in \(String(format: "%.2f", seconds)) s")
    }
}

extension ImportCommand {
    /// The changes made through Stance in an existing database that are not exported (0 for a
    /// file that is not a Stance database). Looking leaves the file as it was: the `-wal` and
    /// `-shm` files a read-only look creates are removed again when they were not there before.
    static func unexportedChanges(in path: String) throws -> Int {
        let manager = FileManager.default
        let sidecars = ["-wal", "-shm"].map { path + $0 }
        let existed = sidecars.map { manager.fileExists(atPath: $0) }
        defer {
            for (sidecar, was) in zip(sidecars, existed) where !was {
                let size = (try? manager.attributesOfItem(atPath: sidecar)[.size] as? Int) ?? nil
                if sidecar.hasSuffix("-shm") || size == 0 { try? manager.removeItem(atPath: sidecar) }
            }
        }
        guard let store = try? Store(path: path, mode: .readOnly) else { return 0 }
        let count = (try? store.read { try Meta.unexportedChanges(in: $0) }) ?? 0
        try store.close()
        return count
    }
}

/// One line on standard error, rewritten in place (`\r`) as an import goes; silent off a terminal.
private struct ProgressLine {
    let enabled: Bool

    /// Shows `file: N rows` (or just the step's name when `rows` is 0).
    func show(_ file: String, _ rows: Int) {
        guard enabled else { return }
        let text = rows > 0 ? "\(file): \(rows.formatted()) rows" : "\(file)…"
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
    }

    /// Erases the line, so what comes next starts on a clean one.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
