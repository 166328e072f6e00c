import Foundation
import StanceTestSupport
import Testing

/// A small import folder made by the test itself: 30 actors, 5 issues, 20 sources, 300 positions.
///
/// Rows come from a fixed linear congruential generator, so every run writes the same bytes. The
/// first positions carry the awkward quotes: commas, a `"`, a line break and one longer than the
/// reader's 64 KiB chunk.
private struct ImportFixture {
    struct Actor { var slug, name, kind: String }
    struct Issue { var slug, name: String }
    struct Source { var title, outlet, date: String }
    struct Position { var actor, issue: Int; var stance, date: String; var source: Int; var quote: String }
    struct Membership { var person, org: Int; var role: String }

    var actors: [Actor] = []
    var issues: [Issue] = []
    var sources: [Source] = []
    var positions: [Position] = []
    var memberships: [Membership] = []

    static let commaQuote = "We will not, under any circumstances, accept withdrawal zebra."
    static let doubleQuoteQuote = "He called it a \"disaster\", and we agree zebra."
    static let multiLineQuote = "First line of the statement,\nsecond line zebra."
    static let longQuote = String(repeating: "Tariffs, tariffs and more tariffs; ", count: 2_000) + "done."

    /// The 1-based id of `withdrawal`.
    static let withdrawal = 3

    init() {
        var seed: UInt64 = 20_240_601
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let first = ["Ana", "Bora", "Carl", "Dana", "Eun", "Farid", "Gita", "Hana", "Ivan", "Jae"]
        let last = ["Kim", "Park", "Kelly", "Lee"]
        for index in 0..<20 {
            let name = "\(first[index % 10]) \(Character(UnicodeScalar(UInt8(65 + index)))). \(last[index / 5])"
            actors.append(Actor(slug: slug(name), name: name, kind: "person"))
        }
        for name in ["Pacific Trade Council", "Eastern Energy League", "Southern Economic Chamber",
                     "Farmers Union", "Steel Workers Alliance", "Auto Makers Forum", "Pharma Group"] {
            actors.append(Actor(slug: slug(name), name: name, kind: "organization"))
        }
        for name in ["Government of Kari", "Government of Tolan", "Government of Oru"] {
            actors.append(Actor(slug: slug(name), name: name, kind: "government"))
        }
        issues = [
            Issue(slug: "isds", name: "Investor-state dispute settlement"),
            Issue(slug: "renegotiation", name: "KORUS renegotiation"),
            Issue(slug: "withdrawal", name: "KORUS withdrawal"),
            Issue(slug: "auto-tariffs", name: "Auto tariffs"),
            Issue(slug: "issue-5", name: "Issue 5: outcome terminate support"),
        ]
        let outlets = ["Reuters", "Korea Herald", "Wall Street Journal", ""]
        for index in 1...20 {
            let outlet = outlets[random(outlets.count)]
            let date = String(format: "%04d-%02d-%02d", 2015 + random(10), 1 + random(12), 1 + random(28))
            let title = "Title \(index) (\(outlet.isEmpty ? "none" : outlet) #\(index))"
            sources.append(Source(title: title, outlet: outlet, date: date))
        }
        let stances = ["supports", "opposes", "neutral", "mixed"]
        let words = ["trade", "deal", "jobs", "don't", "steel", "autos", "farmers", "fair", "review"]
        for index in 1...300 {
            let source = 1 + random(sources.count)
            let issue = random(3) == 0 ? 1 + random(issues.count) : Self.withdrawal
            var quote = ""
            if random(3) == 0 {
                quote = (0..<(8 + random(8))).map { _ in words[random(words.count)] }.joined(separator: " ") + "."
            }
            switch index {
            case 1: quote = Self.commaQuote
            case 2: quote = Self.doubleQuoteQuote
            case 3: quote = Self.multiLineQuote
            case 4: quote = Self.longQuote
            default: break
            }
            positions.append(Position(
                actor: index <= 4 ? 1 : 1 + random(actors.count), issue: issue,
                stance: stances[random(stances.count)], date: sources[source - 1].date, source: source, quote: quote))
        }
        for person in 1...20 where person % 4 != 0 {
            let org = 21 + random(10)
            memberships.append(Membership(
                person: person, org: org, role: actors[org - 1].kind == "government" ? "official of" : "member of"))
        }
    }

