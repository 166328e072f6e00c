import Foundation
import StanceStore

/// Import timings of one data set.
struct ImportResult {
    /// `CSVImporter.importFolder` in this process (nil when an earlier database was reused).
    var stance: Double?
    /// `stance import --csv` as its own process: wall time and peak RSS.
    var stanceProcess: Double?
    var stancePeakRSS: Int?
    /// The sqlite3 shell: `.import` into staging tables, mapped into the same schema, the same
    /// indexes and full-text index built after the load, then fsync.
    var sqlite: Double?
    var sqlitePeakRSS: Int?
    /// The sqlite3 shell's `.import` alone: CSV-shaped tables, no mapping, no index (a floor).
    var sqliteRaw: Double?
    var databaseBytes: Int
    var sqliteDatabaseBytes: Int?
    /// Where CSVImporter's time went: each step (file read, index build, …) and its seconds.
    var phases: [(String, Double)] = []
    /// Kùzu's COPY of the same CSV files (nil when not run).
    var kuzu: KuzuBench.Result?
}

/// Turns CSVImporter's progress reports into step durations. A file is reported every so many
/// rows and once at its end, so it runs from the end of the step before to its last report; a
/// finishing step ("indexes", …) is reported once, with 0 rows, when it starts, so it runs from
/// that report to the next one.
final class PhaseClock {
    var phases: [(String, Double)] = []
    var current: String?
    var startedAtReport = false
    var start = now()
    var last = now()

    func progress(_ step: String, _ rows: Int) {
        let t = now()
        if step != current {
            let end = startedAtReport ? t : last
            if let current { phases.append((current, end - start)) }
            current = step
            startedAtReport = rows == 0
            start = rows == 0 ? t : end
        }
        last = t
    }

    func finish() {
        let t = now()
        if let current { phases.append((current, (startedAtReport ? t : last) - start)) }
        current = nil
    }
}

enum ImportBench {
    /// Imports `data` into `database` with `CSVImporter`, then the same CSVs with the sqlite3 shell.
    static func run(_ data: DataSet, database: String, options: Options, stance: String) throws -> ImportResult {
        let (work, reuse) = (options.work, options.reuse)
        var result = ImportResult(databaseBytes: 0)
        if reuse, FileManager.default.fileExists(atPath: database) {
            note("[\(data.size)] reusing \(database) (no import timing)")
        } else {
            removeDatabase(database)
            note("[\(data.size)] import with CSVImporter …")
            let clock = PhaseClock()
            let (statistics, seconds) = try timed {
                try CSVImporter.importFolder(data.dir, into: database, progress: clock.progress)
            }
            clock.finish()
            result.phases = clock.phases
            guard statistics.positions == data.positions else {
                throw BenchError("CSVImporter loaded \(statistics.positions) positions, expected \(data.positions)")
            }
            result.stance = seconds
            note("[\(data.size)] CSVImporter: \(fmt(seconds))")
            // The same import as a `stance import` process, for its peak RSS.
            let copy = (work as NSString).appendingPathComponent("\(data.size)-process.sqlite")
            let log = (work as NSString).appendingPathComponent("\(data.size)-stance-import.log")
            removeDatabase(copy)
            let arguments = ["import", "--csv", data.dir, "--db", copy]
            if let measured = try peakRSS(stance, arguments, stdout: log, stderr: log) {
                guard measured.result.status == 0 else {
                    throw BenchError("stance import failed (status \(measured.result.status)); see \(log)")
                }
                result.stanceProcess = measured.result.wall
                result.stancePeakRSS = measured.rss
                note("[\(data.size)] stance import process: \(fmt(measured.result.wall)), peak RSS \(fmtBytes(measured.rss))")
            }
            removeDatabase(copy)
            if options.shellImport {
                try sqliteImport(data, reference: database, work: work, into: &result)
            }
            if options.kuzu {
                result.kuzu = try KuzuBench.run(data, work: work, venv: options.kuzuVenv)
            }
        }
        result.databaseBytes = fileSize(database) + fileSize(database + "-wal")
        return result
    }

