import StanceCore

/// The actor and issue pages.
enum EntityPages {
    static func actor(_ view: ActorView) -> HTML {
        let actor = view.actor
        var content: [HTML] = [
            el(.h1, [], actor.name, " ", el(.small, [.class("kind")], actor.kind.rawValue)),
            Layout.facts([
                ("Id", actor.id.rawValue), ("Also called", actor.aliases.joined(separator: "; ")),
                ("About", actor.description),
            ]),
            el(.p, [.class("meta")], Layout.link("JSON", Link(["api", "actors", actor.id.rawValue]))),
            el(.h2, [], "Positions over time"),
            Timeline.svg(view.positions.rows.map { row in
                Timeline.Point(
                    lane: AnswerTable.display(row[["issue", "name"]] ?? .null),
                    date: AnswerTable.display(row[["date"]] ?? .null),
                    stance: AnswerTable.display(row[["stance"]] ?? .null),
                    link: AnswerTable.link(row, ["evidence", "text"], shape: view.positions.shape))
            }),
            AnswerTable.render(view.positions),
            el(.h2, [], "Quotes"), AnswerTable.render(view.quotes),
        ]
        if !view.affiliations.rows.isEmpty {
            content += [el(.h2, [], "Affiliations"), AnswerTable.render(view.affiliations)]
        }
        if !view.members.rows.isEmpty {
            content += [el(.h2, [], "Members"), AnswerTable.render(view.members)]
        }
        if !view.contradictions.rows.isEmpty {
            content += [el(.h2, [], "Contradicts itself"), contradictionNotes(view.contradictions)]
        }
        content += [
            el(.h2, [], "Agrees with"), AnswerTable.render(view.agrees),
            el(.h2, [], "Disagrees with"), AnswerTable.render(view.disagrees),
            el(.h2, [], "Annotations"), annotations(view.annotations),
        ]
        return Layout.page(title: actor.name, permalink: Link(["actors", actor.id.rawValue]), content)
    }

    static func issue(_ view: IssueView) -> HTML {
        let issue = view.issue
        var content: [HTML] = [
            el(.h1, [], issue.name),
            Layout.facts([
                ("Id", issue.id.rawValue), ("Also called", issue.aliases.joined(separator: "; ")),
                ("Talked about as", issue.terms.joined(separator: "; ")),
                ("About", issue.description),
                ("Part of", issue.parent.map { Layout.link($0.rawValue, Link(["issues", $0.rawValue])) }),
            ]),
            el(.p, [.class("meta")], Layout.link("JSON", Link(["api", "issues", issue.id.rawValue]))),
            el(.h2, [], "Who stands where now"),
            Timeline.svg(view.stances.flatMap { _, answer in
                answer.rows.map { row in
                    Timeline.Point(
                        lane: AnswerTable.display(row[["actor", "name"]] ?? .null),
                        date: AnswerTable.display(row[["date"]] ?? .null),
                        stance: AnswerTable.display(row[["stance"]] ?? .null),
                        link: AnswerTable.link(row, ["evidence", "text"], shape: answer.shape))
                }
            }),
        ]
        for (stance, answer) in view.stances where !answer.rows.isEmpty {
            content += [el(.h3, [], Layout.stanceBadge(stance.rawValue)), AnswerTable.render(answer)]
        }
        content += [el(.h2, [], "Changes of stance"), AnswerTable.render(view.changes)]
        if !view.contradictions.rows.isEmpty {
            content += [el(.h2, [], "Contradictions"), contradictionNotes(view.contradictions)]
        }
        content += [
            el(.h2, [], "Quotes"), AnswerTable.render(view.quotes),
            el(.h2, [], "Annotations"), annotations(view.annotations),
        ]
        return Layout.page(title: issue.name, permalink: Link(["issues", issue.id.rawValue]), content)
    }

