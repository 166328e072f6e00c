import Foundation
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import StanceWeb
import Testing

/// The routes of `stance serve`, driven in process through the router (no socket).
enum Web {
    static func korusStore() throws -> Store {
        try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
    }

    /// Runs `body` with a test client on a web app over `store`.
    static func withClient<T: Sendable>(
        _ store: Store, limits: WebApp.Limits = WebApp.Limits(),
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let app = Application(router: WebApp(stores: [store], limits: limits))
        return try await app.test(.router, body)
    }

    /// GET `uri`: status, headers and body as text.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await client.execute(uri: uri, method: .get) { response in
            (response.status, response.headers, String(buffer: response.body))
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite("stance serve: JSON API")
struct APITests {
    @Test("/api/query returns exactly what `stance query --format json` prints")
    func queryMatchesCLI() async throws {
        let store = try Web.korusStore()
        let question = "who opposes withdrawal"
        let expected = Renderer(format: .json).render(try store.read { db in try QueryEngine.answer(question, in: db) })
        let (status, headers, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/query?q=who+opposes+withdrawal")
        }
        #expect(status == .ok)
        #expect(headers[.contentType] == "application/json; charset=utf-8")
        #expect(body == expected)
        #expect(try Web.json(body)["shape"] as? String == "who")
    }

