#!/usr/bin/env bash
# Load figures for the README: the release binary's demo site on loopback, measured
# with wrk (apt-get install wrk). Bounded: each run lasts DURATION seconds.
#
#   bash benches/load.sh            # SQLite demo database
#
# The server is pinned to core 0 and wrk to core 1 (taskset), as figures on a shared
# 2-core VM are otherwise noisy. Tests never time anything; this script does.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-18181}"
DATA="$(mktemp -d)"
BIN=target/release/expomatch

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -x "$BIN" ] || cargo build --release

taskset -c 0 "$BIN" demo --data-dir "$DATA" --bind "127.0.0.1:$PORT" --workers 1 >"$DATA/demo.out" 2>"$DATA/demo.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do grep -q '^buyer: ' "$DATA/demo.out" 2>/dev/null && break; sleep 0.1; done

BUYER_LINK=$(sed -n 's/^buyer: //p' "$DATA/demo.out")
# Use the one-time link as a browser would (open it, press Continue) for a buyer session.
JAR="$DATA/cookies"
CSRF=$(curl -s -c "$JAR" "$BUYER_LINK" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf_token=$CSRF" "$BUYER_LINK"
COOKIE="expomatch=$(awk '$6 == "expomatch" {print $7}' "$JAR")"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/buyer")
[ "$STATUS" = 200 ] || { echo "could not sign in as the demo buyer (GET /buyer answered $STATUS)" >&2; exit 1; }

run() {
    local name=$1 path=$2; shift 2
    local out
    out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "http://127.0.0.1:$PORT$path")
    printf '%-34s %10s req/s   p50 %-9s p99 %s\n' "$name" \
        "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
        "$(awk '$1=="50%" {print $2}' <<<"$out")" \
        "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

echo "expomatch $(git rev-parse --short HEAD 2>/dev/null || echo '?') · $(nproc) cores · ${CONNECTIONS} connections · ${DURATION}s each"
run "GET /healthz (SELECT 1)" /healthz
run "GET / (landing, expo figures)" /
run "GET /buyer (signed in, agenda)" /buyer -H "Cookie: $COOKIE"
