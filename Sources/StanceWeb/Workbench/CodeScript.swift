/// `/static/code.js`: the coding workbench in the browser (docs/keyboard.md). Every write goes to the JSON API
/// (docs/api.md) with the session cookie and the `X-CSRF-Token` the server put in the page's
/// `<meta name="csrf-token">` (the header names the logged-in user); every offset is counted in Unicode code points, as the store counts them.
enum CodeScript {
    static let source = #"""
        "use strict";
        (function () {
          // The session's CSRF token and who is logged in, as the server rendered them (none for a visitor).
          var csrfMeta = document.querySelector('meta[name="csrf-token"]');
          var CSRF = csrfMeta ? csrfMeta.getAttribute("content") : null;

          function $(id) { return document.getElementById(id); }
          function codePoints(text) { return Array.from(text).length; }

          // A JSON request; resolves to {status, body} whatever the status (body null when not JSON).
          function api(method, url, body, headers) {
            var h = { "Accept": "application/json" };
            if (body !== undefined) { h["Content-Type"] = "application/json"; }
            if (method !== "GET" && CSRF) { h["X-CSRF-Token"] = CSRF; }
            Object.keys(headers || {}).forEach(function (k) { h[k] = headers[k]; });
            return fetch(url, { method: method, headers: h, credentials: "same-origin",
                                body: body === undefined ? undefined : JSON.stringify(body) })
              .then(function (response) {
                return response.text().then(function (text) {
                  var parsed = null;
                  try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
                  return { status: response.status, body: parsed, headers: response.headers };
                });
              });
          }

          function errorMessage(result) {
            var error = result.body && result.body.error;
            if (error && error.message) { return error.message; }
            if (result.status === 401) { return "log in first"; }
            if (result.status === 403) { return "your role may not make this change"; }
            return "the server answered " + result.status;
          }

          // Puts per-field errors next to their fields (ids e-NAME); what has no field goes to e-form.
          function showErrors(result, aliases) {
            var error = (result.body && result.body.error) || {};
            var fields = error.fields || {};
            var unplaced = [];
            Object.keys(fields).forEach(function (name) {
              var target = $("e-" + ((aliases || {})[name] || name));
              if (target && target.id !== "e-form") { target.textContent = fields[name]; } else { unplaced.push(name + ": " + fields[name]); }
            });
            var general = $("e-form");
            if (general && (unplaced.length > 0 || Object.keys(fields).length === 0)) {
              general.textContent = [errorMessage(result)].concat(unplaced).join("; ");
            }
          }

          function clearErrors(root) {
            Array.prototype.forEach.call((root || document).querySelectorAll(".field-error"), function (e) { e.textContent = ""; });
          }

          function status(text, isError) {
            var line = $("status");
            if (!line) { return; }
            line.textContent = text;
            line.className = isError ? "status error" : "status";
          }

          // ---- Login -------------------------------------------------------------------------------------
          var loginForm = $("login-form");
          if (loginForm) {
            loginForm.addEventListener("submit", function (event) {
              event.preventDefault();
              clearErrors(loginForm);
              api("POST", "/api/login", { name: $("l-name").value, password: $("l-password").value }).then(function (result) {
                if (result.status === 200 && result.body && result.body.csrf) {
                  var back = new URLSearchParams(location.search).get("next");
                  location.assign(back && back.charAt(0) === "/" && back.charAt(1) !== "/" ? back : "/code");
                } else if (result.status === 429) {
                  $("e-form").textContent = "Too many attempts; try again in " + (result.headers.get("Retry-After") || "a few") + " seconds.";
                } else if (result.status === 401) {
                  $("e-form").textContent = "Wrong name or password.";
                } else {
                  $("e-form").textContent = errorMessage(result);
                }
              });
            });
          }

          // ---- A new article -----------------------------------------------------------------------------
          var newForm = $("new-source");
          if (newForm) {
            newForm.addEventListener("submit", function (event) {
              event.preventDefault();
              clearErrors(newForm);
              var body = { title: $("n-title").value, date: $("n-date").value, text: $("n-text").value };
              if ($("n-outlet").value.trim()) { body.outlet = $("n-outlet").value.trim(); }
              if ($("n-url").value.trim()) { body.note = "URL: " + $("n-url").value.trim(); }
              api("POST", "/api/sources", body).then(function (result) {
                if (result.status === 201 && result.body && result.body.id) {
                  location.assign("/code/" + encodeURIComponent(result.body.id));
                } else {
                  showErrors(result, {});
                }
              });
            });
          }

          // ---- Undo (the coding view and the history page) ------------------------------------------------
          function undo() {
            return api("POST", "/api/undo", {}).then(function (result) {
              if (result.status === 200) {
                status("undone: " + (result.body && result.body.target ? result.body.target : "your last change"));
                return true;
              }
              status("cannot undo: " + errorMessage(result), true);
              return false;
            });
          }
          var undoButton = $("undo");
          if (undoButton && !$("workbench")) {
            undoButton.addEventListener("click", function () {
              undo().then(function (done) { if (done) { setTimeout(function () { location.reload(); }, 400); } });
            });
          }

          // An admin's review queue: undo any one change.
          Array.prototype.forEach.call(document.querySelectorAll("button.undo-change"), function (button) {
            button.addEventListener("click", function () {
              var change = Number(button.getAttribute("data-change"));
              api("POST", "/api/undo", { change: change }).then(function (result) {
                if (result.status === 200) {
                  status("undone: change #" + change);
                  setTimeout(function () { location.reload(); }, 400);
                } else {
                  status("cannot undo #" + change + ": " + errorMessage(result), true);
                }
              });
            });
          });

          // ---- The coding view ---------------------------------------------------------------------------
          var bench = $("workbench");
          if (!bench) { return; }
          var sourceID = bench.getAttribute("data-source");
          var form = $("code-form");
          var who = $("whoami");
          var me = who && who.getAttribute("data-name")
            ? { name: who.getAttribute("data-name"), role: who.getAttribute("data-role") } : null;
          var articleText = [];     // the article as code points
          var proposals = [];       // from /api/sources/ID/proposals
          var mentions = [];
          var current = -1;         // index into the visible uncoded proposals
          var formProposal = null;  // the proposal the open form came from
          var editing = null;       // {id, version, original} while a coded position is being edited

          // The article's text and the proposals; the page says data-ready="yes" once both are in.
          Promise.all([
            api("GET", "/api/sources/" + encodeURIComponent(sourceID)).then(function (result) {
              if (result.status === 200 && result.body && typeof result.body.text === "string") {
                articleText = Array.from(result.body.text);
              }
            }),
            api("GET", "/api/sources/" + encodeURIComponent(sourceID) + "/proposals").then(function (result) {
              if (result.status === 200 && result.body) {
                proposals = result.body.proposals || [];
                mentions = result.body.mentions || [];
              }
            }),
          ]).then(function () { bench.setAttribute("data-ready", "yes"); });

          // The code-point offset of a DOM point inside the article: its piece's data-o plus the code points
          // before it in the piece's text; null outside the article.
          function offsetOf(node, offset) {
            var article = $("article");
            if (!article || !article.contains(node)) { return null; }
            if (node.nodeType === Node.TEXT_NODE) {
              var piece = node.parentElement.closest("[data-o]");
              if (!piece) { return null; }
              return Number(piece.getAttribute("data-o")) + codePoints(node.data.slice(0, offset));
            }
            // An element boundary: the end of the last piece that ends at or before it (white space between
            // paragraphs, which no piece holds, is trimmed from a selection afterwards).
            var boundary = document.createRange();
            boundary.setStart(node, offset);
            boundary.collapse(true);
            var result = 0;
            Array.prototype.forEach.call(article.querySelectorAll("[data-o]"), function (piece) {
              var text = piece.firstChild;
              if (text && text.nodeType === Node.TEXT_NODE && boundary.comparePoint(text, text.length) <= 0) {
                result = Number(piece.getAttribute("data-o")) + codePoints(text.data);
              }
            });
            return result;
          }

          // The selection in the article as [start, end) in code points, white space at the ends left out.
          function selectedRange() {
            var selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return null; }
            var range = selection.getRangeAt(0);
            var start = offsetOf(range.startContainer, range.startOffset);
            var end = offsetOf(range.endContainer, range.endOffset);
            if (start === null || end === null || articleText.length === 0) { return null; }
            if (end < start) { var swap = start; start = end; end = swap; }
            while (start < end && /\s/.test(articleText[start])) { start++; }
            while (end > start && /\s/.test(articleText[end - 1])) { end--; }
            return end > start ? { start: start, end: end } : null;
          }

          function slice(start, end) { return articleText.slice(start, end).join(""); }

          // A DOM range over [start, end) of the article (the inverse of offsetOf).
          function domRange(start, end) {
            var pieces = document.querySelectorAll("#article [data-o]");
            function point(offset, atEnd) {
              var found = null;
              for (var i = 0; i < pieces.length; i++) {
                var text = pieces[i].firstChild, o = Number(pieces[i].getAttribute("data-o"));
                if (!text || text.nodeType !== Node.TEXT_NODE) { continue; }
                var points = Array.from(text.data);
                if (offset >= o && offset <= o + points.length) {
                  found = [text, points.slice(0, offset - o).join("").length];
                  if (atEnd || offset < o + points.length) { return found; }
                }
              }
              return found;
            }
            var a = point(start, false), b = point(end, true);
            if (!a || !b) { return null; }
            var range = document.createRange();
            range.setStart(a[0], a[1]);
            range.setEnd(b[0], b[1]);
            return range;
          }

          // The passage the open form codes stays marked in the article (the selection moves into the form).
          function markCoding(start, end) {
            if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") { return; }
            CSS.highlights.delete("coding");
            var range = start === null ? null : domRange(start, end);
            if (range) { CSS.highlights.set("coding", new Highlight(range)); }
          }

          function overlapping(start, end) {
            return proposals.filter(function (p) { return p.start < end && start < p.end; });
          }

          // A speaker for a passage nobody proposed: the nearest known actor named before its end in the
          // 600 code points before it.
          function guessActor(start, end) {
            var best = null;
            mentions.forEach(function (m) {
              if (m.kind === "actor" && m.start < end && m.start > start - 600 && (!best || m.start > best.start)) { best = m; }
            });
            return best;
          }

          function guessIssue(start, end) {
            var best = null, distance = Infinity;
            mentions.forEach(function (m) {
              if (m.kind !== "issue") { return; }
              var d = m.end <= start ? start - m.end : (m.start >= end ? m.start - end : 0);
              if (d < 400 && d < distance) { best = m; distance = d; }
            });
            return best;
          }

          function setChoice(name, value) {
            Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (input) {
              input.checked = input.value === value;
            });
            if (name === "evidence") { form.querySelector(".paraphrase-field").hidden = value !== "paraphrase"; }
            if (name === "basis") { form.querySelector(".reported-field").hidden = value !== "reported"; }
          }

