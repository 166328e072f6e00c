#!/usr/bin/env python3
"""Drive `stance serve` in a real Chromium, as a reader would, and save screenshots to docs/.

Usage: python3 .ci/web-browser.py [--stance .build/debug/stance] [--screenshots docs]

Builds a KORUS database, starts `stance serve --port 0` on the loopback address, and with Selenium and Debian's
chromium + chromium-driver (headless):
  1. opens /, checks the completion list fills from /api/complete, types "who opposes withdrawal" and submits;
  2. checks the answer table lists the actors who oppose withdrawal with their evidence;
  3. follows James W. Fatheree's quote to /sources/…#quote-…: the targeted element is a highlighted passage
     holding exactly that quote, scrolled into view;
  4. opens the actor page from the answer and checks the timeline and positions are shown;
  5. opens the matrix from the navigation, orders it by similarity through its form, and checks the heat map;
  6. opens the network and checks the SVG draws every node;
  7. the coding workbench (docs/keyboard.md): /, an answer, a source page and /code/ID log no console error for
     a visitor nor for a coder (the header names who is logged in, rendered by the server); a coder logs in, selects a sentence in a KORUS article, codes a
     position with the keyboard only and finds it in `who opposes …` on the ask page; editing it after someone
     else changed it shows both versions side by side (409); a viewer's save is refused; undo removes it; a new
     article pasted at /code/new opens with proposals waiting, three positions are coded in it with the keyboard,
     another coder's position appears in the open page without a key pressed, `stance export` writes ann's
     three to graph-data/ under her name, and an admin undoes the other coder's position from the review queue;
     before that, a note written in the view on a coded position is listed with what it is on;
  8. checks the browser console holds no Content-Security-Policy violation or script error.
Screenshots of /, the answer, the source page, the network and the coding view go to docs/web-*.png.

Without chromium, chromedriver or selenium it prints one line saying how to run it and exits 0, except under
CI (CI=true), where it fails: CI installs them (.ci/run).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

HOW = ("apt-get install -y chromium chromium-driver && python3 -m pip install selenium && "
       "python3 .ci/web-browser.py")


def missing_tools():
    missing = [tool for tool in ("chromium", "chromedriver") if shutil.which(tool) is None]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (PyPI)")
    return missing


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stance", default=".build/debug/stance")
    parser.add_argument("--screenshots", default="docs")
    args = parser.parse_args()

    missing = missing_tools()
    if missing:
        if os.environ.get("CI") == "true":
            print(f"error: web browser test needs {', '.join(missing)}; install: {HOW}", file=sys.stderr)
            return 1
        print(f"skipped: the web browser test needs {', '.join(missing)}; to run it: {HOW}")
        return 0

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    stance = os.path.abspath(args.stance)
    work = tempfile.mkdtemp(prefix="stance-web-")
    db = os.path.join(work, "korus.sqlite")
    subprocess.run([stance, "build", "--db", db], check=True, stdout=subprocess.DEVNULL)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import workbench
    workbench.add_user(stance, db, "ann", "coder", "ann-password-1")
    workbench.add_user(stance, db, "vic", "viewer", "vic-password-1")
    workbench.add_user(stance, db, "cora", "coder", "cora-password-1")
    workbench.add_user(stance, db, "ada", "admin", "ada-password-1")
    server = None
    driver = None
    try:
        server, base = workbench.serve(stance, db)

        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium")
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,1000",
                     "--hide-scrollbars", "--disable-gpu"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        wait = WebDriverWait(driver, 10)
        shots = os.path.abspath(args.screenshots)
        os.makedirs(shots, exist_ok=True)

        # 1. The front page, completion, and the question.
        driver.get(base + "/")
        box = wait.until(EC.presence_of_element_located((By.ID, "q")))
        check("Who stands where" in driver.find_element(By.TAG_NAME, "h1").text, "front page heading")
        box.send_keys("who oppo")
        wait.until(lambda d: any(o.get_attribute("value") == "who opposes"
                                 for o in d.find_elements(By.CSS_SELECTOR, "#completions option")))
        box.clear()
        box.send_keys("who opposes withdrawal")
        driver.save_screenshot(os.path.join(shots, "web-home.png"))
        box.send_keys(Keys.ENTER)

        # 2. The answer.
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.answer-who")))
        check("/ask?q=who+opposes+withdrawal" in driver.current_url or
              "/ask?q=who%20opposes%20withdrawal" in driver.current_url, f"answer URL {driver.current_url}")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.answer-who tbody tr")
        names = [row.find_element(By.CSS_SELECTOR, "td").text for row in rows]
        check(len(rows) == 7, f"7 actors oppose withdrawal in KORUS, the page shows {len(rows)}: {names}")
        for name in ("James W. Fatheree", "South Korea", "Trump's cabinet members"):
            check(name in names, f"{name} missing from the answer: {names}")
        check(all(row.find_element(By.CSS_SELECTOR, ".stance").text == "opposes" for row in rows), "stances")
        driver.save_screenshot(os.path.join(shots, "web-answer.png"))

        # 3. Follow Fatheree's quote to its sentence in the article.
        fatheree = next(row for row in rows if row.find_element(By.CSS_SELECTOR, "td").text == "James W. Fatheree")
        quote_link = fatheree.find_element(By.CSS_SELECTOR, "td.evidence a")
        quote = quote_link.text.strip("\u201c\u201d")
        check(quote == "We want to make sure we keep the agreement intact", f"Fatheree's quote is {quote!r}")
        href = quote_link.get_attribute("href")
        check("/sources/" in href and "#quote-" in href, f"the quote links to {href}")
        quote_link.click()
        wait.until(EC.url_contains("/sources/"))
        anchor = href.split("#", 1)[1]
        target = wait.until(EC.presence_of_element_located((By.ID, anchor)))
        check("hl-quote" in target.get_attribute("class"), f"#{anchor} is not a highlighted quote")
        check(target.text == quote, f"#{anchor} holds {target.text!r}, not the quote")
        check(driver.execute_script("return document.querySelector(':target') === arguments[0]", target),
              "the quote is not the page's :target")
        top = driver.execute_script("return arguments[0].getBoundingClientRect().top", target)
        check(-5 <= top < 1000, f"the highlighted quote is not scrolled into view (top {top})")
        position = target.get_attribute("href").split("#", 1)[1]
        check(driver.find_element(By.ID, position).tag_name == "tr", "the highlight links to its position row")
        check("Date basis" in driver.page_source, "the source's date basis is shown")
        # For the picture, the quote in the middle of the window with the text around it.
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
        driver.save_screenshot(os.path.join(shots, "web-source.png"))

        # 4. The actor page, from the answer.
        driver.back()
        wait.until(EC.presence_of_element_located((By.LINK_TEXT, "James W. Fatheree"))).click()
        wait.until(EC.url_contains("/actors/james-fatheree"))
        check(driver.find_element(By.TAG_NAME, "h1").text.startswith("James W. Fatheree"), "actor heading")
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg.timeline circle")) >= 1, "actor timeline is empty")
        check("We want to make sure we keep the agreement intact" in driver.page_source, "actor's quote missing")

        # 5. The matrix, ordered by similarity through its form.
        driver.find_element(By.LINK_TEXT, "Matrix").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.matrix")))
        Select(driver.find_element(By.NAME, "order")).select_by_value("similarity")
        driver.find_element(By.CSS_SELECTOR, "form.filters button").click()
        wait.until(EC.url_contains("order=similarity"))
        actors = driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
        with urllib.request.urlopen(base + "/api/matrix?order=similarity") as response:
            expected = [actor["id"] for actor in json.load(response)["actors"]]
        shown = [row.find_element(By.CSS_SELECTOR, "th a").get_attribute("href").rsplit("/", 1)[1] for row in actors]
        check(shown == expected, f"the matrix rows {shown} are not the API's {expected}")
        check(len(driver.find_elements(By.CSS_SELECTOR, "td.stance-opposes")) >= 7, "opposes cells missing")

        # 6. The network.
        driver.set_window_size(1300, 1150)
        driver.get(base + "/network?type=congruence&normalize=jaccard")
        svg = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "svg.network")))
        summary = driver.find_element(By.CSS_SELECTOR, "p.downloads").text
        nodes = int(re.match(r"(\d+) nodes", summary).group(1))
        check(len(svg.find_elements(By.CSS_SELECTOR, "circle.node")) == nodes, "the SVG does not draw every node")
        check(len(driver.find_elements(By.PARTIAL_LINK_TEXT, "GraphML")) == 1, "GraphML download link")
        driver.save_screenshot(os.path.join(shots, "web-network.png"))

        # 7. The coding workbench; first, the pages as a visitor and as a coder log nothing to the console (the
        # header is rendered with the session: no page asks /api/me, which answers a visitor 401).
        problems = severe(driver.get_log("browser"))
        check(not problems, f"browser console before the workbench: {problems}")
        quiet_pages(driver, wait, base, workbench, "an anonymous visitor", By)
        workbench.log_in(driver, wait, base, "ann", "ann-password-1")
        quiet_pages(driver, wait, base, workbench, "a coder", By)
        check(driver.find_elements(By.CSS_SELECTOR, 'meta[name="csrf-token"]'), "a coder's page has no CSRF token")
        workbench.log_out(driver, wait)
        code_workbench(driver, wait, base, shots, workbench, By, Keys, EC)
        new_article(driver, wait, base, stance, db, workbench, By, Keys, EC)

        # 8. No policy violation or script error along the way (a missing favicon is not one, nor the statuses
        # the workbench provokes on purpose: the viewer's 403 and the 409).
        problems = [message for message in severe(driver.get_log("browser"))
                    if not re.search(r"/api/\S+ - Failed to load resource: the server responded with a status of "
                                     r"(403|409)", message)]
        check(not problems, f"browser console: {problems}")
        print(f"web browser test: 8 steps passed against {base}; screenshots in {args.screenshots}/web-*.png")
        return 0
    except AssertionError as failure:
        print(f"error: web browser test: {failure}", file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


def api(base, method, path, body=None, cookie=None, csrf=None, headers=None):
    """A JSON request outside the browser: (status, headers, parsed body)."""
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if cookie:
        request.add_header("Cookie", cookie)
    if csrf:
        request.add_header("X-CSRF-Token", csrf)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode()
            return response.status, response.headers, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        return error.code, error.headers, json.loads(text) if text else None


def severe(entries):
    """The console's errors, but for the missing favicon (the server has none)."""
    return [entry["message"] for entry in entries if entry["level"] == "SEVERE" and "favicon" not in entry["message"]]


