import Foundation
import StanceCore
import StanceGraphData
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// Hostile strings as actor names, aliases, annotation notes, quote text, paraphrases and query words: they change
/// nothing they should not, and come back out as entered in every format (or, where a format replaces control
/// characters on purpose, exactly as documented).
@Suite("Injection and escaping")
struct InjectionTests {
    static let hostile: [String] = [
        "'; DROP TABLE actor; --", "\"", "\"\"", "%", "_", "%_%", "NEAR(", "*", "^", "\"x\" NEAR(a b, 3) OR y* ^z",
        "<script>alert(1)</script>", "</script><!--", "&amp; &lt; &#x41; &", "]]> <![CDATA[", "' OR '1'='1",
        "bell\u{7} esc\u{1B}[31mred\u{1B}[0m del\u{7F} c1\u{85}\u{9B}", "tab\there", "line\nbreak", "cr\rcrlf\r\nend",
        "\u{202E}evil\u{202C} \u{2066}isolate\u{2069}", "😀 👩‍👩‍👧 🇰🇷 e\u{301}", "\u{2028}\u{2029}", "\u{FEFF}bom",
        "\\", "\\\" \\n \\u0000", "{{x}} ${x} $(x) `x`", "-- /* */", "|pipe|", "# heading *em* [l](u)",
        "=cmd|' /C calc'!A0", "\u{FFFD} replacement", String(repeating: "0123456789", count: 1_024),
    ]

    /// Noncharacters: valid UTF-8 and valid in SQLite and JSON, but not allowed in YAML.
    static let noncharacters = ["\u{FFFE} and \u{FFFF}", "\u{FFFF}"]

    // Each hostile string `h` goes in as the text below, so every row is unique and findable.
    static func name(_ i: Int, _ h: [String] = hostile) -> String { "X\(i) " + h[i] }
    static func alias(_ i: Int, _ h: [String] = hostile) -> String { "A\(i) " + h[i] }
    static func note(_ i: Int, _ h: [String] = hostile) -> String { "N\(i) " + h[i] }
    static func quote(_ i: Int, _ h: [String] = hostile) -> String { "Q\(i) " + h[i] }
    static func paraphrase(_ i: Int, _ h: [String] = hostile) -> String { "P\(i) " + h[i] }
    static func sentence(_ i: Int, _ h: [String] = hostile) -> String { "S\(i) " + h[i] }
    static let issueName = "Issue <b>&amp;</b> \"q\" 'a' \u{202E}rtl\u{202C} |pipe| , comma\ttab"
    static let sourceTitle = "Title <script>alert(1)</script> & \"q\" '; DROP TABLE source; --"
    static func actorID(_ i: Int) -> String { "hostile-\(i)" }

