import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// The query-language forms of issue 17 items 1 and 2, answered over `AnalysisGraph`: contradictions, source
/// disagreements, hearsay, and `--basis` on who-questions.
@Suite("Contradictions and hearsay in the query language")
struct ContradictionQueryTests {
    let store: Store

    init() throws {
        store = try TestSupport.store(with: AnalysisGraph.graph)
    }

    func answer(_ query: String, bases: [Graph.Position.Basis] = []) throws -> Answer {
        try store.read { try QueryEngine.answer(query, in: $0, bases: bases) }
    }

    /// Each row's actor id, and the position ids of its two sides (earlier first).
    func pairs(_ answer: Answer) -> [String] {
        answer.rows.map { row in
            [["actor", "id"], ["earlier", "position"], ["later", "position"]]
                .map { row[$0]?.plainText ?? "?" }.joined(separator: " ")
        }
    }

    @Test("who contradicts themselves: every supports/opposes pair, earlier side first, at any distance")
    func selfContradictions() throws {
        let all = try answer("who contradicts themselves")
        #expect(all.shape == .contradictions)
        #expect(pairs(all) == ["ann ann-s ann-o", "bob bob-s bob-o", "cy cy-s cy-o"])
        #expect(all.rows.allSatisfy { $0[["kind"]] == .text("self") })
        let ann = try #require(all.rows.first)
        #expect(ann[["earlier", "stance"]] == .text("supports") && ann[["later", "stance"]] == .text("opposes"))
        #expect(ann[["earlier", "quote"]] == .text("Ex is good.") && ann[["earlier", "quote_id"]] == .text("q-ann"))
        #expect(ann[["earlier", "source", "label"]] == .text("Daily One, 2018-01-10"))
        #expect(ann[["later", "date"]] == .text("2018-03") && ann[["later", "basis"]] == .text("stated"))
        let cy = try #require(all.rows.last)
        #expect(cy[["earlier", "basis_label"]] == .text("reported by Bob"))
        #expect(cy[["earlier", "reported_by"]] == .text("bob"))
    }

    @Test("within N months keeps the day of the month: 2017-01 to 2018-07 is within 18 months, not 17")
    func withinMonths() throws {
        #expect(pairs(try answer("who contradicts themselves within 6 months")).map { $0.prefix(3) } == ["ann", "cy "])
        #expect(try answer("who contradicts themselves within 18 months").rows.count == 3)
        #expect(try answer("who contradicts themselves within 17 months").rows.count == 2)
        #expect(try answer("who contradicts themselves within 1 year").rows.count == 2)
        #expect(try answer("who contradicts themselves on Ex within 1 month").rows.map { $0[["actor", "id"]] } == [.text("cy")])
        #expect(try answer("who contradicts themselves within 10 days").rows.count == 1)
        #expect(try answer("who contradicts themselves within 9 days").rows.isEmpty)
        #expect(try answer("who contradicts themselves on Why").rows.isEmpty)
    }

    @Test("the SQL agrees with the Contradictions finder (date arithmetic in Swift) for every window")
    func agreesWithFinder() throws {
        for months in [1, 2, 3, 6, 12, 17, 18, 24] {
            let viaQuery = try answer("who contradicts themselves within \(months) months").rows.map {
                [$0[["actor", "id"]]?.plainText, $0[["earlier", "position"]]?.plainText, $0[["later", "position"]]?.plainText]
            }
            let viaFinder = try store.read { try Contradictions.selfContradictions(withinMonths: months, in: $0) }.map {
                [$0.actorID, $0.first.positionID, $0.second.positionID] as [String?]
            }
            #expect(viaQuery == viaFinder, "within \(months) months")
        }
        for days in [9, 10, 31, 70] {
            let viaQuery = try answer("where do sources disagree within \(days) days").rows.map { $0[["actor", "id"]]?.plainText }
            let viaFinder = try store.read { try Contradictions.sourceDisagreements(withinDays: days, in: $0) }.map(\.actorID)
            #expect(viaQuery == viaFinder.map(Optional.some), "within \(days) days")
        }
    }