    @Test("a query error is 400 with message, column and suggested questions that parse")
    func queryError() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/query?q=who%20opposes%20withdrawl")
        }
        #expect(status == .badRequest)
        let error = try #require(try Web.json(body)["error"] as? [String: Any])
        #expect((error["message"] as? String)?.contains("withdrawl") == true)
        #expect(error["column"] as? Int == 13)
        let suggestions = try #require(error["suggestions"] as? [String])
        #expect(suggestions.contains("who opposes withdrawal"))
    }

    @Test("a missing question is 400, an over-long one too")
    func missingAndLong() async throws {
        let store = try Web.korusStore()
        var limits = WebApp.Limits()
        limits.queryCharacters = 50
        let (missing, long) = try await Web.withClient(store, limits: limits) { client in
            (try await Web.get(client, "/api/query").0,
             try await Web.get(client, "/api/query?q=" + String(repeating: "who+", count: 40)).0)
        }
        #expect(missing == .badRequest)
        #expect(long == .badRequest)
    }

    @Test("/api/actors/ID: the actor, their positions, quotes, affiliations, agreements and annotations")
    func actor() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/actors/wendy-cutler")
        }
        #expect(status == .ok)
        let object = try Web.json(body)
        #expect((object["actor"] as? [String: Any])?["name"] as? String == "Wendy Cutler")
        let positions = try #require(object["positions"] as? [String: Any])
        let expected = try store.read { db in try QueryEngine.answer("positions of Cutler", in: db) }
        #expect((positions["rows"] as? [Any])?.count == expected.rows.count)
        for key in ["quotes", "affiliations", "members", "agrees", "disagrees", "annotations"] {
            #expect(object[key] != nil, "\(key) missing")
        }
    }

    @Test("unknown or malformed ids are 404 JSON", arguments: [
        "/api/actors/nobody", "/api/issues/nothing", "/api/sources/none", "/api/actors/..%2Fetc", "/api/actors/UPPER",
    ])
    func notFound(_ uri: String) async throws {
        let store = try Web.korusStore()
        let (status, headers, body) = try await Web.withClient(store) { client in try await Web.get(client, uri) }
        #expect(status == .notFound)
        #expect(headers[.contentType]?.hasPrefix("application/json") == true)
        let error = try #require(try Web.json(body)["error"] as? [String: Any])
        #expect(error["message"] is String)
    }

    @Test("/api/issues/ID: who holds each stance now, the changes and the quotes")
    func issue() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/issues/withdrawal")
        }
        #expect(status == .ok)
        let object = try Web.json(body)
        let stances = try #require(object["stances"] as? [String: Any])
        let opposes = try #require((stances["opposes"] as? [String: Any])?["rows"] as? [Any])
        let expected = try store.read { db in try QueryEngine.answer("who opposes withdrawal", in: db) }
        #expect(opposes.count == expected.rows.count)
        // The issue's terms, as graph-data/issues.yaml writes them.
        let issue = try #require(object["issue"] as? [String: Any])
        let terms = try store.read { db in try GraphReader.issue("withdrawal", in: db)?.terms }
        #expect(issue["terms"] as? [String] == terms && terms?.contains("walk away") == true)
    }

    @Test("/api/sources/ID: the article text and spans whose offsets cut out the quote or sentence")
    func source() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/sources/nyt-2018-01-04")
        }
        #expect(status == .ok)
        let object = try Web.json(body)
        let text = try #require(object["text"] as? String)
        let spans = try #require(object["spans"] as? [[String: Any]])
        #expect(!spans.isEmpty)
        let positions = try #require(object["positions"] as? [[String: Any]])
        for span in spans {
            let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
            let slice = try #require(TextRange(start: start, end: end).slice(of: text))
            #expect(span["text"] as? String == slice)
            if span["kind"] as? String == "sentence" {
                let position = positions.first { $0["id"] as? String == span["id"] as? String }
                #expect(position?["sentence"] as? String == slice)
            }
        }
        #expect(spans.contains { $0["kind"] as? String == "quote" })
    }

    @Test("/api/matrix is the matrix `stance matrix --format json` prints; bad filters are 400")
    func matrix() async throws {
        let store = try Web.korusStore()
        let expected = MatrixRenderer(format: .json).render(
            try store.read { db in try MatrixBuilder.build(MatrixRequest(kind: .person, order: .similarity), in: db) })
        let (status, body, badKind, badIssue) = try await Web.withClient(store) { client in
            let (status, _, body) = try await Web.get(client, "/api/matrix?kind=person&order=similarity")
            return (status, body, try await Web.get(client, "/api/matrix?kind=robot").0,
                    try await Web.get(client, "/api/matrix?issues=withdrawl").2)
        }
        #expect(status == .ok)
        #expect(body == expected)
        #expect(badKind == .badRequest)
        #expect(badIssue.contains("did you mean"))
    }

    @Test("/api/network in each format is what `stance network` writes", arguments: NetworkFormat.allCases)
    func network(_ format: NetworkFormat) async throws {
        let store = try Web.korusStore()
        let expected = NetworkRenderer(format: format).render(
            try store.read { db in
                NetworkBuilder.actorNetwork(
                    try MatrixBuilder.build(MatrixRequest(evidence: false), in: db), kind: .conflict, normalization: .jaccard)
            })
        let (status, body) = try await Web.withClient(store) { client in
            let (status, _, body) = try await Web.get(client, "/api/network?type=conflict&normalize=jaccard&format=\(format.rawValue)")
            return (status, body)
        }
        #expect(status == .ok)
        #expect(body == expected)
    }

    @Test("/api/complete offers what the REPL's Tab offers")
    func complete() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/api/complete?prefix=who+oppo")
        }
        #expect(status == .ok)
        let object = try Web.json(body)
        #expect(object["start"] as? Int == 4)
        #expect((object["candidates"] as? [String])?.contains("opposes") == true)
    }

    @Test("requests with a body, other methods, unknown routes and over-long targets are refused")
    func limits() async throws {
        let store = try Web.korusStore()
        var limits = WebApp.Limits()
        limits.uriBytes = 200
        let statuses = try await Web.withClient(store, limits: limits) { client in
            [
                try await client.execute(uri: "/api/query?q=x", method: .post, body: ByteBuffer(string: "x")) { $0.status },
                try await Web.get(client, "/nowhere").0,
                try await Web.get(client, "/api/query?q=" + String(repeating: "a", count: 300)).0,
            ]
        }
        #expect(statuses == [.methodNotAllowed, .notFound, .uriTooLong])
    }

    @Test("HEAD answers as GET, without the body")
    func head() async throws {
        let store = try Web.korusStore()
        let (status, type, body) = try await Web.withClient(store) { client in
            try await client.execute(uri: "/ask?q=who+opposes+withdrawal", method: .head) { response in
                (response.status, response.headers[.contentType], response.body.readableBytes)
            }
        }
        #expect(status == .ok)
        #expect(type == "text/html; charset=utf-8")
        #expect(body == 0)
    }
}

