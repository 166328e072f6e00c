import Foundation
import StanceCore
@testable import StanceGraphData
import StanceTestSupport
import Testing
import Yams

/// `graph-data/` read by another tool gives the same values Stance reads (issue 21): no text is retyped
/// as a date, number or boolean; the conflict file gets the data files' strict checks; and an article's
/// leading byte-order mark is part of its text.
@Suite("graph-data/ read the same by other tools")
struct InteropYAMLTests {
    static let pythonYAML: Bool = {
        guard let result = try? StanceProcess.runTool("/usr/bin/env", ["python3", "-c", "import yaml"]) else {
            return false
        }
        return result.status == 0
    }()

    /// Every YAML file under `folder`, by its path inside it.
    static func yamlFiles(in folder: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// A value tree as Stance's reader parses it: every scalar is text.
    static func tree(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.scalar?.string ?? "?"] = tree(value) }
            return object
        case .sequence(let sequence): return sequence.map(tree)
        case .alias: return "<alias>"
        }
    }

    static func canonical(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    @Test(
        "PyYAML reads every graph-data file to the values Stance reads (integers aside, which it reads as numbers)",
        .enabled(if: pythonYAML, "python3 with PyYAML (import yaml) is not installed; skipped"))
    func pyYAMLAgrees() throws {
        let folder = TestSupport.korusData.path
        let files = Self.yamlFiles(in: folder)
        #expect(files.count >= 9)
        // Prints {file: value} as JSON; the integer of a `start` or `end` offset becomes its text (Stance reads
        // it as text, then as a number); any other non-text value is marked with its Python type, so a date, a
        // year read as a number, a boolean, a float or a null cannot pass for the text Stance reads.
        let script = """
            import json, sys, yaml
            def plain(v, key=None):
                if isinstance(v, dict): return {str(k): plain(x, k) for k, x in v.items()}
                if isinstance(v, list): return [plain(x) for x in v]
                if isinstance(v, str): return v
                if key in ("start", "end") and type(v) is int: return str(v)
                return {"<python type>": type(v).__name__, "value": str(v)}
            out = {}
            for name in sys.argv[2:]:
                with open(sys.argv[1] + "/" + name, encoding="utf-8-sig") as f:
                    out[name] = plain(yaml.safe_load(f))
            print(json.dumps(out))
            """
        let result = try StanceProcess.runTool("/usr/bin/env", ["python3", "-c", script, folder] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let python = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for name in files {
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
            let log = DiagnosticLog()
            let node = try #require(try StrictYAML.compose(text, file: name, log: log))
            #expect(log.diagnostics.isEmpty, "\(name): \(log.diagnostics)")
            let stance = try Self.canonical(Self.tree(node))
            let other = try Self.canonical(try #require(python[name], "\(name) missing"))
            #expect(stance == other, "\(name) reads differently in PyYAML")
        }
    }

    @Test("text a YAML 1.1 reader would retype is written quoted", arguments: [
        "2018-01-04", "2026-11-23T13:30:00Z", "2018-1-4 10:00:00", "0x1F", "0b101", "017", "1:20", "12", "1.5",
        "yes", "Off", "null", "~",
    ])
    func retypedIsQuoted(_ text: String) {
        #expect(YAMLEmitter.scalar(text).hasPrefix("\""), "\(text) written plain")
    }

    @Test("ordinary text and month dates stay plain", arguments: ["2018-01", "Krystal Tan", "2018 talks", "0x"])
    func plainStaysPlain(_ text: String) {
        #expect(YAMLEmitter.scalar(text) == text)
    }

    @Test("the conflict file is held to the strict subset: tags, anchors and null words are refused")
    func conflictFileStrict() throws {
        let good = "- target: actor:x\n  reason: both changed\n  resolve: mine\n"
        #expect(try ConflictFile.read(good, file: "c.yaml") == ["actor:x": .mine])
        #expect(try ConflictFile.read("\u{FEFF}" + good, file: "c.yaml") == ["actor:x": .mine])
        for bad in [
            "- target: !!str actor:x\n  resolve: mine\n", "- target: &a actor:x\n  resolve: mine\n",
            "- target: actor:x\n  resolve: ~\n", "- target: actor:x\n  resolve: [mine\n",
        ] {
            let error = try #require(throws: GraphDataError.self) { try ConflictFile.read(bad, file: "c.yaml") }
            #expect(error.description.contains("c.yaml:"), "\(error)")
        }
    }

    @Test("an article's leading byte-order mark is kept: offsets count from the start of the file")
    func articleByteOrderMark() throws {
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let article = copy.appendingPathComponent("articles/cnnmoney-2018-01-04.txt")
        let original = try #require(FileManager.default.contents(atPath: article.path))
        try (Data([0xEF, 0xBB, 0xBF]) + original).write(to: article)
        // The quotes' offsets still count without the mark, so they are one short now: refused.
        #expect(throws: GraphDataError.self) { _ = try GraphDataFolder(path: copy.path).load() }
        // Shifted by one, they point at the quotes again, and the text starts with the mark.
        let source = copy.appendingPathComponent("sources/cnnmoney-2018-01-04.yaml")
        var lines = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            for key in ["    start: ", "    end: "] where line.hasPrefix(key) {
                let offset = try #require(Int(line.dropFirst(key.count)))
                lines[i] = key + String(offset + 1)
            }
        }
        try lines.joined(separator: "\n").write(to: source, atomically: true, encoding: .utf8)
        let graph = try GraphDataFolder(path: copy.path).load()
        let text = try #require(graph.sources.first { $0.id.rawValue == "cnnmoney-2018-01-04" }?.text)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        // build → export writes the article back byte for byte, mark included.
        let database = try TestSupport.temporaryDirectory("bom-article").appendingPathComponent("g.sqlite").path
        try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: database)
        let out = try TestSupport.temporaryDirectory("bom-article-out")
        try GraphBuilder.export(from: database, to: GraphDataFolder(path: out.path))
        let written = FileManager.default.contents(atPath: out.appendingPathComponent("articles/cnnmoney-2018-01-04.txt").path)
        #expect(written == Data([0xEF, 0xBB, 0xBF]) + original)
    }
}
