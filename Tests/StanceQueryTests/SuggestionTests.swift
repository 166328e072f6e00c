import Foundation
import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// Refusals over the KORUS graph: each offers complete queries that parse, built from what was
/// understood, and a name suggestion never points at another issue than the words resemble.
@Suite("Rewrite suggestions")
struct SuggestionTests {
    static func store() throws -> Store {
        try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
    }

    static func error(_ query: String) throws -> QueryError {
        let store = try store()
        return try #require(throws: QueryError.self) {
            _ = try store.read { db in try QueryEngine.answer(query, in: db) }
        }
    }

    static func parse(_ query: String) throws -> Query {
        try store().read { db in try Parser.parse(query, directory: StoreNameDirectory(db)) }
    }

    static let refused = [
        "who oposes withdrawal", "who suports renegotiation", "who opposes withdrawl", "tell me about Lighthiser",
        "who is undecided about car tariffs", "who supports a new deal", "who opposes",
        "who is neutral withdrawal", "who supports ISDS foo", "hello", "who likes Lighthizer",
        "positions of Sue Mi Terri", "who works for the Chamber of Comerce", "who opposes leaving KORU",
        "who said \"flawed metric", "who opposes " + String(repeating: "withdrawal ", count: 40),
        "who is Omar Feld", "quotes by", "who agrees with", "whp opposes withdrawal", "what does Trump want",
    ]

    @Test("every refusal offers a complete query that answers", arguments: refused)
    func offersAnswerableQuery(_ query: String) throws {
        let error = try Self.error(query)
        #expect(!error.suggestions.isEmpty, "no suggestion for '\(query)'")
        #expect(error.description.contains("did you mean: "))
        let store = try Self.store()
        for suggestion in error.suggestions {
            #expect(throws: Never.self, "'\(suggestion)' (for '\(query)')") {
                _ = try store.read { db in try QueryEngine.answer(suggestion, in: db) }
            }
        }
    }

    @Test("a keyword typo gets the nearest keyword, and the query with it")
    func keywordTypo() throws {
        let error = try Self.error("who oposes withdrawal")
        #expect(error.message.contains("did you mean 'opposes'?"))
        #expect(error.suggestions.first == "who opposes withdrawal")
        #expect(try Self.error("whp opposes withdrawal").suggestions.first == "who opposes withdrawal")
    }

    @Test("a name suggestion stays with the issue the words resemble")
    func sameIssue() throws {
        let error = try Self.error("who opposes leaving KORU")
        #expect(!error.suggestions.isEmpty)
        for suggestion in error.suggestions {
            guard case .who(let who, _) = try Self.parse(suggestion), case .condition(let condition) = who.body else {
                Issue.record("'\(suggestion)' is not a who-question")
                continue
            }
            #expect(condition.tests.map(\.issue.id.rawValue) == ["withdrawal"], "'\(suggestion)'")
        }
        #expect(!error.message.contains("amending") && !error.message.contains("renegotiat"))
    }

    @Test("an unknown person is named as unknown, with the nearest names")
    func unknownPerson() throws {
        let unknown = try Self.error("who is Omar Feld")
        #expect(unknown.message.hasPrefix("unknown actor 'Omar Feld'"))
        let typo = try Self.error("who is Lighthiser")
        #expect(typo.message == "unknown actor 'Lighthiser'; did you mean 'Lighthizer'?")
        #expect(typo.suggestions.first == "who is Lighthizer")
    }
}

/// What some of the new phrasings mean, beyond their answers (an empty answer cannot tell which
/// issue a question was about).
@Suite("Plain-English phrasings")
struct PhrasingTests {
    @Test("changes with and without an issue")
    func changes() throws {
        #expect(try SuggestionTests.parse("who changed their mind?") == .who(WhoQuery(body: .changedAnywhere, filters: Filters()), count: false))
        #expect(try SuggestionTests.parse("Who flip-flopped") == .who(WhoQuery(body: .changedAnywhere, filters: Filters()), count: false))
        guard case .who(let who, _) = try SuggestionTests.parse("has anyone changed their position on renegotiation"),
            case .changed(let issue) = who.body
        else {
            Issue.record("not a change question")
            return
        }
        #expect(issue.id.rawValue == "renegotiation")
        guard case .who(let sides, _) = try SuggestionTests.parse("who switched sides on the FTA"),
            case .changed(let korus) = sides.body
        else {
            Issue.record("not a change question")
            return
        }
        #expect(korus.id.rawValue == "korus")
    }