@Suite("stance serve: docs/api.md")
struct DocumentedRouteTests {
    /// Every `| `GET /path` | STATUS |` line of docs/api.md's route table.
    static let routes: [(String, Int)] = {
        let url = TestSupport.packageRoot.appendingPathComponent("docs/api.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> (String, Int)? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`GET "), cells[0].hasSuffix("`"),
                  let status = Int(cells[1]) else { return nil }
            return (String(cells[0].dropFirst(5).dropLast()), status)
        }
    }()

    @Test("docs/api.md documents the routes")
    func documented() {
        #expect(DocumentedRouteTests.routes.count >= 12)
        for route in ["/api/query", "/api/actors/", "/api/issues/", "/api/sources/", "/api/matrix", "/api/network", "/api/complete"] {
            #expect(DocumentedRouteTests.routes.contains { $0.0.hasPrefix(route) }, "\(route) not documented")
        }
    }

    @Test("every documented example answers with its documented status")
    func examples() async throws {
        let store = try Web.korusStore()
        let routes = DocumentedRouteTests.routes
        let results = try await Web.withClient(store) { client in
            var results: [(String, Int, Int)] = []
            for (uri, status) in routes {
                results.append((uri, status, Int(try await Web.get(client, uri).0.code)))
            }
            return results
        }
        for (uri, documented, actual) in results {
            #expect(documented == actual, "\(uri): documented \(documented), got \(actual)")
        }
    }
}

@Suite("stance serve: pages")
struct PageTests {
    static let pages: [(String, String)] = [
        ("/", "Ask the graph"), ("/ask?q=who+opposes+withdrawal", "Wendy Cutler"),
        ("/actors/wendy-cutler", "Positions over time"), ("/issues/withdrawal", "Who stands where now"),
        ("/issues/agriculture", "Talked about as</dt><dd>our farmers; farmers"),
        ("/sources/nyt-2018-01-04", "hl-quote"), ("/matrix?order=similarity", "table class=\"matrix\""),
        ("/network?type=congruence", "<svg class=\"network\""), ("/log", "Change log"),
        ("/static/stance.css", "--supports"), ("/static/stance.js", "/api/complete"),
    ]

    @Test("each page answers 200 with what it is for, under a CSP without unsafe-inline", arguments: pages.indices)
    func page(_ index: Int) async throws {
        let (uri, marker) = PageTests.pages[index]
        let store = try Web.korusStore()
        let (status, headers, body) = try await Web.withClient(store) { client in try await Web.get(client, uri) }
        #expect(status == .ok)
        #expect(body.contains(marker), "\(uri) lacks \(marker)")
        let policy = try #require(headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(headers[.init("X-Content-Type-Options")!] == "nosniff")
        if uri.hasPrefix("/static") { return }
        #expect(!body.contains("http://") && !body.contains("https://"), "\(uri) names another origin")
        #expect(!body.contains("style=\""), "\(uri) has an inline style")
    }

    @Test("an answer's quote links to its highlighted place in the source page")
    func evidenceLink() async throws {
        let store = try Web.korusStore()
        let (answer, sources) = try await Web.withClient(store) { client in
            let answer = try await Web.get(client, "/ask?q=quotes+by+Cutler").2
            var pages: [String: String] = [:]
            for link in Markup.hrefs(answer) where link.hasPrefix("/sources/") {
                let path = String(link.prefix { $0 != "#" })
                if pages[path] == nil { pages[path] = try await Web.get(client, path).2 }
            }
            return (answer, pages)
        }
        let evidence = Markup.hrefs(answer).filter { $0.hasPrefix("/sources/") && $0.contains("#quote-") }
        #expect(!evidence.isEmpty)
        for link in evidence {
            let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
            let page = try #require(sources[parts[0]])
            #expect(page.contains("id=\"\(parts[1])\""), "\(link) points to no highlight")
        }
    }

    @Test("a refused question shows the caret and suggested questions as links, status 400")
    func refused() async throws {
        let store = try Web.korusStore()
        let (status, _, body) = try await Web.withClient(store) { client in
            try await Web.get(client, "/ask?q=who+opposes+withdrawl")
        }
        #expect(status == .badRequest)
        #expect(body.contains("^^^^^^^^^"))
        #expect(body.contains("href=\"/ask?q=who%20opposes%20withdrawal\""))
    }

    @Test("unknown ids on pages are 404 pages")
    func notFound() async throws {
        let store = try Web.korusStore()
        let statuses = try await Web.withClient(store) { client in
            [try await Web.get(client, "/actors/nobody").0, try await Web.get(client, "/sources/x").0]
        }
        #expect(statuses == [.notFound, .notFound])
    }

    @Test("the network layout is the same on every request")
    func deterministicLayout() async throws {
        let store = try Web.korusStore()
        let (first, second) = try await Web.withClient(store) { client in
            (try await Web.get(client, "/network?type=conflict").2, try await Web.get(client, "/network?type=conflict").2)
        }
        #expect(first == second)
        #expect(first.contains("<circle"))
    }
}

/// Reading our own markup back in tests.
enum Markup {
    /// The values of every `href="…"` and `src="…"`.
    static func hrefs(_ html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\"", "action=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return found
    }
}
