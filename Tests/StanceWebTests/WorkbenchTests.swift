import Foundation
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceStore
import StanceTestSupport
import StanceWeb
import Testing

/// The coding workbench's pages: offsets in the coding view are the store's, the proposals JSON points at the
/// article, coded spans name their coder, and the history and review pages list the change log.
@Suite("stance serve: the coding workbench")
struct WorkbenchTests {
    /// Every `data-o="N">TEXT<` piece of a page, TEXT unescaped.
    static func pieces(_ html: String) throws -> [(offset: Int, text: String)] {
        let pattern = try NSRegularExpression(pattern: #"data-o="(\d+)"[^>]*>([^<]*)<"#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            guard let offset = Range(match.range(at: 1), in: html).flatMap({ Int(html[$0]) }),
                let text = Range(match.range(at: 2), in: html).map({ String(html[$0]) })
            else { return nil }
            return (offset, unescape(text))
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A source whose text puts characters outside the Basic Multilingual Plane (two UTF-16 units, one code point)
    /// and a combining accent before a coded quote, so code points, UTF-16 units and characters all differ.
    static func astralStore() throws -> (Store, String) {
        func slug(_ text: String) throws -> Slug {
            guard let slug = Slug(text) else { throw StoreError.corrupt("bad test id \(text)") }
            return slug
        }
        let date = try #require(PartialDate("2018-02"))
        let quote = "We oppose withdrawal from KORUS"
        let text = "Emoji \u{1F1F0}\u{1F1F7} and Cafe\u{301} first.\n\nThe minister said: \u{201C}" + quote
            + "\u{201D} on Monday.\n\nAnother paragraph where Ann Lee supports renegotiation of the deal."
        let start = try #require(text.unicodeScalars.firstRange(of: quote.unicodeScalars)).lowerBound
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
        let graph = GraphContents(
            actors: [
                Graph.Actor(id: try slug("the-minister"), name: "The Minister", kind: .person),
                Graph.Actor(id: try slug("ann-lee"), name: "Ann Lee", kind: .person),
            ],
            issues: [
                Graph.Issue(id: try slug("withdrawal"), name: "withdrawal"),
                Graph.Issue(id: try slug("renegotiation"), name: "renegotiation"),
            ],
            sources: [
                Graph.Source(
                    id: try slug("astral"), title: "Astral", date: date, text: text,
                    quotes: [
                        Graph.Quote(
                            id: try slug("minister-quote"), speaker: try slug("the-minister"), source: try slug("astral"),
                            text: quote, issues: [try slug("withdrawal")],
                            range: TextRange(start: offset, end: offset + quote.unicodeScalars.count))
                    ],
                    positions: [
                        Graph.Position(
                            id: try slug("minister-opposes"), actor: try slug("the-minister"), issue: try slug("withdrawal"),
                            stance: .opposes, date: date, source: try slug("astral"), basis: .stated,
                            evidence: .quote(try slug("minister-quote")), confidence: .high, coder: "ann")
                    ]),
                Graph.Source(id: try slug("second"), title: "Second", date: date, text: "Nothing here."),
            ])
        return (try TestSupport.store(with: graph), text)
    }

    @Test("every piece of the coding view carries its offset in code points, as the store counts them")
    func offsetsAreCodePoints() async throws {
        let (store, text) = try WorkbenchTests.astralStore()
        let (status, _, body) = try await Web.withClient(store) { client in try await Web.get(client, "/code/astral") }
        #expect(status == .ok)
        let pieces = try WorkbenchTests.pieces(body)
        #expect(pieces.count >= 4)
        for piece in pieces {
            let range = TextRange(start: piece.offset, end: piece.offset + piece.text.unicodeScalars.count)
            #expect(range.slice(of: text) == piece.text, "piece at \(piece.offset)")
        }
        // The pieces cover the text but the paragraph breaks, in order.
        #expect(pieces.map(\.text).joined() == text.replacingOccurrences(of: "\n\n", with: ""))
        // The coded quote is marked with its coder and position, at the quote's own offsets.
        let mark = try #require(pieces.first { $0.text == "We oppose withdrawal from KORUS" })
        #expect(mark.offset == 47)  // UTF-16 would say 49: each flag letter is one code point, two units
        #expect(body.contains("class=\"coded coder-0\""))
        #expect(body.contains("title=\"ann: The Minister opposes withdrawal\""))
        #expect(body.contains("src=\"/static/code.js\""))
    }

    @Test("the proposals JSON points into the article; ghosts and the list name the same keys")
    func proposalsJSON() async throws {
        let store = try Web.korusStore()
        let (first, second, page) = try await Web.withClient(store) { client in
            (try await Web.get(client, "/api/sources/nyt-2018-01-04/proposals"),
             try await Web.get(client, "/api/sources/nyt-2018-01-04/proposals"),
             try await Web.get(client, "/code/nyt-2018-01-04"))
        }
        #expect(first.0 == .ok)
        #expect(first.1[.contentType] == "application/json; charset=utf-8")
        #expect(first.2 == second.2)
        let object = try Web.json(first.2)
        let text = try #require(try store.read { db in try GraphReader.source("nyt-2018-01-04", in: db)?.text })
        #expect(object["text_sha256"] as? String == SHA256.hex(SHA256.digest(Array(text.utf8))))
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        #expect(!proposals.isEmpty)
        var keys = Set<String>()
        for proposal in proposals {
            let key = try #require(proposal["key"] as? String)
            #expect(keys.insert(key).inserted, "duplicate key \(key)")
            let start = try #require(proposal["start"] as? Int), end = try #require(proposal["end"] as? Int)
            let slice = try #require(TextRange(start: start, end: end).slice(of: text))
            let said = try #require(proposal["text"] as? String)
            #expect(VerbatimText.normalize(slice) == VerbatimText.normalize(said), "\(key)")
            if proposal["kind"] as? String == "quote" { #expect(proposal["actor"] is [String: Any]) }
            // A reporter only on a reported stance: what the coder accepts as `reported` names who reports it.
            #expect(proposal.keys.contains("reported_by"))
            if proposal["reported_by"] is String { #expect(proposal["basis"] as? String == "reported", "\(key)") }
        }
        // Fatheree's account of what US business wants is proposed as reported, by him.
        #expect(proposals.contains { $0["basis"] as? String == "reported" && $0["reported_by"] as? String == "james-fatheree" })
        // This article is coded: some proposals fall on coded passages and say so.
        #expect(proposals.contains { $0["coded"] as? Bool == true })
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.contains { $0["kind"] as? String == "actor" })
        // Every uncoded proposal is a ghost in the article and an item in the list.
        for proposal in proposals where proposal["coded"] as? Bool == false {
            let key = try #require(proposal["key"] as? String)
            #expect(page.2.contains("data-key=\"\(key)\""), "\(key) not listed")
            #expect(page.2.contains(key + "\"") || page.2.contains(key + " "), "\(key) not a ghost")
        }
        // A proposed position shows its cue and confidence in the list, for the coder to judge it.
        let proposed = try #require(proposals.first { $0["stance"] is String && !(($0["cues"] as? [String]) ?? []).isEmpty })
        let cues = try #require(proposed["cues"] as? [String])
        let confidence = try #require(proposed["confidence"] as? String)
        let escaped = cues.joined(separator: ", ").replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\u{22}", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(page.2.contains("<small class=\"cues\">cue: \(escaped) \u{00B7} \(confidence) confidence</small>"))
    }

    @Test("an unknown source is 404 on the coding view and the proposals")
    func unknownSource() async throws {
        let store = try Web.korusStore()
        let (page, api) = try await Web.withClient(store) { client in
            (try await Web.get(client, "/code/no-such-source"), try await Web.get(client, "/api/sources/no-such-source/proposals"))
        }
        #expect(page.0 == .notFound)
        #expect(api.0 == .notFound)
        #expect((try Web.json(api.2)["error"] as? [String: Any])?["message"] as? String == "no source with id 'no-such-source'")
    }

    @Test("previous and next source follow the order `sources` lists them")
    func sourceNavigation() async throws {
        let store = try Web.korusStore()
        let body = try await Web.withClient(store) { client in try await Web.get(client, "/code/nyt-2018-01-04").2 }
        #expect(body.contains("href=\"/code/global-times-2017-09\" id=\"previous-source\""))
        #expect(body.contains("href=\"/code/cnnmoney-2018-01-04\" id=\"next-source\""))
    }

    @Test("two coders' codings carry their colours")
    func coderColours() async throws {
        let (store, _) = try WorkbenchTests.astralStore()
        let editor = try Editor(coder: "bob")
        try store.write { db in
            _ = try editor.add(
                .position(
                    Graph.Position(
                        id: try #require(Slug("ann-lee-supports")), actor: try #require(Slug("ann-lee")),
                        issue: try #require(Slug("renegotiation")), stance: .supports, source: try #require(Slug("astral")),
                        basis: .stated,
                        evidence: .paraphrase("Ann Lee supports renegotiation.", sentence: "Ann Lee supports renegotiation of the deal."),
                        confidence: .high, coder: "bob")), in: db)
        }
        let code = try await Web.withClient(store) { client in try await Web.get(client, "/code/astral").2 }
        #expect(code.contains("class=\"swatch coder-0\">ann<"))
        #expect(code.contains("class=\"swatch coder-1\">bob<"))
        #expect(code.contains("title=\"bob: Ann Lee supports renegotiation\""))
    }

    @Test("the workbench's pages load its script, and every page shows the login link for the script to replace")
    func pagesAndScript() async throws {
        let store = try Web.korusStore()
        let pages = ["/code", "/code/new", "/login", "/code/nyt-2018-01-04"]
        let (bodies, script) = try await Web.withClient(store) { client in
            var bodies: [String] = []
            for page in pages { bodies.append(try await Web.get(client, page).2) }
            return (bodies, try await Web.get(client, "/static/code.js"))
        }
        for (page, body) in zip(pages, bodies) {
            #expect(body.contains("src=\"/static/code.js\""), "\(page)")
            #expect(body.contains("id=\"login-link\""), "\(page)")
        }
        #expect(script.0 == .ok)
        #expect(script.1[.contentType] == "text/javascript; charset=utf-8")
        #expect(script.2.contains("/api/positions"))
        #expect(bodies[1].contains("id=\"new-source\""))
        #expect(bodies[2].contains("id=\"login-form\""))
        #expect(bodies[3].contains("id=\"next-source\""))
        #expect(bodies[0].contains("href=\"/code/nyt-2018-01-04\""))
    }
}

/// What the coding view sends: a quote placed where the coder selected it.
@Suite("stance serve: the workbench's writes")
struct WorkbenchWriteTests {
    @Test("POST /api/quotes with start places the quote at that occurrence; a start where it is not is 400")
    func quoteAtSelection() async throws {
        try await WorkbenchWriteTests.quoteAtSelection(try TeamWeb("workbench-start"))
    }

