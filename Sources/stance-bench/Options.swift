import StanceStore
import Foundation

/// Command-line options of `stance-bench`.
struct Options {
    var sizes = ["small", "medium", "large"]
    /// Where the generated CSV folders live: `DATA/SIZE` (or DATA itself when it holds the CSV files).
    var data = ".build/bench-data"
    /// Where the databases are built.
    var work = ".build/bench-work"
    /// The most warm runs per side and query shape.
    var runs = 20
    /// The fewest warm runs per side, however slow the shape.
    var minimumRuns = 5
    /// Seconds a warm shape may take (both sides) before its runs are cut down to `minimumRuns`.
    var budget = 20.0
    /// Runs per side of the cold process comparison.
    var coldRuns = 15
    /// Where the Markdown report goes (`-` for nowhere).
    var output = "docs/benchmarks.md"
    /// The `stance` executable for the cold process runs.
    var stance = ".build/release/stance"
    /// The generator.
    var generator: String? = nil
    /// Reuse a database already built by an earlier run (skips the import timing).
    var reuse = false
    /// Only these query shapes (by key), for working on one.
    var only: Set<String>? = nil
    /// Which engines to measure: `sqlite` (the default), `postgres`, or `both`.
    var engine = "sqlite"
    /// The PostgreSQL database for `--engine postgres|both` (default: `$STANCE_BENCH_POSTGRES_URL`); its graph
    /// is replaced by each import.
    var postgresURL = ProcessInfo.processInfo.environment["STANCE_BENCH_POSTGRES_URL"]
    /// The Python virtual environment with `kuzu` for the Kùzu load beside the import (made when missing).
    var kuzuVenv = ".build/kuzu-venv"
    /// Whether to load each data set into Kùzu too.
    var kuzu = true
    /// Whether to import each data set with the sqlite3 shell too (skipped for a long run at 10M).
    var shellImport = true
    /// Where `--scaling` writes the scaling curve (an SVG), when asked for.
    var scaling: String? = nil

    /// The data set sizes, by name: the generator's own three, and `xlarge` (10M positions).
    static let knownSizes = ["small", "medium", "large", "xlarge"]

    static let usage = """
        usage: stance-bench [--sizes small,medium,large] [--data DIR] [--runs N] [--cold-runs N]
                            [--budget SECONDS] [--output FILE|-] [--stance PATH] [--work DIR]
                            [--gen PATH/gen.py] [--reuse] [--only KEY,KEY]
                            [--engine sqlite|postgres|both] [--postgres-url postgres://…]
                            [--kuzu-venv DIR | --no-kuzu] [--no-shell-import] [--scaling FILE.svg]

        Imports each data set (generating it with gen.py when missing) beside the sqlite3 shell's
        .import, times every query shape through the full DSL path beside hand-written SQL (same
        process, alternating, warm), checks both give the same answer, times the cold `stance query`
        process beside the sqlite3 shell, and writes the table to docs/benchmarks.md. Sizes: small
        (10k positions), medium (100k), large (1M), xlarge (10M). Kùzu (from PyPI, in --kuzu-venv)
        loads the same CSVs beside the import. --scaling draws import time, database size and the
        main shapes against the sizes measured.
        Build first: swift build -c release --product stance (links the Swift runtime statically)
        """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let value = iterator.next() else { throw BenchError("\(flag) needs a value\n\(usage)") }
            return value
        }
        func number(_ flag: String) throws -> Int {
            let text = try value(flag)
            guard let n = Int(text), n > 0 else { throw BenchError("\(flag) needs a positive number, not '\(text)'") }
            return n
        }
        while let argument = iterator.next() {
            switch argument {
            case "--sizes", "--size":
                options.sizes = try value(argument).split(separator: ",").map(String.init)
            case "--data": options.data = try value(argument)
            case "--work": options.work = try value(argument)
            case "--runs": options.runs = try number(argument)
            case "--min-runs": options.minimumRuns = try number(argument)
            case "--cold-runs": options.coldRuns = try number(argument)
            case "--budget": options.budget = Double(try number(argument))
            case "--output": options.output = try value(argument)
            case "--stance": options.stance = try value(argument)
            case "--gen": options.generator = try value(argument)
            case "--reuse": options.reuse = true
            case "--only": options.only = Set(try value(argument).split(separator: ",").map(String.init))
            case "--engine": options.engine = try value(argument)
            case "--postgres-url": options.postgresURL = try value(argument)
            case "--kuzu-venv": options.kuzuVenv = try value(argument)
            case "--no-kuzu": options.kuzu = false
            case "--no-shell-import": options.shellImport = false
            case "--scaling": options.scaling = try value(argument)
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                throw BenchError("unknown option '\(argument)'\n\(usage)")
            }
        }
        options.minimumRuns = min(options.minimumRuns, options.runs)
        guard ["sqlite", "postgres", "both"].contains(options.engine) else {
            throw BenchError("unknown engine '\(options.engine)': expected sqlite, postgres or both")
        }
        if options.engine != "sqlite", options.postgresURL == nil {
            throw BenchError("--engine \(options.engine) needs --postgres-url or STANCE_BENCH_POSTGRES_URL (eval \"$(.ci/postgres.sh)\" starts one)")
        }
        for size in options.sizes where !knownSizes.contains(size) {
            throw BenchError("unknown size '\(size)': expected \(knownSizes.joined(separator: ", "))")
        }
        return options
    }
}
