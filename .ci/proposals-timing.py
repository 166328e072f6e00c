#!/usr/bin/env python3
"""Time the coding view's proposals (GET /api/sources/ID/proposals) on a graph, as a coder meets them.

Usage: python3 .ci/proposals-timing.py [--stance .build/debug/stance] [--db GRAPH.sqlite]

Copies the database (default: KORUS, built from graph-data/), adds a coder, starts `stance serve`, pastes a KORUS
article (nyt-2018-01-04, plus a sentence naming a person the graph does not know) as a new source and prints: the
first proposals for it, the same again (cached), a second new article, and the proposals after the unknown person
is added as an actor (they must no longer propose that person as new). For a big graph:
  python3 ../shared/bench/gen.py medium /tmp/med && stance import --csv /tmp/med --db /tmp/med.sqlite
(gen.py's memberships give affiliations without a source, which the graph reader refuses: empty memberships.csv
but for its header first). Prints figures; asserts nothing about time.
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stance", default=".build/debug/stance")
    parser.add_argument("--db")
    args = parser.parse_args()
    stance = os.path.abspath(args.stance)
    work = tempfile.mkdtemp(prefix="stance-proposals-")
    korus = os.path.join(work, "korus.sqlite")
    subprocess.run([stance, "build", "--db", korus], check=True, stdout=subprocess.DEVNULL)
    article = sqlite3.connect(korus).execute("SELECT text FROM source WHERE id = 'nyt-2018-01-04'").fetchone()[0]
    article += "\n\n\"We will not leave the agreement,\" said Omar Feld, the envoy. Others disagreed."
    db = os.path.join(work, "graph.sqlite")
    shutil.copy(args.db or korus, db)
    subprocess.run([stance, "user", "add", "tim", "--role", "coder", "--db", db], input=b"tim-password-1\n",
                   check=True, capture_output=True)
    server = subprocess.Popen([stance, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        base = re.search(r"(http://\S+)", server.stdout.readline()).group(1)

        def request(method, path, body=None, headers=None):
            r = urllib.request.Request(base + path, method=method,
                                       data=None if body is None else json.dumps(body).encode())
            r.add_header("Content-Type", "application/json")
            for name, value in (headers or {}).items():
                r.add_header(name, value)
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(r) as response:
                    data, answered = response.read(), response.headers
            except urllib.error.HTTPError as error:
                raise SystemExit(f"error: {method} {path}: {error.code} {error.read().decode()[:500]}")
            return time.perf_counter() - started, json.loads(data), answered

        _, login, headers = request("POST", "/api/login", {"name": "tim", "password": "tim-password-1"})
        auth = {"Cookie": headers["Set-Cookie"].split(";")[0], "X-CSRF-Token": login["csrf"]}
        _, made, _ = request("POST", "/api/sources", {"title": "Timing one", "date": "2018-01-04", "text": article}, auth)
        first, proposals, _ = request("GET", f"/api/sources/{made['id']}/proposals")
        again, _, _ = request("GET", f"/api/sources/{made['id']}/proposals")
        _, other, _ = request("POST", "/api/sources", {"title": "Timing two", "date": "2018-01-05",
                                                       "text": article + " More."}, auth)
        second, _, _ = request("GET", f"/api/sources/{other['id']}/proposals")
        print(f"proposals: first {first:.2f} s, again {again:.3f} s, a second article {second:.2f} s "
              f"({len(proposals['proposals'])} proposals)")
        request("POST", "/api/actors", {"name": "Omar Feld", "kind": "person"}, auth)
        after, later, _ = request("GET", f"/api/sources/{made['id']}/proposals")
        new = [p for p in later["proposals"] if p["actor"] and p["actor"]["name"] == "Omar Feld" and p["actor"]["new"]]
        print(f"after adding Omar Feld: {after:.2f} s; still proposed as a new actor: {len(new)}")
        return 1 if new else 0
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