    @Test("plain-English forms mean the canonical questions")
    func plainEnglish() throws {
        let canonical = try answer("who contradicts themselves on Ex")
        for question in [
            "who changed their mind on Ex?", "does anyone contradict themselves on Ex?",
            "has anyone contradicted themselves on Ex", "Who contradicted himself on Ex?",
        ] {
            #expect(try answer(question) == canonical, "\(question)")
        }
        let sources = try answer("where do sources disagree about Cy")
        for question in [
            "which sources disagree about Cy?", "where do the sources disagree about Cy", "do sources disagree about Cy",
            "where do sources disagree about Cy on Ex",
        ] {
            #expect(try answer(question) == sources, "\(question)")
        }
        #expect(try answer("who changed their mind?").shape == .changed)
    }

    @Test("where do sources disagree: opposite stances from two sources within 31 days unless asked")
    func sourceDisagreements() throws {
        let month = try answer("where do sources disagree")
        #expect(month.shape == .contradictions && pairs(month) == ["cy cy-s cy-o"])
        #expect(month.rows.first?[["kind"]] == .text("sources"))
        #expect(month.rows.first?[["earlier", "source", "id"]] == .text("s1"))
        #expect(month.rows.first?[["later", "source", "id"]] == .text("s2"))
        #expect(try answer("where do sources disagree about Ann").rows.isEmpty)
        #expect(pairs(try answer("where do sources disagree about Ann on Ex within 3 months")) == ["ann ann-s ann-o"])
        #expect(try answer("where do sources disagree on Why").rows.isEmpty)
    }

    @Test("hearsay: who says, according to whom, and what an actor reports about others")
    func hearsay() throws {
        let says = try answer("who says Cy supports Ex")
        #expect(says.shape == .hearsay && says.rows.count == 1)
        let row = try #require(says.rows.first)
        #expect(row[["reporter", "id"]] == .text("bob") && row[["reporter_label"]] == .text("Bob"))
        #expect(row[["actor", "id"]] == .text("cy") && row[["evidence", "position"]] == .text("cy-s"))
        #expect(try answer("according to whom does Cy support Ex") == says)
        #expect(try answer("who says that Cy supports Ex?") == says)
        #expect(try answer("who says Cy opposes Ex").rows.isEmpty)  // Cy's opposition is stated, not reported
        let dee = try answer("according to whom does the Dee Group support Why")
        #expect(dee.rows.map { $0[["reporter", "id"]] } == [.text("cy")])
        let unnamed = try answer("who says Ann supports Why")
        #expect(unnamed.rows.first?[["reporter"]] == .null)
        #expect(unnamed.rows.first?[["reporter_label"]]?.plainText.hasPrefix("(not named") == true)
        let cyReports = try answer("what does Cy report about others")
        #expect(cyReports.rows.map { $0[["actor", "id"]] } == [.text("dee")])
        #expect(try answer("what does Bob report").rows.map { $0[["evidence", "position"]] } == [.text("cy-s")])
        #expect(try answer("what does Ann report about others").rows.isEmpty)
        // "who said" with words that are no hearsay still searches quotes.
        #expect(try answer("who said \"Ex is good\"").shape == .quotes)
    }

    @Test("--basis narrows every who-question, contradictions and hearsay; refused for quotes")
    func basis() throws {
        #expect(pairs(try answer("who contradicts themselves", bases: [.stated])) == ["ann ann-s ann-o", "bob bob-s bob-o"])
        // Everyone's latest on Ex is against it or mixed; among reported positions alone, Cy's latest supports it.
        #expect(try answer("who supports Ex").rows.isEmpty)
        #expect(try answer("who supports Ex", bases: [.reported]).rows.map { $0[["actor", "id"]] } == [.text("cy")])
        #expect(try answer("who has ever supported Ex", bases: [.reported]).rows.map { $0[["actor", "id"]] } == [.text("cy")])
        #expect(try answer("who has ever supported Ex", bases: [.stated]).rows.map { $0[["actor", "id"]] } == [.text("ann"), .text("bob")])
        #expect(try answer("who says Cy supports Ex", bases: [.stated]).rows.isEmpty)
        #expect(try answer("stakeholders of Why", bases: [.stated]).rows.isEmpty)
        #expect(try answer("positions of Ann", bases: [.reported]).rows.count == 1)
        let explained = try store.read {
            try QueryEngine.answer("who opposes Ex", in: $0, explain: true, bases: [.stated, .inferred])
        }
        let sql = explained.explanation.joined(separator: "\n")
        #expect(sql.contains("basis IN (?, ?)") && !sql.contains("'stated'"))
        let error = try #require(throws: QueryError.self) { try answer("quotes by Ann", bases: [.stated]) }
        #expect(error.message.contains("--basis narrows questions about positions"))
    }

