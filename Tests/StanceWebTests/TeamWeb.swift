import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceStore
import StanceTestSupport
import StanceWeb
import Testing

/// A writable copy of the KORUS graph served with a team: viewer `vera`, coders `cody` and `cora`, admin `ada`
/// (password `NAME-password`), and a bearer token for `cody`.
struct TeamWeb: Sendable {
    let writer: Store
    let reader: Store
    let token: String
    let clock: Clock

    /// A settable clock for the session and the login limit.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date(timeIntervalSince1970: 1_796_000_000)
        var now: Date { lock.withLock { current } }
        func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
    }

    static let users: [(String, Role)] = [("vera", .viewer), ("cody", .coder), ("cora", .coder), ("ada", .admin)]

    /// A copy of the KORUS SQLite database.
    init(_ label: String) throws {
        let folder = try TestSupport.temporaryDirectory(label)
        let path = folder.appendingPathComponent("graph.sqlite").path
        try FileManager.default.copyItem(atPath: try TestSupport.korusDatabase.get(), toPath: path)
        try self.init(writer: try Store(path: path, mode: .readWrite), reader: try Store(path: path, mode: .readOnly))
    }

    /// The team on a store holding the KORUS graph (`reader` may be `writer`, as on PostgreSQL).
    init(writer: Store, reader: Store) throws {
        self.writer = writer
        self.reader = reader
        token = try writer.write { db in
            for (name, role) in TeamWeb.users {
                try Accounts.add(
                    name: name, role: role, passwordHash: Passwords.hash("\(name)-password", cost: 4), time: "2026-12-06T00:00:00Z",
                    in: db)
            }
            return try Accounts.createToken(for: "cody", time: "2026-12-06T00:00:00Z", in: db)
        }
        clock = Clock()
    }

    func access(_ change: (inout Access) -> Void = { _ in }) -> Access {
        var access = Access()
        access.decoyCost = 4
        let clock = self.clock
        access.now = { clock.now }
        change(&access)
        return access
    }

    func app(_ access: Access? = nil) -> WebApp {
        WebApp(stores: [reader], writer: writer, access: access ?? self.access())
    }

    /// Runs `body` with an in-process client.
    func withClient<T: Sendable>(
        _ access: Access? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        try await Application(router: app(access)).test(.router, body)
    }

    /// A position of the KORUS graph and its current version.
    func somePosition() throws -> (id: String, version: Int) {
        try reader.read { db in
            let id = try db.fetchOne(String.self, sql: "SELECT id FROM position ORDER BY seq LIMIT 1") ?? ""
            let slug = try #require(Slug(id))
            return (id, try Editor.version(of: Graph.Target(kind: .position, id: slug), in: db))
        }
    }
}

/// What a request answered.
struct Answer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    var error: [String: Any] { json["error"] as? [String: Any] ?? [:] }
    var fields: [String: String] { error["fields"] as? [String: String] ?? [:] }
}

/// How a request proves who sends it.
enum Credential: Sendable {
    case none
    /// A session cookie, with the CSRF token sent or not.
    case session(cookie: String, csrf: String?)
    case bearer(String)
}

extension TestClientProtocol {
    func send(
        _ method: HTTPRequest.Method, _ uri: String, _ credential: Credential = .none, json: Any? = nil,
        headers extra: [(String, String)] = []
    ) async throws -> Answer {
        var headers: HTTPFields = [:]
        switch credential {
        case .none: break
        case .session(let cookie, let csrf):
            headers[.cookie] = "stance_session=\(cookie)"
            if let csrf, let name = HTTPField.Name("X-CSRF-Token") { headers[name] = csrf }
        case .bearer(let token): headers[.authorization] = "Bearer \(token)"
        }
        for (name, value) in extra {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        var body: ByteBuffer?
        if let json {
            let data = try JSONSerialization.data(withJSONObject: json)
            body = ByteBuffer(bytes: data)
            headers[.contentType] = "application/json"
            headers[.contentLength] = String(data.count)
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Logs in as `name` with the team's password: the session cookie and the CSRF token.
    func login(_ name: String, password: String? = nil) async throws -> (cookie: String, csrf: String) {
        let answer = try await send(.post, "/api/login", json: ["name": name, "password": password ?? "\(name)-password"])
        try #require(answer.status == .ok, "login of \(name): \(answer.status) \(answer.body)")
        let setCookie = try #require(answer.headers[.setCookie])
        let value = try #require(setCookie.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last)
        let csrf = try #require(answer.json["csrf"] as? String)
        return (String(value), csrf)
    }

    func session(_ name: String) async throws -> Credential {
        let (cookie, csrf) = try await login(name)
        return .session(cookie: cookie, csrf: csrf)
    }
}
