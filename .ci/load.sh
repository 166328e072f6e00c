#!/usr/bin/env bash
# Concurrency under load: 4 readers run `stance query` (and `stance stats`) in loops while 4 writers run
# `stance annotate` and `stance add position` in loops, for 30 seconds, on one database. Then it checks that
#   - no busy or locked error reached a user: every writer and reader exited 0 with nothing on standard error,
#   - every acknowledged write is in the graph and in the change log, and the log holds nothing else,
#   - readers never saw a half-written change: in every `stance stats` snapshot the change log holds exactly one
#     row per note and position the writers had added.
#
#   .ci/load.sh                    # 30 seconds, 4 readers, 4 writers
#   SECONDS_TO_RUN=10 READERS=2 WRITERS=6 .ci/load.sh
#   LOAD_DB=postgres://user:pw@127.0.0.1:5432/db .ci/load.sh   # the same on a PostgreSQL database (its graph is
#                                                              # replaced; integrity is the server's, not checked)
#
# Needs the `stance` binary (STANCE_BIN, default .build/debug/stance, built if missing) and python3.
set -uo pipefail
cd "$(dirname "$0")/.."

duration=${SECONDS_TO_RUN:-30}
readers=${READERS:-4}
writers=${WRITERS:-4}
stance=${STANCE_BIN:-.build/debug/stance}
if [ ! -x "$stance" ]; then swift build --product stance >/dev/null || exit 1; fi
stance="$(cd "$(dirname "$stance")" && pwd)/$(basename "$stance")"

work="$(mktemp -d "${TMPDIR:-/tmp}/stance-load.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="${LOAD_DB:-$work/graph.sqlite}"
"$stance" build --db "$db" --force >/dev/null || exit 1
"$stance" add source --db "$db" --by load --id load-source --title "Load test source" --date 2018-04-02 >/dev/null || exit 1
# Plain SQL on either engine, for the checks: sqlite3's module, or psql for a postgres:// URL.
cat >"$work/sql.py" <<'PY'
import sqlite3, subprocess
def connect(target):
    if target.startswith("postgres"):
        class Postgres:
            def execute(self, sql, args=()):
                for a in args:
                    sql = sql.replace("?", "'" + str(a).replace("'", "''") + "'", 1)
                out = subprocess.run(["psql", target, "-AtX", "-F", "\t", "-c", sql], check=True,
                                     capture_output=True, text=True).stdout
                rows = [tuple(int(v) if v.lstrip("-").isdigit() else v for v in line.split("\t"))
                        for line in out.splitlines()]
                class Rows(list):
                    def fetchone(self): return self[0] if self else None
                return Rows(rows)
        return Postgres()
    return sqlite3.connect(target)
PY
base=$(PYTHONPATH="$work" python3 - "$db" <<'PY'
import sys
from sql import connect
db = connect(sys.argv[1])
print(*db.execute("SELECT (SELECT count(*) FROM annotation), (SELECT count(*) FROM position), (SELECT count(*) FROM change_log)").fetchone())
PY
)
read -r base_notes base_positions base_changes <<<"$base"
deadline=$(($(date +%s) + duration))

# A writer: odd writes annotate, even ones add a position; each receipt line goes to its log.
writer() {
    local w=$1 k=0
    while [ "$(date +%s)" -lt "$deadline" ]; do
        k=$((k + 1))
        if ((k % 2)); then
            out=$("$stance" annotate --db "$db" --by "writer-$w" actor:donald-trump "load note $w-$k" 2>>"$work/writer-$w.err")
        else
            out=$("$stance" add position --db "$db" --by "writer-$w" --id "load-$w-$k" --actor donald-trump \
                --issue withdrawal --stance opposes --source load-source --basis stated \
                --paraphrase "Load paraphrase $w-$k." --sentence "Load sentence $w-$k." 2>>"$work/writer-$w.err")
        fi
        status=$?
        echo "$status $k $out" >>"$work/writer-$w.log"
    done
}

# A reader: queries, and a stats snapshot whose counts must agree with each other.
reader() {
    local r=$1 n=0
    while [ "$(date +%s)" -lt "$deadline" ]; do
        n=$((n + 1))
        case $((n % 3)) in
            0) "$stance" query --db "$db" --format json "who opposes withdrawal" >/dev/null 2>>"$work/reader-$r.err" ;;
            1) "$stance" query --db "$db" "positions of Trump" >/dev/null 2>>"$work/reader-$r.err" ;;
            2) "$stance" stats --db "$db" --format json >>"$work/reader-$r.stats" 2>>"$work/reader-$r.err"
               echo >>"$work/reader-$r.stats" ;;
        esac
        echo "$?" >>"$work/reader-$r.log"
    done
}

