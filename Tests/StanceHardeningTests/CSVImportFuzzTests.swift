import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

/// Broken CSV import folders (`stance import --csv`): truncated, mistyped, duplicated and oversized files are
/// refused with `FILE:LINE:COLUMN` errors, and the database they would have replaced is left byte-identical.
@Suite("CSV import fuzzing")
struct CSVImportFuzzTests {
    static let names = CSVImporter.fileNames

    /// A small valid import folder in the layout of `shared/bench/README.md`: 12 actors, 4 issues, 6 sources,
    /// 40 positions (every third with a quote holding a comma), 5 memberships.
    static func validFolder() throws -> URL {
        let dir = try TestSupport.temporaryDirectory("csv-fuzz")
        var actors = ["id,slug,name,kind"]
        for i in 1...8 { actors.append("\(i),person-\(i),Person \(i). Kim,person") }
        for i in 9...11 { actors.append("\(i),council-\(i),Trade Council \(i),organization") }
        actors.append("12,government-of-kari,Government of Kari,government")
        let issues = ["id,slug,name", "1,withdrawal,KORUS withdrawal", "2,renegotiation,KORUS renegotiation",
                      "3,auto-tariffs,Auto tariffs", "4,issue-4,Issue 4: outcome terminate support"]
        var sources = ["id,title,outlet,date"]
        let dates = ["2017-09-01", "2017-10-15", "2018-01-04", "2018-02-28", "2018-03-01", "2016-02-29"]
        for i in 1...6 { sources.append("\(i),Tariff talks \(i) (Reuters #\(i)),\(i == 6 ? "" : "Reuters"),\(dates[i - 1])") }
        var positions = ["id,actor_id,issue_id,stance,date,source_id,quote"]
        let stances = ["supports", "opposes", "neutral", "mixed"]
        for i in 1...40 {
            let source = 1 + i % 6
            let quote = i % 3 == 0 ? "\"We will not, under any circumstances, accept it \(i).\"" : ""
            positions.append("\(i),\(1 + i % 12),\(1 + i % 4),\(stances[i % 4]),\(dates[source - 1]),\(source),\(quote)")
        }
        let memberships = ["person_id,org_id,role", "1,9,works for", "2,9,member of", "2,10,adviser to",
                           "3,11,senior fellow at", "4,12,official of"]
        for (name, lines) in zip(names, [actors, issues, sources, positions, memberships]) {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent(name))
        }
        return dir
    }

    struct Mutation {
        var label: String
        var file: String
        var bytes: Data
    }

    static let wrongValues = [
        "abc", "-1", "0", "99999", "1.5", "2018-02-30", "18-01-04", "", "supports ", "Opposes", "person_", "\u{FF11}",
        "\"unterminated", "a\"b", "x,y", "\u{0}", "NaN", "9223372036854775808",
    ]

    static func mutations(of dir: URL) -> [Mutation] {
        var rng = QueryMutator(seed: 11, index: 0, seeds: [])
        var result: [Mutation] = []
        func original(_ file: String) -> Data { Hardening.bytes(dir.appendingPathComponent(file).path) }
        func lines(_ file: String) -> [String] {
            String(decoding: original(file), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        func joined(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }
        for file in names {
            let data = original(file)
            for _ in 0..<2 {
                let cut = 1 + rng.int(data.count - 2)
                result.append(Mutation(label: "truncated at byte \(cut)", file: file, bytes: data.prefix(cut)))
            }
        }
        for value in wrongValues {
            let file = rng.pick(names)
            var rows = lines(file)
            let row = 1 + rng.int(rows.count - 1)
            var fields = rows[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let column = rng.int(min(fields.count, file == "positions.csv" ? 6 : fields.count))
            fields[column] = value
            rows[row] = fields.joined(separator: ",")
            result.append(Mutation(label: "line \(row + 1) field \(column + 1) given \(value.debugDescription)", file: file, bytes: joined(rows)))
        }
        for file in names {
            var rows = lines(file)
            let row = 1 + rng.int(rows.count - 1)
            rows.insert(rows[row], at: row + 1)
            result.append(Mutation(label: "line \(row + 1) twice", file: file, bytes: joined(rows)))
        }
        var positions = lines("positions.csv")
        positions[1] += "\"" + String(repeating: "tariffs, ", count: 5_000_000 / 9) + "\""
        result.append(Mutation(label: "a 5 MB quote", file: "positions.csv", bytes: joined(positions)))
        result.append(Mutation(label: "5 MB without a line break", file: "actors.csv", bytes: original("actors.csv") + Data(repeating: 0x78, count: 5_000_000)))
        result.append(Mutation(label: "invalid UTF-8 in a name", file: "issues.csv", bytes: original("issues.csv") + Data("5,issue-5,Bad ".utf8) + Data([0xC3, 0x28, 0x0A])))
        result.append(Mutation(label: "a header renamed", file: "sources.csv", bytes: Data(lines("sources.csv").joined(separator: "\n").replacingOccurrences(of: "id,title", with: "id,titel").utf8)))
        result.append(Mutation(label: "an empty file", file: "memberships.csv", bytes: Data()))
        return result
    }

    @Test("truncated, mistyped, duplicated and oversized CSV files: located errors, the database byte-identical")
    func brokenFolders() throws {
        let dir = try Self.validFolder()
        let database = try TestSupport.temporaryDirectory("csv-fuzz-db").appendingPathComponent("graph.sqlite").path
        try CSVImporter.importFolder(dir.path, into: database)
        var before = Hardening.bytes(database)
        try #require(!before.isEmpty)
        var rejected = 0
        var accepted: [String] = []
        var failures: [String] = []
        for mutation in Self.mutations(of: dir) {
            let path = dir.appendingPathComponent(mutation.file).path
            let original = Hardening.bytes(path)
            try mutation.bytes.write(to: URL(fileURLWithPath: path))
            defer { try? original.write(to: URL(fileURLWithPath: path)) }
            let name = "\(mutation.file) \(mutation.label)"
            do {
                try CSVImporter.importFolder(dir.path, into: database)
                // Still valid (a cut at a row's end, a value that is text after all): the import may replace
                // the database. Put the valid folder's database back for the next case.
                accepted.append(name)
                try original.write(to: URL(fileURLWithPath: path))
                try CSVImporter.importFolder(dir.path, into: database)
                before = Hardening.bytes(database)
            } catch ImportError.invalid(let location, let message) {
                rejected += 1
                if !location.file.hasPrefix(dir.path) || location.line < 1 || location.column < 1 {
                    failures.append("\(name): not located: \(location): \(message)")
                }
                if Hardening.bytes(database) != before { failures.append("\(name): the database changed") }
            } catch {
                failures.append("\(name): \(type(of: error)): \("\(error)".prefix(200))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(5))")
        #expect(rejected >= 25, "only \(rejected) rejected; accepted: \(accepted)")
        print("CSV import fuzz: \(rejected + accepted.count) broken folders, \(rejected) refused with located errors "
            + "and the database unchanged, \(accepted.count) still valid: \(accepted)")
    }
}
