import Foundation
import StanceStore
import Testing

@testable import StanceStorePostgres

/// The PostgreSQL server the tests run against: `STANCE_TEST_POSTGRES_URL`, as `.ci/postgres.sh` prints it.
///
/// Without it the server tests are skipped (with one line saying how to run them), except under CI (`CI` set),
/// where they fail. Each test works in a database of its own, created here and dropped at its end.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment
    static let urlText = environment["STANCE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Run the server tests when there is a server, and under CI (where a missing one is a failure).
    static let enabled = urlText != nil || environment["CI"] != nil
    static let howToRun =
        "no PostgreSQL test server: run `eval \"$(.ci/postgres.sh)\"` first (sets STANCE_TEST_POSTGRES_URL)"

    /// The server's URL; records a failure (under CI) when there is none.
    static func url() throws -> PostgresURL {
        guard let urlText else {
            Issue.record(Comment(rawValue: howToRun + "; CI must run the PostgreSQL tests"))
            throw SkipReason.noServer
        }
        return try PostgresURL(urlText)
    }

    enum SkipReason: Error { case noServer }

    /// Runs `body` with the URL of a new, empty database, dropped afterwards.
    /// `options` are trusted text for `CREATE DATABASE` (a template, a collation).
    static func withDatabase<T>(options: String = "", _ body: (PostgresURL) throws -> T) throws -> T {
        let base = try url()
        let name = "stance_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin { try $0.run("CREATE DATABASE \(name) \(options)") }
        defer { _ = try? admin { try $0.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") } }
        var url = base
        url.database = name
        return try body(url)
    }

    /// Runs `body` on a plain connection to `url` (default: the server's own database), outside any transaction.
    @discardableResult
    static func admin<T>(_ url: PostgresURL? = nil, _ body: (PostgresSession) throws -> T) throws -> T {
        try PostgresEngine.withSession(try url ?? self.url(), body)
    }

    /// A port on 127.0.0.1 where nothing listens (the kernel's pick, closed again).
    static func closedPort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        try #require(bound, "could not find a free port")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
