import Foundation

/// One generated data set: its CSV folder, manifest and fixed query parameters.
struct DataSet {
    var size: String
    var dir: String
    var seed: Int
    var generatorVersion: Int
    var counts: [String: Int]
    var quotes: Int
    /// Slugs of the hot issue, the second issue and the rank-50 issue.
    var x: String
    var y: String
    var xMid: String
    /// The most active actor: slug (its Stance id) and display name.
    var aSlug: String
    var aName: String
    /// The allies threshold of the bench README.
    var k: Int

    var positions: Int { counts["positions.csv"] ?? 0 }

    /// Finds (or generates) the data set of `size`.
    static func locate(size: String, options: Options) throws -> DataSet {
        let manager = FileManager.default
        var dir = (options.data as NSString).appendingPathComponent(size)
        let direct = (options.data as NSString).appendingPathComponent("positions.csv")
        if options.sizes.count == 1, manager.fileExists(atPath: direct) {
            dir = options.data
        }
        let complete = ["actors.csv", "issues.csv", "sources.csv", "positions.csv", "memberships.csv",
                        "params.json", "manifest.json"].allSatisfy {
            manager.fileExists(atPath: (dir as NSString).appendingPathComponent($0))
        }
        if !complete {
            let generator = try findGenerator(options)
            note("generating \(size) data into \(dir) with \(generator) …")
            let log = NSTemporaryDirectory() + "stance-bench-gen.log"
            let arguments = [generator] + generatorArguments(size: size, dir: dir)
            let result = try spawn("python3", arguments, stdout: log, stderr: log)
            guard result.status == 0 else {
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                throw BenchError(
                    "python3 \(arguments.joined(separator: " ")) failed (status \(result.status)):\n\(text)")
            }
            note(String(format: "generated in %.1f s", result.wall))
        }
        return try load(size: size, dir: dir)
    }

    /// gen.py's arguments for `size`: its own sizes by name; `xlarge` continues the step from medium to
    /// large (10× the actors and positions, 5× the issues): 1M actors, 25,000 issues, 10M positions.
    static func generatorArguments(size: String, dir: String) -> [String] {
        guard size == "xlarge" else { return [size, dir] }
        return ["custom", dir, "--actors", "1000000", "--issues", "25000", "--positions", "10000000"]
    }

    static func findGenerator(_ options: Options) throws -> String {
        var candidates: [String] = []
        if let generator = options.generator { candidates.append(generator) }
        if let env = ProcessInfo.processInfo.environment["STANCE_BENCH_GEN"] { candidates.append(env) }
        candidates += ["../shared/bench/gen.py", "/work/shared/bench/gen.py"]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw BenchError("gen.py not found (tried \(candidates.joined(separator: ", "))); pass --gen PATH")
        }
        return found
    }

    static func load(size: String, dir: String) throws -> DataSet {
        func json(_ name: String) throws -> [String: Any] {
            let path = (dir as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw BenchError("cannot read \(path)") }
            return object
        }
        let manifest = try json("manifest.json")
        let params = try json("params.json")
        guard let x = params["X_slug"] as? String, let y = params["Y_slug"] as? String,
            let xMid = params["X_mid_slug"] as? String, let a = params["A"] as? Int, let k = params["k"] as? Int
        else { throw BenchError("\(dir)/params.json lacks X_slug, Y_slug, X_mid_slug, A or k") }
        // A's slug and name from actors.csv (`id,slug,name,kind`; names never hold commas).
        let actorsPath = (dir as NSString).appendingPathComponent("actors.csv")
        guard let text = try? String(contentsOfFile: actorsPath, encoding: .utf8) else {
            throw BenchError("cannot read \(actorsPath)")
        }
        let prefix = "\(a),"
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else {
            throw BenchError("actor \(a) (params.json A) is not in \(actorsPath)")
        }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4 else { throw BenchError("unexpected actors.csv row: \(line)") }
        return DataSet(
            size: size, dir: dir, seed: manifest["seed"] as? Int ?? 0,
            generatorVersion: manifest["generator_version"] as? Int ?? 0,
            counts: manifest["counts"] as? [String: Int] ?? [:], quotes: manifest["quotes"] as? Int ?? 0,
            x: x, y: y, xMid: xMid, aSlug: fields[1], aName: fields[2], k: k)
    }
}