pids=()
for ((w = 1; w <= writers; w++)); do writer "$w" & pids+=($!); done
for ((r = 1; r <= readers; r++)); do reader "$r" & pids+=($!); done
wait "${pids[@]}"

PYTHONPATH="$work" python3 - "$work" "$db" "$writers" "$readers" "$base_notes" "$base_positions" "$base_changes" "$duration" <<'PY'
import glob, json, os, re, sys
from sql import connect
work, db_path = sys.argv[1], sys.argv[2]
writers, readers, base_notes, base_positions, base_changes, duration = map(int, sys.argv[3:])
failures = []

def text(path):
    return open(path).read() if os.path.exists(path) else ""

# Writers: every attempt exited 0 with nothing on stderr.
acked, attempts, busy = [], 0, 0
for w in range(1, writers + 1):
    for line in text(f"{work}/writer-{w}.log").splitlines():
        attempts += 1
        status, k, *receipt = line.split(" ", 2)
        if status != "0":
            failures.append(f"writer {w} write {k}: exit {status}")
            continue
        m = re.search(r"(annotation|position):(\S+) \(change #(\d+)", line)
        if not m:
            failures.append(f"writer {w} write {k}: no receipt: {line}")
            continue
        acked.append((m.group(1), m.group(2), int(m.group(3))))
    err = text(f"{work}/writer-{w}.err")
    busy += len(re.findall(r"busy|locked", err, re.I))
    if err.strip():
        failures.append(f"writer {w} printed on stderr: {err.strip().splitlines()[0]}")

# Readers: every run exited 0 with nothing on stderr; every stats snapshot is consistent.
reads, snapshots = 0, 0
for r in range(1, readers + 1):
    statuses = text(f"{work}/reader-{r}.log").split()
    reads += len(statuses)
    bad = [s for s in statuses if s != "0"]
    if bad:
        failures.append(f"reader {r}: {len(bad)} runs exited non-zero")
    err = text(f"{work}/reader-{r}.err")
    busy += len(re.findall(r"busy|locked", err, re.I))
    if err.strip():
        failures.append(f"reader {r} printed on stderr: {err.strip().splitlines()[0]}")
    for chunk in text(f"{work}/reader-{r}.stats").split("\n\n"):
        if not chunk.strip():
            continue
        snapshots += 1
        s = json.loads(chunk)
        added = (s["annotations"] - base_notes) + (s["positions"] - base_positions)
        if s["changes"] - base_changes != added:
            failures.append(f"reader {r} saw a half-written change: {s}")

# The graph and the log hold exactly the acknowledged writes.
db = connect(db_path)
if not db_path.startswith("postgres"):
    (integrity,) = db.execute("PRAGMA integrity_check").fetchone()
    if integrity != "ok":
        failures.append(f"integrity_check: {integrity}")
log = {}
for (target, change) in db.execute("SELECT target, id FROM change_log WHERE coder LIKE 'writer-%'"):
    kind, _, ident = target.partition(":")
    log[(kind, ident)] = change
for kind, ident, change in acked:
    table = "annotation" if kind == "annotation" else "position"
    if db.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (ident,)).fetchone()[0] != 1:
        failures.append(f"acknowledged {kind}:{ident} is not in the graph")
    if log.get((kind, ident)) != change:
        failures.append(f"acknowledged {kind}:{ident} (change #{change}) is not in the change log")
if len(log) != len(acked):
    failures.append(f"the change log holds {len(log)} writer changes, the writers acknowledged {len(acked)}")
notes = db.execute("SELECT count(*) FROM annotation").fetchone()[0] - base_notes
positions = db.execute("SELECT count(*) FROM position").fetchone()[0] - base_positions
if notes + positions != len(acked):
    failures.append(f"{notes} notes and {positions} positions added, {len(acked)} writes acknowledged")

engine = "PostgreSQL" if db_path.startswith("postgres") else "SQLite"
print(f"load ({engine}): {writers} writers and {readers} readers for {duration} s on one database: "
      f"{attempts} writes ({len(acked)} acknowledged, {notes} notes and {positions} positions in the graph, "
      f"all {len(log)} in the change log), {reads} reads ({snapshots} consistency snapshots), "
      f"{busy} busy/locked errors seen by a user, {len(failures)} failed checks")
for f in failures[:10]:
    print("FAIL:", f, file=sys.stderr)
sys.exit(1 if failures else 0)
PY