          function choice(name) {
            var checked = form.querySelector("input[name=" + name + "]:checked");
            return checked ? checked.value : "";
          }

          // Opens the form for [start, end), prefilled from `proposal` or guessed from the extractor's mentions.
          function openForm(start, end, proposal, focusActor) {
            clearErrors(form);
            editing = null;
            formProposal = proposal || null;
            var p = proposal || overlapping(start, end).filter(function (q) { return q.actor; })[0] || null;
            $("f-start").value = String(start);
            $("f-end").value = String(end);
            $("f-quote-text").textContent = slice(start, end);
            $("f-range").textContent = start + "\u2013" + end;
            $("f-where").hidden = false;
            markCoding(start, end);
            $("f-from-proposal").textContent = proposal
              ? " \u00b7 from the extractor's proposal" + (proposal.cues && proposal.cues.length ? " (cue: " + proposal.cues.join(", ") + ")" : "")
              : "";
            var actor = p && p.actor ? p.actor : guessActor(start, end);
            $("f-actor").value = actor ? (actor.id && !actor["new"] ? actor.id : actor.name) : "";
            var issue = p && p.issue ? p.issue : guessIssue(start, end);
            $("f-issue").value = issue ? issue.id : "";
            setChoice("stance", p && p.stance ? p.stance : "");
            setChoice("basis", p && p.basis && p.kind === "sentence" ? p.basis : "stated");
            $("f-reported_by").value = p && p.kind === "sentence" && p.reported_by ? p.reported_by : "";
            setChoice("evidence", proposal && proposal.kind === "sentence" ? "paraphrase" : "quote");
            $("f-paraphrase").value = "";
            $("conflict").hidden = true;
            form.hidden = false;
            $("hint").hidden = true;
            if (focusActor || !proposal) {
              $("f-actor").focus();
              $("f-actor").select();
            } else {
              $("save").focus();
            }
          }

