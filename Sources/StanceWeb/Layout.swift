import StanceCore

/// Who is logged in, as the page being rendered shows it.
struct PageSession: Sendable {
    var name: String
    var role: String
    /// The session's CSRF token (nil for a bearer token, which a browser does not send).
    var csrf: String?
}

/// The frame of every page: head with our stylesheet, navigation with who is logged in, the content, our
/// script and any the page adds (the coding view's).
enum Layout {
    /// The session of the request whose page is being rendered, bound by `SessionPages` for each page request:
    /// the header names the user and the head carries the CSRF token, so no page asks `/api/me` (which answers an
    /// anonymous visitor 401, an error in the browser's console).
    @TaskLocal static var session: PageSession?

    static func page(title: String, permalink: Link, _ content: [HTML], scripts: [Link] = []) -> HTML {
        let session = Layout.session
        return HTML.document(
            el(
                .html, [HTML.Attribute("lang", "en")],
                el(
                    .head, [],
                    el(.meta, [HTML.Attribute("charset", "utf-8")]),
                    el(.meta, [HTML.Attribute("name", "viewport"), HTML.Attribute("content", "width=device-width, initial-scale=1")]),
                    el(.title, [], title + " · Stance"),
                    // For the scripts' writes (X-CSRF-Token); only a logged-in visitor's page has one.
                    session?.csrf.map { el(.meta, [HTML.Attribute("name", "csrf-token"), HTML.Attribute("content", $0)]) } ?? .empty,
                    el(.link, [HTML.Attribute("rel", "stylesheet"), .href(Link(["static", "stance.css"]))])),
                el(
                    .body, [],
                    el(
                        .header, [],
                        el(
                            .nav, [],
                            el(.a, [.href(Link([""])), .class("brand")], "Stance"),
                            el(.a, [.href(Link(["matrix"]))], "Matrix"), el(.a, [.href(Link(["network"]))], "Network"),
                            el(.a, [.href(Link(["log"]))], "Change log"),
                            el(.a, [.href(Link(["code"]))], "Code"),
                            el(.a, [.href(permalink), .class("permalink"), .id("permalink")], "Permalink"),
                            whoami(session))),
                    el(.main, [], content),
                    el(
                        .footer, [],
                        el(.p, [], "Every answer carries its evidence; follow a quote to its place in the article.")),
                    HTML.join(([Link(["static", "stance.js"])] + scripts).map { el(.script, [.src($0)]) }))))
    }

    /// Who is logged in and a logout button (the script makes it work), or the login link.
    static func whoami(_ session: PageSession?) -> HTML {
        guard let session else {
            return el(.span, [.class("whoami"), .id("whoami")], el(.a, [.href(Link(["login"])), .id("login-link")], "Log in"))
        }
        return el(
            .span, [.class("whoami"), .id("whoami"), HTML.Attribute("data-name", session.name), HTML.Attribute("data-role", session.role)],
            el(.span, [.id("whoami-name")], "\(session.name) (\(session.role))"),
            el(.button, [HTML.Attribute("type", "button"), .id("logout")], "Log out"))
    }

    /// The question box with completion, filled with `query`.
    static func askForm(_ query: String) -> HTML {
        el(
            .form, [.action(Link(["ask"])), HTML.Attribute("method", "get"), .class("ask"), HTML.Attribute("role", "search")],
            el(.label, [HTML.Attribute("for", "q")], "Ask the graph"),
            el(
                .input,
                [
                    .id("q"), HTML.Attribute("name", "q"), HTML.Attribute("type", "search"), HTML.Attribute("value", query),
                    HTML.Attribute("list", "completions"), HTML.Attribute("autocomplete", "off"),
                    HTML.Attribute("placeholder", "who opposes withdrawal"), HTML.Attribute("maxlength", "2000"),
                    HTML.Attribute("data-complete", "/api/complete"), .flag("autofocus"),
                ]),
            el(.datalist, [.id("completions")]),
            el(.button, [HTML.Attribute("type", "submit")], "Ask"))
    }

    /// A definition list of label and value pairs, leaving out empty values.
    static func facts(_ pairs: [(String, HTMLConvertible?)]) -> HTML {
        el(.dl, [.class("facts")], pairs.compactMap { label, value -> HTML? in
            guard let value else { return nil }
            if let text = value as? String, text.isEmpty { return nil }
            return HTML.join([el(.dt, [], label), el(.dd, [], value.html)])
        })
    }

    static func link(_ text: String, _ link: Link) -> HTML {
        el(.a, [.href(link)], text)
    }

    static func stanceBadge(_ stance: String) -> HTML {
        el(.span, [.class("stance stance-\(Graph.Stance(rawValue: stance)?.rawValue ?? "none")")], stance)
    }
}
