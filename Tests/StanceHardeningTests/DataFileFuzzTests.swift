import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

/// Broken `graph-data/` copies: truncated, mistyped, duplicated and oversized files are refused with
/// `FILE:LINE:COLUMN` diagnostics, and the database they would have replaced is left byte-identical.
@Suite("graph-data fuzzing")
struct DataFileFuzzTests {
    static let files = [
        "actors.yaml", "issues.yaml", "affiliations.yaml", "annotations.yaml", "sources/cnnmoney-2018-01-04.yaml",
        "sources/global-times-2017-09.yaml", "sources/korus-renegotiation-2018-02.yaml", "sources/nyt-2018-01-04.yaml",
        "sources/salvage-relationships-2018-02.yaml",
    ]
    /// Values of the wrong type or form; the ones YAML reads as text are refused by the field's own check, or
    /// accepted where any text is valid.
    static let wrongValues = ["[1, 2]", "{", "*a", "\"unterminated"]

    /// One broken copy: how it was made, and the file's new bytes (nil: the file is removed).
    struct Mutation {
        var label: String
        var file: String
        var bytes: Data?
    }

    /// `(indent, "- ", key, ": ")` and the value of a line holding one scalar field, or nil.
    static func scalarField(_ line: String) -> (prefix: String, value: String)? {
        var rest = Substring(line)
        while rest.first == " " { rest = rest.dropFirst() }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        guard let colon = rest.range(of: ": ") else { return nil }
        let key = rest[..<colon.lowerBound]
        let value = rest[colon.upperBound...]
        guard !key.isEmpty, key.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) }), !value.isEmpty else { return nil }
        return (String(line[..<colon.upperBound]), String(value))
    }

    static func mutations(of folder: URL) throws -> [Mutation] {
        var rng = QueryMutator(seed: 7, index: 0, seeds: [])
        var result: [Mutation] = []
        func original(_ file: String) -> Data { Hardening.bytes(folder.appendingPathComponent(file).path) }
        func lines(_ file: String) -> [String] {
            String(decoding: original(file), as: UTF8.self).components(separatedBy: "\n")
        }
        func joined(_ lines: [String]) -> Data { Data(lines.joined(separator: "\n").utf8) }
        // Truncated at a random byte position.
        for file in files.prefix(4) + files.suffix(1) {
            let data = original(file)
            for _ in 0..<1 {
                let cut = 1 + rng.int(data.count - 2)
                result.append(Mutation(label: "truncated at byte \(cut)", file: file, bytes: data.prefix(cut)))
            }
        }
        // Values of the wrong type: a scalar field's value replaced, or a list field given a scalar.
        for n in 0..<wrongValues.count {
            let file = rng.pick(files)
            var text = lines(file)
            let candidates = text.indices.filter { scalarField(text[$0]) != nil }
            let i = rng.pick(candidates)
            guard let (prefix, _) = scalarField(text[i]) else { continue }
            let value = wrongValues[n % wrongValues.count]
            text[i] = prefix + value
            result.append(Mutation(label: "line \(i + 1) given \(value)", file: file, bytes: joined(text)))
        }
        var dated = lines("sources/nyt-2018-01-04.yaml")
        if let date = dated.firstIndex(where: { $0.hasPrefix("date: ") }) {
            dated[date] = "date: 2018-02-29"
            result.append(Mutation(label: "a date that is not a real date", file: "sources/nyt-2018-01-04.yaml", bytes: joined(dated)))
        }
        for (file, key) in [("actors.yaml", "aliases:"), ("sources/nyt-2018-01-04.yaml", "issues:")] {
            var text = lines(file)
            if let i = text.firstIndex(where: { $0.hasSuffix(key) }) {
                text[i] += " just a scalar"
                result.append(Mutation(label: "\(key) given a scalar", file: file, bytes: joined(text)))
            }
        }
        // Duplicates: an entry, a field within an entry, a whole source file under another name.
        var actors = lines("actors.yaml")
        let end = actors.dropFirst().firstIndex { $0.hasPrefix("- ") } ?? actors.count
        result.append(Mutation(label: "first actor twice", file: "actors.yaml", bytes: joined(actors + Array(actors[0..<end]) + [""])))
        if let name = actors.firstIndex(where: { $0.hasPrefix("  name: ") }) {
            actors.insert("  name: A second name", at: name + 1)
            result.append(Mutation(label: "a field twice", file: "actors.yaml", bytes: joined(actors)))
        }
        result.append(Mutation(label: "a source twice", file: "sources/nyt-2018-01-04-copy.yaml", bytes: original("sources/nyt-2018-01-04.yaml")))
        var nyt = lines("sources/nyt-2018-01-04.yaml")
        if let positions = nyt.firstIndex(of: "positions:") {
            let start = positions + 1
            let stop = nyt[(start + 1)...].firstIndex { $0.hasPrefix("  - ") } ?? nyt.count
            nyt.insert(contentsOf: nyt[start..<stop], at: stop)
            result.append(Mutation(label: "a position twice", file: "sources/nyt-2018-01-04.yaml", bytes: joined(nyt)))
        }
        // Oversized: a 5 MB quote text, and 5 MB of one unbroken line.
        var source = lines("sources/cnnmoney-2018-01-04.yaml")
        if let text = source.firstIndex(where: { $0.hasPrefix("    text: ") }) {
            source[text] = "    text: " + String(repeating: "trade deficit ", count: 5_000_000 / 14)
            result.append(Mutation(label: "a 5 MB quote text", file: "sources/cnnmoney-2018-01-04.yaml", bytes: joined(source)))
        }
        result.append(Mutation(label: "1 MB on one line", file: "annotations.yaml", bytes: original("annotations.yaml") + Data(repeating: 0x78, count: 1_000_000)))
        // Not text at all: invalid UTF-8, a NUL, a missing file.
        result.append(Mutation(label: "invalid UTF-8", file: "issues.yaml", bytes: original("issues.yaml") + Data([0xFF, 0xFE, 0x0A])))
        result.append(Mutation(label: "missing", file: "actors.yaml", bytes: nil))
        return result
    }

    @Test("truncated, mistyped, duplicated and oversized files: located errors, the database byte-identical")
    func brokenCopies() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let database = try TestSupport.temporaryDirectory("data-fuzz").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: database)
        let before = Hardening.bytes(database)
        var rejected = 0
        var accepted: [String] = []
        var failures: [String] = []
        for mutation in try Self.mutations(of: copy) {
            let path = copy.appendingPathComponent(mutation.file).path
            let original = FileManager.default.contents(atPath: path)
            if let bytes = mutation.bytes {
                try bytes.write(to: URL(fileURLWithPath: path))
            } else {
                try FileManager.default.removeItem(atPath: path)
            }
            defer {
                if let original {
                    try? original.write(to: URL(fileURLWithPath: path))
                } else {
                    try? FileManager.default.removeItem(atPath: path)
                }
            }
            let name = "\(mutation.file) \(mutation.label)"
            do {
                try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: database)
                // Still a valid graph (a cut at an entry's end, a value that is text after all): the build may
                // replace the database. Put KORUS back for the next case.
                accepted.append(name)
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
                try before.write(to: URL(fileURLWithPath: database))
            } catch GraphDataError.invalid(let diagnostics) {
                rejected += 1
                if diagnostics.isEmpty { failures.append("\(name): no diagnostics") }
                for diagnostic in diagnostics {
                    let location = diagnostic.location
                    guard location.file.hasPrefix(copy.path), location.line >= 1, location.column >= 1 else {
                        failures.append("\(name): not located: \(diagnostic)")
                        continue
                    }
                    if let text = FileManager.default.contents(atPath: location.file) {
                        let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).count
                        if location.line > lines + 1 { failures.append("\(name): line past the end: \(diagnostic)") }
                    }
                }
                if Hardening.bytes(database) != before { failures.append("\(name): the database changed") }
            } catch {
                failures.append("\(name): \(type(of: error)): \("\(error)".prefix(200))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(5))")
        #expect(rejected >= 16, "only \(rejected) rejected; accepted: \(accepted)")
        print("graph-data fuzz: \(rejected + accepted.count) broken copies, \(rejected) refused with located errors "
            + "and the database unchanged, \(accepted.count) still valid: \(accepted)")
    }
}