          function closeForm() {
            markCoding(null, null);
            form.hidden = true;
            editing = null;
            $("hint").hidden = false;
            document.activeElement && document.activeElement.blur();
          }

          function positionBody() {
            var body = { actor: $("f-actor").value.trim(), issue: $("f-issue").value.trim(), stance: choice("stance"),
                         source: sourceID, basis: choice("basis") };
            if (formProposal && formProposal.confidence) { body.confidence = formProposal.confidence; }
            var reporter = $("f-reported_by").value.trim();
            if (body.basis === "reported" && reporter) { body.reported_by = reporter; }
            return body;
          }

          var saving = false;
          function save() {
            if (saving) { return; }
            clearErrors(form);
            if (editing) { return saveEdit(); }
            var start = Number($("f-start").value), end = Number($("f-end").value);
            var text = slice(start, end);
            var body = positionBody();
            var missing = false;
            [["actor", body.actor], ["issue", body.issue], ["stance", body.stance], ["basis", body.basis]].forEach(function (pair) {
              if (!pair[1]) { $("e-" + pair[0]).textContent = "required"; missing = true; }
            });
            if (missing) { return; }
            saving = true;
            var done;
            if (choice("evidence") === "paraphrase") {
              body.paraphrase = $("f-paraphrase").value.trim();
              body.sentence = text;
              if (!body.paraphrase) { saving = false; $("e-paraphrase").textContent = "required"; return; }
              done = api("POST", "/api/positions", body).then(function (result) {
                if (result.status === 201) { return result.body.id; }
                showErrors(result, { sentence: "form" });
                return null;
              });
            } else {
              // The quote where it was selected (`start` picks the occurrence when the words occur twice), saved
              // with the position as one change: one undo takes back both.
              body.quote = { text: text, start: start };
              done = api("POST", "/api/positions", body).then(function (result) {
                if (result.status === 201) { return result.body.id; }
                showErrors(result, { "quote.speaker": "actor", "quote.issues": "issue", "quote.text": "form", "quote.start": "form", quote: "form" });
                return null;
              });
            }
            done.then(function (id) {
              saving = false;
              if (!id) { status("not saved: see the form", true); return; }
              status("saved position " + id);
              closeForm();
              // On to the next uncoded proposal, the saved message left in the status line.
              refresh().then(function () { nextProposal(1, true); });
            }, function (failure) {
              saving = false;
              status("not saved: " + failure, true);
            });
          }

