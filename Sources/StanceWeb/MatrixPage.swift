import StanceCore
import StanceQuery
import StanceStore

/// `/matrix`: the actor × issue heat map with its filters as a form.
enum MatrixPage {
    static func render(_ form: MatrixForm, _ result: Result<PositionMatrix, FormProblem>) -> HTML {
        var content: [HTML] = [el(.h1, [], "Positions matrix"), filters(form)]
        switch result {
        case .failure(let problem):
            content.append(el(.p, [.class("error"), .id("form-error")], problem.message))
        case .success(let matrix):
            content.append(
                el(.p, [.class("meta")], "\(matrix.actors.count) actors × \(matrix.issues.count) issues · ",
                   Layout.link("JSON", Link(["api", "matrix"], query: form.pairs)), " · legend: ",
                   Layout.stanceBadge("supports"), " ", Layout.stanceBadge("opposes"), " ",
                   Layout.stanceBadge("mixed"), " ", Layout.stanceBadge("neutral"),
                   matrix.hasContradictions
                       ? HTML.join([HTML(" "), el(.span, [.class("badge contradicts")], "\(PositionMatrix.contradictionMark) contradicts itself")])
                       : HTML("")))
            content.append(table(matrix))
        }
        return Layout.page(title: "Matrix", permalink: Link(["matrix"], query: form.pairs), content)
    }

    static func filters(_ form: MatrixForm, action: Link = Link(["matrix"]), extra: [HTML] = []) -> HTML {
        el(
            .form, [.action(action), HTML.Attribute("method", "get"), .class("filters")],
            extra,
            select("kind", "Kind", [""] + Graph.Actor.Kind.allCases.map(\.rawValue), form.kind),
            field("issues", "Issues (comma-separated names)", form.issues),
            field("since", "Since", form.since, placeholder: "YYYY-MM"),
            field("until", "Until", form.until, placeholder: "YYYY-MM-DD"),
            select("order", "Order", MatrixRequest.Order.allCases.map(\.rawValue), form.order),
            select("rule", "Cell", MatrixRequest.Rule.allCases.map(\.rawValue), form.rule),
            field("basis", "Basis", form.basis, placeholder: "stated,reported,inferred"),
            el(.button, [HTML.Attribute("type", "submit")], "Show"))
    }

    static func field(_ name: String, _ label: String, _ value: String, placeholder: String = "") -> HTML {
        el(.label, [], label, " ",
           el(.input, [HTML.Attribute("name", name), HTML.Attribute("value", value), HTML.Attribute("placeholder", placeholder)]))
    }

    static func select(_ name: String, _ label: String, _ options: [String], _ chosen: String) -> HTML {
        el(.label, [], label, " ",
           el(.select, [HTML.Attribute("name", name)], options.map { option in
               el(.option, option == chosen ? [HTML.Attribute("value", option), .flag("selected")] : [HTML.Attribute("value", option)],
                  option.isEmpty ? "any" : option)
           }))
    }

    private static func table(_ matrix: PositionMatrix) -> HTML {
        let head = el(
            .thead, [],
            el(.tr, [], [el(.th, [], "Actor")] + matrix.issues.map { issue in
                el(.th, [.class("issue")], Layout.link(issue.name, Link(["issues", issue.id])))
            }))
        let rows = matrix.actors.enumerated().map { index, actor -> HTML in
            let cells = matrix.issues.indices.map { column -> HTML in
                guard index < matrix.cells.count, column < matrix.cells[index].count, let cell = matrix.cells[index][column]
                else { return el(.td, [.class("cell empty")]) }
                var label = "\(actor.name) \(cell.stance.rawValue) \(matrix.issues[column].name) (\(cell.date), \(cell.basis)): \(cell.evidence)"
                var text = String(cell.stance.rawValue.prefix(1)).uppercased()
                var classes = "cell stance-\(cell.stance.rawValue)"
                if cell.contradicts {
                    label += " · contradicts itself: supports and opposes in the window"
                    text += PositionMatrix.contradictionMark
                    classes += " contradicts"
                }
                return el(.td, [.class(classes), HTML.Attribute("title", label)], el(.span, [.class("cell-text")], text))
            }
            return el(.tr, [], [el(.th, [HTML.Attribute("scope", "row")], Layout.link(actor.name, Link(["actors", actor.id])))] + cells)
        }
        return el(.div, [.class("scroll")], el(.table, [.class("matrix")], head, el(.tbody, [], rows)))
    }
}

/// `/network`: the congruence or conflict network as SVG, laid out by `NetworkLayout`, with download links.
enum NetworkPage {
    static func render(_ form: NetworkForm, _ result: Result<Network, FormProblem>) -> HTML {
        let typeSelect = MatrixPage.select("type", "Network", Network.Kind.allCases.map(\.rawValue), form.type)
        let normalizeSelect = MatrixPage.select(
            "normalize", "Normalise", Network.Normalization.allCases.map(\.rawValue), form.normalize)
        var content: [HTML] = [
            el(.h1, [], "Network"),
            MatrixPage.filters(form.matrix, action: Link(["network"]), extra: [typeSelect, normalizeSelect]),
        ]
        switch result {
        case .failure(let problem):
            content.append(el(.p, [.class("error"), .id("form-error")], problem.message))
        case .success(let network):
            let downloads = [("GraphML", "graphml"), ("GEXF", "gexf"), ("CSV", "csv"), ("Edge list", "edges"), ("JSON", "json")]
            content.append(
                el(.p, [.class("meta downloads")],
                   "\(network.nodes.count) nodes, \(network.edges.count) edges · download: ",
                   downloads.map { label, format in
                       HTML.join([
                           el(.a, [.href(Link(["api", "network"], query: form.pairs + [("format", format)])),
                                   HTML.Attribute("download", "stance-\(form.type).\(format == "edges" ? "csv" : format)")], label),
                           HTML(" "),
                       ])
                   }))
            content.append(NetworkLayout.svg(network))
        }
        return Layout.page(title: "Network", permalink: Link(["network"], query: form.pairs), content)
    }
}

/// `/log`: the change log, newest first.
enum LogPage {
    static func render(_ changes: [Change]) -> HTML {
        let content: [HTML] = [
            el(.h1, [], "Change log"),
            changes.isEmpty
                ? el(.p, [.class("empty")], "No changes through Stance yet (a database built from graph-data/ starts empty).")
                : el(
                    .table, [.class("answer log")],
                    el(.thead, [], el(.tr, [], ["#", "Time", "Coder", "Change", "Target"].map { el(.th, [], $0) })),
                    el(.tbody, [], changes.map { change in
                        el(.tr, [], el(.td, [], change.id), el(.td, [], change.time), el(.td, [], change.coder),
                           el(.td, [], change.operation), el(.td, [], targetLink(change.target)))
                    })),
        ]
        return Layout.page(title: "Change log", permalink: Link(["log"]), content)
    }

    private static func targetLink(_ target: String) -> HTML {
        guard let parsed = Graph.Target(target), [.actor, .issue, .source].contains(parsed.kind) else { return HTML(target) }
        return Layout.link(target, Link([parsed.kind.rawValue + "s", parsed.id.rawValue]))
    }
}
