#!/usr/bin/env bash
# Load figures for BENCHMARKS.md: the release binary's demo site on loopback, measured
# with wrk (apt-get install wrk) against the ceiling of a bare actix-web "hello" server
# (examples/hello.rs) in the same run, then each page's p99 at half its peak rate with
# oha (cargo install oha), and real bookings (examples/load_bookings.rs).
#
#   bash benches/load.sh                         # SQLite, 3 rounds of 10 s
#   DB=postgres bash benches/load.sh             # PostgreSQL (a fresh database expomatch_load)
#   CACHE=off bash benches/load.sh               # every page rendered afresh
#   ACCEPT_LANGUAGE=ko bash benches/load.sh      # the buyer's pages in Korean
#   ROUNDS=5 DURATION=5 bash benches/load.sh
#   SUPPLIERS=10000 BUYERS=2000 bash benches/load.sh   # a national directory
#
# These are one buyer's session asking for one page again and again: with the page
# cache on they measure the cache (label them so); with CACHE=off they measure each
# page rendered afresh. The realistic mix of many buyers and pages is benches/mix.sh.
#
# Protocol: both servers run one worker pinned to core 0; wrk, oha and the booking
# client run pinned to core 1 (taskset). The lines are measured in turn, round after
# round (interleaved), and each figure is the median of its rounds. The demo expo is
# the size of a real export consultation: 300 suppliers, 100 buyers, 40 tables, 2 days
# of 14 slots. Bounded: every wrk and oha run lasts DURATION seconds; a booking round
# books each free buyer slot once (about 1,000 bookings) and cancels them again,
# then waits (at most 2 minutes) until the outbox has sent their emails.
# Tests never time anything; this script does.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
BOOKING_CONNECTIONS="${BOOKING_CONNECTIONS:-32}"
PORT="${PORT:-18181}"
HELLO_PORT="${HELLO_PORT:-18182}"
DB="${DB:-sqlite}"
SUPPLIERS="${SUPPLIERS:-300}"
BUYERS="${BUYERS:-100}"
CACHE="${CACHE:-on}"
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_LOAD_DB="${PG_LOAD_DB:-expomatch_load}"
DATA="$(mktemp -d)"
BIN=target/release/expomatch
HELLO=target/release/examples/hello
BOOKER=target/release/examples/load_bookings

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v oha >/dev/null || { echo "oha is missing: cargo install oha" >&2; exit 1; }
[ -x "$BIN" ] && [ -x "$HELLO" ] && [ -x "$BOOKER" ] ||
    cargo build --release --bin expomatch --example hello --example load_bookings

DEMO_ARGS=(--data-dir "$DATA" --bind "127.0.0.1:$PORT" --workers 1
    --suppliers "$SUPPLIERS" --buyers "$BUYERS" --tables 40 --buyer-links "$DATA/links.txt"
    --login-attempts-per-minute 10000 --page-cache "$([ "$CACHE" = off ] && echo false || echo true)")
case "$DB" in
    sqlite) BACKEND=SQLite ;;
    postgres)
        BACKEND=PostgreSQL
        command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }
        psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_LOAD_DB" -c "CREATE DATABASE $PG_LOAD_DB"
        DEMO_ARGS+=(--database-url "${PG_ADMIN_URL%/*}/$PG_LOAD_DB")
        ;;
    *) echo "DB must be sqlite or postgres, not $DB" >&2; exit 1 ;;
esac

taskset -c 0 "$HELLO" "127.0.0.1:$HELLO_PORT" >/dev/null 2>&1 &
HELLO_PID=$!
taskset -c 0 "$BIN" demo "${DEMO_ARGS[@]}" >"$DATA/demo.out" 2>"$DATA/demo.err" &
SERVER=$!
trap 'kill $SERVER $HELLO_PID 2>/dev/null; wait $SERVER $HELLO_PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 9000); do grep -q '^buyer: ' "$DATA/demo.out" 2>/dev/null && break; sleep 0.1; done
grep -q '^buyer: ' "$DATA/demo.out" || { cat "$DATA/demo.err" >&2; echo "the demo did not start" >&2; exit 1; }
sleep 3 # the outbox worker sends the demo's queued mail (about 600 messages) first