          // ---- Editing a coded position, and the conflict when someone changed it since ------------------
          // The stored row of a GET /api/KIND/ID answer or a 409's "stored" (a snapshot: [{table, rows}]).
          function storedRow(stored, table) {
            var part = (stored || []).filter(function (p) { return p.table === table; })[0];
            return part && part.rows && part.rows[0] ? part.rows[0] : null;
          }

          function startEdit(positionID) {
            api("GET", "/api/positions/" + encodeURIComponent(positionID)).then(function (result) {
              var row = result.status === 200 && result.body ? storedRow(result.body.stored, "position") : null;
              if (!row) { status("cannot edit: " + errorMessage(result), true); return; }
              clearErrors(form);
              formProposal = null;
              editing = { id: positionID, version: result.body.version, original: row };
              $("f-quote-text").textContent = row.paraphrase ? row.paraphrase + " \u2014 " + (row.sentence || "") : "";
              if (row.quote_id) {
                api("GET", "/api/quotes/" + encodeURIComponent(row.quote_id)).then(function (quote) {
                  var stored = quote.status === 200 && quote.body ? storedRow(quote.body.stored, "quote") : null;
                  if (stored && editing && editing.id === positionID) { $("f-quote-text").textContent = stored.text; }
                });
              }
              $("f-where").hidden = true;
              $("f-actor").value = row.actor_id || "";
              $("f-issue").value = row.issue_id || "";
              setChoice("stance", row.stance);
              setChoice("basis", row.basis);
              $("f-reported_by").value = row.reported_by || "";
              setChoice("evidence", row.paraphrase ? "paraphrase" : "quote");
              $("f-paraphrase").value = row.paraphrase || "";
              $("conflict").hidden = true;
              form.hidden = false;
              $("hint").hidden = true;
              (form.querySelector("input[name=stance]:checked") || form.querySelector("input[name=stance]")).focus();
            });
          }

