#!/usr/bin/env bash
# Crash safety: kills `stance build`, `stance import --csv` and a stream of `stance annotate` / `stance add actor`
# writes with SIGKILL at random moments, and after every kill checks that
#   - `PRAGMA integrity_check` is ok,
#   - the graph is exactly the old or the new state (builds and imports: a digest of every table's rows),
#   - every annotation and added actor has its change-log row and every change-log row its entity,
#     every acknowledged write (exit 0) is present, and at most the one write in flight is unaccounted for.
#
#   .ci/crash-safety.sh                      # 20 build kills, 15 import kills, 20 write-stream kills
#   BUILD_KILLS=5 IMPORT_KILLS=5 WRITE_KILLS=5 SEED=7 .ci/crash-safety.sh
#   CRASH_POSTGRES_URL=postgres://… POSTGRES_KILLS=10 .ci/crash-safety.sh   # also kill imports into PostgreSQL
#
# Needs the `stance` binary (STANCE_BIN, default .build/debug/stance, built if missing) and python3. The import
# data comes from ../shared/bench/gen.py (GEN_PY) when it is there, else from a small generator of the same layout.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD_KILLS=${BUILD_KILLS:-20}
IMPORT_KILLS=${IMPORT_KILLS:-15}
WRITE_KILLS=${WRITE_KILLS:-20}
SEED=${SEED:-20261123}
RANDOM=$SEED
stance=${STANCE_BIN:-.build/debug/stance}
gen=${GEN_PY:-../shared/bench/gen.py}
if [ ! -x "$stance" ]; then swift build --product stance >/dev/null || exit 1; fi
stance="$(cd "$(dirname "$stance")" && pwd)/$(basename "$stance")"

work="$(mktemp -d "${TMPDIR:-/tmp}/stance-crash.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Runs SQL on a database with an ordinary (read-write) connection, so a hot journal is recovered first, as the
# next Stance process would. Output: one line per row, columns joined by '|'.
sql() {
    python3 - "$1" "$2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=10)
for statement in sys.argv[2].split(";"):
    if statement.strip():
        for row in db.execute(statement):
            print("|".join("" if v is None else str(v) for v in row))
db.close()
PY
}

# A digest of every graph table's rows (and the change log and meta), in a fixed order.
digest() {
    sql "$1" "SELECT * FROM actor ORDER BY id; SELECT * FROM actor_alias ORDER BY actor_id, ordinal;
        SELECT * FROM issue ORDER BY id; SELECT * FROM source ORDER BY id; SELECT * FROM quote ORDER BY id;
        SELECT * FROM position ORDER BY id; SELECT * FROM affiliation ORDER BY id; SELECT * FROM annotation ORDER BY id;
        SELECT * FROM change_log ORDER BY id; SELECT * FROM meta ORDER BY key; SELECT count(*) FROM quote_fts;
        SELECT count(*) FROM name_key" | sha256sum | cut -c1-16
}

integrity() { sql "$1" "PRAGMA integrity_check"; }

