import StanceCore

/// Writes a position matrix as one self-contained HTML page: a heat-map table in colour-blind-safe hues, with
/// each cell's evidence in its tooltip and, on click, in a details panel.
///
/// Nothing is fetched: the CSS, the data (inline JSON) and the script are in the page, and every piece of
/// data is escaped with `HTMLText`.
struct MatrixHTMLWriter {
    /// The whole page, ending with a newline.
    func render(_ m: PositionMatrix) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="stance">
            <title>Position matrix: \(HTMLText.escape(m.dimensions))</title>
            <style>
            \(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>Position matrix</h1>

            """
        if !m.rule.isEmpty {
            out += "<p class=\"caption\">\(HTMLText.escape(m.rule))</p>\n"
        }
        out += "<p class=\"summary\">\(HTMLText.escape(summary(m)))</p>\n"
        out += legend(contradictions: m.hasContradictions)
        out += "</header>\n<main>\n"
        out += table(m)
        out += Self.panel
        out += "</main>\n"
        if let snapshot = m.snapshot {
            out += "<footer><p class=\"caption\">Graph snapshot \(HTMLText.escape(snapshot))</p></footer>\n"
        }
        out += "<script type=\"application/json\" id=\"stance-data\">\(HTMLText.scriptJSON(data(m)))</script>\n"
        out += "<script>\n\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// `37 actors × 17 issues · 120 supports · 80 opposes · … · hover or click a cell for its evidence`.
    func summary(_ m: PositionMatrix) -> String {
        let counts = m.stanceCounts
        var parts = [m.dimensions]
        for stance in Graph.Stance.allCases {
            parts.append("\(counts[stance, default: 0]) \(stance.rawValue)")
        }
        parts.append("hover or click a cell for its evidence")
        return parts.joined(separator: " · ")
    }

    /// The legend: a swatch with its symbol for each stance, and an empty one for no position.
    /// With `contradictions`, an entry for the mark of a cell that contradicts itself.
    func legend(contradictions: Bool = false) -> String {
        var out = "<ul class=\"legend\" aria-label=\"Legend\">\n"
        for entry in MatrixTableWriter.legend {
            let name = entry.stance?.rawValue ?? "none"
            let symbol = entry.stance == nil ? "" : entry.symbol
            out += "<li><span class=\"swatch \(name)\" aria-hidden=\"true\">\(symbol)</span>\(entry.word)</li>\n"
        }
        if contradictions {
            out += "<li><span class=\"swatch none contradicts\" aria-hidden=\"true\">\(PositionMatrix.contradictionMark)</span>"
                + "contradicts itself: supports and opposes in the window</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The table: issue names as rotated column headers, actor name and kind as row headers, one cell per pair.
    func table(_ m: PositionMatrix) -> String {
        var out = "<div class=\"scroll\">\n<table class=\"matrix\" id=\"matrix\">\n<thead>\n<tr>"
        out += "<th class=\"corner\" scope=\"col\">Actor</th>"
        for issue in m.issues {
            let name = HTMLText.escape(issue.name)
            out += "<th class=\"issue\" scope=\"col\" title=\"\(name)\"><div>\(name)</div></th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (row, actor) in m.actors.enumerated() {
            let name = HTMLText.escape(actor.name)
            let kind = HTMLText.escape(actor.kind)
            let label = actor.kind.isEmpty ? name : "\(name) (\(kind))"
            out += "<tr><th scope=\"row\" title=\"\(label)\"><span class=\"name\">\(name)</span>"
            if !actor.kind.isEmpty { out += " <span class=\"kind\">\(kind)</span>" }
            out += "</th>"
            for (column, issue) in m.issues.enumerated() {
                out += cell(m.cellAt(row, column), actor: actor, issue: issue, row: row, column: column)
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    /// One `<td>`: the stance class and symbol, the tooltip, and the indices the script looks the evidence up by.
    func cell(
        _ cell: PositionMatrix.Cell?, actor: PositionMatrix.Actor, issue: PositionMatrix.Issue, row: Int, column: Int
    ) -> String {
        let pair = actor.name + " — " + issue.name
        guard let cell else {
            return "<td class=\"none\" title=\"\(HTMLText.escape(pair + ": no position"))\"></td>"
        }
        let title = HTMLText.escape(Self.tooltip(cell, pair: pair))
        let symbol = MatrixTableWriter.symbol(cell.stance)
        let mark = cell.contradicts ? PositionMatrix.contradictionMark : ""
        let classes = cell.stance.rawValue + (cell.contradicts ? " contradicts" : "")
        return "<td class=\"\(classes)\" data-r=\"\(row)\" data-c=\"\(column)\" tabindex=\"0\" "
            + "title=\"\(title)\">\(symbol)\(mark)</td>"
    }

    /// The tooltip text: the pair, the stance, the evidence and where it comes from, one per line.
    static func tooltip(_ cell: PositionMatrix.Cell, pair: String) -> String {
        var stance = cell.stance.rawValue
        if cell.latestStance != cell.stance { stance += " (latest: \(cell.latestStance.rawValue))" }
        stance += " · \(cell.positions) position" + (cell.positions == 1 ? "" : "s")
        var lines = [pair, stance]
        if cell.contradicts { lines.append("contradicts itself: supports and opposes in the window") }
        if !cell.evidence.isEmpty { lines.append("“" + cell.evidence + "”") }
        let origin = [cell.sourceTitle, cell.date, cell.basis].filter { !$0.isEmpty }
        if !origin.isEmpty { lines.append(origin.joined(separator: " · ")) }
        return lines.joined(separator: "\n")
    }

    /// The data the details panel reads: actors, issues and a grid of cells (null where none).
    func data(_ m: PositionMatrix) -> AnswerValue {
        let actors: [AnswerValue] = m.actors.map { .object([("name", .text($0.name)), ("kind", .text($0.kind))]) }
        let issues: [AnswerValue] = m.issues.map { .object([("name", .text($0.name))]) }
        let cells: [AnswerValue] = m.actors.indices.map { row in
            .list(m.issues.indices.map { column in m.cellAt(row, column).map(MatrixTextWriter.cellValue) ?? .null })
        }
        return .object([("actors", .list(actors)), ("issues", .list(issues)), ("cells", .list(cells))])
    }

    /// The details panel, hidden until a cell is chosen; the script fills it with `textContent` only.
    static let panel = """
        <aside id="details" class="details" hidden aria-live="polite">
        <button type="button" class="close" aria-label="Close details">×</button>
        <p class="pair"><span id="d-actor"></span><br><span id="d-issue"></span></p>
        <p class="stance" id="d-stance"></p>
        <blockquote id="d-evidence"></blockquote>
        <dl>
        <dt>Source</dt><dd id="d-source"></dd>
        <dt>Date</dt><dd id="d-date"></dd>
        <dt>Basis</dt><dd id="d-basis"></dd>
        <dt>Positions</dt><dd id="d-positions"></dd>
        <dt>Latest position</dt><dd id="d-position"></dd>
        </dl>
        </aside>

        """

    /// The page's style: Okabe–Ito blue for supports, vermillion for opposes, hatched reddish purple for mixed,
    /// grey for neutral, near-white for none; sticky headers so large matrices stay readable while scrolling.
    static let css = """
        :root { --supports: #0072B2; --opposes: #D55E00; --mixed: #CC79A7; --mixed-light: #EBC6DA;
          --neutral: #CFCFCF; --none: #FAFAFA; --ink: #1B1B1B; --muted: #5E5E5E; --line: #9A9A9A; }
        * { box-sizing: border-box; }
        body { margin: 1.25rem 1.5rem; color: var(--ink); background: #FFFFFF;
          font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
        .caption { margin: 0 0 .3rem; max-width: 60rem; }
        .summary { margin: 0 0 .6rem; color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; list-style: none; padding: 0; margin: 0 0 .9rem; }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .matrix td.contradicts, .swatch.contradicts { outline: 2px dashed #000; outline-offset: -3px; }
        .swatch { display: inline-block; width: 1.7em; height: 1.5em; line-height: 1.5em; text-align: center;
          font-weight: 700; border: 1px solid var(--line); }
        .scroll { overflow: auto; max-height: calc(100vh - 2.5rem); border: 1px solid #DDDDDD; width: max-content;
          max-width: 100%; }
        table.matrix { border-collapse: separate; border-spacing: 0; }
        .matrix th, .matrix td { padding: 0; }
        .matrix thead th { position: sticky; top: 0; z-index: 2; background: #FFFFFF; vertical-align: bottom;
          border-bottom: 1px solid var(--line); font-weight: 600; }
        .matrix thead th.corner { left: 0; z-index: 3; text-align: left; padding: .3rem .6rem;
          border-right: 1px solid var(--line); }
        .matrix th.issue > div { writing-mode: vertical-rl; transform: rotate(180deg); width: 2rem;
          max-height: 14rem; overflow: hidden; padding: .4rem 0; margin: 0 auto; text-align: left;
          font-size: .85rem; line-height: 1.1; overflow-wrap: anywhere; font-weight: 500; }
        .matrix tbody th { position: sticky; left: 0; z-index: 1; background: #FFFFFF; text-align: left;
          font-weight: 500; padding: 0 .6rem 0 .5rem; white-space: nowrap; max-width: 22rem; overflow: hidden;
          text-overflow: ellipsis; border-right: 1px solid var(--line); }
        .matrix .kind { color: var(--muted); font-size: .82em; font-weight: 400; }
        .matrix td { min-width: 2rem; width: 2rem; height: 1.6rem; text-align: center; font-weight: 700;
          font-size: .9rem; border-right: 1px solid #FFFFFF; border-bottom: 1px solid #FFFFFF; }
        .matrix tbody tr:nth-child(5n) td, .matrix tbody tr:nth-child(5n) th { border-bottom: 2px solid #FFFFFF; }
        .matrix tbody tr:nth-child(5n) th { border-bottom-color: #E4E4E4; }
        .matrix td:nth-child(5n+1) { border-right-width: 2px; }
        td.supports, .swatch.supports { background: var(--supports); color: #FFFFFF; }
        td.opposes, .swatch.opposes { background: var(--opposes); color: #FFFFFF; }
        td.mixed, .swatch.mixed { color: #000000;
          background: repeating-linear-gradient(135deg, var(--mixed) 0 3px, var(--mixed-light) 3px 6px); }
        td.neutral, .swatch.neutral { background: var(--neutral); color: #333333; }
        td.none, .swatch.none { background: var(--none); }
        .matrix td.none { border-color: #EFEFEF; }
        .matrix td[data-r] { cursor: pointer; }
        .matrix td[data-r]:hover, .matrix td:focus-visible, .matrix td.selected { outline: 2px solid #000000;
          outline-offset: -2px; }
        .matrix tbody tr:hover th, .matrix thead th.hover { background: #EEF3F8; }
        .details { position: fixed; right: 1rem; bottom: 1rem; width: min(28rem, calc(100vw - 2rem));
          max-height: 70vh; overflow: auto; background: #FFFFFF; border: 1px solid var(--line);
          border-left: .5rem solid var(--line); box-shadow: 0 .3rem 1.2rem rgba(0, 0, 0, .22);
          padding: .8rem 1rem; z-index: 10; color: var(--ink); }
        .details.supports { border-left-color: var(--supports); }
        .details.opposes { border-left-color: var(--opposes); }
        .details.mixed { border-left-color: var(--mixed); }
        .details.neutral { border-left-color: var(--neutral); }
        .details[hidden] { display: none; }
        .details .close { position: absolute; top: .3rem; right: .4rem; border: 0; background: none;
          font-size: 1.4rem; line-height: 1; cursor: pointer; color: var(--muted); }
        .details .pair { font-weight: 600; margin: 0 1.5rem .4rem 0; }
        .details .stance { margin: 0 0 .5rem; }
        .details blockquote { margin: 0 0 .6rem; padding: .1rem 0 .1rem .7rem; border-left: 3px solid #DDDDDD;
          white-space: pre-wrap; }
        .details dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: 0; }
        .details dt { color: var(--muted); }
        .details dd { margin: 0; overflow-wrap: anywhere; }
        @media print { .scroll { overflow: visible; max-height: none; border: 0; } .details { display: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }

        """

    /// The script: opens the details panel for a clicked (or Enter-pressed) cell and marks the hovered column.
    static let script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("stance-data").textContent);
          var table = document.getElementById("matrix");
          var panel = document.getElementById("details");
          var heads = table.tHead ? table.tHead.rows[0].cells : [];
          var selected = null, hovered = null;
          function put(id, text) { document.getElementById(id).textContent = text; }
          function dash(text) { return text ? text : "\\u2014"; }
          function show(td) {
            var r = Number(td.getAttribute("data-r")), c = Number(td.getAttribute("data-c"));
            var row = data.cells[r], cell = row ? row[c] : null;
            if (!cell) { return; }
            var actor = data.actors[r], issue = data.issues[c];
            put("d-actor", actor.name + (actor.kind ? " (" + actor.kind + ")" : ""));
            put("d-issue", issue.name);
            put("d-stance", cell.stance + (cell.latest_stance !== cell.stance ? " (latest: " + cell.latest_stance + ")" : ""));
            put("d-evidence", dash(cell.evidence));
            put("d-source", dash(cell.source));
            put("d-date", dash(cell.date));
            put("d-basis", dash(cell.basis));
            put("d-positions", String(cell.positions));
            put("d-position", dash(cell.position));
            panel.className = "details " + cell.stance;
            panel.hidden = false;
            if (selected) { selected.classList.remove("selected"); }
            selected = td;
            td.classList.add("selected");
          }
          function hide() {
            panel.hidden = true;
            if (selected) { selected.classList.remove("selected"); selected = null; }
          }
          function cellOf(target) {
            while (target && target !== table) {
              if (target.tagName === "TD") { return target; }
              target = target.parentNode;
            }
            return null;
          }
          table.addEventListener("click", function (event) {
            var td = cellOf(event.target);
            if (td && td.hasAttribute("data-r")) { show(td); }
          });
          table.addEventListener("keydown", function (event) {
            var td = cellOf(event.target);
            if (td && td.hasAttribute("data-r") && (event.key === "Enter" || event.key === " ")) {
              event.preventDefault();
              show(td);
            }
          });
          table.addEventListener("mouseover", function (event) {
            var td = cellOf(event.target), head = td ? heads[td.cellIndex] : null;
            if (hovered && hovered !== head) { hovered.classList.remove("hover"); }
            hovered = head || null;
            if (hovered) { hovered.classList.add("hover"); }
          });
          table.addEventListener("mouseleave", function () {
            if (hovered) { hovered.classList.remove("hover"); hovered = null; }
          });
          panel.querySelector(".close").addEventListener("click", hide);
          document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });
        })();

        """
}
