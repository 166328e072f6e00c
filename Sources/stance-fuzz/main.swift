// stance-fuzz: feeds hostile inputs to the whole query path (lexer, parser, name resolution, planner,
// SQLite, renderers) and checks that every one is either answered or rejected with a located QueryError,
// quickly, without a trap.
//
//   swift run -c release stance-fuzz [--count N] [--seed S] [--db PATH] [--only INDEX] [--limit-ms MS]
//
// Run it from the package root: without --db it builds the KORUS database from graph-data/ into a
// temporary file, and it reads the seed queries from queries/*.stq. Exit status 0 when every check
// passes, 1 when one fails, 2 for a usage error, 3 when an input traps or hangs (the input is named).

import Foundation
import StanceCore
import StanceGraphData
import StanceQuery
import StanceRender
import StanceStore

struct Options {
    var count = 100_000
    var seed: UInt64 = 1
    var database: String?
    var only: Int?
    var limitMilliseconds = 100.0
    var hangSeconds: UInt32 = 10

    static let usage = """
        usage: stance-fuzz [--count N] [--seed S] [--db PATH] [--only INDEX] [--limit-ms MS]
          --count N      inputs to try (default 100000)
          --seed S       the run's seed; the same seed gives the same inputs (default 1)
          --db PATH      a Stance database to query (default: KORUS, built from graph-data/)
          --only INDEX   replay one input of the run, printing it
          --limit-ms MS  the longest a rejection may take (default 100)
        """

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ name: String) -> String {
            guard let v = rest.popFirst() else { fail("\(name) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--count": options.count = number(value(argument), argument)
            case "--seed": options.seed = UInt64(number(value(argument), argument))
            case "--db": options.database = value(argument)
            case "--only": options.only = number(value(argument), argument)
            case "--limit-ms": options.limitMilliseconds = Double(number(value(argument), argument))
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown argument '\(argument)'")
            }
        }
        return options
    }

    static func number(_ text: String, _ name: String) -> Int {
        guard let n = Int(text), n >= 0 else { fail("\(name) takes a whole number, not '\(text)'") }
        return n
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("stance-fuzz: error: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}

/// The valid queries the mutations start from: every non-comment line of queries/*.stq.
func seedQueries() -> [String] {
    let folder = "queries"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".stq") }.sorted()
    var queries: [String] = []
    for name in names {
        guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
        queries += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
    return queries
}

/// The database to query: --db, or KORUS built into a temporary directory.
func database(_ options: Options) -> String {
    if let path = options.database { return path }
    let folder = GraphDataFolder(path: "graph-data")
    guard folder.exists else { Options.fail("no graph-data/ here: run from the package root or give --db") }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stance-fuzz-\(getpid())")
    let path = directory.appendingPathComponent("graph.sqlite").path
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try GraphBuilder.build(from: folder, to: path)
    } catch {
        FileHandle.standardError.write(Data("stance-fuzz: cannot build the KORUS database: \(error)\n".utf8))
        exit(1)
    }
    return path
}

/// A printable form of an input: control characters, quotes and non-ASCII as escapes, long runs shortened.
func shown(_ text: String, limit: Int = 160) -> String {
    var out = ""
    for scalar in text.unicodeScalars.prefix(limit) {
        if scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\\" && scalar != "\"" {
            out.unicodeScalars.append(scalar)
        } else {
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
    let count = text.unicodeScalars.count
    return "\"" + out + "\"" + (count > limit ? " … (\(count) code points)" : "")
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let seeds = seedQueries()
if seeds.isEmpty {
    FileHandle.standardError.write(Data("stance-fuzz: warning: no queries/*.stq here; mutating one built-in query\n".utf8))
}
let path = database(options)
let store: Store
do {
    store = try Store(path: path, mode: .readOnly)
} catch {
    FileHandle.standardError.write(Data("stance-fuzz: cannot open \(path): \(error)\n".utf8))
    exit(1)
}

var tally = Tally(limitMilliseconds: options.limitMilliseconds)
let indices = options.only.map { $0..<($0 + 1) } ?? 0..<options.count
CrashGuard.install(seed: options.seed)
let started = ContinuousClock.now
for index in indices {
    let (kind, text) = QueryMutator.input(seed: options.seed, index: index, seeds: seeds)
    if options.only != nil { print("input #\(index) (\(kind.rawValue)): \(shown(text, limit: 400))") }
    CrashGuard.begin(index, hangSeconds: options.hangSeconds)
    let outcome = Probe.run(text, explain: index % 64 == 0, in: store)
    CrashGuard.end()
    tally.add(outcome, index: index, kind: kind, text: text)
    if options.only != nil { print("outcome: \(outcome.summary)") }
}
let seconds = (ContinuousClock.now - started) / .seconds(1)
print(tally.report(seed: options.seed, database: options.database ?? "KORUS (built from graph-data/)", seconds: seconds))
if options.database == nil {
    try? store.close()
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
}
exit(tally.passed ? 0 : 1)