    static func quoteAtSelection(_ team: TeamWeb) async throws {
        let passage = "The rest of Asia is watching these negotiations very closely"
        let text = try #require(try team.reader.read { db in try GraphReader.source("korus-renegotiation-2018-02", in: db)?.text })
        let occurrences = VerbatimText.occurrences(of: passage, in: text)
        try #require(occurrences.count == 2, "the pull quote repeats the passage")
        let second = occurrences[1]
        let (placed, wrong, notNumber) = try await team.withClient { client in
            let (cookie, csrf) = try await client.login("cody")
            let credential = Credential.session(cookie: cookie, csrf: csrf)
            func quote(_ start: String) async throws -> Answer {
                try await client.send(
                    .post, "/api/quotes", credential,
                    json: ["speaker": "wendy-cutler", "source": "korus-renegotiation-2018-02", "text": passage,
                           "issues": ["renegotiation"], "start": start])
            }
            return (try await quote(String(second.start)), try await quote(String(second.start + 1)), try await quote("first"))
        }
        #expect(placed.status == .created)
        let id = try #require(placed.json["id"] as? String)
        let range = try team.reader.read { db in
            try GraphReader.source("korus-renegotiation-2018-02", in: db)?.quotes.first { $0.id.rawValue == id }?.range
        }
        #expect(range == second)
        #expect(wrong.status == .badRequest)
        #expect(wrong.fields["start"] == "the quote does not begin at code point \(second.start + 1) of the article; it begins at "
            + occurrences.map { String($0.start) }.joined(separator: ", "))
        #expect(notNumber.status == .badRequest)
        #expect(notNumber.fields["start"]?.contains("is not an offset") == true)
    }
}