    /// The sqlite3 side: a script that builds the same schema (taken from the Stance database
    /// itself), `.import`s the CSVs, maps them as CSVImporter does, builds the indexes after the
    /// load, and checks the row counts against the Stance database.
    static func sqliteImport(_ data: DataSet, reference: String, work: String, into result: inout ImportResult) throws {
        let schema = try SchemaScript.read(from: reference)
        let target = (work as NSString).appendingPathComponent("\(data.size)-sqlite3.sqlite")
        let scriptPath = (work as NSString).appendingPathComponent("\(data.size)-sqlite3-import.sql")
        let log = (work as NSString).appendingPathComponent("\(data.size)-sqlite3-import.log")
        try schema.importScript(csvDir: data.dir).write(toFile: scriptPath, atomically: true, encoding: .utf8)
        removeDatabase(target)
        note("[\(data.size)] import with the sqlite3 shell (\(scriptPath)) …")
        // Under /usr/bin/time for the peak RSS (its own start-up is a millisecond).
        let start = now()
        var run: ProcessResult
        var rss: Int? = nil
        if let measured = try peakRSS("sqlite3", ["-bail", target], stdin: scriptPath, stdout: log, stderr: log) {
            (rss, run) = (measured.rss, measured.result)
        } else {
            run = try spawn("sqlite3", ["-bail", target], stdin: scriptPath, stdout: log, stderr: log)
        }
        fsyncFile(target)
        let seconds = now() - start
        guard run.status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw BenchError("sqlite3 import script failed (status \(run.status)):\n\(text)")
        }
        // Same rows as the Stance database?
        let tables = ["actor", "issue", "source", "position", "quote", "quote_issue", "affiliation", "name_key"]
        let mine = try counts(reference, tables)
        let theirs = try counts(target, tables)
        for table in tables where table != "name_key" && mine[table] != theirs[table] {
            throw BenchError(
                "sqlite3 import differs: \(table) has \(theirs[table] ?? -1) rows, Stance's \(mine[table] ?? -1)")
        }
        result.sqlite = seconds
        result.sqlitePeakRSS = rss
        result.sqliteDatabaseBytes = fileSize(target) + fileSize(target + "-wal")
        note("[\(data.size)] sqlite3 shell import: \(fmt(seconds))")
        removeDatabase(target)