def quiet_pages(driver, wait, base, workbench, who_is, By):
    """/, an answer, a source page and the coding view log no error to the console for `who_is`."""
    for page in ("/", "/ask?q=who+opposes+withdrawal", "/sources/nyt-2018-01-04", "/code/nyt-2018-01-04"):
        driver.get(base + page)
        wait.until(lambda d: d.find_elements(By.ID, "whoami"))
        if page.startswith("/code/"):
            workbench.open_source(driver, wait, base, "nyt-2018-01-04")
        problems = severe(driver.get_log("browser"))
        check(not problems, f"browser console on {page} as {who_is}: {problems}")


def quote_ids(base, source):
    with urllib.request.urlopen(base + "/api/sources/" + source) as response:
        return sorted(span["id"] for span in json.load(response)["spans"] if span["kind"] == "quote")


def who(base, question):
    with urllib.request.urlopen(base + "/api/query?q=" + urllib.parse.quote(question)) as response:
        return [row["actor"]["id"] for row in json.load(response)["rows"]]


def code_workbench(driver, wait, base, shots, workbench, By, Keys, EC):
    source = "korus-renegotiation-2018-02"
    question = "who opposes bilateral-trade-deals"
    with urllib.request.urlopen(base + "/api/sources/" + source) as response:
        text = json.load(response)["text"]
    passage = "This is not going to be fixed by bilateral trade negotiations"
    start = text.index(passage)  # Python counts code points, as the store does
    end = start + len(passage)
    check("james-fatheree" not in who(base, question), "Fatheree already opposes bilateral trade deals")
    quotes_before = quote_ids(base, source)

    # A coder logs in (keys only), opens the article, selects the sentence and codes it with the keyboard.
    workbench.log_in(driver, wait, base, "ann", "ann-password-1")
    workbench.open_source(driver, wait, base, source)
    check(driver.find_elements(By.CSS_SELECTOR, "#article span.ghost"), "no proposals drawn as ghosts")
    check(driver.find_elements(By.CSS_SELECTOR, "#article mark.coded"), "no coded passages marked")
    selected = driver.execute_script(workbench.SELECT, start, end)
    check(selected == passage, f"selected {selected!r}")
    driver.find_element(By.TAG_NAME, "body").send_keys("c")
    wait.until(EC.visibility_of_element_located((By.ID, "code-form")))
    check(driver.find_element(By.ID, "f-quote-text").text == passage, "the form does not hold the selection")
    check(driver.find_element(By.ID, "f-range").text == f"{start}\u2013{end}", "the form's offsets")
    check(driver.find_element(By.ID, "f-actor").get_attribute("value") == "james-fatheree",
          f"speaker guessed as {driver.find_element(By.ID, 'f-actor').get_attribute('value')!r}")
    active = driver.switch_to.active_element
    for key in (Keys.TAB, Keys.CONTROL + "a", "bilateral-trade-deals", Keys.TAB, "o", Keys.TAB, "r"):
        active.send_keys(key)
        active = driver.switch_to.active_element
    # The reporter's field is there for a reported stance only, and the paraphrase's for a paraphrase only.
    check(driver.find_element(By.ID, "f-reported_by").is_displayed(), "no reporter field for a reported stance")
    check(not driver.find_element(By.ID, "f-paraphrase").is_displayed(), "a paraphrase field beside a quote")
    active.send_keys("i")
    active = driver.switch_to.active_element
    check(not driver.find_element(By.ID, "f-reported_by").is_displayed(), "a reporter field for an inferred stance")
    # For the picture: the selected passage in the middle of the window, the form beside it.
    driver.execute_script("""var pieces = document.querySelectorAll('#article [data-o]'), at = null;
        for (var i = 0; i < pieces.length; i++) { if (Number(pieces[i].getAttribute('data-o')) <= arguments[0]) at = pieces[i]; }
        at.scrollIntoView({block: 'end'});""", start)
    driver.save_screenshot(os.path.join(shots, "web-code.png"))
    active.send_keys(Keys.ENTER)
    saved = workbench.wait_for_status(driver, wait, "saved position ")
    position = saved.rsplit(" ", 1)[1]
    wait.until(EC.presence_of_element_located((By.ID, "coding-" + position)))

    # It is in the answer on the ask page.
    driver.get(base + "/ask?q=" + urllib.parse.quote(question))
    rows = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.answer-who tbody tr"))
    check(any(row.find_element(By.CSS_SELECTOR, "td").text == "James W. Fatheree" for row in rows),
          "the coded position is not in the answer")

    # Someone changes it while the coder edits it: the page shows theirs and yours side by side.
    workbench.open_source(driver, wait, base, source)
    driver.find_element(By.CSS_SELECTOR, f"#coding-{position} button.edit").click()
    wait.until(EC.visibility_of_element_located((By.ID, "code-form")))
    status, headers, body = api(base, "POST", "/api/login", {"name": "ann", "password": "ann-password-1"})
    check(status == 200, f"second login: {status} {body}")
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    status, headers, current = api(base, "GET", "/api/positions/" + position, cookie=cookie)
    check(status == 200, f"GET /api/positions/{position}: {status}")
    version = headers.get("ETag", "").strip('"') or str(current.get("version"))
    status, _, body2 = api(base, "PATCH", "/api/positions/" + position, {"confidence": "low"}, cookie=cookie,
                           csrf=body["csrf"], headers={"If-Match": version})
    check(status == 200, f"the other session's edit: {status} {body2}")
    active = driver.switch_to.active_element
    active.send_keys("m")
    active.send_keys(Keys.ENTER)
    panel = wait.until(EC.visibility_of_element_located((By.ID, "conflict")))
    check("Theirs" in panel.text and "Yours" in panel.text, f"conflict panel: {panel.text!r}")
    driver.save_screenshot(os.path.join(shots, "web-code-conflict.png"))
    driver.find_element(By.ID, "keep-theirs").click()

    # A viewer cannot save.
    workbench.log_out(driver, wait)
    workbench.log_in(driver, wait, base, "vic", "vic-password-1")
    workbench.open_source(driver, wait, base, source)
    status_line, _, _ = workbench.code_selection(driver, wait, start, end, "james-fatheree", "bilateral-trade-deals", "s", "i")
    check(not status_line.startswith("saved"), f"a viewer saved: {status_line}")
    check("james-fatheree" not in who(base, "who supports bilateral-trade-deals"), "the viewer's position is there")

    # Undo (the other session's edit, then the position with its quote) removes it.
    workbench.log_out(driver, wait)
    workbench.log_in(driver, wait, base, "ann", "ann-password-1")
    workbench.open_source(driver, wait, base, source)
    for _ in range(2):
        driver.find_element(By.TAG_NAME, "body").send_keys("u")
        workbench.wait_for_status(driver, wait, "undone")
        driver.execute_script("document.getElementById('status').textContent = ''")
    check("james-fatheree" not in who(base, question), "undo did not remove the position")
    # The quote was saved with the position as one change: the same undo took it back, no orphan is left.
    check(quote_ids(base, source) == quotes_before, "undo left the coded quote behind")

    # A note on one of the coded positions, written in the view, is listed with what it is on.
    from selenium.webdriver.support.ui import Select
    workbench.open_source(driver, wait, base, source)
    target = "position:james-fatheree-opposes-trade-deficit-reneg"
    Select(driver.find_element(By.ID, "note-target")).select_by_value(target)
    note = "Fatheree speaks for AmCham Korea here; check whether the chamber says the same."
    driver.find_element(By.ID, "note-text").send_keys(note)
    driver.find_element(By.ID, "add-note").click()
    workbench.wait_for_status(driver, wait, "saved note")
    listed = wait.until(lambda d: [li for li in d.find_elements(By.CSS_SELECTOR, "#notes li") if note in li.text])
    check(f'data-target="{target}"' in listed[0].get_attribute("outerHTML"), "the note is not on the position chosen")
    check("ann, " in listed[0].text and "James W. Fatheree opposes" in listed[0].text, f"note listed as {listed[0].text!r}")
    check(driver.find_element(By.ID, "note-text").get_attribute("value") == "", "the note field was not cleared")
    driver.execute_script("document.getElementById('notes').scrollIntoView({block: 'center'})")
    driver.save_screenshot(os.path.join(shots, "web-code-notes.png"))


