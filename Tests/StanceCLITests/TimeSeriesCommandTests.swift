import Foundation
import StanceTestSupport
import Testing

@Suite("Networks and matrices over time")
struct TimeSeriesCommandTests {
    let database: String

    init() throws {
        database = try TestSupport.korusDatabase.get()
    }

    @Test("matrix --at: each date's lines are the matrix as of that date")
    func matrixSeries() throws {
        let series = try StanceProcess.run(
            ["matrix", "--at", "2017-09,2018-01", "--issues", "withdrawal,renegotiation", "--db", database])
        #expect(series.status == 0, "\(series.stderr)")
        let lines = series.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "at,actor_id,actor,issue_id,issue,stance")
        for date in ["2017-09", "2018-01"] {
            let single = try StanceProcess.run(
                ["matrix", "--as-of", date, "--issues", "withdrawal,renegotiation", "--format", "json", "--db", database])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
            let rows = try #require(object["rows"] as? [[String: Any]])
            var expected: Set<String> = []
            for row in rows {
                let actor = try #require((row["actor"] as? [String: Any])?["id"] as? String)
                for (issue, cell) in try #require(row["cells"] as? [String: Any]) {
                    if let stance = (cell as? [String: Any])?["stance"] as? String {
                        expected.insert("\(actor) \(issue) \(stance)")
                    }
                }
            }
            let found = Set(lines.dropFirst().filter { $0.hasPrefix(date + ",") }.map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return "\(fields[1]) \(fields[fields.count - 3]) \(fields[fields.count - 1])"
            })
            #expect(!expected.isEmpty && found == expected, "\(date)")
        }
        let bad = try StanceProcess.run(["matrix", "--at", "2017-09..2018-02", "--db", database])
        #expect(bad.status == 2 && bad.stderr.contains("needs --step"))
    }

    @Test("network --window: one dynamic GEXF, or one file per window, each window's network as --since/--until")
    func networkWindows() throws {
        let directory = try TestSupport.temporaryDirectory("windows")
        let gexf = try StanceProcess.run(
            ["network", "--window", "6m", "--step", "3m", "--since", "2017-06", "--until", "2018-02", "--format", "gexf",
             "--db", database])
        #expect(gexf.status == 0, "\(gexf.stderr)")
        #expect(gexf.stdout.contains("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\""))
        #expect(gexf.stdout.contains("start=\"2017-06-01\" end=\"2018-02-28\""))
        let path = directory.appendingPathComponent("dynamic.gexf").path
        try Data(gexf.stdout.utf8).write(to: URL(fileURLWithPath: path))
        if try Self.python("import networkx") != nil {
            let check = try Self.python(
                "import networkx as nx; g = nx.read_gexf('\(path)'); "
                    + "print(g.graph['mode'], all('spells' in d for _, d in g.nodes(data=True)), g.number_of_edges() > 0)")
            #expect(check == "dynamic True True\n")
        } else {
            print("skipped: python3 with networkx to read the dynamic GEXF back")
        }

        let folder = directory.appendingPathComponent("windows").path
        let files = try StanceProcess.run(
            ["network", "--window", "6m", "--step", "3m", "--since", "2017-06", "--until", "2018-02", "--format", "edges",
             "--output", folder, "--db", database])
        #expect(files.status == 0, "\(files.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [
            "2017-03-01_2017-09-01.csv", "2017-03-01_2017-09-01.csv.snapshot", "2017-06-01_2017-12-01.csv",
            "2017-06-01_2017-12-01.csv.snapshot", "2017-09-01_2018-03-01.csv", "2017-09-01_2018-03-01.csv.snapshot",
        ])
        // The last window is the network of positions from 2017-09-01 up to 2018-02 inclusive.
        let window = try String(contentsOfFile: folder + "/2017-09-01_2018-03-01.csv", encoding: .utf8)
        let direct = try StanceProcess.run(
            ["network", "--since", "2017-09", "--until", "2018-02", "--format", "edges", "--db", database])
        #expect(window == direct.stdout)
        #expect(window.split(separator: "\n").count > 1)
    }

    @Test("network --type hearsay --window: directed windows, each equal to the hearsay network of its dates")
    func hearsayWindows() throws {
        let gexf = try StanceProcess.run(
            ["network", "--type", "hearsay", "--window", "6m", "--since", "2011-01", "--until", "2018-06",
             "--format", "gexf", "--db", database])
        #expect(gexf.status == 0, "\(gexf.stderr)")
        #expect(gexf.stdout.contains("<graph mode=\"dynamic\" defaultedgetype=\"directed\""))
        let directory = try TestSupport.temporaryDirectory("hearsay-windows")
        let path = directory.appendingPathComponent("hearsay.gexf").path
        try Data(gexf.stdout.utf8).write(to: URL(fileURLWithPath: path))
        if let check = try Self.python(
            "import networkx as nx; g = nx.read_gexf('\(path)'); ids = {n: d['stance_id'] for n, d in g.nodes(data=True)}; "
                + "print(g.is_directed(), sorted((ids[a], ids[b]) for a, b in g.edges()))")
        {
            // Each edge runs from the reporter to the actor reported.
            #expect(check.hasPrefix("True [('james-fatheree', 'us-business-community'), ('robert-lighthizer', 'obama-administration')"))
        } else {
            print("skipped: python3 with networkx to read the dynamic GEXF back")
        }
        // A window's file is the hearsay network of exactly its dates.
        let folder = directory.appendingPathComponent("windows").path
        let files = try StanceProcess.run(
            ["network", "--type", "hearsay", "--window", "6m", "--since", "2018-01", "--until", "2018-06",
             "--format", "edges", "--output", folder, "--db", database])
        #expect(files.status == 0, "\(files.stderr)")
        let window = try String(contentsOfFile: folder + "/2018-01-01_2018-07-01.csv", encoding: .utf8)
        let direct = try StanceProcess.run(
            ["network", "--type", "hearsay", "--since", "2018-01", "--until", "2018-06", "--format", "edges", "--db", database])
        #expect(window == direct.stdout)
        #expect(window.contains("wendy-cutler,donald-trump"))
        let affiliation = try StanceProcess.run(["network", "--type", "affiliation", "--window", "6m", "--db", database])
        #expect(affiliation.status != 0 && affiliation.stderr.contains("affiliation network has none"))
    }

    /// Runs a python3 script; its output, or nil when python3 or networkx is missing.
    static func python(_ script: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
