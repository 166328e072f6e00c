import Hummingbird
import StanceCore
import StanceQuery
import StanceStore

/// The coding workbench's pages (docs/keyboard.md): the coding view, a new article, login, a coder's history
/// and the review queue, and the proposals the coding view reads. Writes go to the JSON API (docs/api.md);
/// these routes only read.
extension WebApp {
    func addCodeRoutes<Context: RequestContext>(to router: Router<Context>) {
        router.get("/code") { _, _ in
            let sources = try self.guarded { try self.sourceIDs() }
            return Reply.html(WorkbenchPages.sources(sources))
        }
        router.get("/code/new") { _, _ in Reply.html(WorkbenchPages.newSource()) }
        router.get("/code/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            guard var view = try self.guarded({ try self.codeView(id) }) else { return self.missingSource(id) }
            view.viewer = try self.caller(request)?.account
            return Reply.html(CodePage.render(view))
        }
        router.get("/api/sources/:id/proposals") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.sourceView(id) }) else {
                return Reply.error(.notFound, "no source with id '\(id)'")
            }
            return Reply.json(try self.guarded { try self.proposals(for: view.source) }.json)
        }
        router.get("/login") { _, _ in Reply.html(WorkbenchPages.login()) }
        // As GET /api/changes allows: a coder sees their own history, an admin anyone's and the review queue.
        router.get("/history") { request, _ in
            let caller = try self.caller(request)
            guard let caller else { return self.mustLogIn(Link(["history"]), "see your history") }
            let coder = QueryString(request.uri.query).nonEmpty("coder") ?? caller.account.name
            guard coder == caller.account.name || caller.account.role == .admin else {
                return self.refused("Only an admin sees another coder's history.", Link(["history"]))
            }
            let changes = try self.guarded { try self.changes(coder: coder, since: nil) }
            return Reply.html(WorkbenchPages.history(coder: coder, own: coder == caller.account.name, changes))
        }
        router.get("/review") { request, _ in
            guard let caller = try self.caller(request) else { return self.mustLogIn(Link(["review"]), "review changes") }
            guard caller.account.role == .admin else {
                return self.refused("The review queue is an admin's; \(caller.account.name) is a \(caller.account.role.rawValue).", Link(["review"]))
            }
            let query = QueryString(request.uri.query)
            let since = query.nonEmpty("since")
            if let since, PartialDate(since) == nil {
                return Reply.html(
                    WorkbenchPages.review(since: since, [], problem: "'\(since)' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)"),
                    status: .badRequest)
            }
            let changes = try self.guarded { try self.changes(coder: query.nonEmpty("coder"), since: since) }
            return Reply.html(WorkbenchPages.review(since: since, changes, problem: nil))
        }
    }

    /// The coding view of the source with this id, or nil when there is none.
    func codeView(_ id: String) throws -> CodeView? {
        guard let view = try sourceView(id) else { return nil }
        let ids = try sourceIDs()
        let index = ids.firstIndex(of: id)
        // The notes on the source and on each of its positions, in one query.
        let targets = [Graph.Target(kind: .source, id: view.source.id)]
            + view.source.positions.map { Graph.Target(kind: .position, id: $0.id) }
        let notes = try stores.take().read(deadline: limits.readSeconds) { db in
            try GraphReader.annotations(onAny: targets, in: db)
        }
        return CodeView(
            source: view, proposals: try proposals(for: view.source),
            previous: index.flatMap { $0 > 0 ? ids[$0 - 1] : nil },
            next: index.flatMap { $0 + 1 < ids.count ? ids[$0 + 1] : nil }, viewer: nil, notes: notes)
    }

    /// The extractor's proposals for `source`, made once per article text and set of names; the names are read
    /// once per server (and again when a write changes them), not the whole graph per article. Which of them are
    /// coded is read from `source` as it is now, never from the cache.
    func proposals(for source: Graph.Source) throws -> CodingProposals {
        let (stamp, names) = try stores.take().read(deadline: limits.readSeconds) { db in
            let stamp = try NameVocabulary.stamp(db)
            return (stamp, try nameVocabulary.names(at: stamp) { try GraphReader.readNames(db) })
        }
        return proposalCache.proposals(for: source, vocabulary: stamp) {
            var graph = names
            graph.sources = [source]  // the article's own source, with its codings
            return CodingProposals.make(for: source, graph: graph)
        }.marked(codedIn: source)
    }

    /// Source ids in the order `sources` lists them.
    func sourceIDs() throws -> [String] {
        try stores.take().read(deadline: limits.readSeconds) { db in
            try QueryEngine.answer("sources", in: db).rows.compactMap { row -> String? in
                guard case .text(let id)? = row[["id"]] else { return nil }
                return id
            }
        }
    }

    /// Changes by `coder` (all coders when nil) since the start of the day `since`, newest first.
    func changes(coder: String?, since: String?) throws -> [Change] {
        try stores.take().read(deadline: limits.readSeconds) { db in
            Array(try Change.fetch(db, coder: coder, since: since).reversed().prefix(1_000))
        }
    }

    /// A page saying to log in, linking to the login page that comes back here: 401.
    private func mustLogIn(_ here: Link, _ what: String) -> Response {
        Reply.html(
            Layout.page(
                title: "Log in", permalink: here,
                [el(.h1, [], "Log in to \(what)"), Layout.link("Log in", Link(["login"], query: [("next", here.value)]))]),
            status: .unauthorized)
    }

    /// A page saying the caller's role does not allow this: 403.
    private func refused(_ message: String, _ here: Link) -> Response {
        Reply.html(Layout.page(title: "Not allowed", permalink: here, [el(.h1, [], "Not allowed"), el(.p, [], message)]), status: .forbidden)
    }

    private func missingSource(_ id: String) -> Response {
        Reply.html(
            Layout.page(
                title: "Not found", permalink: Link(["code", id]),
                [el(.h1, [], "No source with id \u{201C}\(id)\u{201D}"), Layout.link("All sources to code", Link(["code"]))]),
            status: .notFound)
    }
}