    @Test("everyday names of the central issue and of actions on it", arguments: [
        ("who defends the deal", "korus"), ("who criticises the pact", "korus"), ("who likes the FTA", "korus"),
        ("who supports leaving KORUS", "withdrawal"), ("who wants to pull out of the agreement", "withdrawal"),
        ("who favours withdrawal from the pact", "withdrawal"), ("Who wants to renegotiate KORUS?", "renegotiation"),
        ("who is in favour of renegotiating the deal", "renegotiation"), ("who rejects the trade deficit yardstick", "trade-deficit"),
        ("who opposes Lighthizer's renegotiation", "renegotiation"), ("who resists the ISDS clause", "isds"),
    ])
    func everydayNames(_ query: String, _ issue: String) throws {
        guard case .who(let who, _) = try SuggestionTests.parse(query), case .condition(let condition) = who.body else {
            Issue.record("'\(query)' is not a who-question")
            return
        }
        #expect(condition.tests.map(\.issue.id.rawValue) == [issue])
    }

    @Test("the new shapes")
    func shapes() throws {
        guard case .profile(let actor) = try SuggestionTests.parse("who's Sue Mi Terry") else {
            Issue.record("not a profile")
            return
        }
        #expect(actor.id.rawValue == "sue-mi-terry")
        guard case .check(let seoul, let stance, let isds) = try SuggestionTests.parse("isn't Seoul against ISDS?") else {
            Issue.record("not a yes/no question")
            return
        }
        #expect(seoul.id.rawValue == "south-korea" && stance == .opposes && isds.id.rawValue == "isds")
        guard case .stakeholders(let issue, _) = try SuggestionTests.parse("where does everyone stand on the agreement") else {
            Issue.record("not a stakeholders question")
            return
        }
        #expect(issue.id.rawValue == "korus")
        guard case .who(let who, _) = try SuggestionTests.parse("who opposes withdrawal in the New York Times") else {
            Issue.record("not a who-question")
            return
        }
        #expect(who.filters.window.sources.map(\.rawValue) == ["nyt-2018-01-04"])
        #expect(who.filters.organization == nil)
        guard case .quotes(let filter) = try SuggestionTests.parse("what did CSIS say") else {
            Issue.record("not a quotes question")
            return
        }
        #expect(filter.includeMembers)
        guard case .quotes(let person) = try SuggestionTests.parse("what did Cutler say") else {
            Issue.record("not a quotes question")
            return
        }
        #expect(!person.includeMembers)
    }

    @Test("who said: the words searched, or the quotes about an issue; 'called for' is support")
    func said() throws {
        #expect(try SuggestionTests.parse("who said flawed metric") == .quotes(QuoteFilter(matching: "flawed metric")))
        #expect(try SuggestionTests.parse("Who called KORUS a \"horrible deal\"?") == .quotes(QuoteFilter(matching: "horrible deal")))
        guard case .quotes(let about) = try SuggestionTests.parse("who talked about ISDS"), let issue = about.issue else {
            Issue.record("not quotes about an issue")
            return
        }
        #expect(issue.id.rawValue == "isds" && about.matching == nil)
        guard case .who(let who, _) = try SuggestionTests.parse("who called for renegotiation"),
            case .condition(let condition) = who.body
        else {
            Issue.record("not a who-question")
            return
        }
        #expect(condition.tests.map(\.stance) == [.supports])
    }

    @Test("time as people say it")
    func time() throws {
        func window(_ query: String) throws -> DateWindow? {
            guard case .who(let who, _) = try SuggestionTests.parse(query) else { return nil }
            return who.filters.window
        }
        #expect(try window("who supported withdrawal in 2017") == DateWindow(lower: "2017-01-01", upper: "2018-01-01"))
        #expect(try window("who supported withdrawal by October 2017") == DateWindow(upper: "2017-11-01"))
        #expect(try window("who backed KORUS before 2012") == DateWindow(upper: "2012-01-01"))
        #expect(try window("who opposes withdrawal since Feb 2018") == DateWindow(lower: "2018-02-01"))
    }
}
