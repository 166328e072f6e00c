import StanceStore
import Foundation

/// One cold-process comparison: a fresh `stance` process beside a fresh `sqlite3` shell.
struct ColdResult {
    var label: String
    var stanceCommand: String
    var stance: Stats
    var stanceRSS: Int?
    var sqliteCommand: String
    var sqlite: Stats?
    var sqliteRSS: Int?
    var rows: Int?
    var binary: String

    var ratio: Double { sqlite.map { stance.median / $0.median } ?? .nan }
}

/// A program run the same way each time; a non-zero exit status fails the bench.
struct Command {
    var program: String
    var arguments: [String]
    var stdout: String
    var stderr: String

    func run() throws -> ProcessResult {
        try checked(spawn(program, arguments, stdout: stdout, stderr: stderr))
    }

    /// Peak RSS of one more run, under /usr/bin/time.
    func rss() throws -> Int? {
        guard let measured = try peakRSS(program, arguments, stdout: stdout, stderr: stderr) else { return nil }
        _ = try checked(measured.result)
        return measured.rss
    }

    func checked(_ result: ProcessResult) throws -> ProcessResult {
        guard result.status == 0 else {
            let text = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            throw BenchError("\(program) \(arguments.joined(separator: " ")) exited with status \(result.status): \(text)")
        }
        return result
    }
}

enum ColdBench {
    /// How a `stance` binary links the Swift runtime and Foundation.
    static func linkage(_ binary: String) -> String {
        guard let ldd = capture("ldd", [binary]) else { return "unknown" }
        let core = ldd.contains("libswiftCore.so")
        let foundation = ldd.contains("libFoundation")
        switch (core, foundation) {
        case (false, false): return "static Swift runtime and Foundation"
        case (true, true): return "dynamic Swift runtime and Foundation"
        case (true, false): return "dynamic Swift runtime"
        case (false, true): return "dynamic Foundation"
        }
    }

    /// The hand SQL with its arguments written in, for the sqlite3 shell.
    static func literal(_ sql: String, _ arguments: [String]) -> String {
        var text = sql
        for (index, value) in arguments.enumerated().reversed() {
            text = text.replacingOccurrences(of: "?\(index + 1)", with: "'" + value.replacingOccurrences(of: "'", with: "''") + "'")
        }
        return text
    }

    static func run(_ data: DataSet, database: String, binaries: [String], options: Options, work: String) throws
        -> [ColdResult]
    {
        var results: [ColdResult] = []
        let err = (work as NSString).appendingPathComponent("cold.err")
        let sqlOut = (work as NSString).appendingPathComponent("cold-sqlite3.out")
        let outs = binaries.indices.map { (work as NSString).appendingPathComponent("cold-stance-\($0).out") }
        let links = binaries.map(linkage)
        let runs = options.coldRuns

        /// Times the commands in turn, rotating which goes first (after one warm-up each), then
        /// measures each one's peak RSS in one more run under /usr/bin/time.
        func rotate(_ commands: [Command]) throws -> [(Stats, Int?)] {
            for command in commands { _ = try command.run() }
            var times = [[Double]](repeating: [], count: commands.count)
            for round in 0..<runs {
                for step in commands.indices {
                    let index = (step + round) % commands.count
                    times[index].append(try commands[index].run().wall)
                }
            }
            return try commands.indices.map { (Stats(samples: times[$0]), try commands[$0].rss()) }
        }

        let questions: [(label: String, issue: String?)] =
            [("start-up only", nil), ("Q1 who, hot issue", data.x), ("Q1b who, rank-50 issue", data.xMid)]
        for question in questions {
            var commands: [Command]
            let stanceCommand: String
            let sqliteCommand: String
            if let issue = question.issue {
                let query = "who opposes \(issue)"
                let sql = literal(HandSQL.who, [issue, "opposes"]).replacingOccurrences(of: "\n", with: " ")
                commands = binaries.indices.map {
                    Command(program: binaries[$0], arguments: ["query", "--db", database, "--format", "json", query],
                            stdout: outs[$0], stderr: err)
                }
                commands.append(
                    Command(program: "sqlite3", arguments: ["-readonly", "-json", database, sql], stdout: sqlOut, stderr: err))
                stanceCommand = "stance query --db FILE --format json \"\(query)\""
                sqliteCommand = "sqlite3 -readonly -json FILE \"<hand SQL>\""
            } else {
                commands = binaries.indices.map {
                    Command(program: binaries[$0], arguments: ["--help"], stdout: outs[$0], stderr: err)
                }
                commands.append(Command(program: "sqlite3", arguments: ["-version"], stdout: sqlOut, stderr: err))
                stanceCommand = "stance --help"
                sqliteCommand = "sqlite3 -version"
            }
            let measured = try rotate(commands)
            let shell = measured[binaries.count]
            var rows: Int? = nil
            if question.issue != nil {
                // Every process gives the same answer (their last runs).
                let shellIDs = try shellActors(sqlOut)
                for index in binaries.indices {
                    let stanceIDs = try stanceActors(outs[index])
                    guard stanceIDs == shellIDs else {
                        throw BenchError(
                            "WRONG ANSWER (cold, \(question.label)): \(binaries[index]) gives \(stanceIDs.count) actors, "
                                + "the sqlite3 shell \(shellIDs.count)")
                    }
                }
                rows = shellIDs.count
            }
            for index in binaries.indices {
                results.append(
                    ColdResult(
                        label: question.label, stanceCommand: stanceCommand, stance: measured[index].0,
                        stanceRSS: measured[index].1, sqliteCommand: sqliteCommand, sqlite: shell.0, sqliteRSS: shell.1,
                        rows: rows, binary: links[index]))
            }
            note(
                "[\(data.size)] cold \(question.label): "
                    + binaries.indices.map { "stance (\(links[$0])) \(fmt(measured[$0].0.median))" }.joined(separator: ", ")
                    + ", sqlite3 \(fmt(shell.0.median))")
        }
        return results
    }

    static func stanceActors(_ path: String) throws -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let rows = object["rows"] as? [[String: Any]]
        else { throw BenchError("cannot read stance's JSON answer in \(path)") }
        return Set(rows.compactMap { ($0["actor"] as? [String: Any])?["id"] as? String })
    }

    static func shellActors(_ path: String) throws -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("no sqlite3 output") }
        if data.isEmpty { return [] }
        guard let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw BenchError("cannot read the sqlite3 shell's JSON in \(path)")
        }
        return Set(rows.compactMap { $0["actor_id"] as? String })
    }
}