extension WorkbenchWriteTests {
    @Test("history: a coder's own, an admin's anyone's; the review queue an admin's; anonymous is asked to log in")
    func historyAndReview() async throws {
        try await WorkbenchWriteTests.historyAndReview(try TeamWeb("workbench-history"))
    }

    @Test("a position saved through the API is marked in the coding view with its coder; the proposals are served")
    func codedInTheView() async throws {
        try await WorkbenchWriteTests.codedInTheView(try TeamWeb("workbench-view"))
    }

    static func codedInTheView(_ team: TeamWeb) async throws {
        let (added, page, proposals) = try await team.withClient { client in
            let cody = try await client.login("cody")
            let added = try await client.send(
                .post, "/api/positions", .session(cookie: cody.cookie, csrf: cody.csrf),
                json: ["actor": "jeffrey-schott", "issue": "security-alliance", "stance": "supports",
                       "source": "korus-renegotiation-2018-02", "basis": "inferred", "quote": "schott-seamless-strategy"])
            return (added, try await client.send(.get, "/code/korus-renegotiation-2018-02", .session(cookie: cody.cookie, csrf: nil)),
                    try await client.send(.get, "/api/sources/korus-renegotiation-2018-02/proposals"))
        }
        try #require(added.status == .created, "\(added.body)")
        let id = try #require(added.json["id"] as? String)
        #expect(page.status == .ok)
        #expect(page.body.contains("Select a passage and press"))
        #expect(page.body.contains("id=\"coding-\(id)\""))
        #expect(page.body.contains("cody: Jeffrey Schott supports"))
        #expect(proposals.status == .ok)
        #expect((proposals.json["proposals"] as? [[String: Any]])?.isEmpty == false)
        // Nobody logged in is asked to; a viewer is told they read only.
        let (anonymous, viewer) = try await team.withClient { client in
            let vera = try await client.login("vera")
            return (try await client.send(.get, "/code/korus-renegotiation-2018-02"),
                    try await client.send(.get, "/code/korus-renegotiation-2018-02", .session(cookie: vera.cookie, csrf: nil)))
        }
        #expect(anonymous.body.contains("href=\"/login?next=%2Fcode%2Fkorus-renegotiation-2018-02\" id=\"hint-login\""))
        #expect(viewer.body.contains("you can read, not code"))
    }

