import Foundation
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceStore
import StanceTestSupport
import StanceWeb
import Testing

/// Hostile text in a name, an alias, a quote, a paraphrase, an annotation, a coder and a question comes out inert
/// on every page and in every API response.
@Suite("stance serve: hostile text is inert")
struct XSSTests {
    static let probe =
        "<script>alert(1)</script> \"><img src=x onerror=alert(2)> javascript:alert(3) "
        + "'><svg onload=alert(4)> bell\u{7} esc\u{1B}[31m del\u{7F} c1\u{85} \u{202E}rtl"

    /// The graph: two actors, one issue, one source whose text holds the hostile quote and sentence.
    static func store() throws -> Store {
        func slug(_ text: String) throws -> Slug {
            guard let slug = Slug(text) else { throw StoreError.corrupt("bad test id \(text)") }
            return slug
        }
        let date = try #require(PartialDate("2018-02"))
        let before = "The article begins. "
        let quote = "We oppose it " + probe
        let sentence = "Plain Actor supports it " + probe + "."
        let text = before + "\u{201C}" + quote + "\u{201D} said the actor. " + sentence + " The end."
        let quoteStart = (before + "\u{201C}").unicodeScalars.count
        let source = Graph.Source(
            id: try slug("hostile-source"), title: "Title " + probe, outlet: "Outlet " + probe, author: probe,
            date: date, dateNote: "Note " + probe, text: text,
            quotes: [
                Graph.Quote(
                    id: try slug("hostile-quote"), speaker: try slug("hostile-actor"), source: try slug("hostile-source"),
                    text: quote, issues: [try slug("hostile-issue")],
                    range: TextRange(start: quoteStart, end: quoteStart + quote.unicodeScalars.count))
            ],
            positions: [
                Graph.Position(
                    id: try slug("hostile-opposes"), actor: try slug("hostile-actor"), issue: try slug("hostile-issue"),
                    stance: .opposes, date: date, source: try slug("hostile-source"), basis: .stated,
                    evidence: .quote(try slug("hostile-quote")), confidence: .high, coder: probe),
                Graph.Position(
                    id: try slug("plain-supports"), actor: try slug("plain-actor"), issue: try slug("hostile-issue"),
                    stance: .supports, date: date, source: try slug("hostile-source"), basis: .inferred,
                    evidence: .paraphrase("Paraphrase " + probe, sentence: sentence), confidence: .low, coder: probe),
            ])
        let graph = GraphContents(
            actors: [
                Graph.Actor(
                    id: try slug("hostile-actor"), name: "Name " + probe, kind: .person, aliases: ["Alias " + probe],
                    description: "About " + probe),
                Graph.Actor(id: try slug("plain-actor"), name: "Plain Actor", kind: .organization),
            ],
            issues: [
                Graph.Issue(id: try slug("hostile-issue"), name: "Issue " + probe, aliases: ["Issue alias " + probe],
                            description: probe)
            ],
            sources: [source])
        let store = try TestSupport.store(with: graph)
        let editor = try Editor(coder: "coder " + probe)
        try store.write { db in
            _ = try editor.add(
                .annotation(
                    Graph.Annotation(
                        id: try slug("hostile-note"), target: Graph.Target(kind: .actor, id: try slug("hostile-actor")),
                        text: "Annotation " + probe, coder: editor.coder, time: "2026-12-06T04:00:00Z")), in: db)
        }
        return store
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    static let hostileQuery = XSSTests.encode("who opposes " + probe)

    static let pages = [
        "/", "/ask?q=" + hostileQuery, "/ask?q=quotes", "/ask?q=actors", "/ask?q=issues", "/ask?q=sources",
        "/ask?q=who+opposes+hostile-issue", "/ask?q=who+supports+hostile-issue", "/ask?q=positions+of+hostile-actor",
        "/ask?q=who+disagrees+with+plain-actor", "/ask?q=why+does+hostile-actor+oppose+hostile-issue",
        "/actors/hostile-actor", "/actors/plain-actor", "/issues/hostile-issue", "/sources/hostile-source",
        "/matrix", "/matrix?issues=" + XSSTests.encode(probe), "/network?type=conflict", "/network?type=issues",
        "/network?type=" + XSSTests.encode(probe), "/log", "/actors/" + XSSTests.encode(probe),
        "/code", "/code/new", "/code/hostile-source", "/code/" + XSSTests.encode(probe), "/login",
        "/history?coder=" + XSSTests.encode("coder " + probe), "/history?coder=" + XSSTests.encode(probe), "/review",
        "/review?since=2000-01-01", "/review?since=" + XSSTests.encode(probe),
    ]

    static let api = [
        "/api/query?q=" + hostileQuery, "/api/query?q=quotes", "/api/query?q=actors",
        "/api/query?q=who+opposes+hostile-issue", "/api/actors/hostile-actor", "/api/issues/hostile-issue",
        "/api/sources/hostile-source", "/api/matrix", "/api/matrix?issues=" + XSSTests.encode(probe),
        "/api/network?type=conflict&format=json", "/api/complete?prefix=" + hostileQuery,
        "/api/actors/" + XSSTests.encode(probe), "/api/sources/hostile-source/proposals",
    ]

    static let exports = ["graphml", "gexf", "csv", "edges", "dot"].map { "/api/network?type=conflict&format=\($0)" }

    @Test("every page is inert: only our tags, no handler attributes, links only to our paths, no controls")
    func pagesAreInert() async throws {
        let store = try XSSTests.store()
        let responses = try await Web.withClient(store) { client in
            var responses: [(String, HTTPResponse.Status, String)] = []
            for uri in XSSTests.pages { let (status, _, body) = try await Web.get(client, uri); responses.append((uri, status, body)) }
            return responses
        }
        var sawProbe = 0
        for (uri, status, body) in responses {
            #expect(status.code < 500, "\(uri): \(status)")
            for problem in Inertness.problems(inHTML: body) { Issue.record("\(uri): \(problem)") }
            if body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { sawProbe += 1 }
        }
        // The probe was shown (escaped) on most pages: the test looked at hostile text, not at empty pages.
        #expect(sawProbe >= 12)
    }

    @Test("every API response is JSON that gives the hostile text back as data")
    func apiIsData() async throws {
        let store = try XSSTests.store()
        let responses = try await Web.withClient(store) { client in
            var responses: [(String, HTTPFields, String)] = []
            for uri in XSSTests.api { let (_, headers, body) = try await Web.get(client, uri); responses.append((uri, headers, body)) }
            return responses
        }
        for (uri, headers, body) in responses {
            #expect(headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
            #expect(headers[.init("X-Content-Type-Options")!] == "nosniff", "\(uri)")
            #expect(!body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(uri): raw control character")
            #expect((try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil, "\(uri): not JSON")
        }
        let actor = try #require(responses.first { $0.0 == "/api/actors/hostile-actor" })
        let object = try Web.json(actor.2)
        #expect((object["actor"] as? [String: Any])?["name"] as? String == "Name " + XSSTests.probe)
        let source = try Web.json(try #require(responses.first { $0.0 == "/api/sources/hostile-source" }).2)
        let spans = try #require(source["spans"] as? [[String: Any]])
        #expect(spans.map { $0["kind"] as? String } == ["quote", "sentence"])
    }

    @Test("network exports: XML escapes the hostile names, text formats are served as text", arguments: exports)
    func exportsEscape(_ uri: String) async throws {
        let store = try XSSTests.store()
        let (status, headers, body) = try await Web.withClient(store) { client in try await Web.get(client, uri) }
        #expect(status == .ok)
        #expect(headers[.init("X-Content-Type-Options")!] == "nosniff")
        let type = try #require(headers[.contentType])
        #expect(!type.contains("html"))
        if type.hasPrefix("application/xml") {
            #expect(body.contains("&lt;script&gt;"))
            #expect(!body.contains("<script"))
            #expect(!body.contains("<img"))
        } else {
            #expect(type.hasPrefix("text/csv") || type.hasPrefix("text/vnd.graphviz"))
        }
    }

    @Test("the inertness check itself finds what it looks for")
    func checkerFinds() {
        #expect(!Inertness.problems(inHTML: "<p><script>x</script></p>").isEmpty)
        #expect(!Inertness.problems(inHTML: "<img src=\"/x\" onerror=\"alert(1)\">").isEmpty)
        #expect(!Inertness.problems(inHTML: "<a href=\"javascript:alert(1)\">x</a>").isEmpty)
        #expect(!Inertness.problems(inHTML: "<p>bell\u{7}</p>").isEmpty)
        #expect(Inertness.problems(inHTML: "<p class=\"x\">&lt;script&gt; <a href=\"/a?b=c&amp;d\">y</a></p>").isEmpty)
    }
}

/// A strict reading of our own markup: every `<` opens a tag of the builder's list; attributes are from a fixed
/// list, never an `on…` handler; URLs start with `/` or `#`; no control or bidi-override characters.
enum Inertness {
    static let tags: Set<String> = [
        "!doctype", "html", "head", "body", "title", "meta", "link", "header", "nav", "main", "footer", "section",
        "article", "div", "span", "h1", "h2", "h3", "p", "a", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "strong", "em", "mark", "q", "small", "time", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
        "caption", "form", "label", "input", "select", "option", "button", "datalist", "fieldset", "legend", "svg",
        "g", "line", "circle", "text", "rect", "script", "textarea", "noscript", "aside",
    ]
    static let attributes: Set<String> = [
        "html", "lang", "charset", "name", "content", "rel", "href", "src", "action", "method", "class", "id", "role",
        "for", "type", "value", "list", "autocomplete", "placeholder", "maxlength", "data-complete", "autofocus",
        "selected", "scope", "title", "download", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "viewbox",
        "aria-label", "stroke-width", "text-anchor", "hidden", "readonly", "required", "rows", "aria-live", "data-o",
        "data-source", "data-stamp", "data-length", "data-proposals", "data-positions", "data-key", "data-start",
        "data-end", "data-name", "data-position", "data-change",
    ]

    static func problems(inHTML html: String) -> [String] {
        var problems: [String] = []
        for scalar in html.unicodeScalars
        where (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        {
            problems.append("control character U+\(String(scalar.value, radix: 16))")
        }
        var scripts = 0
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else {
                problems.append("unclosed tag")
                break
            }
            var tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                tag = tag.dropFirst()
                if !tags.contains(tag.lowercased()) { problems.append("closing tag </\(tag)>") }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace }).lowercased()
            guard tags.contains(name) else {
                problems.append("tag <\(name)>")
                continue
            }
            if name == "script" {
                scripts += 1
                if !tag.contains("src=\"/static/stance.js\"") && !tag.contains("src=\"/static/code.js\"") {
                    problems.append("script other than ours")
                }
            }
            var attributesText = tag.dropFirst(name.count)
            while let start = attributesText.firstIndex(where: { !$0.isWhitespace }) {
                attributesText = attributesText[start...]
                let attribute = String(attributesText.prefix { $0 != "=" && !$0.isWhitespace }).lowercased()
                attributesText = attributesText.dropFirst(attribute.count)
                if attribute.hasPrefix("on") || !attributes.contains(attribute) { problems.append("attribute \(attribute)") }
                guard attributesText.hasPrefix("=\"") else { continue }
                attributesText = attributesText.dropFirst(2)
                let value = attributesText.prefix { $0 != "\"" }
                attributesText = attributesText.dropFirst(value.count + 1)
                if ["href", "src", "action"].contains(attribute), !(value.hasPrefix("/") || value.hasPrefix("#")) {
                    problems.append("\(attribute)=\"\(value)\"")
                }
                if value.lowercased().contains("javascript:") && ["href", "src", "action"].contains(attribute) {
                    problems.append("javascript: URL")
                }
            }
        }
        if scripts > 2 { problems.append("\(scripts) scripts") }
        return problems
    }
}
