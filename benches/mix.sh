#!/usr/bin/env bash
# A load that looks like an expo's traffic, not one buyer repeating one page: many
# signed-in buyers, each request a random buyer on a random page (agenda, directory
# pages, searches in English and Korean, sector and market filters, any supplier's
# page) with bookings and cancellations through the forms mixed in. The generator is
# examples/load_mix.rs (its doc has the mix's weights and how each figure is taken).
#
#   bash benches/mix.sh                                  # SQLite, 300 suppliers, 3 rounds of 10 s
#   CACHE=off bash benches/mix.sh                        # every page rendered afresh
#   DB=postgres bash benches/mix.sh                      # PostgreSQL (a fresh database expomatch_mix)
#   SUPPLIERS=10000 BUYERS=2000 MIX_BUYERS=100 bash benches/mix.sh   # a national directory
#   ROUNDS=1 DURATION=5 bash benches/mix.sh              # a quick look
#
# Needs wrk (apt-get install wrk), oha (cargo install oha), taskset (util-linux) and,
# for DB=postgres, psql (apt-get install postgresql-client) and a server at PG_ADMIN_URL.
# Builds the release binary, hello and load_mix when they are missing (a stale binary
# is only warned about: `cargo build --release --bin expomatch --example hello
# --example load_mix` first).
#
# Protocol, as in load.sh: the release binary's demo and the bare actix-web hello server
# (examples/hello.rs, the ceiling) each run one worker pinned to core 0; wrk, oha and
# load_mix run pinned to core 1. Each round measures, in turn, hello with wrk, hello
# with load_mix (so the ceiling is also measured by the mix's own client) and the mix
# in a closed loop (CONNECTIONS in flight, as fast as they go). Then, ROUNDS times, the
# mix in an open loop at half the median closed-loop peak (latency from each request's
# scheduled time), and hello at the same rate with load_mix and oha (the latency floor
# of the client and loopback). Figures are medians over the rounds; errors are summed.
# After every mix run the script waits (at most 2 minutes) until the outbox has written
# the bookings' emails, so their work is not measured against the next line.
#
# Reported: hello req/s (wrk, load_mix), mix req/s and its share of both ceilings,
# p50/p99 of the closed loop, p50/p99/max of the open loop, errors (any answer but the
# one a person gets: see load_mix), the server's resident memory after start (VmRSS)
# and its peak (VmHWM) at the end, the database's size on disk after start and at the
# end (SQLite: the file and its WAL; PostgreSQL: pg_database_size), and how long the
# demo took to seed and listen (waited for up to SEED_WAIT seconds, default 900). Each
# kind of request's own p50/p99 (from the last closed and open rounds) follows the table.
# Bounded: every run lasts DURATION seconds (an open run sends at most rate × DURATION
# requests); servers listen on 127.0.0.1 only and are stopped at the end. If rustc is
# running (another build on this machine), the report says the figures are disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
SUPPLIERS="${SUPPLIERS:-300}"
BUYERS="${BUYERS:-100}"
TABLES="${TABLES:-40}"
PORT="${PORT:-18191}"
HELLO_PORT="${HELLO_PORT:-18192}"
DB="${DB:-sqlite}"
CACHE="${CACHE:-on}"
SEED_WAIT="${SEED_WAIT:-900}"
SEED="${SEED:-1}"
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_LOAD_DB="${PG_LOAD_DB:-expomatch_mix}"
BIN=target/release/expomatch
HELLO=target/release/examples/hello
MIX=target/release/examples/load_mix

for tool in wrk oha taskset; do
    command -v "$tool" >/dev/null || {
        case "$tool" in
            wrk) how="apt-get install wrk" ;;
            oha) how="cargo install oha --locked" ;;
            taskset) how="apt-get install util-linux" ;;
        esac
        echo "mix.sh: $tool is missing ($how); nothing was measured" >&2
        exit 1
    }
