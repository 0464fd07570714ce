#!/usr/bin/env bash
# The e2e suite while both cores are kept busy, to find tests that only pass on an idle machine
# (issue 12: "the whole e2e suite passes three times in a row while another process keeps both
# cores busy").
#
#   scripts/e2e-under-load.sh [-n RUNS] [-l LOADERS] [TEST_PATH...]
#
#   -n RUNS     how many times to run the suite (default 3, or $E2E_LOAD_RUNS); stops at the
#               first failing run
#   -l LOADERS  how many busy loops (default: one per core, `nproc`, or $E2E_LOAD_PROCS)
#   TEST_PATH   what node --test runs (default tests/e2e/)
#
# The load: LOADERS processes of `node -e 'for(;;){}'`, each a single thread spinning at 100 %
# at normal priority (nice 0), the same priority as the browser and the tests. They are
# started before the first run and killed (by their own process ids) when the script exits,
# however it exits. Needs dist/ (make build). Exit status 0 only when every run passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${E2E_LOAD_RUNS:-3}"
LOADERS="${E2E_LOAD_PROCS:-$(nproc)}"
while getopts 'n:l:h' opt; do
    case "$opt" in
        n) RUNS="$OPTARG" ;;
        l) LOADERS="$OPTARG" ;;
        h) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ "$#" -gt 0 ] || set -- tests/e2e/
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "e2e-under-load: -n needs a positive number" >&2; exit 2; }
[[ "$LOADERS" =~ ^[0-9]+$ ]] || { echo "e2e-under-load: -l needs a number" >&2; exit 2; }
[ -d dist ] || { echo "e2e-under-load: dist/ missing: run 'make build' first" >&2; exit 1; }

say() { printf '[e2e-under-load] %s\n' "$*"; }

LOAD_PIDS=()
SUITE_PID=
stop_load() {
    local pid
    # A suite still running (the script was interrupted): stop it and its browsers too.
    [ -z "$SUITE_PID" ] || kill -- "-$SUITE_PID" 2>/dev/null || kill "$SUITE_PID" 2>/dev/null || true
    for pid in "${LOAD_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${LOAD_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    LOAD_PIDS=()
}
trap stop_load EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for ((i = 0; i < LOADERS; i++)); do
    node -e 'for (;;) {}' &
    LOAD_PIDS+=("$!")
done
LOAD="$LOADERS busy loop(s) of \`node -e 'for(;;){}'\` at nice 0 on $(nproc) core(s) (pids ${LOAD_PIDS[*]:-none})"
say "load: $LOAD"
say "suite: node --test --test-concurrency=1 --test-timeout=300000 $*"

passed=0
for ((run = 1; run <= RUNS; run++)); do
    say "run $run/$RUNS: start $(date +%T), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    start=$SECONDS
    # In the background, in a process group of its own, and waited for: a signal to this
    # script runs the trap at once (not only after the suite ends) and stops the whole suite.
    set -m
    node --test --test-concurrency=1 --test-timeout=300000 "$@" &
    SUITE_PID=$!
    set +m
    status=0
    wait "$SUITE_PID" || status=$?
    SUITE_PID=
    if [ "$status" -eq 0 ]; then
        say "run $run/$RUNS: PASS in $((SECONDS - start)) s"
        passed=$((passed + 1))
    else
        say "run $run/$RUNS: FAIL in $((SECONDS - start)) s (stopping; load average $(cut -d' ' -f1-3 /proc/loadavg))"
        say "result: $passed of $RUNS passed before the failure, under $LOAD"
        exit 1
    fi
done
say "result: all $RUNS runs passed under $LOAD"
