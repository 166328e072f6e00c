import Foundation
import StanceStore
import StanceStorePostgres

/// The PostgreSQL side of the benchmark (`--engine postgres|both`): the import of each data set into a
/// PostgreSQL database by `PostgresEngine.importCSV` (what `stance import --csv … --db postgres://…` runs) beside
/// psql's `\copy` of the same files, and the who-queries through the full DSL path beside the same hand-written SQL,
/// both on that server, in the same run as the SQLite figures.
enum PostgresBench {
    struct Result {
        var size: String
        var positions: Int
        var importSeconds: Double
        /// psql's `\copy` of the same five CSV files into CSV-shaped tables, in one transaction, no index: the floor.
        var floorSeconds: Double
        /// The import's steps (files read and copied, keys, indexes, foreign keys, statistics) and their seconds.
        var phases: [(String, Double)]
        var shapes: [ShapeResult]
    }

    /// Times psql's floor, then `PostgresEngine.importCSV` of `data` into the database at `url` (in this process, the
    /// code `stance import --csv … --db postgres://…` runs, with its steps timed), then the who-shapes there.
    static func run(_ data: DataSet, url: String, options: Options, size: String) throws -> Result {
        let floor = try psqlFloor(data, url: url, work: options.work, size: size)
        note("[\(size)] PostgreSQL import: PostgresEngine.importCSV(\(data.dir)) into \(StoreLocation.redacted(url))")
        let engine = try PostgresEngine(url: try PostgresURL(url), mode: .readWrite)
        let clock = PhaseClock()
        let start = now()
        let statistics = try engine.importCSV(directory: data.dir, progress: clock.progress)
        let seconds = now() - start
        clock.finish()
        try engine.close()
        guard statistics.positions == data.positions else {
            throw BenchError("the PostgreSQL import loaded \(statistics.positions) positions, expected \(data.positions)")
        }
        let steps = clock.phases.map { "\($0.0) \(String(format: "%.1f", $0.1)) s" }.joined(separator: ", ")
        note("[\(size)] PostgreSQL import: \(String(format: "%.1f", seconds)) s (\(steps))")
        let store = try PostgresEngine.open(url: url, mode: .readOnly)
        defer { try? store.close() }
        let positions = try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM position") } ?? 0
        let mostActive = try store.read { db in try HandSQL.mostActive(db, limit: Shapes.matrixActors) }
        let who = Shapes.all(data, mostActive: mostActive).filter { $0.kind == .who }
        let shapes = try WarmBench.run(who, store: store, options: options, size: "\(size) on PostgreSQL")
        return Result(
            size: size, positions: positions, importSeconds: seconds, floorSeconds: floor, phases: clock.phases,
            shapes: shapes)
    }

    /// The floor of a server import, timed: psql `\copy`s the five CSV files into tables of their own shape (a schema
    /// `stance_bench_floor` of the same database, dropped afterwards), in one transaction, with no index, no key and
    /// no mapping. What `stance import` does beyond it (checks, ids, quotes, keys, indexes, ANALYZE) is its cost.
    static func psqlFloor(_ data: DataSet, url: String, work: String, size: String) throws -> Double {
        let schema = "stance_bench_floor"
        let tables = [
            ("actors", "id bigint, slug text, name text, kind text"),
            ("issues", "id bigint, slug text, name text"),
            ("sources", "id bigint, title text, outlet text, date text"),
            ("positions", "id bigint, actor_id bigint, issue_id bigint, stance text, date text, source_id bigint, quote text"),
            ("memberships", "person_id bigint, org_id bigint, role text"),
        ]
        var script = ["\\set ON_ERROR_STOP on", "BEGIN;", "DROP SCHEMA IF EXISTS \(schema) CASCADE;", "CREATE SCHEMA \(schema);"]
        for (table, columns) in tables {
            let path = (data.dir as NSString).appendingPathComponent("\(table).csv")
            script.append("CREATE TABLE \(schema).\(table) (\(columns));")
            script.append("\\copy \(schema).\(table) FROM '\(path)' WITH (FORMAT csv, HEADER true)")
        }
        script.append("COMMIT;")
        let scriptPath = (work as NSString).appendingPathComponent("postgres-floor-\(size).sql")
        try (script.joined(separator: "\n") + "\n").write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let log = (work as NSString).appendingPathComponent("postgres-floor-\(size).log")
        note("[\(size)] PostgreSQL floor: psql \\copy of the CSV files (\(scriptPath))")
        let start = now()
        let status = try spawn("psql", ["-X", "-q", "-d", url, "-f", scriptPath], stdout: log, stderr: log)
        let seconds = now() - start
        guard status.status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw BenchError("psql \\copy failed (status \(status.status)):\n\(text)")
        }
        _ = try? spawn("psql", ["-X", "-q", "-d", url, "-c", "DROP SCHEMA \(schema) CASCADE"], stdout: log, stderr: log)
        note("[\(size)] PostgreSQL floor: \(String(format: "%.1f", seconds)) s")
        return seconds
    }

    /// The report's PostgreSQL section.
    static func markdown(_ results: [Result], server: String) -> String {
        var out = ["", "### PostgreSQL (\(server))", ""]
        out.append("| data set | positions | stance import (`importCSV`, one transaction) | psql \\copy floor | ratio |")
        out.append("|---|---:|---:|---:|---:|")
        for result in results {
            out.append(
                "| \(result.size) | \(result.positions) | \(String(format: "%.1f", result.importSeconds)) s | "
                    + "\(String(format: "%.1f", result.floorSeconds)) s | "
                    + "\(String(format: "%.2f×", result.importSeconds / result.floorSeconds)) |")
        }
        for result in results {
            let steps = result.phases.map { "\($0.0) \(String(format: "%.1f", $0.1)) s" }.joined(separator: ", ")
            out.append("")
            out.append("Import steps at \(result.size): \(steps).")
        }
        out.append("")
        out.append("| data set | shape | rows | DSL median | hand SQL median | ratio |")
        out.append("|---|---|---:|---:|---:|---:|")
        for result in results {
            for shape in result.shapes {
                out.append(
                    "| \(result.size) | \(shape.shape.label) | \(shape.rows) | \(milliseconds(shape.dsl.median)) | "
                        + "\(milliseconds(shape.hand.median)) | \(String(format: "%.2f×", shape.ratio)) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.2f ms", seconds * 1000)
    }
}