    @Test("a proposal is marked coded as soon as its passage is saved, though the proposals are cached")
    func codedFlagFollowsSaves() async throws {
        let team = try TeamWeb("workbench-coded-flag")
        let sources = ["global-times-2017-09", "nyt-2018-01-04", "cnnmoney-2018-01-04", "korus-renegotiation-2018-02", "salvage-relationships-2018-02"]
        let (found, saved, after) = try await team.withClient { client in
            let cody = try await client.login("cody")
            // A quote the extractor proposes that nobody has coded yet (the proposals are now cached).
            var open: (source: String, key: String, text: String, start: Int)?
            for source in sources where open == nil {
                let list = try await client.send(.get, "/api/sources/\(source)/proposals").json["proposals"] as? [[String: Any]] ?? []
                if let item = list.first(where: { $0["kind"] as? String == "quote" && $0["coded"] as? Bool == false }),
                    let key = item["key"] as? String, let text = item["text"] as? String, let start = item["start"] as? Int
                {
                    open = (source, key, text, start)
                }
            }
            guard let open else { return (nil as (source: String, key: String)?, nil as Answer?, nil as Answer?) }
            let saved = try await client.send(
                .post, "/api/positions", .session(cookie: cody.cookie, csrf: cody.csrf),
                json: ["actor": "donald-trump", "issue": "withdrawal", "stance": "supports", "source": open.source,
                       "basis": "inferred", "quote": ["text": open.text, "start": open.start]])
            return ((open.source, open.key), saved, try await client.send(.get, "/api/sources/\(open.source)/proposals"))
        }
        let proposal = try #require(found, "no seed article has an uncoded quote proposal to code")
        let answer = try #require(saved)
        try #require(answer.status == .created, "\(answer.body)")
        let list = after?.json["proposals"] as? [[String: Any]] ?? []
        let item = try #require(list.first { $0["key"] as? String == proposal.key }, "\(proposal.source)")
        #expect(item["coded"] as? Bool == true)
    }

    @Test("notes in the coding view: a coder's form lists the source and its positions; a saved note shows what it is on")
    func notesInTheView() async throws {
        let team = try TeamWeb("workbench-notes")
        let source = "korus-renegotiation-2018-02"
        let (note, page, viewer, anonymous) = try await team.withClient { client in
            let cody = try await client.login("cody")
            let vera = try await client.login("vera")
            let note = try await client.send(
                .post, "/api/annotations", .session(cookie: cody.cookie, csrf: cody.csrf),
                json: ["target": "position:james-fatheree-opposes-trade-deficit-reneg", "text": "Check <the> date & the outlet."])
            return (note, try await client.send(.get, "/code/\(source)", .session(cookie: cody.cookie, csrf: nil)),
                    try await client.send(.get, "/code/\(source)", .session(cookie: vera.cookie, csrf: nil)),
                    try await client.send(.get, "/code/\(source)"))
        }
        #expect(note.status == .created, "\(note.body)")
        #expect(page.body.contains("id=\"note-form\""))
        #expect(page.body.contains("<option value=\"source:\(source)\">this source</option>"))
        #expect(page.body.contains("<option value=\"position:james-fatheree-opposes-trade-deficit-reneg\">"))
        // The note, escaped, with its coder and what it is on.
        let notes = try #require(page.body.range(of: "id=\"notes\"").map { String(page.body[$0.upperBound...]) })
        #expect(notes.contains("Check &lt;the&gt; date &amp; the outlet."))
        #expect(notes.contains("cody, "))
        #expect(notes.contains("on James W. Fatheree opposes"))
        // A viewer and a visitor read the notes but get no form.
        #expect(!viewer.body.contains("id=\"note-form\"") && viewer.body.contains("Check &lt;the&gt; date"))
        #expect(!anonymous.body.contains("id=\"note-form\""))
    }