    @Test("every output format shows both sides with quote or paraphrase, source, date and basis")
    func formats() throws {
        let contradictions = try answer("who contradicts themselves on Ex within 2 months")
        let json = Renderer(format: .json).render(contradictions)
        #expect(json.contains("\"shape\": \"contradictions\"") || json.contains("\"shape\":\"contradictions\""))
        let csv = Renderer(format: .csv).render(contradictions)
        let header = try #require(csv.split(separator: "\n").first)
        #expect(header.hasPrefix("Actor,Actor id,Issue,Issue id,Earlier,Earlier date,Earlier evidence,Earlier source,"))
        #expect(header.contains("Earlier source id") && header.contains("Later basis") && header.contains("Later position id"))
        #expect(csv.contains("ann-s") && csv.contains("Daily Two"))
        let table = Renderer(format: .table).render(contradictions)
        #expect(table.contains("Ex is good.") && table.contains("reported by Bob") && table.contains("2018-03"))
        let markdown = Renderer(format: .markdown).render(contradictions)
        #expect(markdown.contains("| Ann |") && markdown.contains("Daily One, 2018-01") && markdown.contains("stated"))
        let hearsay = Renderer(format: .csv).render(try answer("who says Cy supports Ex"))
        #expect(hearsay.hasPrefix("Reporter,Reporter id,Actor,Actor id,Stance,Issue,Issue id,Date,Evidence,Position id"))
        #expect(hearsay.contains("Bob,bob,Cy,cy,supports,Ex,x"))
    }

    @Test("--explain shows the SQL with the span as bound arguments")
    func explain() throws {
        let explained = try store.read {
            try QueryEngine.answer("who contradicts themselves on Ex within 6 months", in: $0, explain: true)
        }
        let text = explained.explanation.joined(separator: "\n")
        #expect(text.contains("FROM position s") && text.contains("JOIN position o"))
        #expect(!text.contains("'x'") && text.contains("arguments:"))
    }

    @Test("refusals say what would be valid")
    func refusals() throws {
        for (query, words) in [
            ("who contradicts themselves within 0 months", "whole number from 1"),
            ("who contradicts themselves within 6 fortnights", "months"),
            ("who contradicts", "themselves"),
            ("where do sources disagree about Nobody", "unknown issue"),
            ("count who contradicts themselves", "'count'"),
            // Not hearsay (no stance phrase parses), so the words are searched: a NUL is refused, not sent to FTS5.
            ("who says Cy supp\u{0}orts Ex", "control character"),
        ] {
            let error = try #require(throws: QueryError.self, "\(query)") { try answer(query) }
            #expect(error.message.contains(words), "\(query): \(error.message)")
        }
    }

    @Test("a mistyped word of the new questions gets the nearest keyword and a query that parses")
    func typos() throws {
        for (query, suggestion) in [
            ("who contradicts themselfs", "who contradicts themselves"),
            ("where do sources disagre about Cy", "where do sources disagree about Cy"),
            ("which sources disagre about Cy", "which sources disagree about Cy"),
            ("who contradicts themselves within 6 monhts", "who contradicts themselves within 6 months"),
        ] {
            let error = try #require(throws: QueryError.self, "\(query)") { try answer(query) }
            #expect(error.suggestions.first == suggestion, "\(query): \(error.suggestions)")
        }
    }

    @Test("completion offers the new words")
    func completion() throws {
        let graph = AnalysisGraph.graph
        let directory = InMemoryNameDirectory(actors: graph.actors, issues: graph.issues, sources: graph.sources)
        #expect(Parser.expectations(after: "who ", directory: directory).contains("contradicts themselves"))
        #expect(Parser.expectations(after: "who contradicts themselves ", directory: directory).contains("within"))
        #expect(Parser.expectations(after: "who contradicts themselves within 6 ", directory: directory).contains("months"))
        #expect(Parser.expectations(after: "where ", directory: directory).contains("do sources disagree"))
        #expect(Parser.expectations(after: "what does Cy ", directory: directory).contains("report about others"))
    }
}