    /// The files' text; `lineEnd` may be "\r\n" to check that form too.
    func files(lineEnd: String = "\n") -> [String: String] {
        func csv(_ header: String, _ rows: [[String]]) -> String {
            ([header] + rows.map { $0.map(field).joined(separator: ",") }).map { $0 + lineEnd }.joined()
        }
        return [
            "actors.csv": csv(
                "id,slug,name,kind", actors.enumerated().map { ["\($0 + 1)", $1.slug, $1.name, $1.kind] }),
            "issues.csv": csv("id,slug,name", issues.enumerated().map { ["\($0 + 1)", $1.slug, $1.name] }),
            "sources.csv": csv(
                "id,title,outlet,date", sources.enumerated().map { ["\($0 + 1)", $1.title, $1.outlet, $1.date] }),
            "positions.csv": csv(
                "id,actor_id,issue_id,stance,date,source_id,quote",
                positions.enumerated().map {
                    ["\($0 + 1)", "\($1.actor)", "\($1.issue)", $1.stance, $1.date, "\($1.source)", $1.quote]
                }),
            "memberships.csv": csv("person_id,org_id,role", memberships.map { ["\($0.person)", "\($0.org)", $0.role] }),
        ]
    }

    /// Writes the files to a new folder, after `edit` has had its way with them.
    func write(lineEnd: String = "\n", edit: (inout [String: String]) -> Void = { _ in }) throws -> URL {
        let folder = try TestSupport.temporaryDirectory("import-csv")
        var files = files(lineEnd: lineEnd)
        edit(&files)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The slugs of the actors whose latest (date, then id) position on `issue` is `stance`.
    func latest(_ stance: String, on issue: Int) -> Set<String> {
        var latest: [Int: (date: String, id: Int, stance: String)] = [:]
        for (offset, p) in positions.enumerated() where p.issue == issue {
            let id = offset + 1
            if let current = latest[p.actor], (current.date, current.id) > (p.date, id) { continue }
            latest[p.actor] = (p.date, id, p.stance)
        }
        return Set(latest.filter { $0.value.stance == stance }.map { actors[$0.key - 1].slug })
    }

    /// The 1-based line on which data row `row` (1-based) of `text` starts.
    static func line(ofRow row: Int, in text: String) -> Int {
        var line = 1
        var rowsSeen = 0
        var inQuotes = false
        for character in text.unicodeScalars {
            if character == "\"" { inQuotes.toggle() }
            if character == "\n" {
                line += 1
                if !inQuotes {
                    rowsSeen += 1
                    if rowsSeen == row { return line }
                }
            }
        }
        return line
    }
}

/// `Anna B. Kim` → `anna-b-kim`.
private func slug(_ name: String) -> String {
    name.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
}

/// A CSV field: quoted, with `""` for `"`, when it holds a comma, a quote or a line break.
private func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

@Suite("stance import --csv")
struct ImportTests {
    private let fixture = ImportFixture()

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func newDatabase() throws -> String {
        try TestSupport.temporaryDirectory("import-db").appendingPathComponent("graph.sqlite").path
    }

    /// Imports `folder` into a new database and returns its path.
    private func imported(_ folder: URL) throws -> String {
        let database = try newDatabase()
        let result = try StanceProcess.run(["import", "--csv", folder.path, "--db", database])
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported \(database) from \(folder.path): 30 actors, 5 issues"))
        #expect(result.stderr.isEmpty, "no progress line off a terminal")
        return database
    }

    @Test("every row arrives: counts equal the CSV rows, the file is a WAL database")
    func counts() throws {
        let database = try imported(try fixture.write())
        // Nothing beside the database: no temporary file, no write-ahead log.
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (database as NSString).deletingLastPathComponent)
        #expect(leftovers == ["graph.sqlite"])
        let result = try StanceProcess.run(["stats", "--db", database, "--format", "json"])
        #expect(result.status == 0)
        let stats = try json(result.stdout)
        #expect(stats["actors"] as? Int == 30)
        #expect(stats["issues"] as? Int == 5)
        #expect(stats["sources"] as? Int == 20)
        #expect(stats["positions"] as? Int == 300)
        #expect(stats["quotes"] as? Int == fixture.positions.filter { !$0.quote.isEmpty }.count)
        #expect(stats["affiliations"] as? Int == fixture.memberships.count)
        #expect(stats["changes"] as? Int == 0)
        // Bytes 18 and 19 of an SQLite header are 2 for WAL.
        let header = try #require(FileHandle(forReadingAtPath: database)).readData(ofLength: 20)
        #expect(Array(header.suffix(2)) == [2, 2])
    }

