import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StanceCore
import StanceStore
import StanceTestSupport
@testable import StanceWeb
import Testing

/// Logging in, sessions, CSRF and the login limit of `stance serve` (issue 16, items 2 and 5).
@Suite("stance serve: logins and sessions")
struct AuthTests {
    @Test("login answers the CSRF token and an HttpOnly SameSite=Strict cookie; /api/me names the user")
    func login() async throws {
        let team = try TeamWeb("auth-login")
        let (login, me, wrong, unknown, missing) = try await team.withClient { client in
            let login = try await client.send(.post, "/api/login", json: ["name": "cody", "password": "cody-password"])
            let cookie = login.headers[.setCookie]?.split(separator: ";").first?.split(separator: "=").last.map(String.init) ?? ""
            let csrf = login.json["csrf"] as? String
            let me = try await client.send(.get, "/api/me", .session(cookie: cookie, csrf: csrf))
            let wrong = try await client.send(.post, "/api/login", json: ["name": "cody", "password": "not-codys"])
            let unknown = try await client.send(.post, "/api/login", json: ["name": "nobody", "password": "whatever1"])
            let missing = try await client.send(.post, "/api/login", json: ["name": "cody"])
            return (login, me, wrong, unknown, missing)
        }
        #expect(login.status == .ok)
        let cookie = try #require(login.headers[.setCookie])
        #expect(cookie.hasPrefix("stance_session="))
        #expect(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict") && cookie.contains("Max-Age=43200"))
        #expect(!cookie.contains("Secure"), "Secure without --secure-cookies")
        #expect((login.json["csrf"] as? String)?.count == 64)
        #expect(me.status == .ok)
        #expect(me.json["name"] as? String == "cody" && me.json["role"] as? String == "coder")
        #expect(me.json["csrf"] as? String == login.json["csrf"] as? String)
        #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
        #expect(wrong.error["message"] as? String == unknown.error["message"] as? String, "a login tells which names exist")
        #expect(missing.status == .badRequest && missing.fields["password"] != nil)
    }

    @Test("--secure-cookies marks the cookie Secure")
    func secure() async throws {
        let team = try TeamWeb("auth-secure")
        let answer = try await team.withClient(team.access { $0.secureCookies = true }) { client in
            try await client.send(.post, "/api/login", json: ["name": "vera", "password": "vera-password"])
        }
        #expect(answer.headers[.setCookie]?.hasSuffix("; Secure") == true)
    }

    @Test("a session ends at its expiry, at logout and when the password changes")
    func sessionEnds() async throws {
        let team = try TeamWeb("auth-ends")
        let statuses = try await team.withClient { client in
            var statuses: [HTTPResponse.Status] = []
            // Expiry: 12 hours after login.
            let first = try await client.session("cody")
            team.clock.advance(12 * 3600 - 1)
            statuses.append(try await client.send(.get, "/api/me", first).status)
            team.clock.advance(1)
            statuses.append(try await client.send(.get, "/api/me", first).status)
            // Logout (with the CSRF token).
            let second = try await client.session("cody")
            guard case .session(let cookie, _) = second else { return statuses }
            statuses.append(try await client.send(.post, "/api/logout", .session(cookie: cookie, csrf: nil)).status)
            statuses.append(try await client.send(.get, "/api/me", second).status)
            statuses.append(try await client.send(.post, "/api/logout", second).status)
            statuses.append(try await client.send(.get, "/api/me", second).status)
            // A password change.
            let third = try await client.session("cody")
            statuses.append(try await client.send(.get, "/api/me", third).status)
            try team.writer.write { db in
                try Accounts.setPassword("cody", passwordHash: Passwords.hash("new password", cost: 4), time: "t", in: db)
            }
            statuses.append(try await client.send(.get, "/api/me", third).status)
            return statuses
        }
        #expect(statuses == [.ok, .unauthorized, .forbidden, .ok, .ok, .unauthorized, .ok, .unauthorized])
    }

