#!/usr/bin/env bash
# Load figures for BENCHMARKS.md: the release binary's demo site on loopback, measured
# with wrk (apt-get install wrk), against the ceiling of a bare actix-web "hello"
# server (examples/hello.rs) measured in the same run.
#
#   bash benches/load.sh                      # SQLite demo database, 3 rounds of 10 s
#   ROUNDS=5 DURATION=5 bash benches/load.sh
#
# Protocol: both servers run one worker pinned to core 0, wrk runs pinned to core 1
# (taskset); the lines are measured in turn, round after round (interleaved), and each
# figure is the median of its rounds. Bounded: every wrk run lasts DURATION seconds.
# Tests never time anything; this script does.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-18181}"
HELLO_PORT="${HELLO_PORT:-18182}"
DATA="$(mktemp -d)"
BIN=target/release/expomatch
HELLO=target/release/examples/hello

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -x "$BIN" ] && [ -x "$HELLO" ] || cargo build --release --bin expomatch --example hello

taskset -c 0 "$HELLO" "127.0.0.1:$HELLO_PORT" >/dev/null 2>&1 &
HELLO_PID=$!
taskset -c 0 "$BIN" demo --data-dir "$DATA" --bind "127.0.0.1:$PORT" --workers 1 >"$DATA/demo.out" 2>"$DATA/demo.err" &
SERVER=$!
trap 'kill $SERVER $HELLO_PID 2>/dev/null; wait $SERVER $HELLO_PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do grep -q '^buyer: ' "$DATA/demo.out" 2>/dev/null && break; sleep 0.1; done

BUYER_LINK=$(sed -n 's/^buyer: //p' "$DATA/demo.out")
# Use the one-time link as a browser would (open it, press Continue) for a buyer session.
JAR="$DATA/cookies"
CSRF=$(curl -s -c "$JAR" "$BUYER_LINK" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf_token=$CSRF" "$BUYER_LINK"
COOKIE="expomatch=$(awk '$6 == "expomatch" {print $7}' "$JAR")"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/buyer")
[ "$STATUS" = 200 ] || { echo "could not sign in as the demo buyer (GET /buyer answered $STATUS)" >&2; exit 1; }
# The best-matching supplier on the directory: its page lists the slots it can book.
curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/buyer/suppliers" >"$DATA/directory.html"
grep -o 'href="/buyer/suppliers/[0-9]*"' "$DATA/directory.html" | grep -o '[0-9]*' >"$DATA/suppliers.txt" || true
SUPPLIER=$(sed -n '1p' "$DATA/suppliers.txt")
SUPPLIERS=$(sort -u "$DATA/suppliers.txt" | wc -l)
[ -n "$SUPPLIER" ] || { echo "no supplier on the directory" >&2; exit 1; }

# name|url|extra header
LINES=(
    "hello (bare actix-web, the ceiling)|http://127.0.0.1:$HELLO_PORT/|"
    "GET /healthz (SELECT 1)|http://127.0.0.1:$PORT/healthz|"
    "GET / (landing, expo figures)|http://127.0.0.1:$PORT/|"
    "GET /buyer (agenda)|http://127.0.0.1:$PORT/buyer|Cookie: $COOKIE"
    "GET /buyer/suppliers (directory, $SUPPLIERS suppliers)|http://127.0.0.1:$PORT/buyer/suppliers|Cookie: $COOKIE"
    "GET /buyer/suppliers/$SUPPLIER (free slots)|http://127.0.0.1:$PORT/buyer/suppliers/$SUPPLIER|Cookie: $COOKIE"
)

to_ms() { # wrk latency like 812.00us, 1.69ms, 2.01s -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

RESULTS="$DATA/results"
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!LINES[@]}"; do
        IFS='|' read -r name url header <<<"${LINES[$i]}"
        args=(-t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency)
        [ -n "$header" ] && args+=(-H "$header")
        out=$(taskset -c 1 wrk "${args[@]}" "$url")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
        p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
        errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
        echo "$i $round $rps $p50 $p99 ${errors:-0}" >>"$RESULTS"
    done
done

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "expomatch $(git rev-parse --short HEAD 2>/dev/null || echo '?') · $(nproc) cores · SQLite · ${CONNECTIONS} connections · ${DURATION}s × ${ROUNDS} rounds, medians"
printf '%-52s %12s %8s %10s %10s %8s\n' "" "req/s" "ceiling" "p50 ms" "p99 ms" "errors"
CEILING=$(awk '$1 == 0 {print $3}' "$RESULTS" | median)
for i in "${!LINES[@]}"; do
    IFS='|' read -r name _ _ <<<"${LINES[$i]}"
    rps=$(awk -v i="$i" '$1 == i {print $3}' "$RESULTS" | median)
    p50=$(awk -v i="$i" '$1 == i {print $4}' "$RESULTS" | median)
    p99=$(awk -v i="$i" '$1 == i {print $5}' "$RESULTS" | median)
    errors=$(awk -v i="$i" '$1 == i {s += $6} END {print s + 0}' "$RESULTS")
    share=$(awk -v r="$rps" -v c="$CEILING" 'BEGIN { printf "%.0f%%", 100 * r / c }')
    printf '%-52s %12s %8s %10s %10s %8s\n' "$name" "$rps" "$share" "$p50" "$p99" "$errors"
done
