import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
@testable import StanceWeb
import Testing

/// The write API: the same fields and checks as `stance add`, per-field errors, If-Match and 409, undo, and the
/// change log under the logged-in user's name (issue 16, item 2).
@Suite("stance serve: writing")
struct WriteAPITests {
    /// The text of a new article with a sentence to quote.
    static let article = "Trade talks resumed on Monday. \"We will not leave the agreement,\" said Omar Feld, the envoy. Others disagreed."

    @Test("a coder codes a new article: source, actor, quote, position; the change log and the graph name the coder")
    func codeAnArticle() async throws {
        try await Self.codeAnArticle(try TeamWeb("write-code"))
    }

    static func codeAnArticle(_ team: TeamWeb) async throws {
        let answers = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "outlet": "Example Gazette", "date": "2018-04-02", "text": Self.article,
            ])
            let actor = try await client.send(.post, "/api/actors", cody, json: ["name": "Omar Feld", "kind": "person", "aliases": ["Feld"]])
            let sourceID = source.json["id"] as? String ?? ""
            let actorID = actor.json["id"] as? String ?? ""
            let quote = try await client.send(.post, "/api/quotes", cody, json: [
                "speaker": actorID, "source": sourceID, "text": "We will not leave the agreement,", "issues": ["withdrawal"],
            ])
            let position = try await client.send(.post, "/api/positions", cody, json: [
                "actor": "Omar Feld", "issue": "withdrawal", "stance": "against", "source": sourceID, "basis": "stated",
                "quote": quote.json["id"] as? String ?? "",
            ])
            let note = try await client.send(.post, "/api/annotations", cody, json: [
                "target": "position:\(position.json["id"] as? String ?? "")", "text": "check the date",
            ])
            return [source, actor, quote, position, note]
        }
        for answer in answers { #expect(answer.status == .created, "\(answer.body)") }
        #expect(answers[3].json["coder"] as? String == "cody")
        #expect(answers[3].json["version"] as? Int == answers[3].json["change"] as? Int)
        #expect(answers[3].headers[.eTag] == "\"\(answers[3].json["version"] as? Int ?? -1)\"")
        let positionID = try #require(answers[3].json["id"] as? String)
        let (log, coder, who) = try team.reader.read { db in
            (try Change.fetch(db).map { "\($0.coder) \($0.operation) \($0.target)" },
             try db.fetchOne(String.self, sql: "SELECT coder FROM position WHERE id = ?", arguments: [positionID]),
             try QueryEngine.answer("who opposes withdrawal", in: db))
        }
        #expect(log.count == 5 && log.allSatisfy { $0.hasPrefix("cody ") }, "\(log)")
        #expect(log[3] == "cody add position:\(positionID)")
        #expect(coder == "cody")
        #expect(Renderer(format: .json).render(who).contains("Omar Feld"))
    }

    @Test("400 names each wrong field, and nothing is written")
    func fieldErrors() async throws {
        let team = try TeamWeb("write-fields")
        let (position, actor, source, notJSON, unknownField) = try await team.withClient { client in
            let cody = try await client.session("cody")
            return (
                try await client.send(.post, "/api/positions", cody, json: [
                    "actor": "nobody-at-all", "stance": "maybe", "basis": "stated", "paraphrase": "Feld opposes it.", "date": "April",
                ]),
                try await client.send(.post, "/api/actors", cody, json: ["name": "  ", "kind": "robot"]),
                try await client.send(.post, "/api/sources", cody, json: ["title": "T", "date": "2020-13-40", "id": "Not An Id"]),
                try await client.execute(uri: "/api/actors", method: .post, headers: Self.headers(cody), body: ByteBuffer(string: "[1, 2")) {
                    Answer(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
                },
                try await client.send(.post, "/api/issues", cody, json: ["name": "X", "colour": "red"]))
        }
        #expect(position.status == .badRequest)
        #expect(Set(position.fields.keys) == ["actor", "issue", "source", "stance", "sentence", "date"], "\(position.body)")
        #expect(position.fields["actor"]?.contains("unknown actor 'nobody-at-all'") == true)
        #expect(position.fields["stance"]?.contains("'maybe' is not a stance") == true)
        #expect(position.error["message"] is String)
        #expect(Set(actor.fields.keys) == ["name", "kind"])
        #expect(Set(source.fields.keys) == ["date", "id"])
        #expect(notJSON.status == .badRequest)
        #expect(unknownField.status == .badRequest && unknownField.fields["colour"] != nil)
        #expect(try team.reader.read { db in try Change.fetch(db).count } == 0)
    }

    @Test("a PATCH with wrong values names each field; nothing is changed")
    func patchFields() async throws {
        let team = try TeamWeb("write-patch-fields")
        let position = try team.somePosition()
        let answer = try await team.withClient { client in
            try await client.send(
                .patch, "/api/positions/\(position.id)", try await client.session("cody"),
                json: ["stance": "sideways", "date": "someday", "colour": "red"], headers: [("If-Match", "\(position.version)")])
        }
        #expect(answer.status == .badRequest)
        #expect(Set(answer.fields.keys) == ["stance", "date", "colour"], "\(answer.body)")
        #expect(try team.reader.read { db in try Change.fetch(db).count } == 0)
    }

    @Test("a quote not verbatim in its article is refused on the text field")
    func notVerbatim() async throws {
        let team = try TeamWeb("write-verbatim")
        let answer = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: ["title": "T", "date": "2020", "text": Self.article])
            return try await client.send(.post, "/api/quotes", cody, json: [
                "speaker": "donald-trump", "source": source.json["id"] as? String ?? "", "text": "We will leave the agreement",
                "issues": ["withdrawal"],
            ])
        }
        #expect(answer.status == .badRequest)
        #expect(answer.fields["text"]?.contains("not verbatim") == true)
    }

    @Test("two coders edit one position: the second edit on the old version is 409 with both versions, nothing lost")
    func conflict() async throws {
        try await Self.conflict(try TeamWeb("write-conflict"))
    }

    static func conflict(_ team: TeamWeb) async throws {
        let position = try team.somePosition()
        let (read, first, second, missing, after) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let cora = try await client.session("cora")
            let read = try await client.send(.get, "/api/positions/\(position.id)/version")
            let version = "\"\(read.json["version"] as? Int ?? -1)\""
            let first = try await client.send(
                .patch, "/api/positions/\(position.id)", cora, json: ["stance": "mixed", "note": "cora's reading"],
                headers: [("If-Match", version)])
            let second = try await client.send(
                .patch, "/api/positions/\(position.id)", cody, json: ["stance": "supports"], headers: [("If-Match", version)])
            let missing = try await client.send(.patch, "/api/positions/\(position.id)", cody, json: ["stance": "supports"])
            let after = try await client.send(.get, "/api/positions/\(position.id)")
            return (read, first, second, missing, after)
        }
        #expect(read.status == .ok && read.json["version"] as? Int == position.version)
        #expect(first.status == .ok && first.json["coder"] as? String == "cora")
        #expect(second.status == .conflict)
        #expect(second.error["your_version"] as? Int == position.version)
        #expect(second.error["current_version"] as? Int == first.json["version"] as? Int)
        #expect((second.error["changed_by"] as? String)?.contains("by cora") == true)
        #expect((second.error["yours"] as? [String: Any])?["stance"] as? String == "supports")
        #expect(String(describing: second.error["stored"] ?? "").contains("mixed"))
        #expect(missing.status == .preconditionRequired)
        #expect(after.body.contains("\"mixed\"") && after.body.contains("cora's reading"))
    }

    @Test("an article of 3 MB is taken whole; a body over 4 MiB is 413 and writes nothing")
    func bodySize() async throws {
        let team = try TeamWeb("write-body")
        let big = String(repeating: "Talks resumed on Monday. ", count: 120_000)  // 3.0 MB
        let huge = String(repeating: "x", count: 4 * 1024 * 1024 + 1)
        let (taken, refused) = try await team.withClient { client in
            let cody = try await client.session("cody")
            return (try await client.send(.post, "/api/sources", cody, json: ["title": "Long", "date": "2020", "text": big]),
                    try await client.send(.post, "/api/sources", cody, json: ["title": "Huge", "date": "2020", "text": huge]))
        }
        #expect(taken.status == .created, "\(taken.body.prefix(300))")
        #expect(refused.status == .contentTooLarge)
        let stored = try team.reader.read { db in
            try db.fetchOne(String.self, sql: "SELECT text FROM source WHERE title = 'Long'")
        }
        #expect(stored == big)
        #expect(try team.reader.read { db in try Change.fetch(db).count } == 1)
    }

    @Test("nobody re-attributes a position: its coder is not an editable field")
    func coderField() async throws {
        let team = try TeamWeb("write-coder-field")
        let position = try team.somePosition()
        let (coder, admin) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let ada = try await client.session("ada")
            let version = [("If-Match", "\(position.version)")]
            return (
                try await client.send(.patch, "/api/positions/\(position.id)", cody, json: ["coder": "cora"], headers: version),
                try await client.send(.patch, "/api/positions/\(position.id)", ada, json: ["coder": "cora"], headers: version))
        }
        #expect(coder.status == .badRequest && admin.status == .badRequest, "\(coder.body) \(admin.body)")
        let stored = try team.reader.read { db in
            try db.fetchOne(String.self, sql: "SELECT coder FROM position WHERE id = ?", arguments: [position.id])
        }
        #expect(stored != "cora")
    }

    @Test("DELETE with If-Match removes; a referenced entity is 409; an unknown one 404")
    func delete() async throws {
        let team = try TeamWeb("write-delete")
        let position = try team.somePosition()
        let answers = try await team.withClient { client in
            let cody = try await client.session("cody")
            let note = try await client.send(.post, "/api/annotations", cody, json: ["target": "position:\(position.id)", "text": "n"])
            let noteID = note.json["id"] as? String ?? ""
            let version = "\(note.json["version"] as? Int ?? -1)"
            let stale = try await client.send(.delete, "/api/annotations/\(noteID)", cody, headers: [("If-Match", "0")])
            let removed = try await client.send(.delete, "/api/annotations/\(noteID)", cody, headers: [("If-Match", version)])
            let gone = try await client.send(.get, "/api/annotations/\(noteID)")
            let referenced = try await client.send(.delete, "/api/actors/donald-trump", cody, headers: [("If-Match", "0")])
            let unknown = try await client.send(.delete, "/api/positions/no-such-position", cody, headers: [("If-Match", "0")])
            return [stale, removed, gone, referenced, unknown]
        }
        #expect(answers.map(\.status) == [.conflict, .ok, .notFound, .conflict, .notFound], "\(answers.map(\.body))")
        #expect((answers[3].error["referenced_by"] as? [String])?.isEmpty == false)
    }

    @Test("undo takes back the caller's newest change; another coder's change only an admin takes back")
    func undo() async throws {
        let team = try TeamWeb("write-undo")
        let answers = try await team.withClient { client in
            let cody = try await client.session("cody")
            let cora = try await client.session("cora")
            let ada = try await client.session("ada")
            let mine = try await client.send(.post, "/api/issues", cody, json: ["name": "Cody's issue"])
            let theirs = try await client.send(.post, "/api/issues", cora, json: ["name": "Cora's issue"])
            let coraChange = theirs.json["change"] as? Int ?? -1
            let undoMine = try await client.send(.post, "/api/undo", cody)
            let nothing = try await client.send(.post, "/api/undo", cody)
            let notYours = try await client.send(.post, "/api/undo", cody, json: ["change": coraChange])
            let anyByCoder = try await client.send(.post, "/api/undo", cody, json: ["any": true])
            let admin = try await client.send(.post, "/api/undo", ada, json: ["change": coraChange])
            return [mine, theirs, undoMine, nothing, notYours, anyByCoder, admin]
        }
        #expect(answers.map(\.status) == [.created, .created, .ok, .notFound, .forbidden, .forbidden, .ok], "\(answers.map(\.body))")
        #expect(answers[2].json["operation"] as? String == "undo #\(answers[0].json["change"] as? Int ?? -1)")
        #expect(answers[6].json["coder"] as? String == "ada")
        let issues = try team.reader.read { db in
            try db.fetchAll(String.self, sql: "SELECT name FROM issue WHERE name LIKE '%''s issue'")
        }
        #expect(issues.isEmpty)
    }

    @Test("GET /api/changes: the admin's review queue since a date and by coder; a coder's own history")
    func changes() async throws {
        let team = try TeamWeb("write-changes")
        let (all, since, byCora, own, othersByCoder, bad) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let cora = try await client.session("cora")
            let ada = try await client.session("ada")
            _ = try await client.send(.post, "/api/issues", cody, json: ["name": "First issue"])
            _ = try await client.send(.post, "/api/issues", cora, json: ["name": "Second issue"])
            return (
                try await client.send(.get, "/api/changes", ada), try await client.send(.get, "/api/changes?since=2100-01-01", ada),
                try await client.send(.get, "/api/changes?coder=cora", ada), try await client.send(.get, "/api/changes", cody),
                try await client.send(.get, "/api/changes?coder=cora", cody), try await client.send(.get, "/api/changes?since=soon", ada))
        }
        func coders(_ answer: Answer) -> [String] {
            (answer.json["changes"] as? [[String: Any]] ?? []).compactMap { $0["coder"] as? String }
        }
        #expect(coders(all) == ["cody", "cora"])
        #expect(since.status == .ok && coders(since).isEmpty)
        #expect(coders(byCora) == ["cora"])
        #expect(coders(own) == ["cody"])
        #expect(othersByCoder.status == .forbidden)
        #expect(bad.status == .badRequest && bad.fields["since"] != nil)
        let first = try #require((all.json["changes"] as? [[String: Any]])?.first)
        #expect(first["operation"] as? String == "add" && first["undone"] as? Bool == false)
        #expect(first["after"] is [Any])
    }

    static func headers(_ credential: Credential) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/json"]
        if case .session(let cookie, let csrf) = credential {
            headers[.cookie] = "stance_session=\(cookie)"
            if let csrf, let name = HTTPField.Name("X-CSRF-Token") { headers[name] = csrf }
        }
        return headers
    }
}