done
case "$CACHE" in on | off) ;; *) echo "mix.sh: CACHE must be on or off, not $CACHE" >&2; exit 1 ;; esac
for n in DURATION ROUNDS CONNECTIONS SUPPLIERS BUYERS TABLES SEED_WAIT; do
    [[ "${!n}" =~ ^[1-9][0-9]*$ ]] || { echo "mix.sh: $n must be a positive whole number, not ${!n}" >&2; exit 1; }
done
if [ -x "$BIN" ] && [ -x "$HELLO" ] && [ -x "$MIX" ]; then
    # A binary older than its sources measures other code than the tree's.
    stale() { find "${@:2}" -type f -newer "$1" 2>/dev/null | head -n1; }
    for b in "$BIN:src templates migrations locales Cargo.toml" "$HELLO:examples/hello.rs" \
        "$MIX:examples/load_mix.rs examples/common"; do
        # shellcheck disable=SC2086 # the sources are a list of words
        newer=$(stale "${b%%:*}" ${b#*:})
        [ -z "$newer" ] || echo "mix.sh: warning: $newer is newer than ${b%%:*} (rebuild: cargo build --release --bin expomatch --example hello --example load_mix)" >&2
    done
else
    cargo build --release --bin expomatch --example hello --example load_mix
fi

DATA="$(mktemp -d)"
DEMO_ARGS=(--data-dir "$DATA" --bind "127.0.0.1:$PORT" --workers 1
    --suppliers "$SUPPLIERS" --buyers "$BUYERS" --tables "$TABLES" --buyer-links "$DATA/links.txt"
    --login-attempts-per-minute 100000 --page-cache "$([ "$CACHE" = off ] && echo false || echo true)")
case "$DB" in
    sqlite) BACKEND=SQLite ;;
    postgres)
        BACKEND=PostgreSQL
        command -v psql >/dev/null || { echo "mix.sh: psql is missing (apt-get install postgresql-client)" >&2; exit 1; }
        psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_LOAD_DB" -c "CREATE DATABASE $PG_LOAD_DB"
        DEMO_ARGS+=(--database-url "${PG_ADMIN_URL%/*}/$PG_LOAD_DB")
        ;;
    *) echo "mix.sh: DB must be sqlite or postgres, not $DB" >&2; exit 1 ;;
esac

SERVER=
HELLO_PID=
stop() {
    for pid in $SERVER $HELLO_PID; do kill "$pid" 2>/dev/null || true; done
    for pid in $SERVER $HELLO_PID; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$DATA"
}
trap stop EXIT

