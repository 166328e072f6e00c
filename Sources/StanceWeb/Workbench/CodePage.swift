import StanceCore
import StanceStore

/// Everything the coding view of one source shows.
struct CodeView: Sendable {
    var source: SourceView
    var proposals: CodingProposals
    /// The sources before and after this one in the order `sources` lists them.
    var previous: String?
    var next: String?
    /// Who is looking: nil when nobody is logged in.
    var viewer: Account?
    /// Researchers' notes on the source and on the positions coded from it, oldest first.
    var notes: [Graph.Annotation] = []
}

/// The coding view `/code/SOURCE_ID`: the article on the left, every piece of it carrying its offset in code
/// points (`data-o`) so a selection maps to the offsets the store counts; coded spans marked with their coder's
/// colour, the extractor's proposals as ghost highlights; on the right the coding form, the proposals, the
/// positions coded so far and the keyboard map. The script (`/static/code.js`, docs/keyboard.md) does the rest.
enum CodePage {
    static func render(_ view: CodeView) -> HTML {
        let source = view.source.source
        let coders = coderPalette(view.source)
        var left: [HTML] = [
            el(.h1, [], source.title),
            el(.p, [.class("meta")],
               [source.outlet, source.date.description, source.id.rawValue].compactMap { $0 }.joined(separator: " · "), " · ",
               Layout.link("reading view", Link(["sources", source.id.rawValue])), " · ",
               Layout.link("proposals JSON", Link(["api", "sources", source.id.rawValue, "proposals"]))),
            sourceNavigation(view),
        ]
        if source.text != nil {
            left.append(article(view, coders: coders))
        } else {
            left.append(el(.p, [.class("empty")], "This source was added without its article text: nothing to select."))
        }
        let right: [HTML] = [
            hint(view),
            el(.p, [.class("status"), .id("status"), HTML.Attribute("role", "status"), HTML.Attribute("aria-live", "polite")]),
            form(source),
            el(.section, [.id("conflict"), .class("conflict"), .flag("hidden")]),
            el(.h2, [], "Proposals"),
            proposals(view),
            el(.h2, [], "Coded here"),
            legend(coders),
            codings(view.source, coders: coders),
            el(.p, [], el(.button, [.id("undo"), HTML.Attribute("type", "button"), .class("secondary")], "Undo my last change"),
               " ", el(.a, [.href(Link(["history"])), .id("history-link")], "My history")),
            el(.h2, [], "Notes"),
            notes(view, coders: coders),
            noteForm(view),
            keymap(),
        ]
        return Layout.page(
            title: "Code: " + source.title, permalink: Link(["code", source.id.rawValue]),
            [
                el(.div, [.class("workbench"), .id("workbench"), HTML.Attribute("data-source", source.id.rawValue)],
                   el(.div, [.class("pane-article")], left), el(.aside, [.class("pane-form")], right))
            ], scripts: [Link(["static", "code.js"])])
    }

    /// What to do first: select and press `c`, or log in, or (a viewer) read.
    private static func hint(_ view: CodeView) -> HTML {
        let keys = HTML.join([HTML("; "), el(.code, [], "?"), HTML(" shows every key.")])
        switch view.viewer?.role {
        case nil:
            let here = Link(["code", view.source.source.id.rawValue])
            return el(.p, [.class("hint"), .id("hint")],
                      el(.a, [.href(Link(["login"], query: [("next", here.value)])), .id("hint-login")], "Log in"),
                      " to code this article", keys)
        case .viewer?:
            return el(.p, [.class("hint"), .id("hint")], "You are logged in as a viewer: you can read, not code", keys)
        case .coder?, .admin?:
            return el(.p, [.class("hint"), .id("hint")], "Select a passage and press ", el(.code, [], "c"), keys)
        }
    }

