import Foundation
import StanceStore
import StanceStorePostgres

/// The PostgreSQL side of the benchmark (`--engine postgres|both`): the import of each data set into a
/// PostgreSQL database by `stance import --csv … --db postgres://…` (COPY), and the who-queries through the full
/// DSL path beside the same hand-written SQL, both on that server, in the same run as the SQLite figures.
enum PostgresBench {
    struct Result {
        var size: String
        var positions: Int
        var importSeconds: Double
        var shapes: [ShapeResult]
    }

    /// Imports `data` into the database at `url` with the release `stance` and times the who-shapes there.
    static func run(_ data: DataSet, url: String, stance: String, options: Options, size: String) throws -> Result {
        note("[\(size)] PostgreSQL import: stance import --csv \(data.dir) --db \(StoreLocation.redacted(url))")
        let log = (options.work as NSString).appendingPathComponent("postgres-import-\(size).log")
        let start = now()
        let status = try spawn(
            stance, ["import", "--csv", data.dir, "--db", url, "--force"], stdin: nil, stdout: log, stderr: log)
        let seconds = now() - start
        guard status.status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw BenchError("stance import into PostgreSQL failed (status \(status.status)):\n\(text)")
        }
        let store = try PostgresEngine.open(url: url, mode: .readOnly)
        defer { try? store.close() }
        let positions = try store.read { try $0.fetchOne(Int.self, sql: "SELECT count(*) FROM position") } ?? 0
        let mostActive = try store.read { db in try HandSQL.mostActive(db, limit: Shapes.matrixActors) }
        let who = Shapes.all(data, mostActive: mostActive).filter { $0.kind == .who }
        let shapes = try WarmBench.run(who, store: store, options: options, size: "\(size) on PostgreSQL")
        return Result(size: size, positions: positions, importSeconds: seconds, shapes: shapes)
    }

    /// The report's PostgreSQL section.
    static func markdown(_ results: [Result], server: String) -> String {
        var out = ["", "### PostgreSQL (\(server))", ""]
        out.append("| data set | positions | import (COPY, one transaction) |")
        out.append("|---|---:|---:|")
        for result in results {
            out.append("| \(result.size) | \(result.positions) | \(String(format: "%.1f", result.importSeconds)) s |")
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