# Another build or test run on this machine makes every figure lower than it is. Called
# between runs, while the servers idle: a compiler running, or more than a quarter of
# the machine's CPU busy over one second, marks the report as disturbed.
DISTURBED=0
CHECKS=0
WHY=
busy() {
    local a b
    a=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat)
    local share
    share=$(awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); u = y[1] - x[1]; i = y[2] - x[2]; printf "%d", (u + i > 0) ? 100 * u / (u + i) : 0 }')
    CHECKS=$((CHECKS + 1))
    if pgrep -x rustc >/dev/null; then
        DISTURBED=$((DISTURBED + 1))
        WHY="rustc running"
    elif [ "$share" -gt 25 ]; then
        DISTURBED=$((DISTURBED + 1))
        WHY="${share}% of the CPU busy while the servers idled"
    fi
}
rss_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
db_bytes() {
    if [ "$DB" = sqlite ]; then
        cat "$DATA"/demo.sqlite* 2>/dev/null | wc -c
    else
        psql -Atq "$PG_ADMIN_URL" -c "SELECT pg_database_size('$PG_LOAD_DB')"
    fi
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
# Until the outbox has written the emails of the bookings (the number of .eml files
# stays the same for two seconds), at most $1 seconds.
mail_settles() {
    local count=-1 now
    for _ in $(seq 1 "$1"); do
        now=$(find "$DATA/mail" -type f 2>/dev/null | wc -l)
        [ "$now" = "$count" ] && break
        count=$now
        sleep 1
    done
}

taskset -c 0 "$HELLO" "127.0.0.1:$HELLO_PORT" >/dev/null 2>&1 &
HELLO_PID=$!
echo "seeding the demo: $SUPPLIERS suppliers, $BUYERS buyers, $TABLES tables on $BACKEND (waiting up to $SEED_WAIT s)" >&2
STARTED=$(date +%s.%N)
taskset -c 0 "$BIN" demo "${DEMO_ARGS[@]}" >"$DATA/demo.out" 2>"$DATA/demo.err" &
SERVER=$!
until grep -q '^buyer: ' "$DATA/demo.out" 2>/dev/null; do
    if ! kill -0 "$SERVER" 2>/dev/null; then
        cat "$DATA/demo.err" >&2
        echo "mix.sh: the demo stopped before it listened" >&2
        exit 1
    fi
    if awk -v s="$STARTED" -v now="$(date +%s.%N)" -v w="$SEED_WAIT" 'BEGIN { exit !(now - s > w) }'; then
        echo "mix.sh: the demo was not listening after $SEED_WAIT s (SEED_WAIT)" >&2
        exit 1
    fi
    sleep 0.2
done
LOAD_TIME=$(awk -v s="$STARTED" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f", now - s }')
echo "the demo was seeded and listening after $LOAD_TIME s" >&2
mail_settles 300 # the demo's queued sample mail is sent first
RSS_START=$(rss_kb "$SERVER" VmRSS)
DB_START=$(db_bytes)
[ -s "$DATA/links.txt" ] || { echo "mix.sh: the demo wrote no buyer links" >&2; exit 1; }

MIX_ARGS=(--url "http://127.0.0.1:$PORT" --links "$DATA/links.txt" --sessions "$DATA/sessions.txt"
    --site "$DATA/site.txt" --connections "$CONNECTIONS" --duration "$DURATION")
# MIX_BUYERS=K: the load signs in the first K buyers only (at least 100 is realistic;
# each one's first directory page, made off the clock, costs a few hundred ms at 10,000 suppliers).
[ -n "${MIX_BUYERS:-}" ] && MIX_ARGS+=(--buyers "$MIX_BUYERS")
HELLO_ARGS=(--url "http://127.0.0.1:$HELLO_PORT" --connections "$CONNECTIONS" --duration "$DURATION")

# run NAME ROUND ERRFILE COMMAND…: appends "NAME ROUND <its output line>" to the results;
# a failed run stops the script with what it said.
run() {
    local name=$1 round=$2 err=$3 line
    shift 3
    if ! line=$("$@" 2>"$err"); then
        cat "$err" >&2
        echo "mix.sh: $name run $round failed: $*" >&2
        exit 1
    fi
    echo "$name $round $line" >>"$RESULTS"
}

# Every result line: NAME ROUND FIELDS… (load_mix's line for mix and hello runs)
RESULTS="$DATA/results"
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
    busy
    out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$HELLO_PORT/")
    echo "wrk $round $(awk '/Requests\/sec/ {print $2}' <<<"$out")" >>"$RESULTS"
    run lhello "$round" "$DATA/hello.err" taskset -c 1 "$MIX" hello closed "${HELLO_ARGS[@]}"
    run closed "$round" "$DATA/closed.err" taskset -c 1 "$MIX" mix closed "${MIX_ARGS[@]}" --seed "$((SEED + round))"
    mail_settles 120
    busy
done

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# col NAME N: the median of field N of NAME's lines (field 1 is the name, 2 the round)
col() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$RESULTS" | median; }
total() { awk -v n="$1" -v c="$2" '$1 == n {s += $c} END {print s + 0}' "$RESULTS"; }

# load_mix's closed line: TARGET closed REQ_PER_S P50 P99 ERRORS REQUESTS MAX BOOKED CANCELLED
# (fields 5… here, after NAME ROUND)
PEAK=$(col closed 5)
RATE=$(awk -v p="$PEAK" 'BEGIN { r = int(p / 2); print (r < 1) ? 1 : r }')
for round in $(seq 1 "$ROUNDS"); do
    busy
    # load_mix's open line: TARGET open RATE ACHIEVED P50 P99 MAX ERRORS REQUESTS BOOKED CANCELLED
    run open "$round" "$DATA/open.err" taskset -c 1 "$MIX" mix open --rate "$RATE" "${MIX_ARGS[@]}" --seed "$((SEED + 100 + round))"
    mail_settles 120
    run lhopen "$round" "$DATA/hello.err" taskset -c 1 "$MIX" hello open --rate "$RATE" "${HELLO_ARGS[@]}"
    oha=$(taskset -c 1 oha -z "${DURATION}s" -q "$RATE" -c "$CONNECTIONS" --no-tui --output-format json "http://127.0.0.1:$HELLO_PORT/" |
        python3 -c 'import json,sys; p = json.load(sys.stdin)["latencyPercentiles"]; print("%.2f %.2f" % (1000 * p["p50"], 1000 * p["p99"]))')
    echo "oha $round $oha" >>"$RESULTS"
    busy
done
PEAK_RSS=$(rss_kb "$SERVER" VmHWM)
DB_END=$(db_bytes)

WRK=$(col wrk 3)
LHELLO=$(col lhello 5)
share() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
git diff --quiet HEAD -- src examples templates 2>/dev/null || COMMIT="$COMMIT+changes"

echo
echo "expomatch $COMMIT · $(nproc) cores · $BACKEND · page cache $CACHE · $SUPPLIERS suppliers, $BUYERS buyers, $TABLES tables · $CONNECTIONS connections · ${DURATION}s × ${ROUNDS} rounds, medians"
[ "$DISTURBED" -gt 0 ] && echo "DISTURBED: other work on this machine at $DISTURBED of $CHECKS checks between runs (last: $WHY); the figures are lower than they are"
echo "(% wrk, % own: the share of hello's rate measured by wrk and by load_mix, the mix's own client)"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "" "req/s" "% wrk" "% own" "p50 ms" "p99 ms" "max ms" "errors"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "hello, wrk (the ceiling)" "$WRK" "100%" "" "" "" "" ""
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "hello, load_mix (the mix's client)" "$LHELLO" "$(share "$LHELLO" "$WRK")" "100%" \
    "$(col lhello 6)" "$(col lhello 7)" "$(col lhello 10)" "$(total lhello 8)"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "mix, closed loop" "$PEAK" "$(share "$PEAK" "$WRK")" "$(share "$PEAK" "$LHELLO")" \
    "$(col closed 6)" "$(col closed 7)" "$(col closed 10)" "$(total closed 8)"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "mix, open loop at $RATE/s (half the peak)" "$(col open 6)" "" "" \
    "$(col open 7)" "$(col open 8)" "$(col open 9)" "$(total open 10)"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "hello, open loop at $RATE/s, load_mix" "$(col lhopen 6)" "" "" \
    "$(col lhopen 7)" "$(col lhopen 8)" "$(col lhopen 9)" "$(total lhopen 10)"
printf '%-44s %10s %8s %8s %8s %8s %8s %8s\n' "hello, open loop at $RATE/s, oha" "" "" "" "$(col oha 3)" "$(col oha 4)" "" ""
echo "bookings: $(total closed 11) booked and $(total closed 12) cancelled in the closed loops, $(total open 12) and $(total open 13) in the open loops (all the rest cancelled after each run)"
echo "demo seeded and listening after $LOAD_TIME s; server memory $(mb $((RSS_START * 1024))) after start (VmRSS), peak $(mb $((PEAK_RSS * 1024))) (VmHWM); database $(mb "$DB_START") after start, $(mb "$DB_END") at the end"
echo
echo "each kind of request, last closed round:"
grep '^#' "$DATA/closed.err" || true
echo "each kind of request, last open round:"
grep '^#' "$DATA/open.err" || true