    @Test("memberships arrive without a source: extract reads the graph, export keeps them, build names the gap")
    func sourcelessAffiliations() throws {
        let database = try imported(try fixture.write())
        let folder = try TestSupport.temporaryDirectory("import-extract")
        let article = folder.appendingPathComponent("article.txt")
        try Data("Talks resume\n\n\"We will not accept withdrawal,\" said Omar Feld, a fellow at the Example Institute.\n".utf8)
            .write(to: article)
        // The extractor reads every affiliation; one with no source used to stop it with "not a valid id".
        let extracted = try StanceProcess.run(["extract", article.path, "--db", database, "--format", "json"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stdout.contains("\"Omar Feld\""))
        // Export writes them as they are (no source); build then says which entry lacks one.
        let exported = folder.appendingPathComponent("graph-data")
        let export = try StanceProcess.run(["export", "--db", database, "--to", exported.path])
        #expect(export.status == 0, "\(export.stderr)")
        let affiliations = try String(contentsOf: exported.appendingPathComponent("affiliations.yaml"), encoding: .utf8)
        #expect(affiliations.split(separator: "\n").filter { $0.hasPrefix("- id:") }.count == fixture.memberships.count)
        #expect(!affiliations.contains("source:"))
        let rebuilt = folder.appendingPathComponent("rebuilt.sqlite").path
        let build = try StanceProcess.run(["build", "--from", exported.path, "--db", rebuilt])
        #expect(build.status == 2)
        #expect(build.stderr.contains("affiliations.yaml:1:3: error: missing required field 'source'"), "\(build.stderr.prefix(300))")
    }

    @Test("who opposes withdrawal: exactly the actors whose latest position on it opposes")
    func latestStance() throws {
        let database = try imported(try fixture.write())
        let expected = fixture.latest("opposes", on: ImportFixture.withdrawal)
        #expect(expected.count >= 3)
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "who opposes withdrawal"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try json(result.stdout)["rows"] as? [[String: Any]])
        let found = rows.compactMap { ($0["actor"] as? [String: Any])?["id"] as? String }
        #expect(found.count == rows.count)
        #expect(Set(found) == expected)
        #expect(found.count == expected.count, "one row per actor")
    }

