import Foundation
import StanceTestSupport
import Testing

/// The small things of issue 21, item 9, as a new user meets them.
@Suite("Small things that cost trust")
struct SmallThingsTests {
    static let commands = [
        [], ["query"], ["repl"], ["matrix"], ["network"], ["build"], ["export"], ["import"], ["add"],
        ["add", "position"], ["edit"], ["merge"], ["extract"], ["undo"],
    ]

    /// The text before `USAGE:`: the overview and the discussion.
    static func helpText(_ command: [String]) throws -> [String] {
        let result = try StanceProcess.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(command) --help")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Array(lines.prefix { !$0.hasPrefix("USAGE:") })
    }

    @Test("--help is wrapped once: prose fills its lines, examples stay whole and pastable", arguments: commands)
    func helpWrappedOnce(_ command: [String]) throws {
        let lines = try Self.helpText(command)
        for (line, next) in zip(lines, lines.dropFirst()) {
            let isExample = line.hasPrefix("  stance ") || line.hasPrefix("      ")
            if isExample {
                // An example line is whole: it ends the example, or continues with a shell `\`.
                let continues = line.hasSuffix(" \\")
                #expect(
                    next.isEmpty || next.hasPrefix("  stance ") || (continues && next.hasPrefix("      ")),
                    "\(command): example broken after '\(line)'")
                #expect(!continues || next.hasPrefix("      "), "\(command): '\(line)' continues nowhere")
            } else if !line.isEmpty, !next.isEmpty, !next.hasPrefix(" "), !line.hasSuffix(":") {
                // Prose: a line ends only where the next word would not fit in 80 columns.
                let word = next.split(separator: " ").first.map(String.init) ?? next
                #expect(line.count + 1 + word.count >= 80, "\(command): '\(line)' wrapped early before '\(word)'")
            }
        }
    }

    @Test("import --help says what to pass, naming no folder outside the repository")
    func importHelp() throws {
        let text = try Self.helpText(["import"]).joined(separator: " ")
        #expect(!text.contains("shared/"))
        for file in ["actors.csv", "issues.csv", "sources.csv", "positions.csv", "memberships.csv"] {
            #expect(text.contains(file))
        }
        #expect(text.contains("actor_id"))
    }

    /// A copy of graph-data/ in a fresh folder, with its database built.
    static func workspace(_ label: String) throws -> URL {
        let root = try TestSupport.temporaryDirectory(label)
        let data = try TestSupport.copy(TestSupport.korusData.path)
        try FileManager.default.moveItem(at: data, to: root.appendingPathComponent("graph-data"))
        return root
    }

    @Test("stance words are the query language's: --stance against, stance=for")
    func stanceWords() throws {
        let root = try Self.workspace("stance-words")
        let env = ["STANCE_CODER": "ann"]
        let add = try StanceProcess.run([
            "add", "position", "--actor", "Cutler", "--issue", "isds", "--stance", "against", "--source",
            "nyt-2018-01-04", "--basis", "inferred", "--paraphrase", "p", "--sentence",
            "But, as the Trump administration has argued, that did not happen.", "--id", "cutler-isds-test",
        ], in: root, environment: env)
        #expect(add.status == 0, "\(add.stderr)")
        let opposes = try StanceProcess.run(["query", "--format", "csv", "who is against ISDS"], in: root)
        #expect(opposes.stdout.contains("cutler-isds-test"), "\(opposes.stdout)")
        let edit = try StanceProcess.run(["edit", "position:cutler-isds-test", "stance=in favour of"], in: root, environment: env)
        #expect(edit.status == 0, "\(edit.stderr)")
        let supports = try StanceProcess.run(["query", "--format", "csv", "who supports ISDS"], in: root)
        #expect(supports.stdout.contains("cutler-isds-test"), "\(supports.stdout)")
        let bad = try StanceProcess.run(
            ["add", "position", "--actor", "Cutler", "--issue", "isds", "--stance", "sort of", "--source",
             "nyt-2018-01-04", "--basis", "inferred", "--paraphrase", "p", "--sentence", "s"], in: root, environment: env)
        #expect(bad.status == 2)
    }

    @Test("a bad date in add prints the subcommand's usage", arguments: [
        ["add", "source", "--id", "x", "--title", "T", "--date", "2018-13-01"],
        ["add", "affiliation", "--actor", "Cutler", "--organization", "PIIE", "--role", "r", "--source", "x",
         "--start", "2018-99"],
    ])
    func dateErrorUsage(_ arguments: [String]) throws {
        let root = try Self.workspace("date-usage")
        let result = try StanceProcess.run(arguments, in: root, environment: ["STANCE_CODER": "ann"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a date"))
        #expect(result.stderr.contains("Usage: stance \(arguments[0]) \(arguments[1])"), "\(result.stderr)")
    }

    @Test("export lists the files it wrote, and which are new (and so untracked)")
    func exportLists() throws {
        let root = try Self.workspace("export-lists")
        let env = ["STANCE_CODER": "ann"]
        let source = try StanceProcess.run([
            "add", "source", "--id", "gazette-2018-04-02", "--title", "Tariff talks resume", "--outlet",
            "Example Gazette", "--date", "2018-04-02",
        ], in: root, environment: env)
        #expect(source.status == 0, "\(source.stderr)")
        let actor = try StanceProcess.run(
            ["add", "actor", "--id", "omar-feld", "--name", "Omar Feld", "--kind", "person"], in: root, environment: env)
        #expect(actor.status == 0, "\(actor.stderr)")
        let export = try StanceProcess.run(["export"], in: root)
        #expect(export.status == 0, "\(export.stderr)")
        let lines = export.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  new      graph-data/sources/gazette-2018-04-02.yaml"), "\(export.stdout)")
        #expect(lines.contains("  changed  graph-data/actors.yaml"), "\(export.stdout)")
        #expect(!export.stdout.contains("issues.yaml"))
        // The change log of the two additions is new too (graph-data/changes/, one file per coder).
        #expect(lines.contains("  new      graph-data/changes/ann.yaml"), "\(export.stdout)")
        #expect(export.stdout.contains("git add graph-data/changes/ann.yaml graph-data/sources/gazette-2018-04-02.yaml"))
        let again = try StanceProcess.run(["export"], in: root)
        #expect(again.stdout.contains("(no file changed)"), "\(again.stdout)")
    }
}