    static func historyAndReview(_ team: TeamWeb) async throws {
        let pages = try await team.withClient { client in
            let cody = try await client.login("cody")
            let added = try await client.send(
                .post, "/api/positions", .session(cookie: cody.cookie, csrf: cody.csrf),
                json: ["actor": "james-fatheree", "issue": "bilateral-trade-deals", "stance": "opposes",
                       "source": "korus-renegotiation-2018-02", "basis": "inferred", "quote": "fatheree-not-fixed-bilateral"])
            try #require(added.status == .created, "\(added.body)")
            let ada = try await client.login("ada")
            let vera = try await client.login("vera")
            func page(_ uri: String, _ who: (cookie: String, csrf: String)?) async throws -> Answer {
                try await client.send(.get, uri, who.map { .session(cookie: $0.cookie, csrf: nil) } ?? .none)
            }
            return [
                "cody /history": try await page("/history", cody), "cody /history?coder=cora": try await page("/history?coder=cora", cody),
                "ada /history?coder=cody": try await page("/history?coder=cody", ada), "anonymous /history": try await page("/history", nil),
                "cody /review": try await page("/review?since=2000-01-01", cody), "vera /review": try await page("/review", vera),
                "ada /review": try await page("/review?since=2000-01-01", ada), "ada /review future": try await page("/review?since=2999-01-01", ada),
                "ada /review bad": try await page("/review?since=yesterday", ada), "anonymous /review": try await page("/review", nil),
            ]
        }
        func status(_ name: String) -> HTTPResponse.Status? { pages[name]?.status }
        func body(_ name: String) -> String { pages[name]?.body ?? "" }
        #expect(status("cody /history") == .ok)
        #expect(body("cody /history").contains("History of cody"))
        #expect(body("cody /history").contains("position:james-fatheree-bilateral-trade-deals"))
        #expect(body("cody /history").contains("stance: opposes"))
        #expect(body("cody /history").contains("id=\"undo\""))
        #expect(status("cody /history?coder=cora") == .forbidden)
        #expect(status("ada /history?coder=cody") == .ok)
        #expect(body("ada /history?coder=cody").contains("position:james-fatheree-bilateral-trade-deals"))
        #expect(!body("ada /history?coder=cody").contains("id=\"undo\""))
        #expect(status("anonymous /history") == .unauthorized)
        #expect(body("anonymous /history").contains("href=\"/login?next=%2Fhistory\""))
        #expect(status("cody /review") == .forbidden)
        #expect(status("vera /review") == .forbidden)
        #expect(status("anonymous /review") == .unauthorized)
        #expect(status("ada /review") == .ok)
        #expect(body("ada /review").contains("position:james-fatheree-bilateral-trade-deals"))
        #expect(body("ada /review").contains("class=\"undo-change secondary\" data-change=\""))
        #expect(!body("ada /review future").contains("position:james-fatheree-bilateral-trade-deals"))
        #expect(status("ada /review bad") == .badRequest)
        #expect(body("ada /review bad").contains("is not a date"))
    }
}

extension WorkbenchTests {
    @Test("every key the page's keymap lists is in docs/keyboard.md")
    func keymapDocumented() async throws {
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/keyboard.md"), encoding: .utf8)
        let page = try await Web.withClient(try Web.korusStore()) { client in try await Web.get(client, "/code/nyt-2018-01-04").2 }
        let keymap = try #require(page.range(of: "id=\"keymap\"").map { String(page[$0.upperBound...]) })
        let pattern = try NSRegularExpression(pattern: "<tr><td><code>([^<]*)</code></td><td>([^<]*)</td></tr>")
        let rows = pattern.matches(in: keymap, range: NSRange(keymap.startIndex..., in: keymap)).compactMap { match in
            Range(match.range(at: 1), in: keymap).map { WorkbenchTests.unescape(String(keymap[$0])) }
        }
        #expect(rows.count >= 12)
        for row in rows {
            for key in row.components(separatedBy: CharacterSet(charactersIn: " /")).filter({ !$0.isEmpty && $0 != "or" }) {
                #expect(docs.contains("`\(key)`"), "docs/keyboard.md does not name the key \(key) (\(row))")
            }
        }
    }
}
