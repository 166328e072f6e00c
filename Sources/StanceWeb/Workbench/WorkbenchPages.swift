import StanceCore
import StanceStore

/// The workbench's smaller pages: the sources to code, a new article, login, a coder's history and the review
/// queue. Their forms are sent by `/static/code.js` to the JSON API (docs/keyboard.md); without the script they
/// say so.
enum WorkbenchPages {
    private static let needsScript = el(
        .noscript, [], el(.p, [.class("error")], "This form is sent by a script; turn JavaScript on for this site."))

    static func sources(_ ids: [String]) -> HTML {
        Layout.page(
            title: "Code", permalink: Link(["code"]),
            [
                el(.h1, [], "Code an article"),
                el(.p, [], Layout.link("Paste a new article", Link(["code", "new"])), " or open one of the \(ids.count) sources:"),
                el(.ul, [.class("sources")], ids.map { el(.li, [], Layout.link($0, Link(["code", $0]))) }),
            ], scripts: [Link(["static", "code.js"])])
    }

    static func newSource() -> HTML {
        func field(_ name: String, _ label: String, _ extra: [HTML.Attribute] = []) -> HTML {
            el(.label, [HTML.Attribute("for", "n-\(name)")], label,
               el(.input, [.id("n-\(name)"), HTML.Attribute("name", name), HTML.Attribute("autocomplete", "off")] + extra),
               el(.span, [.class("field-error"), .id("e-\(name)")]))
        }
        return Layout.page(
            title: "New article", permalink: Link(["code", "new"]),
            [
                el(.h1, [], "A new article"),
                el(.p, [], "Paste the article; it is stored exactly as pasted, and the extractor's proposals wait in its coding view."),
                needsScript,
                el(
                    .form, [.id("new-source"), .class("stacked")],
                    field("title", "Title", [.flag("required"), .flag("autofocus")]),
                    field("outlet", "Outlet"),
                    field("date", "Date (YYYY-MM-DD, YYYY-MM or YYYY)", [.flag("required"), HTML.Attribute("placeholder", "2018-04-02")]),
                    field("url", "URL"),
                    el(.label, [HTML.Attribute("for", "n-text")], "Article text",
                       el(.textarea, [.id("n-text"), HTML.Attribute("name", "text"), HTML.Attribute("rows", "18"), .flag("required")]),
                       el(.span, [.class("field-error"), .id("e-text")])),
                    el(.p, [.class("field-error"), .id("e-form")]),
                    el(.button, [HTML.Attribute("type", "submit")], "Add and code")),
            ], scripts: [Link(["static", "code.js"])])
    }

    static func login() -> HTML {
        Layout.page(
            title: "Log in", permalink: Link(["login"]),
            [
                el(.h1, [], "Log in"),
                needsScript,
                el(
                    .form, [.id("login-form"), .class("stacked narrow")],
                    el(.label, [HTML.Attribute("for", "l-name")], "Name",
                       el(.input, [.id("l-name"), HTML.Attribute("name", "name"), HTML.Attribute("autocomplete", "username"),
                                   .flag("required"), .flag("autofocus")])),
                    el(.label, [HTML.Attribute("for", "l-password")], "Password",
                       el(.input, [.id("l-password"), HTML.Attribute("name", "password"), HTML.Attribute("type", "password"),
                                   HTML.Attribute("autocomplete", "current-password"), .flag("required")])),
                    el(.p, [.class("field-error"), .id("e-form"), HTML.Attribute("role", "alert")]),
                    el(.button, [HTML.Attribute("type", "submit")], "Log in")),
            ], scripts: [Link(["static", "code.js"])])
    }

    /// A coder's changes, newest first; their own come with the undo button (`POST /api/undo` takes back their
    /// newest change).
    static func history(coder: String, own: Bool, _ changes: [Change]) -> HTML {
        var content: [HTML] = [el(.h1, [], "History of \(coder)")]
        if own {
            content.append(el(.p, [], el(.button, [.id("undo"), HTML.Attribute("type", "button")], "Undo my last change"), " ",
                              el(.span, [.class("status"), .id("status"), HTML.Attribute("role", "status")])))
        }
        content.append(changeTable(changes, empty: "No changes yet."))
        return Layout.page(
            title: "History of \(coder)", permalink: Link(["history"], query: [("coder", coder)]), content,
            scripts: [Link(["static", "code.js"])])
    }