          // The fields the coder changed, named as PATCH takes them.
          function editBody() {
            var row = editing.original, body = {};
            var now = { actor: $("f-actor").value.trim(), issue: $("f-issue").value.trim(), stance: choice("stance"),
                        basis: choice("basis") };
            if (now.actor !== row.actor_id) { body.actor = now.actor; }
            if (now.issue !== row.issue_id) { body.issue = now.issue; }
            if (now.stance !== row.stance) { body.stance = now.stance; }
            if (now.basis !== row.basis) { body.basis = now.basis; }
            var reporter = now.basis === "reported" ? $("f-reported_by").value.trim() : "";
            if (reporter !== (row.reported_by || "")) { body.reported_by = reporter || null; }
            if (row.paraphrase && $("f-paraphrase").value.trim() !== row.paraphrase) { body.paraphrase = $("f-paraphrase").value.trim(); }
            return body;
          }

          function saveEdit() {
            var mine = editBody();
            if (Object.keys(mine).length === 0) { status("nothing changed"); closeForm(); return; }
            saving = true;
            return api("PATCH", "/api/positions/" + encodeURIComponent(editing.id), mine,
                       { "If-Match": String(editing.version) }).then(function (result) {
              saving = false;
              if (result.status === 200) {
                status("saved " + editing.id);
                closeForm();
                refresh();
              } else if (result.status === 409 && result.body && result.body.error) {
                showConflict(mine, result.body.error);
              } else {
                showErrors(result, {});
              }
            });
          }

          // Theirs and mine side by side; keeping theirs drops my edit (it stays in the form until then),
          // keeping mine saves it over theirs, against their version.
          function showConflict(mine, conflict) {
            var panel = $("conflict");
            var theirs = storedRow(conflict.stored, "position") || {};
            var original = editing.original;
            while (panel.firstChild) { panel.removeChild(panel.firstChild); }
            var title = document.createElement("h2");
            title.textContent = "Changed since you opened it: " + (conflict.changed_by || "");
            panel.appendChild(title);
            var table = document.createElement("table");
            table.className = "answer conflict-table";
            var head = table.insertRow();
            ["", "Theirs (saved)", "Yours (not saved)"].forEach(function (label) {
              var th = document.createElement("th"); th.textContent = label; head.appendChild(th);
            });
            [["actor", "actor_id"], ["issue", "issue_id"], ["stance", "stance"], ["basis", "basis"],
             ["confidence", "confidence"], ["paraphrase", "paraphrase"], ["note", "note"]].forEach(function (pair) {
              var a = theirs[pair[1]], b = pair[0] in mine ? mine[pair[0]] : original[pair[1]];
              a = a === null || a === undefined ? "" : String(a);
              b = b === null || b === undefined ? "" : String(b);
              if (!a && !b) { return; }
              var row = table.insertRow();
              [pair[0], a, b].forEach(function (value, i) {
                var cell = row.insertCell(); cell.textContent = value;
                if (i > 0 && a !== b) { cell.className = "differs"; }
              });
            });
            panel.appendChild(table);
            var keepTheirs = document.createElement("button");
            keepTheirs.type = "button"; keepTheirs.id = "keep-theirs"; keepTheirs.className = "secondary";
            keepTheirs.textContent = "Keep theirs";
            keepTheirs.addEventListener("click", function () { panel.hidden = true; closeForm(); refresh(); });
            var keepMine = document.createElement("button");
            keepMine.type = "button"; keepMine.id = "keep-mine"; keepMine.textContent = "Save mine over theirs";
            keepMine.addEventListener("click", function () {
              panel.hidden = true;
              editing.version = conflict.current_version;
              editing.original = theirs;
              saveEdit();
            });
            panel.appendChild(keepTheirs);
            panel.appendChild(document.createTextNode(" "));
            panel.appendChild(keepMine);
            panel.hidden = false;
            keepMine.focus();
          }

          // ---- Proposals: ghost highlights to accept, edit or reject ------------------------------------
          function rejectionKey() { return "stance.rejected." + (me && me.name ? me.name : "") + "." + sourceID; }
          function rejected() {
            try { return JSON.parse(localStorage.getItem(rejectionKey()) || "[]"); } catch (e) { return []; }
          }
          function applyRejections() {
            var gone = rejected();
            Array.prototype.forEach.call(document.querySelectorAll("#proposals li"), function (li) {
              li.classList.toggle("rejected", gone.indexOf(li.getAttribute("data-key")) >= 0);
            });
            Array.prototype.forEach.call(document.querySelectorAll("#article .ghost"), function (span) {
              var keys = span.getAttribute("data-proposals").split(" ");
              span.classList.toggle("ghost-rejected", keys.every(function (k) { return gone.indexOf(k) >= 0; }));
            });
          }

