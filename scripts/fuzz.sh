#!/usr/bin/env bash
# Fuzzes the share-link decoder (fuzz/fuzz_targets/decode_link.rs) with cargo-fuzz / libFuzzer.
#
#   scripts/fuzz.sh            1,000,000 inputs
#   scripts/fuzz.sh 50000000   another number of inputs
#   scripts/fuzz.sh 0          until stopped (Ctrl-C) or a crash
#   FUZZ_TIME=600 scripts/fuzz.sh 0   for at most 600 seconds
#
# cargo-fuzz needs a nightly compiler (-Z sanitizer flags). RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them, so no other toolchain is fetched. The seed corpus is the golden links.
# A crash leaves its input in fuzz/artifacts/decode_link/; reproduce it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run decode_link fuzz/artifacts/decode_link/<file>
set -euo pipefail

runs="${1:-1000000}"
if ! [[ "$runs" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [RUNS]   (a number; 0 = no limit)" >&2
    exit 2
fi

cd "$(dirname "$0")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz
fi

corpus=fuzz/corpus/decode_link
mkdir -p "$corpus"
# Seed with every golden link (valid and invalid), one file each.
i=0
while IFS=$'\t' read -r key value _rest; do
    [[ "$key" == link ]] || continue
    printf '%s' "$value" >"$corpus/golden-valid-$i"
    i=$((i + 1))
done <tests/golden/links_v1.txt
while IFS=$'\t' read -r id _error link; do
    [[ -z "$id" || "$id" == \#* ]] && continue
    printf '%s' "$link" >"$corpus/golden-invalid-$id"
done <tests/golden/links_invalid_v1.tsv

# libFuzzer's -runs=-1 is "no limit". -max_len above MAX_LINK_CHARS (8192) reaches the cap.
if [[ "$runs" == 0 ]]; then
    args=(-runs=-1 -max_len=9000)
else
    args=(-runs="$runs" -max_len=9000)
fi
if [[ -n "${FUZZ_TIME:-}" ]]; then
    args+=(-max_total_time="$FUZZ_TIME")
fi

export RUSTC_BOOTSTRAP=1
start=$(date +%s)
cargo fuzz run decode_link "$corpus" -- "${args[@]}"
echo "fuzz: decode_link, $runs runs requested, $(($(date +%s) - start)) s in all (build included)" >&2