    @Test("a cookie write needs the session's X-CSRF-Token on every write route; a bearer token needs none")
    func csrf() async throws {
        let team = try TeamWeb("auth-csrf")
        let position = try team.somePosition()
        let routes = Self.writes(position).map { "\($0.0) \($0.1)" }
        let answers = try await team.withClient { client in
            guard case .session(let cookie, let csrf) = try await client.session("ada") else { return [[HTTPResponse.Status]]() }
            var answers: [[HTTPResponse.Status]] = []
            for (method, uri, json, headers) in Self.writes(position) {
                let without = try await client.send(method, uri, .session(cookie: cookie, csrf: nil), json: json, headers: headers)
                let wrong = try await client.send(
                    method, uri, .session(cookie: cookie, csrf: String((csrf ?? "").reversed())), json: json, headers: headers)
                answers.append([without.status, wrong.status])
            }
            let bearer = try await client.send(.post, "/api/annotations", .bearer(team.token), json: ["target": "position:\(position.id)", "text": "by script"])
            answers.append([bearer.status])
            return answers
        }
        for (index, pair) in answers.dropLast().enumerated() {
            #expect(pair == [.forbidden, .forbidden], "\(routes[index])")
        }
        #expect(answers.last == [.created])
        #expect(try team.reader.read { db in try Change.fetch(db).count } == 1, "a refused write changed something")
    }

    /// Every cookie write, with a body that would otherwise get past the CSRF check.
    static func writes(_ position: (id: String, version: Int)) -> [(HTTPRequest.Method, String, [String: Any], [(String, String)])] {
        [
            (.post, "/api/actors", ["name": "Csrf Probe", "kind": "person"], []),
            (.post, "/api/issues", ["name": "Csrf issue"], []),
            (.post, "/api/sources", ["title": "Csrf", "date": "2020"], []),
            (.post, "/api/quotes", ["speaker": "x", "source": "y", "text": "z"], []),
            (.post, "/api/positions", ["actor": "x"], []),
            (.post, "/api/annotations", ["target": "position:\(position.id)", "text": "a note"], []),
            (.patch, "/api/positions/\(position.id)", ["stance": "mixed"], [("If-Match", "\(position.version)")]),
            (.delete, "/api/positions/\(position.id)", [:], [("If-Match", "\(position.version)")]),
            (.post, "/api/undo", [:], []),
            (.post, "/api/logout", [:], []),
        ]
    }

    @Test("a wrong or malformed bearer token is 401, not anonymous")
    func badBearer() async throws {
        let team = try TeamWeb("auth-bearer")
        let (wrong, malformed, good) = try await team.withClient { client in
            (try await client.send(.get, "/api/me", .bearer(String(repeating: "0", count: 64))),
             try await client.send(.get, "/api/me", headers: [("Authorization", "Basic Y29keTp4")]),
             try await client.send(.get, "/api/me", .bearer(team.token)))
        }
        #expect(wrong.status == .unauthorized && malformed.status == .unauthorized)
        #expect(good.status == .ok && good.json["name"] as? String == "cody" && good.json["csrf"] is NSNull)
    }

    @Test("--private: reads need a login; logging in and the static files stay open")
    func privateReads() async throws {
        let team = try TeamWeb("auth-private")
        let statuses = try await team.withClient(team.access { $0.privateReads = true }) { client in
            let vera = try await client.session("vera")
            return [
                try await client.send(.get, "/").status, try await client.send(.get, "/api/query?q=who+opposes+withdrawal").status,
                try await client.send(.get, "/static/stance.css").status,
                try await client.send(.get, "/api/query?q=who+opposes+withdrawal", vera).status,
                try await client.send(.get, "/", vera).status, try await client.send(.get, "/api/me", .bearer(team.token)).status,
            ]
        }
        #expect(statuses == [.unauthorized, .unauthorized, .ok, .ok, .ok, .ok])
    }

