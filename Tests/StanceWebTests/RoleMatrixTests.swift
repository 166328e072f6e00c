import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceStore
import StanceTestSupport
import StanceWeb
import Testing

/// Every route of the write API (and the reads beside it) for every kind of caller: the status each gets
/// (issue 16, item 5). Each caller runs the whole table in order on a fresh copy of the graph, so a write that
/// succeeds builds what the next row needs (the source before its quote, the quote before its position).
@Suite("stance serve: route × role")
struct RoleMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, viewer, coder, admin, bearer
    }

    /// One row: a request (built from what earlier rows answered) and the status for each caller, in `Who` order.
    struct Row: Sendable {
        var name: String
        var expected: [HTTPResponse.Status]
        var request: @Sendable (Context) -> (HTTPRequest.Method, String, [String: Any]?, [(String, String)])
    }

    /// What earlier rows made, for later ones to use.
    final class Context: @unchecked Sendable {
        var ids: [String: String] = [:]
        /// By path (`/api/positions/ID`).
        var versions: [String: Int] = [:]
        /// The path of the entity of `kind` an earlier row made, and its version ("x" and 0 when none was made).
        func made(_ kind: String) -> (path: String, version: String) {
            let path = "/api/\(kind)/\(ids[kind] ?? "x")"
            return (path, "\(versions[path] ?? 0)")
        }
        let position: (id: String, version: Int)
        /// A quote and an annotation of the KORUS graph.
        let quote: String
        let annotation: String
        let adminChanges: [Int]
        init(position: (id: String, version: Int), quote: String, annotation: String, adminChanges: [Int]) {
            self.position = position
            self.quote = quote
            self.annotation = annotation
            self.adminChanges = adminChanges
        }
    }

    static let article = "Talks resumed. \"We stay in the agreement,\" the minister said."
    static let writers: [HTTPResponse.Status] = [.unauthorized, .forbidden, .ok, .ok, .ok]
    static let creators: [HTTPResponse.Status] = [.unauthorized, .forbidden, .created, .created, .created]
    static let open: [HTTPResponse.Status] = [.ok, .ok, .ok, .ok, .ok]

    static let rows: [Row] = [
        Row(name: "GET /api/query", expected: open) { _ in (.get, "/api/query?q=who+opposes+withdrawal", nil, []) },
        Row(name: "GET /api/actors/ID", expected: open) { _ in (.get, "/api/actors/donald-trump", nil, []) },
        Row(name: "GET /", expected: open) { _ in (.get, "/", nil, []) },
        Row(name: "GET /ask", expected: open) { _ in (.get, "/ask?q=who+opposes+withdrawal", nil, []) },
        Row(name: "GET /actors/ID", expected: open) { _ in (.get, "/actors/donald-trump", nil, []) },
        Row(name: "GET /issues/ID", expected: open) { _ in (.get, "/issues/withdrawal", nil, []) },
        Row(name: "GET /matrix", expected: open) { _ in (.get, "/matrix", nil, []) },
        Row(name: "GET /network", expected: open) { _ in (.get, "/network", nil, []) },
        Row(name: "GET /log", expected: open) { _ in (.get, "/log", nil, []) },
        Row(name: "GET /api/issues/ID", expected: open) { _ in (.get, "/api/issues/withdrawal", nil, []) },
        Row(name: "GET /api/matrix", expected: open) { _ in (.get, "/api/matrix", nil, []) },
        Row(name: "GET /api/network", expected: open) { _ in (.get, "/api/network?type=congruence&format=json", nil, []) },
        Row(name: "GET /api/complete", expected: open) { _ in (.get, "/api/complete?prefix=who+oppo", nil, []) },
        Row(name: "GET /static/stance.css", expected: open) { _ in (.get, "/static/stance.css", nil, []) },
        Row(name: "GET /api/me", expected: [.unauthorized, .ok, .ok, .ok, .ok]) { _ in (.get, "/api/me", nil, []) },
        Row(name: "POST /api/sources", expected: creators) { _ in
            (.post, "/api/sources", ["title": "Matrix article", "date": "2019-01-02", "text": article], [])
        },
        Row(name: "POST /api/actors", expected: creators) { _ in
            (.post, "/api/actors", ["name": "Matrix Minister", "kind": "person"], [])
        },
        Row(name: "POST /api/issues", expected: creators) { _ in (.post, "/api/issues", ["name": "Matrix issue"], []) },
        Row(name: "POST /api/quotes", expected: creators) { c in
            (.post, "/api/quotes", [
                "speaker": c.ids["actors"] ?? "x", "source": c.ids["sources"] ?? "x", "text": "We stay in the agreement,",
                "issues": ["withdrawal"],
            ], [])
        },
        Row(name: "POST /api/positions", expected: creators) { c in
            (.post, "/api/positions", [
                "actor": c.ids["actors"] ?? "x", "issue": "withdrawal", "stance": "opposes", "source": c.ids["sources"] ?? "x",
                "basis": "stated", "quote": c.ids["quotes"] ?? "x",
            ], [])
        },
        Row(name: "POST /api/annotations", expected: creators) { c in
            (.post, "/api/annotations", ["target": "position:\(c.position.id)", "text": "matrix note"], [])
        },
        Row(name: "POST /api/affiliations", expected: creators) { c in
            (.post, "/api/affiliations", [
                "actor": c.ids["actors"] ?? "x", "organization": "ustr", "role": "matrix envoy", "source": "nyt-2018-01-04",
            ], [])
        },
        Row(name: "GET /api/sources/ID", expected: open) { _ in (.get, "/api/sources/nyt-2018-01-04", nil, []) },
        Row(name: "GET /api/quotes/ID", expected: open) { c in (.get, "/api/quotes/\(c.quote)", nil, []) },
        Row(name: "GET /api/annotations/ID/version", expected: open) { c in (.get, "/api/annotations/\(c.annotation)/version", nil, []) },
        Row(name: "GET /api/positions/ID/version", expected: open) { c in (.get, "/api/positions/\(c.position.id)/version", nil, []) },
        Row(name: "GET /api/positions/ID", expected: open) { c in (.get, "/api/positions/\(c.position.id)", nil, []) },
        Row(name: "PATCH /api/positions/ID", expected: writers) { c in
            (.patch, "/api/positions/\(c.position.id)", ["confidence": "medium"], [("If-Match", "\(c.position.version)")])
        },
        Row(name: "PATCH /api/actors/ID", expected: writers) { c in
            (.patch, c.made("actors").path, ["description": "a minister"], [("If-Match", c.made("actors").version)])
        },
        Row(name: "DELETE /api/annotations/ID", expected: writers) { c in
            (.delete, c.made("annotations").path, nil, [("If-Match", c.made("annotations").version)])
        },
        Row(name: "DELETE /api/positions/ID", expected: writers) { c in
            (.delete, c.made("positions").path, nil, [("If-Match", c.made("positions").version)])
        },
        Row(name: "PATCH /api/sources/ID", expected: writers) { c in
            (.patch, c.made("sources").path, ["outlet": "Matrix Gazette"], [("If-Match", c.made("sources").version)])
        },
        Row(name: "POST /api/undo", expected: writers) { _ in (.post, "/api/undo", nil, []) },
        Row(name: "GET /api/changes", expected: [.unauthorized, .forbidden, .ok, .ok, .ok]) { _ in (.get, "/api/changes", nil, []) },
        Row(name: "GET /api/changes?coder=ada", expected: [.unauthorized, .forbidden, .forbidden, .ok, .forbidden]) { _ in
            (.get, "/api/changes?coder=ada&since=2000-01-01", nil, [])
        },
        Row(name: "POST /api/undo {change: ada's}", expected: [.unauthorized, .forbidden, .forbidden, .ok, .forbidden]) { c in
            (.post, "/api/undo", ["change": c.adminChanges[0]], [])
        },
        Row(name: "POST /api/undo {any: true}", expected: [.unauthorized, .forbidden, .forbidden, .ok, .forbidden]) { _ in
            (.post, "/api/undo", ["any": true], [])
        },
        Row(name: "POST /api/logout", expected: open) { _ in (.post, "/api/logout", nil, []) },
    ]

    @Test("each caller gets the documented status on every route", arguments: Who.allCases)
    func matrix(_ who: Who) async throws {
        try await Self.run(try TeamWeb("matrix-\(who.rawValue)"), as: who)
    }

    @Test("with --private, an anonymous caller gets 401 everywhere but logout; the others as without", arguments: Who.allCases)
    func privateMatrix(_ who: Who) async throws {
        try await Self.run(try TeamWeb("matrix-private-\(who.rawValue)"), as: who, private: true)
    }

    /// Runs the table as `who` on `team`'s graph (a fresh one: the rows write to it) and checks every status.
    static func run(_ team: TeamWeb, as who: Who, private: Bool = false) async throws {
        // Two annotations by ada that the admin rows take back.
        let position = try team.somePosition()
        let adminChanges = try team.writer.write { db in
            let editor = try Editor(coder: "ada")
            let target = Graph.Target(kind: .position, id: try #require(Slug(position.id)))
            return try (1...2).map { index in
                let id = try TargetResolver.freshID(.annotation, base: "ada-note-\(index)", in: db)
                return try editor.add(.annotation(Graph.Annotation(id: id, target: target, text: "ada \(index)", coder: "ada", time: "t")), in: db).id
            }
        }
        let (quote, annotation) = try team.reader.read { db in
            (try db.fetchOne(String.self, sql: "SELECT id FROM quote ORDER BY id LIMIT 1") ?? "",
             try db.fetchOne(String.self, sql: "SELECT id FROM annotation ORDER BY id LIMIT 1") ?? "")
        }
        let context = Context(position: try team.somePosition(), quote: quote, annotation: annotation, adminChanges: adminChanges)
        let statuses = try await team.withClient(team.access { $0.privateReads = `private` }) { client in
            let credential: Credential
            switch who {
            case .anonymous: credential = .none
            case .viewer: credential = try await client.session("vera")
            case .coder: credential = try await client.session("cody")
            case .admin: credential = try await client.session("ada")
            case .bearer: credential = .bearer(team.token)
            }
            var statuses: [HTTPResponse.Status] = []
            for row in Self.rows {
                let (method, uri, json, headers) = row.request(context)
                let answer = try await client.send(method, uri, credential, json: json, headers: headers)
                statuses.append(answer.status)
                if answer.status == .created, let id = answer.json["id"] as? String,
                    let kind = uri.split(separator: "/").last.map(String.init)
                {
                    context.ids[kind] = id
                    context.versions["/api/\(kind)/\(id)"] = answer.json["version"] as? Int
                }
                if answer.status == .ok, method == .patch, let version = answer.json["version"] as? Int {
                    context.versions[uri] = version
                }
            }
            return statuses
        }
        let column = Who.allCases.firstIndex(of: who) ?? 0
        for (row, status) in zip(Self.rows, statuses) {
            let expected = `private` && who == .anonymous && !row.name.hasPrefix("POST /api/logout")
                && !row.name.hasPrefix("GET /static/") ? .unauthorized : row.expected[column]
            #expect(status == expected, "\(who.rawValue)\(`private` ? " (private)" : ""): \(row.name)")
        }
        #expect(statuses.count == Self.rows.count)
        // Browser and script changes are in the same change log, under the user's name.
        let coders = try team.reader.read { db in Set(try Change.fetch(db).map(\.coder)) }
        switch who {
        case .anonymous, .viewer: #expect(coders == ["ada"])
        case .coder, .bearer: #expect(coders == ["ada", "cody"])
        case .admin: #expect(coders == ["ada"])
        }
    }

    @Test("docs/api.md lists every write route with its statuses")
    func documented() throws {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/api.md"), encoding: .utf8)
        for route in [
            "POST /api/login", "POST /api/logout", "GET /api/me", "POST /api/actors", "POST /api/issues", "POST /api/sources",
            "POST /api/quotes", "POST /api/positions", "POST /api/annotations", "POST /api/affiliations", "PATCH /api/KIND/ID", "DELETE /api/KIND/ID",
            "GET /api/KIND/ID/version", "POST /api/undo", "GET /api/changes",
        ] {
            #expect(text.contains("`\(route)"), "\(route) is not in docs/api.md")
        }
    }
}
