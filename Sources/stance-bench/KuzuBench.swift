import Foundation

/// Kùzu's load of the same CSV files, timed in the same run as Stance's import (issue 18).
///
/// Kùzu comes from PyPI into a virtual environment the bench makes (`--kuzu-venv`, default
/// `.build/kuzu-venv`) when it is missing. Its natural schema: node tables `Actor`, `Issue`, `Source`
/// (the CSV id as primary key, every CSV column a property), a rel table `Position` from actor to issue
/// (id, stance, date, source id and quote as properties) and a rel table `MemberOf` from person to
/// organization. Each file is loaded with one `COPY` (positions through `LOAD FROM … RETURN`, which puts
/// the actor and issue columns first, as a rel table's COPY needs). No full-text index: Kùzu's is an
/// extension fetched from the network, and the issue compares with its plain `COPY`.
enum KuzuBench {
    struct Result {
        var version: String
        /// From opening the database to the end of the last COPY, measured inside the Python process.
        var seconds: Double
        /// The whole process (Python start, `import kuzu`, the load, the row counts, closing).
        var processSeconds: Double
        var peakRSS: Int?
        var steps: [(String, Double)]
        var bytes: Int
    }

    /// The virtual environment's Python, made (and `kuzu` installed) when missing; nil when that fails.
    static func python(venv: String) -> String? {
        let python = (venv as NSString).appendingPathComponent("bin/python")
        let log = NSTemporaryDirectory() + "stance-bench-kuzu-install.log"
        if !FileManager.default.isExecutableFile(atPath: python) {
            note("making \(venv) and installing kuzu from PyPI …")
            guard (try? spawn("python3", ["-m", "venv", venv], stdout: log, stderr: log))?.status == 0 else {
                note("cannot make the virtual environment \(venv); see \(log)")
                return nil
            }
        }
        if (try? spawn(python, ["-c", "import kuzu"], stdout: log, stderr: log))?.status != 0 {
            let pip = (venv as NSString).appendingPathComponent("bin/pip")
            guard (try? spawn(pip, ["install", "--quiet", "kuzu"], stdout: log, stderr: log))?.status == 0 else {
                note("cannot install kuzu into \(venv); see \(log)")
                return nil
            }
        }
        return python
    }

