import StanceCore

/// A source: its metadata and date basis, and the article text with every coded quote and evidence sentence
/// highlighted. Each highlight carries an anchor (`#quote-ID`, `#sentence-POSITION`) that answers link to, and
/// itself links to the position(s) it proves, listed below the text.
enum SourcePage {
    static func render(_ view: SourceView) -> HTML {
        let source = view.source
        var content: [HTML] = [
            el(.h1, [], source.title),
            Layout.facts([
                ("Outlet", source.outlet), ("Author", source.author), ("Date", source.date.description),
                ("Date basis", source.dateBasis.rawValue), ("Date note", source.dateNote), ("Id", source.id.rawValue),
            ]),
            el(.p, [.class("meta")], Layout.link("JSON", Link(["api", "sources", source.id.rawValue])),
               " · \(view.spans.count) highlighted passage\(view.spans.count == 1 ? "" : "s")"),
        ]
        if let text = source.text {
            content.append(el(.article, [.class("article-text")], paragraphs(text, view.spans)))
        } else {
            content.append(el(.p, [.class("empty")], "This source was added without its article text."))
        }
        content.append(el(.h2, [], "Positions coded from this source"))
        content.append(positions(view))
        content.append(el(.h2, [], "Annotations"))
        content.append(EntityPages.annotations(view.annotations))
        return Layout.page(title: source.title, permalink: Link(["sources", source.id.rawValue]), content)
    }

    /// The text in paragraphs (blank-line separated), highlights cut to fit inside each.
    private static func paragraphs(_ text: String, _ spans: [Span]) -> [HTML] {
        var paragraphs: [HTML] = []
        var current: [HTML] = []
        var anchored = Set<String>()
        for piece in Span.segments(of: text, spans: spans) {
            let blocks = piece.text.components(separatedBy: "\n\n")
            for (index, block) in blocks.enumerated() {
                if index > 0 {
                    paragraphs.append(el(.p, [], current))
                    current = []
                }
                guard !block.isEmpty else { continue }
                guard let innermost = piece.covering.last else {
                    current.append(HTML(block))
                    continue
                }
                var attributes: [HTML.Attribute] = [
                    .class((["hl"] + piece.covering.map { "hl-\($0.kind.rawValue)" }).joined(separator: " ")),
                    // To the position it proves; a quote no position cites links to itself.
                    .href(Link.fragment(innermost.positions.first.map { "position-\($0)" } ?? innermost.anchor)),
                ]
                // The first piece of each span carries its anchor; a later piece of the same span does not.
                let fresh = piece.covering.filter { !anchored.contains($0.anchor) }
                if let first = fresh.last {
                    attributes.append(.id(first.anchor))
                    anchored.insert(first.anchor)
                }
                for other in fresh.dropLast() {
                    current.append(el(.span, [.id(other.anchor), .class("anchor")]))
                    anchored.insert(other.anchor)
                }
                current.append(el(.a, attributes, el(.mark, [], block)))
            }
        }
        if !current.isEmpty { paragraphs.append(el(.p, [], current)) }
        return paragraphs
    }

    private static func positions(_ view: SourceView) -> HTML {
        let source = view.source
        guard !source.positions.isEmpty else { return el(.p, [.class("empty")], "None.") }
        let located = Set(view.spans.map(\.anchor))
        let rows = source.positions.map { position -> HTML in
            let evidence: HTML
            switch position.evidence {
            case .quote(let id):
                let text = source.quotes.first { $0.id == id }?.text ?? id.rawValue
                let anchor = "quote-\(id.rawValue)"
                evidence = located.contains(anchor)
                    ? el(.a, [.href(Link.fragment(anchor))], "\u{201C}\(text)\u{201D}") : HTML("\u{201C}\(text)\u{201D}")
            case .paraphrase(let paraphrase, _):
                let anchor = "sentence-\(position.id.rawValue)"
                evidence = HTML.join([
                    HTML(paraphrase), HTML(" "),
                    located.contains(anchor)
                        ? el(.a, [.href(Link.fragment(anchor)), .class("to-sentence")], "(the sentence)")
                        : el(.small, [], "(sentence not found verbatim in the text)"),
                ])
            case .none:
                evidence = HTML("")
            }
            return el(
                .tr, [.id("position-\(position.id.rawValue)")],
                el(.td, [], Layout.link(view.actorNames[position.actor.rawValue] ?? position.actor.rawValue,
                                        Link(["actors", position.actor.rawValue]))),
                el(.td, [], Layout.stanceBadge(position.stance.rawValue)),
                el(.td, [], Layout.link(view.issueNames[position.issue.rawValue] ?? position.issue.rawValue,
                                        Link(["issues", position.issue.rawValue]))),
                el(.td, [], position.date?.description ?? ""),
                el(.td, [], position.basis.rawValue),
                el(.td, [.class("evidence")], evidence))
        }
        return el(
            .table, [.class("answer positions")],
            el(.thead, [], el(.tr, [], ["Actor", "Stance", "Issue", "Date", "Basis", "Evidence"].map { el(.th, [], $0) })),
            el(.tbody, [], rows))
    }
}