    @Test("a server without a writer refuses logins and writes with 503; reads go on")
    func readOnly() async throws {
        let team = try TeamWeb("auth-readonly")
        let app = WebApp(stores: [team.reader])
        let statuses = try await Application(router: app).test(.router) { client in
            [
                try await client.send(.post, "/api/login", json: ["name": "cody", "password": "cody-password"]).status,
                try await client.send(.post, "/api/actors", .bearer(team.token), json: ["name": "X", "kind": "person"]).status,
                try await client.send(.get, "/api/query?q=who+opposes+withdrawal").status,
            ]
        }
        #expect(statuses == [.serviceUnavailable, .serviceUnavailable, .ok])
    }
}

/// The login limit under a scripted attack over a real socket on the loopback address.
@Suite("stance serve: the login limit")
struct LoginLimitTests {
    @Test("guessing one name's password: the 6th try is 429 with Retry-After, even with the right password")
    func perName() async throws {
        let team = try TeamWeb("limit-name")
        let (statuses, blocked, afterWindow) = try await Application(router: team.app()).test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for guess in 0..<6 {
                statuses.append(try await client.send(.post, "/api/login", json: ["name": "cody", "password": "guess-\(guess)"]).status)
            }
            let blocked = try await client.send(.post, "/api/login", json: ["name": "cody", "password": "cody-password"])
            team.clock.advance(15 * 60)
            let afterWindow = try await client.send(.post, "/api/login", json: ["name": "cody", "password": "cody-password"])
            return (statuses, blocked, afterWindow)
        }
        #expect(statuses == Array(repeating: .unauthorized, count: 5) + [.tooManyRequests])
        #expect(blocked.status == .tooManyRequests)
        let retry = try #require(blocked.headers[.retryAfter].flatMap(Int.init))
        #expect(retry > 0 && retry <= 15 * 60)
        #expect(afterWindow.status == .ok, "the limit outlived its window")
    }

    @Test("spraying many names from one address: the 21st try is 429 for a fresh name too")
    func perAddress() async throws {
        let team = try TeamWeb("limit-address")
        let statuses = try await Application(router: team.app()).test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for index in 0..<21 {
                statuses.append(try await client.send(.post, "/api/login", json: ["name": "user\(index)", "password": "password"]).status)
            }
            statuses.append(try await client.send(.post, "/api/login", json: ["name": "ada", "password": "ada-password"]).status)
            return statuses
        }
        #expect(statuses.prefix(20).allSatisfy { $0 == .unauthorized })
        #expect(statuses.suffix(2) == [.tooManyRequests, .tooManyRequests])
    }
}

/// The limiter itself, on the database: attempts sent at once cannot all slip past it while their passwords are
/// checked, and two server processes on one database count against one limit.
@Suite("the login limiter")
struct LoginLimiterTests {
    /// Two stores on one new SQLite file, as two server processes would open it.
    static func twoStores(_ label: String) throws -> (Store, Store) {
        let path = try TestSupport.temporaryDirectory(label).appendingPathComponent("limit.sqlite").path
        let first = try Store(path: path, mode: .readWrite)
        return (first, try Store(path: path, mode: .readWrite))
    }

    @Test("60 attempts for one name at once: 5 are admitted, the rest are told when to retry")
    func concurrent() async throws {
        let (store, _) = try Self.twoStores("limit-concurrent")
        try await Self.concurrent(store)
    }

    @Test("two server processes on one database share the limit")
    func shared() throws {
        let (first, second) = try Self.twoStores("limit-shared")
        try Self.shared(first, second)
    }

    @Test("a success clears the name's count and gives back the address's attempt")
    func success() throws {
        let (store, _) = try Self.twoStores("limit-success")
        try Self.success(store)
    }