    // What the formats that make control characters harmless are documented to do (`ControlCharacters`).
    static func controls(_ s: String, lineBreaks: String?, tabs: String?, bidi: Bool) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for c in s.unicodeScalars {
            defer { previous = c }
            if c == "\n" || c == "\r" {
                if let lineBreaks {
                    if c == "\n" && previous == "\r" { continue }
                    out.append(contentsOf: lineBreaks.unicodeScalars)
                } else {
                    out.append(c)
                }
            } else if c == "\t" {
                out.append(contentsOf: (tabs ?? "\t").unicodeScalars)
            } else if c.value < 0x20 || (0x7F...0x9F).contains(c.value) {
                out.append("\u{FFFD}")
            } else if !bidi && ((0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)) {
                continue
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
    /// CSV keeps tabs, CR and LF (quoted) and bidi controls; other controls become U+FFFD.
    static func csv(_ s: String) -> String { controls(s, lineBreaks: nil, tabs: nil, bidi: true) }
    /// Markdown: line breaks as `<br>`, tabs as spaces, bidi controls removed, `|` escaped.
    static func markdown(_ s: String) -> String {
        controls(s, lineBreaks: "<br>", tabs: " ", bidi: false).replacingOccurrences(of: "|", with: "\\|")
    }
    /// HTML: CR and CRLF as LF, tabs kept, bidi controls removed, other controls U+FFFD; then escaped.
    static func html(_ s: String) -> String { controls(s, lineBreaks: "\n", tabs: nil, bidi: false) }
    /// XML 1.0: controls other than tab, CR and LF, and U+FFFE/U+FFFF, become U+FFFD.
    static func xml(_ s: String) -> String {
        String(String.UnicodeScalarView(csv(s).unicodeScalars.map { $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0 }))
    }
    /// DOT: CR and CRLF as LF (written `\n`), tabs and bidi kept, other controls U+FFFD.
    static func dot(_ s: String) -> String { controls(s, lineBreaks: "\n", tabs: nil, bidi: true) }

    /// A copy of KORUS with every hostile string added through `Editor.add` (closed again), and its rows before
    /// and after.
    struct Fixture: Sendable {
        let path: String
        let before: [String: [String]]
        let after: [String: [String]]

        /// A read-only store on the fixture.
        func reader() throws -> Store { try Store(path: path, mode: .readOnly) }

        /// A copy of the fixture's file to write to.
        func copy() throws -> String {
            let target = try TestSupport.temporaryDirectory("injection-copy").appendingPathComponent("graph.sqlite").path
            try FileManager.default.copyItem(atPath: path, toPath: target)
            return target
        }
    }

    /// The fixture with every string of `hostile`, made once per test process; tests only read it.
    static let shared: Result<Fixture, any Error> = Result { try fixture() }

    static func fixture(_ strings: [String] = hostile) throws -> Fixture {
        let path = try TestSupport.temporaryDirectory("injection").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        let before = try store.read { try Hardening.rows($0) }
        let editor = try Editor(coder: "hostile \u{202E}coder'; --")
        let source = Hardening.slug("hostile-source")
        let issue = Hardening.slug("hostile-issue")
        let date = try #require(PartialDate("2018-05-01"))
        try store.write { db in
            try editor.add(.source(Graph.Source(id: source, title: sourceTitle, outlet: hostile[10], date: date)), in: db)
            try editor.add(.issue(Graph.Issue(id: issue, name: issueName, aliases: [hostile[0]])), in: db)
        }
        for i in strings.indices {
            let actor = Hardening.slug(actorID(i))
            let quoteID = Hardening.slug("hostile-quote-\(i)")
            try store.write { db in
                try editor.add(.actor(Graph.Actor(id: actor, name: name(i, strings), kind: .person, aliases: [alias(i, strings)])), in: db)
                try editor.add(
                    .annotation(Graph.Annotation(
                        id: Hardening.slug("hostile-note-\(i)"), target: Graph.Target(kind: .actor, id: actor), text: note(i, strings),
                        coder: editor.coder, time: "2026-11-23T10:00:00Z")), in: db)
                try editor.add(
                    .quote(Graph.Quote(
                        id: quoteID, speaker: actor, source: source, text: quote(i, strings), issues: [Hardening.slug("withdrawal")],
                        range: nil)), in: db)
                try editor.add(
                    .position(Graph.Position(
                        id: Hardening.slug("hostile-withdrawal-\(i)"), actor: actor, issue: Hardening.slug("withdrawal"),
                        stance: .opposes, source: source, basis: .stated, evidence: .quote(quoteID), confidence: .high,
                        coder: editor.coder)), in: db)
                try editor.add(
                    .position(Graph.Position(
                        id: Hardening.slug("hostile-issue-\(i)"), actor: actor, issue: issue, stance: .supports, source: source,
                        basis: .inferred, evidence: .paraphrase(paraphrase(i, strings), sentence: sentence(i, strings)), confidence: .low,
                        coder: editor.coder, note: "O\(i) " + strings[i])), in: db)
            }
        }
        let after = try store.read { try Hardening.rows($0) }
        try store.close()
        return Fixture(path: path, before: before, after: after)
    }

    /// The fields in which two values differ, shortened.
    static func difference<T>(_ a: T, _ b: T) -> String {
        let left = Mirror(reflecting: a).children, right = Mirror(reflecting: b).children
        return zip(left, right).compactMap { l, r in
            let x = String(describing: l.value), y = String(describing: r.value)
            return x == y ? nil : "\(l.label ?? "?"): \(x.prefix(80).debugDescription) → \(y.prefix(80).debugDescription)"
        }.joined(separator: "; ")
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text.prefix(200))")
    }

    static func rows(_ object: [String: Any]) -> [[String: Any]] { object["rows"] as? [[String: Any]] ?? [] }

    @Test("hostile strings as names, aliases, notes, quotes and query words: only the rows added change")
    func nothingElseChanges() throws {
        let f = try Self.shared.get()
        let store = try f.reader()
        let n = Self.hostile.count
        let added = ["actor": n, "actor_alias": n, "annotation": n, "quote": n, "quote_issue": n, "position": 2 * n,
                     "source": 1, "issue": 1, "issue_alias": 1, "change_log": 5 * n + 2]
        for (table, rows) in f.before {
            let now = f.after[table] ?? []
            // Every row that was there is still there, unchanged.
            #expect(Set(rows).isSubset(of: Set(now)), "a row of \(table) changed")
            if table != "name_key" {
                #expect(now.count - rows.count == added[table, default: 0], "\(table): \(rows.count) → \(now.count)")
            }
        }
        #expect(try store.read { try $0.fetchOne(String.self, sql: "PRAGMA integrity_check") } == "ok")

        // The same strings as query words: answered or refused, never an SQL error, and nothing changes.
        var answered = 0
        var refused = 0
        for (i, h) in Self.hostile.enumerated() where !h.unicodeScalars.contains("\u{0}") {
            let bare = h.replacingOccurrences(of: "\"", with: "")
            for query in ["who opposes " + h, "quotes matching \"" + bare + "\"", "quotes matching " + h, "positions of " + h,
                          "who supports withdrawal in " + h, "who opposes \"" + bare + "\"", "positions of \(Self.actorID(i))"] {
                do {
                    _ = try store.read { try QueryEngine.answer(query, in: $0) }
                    answered += 1
                } catch is QueryError {
                    refused += 1
                } catch {
                    Issue.record("\(query.debugDescription): \(type(of: error)): \("\(error)".prefix(160))")
                }
            }
            // Full-text search finds the quote by its marker word, with its text as entered.
            let found = try store.read { try QueryEngine.answer("quotes matching \"Q\(i)\"", in: $0) }
            let text = Self.rows(try Self.json(Renderer(format: .json).render(found))).compactMap { $0["text"] as? String }
            #expect(text == [Self.quote(i)], "quotes matching Q\(i)")
        }
        #expect(answered > 0 && refused > 0)
        #expect(try store.read { try Hardening.rows($0) } == f.after)
        // Through the binary: a hostile query is answered or refused (exit 2), never an SQL error, and the file is
        // not changed.
        let bytes = Hardening.bytes(f.path)
        for word in ["x'; DROP TABLE actor; --", "\"; DROP TABLE actor; --", "NEAR(* %_"] {
            for query in ["who opposes " + word, "quotes matching " + word] {
                let result = try StanceProcess.run(["query", "--db", f.path, query])
                #expect(result.status == 0 || result.status == 2, "\(query): exit \(result.status) \(result.stderr)")
                #expect(!result.stderr.contains("SQLite error"), "\(query): \(result.stderr)")
            }
        }
        // The hostile issue's alias is the injection string itself: it names the issue, nothing more.
        let aliased = try StanceProcess.run(["query", "--db", f.path, "--format", "json", "who supports '; DROP TABLE actor; --"])
        #expect(aliased.status == 0)
        let aliasedRows = Self.rows(try Self.json(aliased.stdout))
        #expect(aliasedRows.count == Self.hostile.count)
        #expect(Hardening.bytes(f.path) == bytes)
    }

    @Test("answers: JSON (in-process and from the binary) exact; CSV, Markdown and table as documented")
    func answerFormats() throws {
        let f = try Self.shared.get()
        let store = try f.reader()
        let answer = try store.read { try QueryEngine.answer("who opposes withdrawal", in: $0) }
        // JSON: every string exactly as entered.
        let object = try Self.json(Renderer(format: .json).render(answer))
        let binary = try StanceProcess.run(["query", "--db", f.path, "--format", "json", "who opposes withdrawal"])
        #expect(binary.status == 0, "\(binary.stderr)")
        for json in [object, try Self.json(binary.stdout)] {
            var seen = 0
            for row in Self.rows(json) {
                guard let actor = row["actor"] as? [String: Any], let id = actor["id"] as? String, id.hasPrefix("hostile-"),
                    let i = Int(id.dropFirst(8))
                else { continue }
                seen += 1
                let evidence = row["evidence"] as? [String: Any]
                #expect(actor["name"] as? String == Self.name(i), "name \(i)")
                #expect(evidence?["quote"] as? String == Self.quote(i), "quote \(i)")
                #expect(evidence?["text"] as? String == "\u{201C}" + Self.quote(i) + "\u{201D}", "shown quote \(i)")
                #expect((evidence?["source"] as? [String: Any])?["title"] as? String == Self.sourceTitle)
            }
            #expect(seen == Self.hostile.count)
        }
        for i in Self.hostile.indices {
            let positions = try store.read { try QueryEngine.answer("positions of \(Self.actorID(i))", in: $0) }
            let rows = Self.rows(try Self.json(Renderer(format: .json).render(positions)))
            let evidence = rows.compactMap { $0["evidence"] as? [String: Any] }
            #expect(evidence.contains { $0["paraphrase"] as? String == Self.paraphrase(i) && $0["sentence"] as? String == Self.sentence(i) })
            #expect(rows.contains { ($0["issue"] as? [String: Any])?["name"] as? String == Self.issueName })
        }
        // CSV: one record per row (quoting holds commas, quotes and line breaks); controls other than tab, CR and
        // LF are replaced with U+FFFD, as documented.
        let records = Hardening.parseCSV(Renderer(format: .csv).render(answer))
        #expect(records.count == answer.rows.count + 1)
        let header = try #require(records.first)
        #expect(records.allSatisfy { $0.count == header.count })
        let evidenceColumn = try #require(header.firstIndex(of: "Evidence"))
        let csvNames = Set(records.map { $0[0] })
        let csvEvidence = Set(records.map { $0[evidenceColumn] })
        for i in Self.hostile.indices {
            #expect(csvNames.contains(Self.csv(Self.name(i))), "CSV name \(i)")
            #expect(csvEvidence.contains(Self.csv("\u{201C}" + Self.quote(i) + "\u{201D}")), "CSV quote \(i)")
        }
        // Markdown: one line per row, `|` escaped, line breaks as <br>, tabs as spaces, bidi controls removed.
        let markdown = Renderer(format: .markdown, showEvidence: true).render(answer)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == answer.rows.count + 2)
        for i in Self.hostile.indices {
            #expect(markdown.contains("| " + Self.markdown(Self.name(i)) + " |"), "Markdown name \(i)")
            #expect(markdown.contains("| " + Self.markdown("\u{201C}" + Self.quote(i) + "\u{201D}") + " |"), "Markdown quote \(i)")
        }
        // Table: nothing a terminal would act on (no escape, no control but the line feed, no bidi control).
        let table = Renderer(format: .table, showEvidence: true, color: false, width: 120).render(answer)
        let unsafe = table.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
        #expect(unsafe.isEmpty, "table output holds \(unsafe.map { String($0.value, radix: 16) })")
    }

