#!/usr/bin/env bash
# What the server-side session check costs signed-in pages: two release binaries (say
# the commit before server-side sessions and this one) each run the demo at a real
# expo's size with the page cache OFF (so every request is routed, its session checked
# and its page rendered), one worker pinned to core 0; wrk on core 1 asks for the
# buyer's agenda and a supplier's page with one signed-in buyer's cookie. Rounds are
# interleaved; each figure is the median.
#
#   BASE=/tmp/expomatch-base NEW=target/release/expomatch bash benches/session_overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${BASE:?BASE=path to the binary to compare against}"
NEW="${NEW:-target/release/expomatch}"
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
CACHE="${CACHE:-false}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

DATA="$(mktemp -d)"
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

start() { # name binary port
    mkdir -p "$DATA/$1"
    taskset -c 0 "$2" demo --data-dir "$DATA/$1" --bind "127.0.0.1:$3" --workers 1 \
        --suppliers 300 --buyers 100 --tables 40 --login-attempts-per-minute 10000 \
        --page-cache "$CACHE" >"$DATA/$1/out" 2>"$DATA/$1/err" &
    PIDS+=($!)
    for _ in $(seq 1 300); do grep -q '^buyer: ' "$DATA/$1/out" 2>/dev/null && break; sleep 0.1; done
    local link csrf jar="$DATA/$1/jar"
    link=$(sed -n 's/^buyer: //p' "$DATA/$1/out")
    csrf=$(curl -s -c "$jar" "$link" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n1)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf_token=$csrf" "$link"
    curl -s -o /dev/null -b "$jar" -c "$jar" "http://127.0.0.1:$3/buyer/profile"
    echo "expomatch=$(awk '$6 == "expomatch" {print $7}' "$jar")" >"$DATA/$1/cookie"
    curl -s -H "Cookie: $(cat "$DATA/$1/cookie")" "http://127.0.0.1:$3/buyer/suppliers" |
        grep -o 'href="/buyer/suppliers/[0-9]*"' | grep -o '[0-9]*' | head -n1 >"$DATA/$1/supplier"
}
start base "$BASE" 18281
start new "$NEW" 18282
sleep 5 # each demo's outbox sends its queued mail first

: >"$DATA/results"
for round in $(seq 1 "$ROUNDS"); do
    for name in base new; do
        port=$([ "$name" = base ] && echo 18281 || echo 18282)
        cookie=$(cat "$DATA/$name/cookie")
        for page in /buyer "/buyer/suppliers/$(cat "$DATA/$name/supplier")"; do
            rps=$(taskset -c 1 wrk -t1 -c64 -d"${DURATION}s" -H "Cookie: $cookie" "http://127.0.0.1:$port$page" |
                awk '/Requests\/sec/ {print $2}')
            kind=$([ "$page" = /buyer ] && echo agenda || echo supplier-page)
            echo "$name $kind $rps" >>"$DATA/results"
        done
    done
done
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "page cache $CACHE · one worker on core 0, wrk on core 1 · 64 connections · ${DURATION}s × ${ROUNDS} rounds, medians (req/s)"
for kind in agenda supplier-page; do
    b=$(awk -v k="$kind" '$1 == "base" && $2 == k {print $3}' "$DATA/results" | median)
    n=$(awk -v k="$kind" '$1 == "new" && $2 == k {print $3}' "$DATA/results" | median)
    printf '%-14s base %10s   new %10s   %+.1f%%\n' "$kind" "$b" "$n" "$(awk -v b="$b" -v n="$n" 'BEGIN { print 100 * (n - b) / b }')"
done