    static func concurrent(_ store: Store) async throws {
        let limiter = LoginLimiter(access: Access())
        let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<60 {
                group.addTask { try limiter.admit(name: "cody", address: "10.0.0.\(Int.random(in: 1...9))", in: store) == nil }
            }
            var count = 0
            for try await ok in group where ok { count += 1 }
            return count
        }
        #expect(admitted == 5)
    }

    static func shared(_ first: Store, _ second: Store) throws {
        // Each process has its own limiter (its own memory); the database holds the count.
        let one = LoginLimiter(access: Access()), two = LoginLimiter(access: Access())
        for _ in 0..<3 { #expect(try one.admit(name: "cody", address: "a", in: first) == nil) }
        for _ in 0..<2 { #expect(try two.admit(name: "cody", address: "b", in: second) == nil) }
        let wait = try #require(try one.admit(name: "cody", address: "c", in: first))
        #expect(wait > 0 && wait <= 15 * 60)
        #expect(try two.admit(name: "cody", address: "d", in: second) != nil)
        // The window passes (the clock moves on): both admit again.
        var later = Access()
        later.now = { Date().addingTimeInterval(15 * 60 + 1) }
        #expect(try LoginLimiter(access: later).admit(name: "cody", address: "a", in: second) == nil)
    }

    static func success(_ store: Store) throws {
        let limiter = LoginLimiter(access: Access())
        for _ in 0..<4 { #expect(try limiter.admit(name: "cody", address: "a", in: store) == nil) }
        #expect(try limiter.admit(name: "cody", address: "a", in: store) == nil)
        try limiter.recordSuccess(name: "cody", address: "a", in: store)
        for _ in 0..<5 { #expect(try limiter.admit(name: "cody", address: "a", in: store) == nil) }
        #expect(try limiter.admit(name: "cody", address: "a", in: store) != nil)
    }
}

/// Pages know who is logged in without asking `/api/me` (issue 16, polish item 2).
@Suite("stance serve: the session rendered in the page")
struct SessionPageTests {
    static let pages = ["/", "/ask?q=who+opposes+withdrawal", "/sources/nyt-2018-01-04", "/code/nyt-2018-01-04", "/log"]

    @Test("a coder's pages name them and carry the CSRF token; an anonymous or stale visitor's carry neither")
    func rendered() async throws {
        let team = try TeamWeb("auth-pages")
        let (csrf, mine, anonymous, stale, scripts) = try await team.withClient { client in
            let (cookie, csrf) = try await client.login("cody")
            var mine: [Answer] = [], anonymous: [Answer] = [], stale: [Answer] = []
            for page in Self.pages {
                mine.append(try await client.send(.get, page, .session(cookie: cookie, csrf: nil)))
                anonymous.append(try await client.send(.get, page))
                stale.append(try await client.send(.get, page, .session(cookie: String(repeating: "0", count: 64), csrf: nil)))
            }
            let scripts = [
                try await client.send(.get, "/static/stance.js").body, try await client.send(.get, "/static/code.js").body,
            ]
            return (csrf, mine, anonymous, stale, scripts)
        }
        for (page, answer) in zip(Self.pages, mine) {
            #expect(answer.status == .ok, "\(page)")
            #expect(answer.body.contains("<meta name=\"csrf-token\" content=\"\(csrf)\">"), "\(page)")
            #expect(answer.body.contains("<span id=\"whoami-name\">cody (coder)</span>"), "\(page)")
            #expect(answer.body.contains("id=\"logout\"") && !answer.body.contains("id=\"login-link\""), "\(page)")
        }
        for (page, answer) in zip(Self.pages + Self.pages, anonymous + stale) {
            #expect(answer.status == .ok, "\(page)")
            #expect(!answer.body.contains("csrf-token") && !answer.body.contains(csrf), "\(page)")
            #expect(answer.body.contains("id=\"login-link\"") && !answer.body.contains("whoami-name"), "\(page)")
        }
        for script in scripts {
            #expect(!script.contains("/api/me"), "a page's script asks /api/me, which answers a visitor 401")
            #expect(script.contains("csrf-token"))
        }
    }
}
