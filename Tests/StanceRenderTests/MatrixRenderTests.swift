import Foundation
import StanceCore
import Testing

@testable import StanceRender

/// Matrices shared by the matrix renderer tests.
enum MatrixFixtures {
    /// An actor name meant to run script if any format forgets to escape it.
    static let scriptName = "<script>alert(1)</script>"

    /// A cell with the given stance and evidence.
    static func cell(
        _ stance: Graph.Stance, latest: Graph.Stance? = nil, positions: Int = 1, evidence: String = "We will talk.",
        source: String = "Yonhap, 3 May 2017"
    ) -> PositionMatrix.Cell {
        PositionMatrix.Cell(
            stance: stance, latestStance: latest ?? stance, positions: positions, positionID: "pos-\(stance.rawValue)",
            date: "2017-05-03", basis: "stated", evidence: evidence, sourceTitle: source)
    }

    /// Three actors (one hostile) × three issues (one with a comma, one with a pipe), every kind of cell.
    static let small = PositionMatrix(
        actors: [
            .init(id: "moon-jae-in", name: "Moon Jae-in", kind: "person"),
            .init(id: "hostile", name: scriptName, kind: "group"),
            .init(id: "lkp", name: "Liberty Korea Party", kind: "organization"),
        ],
        issues: [
            .init(id: "talks", name: "Talks with the North"),
            .init(id: "thaad", name: "THAAD deployment, Seongju"),
            .init(id: "pipe", name: "a|b"),
        ],
        cells: [
            [cell(.supports), cell(.opposes, evidence: "No \"THAAD\" here"), nil],
            [cell(.mixed, latest: .opposes, positions: 3, evidence: "</script><script>alert(2)</script>"), nil,
             cell(.neutral, evidence: "line\u{2028}sep & 'quotes'")],
            [nil, cell(.supports), cell(.opposes)],
        ],
        rule: "each cell is the actor's latest stance on the issue, or mixed where the window holds both")

    /// A matrix of `rows` × `columns` with long names and a repeating pattern of stances.
    static func large(rows: Int, columns: Int) -> PositionMatrix {
        let stances: [Graph.Stance?] = [.supports, .opposes, nil, .mixed, .neutral, nil, .supports]
        return PositionMatrix(
            actors: (0..<rows).map { .init(id: "a\($0)", name: "Actor number \($0) with a fairly long name", kind: "person") },
            issues: (0..<columns).map { .init(id: "i\($0)", name: "Issue \($0): the long name of a policy question") },
            cells: (0..<rows).map { row in
                (0..<columns).map { column in stances[(row * 3 + column) % stances.count].map { cell($0) } }
            },
            rule: "latest stance")
    }

    /// Characters `& < > " '`, a control character, an emoji and a pipe in every kind of name.
    static let hostile = PositionMatrix(
        actors: [.init(id: "x&<>\"'", name: "a&b<c>\"d'e \u{1B}[31m 👍🏽|", kind: "gr<o>up")],
        issues: [.init(id: "i&<>", name: "is<s>ue & \"q\" 'z' \u{7} 🇰🇷")],
        cells: [[cell(.supports, evidence: "say \"hi\" & <b>bye</b>\r\nnext\u{0}", source: "So'urce <Times>")]],
        rule: "rule with <tags> & \"quotes\"")
}

/// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, LF record ends.
enum CSVTestReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.append("\"")
                        scalars.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                inQuotes = true
            } else if scalar == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\n" {
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            } else {
                field.append(scalar)
            }
        }
        return records
    }
}

