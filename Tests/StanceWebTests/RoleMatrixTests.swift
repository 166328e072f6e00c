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
        var versions: [String: Int] = [:]
        let position: (id: String, version: Int)
        let adminChanges: [Int]
        init(position: (id: String, version: Int), adminChanges: [Int]) {
            self.position = position
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
        Row(name: "GET /api/positions/ID/version", expected: open) { c in (.get, "/api/positions/\(c.position.id)/version", nil, []) },
        Row(name: "GET /api/positions/ID", expected: open) { c in (.get, "/api/positions/\(c.position.id)", nil, []) },
        Row(name: "PATCH /api/positions/ID", expected: writers) { c in
            (.patch, "/api/positions/\(c.position.id)", ["confidence": "medium"], [("If-Match", "\(c.position.version)")])
        },
        Row(name: "PATCH /api/actors/ID", expected: writers) { c in
            (.patch, "/api/actors/\(c.ids["actors"] ?? "donald-trump")", ["description": "a minister"],
             [("If-Match", "\(c.versions["actors"] ?? 0)")])
        },
        Row(name: "DELETE /api/annotations/ID", expected: writers) { c in
            (.delete, "/api/annotations/\(c.ids["annotations"] ?? "x")", nil, [("If-Match", "\(c.versions["annotations"] ?? 0)")])
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

    /// Runs the table as `who` on `team`'s graph (a fresh one: the rows write to it) and checks every status.
    static func run(_ team: TeamWeb, as who: Who) async throws {
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
        let context = Context(position: try team.somePosition(), adminChanges: adminChanges)
        let statuses = try await team.withClient { client in
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
                    context.versions[kind] = answer.json["version"] as? Int
                }
                if answer.status == .ok, method == .patch, let version = answer.json["version"] as? Int {
                    context.versions[String(uri.split(separator: "/")[1])] = version
                }
            }
            return statuses
        }
        let column = Who.allCases.firstIndex(of: who) ?? 0
        for (row, status) in zip(Self.rows, statuses) {
            #expect(status == row.expected[column], "\(who.rawValue): \(row.name)")
        }
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
            "POST /api/quotes", "POST /api/positions", "POST /api/annotations", "PATCH /api/KIND/ID", "DELETE /api/KIND/ID",
            "GET /api/KIND/ID/version", "POST /api/undo", "GET /api/changes",
        ] {
            #expect(text.contains("`\(route)"), "\(route) is not in docs/api.md")
        }
    }
}