def new_article(driver, wait, base, stance, db, workbench, By, Keys, EC):
    from selenium.webdriver.support.ui import WebDriverWait
    """A KORUS article pasted as a new source (its text is real; the three statements are the graph's own codings
    of its first three quotes), coded with keys only, exported with the coder's name."""
    original = "cnnmoney-2018-01-04"
    with urllib.request.urlopen(base + "/api/sources/" + original) as response:
        view = json.load(response)
    quotes = {span["id"]: span for span in view["spans"] if span["kind"] == "quote"}
    todo = [(quotes[p["quote_id"]], p) for p in view["positions"] if p.get("quote_id") in quotes][:4]
    check(len(todo) == 4, "the article has fewer than four quote-evidenced positions")
    todo, theirs = todo[:3], todo[3]

    workbench.log_in(driver, wait, base, "ann", "ann-password-1")
    driver.get(base + "/code/new")
    title = wait.until(EC.presence_of_element_located((By.ID, "n-title")))
    # Pasted, as a coder would paste an article (typing it key by key would take minutes).
    driver.execute_script("document.getElementById('n-text').value = arguments[0]", view["text"])
    title.send_keys("Obama's trade representative rebuffs Trump (pasted copy)", Keys.TAB, "CNNMoney", Keys.TAB,
                    "2018-01-04", Keys.TAB, "https://money.cnn.com/", Keys.TAB, Keys.TAB, Keys.ENTER)
    wait.until(EC.url_contains("/code/obama-s-trade-representative"))
    source = driver.current_url.rsplit("/", 1)[1]
    wait.until(lambda d: d.find_element(By.ID, "workbench").get_attribute("data-ready") == "yes")
    check(driver.find_elements(By.CSS_SELECTOR, "#article span.ghost"), "no proposals wait in the new article")
    keys = {"supports": "s", "opposes": "o", "mixed": "m", "neutral": "n"}
    basis = {"stated": "t", "reported": "r", "inferred": "i"}
    for span, position in todo:
        workbench.open_source(driver, wait, base, source)
        status, _, _ = workbench.code_selection(driver, wait, span["start"], span["end"], position["actor"]["id"],
                                             position["issue"]["id"], keys[position["stance"]], basis[position["basis"]])
        check(status.startswith("saved position "), f"coding {span['text']!r}: {status}")

    # Another coder saves while the page is open: it appears within the page's 10-second refresh.
    status, headers, login = api(base, "POST", "/api/login", {"name": "cora", "password": "cora-password-1"})
    check(status == 200, f"cora's login: {status}")
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    span, position = theirs
    status, _, quote = api(base, "POST", "/api/quotes", {"speaker": position["actor"]["id"], "source": source,
                           "text": span["text"], "issues": [position["issue"]["id"]], "start": str(span["start"])},
                           cookie=cookie, csrf=login["csrf"])
    check(status == 201, f"cora's quote: {status} {quote}")
    status, _, added = api(base, "POST", "/api/positions", {
        "actor": position["actor"]["id"], "issue": position["issue"]["id"], "stance": position["stance"],
        "source": source, "basis": position["basis"], "quote": quote["id"]}, cookie=cookie, csrf=login["csrf"])
    check(status == 201, f"cora's position: {status} {added}")
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "coding-" + added["id"])))
    check(driver.find_elements(By.CSS_SELECTOR, "#article mark.coded[title*='cora: ']"), "cora's coding is not marked")

    folder = tempfile.mkdtemp(prefix="stance-export-")
    try:
        subprocess.run([stance, "export", "--db", db, "--to", folder], check=True, capture_output=True)
        with open(os.path.join(folder, "sources", source + ".yaml"), encoding="utf-8") as exported:
            written = exported.read()
        check(written.count("coder: ann") == 3, f"graph-data/sources/{source}.yaml does not hold ann's three positions")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    workbench.log_out(driver, wait)

    # An admin takes back cora's position from the review queue.
    workbench.log_in(driver, wait, base, "ada", "ada-password-1")
    driver.get(base + "/review?since=2000-01-01")
    row = wait.until(EC.presence_of_element_located((By.ID, f"change-{added['change']}")))
    check(("position:" + added["id"]) in row.text and "cora" in row.text, f"the review queue row: {row.text!r}")
    row.find_element(By.CSS_SELECTOR, "button.undo-change").click()
    # The page says "undone" and reloads 0.4 s later: the reloaded queue lists the undo as the newest change.
    undo_row = f"undo #{added['change']}"
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith(("undone", "cannot"))
               or undo_row in d.find_element(By.TAG_NAME, "main").text)
    check(not driver.find_element(By.ID, "status").text.startswith("cannot"), driver.find_element(By.ID, "status").text)
    with urllib.request.urlopen(base + "/api/sources/" + source) as response:
        remaining = [p["id"] for p in json.load(response)["positions"]]
    check(added["id"] not in remaining and len(remaining) == 3, f"after the admin's undo: {remaining}")
    workbench.log_out(driver, wait)


if __name__ == "__main__":
    sys.exit(main())