    /// Links to the previous and next source (`[` and `]`).
    private static func sourceNavigation(_ view: CodeView) -> HTML {
        var parts: [HTML] = []
        if let previous = view.previous {
            parts.append(el(.a, [.href(Link(["code", previous])), .id("previous-source"), HTML.Attribute("rel", "prev")], "\u{2190} previous source"))
        }
        if let next = view.next {
            parts.append(el(.a, [.href(Link(["code", next])), .id("next-source"), HTML.Attribute("rel", "next")], "next source \u{2192}"))
        }
        parts.append(el(.a, [.href(Link(["code", "new"]))], "new article"))
        return el(.p, [.class("source-nav")], parts.enumerated().map { index, part in
            index == 0 ? part : HTML.join([HTML(" · "), part])
        })
    }

    /// The article, cut at every coded span and proposal; every piece carries its start offset.
    static func article(_ view: CodeView, coders: [String: Int]) -> HTML {
        let source = view.source.source
        guard let text = source.text else { return HTML.empty }
        var positionsByID: [String: Graph.Position] = [:]
        for position in source.positions { positionsByID[position.id.rawValue] = position }
        let coded = view.source.spans
        let ghosts = view.proposals.items.filter { !$0.coded }
        var cuts = Set([0, text.unicodeScalars.count])
        for span in coded { cuts.formUnion([span.range.start, span.range.end]) }
        for item in ghosts { cuts.formUnion([item.range.start, item.range.end]) }
        let scalars = Array(text.unicodeScalars)
        let points = cuts.filter { $0 >= 0 && $0 <= scalars.count }.sorted()
        var paragraphs: [HTML] = []
        var current: [HTML] = []
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            let covering = coded.filter { $0.range.start <= start && end <= $0.range.end }
            let proposed = ghosts.filter { $0.range.start <= start && end <= $0.range.end }
            var offset = start
            let blocks = String(String.UnicodeScalarView(scalars[start..<end])).components(separatedBy: "\n\n")
            for (index, block) in blocks.enumerated() {
                if index > 0 {
                    paragraphs.append(el(.p, [], current))
                    current = []
                    offset += 2
                }
                defer { offset += block.unicodeScalars.count }
                guard !block.isEmpty else { continue }
                current.append(piece(block, at: offset, covering: covering, proposed: proposed, positions: positionsByID, view: view.source, coders: coders))
            }
        }
        if !current.isEmpty { paragraphs.append(el(.p, [], current)) }
        return el(
            .article,
            [.class("article-text coding"), .id("article"), HTML.Attribute("data-length", String(scalars.count)),
             HTML.Attribute("data-stamp", stamp(view.source))],
            paragraphs)
    }

    /// One piece of text: coded (a `mark` in its coder's colour, titled with coder and position), proposed (a
    /// ghost `span` naming its proposals), or plain.
    private static func piece(
        _ text: String, at offset: Int, covering: [Span], proposed: [CodingProposals.Item],
        positions: [String: Graph.Position], view: SourceView, coders: [String: Int]
    ) -> HTML {
        var attributes: [HTML.Attribute] = [HTML.Attribute("data-o", String(offset))]
        if let innermost = covering.min(by: { $0.range.length < $1.range.length }) {
            let cited = covering.flatMap(\.positions).compactMap { positions[$0] }
            let titles = cited.map { position in
                "\(position.coder): \(view.actorNames[position.actor.rawValue] ?? position.actor.rawValue) "
                    + "\(position.stance.rawValue) \(view.issueNames[position.issue.rawValue] ?? position.issue.rawValue)"
            }
            let coder = cited.first?.coder
            attributes += [
                .class("coded" + (coder.flatMap { coders[$0] }.map { " coder-\($0)" } ?? " coder-none")),
                HTML.Attribute("title", titles.isEmpty ? "quote \(innermost.id) (no position cites it)" : titles.joined(separator: "\n")),
                HTML.Attribute("data-positions", covering.flatMap(\.positions).joined(separator: " ")),
            ]
            return el(.mark, attributes, text)
        }
        if !proposed.isEmpty {
            attributes += [
                .class("ghost"), HTML.Attribute("data-proposals", proposed.map(\.key).joined(separator: " ")),
                HTML.Attribute("title", "proposed: " + proposed.map { item in
                    summary(item) + (grounds(item).map { " [\($0)]" } ?? "")
                }.joined(separator: "\n")),
            ]
            return el(.span, attributes, text)
        }
        return el(.span, attributes, text)
    }

    /// Why a position is proposed, for the coder to judge it at a glance: "cue: a mistake, walking away · medium
    /// confidence" (a tone hint's cues read "tone: …"); nil for a quote with no position.
    static func grounds(_ item: CodingProposals.Item) -> String? {
        guard item.stance != nil else { return nil }
        var parts: [String] = []
        if !item.cues.isEmpty { parts.append("cue: " + item.cues.joined(separator: ", ")) }
        if let confidence = item.confidence { parts.append("\(confidence.rawValue) confidence") }
        return parts.isEmpty ? nil : parts.joined(separator: " \u{00B7} ")
    }

    /// "Fatheree opposes withdrawal (stated)", or "quote by Fatheree" when no position is proposed.
    static func summary(_ item: CodingProposals.Item) -> String {
        let actor = item.actorName ?? "unknown speaker"
        guard let stance = item.stance else {
            return "quote by \(actor)" + (item.issueName.map { " about \($0)" } ?? "")
        }
        return "\(actor) \(stance.rawValue) \(item.issueName ?? item.issueID ?? "?")" + (item.basis.map { " (\($0.rawValue))" } ?? "")
    }

    /// A change stamp for the codings shown: the script compares it to decide whether to redraw the article.
    static func stamp(_ view: SourceView) -> String {
        let parts = view.source.positions.map { "\($0.id.rawValue):\($0.coder):\($0.stance.rawValue):\($0.actor.rawValue):\($0.issue.rawValue)" }
            + view.source.quotes.map { "\($0.id.rawValue):\($0.range?.description ?? "")" }
        return String(CodingProposals.hash(parts.joined(separator: "\n")).prefix(16))
    }

    /// Coders in order of first appearance, each with one of eight colours.
    static func coderPalette(_ view: SourceView) -> [String: Int] {
        var palette: [String: Int] = [:]
        for position in view.source.positions where palette[position.coder] == nil {
            palette[position.coder] = palette.count % 8
        }
        return palette
    }

    private static func legend(_ coders: [String: Int]) -> HTML {
        guard !coders.isEmpty else { return HTML.empty }
        return el(.p, [.class("legend")], coders.sorted { $0.value < $1.value }.map { coder, index in
            el(.span, [.class("swatch coder-\(index)")], coder)
        })
    }

    /// The coding form: hidden until a passage is selected or a proposal accepted.
    private static func form(_ source: Graph.Source) -> HTML {
        func input(_ name: String, _ label: String, list: String? = nil, readonly: Bool = false) -> HTML {
            var attributes: [HTML.Attribute] = [.id("f-\(name)"), HTML.Attribute("name", name), HTML.Attribute("autocomplete", "off")]
            if let list { attributes.append(HTML.Attribute("list", list)) }
            if readonly { attributes.append(.flag("readonly")) }
            return el(.label, [HTML.Attribute("for", "f-\(name)")], label, el(.input, attributes),
                      el(.span, [.class("field-error"), .id("e-\(name)")]))
        }
        func choice(_ name: String, _ legend: String, _ options: [(key: String, value: String)]) -> HTML {
            el(.fieldset, [.class("choice"), .id("f-\(name)"), HTML.Attribute("data-name", name)],
               el(.legend, [], legend),
               options.map { option in
                   el(.label, [],
                      el(.input, [HTML.Attribute("type", "radio"), HTML.Attribute("name", name), HTML.Attribute("value", option.value),
                                  HTML.Attribute("data-key", option.key)]),
                      el(.span, [.class("key")], option.key), " ", option.value)
               },
               el(.span, [.class("field-error"), .id("e-\(name)")]))
        }
        return el(
            .form, [.id("code-form"), .class("code-form"), .flag("hidden"), HTML.Attribute("data-source", source.id.rawValue)],
            el(.blockquote, [.id("f-quote-text"), .class("selected-text")]),
            el(.p, [.class("meta"), .id("f-where")], "offsets ", el(.span, [.id("f-range")]), " (code points)",
               el(.span, [.id("f-from-proposal")])),
            el(.input, [HTML.Attribute("type", "hidden"), .id("f-start"), HTML.Attribute("name", "start")]),
            el(.input, [HTML.Attribute("type", "hidden"), .id("f-end"), HTML.Attribute("name", "end")]),
            input("actor", "Actor (speaker)", list: "actor-names"),
            el(.datalist, [.id("actor-names")]),
            input("issue", "Issue", list: "issue-names"),
            el(.datalist, [.id("issue-names")]),
            choice("stance", "Stance", [("s", "supports"), ("o", "opposes"), ("m", "mixed"), ("n", "neutral")]),
            choice("basis", "Basis", [("t", "stated"), ("r", "reported"), ("i", "inferred")]),
            el(.label, [HTML.Attribute("for", "f-reported_by"), .class("reported-field"), .flag("hidden")],
               "Reported by (the actor whose words report the stance; empty when the article reports it)",
               el(.input, [.id("f-reported_by"), HTML.Attribute("name", "reported_by"), HTML.Attribute("autocomplete", "off"),
                           HTML.Attribute("list", "actor-names")]),
               el(.span, [.class("field-error"), .id("e-reported_by")])),
            choice("evidence", "Evidence", [("q", "quote"), ("p", "paraphrase")]),
            el(.label, [HTML.Attribute("for", "f-paraphrase"), .class("paraphrase-field"), .flag("hidden")], "Paraphrase",
               el(.input, [.id("f-paraphrase"), HTML.Attribute("name", "paraphrase"), HTML.Attribute("autocomplete", "off")]),
               el(.span, [.class("field-error"), .id("e-paraphrase")])),
            el(.p, [.class("field-error"), .id("e-form")]),
            el(.p, [.class("buttons")],
               el(.button, [HTML.Attribute("type", "submit"), .id("save")], "Save (Enter)"), " ",
               el(.button, [HTML.Attribute("type", "button"), .id("cancel"), .class("secondary")], "Cancel (Esc)")))
    }

    private static func proposals(_ view: CodeView) -> HTML {
        guard !view.proposals.items.isEmpty else {
            return el(.p, [.class("empty")], "The extractor proposes nothing in this article.")
        }
        return el(.ol, [.class("proposals"), .id("proposals")], view.proposals.items.map { item in
            el(.li,
               [.class(item.coded ? "proposal coded" : "proposal"), HTML.Attribute("data-key", item.key),
                HTML.Attribute("data-start", String(item.range.start)), HTML.Attribute("data-end", String(item.range.end))],
               el(.span, [.class("proposal-summary")], summary(item)),
               item.coded ? el(.small, [], " (coded)") : HTML.empty,
               grounds(item).map { el(.small, [.class("cues")], $0) } ?? HTML.empty,
               el(.q, [], item.text))
        })
    }

    private static func codings(_ view: SourceView, coders: [String: Int]) -> HTML {
        let source = view.source
        guard !source.positions.isEmpty else { return el(.p, [.class("empty"), .id("codings")], "Nothing coded yet.") }
        return el(.ul, [.class("codings"), .id("codings")], source.positions.map { position in
            el(.li, [.id("coding-\(position.id.rawValue)"), HTML.Attribute("data-position", position.id.rawValue)],
               el(.span, [.class("swatch coder-\(coders[position.coder] ?? 0)")], position.coder), " ",
               view.actorNames[position.actor.rawValue] ?? position.actor.rawValue, " ",
               Layout.stanceBadge(position.stance.rawValue), " ",
               view.issueNames[position.issue.rawValue] ?? position.issue.rawValue,
               el(.small, [], " \(position.basis.rawValue) · \(position.id.rawValue)"))
        })
    }

    /// Researchers' notes on this source and on its positions, each with what it is on, its coder and time.
    static func notes(_ view: CodeView, coders: [String: Int]) -> HTML {
        guard !view.notes.isEmpty else { return el(.p, [.class("empty"), .id("notes")], "No notes yet.") }
        return el(.ul, [.class("annotations notes"), .id("notes")], view.notes.map { note in
            el(.li, [.id("note-\(note.id.rawValue)"), HTML.Attribute("data-target", note.target.description)],
               el(.blockquote, [], note.text),
               el(.small, [], "\(note.coder), \(note.time) · on \(noteTarget(note.target, view.source))"))
        })
    }

    /// What a note is on, in words: "this source", or a position as "Actor stance Issue (id)".
    private static func noteTarget(_ target: Graph.Target, _ view: SourceView) -> String {
        guard target.kind == .position, let position = view.source.positions.first(where: { $0.id == target.id }) else {
            return target.kind == .source ? "this source" : target.description
        }
        return positionLabel(position, view)
    }

    private static func positionLabel(_ position: Graph.Position, _ view: SourceView) -> String {
        "\(view.actorNames[position.actor.rawValue] ?? position.actor.rawValue) \(position.stance.rawValue) "
            + "\(view.issueNames[position.issue.rawValue] ?? position.issue.rawValue) (\(position.id.rawValue))"
    }

    /// The form that adds a note (`POST /api/annotations`) on the source or one of its positions; only for those
    /// who may write.
    private static func noteForm(_ view: CodeView) -> HTML {
        guard let role = view.viewer?.role, role != .viewer else { return HTML.empty }
        let source = view.source.source
        let options = [el(.option, [HTML.Attribute("value", "source:\(source.id.rawValue)")], "this source")]
            + source.positions.map { position in
                el(.option, [HTML.Attribute("value", "position:\(position.id.rawValue)")], positionLabel(position, view.source))
            }
        return el(
            .form, [.id("note-form"), .class("note-form")],
            el(.label, [HTML.Attribute("for", "note-target")], "On", el(.select, [.id("note-target"), HTML.Attribute("name", "target")], options)),
            el(.label, [HTML.Attribute("for", "note-text")], "Note",
               el(.textarea, [.id("note-text"), HTML.Attribute("name", "text"), HTML.Attribute("rows", "3")])),
            el(.p, [.class("field-error"), .id("e-note")]),
            el(.p, [.class("buttons")], el(.button, [HTML.Attribute("type", "submit"), .id("add-note")], "Add note")))
    }

    /// The keys, shown by `?` (the same table as docs/keyboard.md).
    static let keys: [(String, String)] = [
        ("c or Enter", "code the selected passage (opens the form, prefilled)"),
        ("j / k", "next / previous uncoded proposal"),
        ("a", "accept the current proposal (form prefilled; Enter saves)"),
        ("e", "edit the current proposal (form prefilled, cursor in Actor)"),
        ("x", "reject the current proposal (remembered for you in this browser)"),
        ("] / [", "next / previous source"),
        ("Tab / Shift-Tab", "move through the form's fields"),
        ("s o m n", "in Stance: supports, opposes, mixed, neutral"),
        ("t r i", "in Basis: stated, reported, inferred"),
        ("q p", "in Evidence: the quote, or a paraphrase of the sentence"),
        ("Enter", "save the form"),
        ("Esc", "cancel the form, or close this map"),
        ("u", "undo my last change"),
        ("g", "refresh other coders' codings now"),
        ("?", "show or hide this map"),
    ]

    private static func keymap() -> HTML {
        el(.section, [.id("keymap"), .class("keymap"), .flag("hidden")],
           el(.h2, [], "Keys"),
           el(.table, [.class("answer")], el(.tbody, [], keys.map { key, action in
               el(.tr, [], el(.td, [], el(.code, [], key)), el(.td, [], action))
           })))
    }
}
