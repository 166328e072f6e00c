import StanceCore

/// The frame of every page: head with our stylesheet, navigation with who is logged in, the content, our
/// script and any the page adds (the coding view's).
enum Layout {
    static func page(title: String, permalink: Link, _ content: [HTML], scripts: [Link] = []) -> HTML {
        HTML.document(
            el(
                .html, [HTML.Attribute("lang", "en")],
                el(
                    .head, [],
                    el(.meta, [HTML.Attribute("charset", "utf-8")]),
                    el(.meta, [HTML.Attribute("name", "viewport"), HTML.Attribute("content", "width=device-width, initial-scale=1")]),
                    el(.title, [], title + " · Stance"),
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
                            // Filled from /api/me by the script: the logged-in coder and a logout button.
                            el(.span, [.class("whoami"), .id("whoami")], el(.a, [.href(Link(["login"])), .id("login-link")], "Log in")))),
                    el(.main, [], content),
                    el(
                        .footer, [],
                        el(.p, [], "Every answer carries its evidence; follow a quote to its place in the article.")),
                    HTML.join(([Link(["static", "stance.js"])] + scripts).map { el(.script, [.src($0)]) }))))
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
