#!/usr/bin/env python3
"""Seconds per coded statement: the same ten statements coded in the workbench by a scripted browser (keys only,
after selecting the passage) and with `stance add quote` + `stance add position` commands (docs/keyboard.md).

Usage: python3 .ci/code-timing.py [--stance .build/debug/stance]

The ten statements are the first ten quote-evidenced positions of the KORUS graph (source order): the speaker,
the quote's passage and offsets, issue, stance and basis, re-coded by a second coder, "timer", into two fresh
copies of the KORUS database: one through the browser, one through the CLI. It prints, for each way, the wall
time per statement (median and mean over the ten) and the keys a person would press (the CLI: the characters of
both commands as typed, ids instead of names; the browser: every key sent, the passage selected with the mouse).
The browser figure includes loading the coding view for each statement; the CLI figure includes starting the
process twice. Neither includes a person's reading and thinking, which both ways share.
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

STANCE_KEYS = {"supports": "s", "opposes": "o", "mixed": "m", "neutral": "n"}
BASIS_KEYS = {"stated": "t", "reported": "r", "inferred": "i"}


def statements(base):
    """The first ten quote-evidenced positions, from the API."""
    with urllib.request.urlopen(base + "/api/query?q=sources") as response:
        sources = [row["id"] for row in json.load(response)["rows"]]
    found = []
    for source in sources:
        with urllib.request.urlopen(base + "/api/sources/" + source) as response:
            view = json.load(response)
        spans = {span["id"]: span for span in view["spans"] if span["kind"] == "quote"}
        for position in view["positions"]:
            span = spans.get(position.get("quote_id"))
            if span is None:
                continue
            found.append({"source": source, "start": span["start"], "end": span["end"], "text": span["text"],
                          "actor": position["actor"]["id"], "issue": position["issue"]["id"],
                          "stance": position["stance"], "basis": position["basis"]})
            if len(found) == 10:
                return found
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stance", default=".build/debug/stance")
    args = parser.parse_args()
    import workbench
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    stance = os.path.abspath(args.stance)
    work = tempfile.mkdtemp(prefix="stance-timing-")
    browser_db, cli_db = os.path.join(work, "browser.sqlite"), os.path.join(work, "cli.sqlite")
    for db in (browser_db, cli_db):
        subprocess.run([stance, "build", "--db", db], check=True, stdout=subprocess.DEVNULL)
    workbench.add_user(stance, browser_db, "timer", "coder", "timing-password-1")
    server, base = workbench.serve(stance, browser_db)
    driver = None
    try:
        todo = statements(base)
        assert len(todo) == 10, f"found {len(todo)} quote-evidenced positions, not 10"

        # The CLI: two commands per statement, as a coder would type them.
        cli_times, cli_keys = [], []
        for item in todo:
            quote = [stance, "add", "quote", "--db", cli_db, "--by", "timer", "--speaker", item["actor"], "--source",
                     item["source"], "--text", item["text"], "--issue", item["issue"]]
            began = time.perf_counter()
            out = subprocess.run(quote, check=True, capture_output=True, text=True).stdout
            quote_id = out.split()[1].split(":", 1)[1]
            position = [stance, "add", "position", "--db", cli_db, "--by", "timer", "--actor", item["actor"],
                        "--issue", item["issue"], "--stance", item["stance"], "--source", item["source"], "--basis",
                        item["basis"], "--quote", quote_id]
            subprocess.run(position, check=True, capture_output=True, text=True)
            cli_times.append(time.perf_counter() - began)
            # Typed without --db and --by (set once in the environment), and the binary as "stance".
            typed = [shlex.join(["stance"] + c[1:3] + c[7:]) for c in (quote, position)]
            cli_keys.append(sum(len(t) + 1 for t in typed))

        # The browser: select the passage, then keys only.
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium")
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                     "--disable-gpu"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        wait = WebDriverWait(driver, 15)
        workbench.log_in(driver, wait, base, "timer", "timing-password-1")
        browser_times, browser_keys, speakers, issues = [], [], 0, 0
        for item in todo:
            began = time.perf_counter()
            workbench.open_source(driver, wait, base, item["source"])
            status, pressed, guessed = workbench.code_selection(
                driver, wait, item["start"], item["end"], item["actor"], item["issue"], STANCE_KEYS[item["stance"]],
                BASIS_KEYS[item["basis"]])
            browser_times.append(time.perf_counter() - began)
            browser_keys.append(pressed)
            speakers += guessed[0] == item["actor"]
            issues += guessed[1] == item["issue"]
            assert status.startswith("saved"), f"{item}: {status}"

        def line(name, times, keys):
            return (f"{name:8} {statistics.median(times):6.3f} s median, {statistics.mean(times):6.3f} s mean per "
                    f"statement (min {min(times):.3f}, max {max(times):.3f}); {statistics.mean(keys):5.1f} keys")

        print("10 statements (KORUS quote-evidenced positions, re-coded by a second coder):")
        print(line("browser", browser_times, browser_keys))
        print(line("CLI", cli_times, cli_keys))
        print(f"the workbench prefilled the right speaker {speakers} times and the right issue {issues} times of 10")
        return 0
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