/// One save, one undo: a position with its quote inline is one change (issue 16, polish item 1).
@Suite("stance serve: a position with its quote inline")
struct InlineQuoteTests {
    @Test("the quote and the position are one change; one undo takes back both; the log and history name both")
    func oneChange() async throws {
        try await Self.oneChange(try TeamWeb("write-inline-quote"))
    }

    static func oneChange(_ team: TeamWeb) async throws {
        let (source, position, undo) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "date": "2018-04-02", "text": WriteAPITests.article,
            ])
            let position = try await client.send(.post, "/api/positions", cody, json: [
                "actor": "donald-trump", "issue": "withdrawal", "stance": "against", "source": source.json["id"] as? String ?? "",
                "basis": "stated", "quote": ["text": "We will not leave the agreement,", "start": 32] as [String: Any],
            ])
            let change = try await client.send(.get, "/api/changes", cody)
            let undo = try await client.send(.post, "/api/undo", cody)
            return (source, position, (change, undo))
        }
        #expect(source.status == .created)
        #expect(position.status == .created, "\(position.body)")
        let positionID = try #require(position.json["id"] as? String)
        let changes = try #require(undo.0.json["changes"] as? [[String: Any]])
        #expect(changes.count == 2, "the source and the coded position: \(undo.0.body)")
        #expect(undo.1.status == .ok, "\(undo.1.body)")
        #expect(undo.1.json["operation"] as? String == "undo #\(position.json["change"] as? Int ?? -1)")
        let (log, quotes, positions) = try team.reader.read { db in
            (try Change.fetch(db), try db.fetchAll(String.self, sql: "SELECT id FROM quote WHERE source_id = ?",
                                                   arguments: [source.json["id"] as? String ?? ""]),
             try db.fetchAll(String.self, sql: "SELECT id FROM position WHERE id = ?", arguments: [positionID]))
        }
        #expect(quotes.isEmpty && positions.isEmpty, "one undo leaves neither the quote nor the position")
        let coded = try #require(log.first { $0.target == "position:\(positionID)" && $0.operation == "add" })
        #expect(coded.companions.count == 1 && coded.companions.first?.hasPrefix("quote:") == true)
        let quoteTarget = try #require(coded.companions.first)
        #expect(log.filter { $0.touches(quoteTarget) }.map(\.operation) == ["add", "undo #\(coded.id)"])
    }

    @Test("the same passage coded twice cites the one quote; undoing the second coding keeps it")
    func samePassageTwice() async throws {
        let team = try TeamWeb("write-inline-twice")
        let (source, first, second, afterSecond) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "date": "2018-04-02", "text": WriteAPITests.article,
            ])
            let sourceID = source.json["id"] as? String ?? ""
            let quote: [String: Any] = ["text": "We will not leave the agreement,", "start": 32]
            let first = try await client.send(.post, "/api/positions", cody, json: [
                "actor": "donald-trump", "issue": "withdrawal", "stance": "against", "source": sourceID,
                "basis": "stated", "quote": quote,
            ])
            let second = try await client.send(.post, "/api/positions", cody, json: [
                "actor": "donald-trump", "issue": "renegotiation", "stance": "supports", "source": sourceID,
                "basis": "inferred", "quote": quote,
            ])
            let between = try team.reader.read { db in
                try db.fetchAll(String.self, sql: "SELECT id FROM quote WHERE source_id = ?", arguments: [sourceID])
            }
            let undo = try await client.send(.post, "/api/undo", cody)
            return (source, first, second, (between, undo))
        }
        let (between, undo) = afterSecond
        #expect(between.count == 1, "the second coding stored the words again: \(between)")
        #expect(first.status == .created, "\(first.body)")
        #expect(second.status == .created, "\(second.body)")
        #expect(undo.status == .ok, "\(undo.body)")
        let sourceID = source.json["id"] as? String ?? ""
        let (quotes, cited) = try team.reader.read { db in
            (try db.fetchAll(String.self, sql: "SELECT id FROM quote WHERE source_id = ?", arguments: [sourceID]),
             try db.fetchAll(String.self, sql: "SELECT quote_id FROM position WHERE source_id = ?", arguments: [sourceID]))
        }
        #expect(quotes.count == 1, "one quote for one passage: \(quotes)")
        #expect(cited == quotes, "the first coding still cites it after the second is undone")
    }

    @Test("a refused position leaves no quote; both sets of problems are named at once")
    func refused() async throws {
        try await Self.refused(try TeamWeb("write-inline-refused"))
    }

    static func refused(_ team: TeamWeb) async throws {
        let answer = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "date": "2018-04-02", "text": WriteAPITests.article,
            ])
            return try await client.send(.post, "/api/positions", cody, json: [
                "actor": "donald-trump", "issue": "withdrawal", "stance": "maybe", "source": source.json["id"] as? String ?? "",
                "basis": "stated", "quote": ["text": "We will leave the agreement", "colour": "red"] as [String: Any],
            ])
        }
        #expect(answer.status == .badRequest)
        #expect(Set(answer.fields.keys) == ["stance", "quote.text", "quote.colour"], "\(answer.body)")
        let (quotes, changes) = try team.reader.read { db in
            (try db.fetchOne(Int.self, sql: "SELECT count(*) FROM quote WHERE source_id LIKE 'talks%'") ?? -1,
             try Change.fetch(db).count)
        }
        #expect(quotes == 0 && changes == 1)
    }

    @Test("a position the Editor refuses after inserting its quote writes nothing (one transaction)")
    func positionRefusedAfterQuote() async throws {
        try await Self.rollback(try TeamWeb("write-inline-rollback"))
    }

    static func rollback(_ team: TeamWeb) async throws {
        let answer = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "date": "2018-04-02", "text": WriteAPITests.article,
            ])
            // Fields that pass the input check, but a NUL the Editor refuses after it inserted the quote.
            return try await client.send(.post, "/api/positions", cody, json: [
                "note": "held\u{0}back", "actor": "donald-trump", "issue": "withdrawal", "stance": "against",
                "source": source.json["id"] as? String ?? "", "basis": "stated",
                "quote": ["text": "We will not leave the agreement,"] as [String: Any],
            ])
        }
        #expect(answer.status == .badRequest, "\(answer.body)")
        let quotes = try team.reader.read { db in
            try db.fetchOne(Int.self, sql: "SELECT count(*) FROM quote WHERE source_id LIKE 'talks%'") ?? -1
        }
        #expect(quotes == 0)
    }
}