extension DataFileFuzzTests {
    /// A copy of KORUS with the first `line` of `file` replaced by `becomes` (which may be several lines), and the
    /// replaced line's number.
    static func copy(_ file: String, replacing line: String, with becomes: String) throws -> (URL, Int) {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: "\n" + line + "\n"), "\(file) has no line '\(line)'")
        let number = text[..<range.lowerBound].filter { $0 == "\n" }.count + 2
        try text.replacingCharacters(in: range, with: "\n" + becomes + "\n").write(to: url, atomically: true, encoding: .utf8)
        return (copy, number)
    }

    @Test("YAML null, tags, anchors and empty values are refused (graph-data/ is a strict YAML subset)")
    func strictSubset() throws {
        // (file, line, what it becomes, the line of the error after the replaced one, what the error says)
        let cases: [(file: String, line: String, becomes: String, below: Int, says: String)] = [
            ("sources/korus-renegotiation-2018-02.yaml", "    coder: stance-team", "    coder: null", 0,
             "field 'coder' is YAML null; omit the field or quote the text: \"null\""),
            ("sources/korus-renegotiation-2018-02.yaml", "    coder: stance-team", "    coder: Null", 0, "is YAML null"),
            ("sources/korus-renegotiation-2018-02.yaml", "    coder: stance-team", "    coder: NULL", 0, "is YAML null"),
            ("actors.yaml", "  description: Unnamed White House staff", "  description: ~", 0,
             "field 'description' is YAML null; omit the field or quote the text: \"~\""),
            ("actors.yaml", "    - Tan", "    - ~", 0, "an item of 'aliases' is YAML null; remove the item"),
            ("affiliations.yaml", "  role: Commerce Secretary", "  role: !!binary aGk=", 0,
             "field 'role' has the YAML tag '!!binary'; graph-data/ has no tags"),
            ("actors.yaml", "  name: Krystal Tan", "  name: !!int 12", 0, "has the YAML tag '!!int'"),
            ("actors.yaml", "  name: Krystal Tan", "  name: !!str \"Krystal Tan\"", 0, "has the YAML tag '!!str'"),
            ("actors.yaml", "  name: Krystal Tan", "  name: !local Krystal Tan", 0, "has the YAML tag '!local'"),
            ("actors.yaml", "  name: Krystal Tan", "  name: ! Krystal Tan", 0, "has the YAML tag '!'"),
            ("actors.yaml", "  name: Krystal Tan", "  !!str name: Krystal Tan", 0, "a field name has the YAML tag '!!str'"),
            ("actors.yaml", "  aliases:\n    - Tan", "  aliases: !!set\n    - Tan", 0, "has the YAML tag '!!set'"),
            ("actors.yaml", "  description: South Korea's legislature, which approved KORUS in 2011", "  description: |", 0,
             "field 'description' is empty"),
            ("actors.yaml", "  name: Troy Stangarone", "  name: \"\"", 0, "field 'name' is empty"),
            ("actors.yaml", "    - Tan", "    - \"\"", 0, "an item of 'aliases' is empty"),
            ("affiliations.yaml", "  role: senior fellow", "  role: \"  \"", 0, "field 'role' is empty"),
            ("annotations.yaml", "  coder: stance-team", "  coder: &anchor stance-team", 0,
             "field 'coder' has the YAML anchor '&anchor'; graph-data/ has no anchors or aliases"),
            ("actors.yaml", "  description: Unnamed White House staff", "  description: &d Unnamed White House staff\n  note: *d",
             1, "field 'note' is the YAML alias '*d'"),
        ]
        for (file, line, becomes, below, says) in cases {
            let (copy, number) = try Self.copy(file, replacing: line, with: becomes)
            do {
                // Reading and validating is all a build does before it writes (`brokenCopies` shows it writes nothing).
                _ = try GraphDataFolder(path: copy.path).load()
                Issue.record("\(file): '\(becomes)' was accepted")
            } catch GraphDataError.invalid(let diagnostics) {
                let path = copy.appendingPathComponent(file).path
                #expect(
                    diagnostics.contains { $0.location.file == path && $0.location.line == number + below && $0.message.contains(says) },
                    "\(file): '\(becomes)': no error at line \(number + below) saying '\(says)': \(diagnostics)")
            }
        }
    }

    @Test("quoted 'null', '~' and '!!int' are text, and a block scalar with text is valid")
    func strictSubsetKeepsText() throws {
        let cases: [(file: String, line: String, becomes: String, id: String, value: String)] = [
            ("sources/korus-renegotiation-2018-02.yaml", "    coder: stance-team", "    coder: \"null\"", "", "null"),
            ("actors.yaml", "  name: Krystal Tan", "  name: '~'", "krystal-tan", "~"),
            ("actors.yaml", "  name: Krystal Tan", "  name: \"!!int 12\"", "krystal-tan", "!!int 12"),
            ("actors.yaml", "  name: Krystal Tan", "  name: Krystal Tan!", "krystal-tan", "Krystal Tan!"),
            ("actors.yaml", "  name: Krystal Tan", "  name: |\n    Krystal\n    Tan", "krystal-tan", "Krystal\nTan\n"),
            ("actors.yaml", "  name: Krystal Tan", "  name: >-\n    Krystal\n    Tan", "krystal-tan", "Krystal Tan"),
        ]
        for (file, line, becomes, id, value) in cases {
            let (copy, _) = try Self.copy(file, replacing: line, with: becomes)
            let graph = try GraphDataFolder(path: copy.path).load()
            if id.isEmpty {
                #expect(graph.sources.flatMap(\.positions).contains { $0.coder == value }, "\(becomes)")
            } else {
                #expect(graph.actors.first { $0.id.rawValue == id }?.name == value, "\(becomes)")
            }
        }
    }
}