        // The floor: .import alone into CSV-shaped tables.
        let rawScript = (work as NSString).appendingPathComponent("\(data.size)-sqlite3-raw.sql")
        try SchemaScript.rawScript(csvDir: data.dir).write(toFile: rawScript, atomically: true, encoding: .utf8)
        removeDatabase(target)
        let rawStart = now()
        let raw = try spawn("sqlite3", ["-bail", target], stdin: rawScript, stdout: log, stderr: log)
        fsyncFile(target)
        let rawSeconds = now() - rawStart
        guard raw.status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw BenchError("sqlite3 raw import failed (status \(raw.status)):\n\(text)")
        }
        result.sqliteRaw = rawSeconds
        removeDatabase(target)
    }

    static func counts(_ path: String, _ tables: [String]) throws -> [String: Int] {
        let queue = try Store(path: path, mode: .readOnly)
        defer { try? queue.close() }
        return try queue.read { db in
            var out: [String: Int] = [:]
            for table in tables {
                out[table] = try db.fetchOne(Int.self, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return out
        }
    }
}

/// The Stance schema as SQL, read back from a Stance database, split into what a bulk load
/// creates before the rows (tables, views, triggers but the full-text insert one) and after
/// them (secondary indexes, the full-text index, its insert trigger).
struct SchemaScript {
    var before: [String]
    var indexes: [String]
    var ftsTrigger: String
    var migrations: [String]

    static func read(from path: String) throws -> SchemaScript {
        let queue = try Store(path: path, mode: .readOnly)
        defer { try? queue.close() }
        return try queue.read { db in
            let rows = try db.fetchAll(sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
            var tables: [String] = []
            var views: [String] = []
            var triggers: [String] = []
            var indexes: [String] = []
            var fts = ""
            for row in rows {
                let type: String = row["type"]
                let name: String = row["name"]
                let sql: String = row["sql"]
                switch type {
                case "table":
                    // FTS5 shadow tables come with the virtual table; SQLite's own are internal.
                    if name.hasPrefix("quote_fts_") || name.hasPrefix("sqlite_") { continue }
                    tables.append(sql)
                case "view": views.append(sql)
                case "index": indexes.append(sql)
                case "trigger":
                    if name == "quote_fts_insert" { fts = sql } else { triggers.append(sql) }
                default: continue
                }
            }
            let migrations = try db.fetchAll(String.self, sql: "SELECT identifier FROM grdb_migrations")
            return SchemaScript(before: tables + views + triggers, indexes: indexes, ftsTrigger: fts, migrations: migrations)
        }
    }

    /// Pragmas as CSVImporter sets them for the load.
    static let loadPragmas = """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA cache_size = -65536;
        PRAGMA ignore_check_constraints = ON;
        """

    /// Staging tables with the CSV columns; integer ids as rowids so the mapping joins are lookups.
    static let staging = """
        CREATE TEMP TABLE raw_actors (id INTEGER PRIMARY KEY, slug TEXT, name TEXT, kind TEXT);
        CREATE TEMP TABLE raw_issues (id INTEGER PRIMARY KEY, slug TEXT, name TEXT);
        CREATE TEMP TABLE raw_sources (id INTEGER PRIMARY KEY, title TEXT, outlet TEXT, date TEXT);
        CREATE TEMP TABLE raw_positions (id INTEGER PRIMARY KEY, actor_id INTEGER, issue_id INTEGER, stance TEXT,
            date TEXT, source_id INTEGER, quote TEXT);
        CREATE TEMP TABLE raw_memberships (person_id INTEGER, org_id INTEGER, role TEXT);
        """

    static func imports(csvDir: String, schema: String) -> String {
        let dir = (csvDir as NSString).standardizingPath
        return [("actors", "raw_actors"), ("issues", "raw_issues"), ("sources", "raw_sources"),
                ("positions", "raw_positions"), ("memberships", "raw_memberships")].map {
            ".import --csv --skip 1 --schema \(schema) \"\(dir)/\($0.0).csv\" \($0.1)"
        }.joined(separator: "\n")
    }

    /// The whole sqlite3 script: same schema, same rows, same indexes as CSVImporter builds.
    func importScript(csvDir: String) -> String {
        let migrationRows = migrations.map { "INSERT INTO grdb_migrations (identifier) VALUES ('\($0)');" }
        // name_key: NameMatching.key in SQL, close enough for these generated names (letters,
        // digits, spaces, '.', ':' and '-').
        func key(_ column: String) -> String {
            "lower(replace(replace(replace(\(column), '.', ''), ':', ''), '-', ' '))"
        }
        return """
            \(SchemaScript.loadPragmas)
            \(before.map { $0 + ";" }.joined(separator: "\n"))
            \(migrationRows.joined(separator: "\n"))
            \(SchemaScript.staging)
            \(SchemaScript.imports(csvDir: csvDir, schema: "temp"))
            BEGIN;
            INSERT INTO actor (id, name, kind) SELECT slug, name, kind FROM raw_actors ORDER BY id;
            INSERT INTO issue (id, name) SELECT slug, name FROM raw_issues ORDER BY id;
            INSERT INTO source (id, title, outlet, date, date_basis)
                SELECT 's' || id, title, nullif(outlet, ''), date, 'given' FROM raw_sources ORDER BY id;
            INSERT INTO quote (id, speaker_id, source_id, text, date)
                SELECT 'q' || p.id, a.slug, 's' || p.source_id, p.quote, p.date
                FROM raw_positions p JOIN raw_actors a ON a.id = p.actor_id WHERE p.quote <> '' ORDER BY p.id;
            INSERT INTO quote_issue (quote_id, ordinal, issue_id)
                SELECT 'q' || p.id, 0, i.slug
                FROM raw_positions p JOIN raw_issues i ON i.id = p.issue_id WHERE p.quote <> '' ORDER BY p.id;
            INSERT INTO position (id, actor_id, issue_id, stance, date, source_id, quote_id, basis, confidence, coder)
                SELECT 'p' || p.id, a.slug, i.slug, p.stance, p.date, 's' || p.source_id,
                       CASE WHEN p.quote <> '' THEN 'q' || p.id END, 'stated', 'high', 'import'
                FROM raw_positions p JOIN raw_actors a ON a.id = p.actor_id JOIN raw_issues i ON i.id = p.issue_id
                ORDER BY p.id;
            INSERT INTO affiliation (id, actor_id, organization_id, role)
                SELECT 'm' || m.rowid, pa.slug, oa.slug, m.role
                FROM raw_memberships m JOIN raw_actors pa ON pa.id = m.person_id JOIN raw_actors oa ON oa.id = m.org_id
                ORDER BY m.rowid;
            COMMIT;
            BEGIN;
            PRAGMA threads = 2;
            PRAGMA cache_size = -2000;
            \(indexes.map { $0 + ";" }.joined(separator: "\n"))
            PRAGMA cache_size = -65536;
            INSERT INTO quote_fts(quote_fts) VALUES ('rebuild');
            \(ftsTrigger);
            INSERT OR IGNORE INTO name_key (kind, key, target_id, label)
                SELECT 'actor', \(key("name")), id, name FROM actor
                UNION ALL SELECT 'actor', \(key("id")), id, id FROM actor
                UNION ALL SELECT 'issue', \(key("name")), id, name FROM issue
                UNION ALL SELECT 'issue', \(key("id")), id, id FROM issue;
            INSERT INTO meta (key, value) VALUES ('exported_through_change', '0');
            COMMIT;
            PRAGMA journal_mode = WAL;
            """
    }

    /// `.import` alone, into tables shaped like the CSV files (the shell creates them), no index.
    static func rawScript(csvDir: String) -> String {
        """
        \(loadPragmas)
        \(staging.replacingOccurrences(of: "CREATE TEMP TABLE", with: "CREATE TABLE"))
        \(imports(csvDir: csvDir, schema: "main"))
        """
    }
}