    /// Loads `data` into a new Kùzu database under `work`, checks its row counts, and removes it.
    static func run(_ data: DataSet, work: String, venv: String) throws -> Result? {
        guard let python = python(venv: venv) else { return nil }
        let script = (work as NSString).appendingPathComponent("kuzu-load.py")
        try KuzuBench.script.write(toFile: script, atomically: true, encoding: .utf8)
        let database = (work as NSString).appendingPathComponent("\(data.size).kuzu")
        let out = (work as NSString).appendingPathComponent("\(data.size)-kuzu.json")
        let log = (work as NSString).appendingPathComponent("\(data.size)-kuzu.log")
        note("[\(data.size)] load with Kùzu (\(script)) …")
        var result: ProcessResult
        var rss: Int?
        if let measured = try peakRSS(python, [script, data.dir, database], stdout: out, stderr: log) {
            (result, rss) = (measured.result, measured.rss)
        } else {
            result = try spawn(python, [script, data.dir, database], stdout: out, stderr: log)
        }
        defer { removeKuzu(database) }
        guard result.status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw BenchError("the Kùzu load failed (status \(result.status)):\n\(text)")
        }
        guard let bytes = FileManager.default.contents(atPath: out),
            let object = try JSONSerialization.jsonObject(with: bytes) as? [String: Any],
            let seconds = object["seconds"] as? Double, let counts = object["counts"] as? [String: Int],
            let stepTimes = object["steps"] as? [String: Double]
        else { throw BenchError("cannot read the Kùzu load's report in \(out)") }
        let expected = [
            "actors": data.counts["actors.csv"], "issues": data.counts["issues.csv"],
            "sources": data.counts["sources.csv"], "positions": data.counts["positions.csv"],
            "memberships": data.counts["memberships.csv"],
        ]
        for (table, count) in expected where counts[table] != count {
            throw BenchError("Kùzu loaded \(counts[table] ?? -1) \(table), the CSV has \(count ?? -1)")
        }
        let steps = files.map { ($0, stepTimes[$0] ?? .nan) }
        note("[\(data.size)] Kùzu COPY: \(fmt(seconds)) (process \(fmt(result.wall)))")
        return Result(
            version: object["version"] as? String ?? "?", seconds: seconds, processSeconds: result.wall,
            peakRSS: rss, steps: steps, bytes: object["bytes"] as? Int ?? 0)
    }

    static let files = ["actors.csv", "issues.csv", "sources.csv", "positions.csv", "memberships.csv"]

    static func removeKuzu(_ path: String) {
        for candidate in [path, path + ".wal"] {
            try? FileManager.default.removeItem(atPath: candidate)
        }
    }

    /// The load, in Python: schema, one COPY per file (each timed), then the row counts as JSON.
    static let script = #"""
        import json, os, shutil, sys, time
        import kuzu

        csv_dir, db_path = sys.argv[1], sys.argv[2]
        for p in (db_path, db_path + ".wal"):
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)

        def f(name):
            return os.path.join(os.path.abspath(csv_dir), name).replace("'", "''")

        schema = [
            "CREATE NODE TABLE Actor(id INT64, slug STRING, name STRING, kind STRING, PRIMARY KEY (id))",
            "CREATE NODE TABLE Issue(id INT64, slug STRING, name STRING, PRIMARY KEY (id))",
            "CREATE NODE TABLE Source(id INT64, title STRING, outlet STRING, date DATE, PRIMARY KEY (id))",
            "CREATE REL TABLE Position(FROM Actor TO Issue, id INT64, stance STRING, date DATE, source_id INT64, quote STRING)",
            "CREATE REL TABLE MemberOf(FROM Actor TO Actor, role STRING)",
        ]
        copies = [
            ("actors.csv", f"COPY Actor FROM '{f('actors.csv')}' (header=true)"),
            ("issues.csv", f"COPY Issue FROM '{f('issues.csv')}' (header=true)"),
            ("sources.csv", f"COPY Source FROM '{f('sources.csv')}' (header=true)"),
            ("positions.csv",
             "COPY Position FROM (LOAD WITH HEADERS (id INT64, actor_id INT64, issue_id INT64, stance STRING, "
             f"date DATE, source_id INT64, quote STRING) FROM '{f('positions.csv')}' (header=true) "
             "RETURN actor_id, issue_id, id, stance, date, source_id, quote)"),
            ("memberships.csv", f"COPY MemberOf FROM '{f('memberships.csv')}' (header=true)"),
        ]
        start = time.monotonic()
        db = kuzu.Database(db_path)
        conn = kuzu.Connection(db)
        for statement in schema:
            conn.execute(statement)
        steps = {}
        for name, statement in copies:
            t = time.monotonic()
            conn.execute(statement)
            steps[name] = time.monotonic() - t
        seconds = time.monotonic() - start
        counts = {}
        for label, q in [("actors", "MATCH (a:Actor) RETURN count(*)"), ("issues", "MATCH (i:Issue) RETURN count(*)"),
                         ("sources", "MATCH (s:Source) RETURN count(*)"),
                         ("positions", "MATCH ()-[p:Position]->() RETURN count(*)"),
                         ("memberships", "MATCH ()-[m:MemberOf]->() RETURN count(*)")]:
            counts[label] = conn.execute(q).get_next()[0]
        conn.close()
        db.close()
        if os.path.isdir(db_path):
            size = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(db_path) for n in names)
        else:
            size = os.path.getsize(db_path)
        print(json.dumps({"seconds": seconds, "steps": steps, "counts": counts, "bytes": size,
                          "version": kuzu.__version__}))
        """#
}
