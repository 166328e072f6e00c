import Hummingbird

/// The stylesheet and the one script, served from our own routes so the Content-Security-Policy needs no
/// `unsafe-inline` and a page loads nothing from the network.
extension WebApp {
    func addAssetRoutes(to router: Router<WebContext>) {
        router.get("/static/stance.css") { _, _ in
            Reply.body(Assets.css, type: "text/css; charset=utf-8", cache: "public, max-age=300")
        }
        router.get("/static/stance.js") { _, _ in
            Reply.body(Assets.script, type: "text/javascript; charset=utf-8", cache: "public, max-age=300")
        }
    }
}

enum Assets {
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #fbfbf8; --accent: #1f5fa8;
          --supports: #2e8540; --opposes: #c2362b; --mixed: #b07d12; --neutral: #6f7785; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
        header nav { display: flex; gap: 1.2em; align-items: baseline; padding: .7em 1.5em; border-bottom: 1px solid var(--line); background: #fff; }
        header nav a { color: var(--ink); text-decoration: none; }
        header nav a.brand { font-weight: 700; font-size: 1.15em; }
        header nav a.permalink { margin-left: auto; color: var(--muted); font-size: .9em; }
        main { max-width: 1200px; margin: 0 auto; padding: 1em 1.5em 3em; }
        footer { color: var(--muted); font-size: .85em; text-align: center; padding: 1em; }
        h1 { font-size: 1.6em; margin: .6em 0 .3em; }
        h1 small.kind { color: var(--muted); font-weight: 400; font-size: .6em; }
        a { color: var(--accent); }
        form.ask { display: flex; gap: .5em; align-items: center; margin: 1em 0; }
        form.ask label { font-weight: 600; }
        form.ask input { flex: 1; font-size: 1.1em; padding: .45em .6em; border: 1px solid #aab; border-radius: 4px; }
        button { font-size: 1em; padding: .45em 1em; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: end; margin: 1em 0; }
        form.filters label { display: flex; flex-direction: column; font-size: .85em; color: var(--muted); }
        form.filters input, form.filters select { font-size: 1em; padding: .3em; }
        table.answer { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; background: #fff; }
        table.answer th, table.answer td { border-bottom: 1px solid var(--line); padding: .35em .5em; text-align: left; vertical-align: top; }
        table.answer th { font-size: .85em; color: var(--muted); }
        td.evidence { max-width: 40em; }
        .stance { display: inline-block; padding: 0 .5em; border-radius: 3px; color: #fff; font-size: .85em; background: var(--neutral); }
        .stance-supports { background: var(--supports); fill: var(--supports); }
        .stance-opposes { background: var(--opposes); fill: var(--opposes); }
        .stance-mixed { background: var(--mixed); fill: var(--mixed); }
        .stance-neutral { background: var(--neutral); fill: var(--neutral); }
        pre.error, p.error { background: #fdecea; border: 1px solid #f5b7b1; padding: .8em; white-space: pre-wrap; }
        .meta, .empty { color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        article.article-text { background: #fff; border: 1px solid var(--line); padding: 1em 1.5em; max-width: 48em; font-family: Georgia, serif; font-size: 1.05em; }
        a.hl { color: inherit; text-decoration: none; }
        a.hl mark { background: #fff1a8; padding: .05em 0; }
        a.hl.hl-quote mark { background: #ffe27a; }
        a.hl.hl-sentence mark { background: #d9ecff; }
        a.hl.hl-quote.hl-sentence mark { background: #ffd3a1; }
        a.hl:target mark, .anchor:target + a.hl mark { outline: 3px solid var(--accent); background: #ffb938 !important; }
        tr:target { background: #fff5cc; }
        svg.timeline { width: 100%; max-width: 840px; height: auto; background: #fff; border: 1px solid var(--line); margin: .5em 0; }
        svg .lane { font-size: 12px; fill: var(--ink); }
        svg .tick { font-size: 11px; fill: var(--muted); }
        svg .lane-rule { stroke: var(--line); }
        svg.network { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
        svg .edge { stroke-opacity: .45; }
        svg .edge.agree { stroke: var(--supports); }
        svg .edge.conflict { stroke: var(--opposes); }
        svg .edge.tie { stroke: #7a8599; }
        svg .node { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
        svg .node.kind-government { fill: #7b3fa0; }
        svg .node.kind-organization { fill: #2b7a8c; }
        svg .node.kind-issue { fill: var(--mixed); }
        svg .node-label { font-size: 11px; fill: var(--ink); }
        div.scroll { overflow-x: auto; }
        table.matrix { border-collapse: collapse; font-size: .85em; background: #fff; }
        table.matrix th, table.matrix td { border: 1px solid #fff; padding: .2em .35em; }
        table.matrix th.issue { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 14em; font-weight: 500; }
        table.matrix th[scope=row] { text-align: right; font-weight: 500; white-space: nowrap; }
        table.matrix td.cell { width: 1.8em; text-align: center; color: #fff; }
        .contradicts { outline: 2px dashed #000; outline-offset: -3px; }
        table.matrix td.empty { background: #f1f2f4; }
        ul.examples li, ul.suggestions li { margin: .2em 0; }
        ul.counts { display: flex; gap: 1.5em; list-style: none; padding: 0; }
        """

    /// Completion for the question box: asks `/api/complete` for what can follow and offers whole questions
    /// in the box's datalist. The page works without it.
    static let script = """
        "use strict";
        (function () {
          var box = document.getElementById("q");
          var list = document.getElementById("completions");
          if (!box || !list || !window.fetch) { return; }
          var pending = 0;
          box.addEventListener("input", function () {
            var typed = box.value;
            var ticket = ++pending;
            fetch("/api/complete?prefix=" + encodeURIComponent(typed))
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (completion) {
                if (!completion || ticket !== pending) { return; }
                var head = Array.from(typed).slice(0, completion.start).join("");
                while (list.firstChild) { list.removeChild(list.firstChild); }
                completion.candidates.slice(0, 30).forEach(function (candidate) {
                  var option = document.createElement("option");
                  option.value = head + candidate;
                  list.appendChild(option);
                });
              })
              .catch(function () {});
          });
        })();
        """
}