/// The names the proposals are read against: loaded once per server, reloaded when a write changes them (issue 16,
/// polish item 4).
@Suite("stance serve: the proposals' name vocabulary")
struct NameVocabularyTests {
    @Test("an actor added while the server runs is known to the next proposals, not proposed as new again")
    func actorAdded() async throws {
        try await Self.actorAdded(try TeamWeb("vocabulary-actor"))
    }

    static func actorAdded(_ team: TeamWeb) async throws {
        let (before, after) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let source = try await client.send(.post, "/api/sources", cody, json: [
                "title": "Talks resume", "date": "2018-04-02", "text": WriteAPITests.article,
            ])
            let id = source.json["id"] as? String ?? ""
            let before = try await client.send(.get, "/api/sources/\(id)/proposals")
            _ = try await client.send(.post, "/api/actors", cody, json: ["name": "Omar Feld", "kind": "person"])
            return (before, try await client.send(.get, "/api/sources/\(id)/proposals"))
        }
        func feld(_ answer: Answer) -> [String: Any]? {
            let proposals = answer.json["proposals"] as? [[String: Any]] ?? []
            return proposals.compactMap { $0["actor"] as? [String: Any] }.first { $0["name"] as? String == "Omar Feld" }
        }
        #expect(feld(before)?["new"] as? Bool == true, "\(before.body)")
        #expect(feld(after)?["new"] as? Bool == false, "\(after.body)")
        #expect(feld(after)?["id"] as? String == "omar-feld")
    }

    @Test("POST /api/affiliations: a member's role with its source; fields checked; one undo takes it back")
    func addAffiliation() async throws {
        let team = try TeamWeb("write-affiliation")
        let (made, wrong, personAsOrg, undo) = try await team.withClient { client in
            let cody = try await client.session("cody")
            let actor = try await client.send(.post, "/api/actors", cody, json: ["name": "Omar Feld", "kind": "person"])
            let made = try await client.send(.post, "/api/affiliations", cody, json: [
                "actor": actor.json["id"] as? String ?? "", "organization": "ustr", "role": "envoy",
                "source": "nyt-2018-01-04", "start": "2018-01",
            ])
            let wrong = try await client.send(.post, "/api/affiliations", cody, json: [
                "actor": "nobody-at-all", "organization": "ustr", "start": "2019", "end": "2018",
            ])
            let personAsOrg = try await client.send(.post, "/api/affiliations", cody, json: [
                "actor": "omar-feld", "organization": "donald-trump", "role": "aide", "source": "nyt-2018-01-04",
            ])
            let undo = try await client.send(.post, "/api/undo", cody)
            return (made, wrong, personAsOrg, undo)
        }
        #expect(made.status == .created, "\(made.body)")
        #expect(made.json["id"] as? String == "omar-feld-ustr")
        #expect(wrong.status == .badRequest)
        #expect(Set(wrong.fields.keys) == ["actor", "role", "source", "end"], "\(wrong.body)")
        #expect(personAsOrg.status != .created, "an affiliation's organization is not a person: \(personAsOrg.body)")
        #expect(undo.status == .ok, "\(undo.body)")
        let left = try team.reader.read { db in
            try db.fetchAll(String.self, sql: "SELECT id FROM affiliation WHERE actor_id = ?", arguments: ["omar-feld"])
        }
        #expect(left.isEmpty, "the undo took the affiliation back: \(left)")
    }

    @Test("the stamp changes with an actor, an issue or an affiliation, not with a position")
    func stamp() throws {
        try Self.stamp(try TeamWeb("vocabulary-stamp"))
    }

    static func stamp(_ team: TeamWeb) throws {
        let editor = try Editor(coder: "cody")
        func current() throws -> String { try team.reader.read { db in try NameVocabulary.stamp(db) } }
        let start = try current()
        let position = try team.somePosition()
        try team.writer.write { db in
            _ = try editor.edit(Graph.Target(kind: .position, id: try #require(Slug(position.id))), [("note", "checked")], in: db)
        }
        #expect(try current() == start)
        try team.writer.write { db in
            _ = try editor.edit(Graph.Target(kind: .actor, id: try #require(Slug("donald-trump"))), [("description", "x")], in: db)
        }
        let edited = try current()
        #expect(edited != start)
        try team.writer.write { db in _ = try editor.undo(nil, in: db) }
        #expect(try current() != edited)
    }
}