# Milliseconds since the epoch, and a random pause of 0..$1 ms.
now_ms() { date +%s%3N; }
pause() { local ms=$((RANDOM * 32768 + RANDOM)); ms=$((ms % ($1 + 1))); sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"; }

# Starts a command in its own process group; KILL_PGID is its id. kill_group sends SIGKILL to that group only.
start_group() { setsid "$@" >/dev/null 2>>"$work/stderr.log" & KILL_PGID=$!; }
kill_group() {
    kill -KILL -- "-$KILL_PGID" 2>/dev/null
    wait "$KILL_PGID" 2>/dev/null
    while kill -0 -- "-$KILL_PGID" 2>/dev/null; do sleep 0.01; done
}
leftovers() { find "$(dirname "$1")" -maxdepth 1 \( -name "$(basename "$1").building-*" -o -name "$(basename "$1").importing-*" \) | wc -l; }
clear_leftovers() { find "$(dirname "$1")" -maxdepth 1 \( -name "$(basename "$1").building-*" -o -name "$(basename "$1").importing-*" \) -delete; }

# ---- 1. stance build -------------------------------------------------------------------------------------
# Old state: KORUS without its annotations; new state: KORUS.
mkdir -p "$work/build" && cp -r graph-data "$work/build/old-data" && echo "[]" >"$work/build/old-data/annotations.yaml"
db="$work/build/graph.sqlite"
"$stance" build --from "$work/build/old-data" --db "$work/build/old.sqlite" >/dev/null || exit 1
"$stance" build --from graph-data --db "$work/build/new.sqlite" >/dev/null || exit 1
old=$(digest "$work/build/old.sqlite"); new=$(digest "$work/build/new.sqlite")
cp "$work/build/old.sqlite" "$db"
start=$(now_ms); "$stance" build --from graph-data --db "$work/build/timing.sqlite" >/dev/null; took=$(( $(now_ms) - start ))
build_old=0; build_new=0; build_litter=0
for ((round = 1; round <= BUILD_KILLS; round++)); do
    rm -f "$db-wal" "$db-shm"; cp "$work/build/old.sqlite" "$db"
    start_group "$stance" build --from graph-data --db "$db"
    pause $((took * 15 / 10)); kill_group
    [ "$(integrity "$db")" = ok ] || fail "build kill $round: integrity_check is not ok"
    state=$(digest "$db")
    if [ "$state" = "$old" ]; then build_old=$((build_old + 1)); elif [ "$state" = "$new" ]; then build_new=$((build_new + 1))
    else fail "build kill $round: the database is neither the old nor the new graph"; fi
    "$stance" query --db "$db" "who opposes withdrawal" >/dev/null || fail "build kill $round: the database does not answer"
    build_litter=$((build_litter + $(leftovers "$db"))); clear_leftovers "$db"
done
echo "build:  $BUILD_KILLS kills (a build takes ~${took} ms): $build_old left the old graph, $build_new the new one," \
    "0 half-built; integrity ok; $build_litter temporary files left behind by killed builds"

# ---- 2. stance import --csv ------------------------------------------------------------------------------
# The data comes from ../shared/bench/gen.py; without it, from a small generator of the same layout below.
generate() { # DIR ACTORS ISSUES POSITIONS
    if [ -f "$gen" ]; then
        python3 "$gen" custom "$1" --actors "$2" --issues "$3" --positions "$4" >/dev/null
    else
        python3 - "$@" <<'PY'
import os, random, sys
out, actors, issues, positions = sys.argv[1], *map(int, sys.argv[2:])
rng = random.Random(7); os.makedirs(out, exist_ok=True)
sources = max(50, positions // 10)
kinds = ["person"] * 7 + ["organization"] * 2 + ["government"]
kind = [kinds[i % 10] for i in range(actors)]
dates = [f"{2015 + rng.randrange(10)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}" for _ in range(sources)]
def write(name, header, rows):
    with open(os.path.join(out, name), "w") as f:
        f.write(header + "\n" + "".join(",".join(map(str, r)) + "\n" for r in rows))
write("actors.csv", "id,slug,name,kind", [(i + 1, f"actor-{i + 1}", f"Actor {i + 1}", kind[i]) for i in range(actors)])
write("issues.csv", "id,slug,name", [(i + 1, f"issue-{i + 1}", f"Issue {i + 1}") for i in range(issues)])
write("sources.csv", "id,title,outlet,date", [(i + 1, f"Title {i + 1}", "Reuters", dates[i]) for i in range(sources)])
rows = []
for i in range(positions):
    s = rng.randrange(sources)
    quote = '"We will, of course, see %d."' % i if i % 3 == 0 else ""
    rows.append((i + 1, 1 + rng.randrange(actors), 1 + rng.randrange(issues), rng.choice(["supports", "opposes", "neutral", "mixed"]), dates[s], s + 1, quote))
write("positions.csv", "id,actor_id,issue_id,stance,date,source_id,quote", rows)
orgs = [i for i in range(actors) if kind[i] != "person"]
write("memberships.csv", "person_id,org_id,role", [(i + 1, orgs[i % len(orgs)] + 1, "works for") for i in range(actors) if kind[i] == "person" and i % 4 == 0])
PY
    fi
}
import_old=0; import_new=0; import_litter=0; import_kills=0
if "$stance" import --help >/dev/null 2>&1; then
    mkdir -p "$work/import"
    generate "$work/import/small" 200 10 2000 || exit 1
    generate "$work/import/csv" 2000 50 50000 || exit 1
    db="$work/import/graph.sqlite"
    "$stance" import --csv "$work/import/small" --db "$work/import/old.sqlite" >/dev/null || exit 1
    "$stance" import --csv "$work/import/csv" --db "$work/import/new.sqlite" >/dev/null || exit 1
    old=$(digest "$work/import/old.sqlite"); new=$(digest "$work/import/new.sqlite")
    start=$(now_ms); "$stance" import --csv "$work/import/csv" --db "$work/import/timing.sqlite" >/dev/null; took=$(( $(now_ms) - start ))
    for ((round = 1; round <= IMPORT_KILLS; round++)); do
        rm -f "$db-wal" "$db-shm"; cp "$work/import/old.sqlite" "$db"
        start_group "$stance" import --csv "$work/import/csv" --db "$db"
        pause $((took * 15 / 10)); kill_group
        import_kills=$((import_kills + 1))
        [ "$(integrity "$db")" = ok ] || fail "import kill $round: integrity_check is not ok"
        state=$(digest "$db")
        if [ "$state" = "$old" ]; then import_old=$((import_old + 1)); elif [ "$state" = "$new" ]; then import_new=$((import_new + 1))
        else fail "import kill $round: the database is neither the old nor the new graph"; fi
        import_litter=$((import_litter + $(leftovers "$db"))); clear_leftovers "$db"
    done
    echo "import: $IMPORT_KILLS kills of a 50,000-position import (~${took} ms): $import_old left the old graph," \
        "$import_new the new one, 0 half-imported; integrity ok; $import_litter temporary files left behind"
else
    echo "import: skipped (this stance has no import command)"
fi

# ---- 2b. stance import --csv into PostgreSQL (CRASH_POSTGRES_URL) -----------------------------------------
# The client is killed during the COPY: the server rolls the transaction back, so the database holds the old
# graph or the new one, never part of the new one.
if [ -n "${CRASH_POSTGRES_URL:-}" ]; then
    pg_state() { psql "$CRASH_POSTGRES_URL" -AtXc "SELECT (SELECT count(*) FROM actor) || '/' || (SELECT count(*) FROM position) || '/' || (SELECT count(*) FROM quote) || '/' || (SELECT count(*) FROM change_log)"; }
    "$stance" import --csv "$work/import/small" --db "$CRASH_POSTGRES_URL" --force >/dev/null || exit 1
    pg_old=$(pg_state)
    start=$(now_ms); "$stance" import --csv "$work/import/csv" --db "$CRASH_POSTGRES_URL" --force >/dev/null || exit 1
    took=$(( $(now_ms) - start )); pg_new=$(pg_state)
    pg_olds=0; pg_news=0
    for ((round = 1; round <= ${POSTGRES_KILLS:-10}; round++)); do
        "$stance" import --csv "$work/import/small" --db "$CRASH_POSTGRES_URL" --force >/dev/null || exit 1
        start_group "$stance" import --csv "$work/import/csv" --db "$CRASH_POSTGRES_URL" --force
        pause $((took * 15 / 10)); kill_group
        state=$(pg_state)
        if [ "$state" = "$pg_old" ]; then pg_olds=$((pg_olds + 1)); elif [ "$state" = "$pg_new" ]; then pg_news=$((pg_news + 1))
        else fail "postgres import kill $round: the database holds $state, neither $pg_old nor $pg_new"; fi
        "$stance" query --db "$CRASH_POSTGRES_URL" "actors" >/dev/null || fail "postgres import kill $round: no answer"
    done
    echo "import into PostgreSQL: ${POSTGRES_KILLS:-10} kills of the client during a 50,000-position import" \
        "(~${took} ms): $pg_olds left the old graph, $pg_news the new one, 0 half-imported"
fi

# ---- 3. a stream of writes -------------------------------------------------------------------------------
# Odd writes annotate Donald Trump, even ones add an actor; each records its number in `started` before it runs
# and in `acked` after it exits 0.
db="$work/writes/graph.sqlite"; mkdir -p "$work/writes"
"$stance" build --db "$db" >/dev/null || exit 1
cat >"$work/writer.sh" <<'SH'
stance=$1; db=$2; dir=$3; k=$4
while :; do
    echo "$k" >>"$dir/started"
    if ((k % 2)); then
        "$stance" annotate --db "$db" --by crash actor:donald-trump "crash note $k" >/dev/null || exit 1
    else
        "$stance" add actor --db "$db" --by crash --id "crash-actor-$k" --name "Crash Actor $k" --kind person >/dev/null || exit 1
    fi
    echo "$k" >>"$dir/acked"
    k=$((k + 1))
done
SH
: >"$work/writes/started"; : >"$work/writes/acked"
next=1; in_flight_kept=0; in_flight_lost=0
for ((round = 1; round <= WRITE_KILLS; round++)); do
    start_group bash "$work/writer.sh" "$stance" "$db" "$work/writes" "$next"
    pause 700; kill_group
    [ "$(integrity "$db")" = ok ] || fail "write kill $round: integrity_check is not ok"
    # Entities and change-log rows match one to one.
    notes=$(sql "$db" "SELECT text FROM annotation WHERE coder = 'crash' ORDER BY text")
    noted=$(sql "$db" "SELECT a.text FROM change_log c JOIN annotation a ON 'annotation:' || a.id = c.target
                       WHERE c.operation = 'annotate' AND c.coder = 'crash' ORDER BY a.text")
    [ "$notes" = "$noted" ] || fail "write kill $round: annotations and their change-log rows differ"
    n_logged=$(sql "$db" "SELECT count(*) FROM change_log WHERE coder = 'crash'")
    n_entities=$(sql "$db" "SELECT (SELECT count(*) FROM annotation WHERE coder = 'crash') + (SELECT count(*) FROM actor WHERE id LIKE 'crash-actor-%')")
    [ "$n_logged" = "$n_entities" ] || fail "write kill $round: $n_entities entities but $n_logged change-log rows"
    orphans=$(sql "$db" "SELECT count(*) FROM change_log c WHERE c.coder = 'crash' AND NOT EXISTS
        (SELECT 1 FROM annotation a WHERE 'annotation:' || a.id = c.target) AND NOT EXISTS
        (SELECT 1 FROM actor x WHERE 'actor:' || x.id = c.target)")
    [ "$orphans" = 0 ] || fail "write kill $round: $orphans change-log rows without their entity"
    # Every acknowledged write is there; only the write in flight may be missing.
    present=$(sql "$db" "SELECT substr(text, 12) FROM annotation WHERE coder = 'crash' UNION ALL
                         SELECT substr(id, 13) FROM actor WHERE id LIKE 'crash-actor-%'" | sort -n)
    acked=$(sort -n "$work/writes/acked")
    missing=$(comm -23 <(echo "$acked") <(echo "$present") | grep -c . || true)
    [ "$missing" = 0 ] || fail "write kill $round: $missing acknowledged writes are missing"
    extra=$(comm -13 <(echo "$acked") <(echo "$present") | grep -c . || true)
    last=$(tail -n 1 "$work/writes/started")
    if [ "$extra" = 1 ]; then in_flight_kept=$((in_flight_kept + 1)); echo "$last" >>"$work/writes/acked"
    elif [ "$extra" = 0 ]; then in_flight_lost=$((in_flight_lost + 1))
    else fail "write kill $round: $extra writes present that were never acknowledged"; fi
    next=$((last + 1))
done
acked_total=$(grep -c . "$work/writes/acked" || true)
echo "writes: $WRITE_KILLS kills of a stream of annotate/add writes: $acked_total writes checked (acknowledged or" \
    "committed in flight), 0 lost, 0 without their change-log row; the write in flight was committed $in_flight_kept" \
    "times and not at all $in_flight_lost times"

if [ -s "$work/stderr.log" ]; then
    fail "the killed commands printed errors before they were killed:"; head -n 5 "$work/stderr.log" >&2
fi
total=$((BUILD_KILLS + import_kills + WRITE_KILLS))
if [ "$failures" = 0 ]; then
    echo "crash safety: $total kills survived, integrity ok after every one, nothing lost"
else
    echo "crash safety: $failures failed checks in $total kills" >&2
    exit 1
fi