          function open() {
            return Array.prototype.filter.call(document.querySelectorAll("#proposals li"), function (li) {
              return !li.classList.contains("coded") && !li.classList.contains("rejected");
            });
          }

          function showCurrent(list, quiet) {
            Array.prototype.forEach.call(document.querySelectorAll(".current"), function (e) { e.classList.remove("current"); });
            var li = list[current];
            if (!li) { if (!quiet) { status("no uncoded proposal left"); } return; }
            li.classList.add("current");
            var key = li.getAttribute("data-key");
            var first = null;
            Array.prototype.forEach.call(document.querySelectorAll("#article .ghost"), function (span) {
              if (span.getAttribute("data-proposals").split(" ").indexOf(key) >= 0) {
                span.classList.add("current");
                first = first || span;
              }
            });
            (first || li).scrollIntoView({ block: "center" });
            if (!quiet) { status("proposal " + (current + 1) + " of " + list.length + ": " + li.querySelector(".proposal-summary").textContent); }
          }

          function nextProposal(step, quiet) {
            var list = open();
            if (list.length === 0) { current = -1; if (!quiet) { status("no uncoded proposal left"); } return; }
            current = current < 0 ? (step > 0 ? 0 : list.length - 1) : (current + step + list.length) % list.length;
            showCurrent(list, quiet);
          }

          function currentProposal() {
            var li = open()[current];
            if (!li) { return null; }
            var key = li.getAttribute("data-key");
            return proposals.filter(function (p) { return p.key === key; })[0] || null;
          }

          function reject() {
            var p = currentProposal();
            if (!p) { return; }
            var gone = rejected();
            gone.push(p.key);
            localStorage.setItem(rejectionKey(), JSON.stringify(gone));
            applyRejections();
            current -= 1;
            nextProposal(1);
          }

          // ---- Other coders' codings: redrawn after each save and every 10 seconds -----------------------
          function refresh() {
            return fetch("/code/" + encodeURIComponent(sourceID), { credentials: "same-origin" })
              .then(function (response) { return response.ok ? response.text() : null; })
              .then(function (html) {
                if (!html) { return; }
                var page = new DOMParser().parseFromString(html, "text/html");
                var fresh = page.getElementById("article");
                var old = $("article");
                if (fresh && old && fresh.getAttribute("data-stamp") !== old.getAttribute("data-stamp")) {
                  old.replaceWith(document.adoptNode(fresh));
                  ["proposals", "codings", "notes"].forEach(function (id) {
                    var replacement = page.getElementById(id);
                    if (replacement && $(id)) { $(id).replaceWith(document.adoptNode(replacement)); }
                  });
                  // The positions a note may be on, the chosen one kept.
                  var targets = page.getElementById("note-target");
                  if (targets && $("note-target")) {
                    var chosen = $("note-target").value;
                    $("note-target").replaceWith(document.adoptNode(targets));
                    if (Array.prototype.some.call(targets.options, function (o) { return o.value === chosen; })) { targets.value = chosen; }
                  }
                  var legend = page.querySelector(".legend");
                  if (legend && document.querySelector(".legend")) { document.querySelector(".legend").replaceWith(document.adoptNode(legend)); }
                  applyRejections();
                  bindCodings();
                  current = -1;
                }
              })
              .catch(function () {});
          }
          setInterval(function () { if (!document.hidden && form.hidden) { refresh(); } }, 10000);

          // ---- Notes: a researcher's annotation on the source or on one of its coded positions ------------
          var noteForm = $("note-form");
          function refreshNotes() {
            return fetch("/code/" + encodeURIComponent(sourceID), { credentials: "same-origin" })
              .then(function (response) { return response.ok ? response.text() : null; })
              .then(function (html) {
                if (!html) { return; }
                var page = new DOMParser().parseFromString(html, "text/html");
                ["notes", "note-target"].forEach(function (id) {
                  var replacement = page.getElementById(id);
                  if (replacement && $(id)) { $(id).replaceWith(document.adoptNode(replacement)); }
                });
              });
          }
          if (noteForm) {
            noteForm.addEventListener("submit", function (event) {
              event.preventDefault();
              clearErrors(noteForm);
              var target = $("note-target").value;
              var text = $("note-text").value;
              if (!text.trim()) { $("e-note").textContent = "write the note first"; return; }
              api("POST", "/api/annotations", { target: target, text: text }).then(function (result) {
                if (result.status === 201) {
                  $("note-text").value = "";
                  status("saved note " + (result.body && result.body.id ? result.body.id : ""));
                  refreshNotes();
                } else {
                  showErrors(result, { target: "note", text: "note", form: "note" });
                  if (!$("e-note").textContent) { $("e-note").textContent = errorMessage(result); }
                }
              });
            });
          }

