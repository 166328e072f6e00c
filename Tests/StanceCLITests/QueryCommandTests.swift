import Foundation
import StanceTestSupport
import Testing

@Suite("stance query, as scripts use it")
struct QueryCommandTests {
    let database: String

    init() throws {
        database = try TestSupport.korusDatabase.get()
    }

    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("JSON answers follow the contract: rows with actor {id, name}, stance and evidence")
    func whoJSON() throws {
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "who opposes withdrawal"])
        #expect(result.status == 0)
        let answer = try json(result.stdout)
        let rows = try #require(answer["rows"] as? [[String: Any]])
        #expect(rows.count >= 5)
        let names = rows.compactMap { ($0["actor"] as? [String: Any])?["name"] as? String }
        #expect(names.contains("James W. Fatheree"))
        #expect(names.contains("US Chamber of Commerce"))
        for row in rows {
            let actor = try #require(row["actor"] as? [String: Any])
            #expect(actor["id"] is String && actor["name"] is String && actor["kind"] is String)
            #expect(row["stance"] as? String == "opposes")
            let evidence = try #require(row["evidence"] as? [String: Any])
            #expect(evidence["source"] is [String: Any])
            #expect(evidence["date"] is String)
            #expect(evidence["basis"] is String)
            #expect(evidence.keys.contains("quote"))
        }
    }

    @Test("a quotes row has text, speaker, source and date")
    func quotesJSON() throws {
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "quotes by Fatheree"])
        #expect(result.status == 0)
        let rows = try #require(try json(result.stdout)["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        for row in rows {
            #expect(row["text"] is String && row["date"] is String)
            #expect(row["speaker"] is [String: Any] && row["source"] is [String: Any])
        }
    }

    @Test("an empty answer is an answer: exit 0")
    func emptyAnswer() throws {
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "who supports steel tariffs"])
        #expect(result.status == 0)
        #expect((try json(result.stdout)["rows"] as? [Any])?.isEmpty == true)
    }

    @Test("a query error exits 2 with the caret under the problem on standard error")
    func queryError() throws {
        let result = try StanceProcess.run(["query", "--db", database, "who opposes withdrawl"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: unknown issue 'withdrawl'; did you mean"))
        #expect(result.stderr.contains(" --> query:1:13"))
        #expect(result.stderr.contains("  |             ^^^^^^^^^"))
    }

    @Test("usage errors exit 2; a missing database exits 1")
    func usageErrors() throws {
        let unknownOption = try StanceProcess.run(["query", "--db", database, "--frmat", "json", "actors"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("--frmat"))
        let badFormat = try StanceProcess.run(["query", "--db", database, "--format", "xml", "actors"])
        #expect(badFormat.status == 2)
        let missing = try StanceProcess.run(["query", "--db", "/nonexistent/graph.sqlite", "actors"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at /nonexistent/graph.sqlite"))
    }

    @Test("every format answers; output on a pipe has no colour")
    func formats() throws {
        for format in ["table", "json", "csv", "markdown"] {
            let result = try StanceProcess.run(
                ["query", "--db", database, "--format", format, "--evidence", "who supports renegotiation"])
            #expect(result.status == 0, "\(format)")
            #expect(!result.stdout.contains("\u{1B}"), "\(format) output on a pipe holds escape codes")
            #expect(result.stdout.contains("Wendy Cutler"))
        }
        let csv = try StanceProcess.run(["query", "--db", database, "--format", "csv", "who supports renegotiation"])
        #expect(csv.stdout.hasPrefix(
            "Actor,Actor id,Kind,Stance,Issue,Issue id,Date,Evidence,Position id,Quote id,"
                + "Source,Source id,Source outlet,Source date,Source title,Basis\n"))
        // Ids to join on: Cutler's row names her, the issue, her position, its quote and its source.
        #expect(csv.stdout.contains(
            "Wendy Cutler,wendy-cutler,person,supports,KORUS renegotiation,renegotiation,2018-02,"
                + "“Targeted negotiations would help smooth the process”,wendy-cutler-supports-renegotiation-reneg,"
                + "cutler-targeted-negotiations,"))
    }

    @Test("--explain prints the SQL and its query plan on standard error")
    func explain() throws {
        let result = try StanceProcess.run(["query", "--db", database, "--explain", "who opposes withdrawal"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("-- SQL"))
        #expect(result.stderr.contains("USING"))
        #expect(result.stdout.contains("Fatheree"))
    }

    @Test("stats counts every kind")
    func stats() throws {
        let result = try StanceProcess.run(["stats", "--db", database, "--format", "json"])
        #expect(result.status == 0)
        let stats = try json(result.stdout)
        for key in ["actors", "issues", "sources", "positions", "quotes", "affiliations", "annotations", "schema_version"] {
            #expect(stats[key] is Int, "\(key)")
        }
        #expect((stats["actors"] as? Int ?? 0) >= 30)
        #expect((stats["positions"] as? Int ?? 0) >= 60)
    }
}

@Suite("A fresh checkout")
struct FreshCheckoutTests {
    @Test("the first query builds the default database; a changed graph-data rebuilds it; edits are never overwritten")
    func defaultDatabase() throws {
        let data = try TestSupport.copy(TestSupport.korusData.path)
        let root = data.deletingLastPathComponent()
        let first = try StanceProcess.run(["query", "who opposes withdrawal"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("James W. Fatheree"))
        let database = root.appendingPathComponent(".stance/graph.sqlite").path
        #expect(FileManager.default.fileExists(atPath: database))

        // A researcher edits graph-data/: the next query sees the change.
        let actors = data.appendingPathComponent("actors.yaml")
        let text = try String(contentsOf: actors, encoding: .utf8)
        try (text + "- id: omar-feld\n  name: Omar Feld\n  kind: person\n").write(to: actors, atomically: true, encoding: .utf8)
        let second = try StanceProcess.run(["query", "actors among people"], in: root)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Omar Feld"))

        // A database holding edits made through Stance is never silently replaced.
        try TestSupport.recordChange(in: database)
        try (text + "- id: zed-zeta\n  name: Zed Zeta\n  kind: person\n").write(to: actors, atomically: true, encoding: .utf8)
        let third = try StanceProcess.run(["query", "actors among people"], in: root)
        #expect(third.status == 0)
        #expect(third.stderr.contains("not yet exported"))
        #expect(!third.stdout.contains("Zed Zeta"))
        let build = try StanceProcess.run(["build"], in: root)
        #expect(build.status == 1)
        #expect(build.stderr.contains("--force"))
    }

    @Test("stance build reports every error as FILE:LINE:COLUMN and exits 2")
    func buildErrors() throws {
        let data = try TestSupport.copy(TestSupport.korusData.path)
        let file = data.appendingPathComponent("sources/nyt-2018-01-04.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "stance: supports", with: "stance: suports")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try StanceProcess.run(["build"], in: data.deletingLastPathComponent())
        #expect(result.status == 2)
        #expect(result.stderr.contains("graph-data/sources/nyt-2018-01-04.yaml:"))
        #expect(result.stderr.contains(": error: unknown stance 'suports'; expected one of: supports, opposes, mixed, neutral; did you mean 'supports'?"))
        #expect(result.stderr.contains("nothing was written"))
    }
}