@Suite("Matrix rendering")
struct MatrixRenderTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    private func parseCSV(_ text: String) -> [[String]] {
        CSVTestReader.parse(text)
    }

    private func parseJSON(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The text of the inline JSON block of an HTML page.
    private func inlineJSON(_ html: String) throws -> String {
        let open = "<script type=\"application/json\" id=\"stance-data\">"
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return String(html[start..<end])
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: CSV and Markdown

    @Test("CSV: an actor column, one column per issue name, stance words or empty")
    func csv() {
        #expect(MatrixRenderer(format: .csv).render(MatrixFixtures.small) == """
            actor,Talks with the North,"THAAD deployment, Seongju",a|b
            Moon Jae-in,supports,opposes,
            <script>alert(1)</script>,mixed,,neutral
            Liberty Korea Party,,supports,opposes

            """)
    }

    @Test("CSV keeps hostile names as data and quotes them")
    func csvHostile() {
        let csv = MatrixRenderer(format: .csv).render(MatrixFixtures.hostile)
        let records = parseCSV(csv)
        #expect(records == [
            ["actor", "is<s>ue & \"q\" 'z' \u{FFFD} 🇰🇷"],
            ["a&b<c>\"d'e \u{FFFD}[31m 👍🏽|", "supports"],
        ])
        #expect(!csv.unicodeScalars.contains("\u{1B}"))
    }

    @Test("Markdown: the CSV's table with pipes escaped")
    func markdown() {
        #expect(MatrixRenderer(format: .markdown).render(MatrixFixtures.small) == """
            | actor | Talks with the North | THAAD deployment, Seongju | a\\|b |
            |---|---|---|---|
            | Moon Jae-in | supports | opposes |  |
            | <script>alert(1)</script> | mixed |  | neutral |
            | Liberty Korea Party |  | supports | opposes |

            """)
        let hostile = MatrixRenderer(format: .markdown).render(MatrixFixtures.hostile)
        #expect(hostile.contains("👍🏽\\| |"))
        #expect(!hostile.unicodeScalars.contains("\u{1B}"))
    }

    // MARK: JSON

    @Test("JSON: rule, issues, actors and rows whose cells carry the evidence or null")
    func json() throws {
        let text = MatrixRenderer(format: .json).render(MatrixFixtures.small)
        let object = try parseJSON(text)
        #expect(object["rule"] as? String == MatrixFixtures.small.rule)
        let issues = try #require(object["issues"] as? [[String: Any]])
        #expect(issues.map { $0["id"] as? String } == ["talks", "thaad", "pipe"])
        #expect(issues.map { $0["name"] as? String } == MatrixFixtures.small.issues.map(\.name))
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(actors.map { $0["kind"] as? String } == ["person", "group", "organization"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        let hostileRow = rows[1]
        #expect((hostileRow["actor"] as? [String: Any])?["name"] as? String == MatrixFixtures.scriptName)
        let cells = try #require(hostileRow["cells"] as? [String: Any])
        #expect(cells["thaad"] is NSNull)
        let mixed = try #require(cells["talks"] as? [String: Any])
        #expect(mixed["stance"] as? String == "mixed")
        #expect(mixed["latest_stance"] as? String == "opposes")
        #expect(mixed["positions"] as? Int == 3)
        #expect(mixed["position"] as? String == "pos-mixed")
        #expect(mixed["date"] as? String == "2017-05-03")
        #expect(mixed["basis"] as? String == "stated")
        #expect(mixed["evidence"] as? String == "</script><script>alert(2)</script>")
        #expect(mixed["source"] as? String == "Yonhap, 3 May 2017")
        #expect((cells["pipe"] as? [String: Any])?["evidence"] as? String == "line\u{2028}sep & 'quotes'")
        #expect(!text.contains("</script"))
        #expect(!text.unicodeScalars.contains("\u{2028}"))
    }

    @Test("JSON keys come in the documented order")
    func jsonOrder() throws {
        let text = MatrixRenderer(format: .json).render(MatrixFixtures.small)
        #expect(text.hasPrefix("{\n  \"rule\": "))
        let top = ["\"rule\"", "\"issues\"", "\"actors\"", "\"rows\""]
        let positions = try top.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        let cellKeys = ["\"stance\"", "\"latest_stance\"", "\"positions\"", "\"position\"", "\"date\"", "\"basis\"",
                        "\"evidence\"", "\"source\""]
        let cellStart = try #require(text.range(of: "\"talks\": {")).upperBound
        let cellPositions = try cellKeys.map {
            try #require(text.range(of: $0, range: cellStart..<text.endIndex)).lowerBound
        }
        #expect(cellPositions == cellPositions.sorted())
        #expect(text == MatrixRenderer(format: .json).render(MatrixFixtures.small))
    }

    @Test(
        "JSON rows written from the cells are the bytes of the whole value tree",
        arguments: [
            MatrixFixtures.small, MatrixFixtures.hostile, MatrixFixtures.large(rows: 7, columns: 5),
            PositionMatrix(actors: [], issues: [], cells: [], rule: "empty"),
            PositionMatrix(
                actors: [PositionMatrix.Actor(id: "a", name: "A", kind: "person")], issues: [], cells: [[]],
                rule: "no columns"),
        ])
    func jsonMatchesValueTree(_ base: PositionMatrix) {
        var m = base
        for snapshot in [nil, "sha256:0123"] {
            m.snapshot = snapshot
            var pairs: [(String, AnswerValue)] = [("rule", .text(m.rule))]
            if let snapshot { pairs.append(("snapshot", .text(snapshot))) }
            pairs.append(("issues", .list(m.issues.map { AnswerValue.object([("id", .text($0.id)), ("name", .text($0.name))]) })))
            pairs.append(("actors", .list(m.actors.map(MatrixTextWriter.actorValue))))
            let rows: [AnswerValue] = m.actors.enumerated().map { row, actor in
                .object([
                    ("actor", MatrixTextWriter.actorValue(actor)),
                    ("cells", .object(m.issues.enumerated().map { column, issue -> (String, AnswerValue) in
                        (issue.id, m.cellAt(row, column).map(MatrixTextWriter.cellValue) ?? .null)
                    })),
                ])
            }
            pairs.append(("rows", .list(rows)))
            #expect(MatrixRenderer(format: .json).render(m) == JSONWriter.render(.object(pairs)))
        }
    }

    @Test("JSON keeps hostile text exact")
    func jsonHostile() throws {
        let object = try parseJSON(MatrixRenderer(format: .json).render(MatrixFixtures.hostile))
        let actor = try #require((object["actors"] as? [[String: Any]])?.first)
        #expect(actor["name"] as? String == MatrixFixtures.hostile.actors[0].name)
        let row = try #require((object["rows"] as? [[String: Any]])?.first)
        let cell = try #require((row["cells"] as? [String: Any])?["i&<>"] as? [String: Any])
        #expect(cell["evidence"] as? String == "say \"hi\" & <b>bye</b>\r\nnext\u{0}")
    }

    // MARK: Table

    @Test("table: numbered issue columns, one symbol a cell, legend, key, rule and size")
    func table() {
        #expect(lines(MatrixRenderer(format: .table).render(MatrixFixtures.small)) == [
            "                            1  2  3",
            "Moon Jae-in                 +  −  ·",
            "<script>alert(1)</script>   ±  ·  0",
            "Liberty Korea Party         ·  +  −",
            "",
            "+ supports  − opposes  ± mixed  0 neutral  · no position",
            "Issues:",
            " 1  Talks with the North",
            " 2  THAAD deployment, Seongju",
            " 3  a|b",
            "Rule: each cell is the actor's latest stance on the issue, or mixed where the window holds both",
            "3 actors × 3 issues",
        ])
    }

    @Test("table: colour only when asked for, stance colours on the symbols")
    func tableColour() {
        let plain = MatrixRenderer(format: .table).render(MatrixFixtures.small)
        #expect(!plain.unicodeScalars.contains("\u{1B}"))
        let coloured = MatrixRenderer(format: .table, color: true).render(MatrixFixtures.small)
        #expect(coloured.contains(ANSI.green + "+" + ANSI.reset))
        #expect(coloured.contains(ANSI.red + "−" + ANSI.reset))
        #expect(coloured.contains(ANSI.dim + "·" + ANSI.reset))
    }

    @Test("table: every line fits the width; names are cut and columns split into blocks")
    func tableWidth() {
        let matrix = MatrixFixtures.large(rows: 12, columns: 40)
        for width in [24, 40, 60, 80, 100] {
            let table = MatrixRenderer(format: .table, width: width).render(matrix)
            for line in lines(table) {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
            #expect(table.contains("…"))
            // Every issue number appears in a header line and every actor once per block.
            let headers = lines(table).filter { $0.hasPrefix(" ") && $0.allSatisfy { $0 == " " || $0.isNumber } }
            let numbers = headers.flatMap { $0.split(separator: " ").compactMap { Int($0) } }
            #expect(numbers == Array(1...40), "\(width)")
            let rows = lines(table).filter { $0.hasPrefix("Actor number 0") }
            #expect(rows.count == headers.count)
        }
        let unlimited = MatrixRenderer(format: .table).render(matrix)
        #expect(!unlimited.contains("…"))
        #expect(lines(unlimited)[0].split(separator: " ").count == 40)
    }

    @Test("table: control characters never reach the terminal, wide names align")
    func tableHostile() {
        for color in [false, true] {
            let table = MatrixRenderer(format: .table, color: color, width: 30).render(MatrixFixtures.hostile)
            let allowed: Set<Unicode.Scalar> = color ? ["\n", "\u{1B}"] : ["\n"]
            #expect(table.unicodeScalars.filter { ControlCharacters.isControl($0) && !allowed.contains($0) }.isEmpty)
            #expect(!table.contains("\u{1B}[31m "))
        }
        let wide = PositionMatrix(
            actors: [.init(id: "a", name: "文在寅", kind: "person"), .init(id: "b", name: "Moon", kind: "person")],
            issues: [.init(id: "i", name: "Talks")], cells: [[MatrixFixtures.cell(.supports)], [nil]], rule: "")
        #expect(lines(MatrixRenderer(format: .table).render(wide)).prefix(3) == ["         1", "文在寅   +", "Moon     ·"])
    }

    // MARK: HTML

    @Test("HTML is one self-contained file: no network, no external script or style")
    func htmlSelfContained() {
        let html = MatrixRenderer(format: .html).render(MatrixFixtures.small)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.hasSuffix("</html>\n"))
        for forbidden in ["http://", "https://", "<script src", "<link", "@import", "url(", "<iframe", "<img"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<title>Position matrix: 3 actors × 3 issues</title>"))
        // The legend names every stance; the palette is the Okabe–Ito blue and vermillion.
        for word in ["supports", "opposes", "mixed", "neutral", "no position"] {
            #expect(html.contains("</span>\(word)</li>"))
        }
        #expect(html.contains("#0072B2") && html.contains("#D55E00"))
    }

    @Test("HTML escapes a hostile actor name everywhere: text, attributes and the inline JSON")
    func htmlEscapesActor() throws {
        let html = MatrixRenderer(format: .html).render(MatrixFixtures.small)
        // Only the page's own two script elements open and close.
        #expect(occurrences(of: "<script", in: html) == 2)
        #expect(occurrences(of: "</script", in: html) == 2)
        #expect(!html.contains("alert(1)</script"))
        #expect(html.contains("<span class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"))
        #expect(html.contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt; (group)\""))
        #expect(html.contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt; — Talks with the North&#10;mixed"))
        let json = try inlineJSON(html)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(!json.unicodeScalars.contains("\u{2028}") && !json.unicodeScalars.contains("\u{2029}"))
        let data = try parseJSON(json)
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect(actors[1]["name"] as? String == MatrixFixtures.scriptName)
        let cells = try #require(data["cells"] as? [[Any]])
        #expect((cells[1][0] as? [String: Any])?["evidence"] as? String == "</script><script>alert(2)</script>")
        #expect((cells[1][2] as? [String: Any])?["evidence"] as? String == "line\u{2028}sep & 'quotes'")
        #expect(cells[1][1] is NSNull)
    }

    @Test("HTML escapes & < > \" ' and replaces control characters in every name")
    func htmlEscapesAll() throws {
        let html = MatrixRenderer(format: .html).render(MatrixFixtures.hostile)
        #expect(html.contains("a&amp;b&lt;c&gt;&quot;d&#39;e \u{FFFD}[31m 👍🏽|"))
        #expect(html.contains("is&lt;s&gt;ue &amp; &quot;q&quot; &#39;z&#39; \u{FFFD} 🇰🇷"))
        #expect(html.contains("gr&lt;o&gt;up"))
        #expect(html.contains("rule with &lt;tags&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("“say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;&#10;next\u{FFFD}”"))
        #expect(html.contains("So&#39;urce &lt;Times&gt;"))
        #expect(!html.contains("<b>"))
        #expect(html.unicodeScalars.filter { ControlCharacters.isControl($0) && $0 != "\n" }.isEmpty)
        // Inside every tag, attribute values hold no raw quote: each tag splits into an even number of quotes.
        for tag in html.split(separator: "<").dropFirst() {
            let inside = tag.prefix { $0 != ">" }
            #expect(inside.filter { $0 == "\"" }.count % 2 == 0, "\(inside)")
        }
        let data = try parseJSON(try inlineJSON(html))
        #expect((data["actors"] as? [[String: Any]])?.first?["name"] as? String == MatrixFixtures.hostile.actors[0].name)
    }

    @Test("HTML: hover titles and click data for every filled cell; sizes from 37 × 17 to 200 × 40")
    func htmlSizes() throws {
        for (rows, columns) in [(37, 17), (200, 40)] {
            let matrix = MatrixFixtures.large(rows: rows, columns: columns)
            let html = MatrixRenderer(format: .html).render(matrix)
            #expect(occurrences(of: "<td ", in: html) == rows * columns)
            #expect(occurrences(of: "<th class=\"issue\"", in: html) == columns)
            #expect(occurrences(of: "<th scope=\"row\"", in: html) == rows)
            let filled = matrix.cells.joined().compactMap { $0 }.count
            #expect(occurrences(of: " data-r=", in: html) == filled)
            #expect(occurrences(of: "title=\"Actor number", in: html) == rows * columns + rows)
            let cells = try #require(try parseJSON(try inlineJSON(html))["cells"] as? [[Any]])
            #expect(cells.count == rows && cells.allSatisfy { $0.count == columns })
        }
    }

    @Test("HTML: the details panel and its script are present; the script builds no HTML from data")
    func htmlScript() {
        let html = MatrixRenderer(format: .html).render(MatrixFixtures.small)
        #expect(html.contains("<aside id=\"details\""))
        #expect(html.contains("textContent"))
        #expect(!html.contains("innerHTML") && !html.contains("document.write") && !html.contains("eval("))
        #expect(html.contains("td class=\"mixed\" data-r=\"1\" data-c=\"0\" tabindex=\"0\""))
        #expect(html.contains("<td class=\"none\" title=\"Moon Jae-in — a|b: no position\"></td>"))
        // Stance colours are scoped to cells and swatches, so the details panel (class "details supports") keeps
        // dark text.
        for stance in Graph.Stance.allCases {
            #expect(!MatrixHTMLWriter.css.contains("\n.\(stance.rawValue) {"))
            #expect(MatrixHTMLWriter.css.contains("td.\(stance.rawValue), .swatch.\(stance.rawValue) {"))
        }
    }

    // MARK: All formats

    @Test("every format ends with a newline, is deterministic, and handles an empty or ragged matrix")
    func allFormats() {
        let empty = PositionMatrix(actors: [], issues: [], cells: [], rule: "")
        let ragged = PositionMatrix(
            actors: [.init(id: "a", name: "A", kind: "person")], issues: [.init(id: "i", name: "I"), .init(id: "j", name: "J")],
            cells: [[MatrixFixtures.cell(.supports)]], rule: "r")
        for format in MatrixFormat.allCases {
            let renderer = MatrixRenderer(format: format)
            for matrix in [MatrixFixtures.small, empty, ragged] {
                let text = renderer.render(matrix)
                #expect(text.hasSuffix("\n"), "\(format)")
                #expect(text == renderer.render(matrix))
            }
        }
        #expect(MatrixRenderer(format: .csv).render(empty) == "actor\n")
        #expect(MatrixRenderer(format: .csv).render(ragged) == "actor,I,J\nA,supports,\n")
        #expect(MatrixRenderer(format: .table).render(empty) == "0 actors × 0 issues\n")
    }
}

/// The matrix JSON is written a row at a time; it must be the bytes of the whole object through `JSONWriter`.
@Suite("Matrix JSON, row by row")
struct MatrixJSONStreamingTests {
    /// The matrix as one value tree, rendered at once: the definition of the output.
    static func whole(_ m: PositionMatrix) -> String {
        let rows: [AnswerValue] = m.actors.enumerated().map { row, actor in
            let cells: [(String, AnswerValue)] = m.issues.enumerated().map { column, issue in
                (issue.id, m.cellAt(row, column).map(MatrixTextWriter.cellValue) ?? .null)
            }
            return .object([("actor", MatrixTextWriter.actorValue(actor)), ("cells", .object(cells))])
        }
        return JSONWriter.render(
            .object([
                ("rule", .text(m.rule)),
                ("issues", .list(m.issues.map { AnswerValue.object([("id", .text($0.id)), ("name", .text($0.name))]) })),
                ("actors", .list(m.actors.map(MatrixTextWriter.actorValue))),
                ("rows", .list(rows)),
            ]))
    }

    static let matrices: [PositionMatrix] = [
        MatrixFixtures.small, MatrixFixtures.hostile, MatrixFixtures.large(rows: 40, columns: 9),
        PositionMatrix(actors: [], issues: [], cells: [], rule: ""),
        PositionMatrix(actors: [.init(id: "a", name: "A", kind: "person")], issues: [], cells: [[]], rule: "no issues"),
        contradicting,
    ]

    /// A cell whose actor contradicts itself carries `"contradicts": true` after its source.
    static var contradicting: PositionMatrix {
        var marked = MatrixFixtures.cell(.mixed)
        marked.contradicts = true
        return PositionMatrix(
            actors: [.init(id: "a", name: "A", kind: "person")], issues: [.init(id: "i", name: "I"), .init(id: "j", name: "J")],
            cells: [[marked, MatrixFixtures.cell(.supports)]], rule: "r")
    }

    @Test("the same bytes as the whole object rendered at once", arguments: matrices.indices)
    func sameBytes(_ index: Int) {
        let m = Self.matrices[index]
        #expect(MatrixTextWriter.json(m) == Self.whole(m))
    }
}
