#!/usr/bin/env bash
# Load on `stance serve` (release build) over the KORUS graph: wrk from Debian on loopback, 1, 8 and 64 clients,
# 10 seconds each, for the JSON answer and the HTML answer page. Prints a Markdown table of requests/s and
# p50/p99 latency (docs/benchmarks.md, "Web view under load").
#
#   bash .ci/web-bench.sh                 # about 70 s after the release build
#   SECONDS_EACH=5 bash .ci/web-bench.sh
#
# wrk and the server share the machine's cores; the numbers include that.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SECONDS_EACH:-10}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
swift build -c release --product stance >/dev/null
stance="$(pwd)/.build/release/stance"

work="$(mktemp -d "${TMPDIR:-/tmp}/stance-web-bench.XXXXXX")"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
"$stance" build --db "$work/korus.sqlite" >/dev/null
"$stance" serve --db "$work/korus.sqlite" --port 0 >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/out")
[ -n "$base" ] || { echo "stance serve did not start: $(cat "$work/err")" >&2; exit 1; }

# wrk prints latencies as 812.00us, 1.23ms or 1.02s: in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

echo "| request | clients | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|"
for path in "/api/query?q=who+opposes+withdrawal" "/ask?q=who+opposes+withdrawal"; do
    # Warm up: the first requests prepare statements and fill caches.
    wrk -t1 -c4 -d2s "$base$path" >/dev/null
    for clients in 1 8 64; do
        threads=$(( clients < 2 ? 1 : 2 ))
        out=$(wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 5s --latency "$base$path")
        rps=$(echo "$out" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
        p50=$(ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
        p99=$(ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
        errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { sub(/^[^:]*: */, ""); printf "%s ", $0 }')
        echo "| \`GET $path\` | $clients | $rps | $p50 | $p99 | ${errors:-0} |"
    done
done
