import Foundation
import StanceCore
import StanceQuery
import StanceStore

/// A question that could not be answered: the parser's message, where, and questions that would parse.
struct QueryFailure: Error, Sendable {
    var message: String
    /// 1-based column of the problem, nil for the whole question.
    var column: Int?
    /// The question with a caret under the problem, as the CLI prints it.
    var display: String
    var suggestions: [String]
}

/// Everything one actor page or `/api/actors/ID` shows, read in one transaction.
struct ActorView: Sendable {
    var actor: Graph.Actor
    var positions: Answer
    var quotes: Answer
    var affiliations: Answer
    var members: Answer
    var agrees: Answer
    var disagrees: Answer
    /// The actor's own opposite stances on one issue (`does ACTOR contradict itself`).
    var contradictions: Answer
    var annotations: [Graph.Annotation]
}

/// Everything one issue page or `/api/issues/ID` shows.
struct IssueView: Sendable {
    var issue: Graph.Issue
    /// Who holds each stance now (their latest position), in `Graph.Stance` order.
    var stances: [(Graph.Stance, Answer)]
    var changes: Answer
    /// Actors holding opposite stances on the issue (`who contradicts themselves on ISSUE`).
    var contradictions: Answer
    var quotes: Answer
    var annotations: [Graph.Annotation]
}

/// One source with its text, coded spans and the names its positions refer to.
struct SourceView: Sendable {
    var source: Graph.Source
    var spans: [Span]
    var actorNames: [String: String]
    var issueNames: [String: String]
    var annotations: [Graph.Annotation]
}

/// What the pages and the API read. Every read goes through `Store.read(deadline:)`, `QueryEngine`,
/// `GraphReader` or the matrix builders; this module holds no SQL.
extension WebApp {
    /// The answer to `query`, or the reason it has none.
    func answer(_ query: String) throws -> Result<Answer, QueryFailure> {
        guard query.count <= limits.queryCharacters else {
            return .failure(
                QueryFailure(
                    message: "the question is longer than \(limits.queryCharacters) characters", column: nil,
                    display: "error: the question is longer than \(limits.queryCharacters) characters",
                    suggestions: []))
        }
        return try stores.take().read(deadline: limits.readSeconds) { db in
            do {
                return .success(try QueryEngine.answer(query, in: db))
            } catch let error as QueryError {
                let directory = StoreNameDirectory(db)
                return .failure(
                    QueryFailure(
                        message: error.message, column: error.range == nil ? nil : error.column,
                        display: error.description,
                        suggestions: Suggestions.repairs(of: error, directory: directory)))
            }
        }
    }

    /// The actor with this id and all about them, or nil when there is none.
    func actorView(_ id: String) throws -> ActorView? {
        guard Slug.isValid(id) else { return nil }
        return try stores.take().read(deadline: limits.readSeconds) { db -> ActorView? in
            guard let actor = try GraphReader.actor(id, in: db) else { return nil }
            // Quoted ids name exactly this actor, whatever other names look like.
            let name = "\"\(id)\""
            return ActorView(
                actor: actor, positions: try QueryEngine.answer("positions of \(name)", in: db),
                quotes: try QueryEngine.answer("quotes by \(name)", in: db),
                affiliations: try QueryEngine.answer("affiliations of \(name)", in: db),
                members: try QueryEngine.answer("members of \(name)", in: db),
                agrees: try QueryEngine.answer("who agrees with \(name)", in: db),
                disagrees: try QueryEngine.answer("who disagrees with \(name)", in: db),
                contradictions: try QueryEngine.answer("does \(name) contradict itself", in: db),
                annotations: try GraphReader.annotations(on: Graph.Target(kind: .actor, id: actor.id), in: db))
        }
    }

    /// The issue with this id and who stands where on it, or nil when there is none.
    func issueView(_ id: String) throws -> IssueView? {
        guard Slug.isValid(id) else { return nil }
        return try stores.take().read(deadline: limits.readSeconds) { db -> IssueView? in
            guard let issue = try GraphReader.issue(id, in: db) else { return nil }
            let name = "\"\(id)\""
            var stances: [(Graph.Stance, Answer)] = []
            for stance in Graph.Stance.allCases {
                let phrase: String
                switch stance {
                case .supports: phrase = "supports"
                case .opposes: phrase = "opposes"
                case .mixed: phrase = "is mixed on"
                case .neutral: phrase = "is neutral on"
                }
                stances.append((stance, try QueryEngine.answer("who \(phrase) \(name)", in: db)))
            }
            return IssueView(
                issue: issue, stances: stances, changes: try QueryEngine.answer("who changed on \(name)", in: db),
                contradictions: try QueryEngine.answer("who contradicts themselves on \(name)", in: db),
                quotes: try QueryEngine.answer("quotes about \(name)", in: db),
                annotations: try GraphReader.annotations(on: Graph.Target(kind: .issue, id: issue.id), in: db))
        }
    }

    /// The source with this id, its spans located in its text, or nil when there is none.
    func sourceView(_ id: String) throws -> SourceView? {
        guard Slug.isValid(id) else { return nil }
        return try stores.take().read(deadline: limits.readSeconds) { db -> SourceView? in
            guard let source = try GraphReader.source(id, in: db) else { return nil }
            var actorNames: [String: String] = [:]
            var issueNames: [String: String] = [:]
            let actorIDs = Set(source.quotes.map(\.speaker) + source.positions.map(\.actor))
            for actorID in actorIDs.sorted() {
                actorNames[actorID.rawValue] = try GraphReader.actor(actorID.rawValue, in: db)?.name
            }
            for issueID in Set(source.positions.map(\.issue) + source.quotes.flatMap(\.issues)).sorted() {
                issueNames[issueID.rawValue] = try GraphReader.issue(issueID.rawValue, in: db)?.name
            }
            return SourceView(
                source: source, spans: Span.locate(in: source), actorNames: actorNames, issueNames: issueNames,
                annotations: try GraphReader.annotations(on: Graph.Target(kind: .source, id: source.id), in: db))
        }
    }

    /// The counts on the front page.
    func statistics() throws -> Statistics {
        try stores.take().read(deadline: limits.readSeconds) { db in try Statistics.read(db) }
    }

    /// The change log, newest first, at most `limit` changes.
    func changes(limit: Int) throws -> [Change] {
        try stores.take().read(deadline: limits.readSeconds) { db in
            Array(try Change.fetch(db).reversed().prefix(limit))
        }
    }
}
