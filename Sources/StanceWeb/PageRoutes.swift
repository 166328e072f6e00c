import Hummingbird
import StanceCore
import StanceStore

/// The server-rendered pages. Each reads fine without JavaScript; each has a permalink that reproduces it.
extension WebApp {
    static let examples = [
        "who opposes withdrawal", "who supports renegotiation and opposes withdrawal",
        "what does Cutler think about renegotiation", "quotes by Fatheree about the trade deficit",
        "who changed on withdrawal", "who agrees with Fatheree", "positions of Trump", "sources",
    ]

    func addPageRoutes(to router: Router<WebContext>) {
        router.get("/") { _, _ in try self.guarded { try self.indexPage() } }
        router.get("/ask") { request, _ in try self.guarded { try self.askPage(QueryString(request.uri.query)) } }
        router.get("/actors/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.actorView(id) }) else { return self.notFound("actor", id) }
            return Reply.html(EntityPages.actor(view))
        }
        router.get("/issues/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.issueView(id) }) else { return self.notFound("issue", id) }
            return Reply.html(EntityPages.issue(view))
        }
        router.get("/sources/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let view = try self.guarded({ try self.sourceView(id) }) else { return self.notFound("source", id) }
            return Reply.html(SourcePage.render(view))
        }
        router.get("/matrix") { request, _ in
            let form = MatrixForm(QueryString(request.uri.query))
            let result = try self.guarded { try self.matrix(form, evidence: true) }
            return Reply.html(MatrixPage.render(form, result), status: result.isFailure ? .badRequest : .ok)
        }
        router.get("/network") { request, _ in
            let form = NetworkForm(QueryString(request.uri.query))
            let result = try self.guarded { try self.network(form) }
            return Reply.html(NetworkPage.render(form, result), status: result.isFailure ? .badRequest : .ok)
        }
        router.get("/log") { _, _ in
            let changes = try self.guarded { try self.changes(limit: 500) }
            return Reply.html(LogPage.render(changes))
        }
    }

    private func indexPage() throws -> Response {
        let stats = try statistics()
        let counts: [(String, Int)] = [
            ("actors", stats.actors), ("issues", stats.issues), ("sources", stats.sources),
            ("positions", stats.positions), ("quotes", stats.quotes),
        ]
        return Reply.html(
            Layout.page(
                title: "Ask", permalink: Link([""]),
                [
                    el(.h1, [], "Who stands where, with the evidence"),
                    Layout.askForm(""),
                    el(.h2, [], "Try"),
                    el(.ul, [.class("examples")], WebApp.examples.map { el(.li, [], Layout.link($0, Link(["ask"], query: [("q", $0)]))) }),
                    el(.h2, [], "In this graph"),
                    el(.ul, [.class("counts")], counts.map { name, count in
                        let link = ["actors", "issues", "sources"].contains(name) ? Link(["ask"], query: [("q", name)]) : nil
                        let label = "\(count) \(name)"
                        return el(.li, [], link.map { Layout.link(label, $0) } ?? HTML(label))
                    }),
                    el(.p, [], "The language: ", el(.code, [], "docs/query-language.md"), "; the JSON API: ",
                       el(.code, [], "docs/api.md"), "."),
                ]))
    }

    private func askPage(_ query: QueryString) throws -> Response {
        let question = query["q"] ?? ""
        let permalink = Link(["ask"], query: [("q", question)])
        guard !question.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Reply.html(
                Layout.page(title: "Ask", permalink: permalink, [Layout.askForm(""), el(.p, [], "Type a question above.")]))
        }
        switch try answer(question) {
        case .success(let answer):
            return Reply.html(
                Layout.page(
                    title: question, permalink: permalink,
                    [
                        Layout.askForm(question), el(.h1, [.class("question")], question),
                        el(.p, [.class("meta")], "\(answer.rows.count) row\(answer.rows.count == 1 ? "" : "s") · ",
                           Layout.link("JSON", Link(["api", "query"], query: [("q", question)]))),
                        AnswerTable.render(answer),
                    ]))
        case .failure(let failure):
            var content = [
                Layout.askForm(question), el(.h1, [.class("question")], question),
                el(.pre, [.class("error"), .id("query-error")], failure.display),
            ]
            if !failure.suggestions.isEmpty {
                content.append(el(.h2, [], "Did you mean"))
                content.append(
                    el(.ul, [.class("suggestions")],
                       failure.suggestions.map { el(.li, [], Layout.link($0, Link(["ask"], query: [("q", $0)]))) }))
            }
            return Reply.html(Layout.page(title: "Cannot answer", permalink: permalink, content), status: .badRequest)
        }
    }

    private func notFound(_ kind: String, _ id: String) -> Response {
        Reply.html(
            Layout.page(
                title: "Not found", permalink: Link([kind + "s", id]),
                [el(.h1, [], "No \(kind) with id \u{201C}\(id)\u{201D}"), Layout.askForm("")]),
            status: .notFound)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