BUYER_LINK=$(sed -n 's/^buyer: //p' "$DATA/demo.out")
# Use the one-time link as a browser would (open it, press Continue) for a buyer session.
JAR="$DATA/cookies"
# The buyer signs in with the browser language ACCEPT_LANGUAGE (default en), which becomes
# the language of every page measured (ACCEPT_LANGUAGE=ko measures Korean pages).
ACCEPT="Accept-Language: ${ACCEPT_LANGUAGE:-en}"
CSRF=$(curl -s -H "$ACCEPT" -c "$JAR" "$BUYER_LINK" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -H "$ACCEPT" -b "$JAR" -c "$JAR" --data-urlencode "csrf_token=$CSRF" "$BUYER_LINK"
# One page with a form, so the session holds its CSRF token from here on.
curl -s -o /dev/null -b "$JAR" -c "$JAR" "http://127.0.0.1:$PORT/buyer/profile"
COOKIE="expomatch=$(awk '$6 == "expomatch" {print $7}' "$JAR")"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/buyer")
[ "$STATUS" = 200 ] || { echo "could not sign in as the demo buyer (GET /buyer answered $STATUS)" >&2; exit 1; }
# The best-matching supplier on the directory: its page lists the slots it can book.
curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/buyer/suppliers" >"$DATA/directory.html"
grep -o 'href="/buyer/suppliers/[0-9]*"' "$DATA/directory.html" | grep -o '[0-9]*' >"$DATA/suppliers.txt" || true
SUPPLIER=$(sed -n '1p' "$DATA/suppliers.txt")
SUPPLIERS=$({ grep -o '[0-9]* suppliers)\|of [0-9]*\.' "$DATA/directory.html" || true; } | grep -o '[0-9]*' | tail -n1 || true)
[ -n "$SUPPLIER" ] || { echo "no supplier on the directory" >&2; exit 1; }

# name|url|extra header
LINES=(
    "hello (bare actix-web, the ceiling)|http://127.0.0.1:$HELLO_PORT/|"
    "GET /healthz (SELECT 1)|http://127.0.0.1:$PORT/healthz|"
    "GET / (landing, expo figures)|http://127.0.0.1:$PORT/|"
    "GET /buyer (agenda)|http://127.0.0.1:$PORT/buyer|Cookie: $COOKIE"
    "GET /buyer/suppliers (directory of $SUPPLIERS, page 1)|http://127.0.0.1:$PORT/buyer/suppliers|Cookie: $COOKIE"
    "GET /buyer/suppliers?page=20 (a later page)|http://127.0.0.1:$PORT/buyer/suppliers?page=20|Cookie: $COOKIE"
    "GET /buyer/suppliers?sector=water&country=VN (filtered)|http://127.0.0.1:$PORT/buyer/suppliers?sector=water&country=VN|Cookie: $COOKIE"
    "GET /buyer/suppliers?q=pump (searched, English)|http://127.0.0.1:$PORT/buyer/suppliers?q=pump|Cookie: $COOKIE"
    "GET /buyer/suppliers?q=의료 (searched, Korean)|http://127.0.0.1:$PORT/buyer/suppliers?q=%EC%9D%98%EB%A3%8C|Cookie: $COOKIE"
    "GET /buyer/suppliers/$SUPPLIER (free slots)|http://127.0.0.1:$PORT/buyer/suppliers/$SUPPLIER|Cookie: $COOKIE"
)
BOOK=${#LINES[@]}
CANCEL=$((BOOK + 1))

to_ms() { # wrk latency like 812.00us, 1.69ms, 2.01s -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# Every result line: index round req/s p50 p99 errors
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
    # Bookings: each free buyer slot booked once, then cancelled, through the forms.
    taskset -c 1 "$BOOKER" "http://127.0.0.1:$PORT" "$DATA/links.txt" "$DATA/sessions.txt" \
        "$BOOKING_CONNECTIONS" >"$DATA/booking.out"
    # The outbox then sends the round's emails (about 3,400 .eml files); wait until it
    # is done, so their commits (each one invalidates every cached page on SQLite) and
    # the worker's CPU are not measured against the next line.
    count=-1
    for _ in $(seq 1 120); do
        now=$(find "$DATA/mail" -type f 2>/dev/null | wc -l)
        [ "$now" = "$count" ] && break
        count=$now
        sleep 1
    done
    awk -v r="$round" -v b="$BOOK" -v c="$CANCEL" \
        '{ i = ($1 == "book") ? b : c; print i, r, $2, $3, $4, $5; n[i] = $6; l += $7 }
         END { print n[b], n[c], l > "/dev/stderr" }' "$DATA/booking.out" >>"$RESULTS" 2>>"$DATA/booking.counts"
done

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -v i="$1" -v c="$2" '$1 == i {print $c}' "$RESULTS" | median; }
CEILING=$(col 0 3)

# p99 at half of each GET line's median peak, open loop (oha -q), pinned the same way.
HALF="$DATA/half"
: >"$HALF"
for i in "${!LINES[@]}"; do
    IFS='|' read -r name url header <<<"${LINES[$i]}"
    rate=$(awk -v r="$(col "$i" 3)" 'BEGIN { printf "%d", r / 2 }')
    args=(-z "${DURATION}s" -q "$rate" -c "$CONNECTIONS" --no-tui --output-format json)
    [ -n "$header" ] && args+=(-H "$header")
    p99=$(taskset -c 1 oha "${args[@]}" "$url" |
        python3 -c 'import json,sys; print("%.2f" % (1000 * json.load(sys.stdin)["latencyPercentiles"]["p99"]))')
    echo "$i $rate $p99" >>"$HALF"
done

LOCKED=$(awk '{ s += $3 } END { print s + 0 }' "$DATA/booking.counts")
BOOKED=$(awk 'NR == 1 { print $1 }' "$DATA/booking.counts")
echo "expomatch $(git rev-parse --short HEAD 2>/dev/null || echo '?') · $(nproc) cores · $BACKEND · page cache $CACHE · pages in ${ACCEPT_LANGUAGE:-en} · ${CONNECTIONS} connections · ${DURATION}s × ${ROUNDS} rounds, medians"
printf '%-52s %10s %8s %8s %8s %8s %16s\n' "" "req/s" "ceiling" "p50 ms" "p99 ms" "errors" "p99 at half rate"
for i in "${!LINES[@]}" "$BOOK" "$CANCEL"; do
    if [ "$i" = "$BOOK" ]; then
        name="POST book ($BOOKING_CONNECTIONS connections, $BOOKED bookings a round)"
    elif [ "$i" = "$CANCEL" ]; then
        name="POST cancel (the same meetings)"
    else
        IFS='|' read -r name _ _ <<<"${LINES[$i]}"
    fi
    rps=$(col "$i" 3)
    errors=$(awk -v i="$i" '$1 == i {s += $6} END {print s + 0}' "$RESULTS")
    share=$(awk -v r="$rps" -v c="$CEILING" 'BEGIN { printf "%.0f%%", 100 * r / c }')
    half=$(awk -v i="$i" '$1 == i { printf "%s ms @ %d/s", $3, $2 }' "$HALF")
    printf '%-52s %10s %8s %8s %8s %8s %16s\n' "$name" "$rps" "$share" "$(col "$i" 4)" "$(col "$i" 5)" "$errors" "${half:--}"
done
echo "bookings answered \"database is locked\": $LOCKED"
