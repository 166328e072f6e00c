import Foundation
import StanceCore
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceStorePostgres

/// The write API on PostgreSQL: the same route × role table, coding and conflict flows as on SQLite, with the
/// KORUS graph in a database of its own on the test server (`source /work/briefs/pgenv.sh`, or
/// `eval "$(.ci/postgres.sh)"`).
@Suite("stance serve on PostgreSQL: writing", .enabled(if: PostgresWeb.enabled, Comment(rawValue: PostgresWeb.howToRun)))
struct PostgresWebTests {
    @Test("each caller gets the documented status on every route", arguments: RoleMatrixTests.Who.allCases)
    func matrix(_ who: RoleMatrixTests.Who) async throws {
        try await PostgresWeb.withTeam { team in try await RoleMatrixTests.run(team, as: who) }
    }

    @Test("a coder codes a new article; the change log names the coder")
    func codeAnArticle() async throws {
        try await PostgresWeb.withTeam { team in try await WriteAPITests.codeAnArticle(team) }
    }

    @Test("two coders on one position: 409 with both versions")
    func conflict() async throws {
        try await PostgresWeb.withTeam { team in try await WriteAPITests.conflict(team) }
    }

    @Test("a position with its quote inline is one change, one undo; a refused one writes nothing")
    func inlineQuote() async throws {
        try await PostgresWeb.withTeam { team in try await InlineQuoteTests.oneChange(team) }
        try await PostgresWeb.withTeam { team in try await InlineQuoteTests.refused(team) }
        try await PostgresWeb.withTeam { team in try await InlineQuoteTests.rollback(team) }
    }

    @Test("the login limit is kept in the database: attempts at once, two server processes, a success")
    func loginLimit() async throws {
        try await PostgresWeb.withTeamAndSecondStore { team, _ in try await LoginLimiterTests.concurrent(team.writer) }
        try await PostgresWeb.withTeamAndSecondStore { team, second in try LoginLimiterTests.shared(team.writer, second) }
        try await PostgresWeb.withTeamAndSecondStore { team, _ in try LoginLimiterTests.success(team.writer) }
    }

    @Test("the proposals' names: reloaded when an actor is added; the stamp moves with names only")
    func nameVocabulary() async throws {
        try await PostgresWeb.withTeam { team in try await NameVocabularyTests.actorAdded(team) }
        try await PostgresWeb.withTeam { team in try NameVocabularyTests.stamp(team) }
    }

    @Test("the workbench: a quote placed where selected, the coding view and proposals, history and review")
    func workbench() async throws {
        try await PostgresWeb.withTeam { team in
            try await WorkbenchWriteTests.quoteAtSelection(team)
            try await WorkbenchWriteTests.codedInTheView(team)
            try await WorkbenchWriteTests.historyAndReview(team)
        }
    }
}

/// A KORUS database of its own on the PostgreSQL test server (as `TestServer` in StanceStorePostgresTests).
enum PostgresWeb {
    static let urlText = ProcessInfo.processInfo.environment["STANCE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = urlText != nil || ProcessInfo.processInfo.environment["CI"] != nil
    static let howToRun = "no PostgreSQL test server: run `eval \"$(.ci/postgres.sh)\"` first (sets STANCE_TEST_POSTGRES_URL)"

    static func withTeam(_ body: (TeamWeb) async throws -> Void) async throws {
        try await withTeamAndSecondStore { team, _ in try await body(team) }
    }

    /// The team, and a second store on the same database: what a second server process opens.
    static func withTeamAndSecondStore(_ body: (TeamWeb, Store) async throws -> Void) async throws {
        let base = try PostgresURL(try #require(urlText, Comment(rawValue: howToRun)))
        let name = "stance_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try PostgresEngine.withSession(base) { try $0.run("CREATE DATABASE \(name)") }
        defer { _ = try? PostgresEngine.withSession(base) { try $0.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") } }
        var url = base
        url.database = name
        let store = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
        defer { try? store.close() }
        let graph = try TestSupport.korusData.load()
        try store.write { db in try GraphWriter.insert(graph, into: db) }
        let second = Store(engine: try PostgresEngine(url: url, mode: .readWrite), mode: .readWrite)
        defer { try? second.close() }
        try await body(try TeamWeb(writer: store, reader: store), second)
    }
}
