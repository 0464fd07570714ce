#!/usr/bin/env bash
# Every benchmark script the Makefile names, once, in its smoke mode, against the dist/ that is
# there (`make test` runs this after the e2e stage): one run, a tiny input, no extra builds, so
# a script that broke (a selector that no longer matches, a report that no longer adds up)
# fails here and not months later when someone measures. The figures mean little and are not
# judged; each script's own failure is. Stops at the first failure.
#
#   scripts/bench-smoke.sh      (after a build; DIST=dir, default dist, as scripts/test.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export E2E_DIST="${E2E_DIST:-${DIST:-dist}}"
[ -f "$E2E_DIST/index.html" ] || { echo "$E2E_DIST/index.html missing: build first" >&2; exit 1; }

for cmd in \
    "node scripts/bench.mjs --smoke" \
    "node scripts/bench-team.mjs --smoke" \
    "node scripts/trace-start.mjs --smoke" \
    "node scripts/lighthouse.mjs --smoke" \
    "node scripts/bench-decoder.mjs --smoke"; do
    printf '\n--- %s\n' "$cmd"
    start=$(date +%s)
    $cmd
    printf -- '--- %s: ok, %s s\n' "$cmd" "$(( $(date +%s) - start ))"
done
