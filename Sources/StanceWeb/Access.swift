import Foundation
import StanceStore

/// Who may do what on `stance serve`, and how logins are held (docs/api.md, "Logging in").
public struct Access: Sendable {
    /// Reads (pages and the read API) only for logged-in users (viewer and above), as `stance serve --private`.
    public var privateReads = false
    /// Cookies carry `Secure`: the operator says a TLS proxy is in front (`stance serve --secure-cookies`). The server
    /// itself speaks plain HTTP and trusts no `X-Forwarded-Proto`, which any client could send.
    public var secureCookies = false
    /// How long a session lasts from login, in seconds (12 hours); logout and a password change end it sooner.
    public var sessionSeconds = 12 * 3600
    /// Failed logins for one user name within `failureWindow` after which its logins are refused (429).
    public var failuresPerName = 5
    /// Failed logins from one address within `failureWindow` after which its logins are refused (429).
    public var failuresPerAddress = 20
    /// The window failures are counted in, in seconds (15 minutes).
    public var failureWindow = 15 * 60
    /// The bcrypt cost of the hash a login for an unknown name is checked against, so it takes as long as a real one.
    public var decoyCost: UInt8 = Passwords.defaultCost
    /// The clock (injectable for tests of expiry and of the limit).
    public var now: @Sendable () -> Date = { Date() }

    public init() {}
}

/// The name of the session cookie.
let sessionCookie = "stance_session"

/// Counts failed logins per user name and per client address, in a sliding window, in the database
/// (`LoginAttempts`), so every server process on one database shares the limit. An attempt counts as failed from
/// the moment it is admitted until it succeeds.
struct LoginLimiter: Sendable {
    let access: Access

    init(access: Access) {
        self.access = access
    }

    /// Admits a login attempt, counting it as a failure until `recordSuccess` says otherwise, so attempts sent at
    /// once cannot all slip past the limit while their passwords are checked: nil when admitted, else the seconds
    /// until `name` from `address` may try again.
    func admit(name: String, address: String, in store: Store) throws -> Int? {
        let now = Int((access.now().timeIntervalSince1970 * 1000).rounded())
        let limits = LoginAttempts.Limits(
            perName: access.failuresPerName, perAddress: access.failuresPerAddress,
            windowMilliseconds: access.failureWindow * 1000)
        let wait = try store.write { db in
            try LoginAttempts.admit(name: name, address: address, now: now, limits: limits, in: db)
        }
        return wait.map { max(1, ($0 + 999) / 1000) }
    }

    /// A successful login forgets the name's failures, and takes its own attempt off the address's count.
    func recordSuccess(name: String, address: String, in store: Store) throws {
        try store.write { db in try LoginAttempts.succeeded(name: name, address: address, in: db) }
    }
}

/// Who is asking: a logged-in user, through a session cookie (with its CSRF token) or a bearer token.
struct Caller: Sendable {
    var account: Account
    /// The session's CSRF token; nil for a bearer token.
    var csrf: String?
    /// The session id from the cookie; nil for a bearer token.
    var sessionID: String?
}

/// Compares two texts in time that does not depend on where they differ.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
}
