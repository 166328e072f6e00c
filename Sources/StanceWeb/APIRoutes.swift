import Hummingbird
import StanceCore
import StanceQuery
import StanceREPL
import StanceRender
import StanceStore

/// The JSON API (docs/api.md). Answers are the objects `stance query --format json` prints.
extension WebApp {
    func addAPIRoutes(to router: Router<WebContext>) {
        router.get("/api/query") { request, _ in try self.apiQuery(QueryString(request.uri.query)) }
        router.get("/api/actors/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.actorView(id) }) else {
                return Reply.error(.notFound, "no actor with id '\(id)'")
            }
            return Reply.json(JSONViews.actor(view))
        }
        router.get("/api/issues/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.issueView(id) }) else {
                return Reply.error(.notFound, "no issue with id '\(id)'")
            }
            return Reply.json(JSONViews.issue(view))
        }
        router.get("/api/sources/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.sourceView(id) }) else {
                return Reply.error(.notFound, "no source with id '\(id)'")
            }
            return Reply.json(JSONViews.source(view))
        }
        router.get("/api/matrix") { request, _ in
            switch try self.guarded({ try self.matrix(MatrixForm(QueryString(request.uri.query)), evidence: true) }) {
            case .success(let matrix): return Reply.json(MatrixRenderer(format: .json).render(matrix))
            case .failure(let problem): return Reply.error(.badRequest, problem.message)
            }
        }
        router.get("/api/network") { request, _ in
            let query = QueryString(request.uri.query)
            let formatName = query.nonEmpty("format") ?? "json"
            guard let format = NetworkFormat(rawValue: formatName) else {
                let valid = NetworkFormat.allCases.map(\.rawValue).joined(separator: ", ")
                return Reply.error(.badRequest, "format '\(formatName)' is not one of \(valid)")
            }
            switch try self.guarded({ try self.network(NetworkForm(query)) }) {
            case .success(let network):
                return Reply.body(NetworkRenderer(format: format).render(network), type: format.mediaType)
            case .failure(let problem): return Reply.error(.badRequest, problem.message)
            }
        }
        router.get("/api/complete") { request, _ in
            let prefix = QueryString(request.uri.query)["prefix"] ?? ""
            guard prefix.count <= self.limits.queryCharacters else {
                return Reply.error(.badRequest, "the prefix is longer than \(self.limits.queryCharacters) characters")
            }
            let completion = try self.guarded { try self.complete(prefix) }
            return Reply.json(
                .object([
                    ("start", .integer(completion.start)),
                    ("candidates", .list(completion.candidates.map(AnswerValue.text))),
                ]))
        }
    }

    private func apiQuery(_ query: QueryString) throws -> Response {
        guard let text = query.nonEmpty("q") else {
            return Reply.queryError(
                QueryFailure(message: "no question; add ?q=, e.g. ?q=who+opposes+withdrawal", column: nil, display: "",
                             suggestions: ["who opposes withdrawal"]))
        }
        switch try guarded({ try answer(text) }) {
        case .success(let answer): return Reply.json(Renderer(format: .json).render(answer))
        case .failure(let failure): return Reply.queryError(failure)
        }
    }

    /// Completions for the question typed so far, as the REPL's Tab offers them.
    func complete(_ prefix: String) throws -> Completer.Completion {
        try stores.take().read(deadline: limits.readSeconds) { db in
            Completer(directory: StoreNameDirectory(db)).complete(prefix)
        }
    }

    /// Runs a read, turning a read stopped at its time limit into a 503 with the reason.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .interrupted = error { throw HTTPError(.serviceUnavailable, message: error.description) }
            throw error
        }
    }
}

extension NetworkFormat {
    /// The media type a response in this format carries.
    var mediaType: String {
        switch self {
        case .graphml, .gexf: return "application/xml; charset=utf-8"
        case .csv, .edges: return "text/csv; charset=utf-8"
        case .dot: return "text/vnd.graphviz; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }
}
