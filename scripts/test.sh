#!/usr/bin/env bash
# The whole test suite (`make test`, and so CI): every stage in order, stopping at the first
# failure, each timed, with a summary table at the end (also after a failure).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Tools live in ~/.cargo/bin and node_modules/.bin (wasm-opt for trunk).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ -n "${CI:-}" ]; then export CARGO_TERM_COLOR=never; fi
# Where the release build goes and the e2e tests read it (default dist/; set DIST to keep a
# separate build, e.g. while someone else is building into dist/ on the same machine).
DIST="${DIST:-dist}"
export E2E_DIST="$DIST"

SUMMARY=()
suite_start=$(date +%s)
summary() {
    local status=$?
    printf '\n%-34s %8s  %s\n' "stage" "seconds" "result"
    printf '%-34s %8s  %s\n' "----------------------------------" "--------" "------"
    local row
    for row in "${SUMMARY[@]}"; do printf '%s\n' "$row"; done
    printf '%-34s %8s\n' "total" "$(( $(date +%s) - suite_start ))"
    if [ "$status" -eq 0 ]; then echo "make test: all stages passed"; else echo "make test: FAILED" >&2; fi
    if [ "$status" -ne 0 ] && [ -n "$LOW_DISK" ]; then printf '%s\n' "$LOW_DISK" >&2; fi
}
trap summary EXIT

stage() {
    local name="$1"; shift
    printf '\n==> %s: %s\n' "$name" "$*"
    local start status
    start=$(date +%s)
    set +e
    "$@"
    status=$?
    set -e
    local secs=$(( $(date +%s) - start ))
    if [ "$status" -eq 0 ]; then
        SUMMARY+=("$(printf '%-34s %8s  %s' "$name" "$secs" ok)")
    else
        SUMMARY+=("$(printf '%-34s %8s  %s' "$name" "$secs" "FAILED (exit $status)")")
        printf '==> %s FAILED (exit %s)\n' "$name" "$status" >&2
        exit "$status"
    fi
}

# A full build from a fresh clone writes about 5 GB (target/ for two targets and three release
# builds, node_modules, Chromium's profiles). A disk that fills up mid-build fails in cargo or
# trunk with errors that do not say so (seen: "HTML build pipeline failed (3 errors)"), so a
# low disk is said first, and again under a failed run's summary.
LOW_DISK=""
free_kb=$(df -Pk . | awk 'NR==2 {print $4}')
if [ -n "$free_kb" ] && [ "$free_kb" -lt $((6 * 1024 * 1024)) ]; then
    LOW_DISK="make test: only $((free_kb / 1024)) MB free on this disk; a build from a fresh clone needs about 5 GB. A stage that fails may have run out of space."
    printf 'WARNING: %s\n' "$LOW_DISK" >&2
fi

# First, as it needs only git and node: conflict markers, broken links in the docs (make check-tree).
stage "tree checks (markers, doc links)" make --no-print-directory check-tree
# The wasm32 stages take the browser code only: the lib, the bin and tests/web.rs (the native
# test files are for `cargo test`; compiling them for wasm32 would only cost time).
stage "install tools"            scripts/install-tools.sh
stage "cargo fmt --check"        cargo fmt --all -- --check
stage "script tests (node)"      node --test tests/scripts/
stage "clippy (native)"          cargo clippy --all-targets -- -D warnings
stage "clippy (wasm32)"          cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
stage "cargo test (native)"      cargo test
stage "cargo test (wasm32)"      cargo test --target wasm32-unknown-unknown --test web
stage "trunk build --release"    trunk build --release --offline --dist "$DIST"
stage "size report"              scripts/size-report.sh "$DIST"
stage "e2e (Playwright)"         node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
stage "benchmarks (smoke)"       scripts/bench-smoke.sh