          function bindCodings() {
            Array.prototype.forEach.call(document.querySelectorAll("#codings li[data-position]"), function (li) {
              if (li.querySelector("button.edit")) { return; }
              var button = document.createElement("button");
              button.type = "button"; button.className = "edit secondary"; button.textContent = "edit";
              button.addEventListener("click", function () { startEdit(li.getAttribute("data-position")); });
              li.appendChild(document.createTextNode(" "));
              li.appendChild(button);
            });
          }
          bindCodings();

          // ---- Keys --------------------------------------------------------------------------------------
          form.addEventListener("submit", function (event) { event.preventDefault(); save(); });
          $("cancel").addEventListener("click", closeForm);
          $("undo").addEventListener("click", function () { undo().then(function (done) { if (done) { refresh(); } }); });

          form.addEventListener("keydown", function (event) {
            var target = event.target;
            if (event.key === "Escape") { event.preventDefault(); closeForm(); return; }
            if (target.type === "radio" && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
              var group = target.closest("fieldset");
              var pick = group && group.querySelector("input[data-key='" + event.key.toLowerCase() + "']");
              if (pick) {
                event.preventDefault();
                pick.checked = true;
                pick.focus();
                if (pick.name === "evidence" || pick.name === "basis") { setChoice(pick.name, pick.value); }
              }
              return;
            }
            if (event.key === "Enter" && target.tagName !== "BUTTON" && target.tagName !== "TEXTAREA") {
              event.preventDefault();
              save();
            }
          });
          Array.prototype.forEach.call(form.querySelectorAll("input[name=evidence], input[name=basis]"), function (input) {
            input.addEventListener("change", function () { setChoice(input.name, input.value); });
          });

          // Completion for actor and issue from /api/complete, through the question a name can follow.
          function complete(input, list, lead) {
            var pending = 0;
            input.addEventListener("input", function () {
              var ticket = ++pending;
              var typed = input.value;
              fetch("/api/complete?prefix=" + encodeURIComponent(lead + typed), { credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (completion) {
                  if (!completion || ticket !== pending) { return; }
                  var head = Array.from(lead + typed).slice(0, completion.start).join("").slice(lead.length);
                  while (list.firstChild) { list.removeChild(list.firstChild); }
                  completion.candidates.slice(0, 30).forEach(function (candidate) {
                    var option = document.createElement("option");
                    option.value = (head + candidate).replace(/^"|"$/g, "");
                    list.appendChild(option);
                  });
                })
                .catch(function () {});
            });
          }
          complete($("f-actor"), $("actor-names"), "positions of ");
          complete($("f-issue"), $("issue-names"), "who opposes ");

          document.addEventListener("keydown", function (event) {
            var target = event.target;
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            if (target.closest && (target.closest("form") || target.closest("input, textarea, select"))) { return; }
            var keymap = $("keymap");
            switch (event.key) {
            case "?": keymap.hidden = !keymap.hidden; break;
            case "Escape": keymap.hidden = true; closeForm(); break;
            case "c": case "Enter":
              var range = selectedRange();
              if (!range) { if (event.key === "c") { status("select a passage in the article first", true); } return; }
              openForm(range.start, range.end, null, true);
              break;
            case "j": nextProposal(1); break;
            case "k": nextProposal(-1); break;
            case "a": case "e":
              var p = currentProposal();
              if (!p) { status("no proposal chosen: press j", true); return; }
              openForm(p.start, p.end, p, event.key === "e");
              break;
            case "x": reject(); break;
            case "]": if ($("next-source")) { location.assign($("next-source").href); } break;
            case "[": if ($("previous-source")) { location.assign($("previous-source").href); } break;
            case "u": undo().then(function (done) { if (done) { refresh(); } }); break;
            case "g": refresh(); status("refreshed"); break;
            default: return;
            }
            event.preventDefault();
          });
        })();
        """#
}