    /// The changes since a date for an admin to review: who changed what, before and after.
    static func review(since: String?, _ changes: [Change], problem: String?) -> HTML {
        var content: [HTML] = [
            el(.h1, [], "Review queue"),
            el(.form, [.action(Link(["review"])), HTML.Attribute("method", "get"), .class("filters")],
               el(.label, [HTML.Attribute("for", "since")], "Changes since",
                  el(.input, [.id("since"), HTML.Attribute("name", "since"), HTML.Attribute("value", since ?? ""),
                              HTML.Attribute("placeholder", "2026-12-01")])),
               el(.button, [HTML.Attribute("type", "submit")], "Show")),
        ]
        if let problem { content.append(el(.p, [.class("error"), .id("review-error")], problem)) }
        content.append(el(.p, [.class("status"), .id("status"), HTML.Attribute("role", "status")]))
        content.append(changeTable(changes, empty: since.map { "No changes since \($0)." } ?? "No changes yet.", undoable: true))
        return Layout.page(
            title: "Review queue", permalink: Link(["review"], query: since.map { [("since", $0)] } ?? []), content,
            scripts: [Link(["static", "code.js"])])
    }

    /// The changes as a table; in the review queue each change not yet taken back has an undo button (an admin
    /// undoes anyone's change: `POST /api/undo {"change": N}`).
    private static func changeTable(_ changes: [Change], empty: String, undoable: Bool = false) -> HTML {
        guard !changes.isEmpty else { return el(.p, [.class("empty")], empty) }
        let undone = Change.undoneIDs(changes)
        let headings = ["#", "Time", "Coder", "Change", "Target", "Before", "After"] + (undoable ? [""] : [])
        return el(
            .table, [.class("answer changes")],
            el(.thead, [], el(.tr, [], headings.map { el(.th, [], $0) })),
            el(.tbody, [], changes.map { change in
                var cells = [
                    el(.td, [], change.id), el(.td, [], change.time), el(.td, [], change.coder),
                    el(.td, [], change.operation, undone.contains(change.id) ? el(.small, [], " (undone)") : HTML.empty),
                    el(.td, [], target(change.target)),
                    el(.td, [.class("snapshot")], snapshot(change.before)), el(.td, [.class("snapshot")], snapshot(change.after)),
                ]
                if undoable {
                    cells.append(
                        el(.td, [], undone.contains(change.id) || change.undoes != nil
                            ? HTML.empty
                            : el(.button, [HTML.Attribute("type", "button"), .class("undo-change secondary"),
                                           HTML.Attribute("data-change", String(change.id))], "undo")))
                }
                return el(.tr, [.id("change-\(change.id)")], cells)
            }))
    }

    private static func target(_ target: String) -> HTML {
        guard let parsed = Graph.Target(target) else { return HTML(target) }
        switch parsed.kind {
        case .actor, .issue: return Layout.link(target, Link([parsed.kind.rawValue + "s", parsed.id.rawValue]))
        case .source: return Layout.link(target, Link(["code", parsed.id.rawValue]))
        case .position, .quote, .affiliation, .annotation: return HTML(target)
        }
    }

    /// The main fields of the entity a change wrote or removed, one `name: value` per line.
    private static func snapshot(_ snapshot: Snapshot) -> HTML {
        guard let row = snapshot.parts.first?.rows.first else { return HTML.empty }
        let shown = ["actor", "issue", "stance", "basis", "speaker", "text", "name", "title", "paraphrase", "quote"]
        let lines = shown.compactMap { key -> String? in
            guard let value = row[key]?.text, !value.isEmpty else { return nil }
            return "\(key): \(value.count > 120 ? String(value.prefix(119)) + "\u{2026}" : value)"
        }
        return el(.small, [], lines.joined(separator: "\n"))
    }
}