    /// One "contradicts" note per pair: who, on what, and both positions, each linked to its evidence in its source.
    static func contradictionNotes(_ answer: Answer) -> HTML {
        el(.ul, [.class("contradictions")], answer.rows.map { row -> HTML in
            func side(_ key: String) -> HTML {
                let text = "\(AnswerTable.display(row[[key, "stance"]] ?? .null)) (\(AnswerTable.display(row[[key, "date"]] ?? .null)), "
                    + "\(AnswerTable.display(row[[key, "source", "label"]] ?? .null)), \(AnswerTable.display(row[[key, "basis_label"]] ?? .null)))"
                guard let link = AnswerTable.link(row, [key, "text"], shape: answer.shape) else { return HTML(text) }
                return el(.a, [.href(link)], text)
            }
            return el(
                .li, [.class("contradicts")],
                AnswerTable.display(row[["actor", "name"]] ?? .null), " contradicts itself on ",
                AnswerTable.display(row[["issue", "name"]] ?? .null), ": ", side("earlier"), " against ", side("later"))
        })
    }

    static func annotations(_ list: [Graph.Annotation]) -> HTML {
        guard !list.isEmpty else { return el(.p, [.class("empty")], "None.") }
        return el(.ul, [.class("annotations")], list.map { note in
            el(.li, [], el(.blockquote, [], note.text), el(.small, [], "\(note.coder), \(note.time)"))
        })
    }
}

/// A small timeline: one lane per issue (or actor), a dot per position at its date, coloured by stance.
enum Timeline {
    struct Point {
        var lane: String
        var date: String
        var stance: String
        var link: Link?
    }

    static func svg(_ points: [Point]) -> HTML {
        let dated = points.compactMap { point in Timeline.year(point.date).map { (point, $0) } }
        guard !dated.isEmpty else { return el(.p, [.class("empty")], "No dated positions.") }
        var lanes: [String] = []
        for (point, _) in dated where !lanes.contains(point.lane) { lanes.append(point.lane) }
        let first = (dated.map(\.1).min() ?? 0).rounded(.down)
        let last = max((dated.map(\.1).max() ?? 0).rounded(.up), first + 1)
        let labelWidth = 260.0, plotWidth = 560.0, laneHeight = 22.0
        let height = Double(lanes.count) * laneHeight + 30
        func x(_ value: Double) -> String { format(labelWidth + (value - first) / (last - first) * plotWidth) }
        var parts: [HTML] = []
        for (index, lane) in lanes.enumerated() {
            let y = Double(index) * laneHeight + 16
            parts.append(el(.text, [HTML.Attribute("x", "0"), HTML.Attribute("y", format(y + 4)), .class("lane")],
                            String(lane.prefix(40))))
            parts.append(el(.line, [HTML.Attribute("x1", format(labelWidth)), HTML.Attribute("x2", format(labelWidth + plotWidth)),
                                    HTML.Attribute("y1", format(y)), HTML.Attribute("y2", format(y)), .class("lane-rule")]))
        }
        var tick = Int(first)
        while Double(tick) <= last {
            let position = x(Double(tick))
            parts.append(el(.text, [HTML.Attribute("x", position), HTML.Attribute("y", format(height - 4)), .class("tick")], String(tick)))
            tick += 1
        }
        for (point, value) in dated {
            guard let lane = lanes.firstIndex(of: point.lane) else { continue }
            let dot = el(
                .circle,
                [HTML.Attribute("cx", x(value)), HTML.Attribute("cy", format(Double(lane) * laneHeight + 16)),
                 HTML.Attribute("r", "6"), .class("dot stance-\(point.stance)")],
                el(.svgTitle, [], "\(point.lane): \(point.stance), \(point.date)"))
            parts.append(point.link.map { el(.a, [.href($0)], dot) } ?? dot)
        }
        return el(
            .svg,
            [.class("timeline"), HTML.Attribute("viewBox", "0 0 \(format(labelWidth + plotWidth + 40)) \(format(height))"),
             HTML.Attribute("role", "img"), HTML.Attribute("aria-label", "positions over time")],
            parts)
    }

    /// `2017-09-05` as a fractional year; nil for text that is not a date.
    static func year(_ date: String) -> Double? {
        guard let parsed = PartialDate(date) else { return nil }
        let parts = parsed.firstDay.split(separator: "-").compactMap { Double($0) }
        guard parts.count == 3 else { return nil }
        return parts[0] + (parts[1] - 1) / 12 + (parts[2] - 1) / 365
    }

    static func format(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}
