import Foundation
import StanceStore
import StanceStorePostgres

/// `swift run -c release stance-bench [--sizes small,medium,large] [--data DIR] [--runs N] [--output FILE]`
///
/// For each data set: the import beside the sqlite3 shell's, every query shape through the full DSL
/// path beside hand-written SQL (checked to give the same answer), and the cold `stance query`
/// process beside the sqlite3 shell; then the table on standard output and in docs/benchmarks.md.
func runBench() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let options = try Options.parse(arguments)
    let binaries = options.stance.split(separator: ",").map(String.init)
    for binary in binaries where !FileManager.default.isExecutableFile(atPath: binary) {
        throw BenchError(
            "\(binary) is missing: build it first with `swift build -c release --product stance` (or pass --stance PATH)")
    }
    try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)

    var sqliteLibrary = "unknown"
    var machine = Machine.describe(sqliteLibrary: "")
    var sizes: [SizeResult] = []
    var postgres: [PostgresBench.Result] = []
    for size in options.sizes {
        let data = try DataSet.locate(size: size, options: options)
        if options.engine != "sqlite", let url = options.postgresURL {
            postgres.append(try PostgresBench.run(data, url: url, options: options, size: size))
        }
        if options.engine == "postgres" { continue }
        let database = (options.work as NSString).appendingPathComponent("\(size).sqlite")
        let imported = try ImportBench.run(data, database: database, options: options, stance: binaries[0])

        let store = try Store(path: database, mode: .readOnly)
        sqliteLibrary = try store.read { db in try db.fetchOne(String.self, sql: "SELECT sqlite_version()") } ?? "unknown"
        let mostActive = try store.read { db in try HandSQL.mostActive(db, limit: Shapes.matrixActors) }
        let shapes = Shapes.all(data, mostActive: mostActive)
        let warm = try WarmBench.run(shapes, store: store, options: options, size: size)
        try store.close()

        let cold =
            options.only?.contains("cold") ?? true
            ? try ColdBench.run(data, database: database, binaries: binaries, options: options, work: options.work)
            : []
        sizes.append(SizeResult(data: data, importResult: imported, shapes: warm, cold: cold))
    }
    machine.sqliteLibrary = sqliteLibrary
    machine.loadEnd = Machine.loadAverage()
    let command = "swift run -c release stance-bench " + arguments.joined(separator: " ")
    let stanceDescription = binaries.map { "`\($0)` (\(ColdBench.linkage($0)))" }.joined(separator: ", ")
    var markdown = Report.markdown(sizes, machine: machine, options: options, command: command, stance: stanceDescription)
    if !postgres.isEmpty, let url = options.postgresURL {
        markdown += PostgresBench.markdown(postgres, server: try postgresVersion(url))
    }
    if sizes.count > 1 {
        markdown += "\n### Scaling\n\nEach curve at every size measured, and its growth between neighbouring sizes as "
            + "the exponent k of n^k (1: linear in the positions, 0: flat).\n\n" + Scaling.markdown(sizes) + "\n"
    }
    if let path = options.scaling {
        let title = "Stance on SQLite: cost against positions (\(machine.date), load \(machine.loadStart) → \(machine.loadEnd))"
        try Scaling.svg(sizes, title: title).write(toFile: path, atomically: true, encoding: .utf8)
        note("scaling curve written to \(path)")
    }
    print(markdown)
    if options.output != "-" {
        try Report.write(markdown, to: options.output)
        note("written to \(options.output)")
    }
}

/// The server's version line, for the report.
func postgresVersion(_ url: String) throws -> String {
    let store = try PostgresEngine.open(url: url, mode: .readOnly)
    defer { try? store.close() }
    return try store.read { try $0.fetchOne(String.self, sql: "SELECT version()") } ?? "PostgreSQL"
}

do {
    try runBench()
} catch {
    note("stance-bench: error: \(error)")
    exit(1)
}