    @Test("matrix and networks: HTML escaped, GraphML and GEXF well-formed XML, DOT and JSON round-trip")
    func matrixAndNetworkFormats() throws {
        let f = try Self.shared.get()
        let ids = Self.hostile.indices.map(Self.actorID) + ["donald-trump", "wendy-cutler"]
        let matrix = try f.reader().read { db in
            try MatrixBuilder.build(MatrixRequest(issueIDs: ["withdrawal", "hostile-issue"], actorIDs: ids), in: db)
        }
        #expect(matrix.actors.count == ids.count)
        let names = Self.hostile.indices.map { Self.name($0) }

        // HTML: the page's own two scripts only; names and the issue back out of the escaped text; the inline JSON
        // data exact.
        let html = MatrixRenderer(format: .html).render(matrix)
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(!html.contains("<script>alert"))
        let spans = html.components(separatedBy: "<span class=\"name\">").dropFirst().compactMap {
            $0.components(separatedBy: "</span>").first
        }
        let shown = Set(spans.map(Hardening.unescapeHTML))
        for name in names { #expect(shown.contains(Self.html(name)), "HTML name \(name.prefix(20).debugDescription)") }
        #expect(html.contains("title=\"" + HTMLEscape.attribute(Self.html(Self.issueName)) + "\""))
        let data = try #require(html.components(separatedBy: "id=\"stance-data\">").last?.components(separatedBy: "</script>").first)
        let embedded = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let embeddedNames = Set(((embedded["actors"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(Set(names).isSubset(of: embeddedNames), "the HTML page's JSON data")

        // Matrix CSV, JSON and Markdown.
        let matrixCSV = Hardening.parseCSV(MatrixRenderer(format: .csv).render(matrix))
        #expect(matrixCSV.count == matrix.actors.count + 1)
        #expect(matrixCSV[0].contains(Self.csv(Self.issueName)))
        #expect(Set(names.map(Self.csv)).isSubset(of: Set(matrixCSV.map { $0[0] })))
        let matrixJSON = try Self.json(MatrixRenderer(format: .json).render(matrix))
        let jsonNames = Set(((matrixJSON["actors"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(Set(names).isSubset(of: jsonNames))
        let matrixMarkdown = MatrixRenderer(format: .markdown).render(matrix)
        for name in names { #expect(matrixMarkdown.contains("| " + Self.markdown(name) + " |")) }

        // Networks: the actors' congruence network and the issue network.
        let congruence = NetworkBuilder.actorNetwork(matrix, kind: .congruence, normalization: .none)
        let issues = NetworkBuilder.issueNetwork(matrix, normalization: .none)
        for network in [congruence, issues] {
            let labels = network.nodes.map(\.label) + network.edges.map(\.label)
            let graphML = Hardening.XMLValues.parse(NetworkRenderer(format: .graphml).render(network))
            #expect(graphML.error == nil, "GraphML: \(graphML.error ?? "")")
            #expect(Set(labels.map(Self.xml)).isSubset(of: Set(graphML.texts)), "GraphML labels")
            let gexf = Hardening.XMLValues.parse(NetworkRenderer(format: .gexf).render(network))
            #expect(gexf.error == nil, "GEXF: \(gexf.error ?? "")")
            #expect(Set(labels.map(Self.xml)).isSubset(of: Set(gexf.attributes)), "GEXF labels")
            let dot = Set(Hardening.dotStrings(NetworkRenderer(format: .dot).render(network)))
            #expect(Set(labels.map(Self.dot)).isSubset(of: dot), "DOT labels")
            let json = try Self.json(NetworkRenderer(format: .json).render(network))
            let jsonLabels = ((json["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
                + ((json["edges"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
            #expect(Set(labels).isSubset(of: Set(jsonLabels)), "network JSON labels")
            let edges = Hardening.parseCSV(NetworkRenderer(format: .edges).render(network))
            #expect(edges.count == network.edges.count + 1 && edges.allSatisfy { $0.count == 7 })
        }
        #expect(congruence.nodes.map(\.label).contains(Self.name(0)))
        #expect(issues.nodes.map(\.label).contains(Self.issueName))
    }

    @Test("graph-data round trip: export, then build, gives back every hostile string exactly")
    func yamlRoundTrip() throws {
        let path = try Self.shared.get().copy()
        let folder = GraphDataFolder(path: try TestSupport.temporaryDirectory("injection-export").appendingPathComponent("graph-data").path)
        try GraphBuilder.export(from: path, to: folder)
        let rebuilt = try TestSupport.temporaryDirectory("injection-rebuilt").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: rebuilt)
        let original = try Store(path: path, mode: .readOnly).read { try GraphReader.read($0) }
        let again = try Store(path: rebuilt, mode: .readOnly).read { try GraphReader.read($0) }
        #expect(again.actors == original.actors)
        #expect(again.issues == original.issues)
        #expect(again.annotations == original.annotations)
        #expect(again.sources.map(\.id) == original.sources.map(\.id))
        for (a, b) in zip(original.sources, again.sources) {
            var a = a, b = b
            #expect(a.quotes.map(\.id) == b.quotes.map(\.id))
            for (q, r) in zip(a.quotes, b.quotes) where q != r { Issue.record("quote \(q.id): \(Self.difference(q, r))") }
            for (p, r) in zip(a.positions, b.positions) where p != r { Issue.record("position \(p.id): \(Self.difference(p, r))") }
            (a.quotes, a.positions, b.quotes, b.positions) = ([], [], [], [])
            if a != b { Issue.record("source \(a.id): \(Self.difference(a, b))") }
        }
        let notes = Set(again.annotations.map(\.text))
        for i in Self.hostile.indices { #expect(notes.contains(Self.note(i)), "note \(i)") }
    }
}

extension InjectionTests {
    @Test(
        "noncharacters (U+FFFE, U+FFFF) survive stance export and build")
    func noncharactersRoundTrip() throws {
        let f = try Self.fixture(Self.noncharacters)
        let folder = GraphDataFolder(path: try TestSupport.temporaryDirectory("nonchar-export").appendingPathComponent("graph-data").path)
        try GraphBuilder.export(from: f.path, to: folder)
        let rebuilt = try TestSupport.temporaryDirectory("nonchar-rebuilt").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: rebuilt)
        let names = try Store(path: rebuilt, mode: .readOnly).read { try GraphReader.read($0) }.actors.map(\.name)
        for i in Self.noncharacters.indices { #expect(names.contains(Self.name(i, Self.noncharacters))) }
    }

    @Test(
        "a text that starts with U+FEFF survives stance export and build")
    func leadingByteOrderMarkRoundTrip() throws {
        let strings = ["\u{FEFF}bom"]
        let f = try Self.fixture(strings)
        let name = "\u{FEFF}Leading Mark"
        let store = try Store(path: f.path, mode: .readWrite)
        try store.write { db in
            try Editor(coder: "ann").add(.actor(Graph.Actor(id: Hardening.slug("leading-mark"), name: name, kind: .person)), in: db)
        }
        try store.close()
        let folder = GraphDataFolder(path: try TestSupport.temporaryDirectory("bom-export").appendingPathComponent("graph-data").path)
        try GraphBuilder.export(from: f.path, to: folder)
        let rebuilt = try TestSupport.temporaryDirectory("bom-rebuilt").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: folder, to: rebuilt)
        let graph = try Store(path: rebuilt, mode: .readOnly).read { try GraphReader.read($0) }
        #expect(graph.actors.first { $0.id.rawValue == "leading-mark" }?.name == name)
        #expect(graph.positions.first { $0.id.rawValue == "hostile-issue-0" }?.note == "O0 \u{FEFF}bom")
    }

    @Test("a leading U+FEFF written by hand, raw or escaped, in any scalar style, is kept; one that starts the file is not")
    func leadingByteOrderMarkByHand() throws {
        // Each actor's name line as written, and the name it must give.
        let cases: [(id: String, line: String, name: String)] = [
            ("krystal-tan", #"  name: "\uFEFFKrystal Tan""#, "\u{FEFF}Krystal Tan"),
            ("troy-stangarone", #"  name: "\ufeffTroy""#, "\u{FEFF}Troy"),
            ("wilbur-ross", #"  name: "\U0000FEFFWilbur""#, "\u{FEFF}Wilbur"),
            ("barack-obama", "  name: \"\\\n    \\uFEFFBarack\"", "\u{FEFF}Barack"),
            ("capital-economics", "  name: '\u{FEFF}Capital'", "\u{FEFF}Capital"),
            ("caroline-freund", "  name: \u{FEFF}Caroline", "\u{FEFF}Caroline"),
            ("white-house-staffers", "  name: |-\n    \u{FEFF}White\n    House", "\u{FEFF}White\nHouse"),
            ("north-korea", #"  name: "\uFEFF\uFEFFNorth""#, "\u{FEFF}\u{FEFF}North"),
            ("bush-administration", #"  name: "\uFEFF""#, "\u{FEFF}"),
            ("coalition-for-a-prosperous-america", #"  name: "Coalition\uFEFF""#, "Coalition\u{FEFF}"),
        ]
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let url = copy.appendingPathComponent("actors.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        for (id, line, _) in cases {
            let entry = try #require(text.range(of: "- id: \(id)\n  name: "), "\(id)")
            let end = try #require(text[entry.upperBound...].firstIndex(of: "\n"))
            text.replaceSubrange(text.index(entry.upperBound, offsetBy: -"  name: ".count)..<end, with: line)
        }
        // A byte-order mark at the very start of the file marks its encoding; it is not part of the first value.
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: url)
        let database = try TestSupport.temporaryDirectory("bom-by-hand").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: database)
        let actors = try Store(path: database, mode: .readOnly).read { try GraphReader.read($0) }.actors
        for (id, line, name) in cases {
            let stored = actors.first { $0.id.rawValue == id }?.name
            #expect(stored.map { Array($0.unicodeScalars) } == Array(name.unicodeScalars), "\(line): \(stored.debugDescription)")
        }
        let expected = try TestSupport.korusData.load().actors.map(\.id.rawValue).sorted()
        #expect(actors.count == expected.count && actors.first?.id.rawValue == expected.first)
    }

    @Test("texts YAML would read as null, a boolean, a number, a tag, an alias or a BOM survive stance export and build")
    func yamlLookalikesRoundTrip() throws {
        let texts = [
            "null", "Null", "NULL", "~", "true", "False", "yes", "No", "on", "OFF", "y", "n", "12", "-1", "+1", "1.5", "1e3",
            ".inf", "-.Inf", ".nan", "0x1F", "0o17", "017", "1_000", "12:30", "2018-01-04", "2018-01-04T10:00:00Z",
            "!!int 12", "!local", "! x", "&a", "*a", "|", ">", "-", "- x", "? x", ": x", "[a]", "{a: b}", "#x", "@x", "`x`",
            "%x", "'x'", "\"x\"", "a: b", "a #b", "<<", "=", "\u{FEFF}", "\u{FEFF}\u{FEFF}x", " x", "x ", "\u{85}x", "x\u{2028}y",
        ]
        // Texts that resolve alike ("null" and "Null", "&a" and "*a") would name two actors the same way, which
        // an edit refuses; so each round adds at most one text per name key, in a database of its own.
        var rounds: [[Int]] = []
        var seen: [String: Int] = [:]
        for (i, text) in texts.enumerated() {
            let key = NameMatching.key(text)
            let round = key.isEmpty ? 0 : seen[key, default: 0]
            if !key.isEmpty { seen[key] = round + 1 }
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(i)
        }
        var actors: [Graph.Actor] = []
        let base = try TestSupport.korusDatabase.get()
        for (n, round) in rounds.enumerated() {
            let path = try TestSupport.temporaryDirectory("lookalikes-\(n)").appendingPathComponent("graph.sqlite").path
            try FileManager.default.copyItem(atPath: base, toPath: path)
            let store = try Store(path: path, mode: .readWrite)
            let editor = try Editor(coder: "ann")
            for i in round {
                try store.write { db in
                    try editor.add(.actor(Graph.Actor(id: Hardening.slug("lookalike-\(i)"), name: texts[i], kind: .person, aliases: [texts[i]])), in: db)
                }
            }
            try store.close()
            let folder = GraphDataFolder(path: try TestSupport.temporaryDirectory("lookalikes-export-\(n)").appendingPathComponent("graph-data").path)
            try GraphBuilder.export(from: path, to: folder)
            let rebuilt = try TestSupport.temporaryDirectory("lookalikes-rebuilt-\(n)").appendingPathComponent("graph.sqlite").path
            try GraphBuilder.build(from: folder, to: rebuilt)
            actors += try Store(path: rebuilt, mode: .readOnly).read { try GraphReader.read($0) }.actors
        }
        for (i, text) in texts.enumerated() {
            let actor = actors.first { $0.id.rawValue == "lookalike-\(i)" }
            #expect(actor.map { Array($0.name.unicodeScalars) } == Array(text.unicodeScalars), "\(text.debugDescription): \(actor?.name.debugDescription ?? "missing")")
            #expect(actor?.aliases.map { Array($0.unicodeScalars) } == [Array(text.unicodeScalars)], "alias \(text.debugDescription)")
        }
    }

    @Test(
        "a NUL in a name or note is refused or kept whole, never cut short")
    func nulIsNotTruncated() throws {
        let path = try TestSupport.temporaryDirectory("nul").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        let store = try Store(path: path, mode: .readWrite)
        let editor = try Editor(coder: "ann")
        let actor = Graph.Actor(id: Hardening.slug("nul-actor"), name: "before\u{0}after", kind: .person)
        do {
            try store.write { db in try editor.add(.actor(actor), in: db) }
            let stored = try store.read { try $0.fetchOne(String.self, sql: "SELECT name FROM actor WHERE id = 'nul-actor'") }
            let length = try store.read { try $0.fetchOne(Int.self, sql: "SELECT length(CAST(name AS BLOB)) FROM actor WHERE id = 'nul-actor'") }
            #expect(stored == actor.name && length == actor.name.utf8.count, "stored \(stored.debugDescription)")
        } catch is EditError {
            // Refusing the NUL is as good as keeping it.
        }
        // The same through graph-data/: a double-quoted "\u0000" escape.
        let copy = try TestSupport.copy(TestSupport.korusData.path)
        let actors = copy.appendingPathComponent("actors.yaml")
        let text = try String(contentsOf: actors, encoding: .utf8)
        try text.replacingOccurrences(of: "  name: Krystal Tan\n", with: "  name: \"Krystal\\u0000Tan\"\n")
            .write(to: actors, atomically: true, encoding: .utf8)
        let rebuilt = try TestSupport.temporaryDirectory("nul-build").appendingPathComponent("graph.sqlite").path
        do {
            try GraphBuilder.build(from: GraphDataFolder(path: copy.path), to: rebuilt)
            let name = try Store(path: rebuilt, mode: .readOnly).read {
                try $0.fetchOne(String.self, sql: "SELECT name FROM actor WHERE id = 'krystal-tan'")
            }
            #expect(name == "Krystal\u{0}Tan", "stored \(name.debugDescription)")
        } catch is GraphDataError {
            // A located refusal is as good.
        }
        // The same in a list item: an alias.
        let aliasCopy = try TestSupport.copy(TestSupport.korusData.path)
        let aliasFile = aliasCopy.appendingPathComponent("actors.yaml")
        let aliasText = try String(contentsOf: aliasFile, encoding: .utf8)
        try aliasText.replacingOccurrences(of: "    - Obama\n", with: "    - \"Oba\\u0000ma\"\n")
            .write(to: aliasFile, atomically: true, encoding: .utf8)
        let aliasBuild = try TestSupport.temporaryDirectory("nul-alias").appendingPathComponent("graph.sqlite").path
        let refused = try #require(throws: GraphDataError.self) {
            try GraphBuilder.build(from: GraphDataFolder(path: aliasCopy.path), to: aliasBuild)
        }
        let obamaLine = aliasText.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "    - Obama" }.map { $0 + 1 }
        #expect(refused.description.contains("actors.yaml:\(obamaLine ?? 0):"), "\(refused)")
        #expect(refused.description.contains("NUL"))
    }
}

/// The attribute form of HTML text, as `HTMLText.escape` writes it.
enum HTMLEscape {
    static func attribute(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
