import Foundation
import HTTPTypes
import Hummingbird
import StanceCore
import StanceStore

/// A request refused with a status and a message (and any headers), answered as `{"error": {"message": …}}`.
struct Refusal: Error {
    var response: Response

    init(_ status: HTTPResponse.Status, _ message: String, headers: [(HTTPField.Name, String)] = []) {
        response = Reply.error(status, message)
        for (name, value) in headers { response.headers[name] = value }
    }

    init(response: Response) {
        self.response = response
    }
}

/// The bcrypt hash a login for an unknown name is checked against, made once on first use.
final class DecoyHash: @unchecked Sendable {
    private let lock = NSLock()
    private var hash: String?
    private let cost: UInt8

    init(cost: UInt8) { self.cost = cost }

    var value: String {
        lock.withLock {
            if let hash { return hash }
            let made = Passwords.hash(Accounts.newSecret(), cost: cost)
            hash = made
            return made
        }
    }
}

/// Logging in and out, and who is logged in: `POST /api/login`, `POST /api/logout`, `GET /api/me` (docs/api.md).
extension WebApp {
    func addAuthRoutes(to router: Router<WebContext>) {
        router.post("/api/login") { request, context in try await self.login(request, context) }
        router.post("/api/logout") { request, _ in try await self.logout(request) }
        router.get("/api/me") { request, _ in
            guard let caller = try self.caller(request) else {
                throw Refusal(.unauthorized, "not logged in: POST /api/login with {\"name\", \"password\"}")
            }
            return Reply.json(.object([
                ("name", .text(caller.account.name)), ("role", .text(caller.account.role.rawValue)),
                ("csrf", caller.csrf.map(AnswerValue.text) ?? .null),
                ("via", .text(caller.sessionID == nil ? "token" : "session")),
            ]))
        }
    }

    /// The store for logins and writes, or 503 when the server was started without one.
    func writableStore() throws -> Store {
        guard let writer else {
            throw Refusal(
                .serviceUnavailable,
                "this server's database is read-only: \(readOnlyReason ?? "it was started without a writable store"); "
                    + "it serves reads, but no logins or writes")
        }
        return writer
    }

