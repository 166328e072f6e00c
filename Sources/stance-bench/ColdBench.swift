import Foundation
import StanceQuery
import StanceStore

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

        let questions = try coldQuestions(data, database: database)
        for question in questions {
            var commands: [Command]
            let stanceCommand: String
            let sqliteCommand: String
            if let query = question.query {
                commands = binaries.indices.map {
                    Command(program: binaries[$0], arguments: ["query", "--db", database, "--format", "json", query],
                            stdout: outs[$0], stderr: err)
                }
                // The statement `stance query --explain` prints, its arguments bound as the shell binds them.
                let parameters = question.arguments.enumerated().flatMap { ["-cmd", ".parameter set ?\($0.offset + 1) \($0.element)"] }
                commands.append(
                    Command(
                        program: "sqlite3", arguments: ["-readonly", "-json", database] + parameters + [question.sql],
                        stdout: sqlOut, stderr: err))
                stanceCommand = "stance query --db FILE --format json \"\(query)\""
                sqliteCommand = "sqlite3 -readonly -json FILE -cmd \".parameter set ?1 …\" \"<the SQL of --explain>\""
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
            if question.query != nil {
                // Every process gives the same rows, in the same order (their last runs).
                let shellKeys = try shellKeys(sqlOut, columns: question.shellKey)
                for index in binaries.indices {
                    let stanceKeys = try stanceKeys(outs[index], path: question.stanceKey)
                    guard stanceKeys == shellKeys else {
                        throw BenchError(
                            "WRONG ANSWER (cold, \(question.label)): \(binaries[index]) gives \(stanceKeys.count) rows, "
                                + "the sqlite3 shell \(shellKeys.count)"
                                + (stanceKeys.count == shellKeys.count ? " in another order or with other ids" : ""))
                    }
                }
                rows = shellKeys.count
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

    /// One cold question: the query, the SQL its plan runs (as `--explain` prints it) with its arguments as SQL
    /// literals for the shell's `.parameter set`, and how to read the same row keys from both outputs.
    struct Question {
        var label: String
        var query: String?
        var sql = ""
        var arguments: [String] = []
        /// Keys of each JSON row of stance's answer (a path per key) and the shell's columns holding the same.
        var stanceKey: [[String]] = []
        var shellKey: [String] = []
    }

    /// Start-up alone, then the who, changed and quotes shapes, each planned in this process exactly as
    /// `stance query` plans it.
    static func coldQuestions(_ data: DataSet, database: String) throws -> [Question] {
        let who = ([["actor", "id"]], ["actor_id"])
        let changed = ([["actor", "id"], ["evidence", "position"]], ["actor_id", "position_id"])
        let quotes = ([["id"]], ["quote_id"])
        let asked: [(String, String, ([[String]], [String]))] = [
            ("Q1 who, hot issue", "who opposes \(data.x)", who),
            ("Q1b who, rank-50 issue", "who opposes \(data.xMid)", who),
            ("Q4 changed", "who changed on \(data.x)", changed),
            ("Q7 quotes by A about X", "quotes by \(data.aName) about \(data.x)", quotes),
            ("Q7a quotes by A", "quotes by \(data.aName)", quotes),
        ]
        let store = try Store(path: database, mode: .readOnly)
        defer { try? store.close() }
        return try [Question(label: "start-up only", query: nil)] + asked.map { label, query, keys in
            let built = try store.read { db in
                Planner.plan(try Parser.parse(query, directory: StoreNameDirectory(db))).sql.build(db.dialect)
            }
            let arguments = try built.arguments.map { value -> String in
                switch value {
                case .text(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
                case .integer(let number): return String(number)
                case .real, .null: throw BenchError("cold \(label): an argument the bench cannot pass to the shell")
                }
            }
            return Question(
                label: label, query: query, sql: built.sql, arguments: arguments, stanceKey: keys.0, shellKey: keys.1)
        }
    }

    /// Each JSON row's keys in stance's answer, in order.
    static func stanceKeys(_ path: String, path keys: [[String]]) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let rows = object["rows"] as? [[String: Any]]
        else { throw BenchError("cannot read stance's JSON answer in \(path)") }
        return rows.map { row in keys.map { value(row, $0) } }
    }

    /// Each row's keys in the sqlite3 shell's JSON, in order.
    static func shellKeys(_ path: String, columns: [String]) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("no sqlite3 output") }
        if data.isEmpty { return [] }
        guard let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw BenchError("cannot read the sqlite3 shell's JSON in \(path)")
        }
        return rows.map { row in columns.map { value(row, [$0]) } }
    }

    /// The text (or number) at `path` in a JSON object.
    static func value(_ object: [String: Any], _ path: [String]) -> String {
        var current: Any? = object
        for key in path { current = (current as? [String: Any])?[key] }
        if let text = current as? String { return text }
        if let number = current as? NSNumber { return number.stringValue }
        return "<missing \(path.joined(separator: "."))>"
    }
}