    @Test("quotes keep their commas, double quotes, line breaks and length, and are searchable")
    func quotes() throws {
        let database = try imported(try fixture.write())
        let name = fixture.actors[0].name
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "quotes by \(name)"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try json(result.stdout)["rows"] as? [[String: Any]])
        let texts = Set(rows.compactMap { $0["text"] as? String })
        for quote in [ImportFixture.commaQuote, ImportFixture.doubleQuoteQuote, ImportFixture.multiLineQuote,
                      ImportFixture.longQuote] {
            #expect(texts.contains(quote), "\(quote.prefix(40))")
        }
        let comma = try #require(rows.first { $0["text"] as? String == ImportFixture.commaQuote })
        #expect(comma["date"] as? String == fixture.positions[0].date)
        #expect((comma["source"] as? [String: Any])?["title"] as? String
            == fixture.sources[fixture.positions[0].source - 1].title)

        let search = try StanceProcess.run(["query", "--db", database, "--format", "json", "quotes matching \"zebra\""])
        #expect(search.status == 0, "\(search.stderr)")
        let matches = try #require(try json(search.stdout)["rows"] as? [[String: Any]])
        #expect(matches.count == 3)
    }

    @Test("\\r\\n line ends read the same as \\n")
    func crlf() throws {
        let database = try imported(try fixture.write(lineEnd: "\r\n"))
        let result = try StanceProcess.run(["query", "--db", database, "--format", "json", "quotes matching \"zebra\""])
        let rows = try #require(try json(result.stdout)["rows"] as? [[String: Any]])
        let texts = Set(rows.compactMap { $0["text"] as? String })
        #expect(texts == [ImportFixture.commaQuote, ImportFixture.doubleQuoteQuote, ImportFixture.multiLineQuote])
    }

    /// Replaces data row `row` of `file`, field `column` (0-based), with `value`.
    private func replacing(_ file: String, row: Int, column: Int, with value: String)
        -> (inout [String: String]) -> Void
    {
        { files in
            guard let text = files[file] else { return }
            var lines = text.components(separatedBy: "\n")
            // Rows of this fixture after the first four are one line each.
            let line = ImportFixture.line(ofRow: row, in: text) - 1
            var fields = lines[line].components(separatedBy: ",")
            fields[column] = value
            lines[line] = fields.joined(separator: ",")
            files[file] = lines.joined(separator: "\n")
        }
    }

    @Test(
        "a bad row fails at FILE:LINE:COLUMN, exits 1 and leaves the database byte for byte as it was",
        arguments: [
            ("positions.csv", 10, 3, "suports",
             "unknown stance 'suports'; expected one of: supports, opposes, neutral, mixed"),
            ("positions.csv", 20, 1, "31", "actor_id '31' is not an id in actors.csv; expected an id from 1 to 30"),
            ("positions.csv", 30, 4, "2019-02-30", "date '2019-02-30' is not a date; expected YYYY-MM-DD"),
            ("positions.csv", 40, 0, "41", "id '41'; expected 40"),
            ("memberships.csv", 2, 1, "5", "org_id 5 is a person"),
        ])
    func badRow(file: String, row: Int, column: Int, value: String, message: String) throws {
        let database = try imported(try fixture.write())
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let folder = try fixture.write(edit: replacing(file, row: row, column: column, with: value))
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let line = ImportFixture.line(ofRow: row, in: text)
        let lineText = text.components(separatedBy: "\n")[line - 1]
        let character = lineText.components(separatedBy: ",").prefix(column).map { $0.count + 1 }.reduce(1, +)

        let result = try StanceProcess.run(["import", "--csv", folder.path, "--db", database])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file):\(line):\(character): error: \(message)"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (database as NSString).deletingLastPathComponent)
        #expect(leftovers == ["graph.sqlite"])
    }

    @Test("a wrong header fails at line 1, at the first column that differs")
    func wrongHeader() throws {
        let database = try imported(try fixture.write())
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let folder = try fixture.write { files in
            files["positions.csv"] = files["positions.csv"]?.replacingOccurrences(
                of: "id,actor_id,issue_id,", with: "id,actor,issue_id,")
        }
        let result = try StanceProcess.run(["import", "--csv", folder.path, "--db", database])
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "positions.csv:1:4: error: header row 'id,actor,issue_id,stance,date,source_id,quote'; "
                + "expected 'id,actor_id,issue_id,stance,date,source_id,quote'"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test("a quoted field must be closed, and a quote may not appear inside a bare field")
    func malformedQuotes() throws {
        let unclosed = try fixture.write { files in
            files["positions.csv"] = (files["positions.csv"] ?? "") + "301,1,1,supports,2019-01-01,1,\"never closed\n"
        }
        let first = try StanceProcess.run(["import", "--csv", unclosed.path, "--db", try newDatabase()])
        #expect(first.status == 1)
        #expect(first.stderr.contains(":31: error: a quoted field that is never closed"), "\(first.stderr)")
        let bare = try fixture.write { files in
            files["issues.csv"] = files["issues.csv"]?.replacingOccurrences(
                of: "KORUS withdrawal", with: "KORUS \"withdrawal\"")
        }
        let second = try StanceProcess.run(["import", "--csv", bare.path, "--db", try newDatabase()])
        #expect(second.status == 1)
        #expect(
            second.stderr.contains("issues.csv:4:20: error: '\"' inside a field that does not start with one"),
            "\(second.stderr)")
    }

    @Test("without --db or STANCE_DB it refuses (exit 2); STANCE_DB names the file")
    func databaseOption() throws {
        let folder = try fixture.write()
        let refused = try StanceProcess.run(["import", "--csv", folder.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--db"))
        let database = try newDatabase()
        let viaEnvironment = try StanceProcess.run(
            ["import", "--csv", folder.path], environment: ["STANCE_DB": database])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test("a file that is not a database is never replaced; a missing CSV file is named")
    func refusals() throws {
        let folder = try fixture.write()
        let notes = try newDatabase()
        try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
        let result = try StanceProcess.run(["import", "--csv", folder.path, "--db", notes])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not an SQLite database"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")

        try FileManager.default.removeItem(at: folder.appendingPathComponent("memberships.csv"))
        let missing = try StanceProcess.run(["import", "--csv", folder.path, "--db", try newDatabase()])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("memberships.csv"))
    }
}