    private func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let store = try writableStore()
        let body = try await JSONBody.object(request, limit: limits.bodyBytes)
        var fields: [String: String] = [:]
        let name = body["name"] as? String
        let password = body["password"] as? String
        if name?.isEmpty ?? true { fields["name"] = "give the user name as a string" }
        if password?.isEmpty ?? true { fields["password"] = "give the password as a string" }
        guard let name, let password, fields.isEmpty else { throw Refusal(response: Reply.invalid("a login needs a name and a password", fields)) }
        if let wait = try limiter.admit(name: name, address: context.clientAddress, in: store) {
            throw Refusal(
                .tooManyRequests, "too many failed logins for this name or from this address; try again in \(wait) seconds",
                headers: [(.retryAfter, String(wait))])
        }
        let stored = try store.read { db in try Accounts.credentials(name, in: db) }
        let hash = stored?.passwordHash ?? decoy.value
        // bcrypt takes a quarter of a second: off the server's own threads.
        let matches = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Passwords.verify(password, hash: hash)) }
        }
        guard let account = stored?.account, matches else {
            throw Refusal(.unauthorized, "wrong name or password")  // admit counted it already
        }
        try limiter.recordSuccess(name: name, address: context.clientAddress, in: store)
        let now = access.now()
        let expires = now.addingTimeInterval(TimeInterval(access.sessionSeconds))
        let session = try store.write { db in
            try Accounts.startSession(
                for: account.name, time: Editor.timestamp(now), expires: Editor.timestamp(expires), in: db)
        }
        var response = Reply.json(.object([
            ("csrf", .text(session.csrf)), ("name", .text(account.name)), ("role", .text(account.role.rawValue)),
        ]))
        response.headers[.setCookie] = cookie(session.id, maxAge: access.sessionSeconds)
        return response
    }

    private func logout(_ request: Request) async throws -> Response {
        let store = try writableStore()
        var response = Reply.json(.object([("logged_out", .bool(true))]))
        response.headers[.setCookie] = cookie("", maxAge: 0)
        guard let id = Self.cookieValue(request, sessionCookie) else { return response }
        guard let caller = try caller(request), let csrf = caller.csrf else { return response }  // already gone
        try checkCSRF(request, csrf)
        try store.write { db in try Accounts.endSession(id, in: db) }
        return response
    }

    /// The session cookie's header value.
    private func cookie(_ value: String, maxAge: Int) -> String {
        "\(sessionCookie)=\(value); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (access.secureCookies ? "; Secure" : "")
    }

    /// Who sent `request`: the holder of a bearer token (a wrong one is 401), else of a live session cookie, else
    /// nobody.
    func caller(_ request: Request) throws -> Caller? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                throw Refusal(.unauthorized, "the Authorization header takes 'Bearer TOKEN' (stance token create)")
            }
            let token = String(parts[1]).trimmingCharacters(in: .whitespaces)
            guard let account = try stores.take().read({ db in try Accounts.user(forToken: token, in: db) }) else {
                throw Refusal(.unauthorized, "the bearer token is not known (revoked, or its user removed)")
            }
            return Caller(account: account, csrf: nil, sessionID: nil)
        }
        guard let id = Self.cookieValue(request, sessionCookie), !id.isEmpty else { return nil }
        let now = Editor.timestamp(access.now())
        guard let session = try stores.take().read({ db in try Accounts.session(id, at: now, in: db) }) else { return nil }
        return Caller(account: session.account, csrf: session.csrf, sessionID: id)
    }

    /// The caller, when they may write as `role` or above: 401 without a login, 403 without the session's CSRF
    /// token (cookies only) or below `role`.
    func writer(_ request: Request, atLeast role: Role) throws -> Caller {
        _ = try writableStore()
        guard let caller = try caller(request) else {
            throw Refusal(.unauthorized, "log in first (POST /api/login) or send Authorization: Bearer TOKEN")
        }
        if let csrf = caller.csrf { try checkCSRF(request, csrf) }
        guard caller.account.role >= role else {
            throw Refusal(.forbidden, "\(caller.account.name) is a \(caller.account.role.rawValue); this needs a \(role.rawValue) or an admin")
        }
        return caller
    }

    private func checkCSRF(_ request: Request, _ csrf: String) throws {
        guard let name = HTTPField.Name("X-CSRF-Token"), let sent = request.headers[name], constantTimeEqual(sent, csrf) else {
            throw Refusal(.forbidden, "a write with a session cookie needs the X-CSRF-Token header (from /api/login or /api/me)")
        }
    }

    /// The value of cookie `name` in the request's Cookie headers.
    static func cookieValue(_ request: Request, _ name: String) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }
}

/// With `--private`, every page and read answers only a logged-in user (viewer and above); logging in, the
/// stylesheet and scripts stay open.
struct PrivateReads: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp
    static let open = ["/api/login", "/api/logout", "/login"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if PrivateReads.open.contains(path) || path.hasPrefix("/assets/") || path.hasPrefix("/static/") {
            return try await next(request, context)
        }
        guard try app.caller(request) != nil else {
            throw Refusal(.unauthorized, "this server is private: log in first (POST /api/login)")
        }
        return try await next(request, context)
    }
}

/// Binds the session of each page request (not the API's or the assets') for `Layout` to render: the user in the
/// header and the CSRF token in the head. A stale or unknown cookie renders the page as for an anonymous visitor.
struct SessionPages: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard !path.hasPrefix("/api/"), !path.hasPrefix("/static/"), !path.hasPrefix("/assets/"),
              WebApp.cookieValue(request, sessionCookie) != nil
        else { return try await next(request, context) }
        let session = (try? app.caller(request)).flatMap { $0 }.map {
            PageSession(name: $0.account.name, role: $0.account.role.rawValue, csrf: $0.csrf)
        }
        return try await Layout.$session.withValue(session) { try await next(request, context) }
    }
}
