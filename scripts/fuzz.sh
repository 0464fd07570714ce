#!/usr/bin/env bash
# Runs a cargo-fuzz / libFuzzer target (fuzz/fuzz_targets/): `decode_link`, the share-link
# decoder (the default), `embed_options`, the embed options parser (src/embed.rs), or
# `collect_text`, the collector of result links from pasted text (src/domain/collect.rs).
#
#   scripts/fuzz.sh                          decode_link, 1,000,000 inputs
#   scripts/fuzz.sh 50000000                 decode_link, another number of inputs
#   scripts/fuzz.sh embed_options            embed_options, 1,000,000 inputs
#   scripts/fuzz.sh embed_options 5000000    a named target and a number of inputs
#   scripts/fuzz.sh 0                        until stopped (Ctrl-C) or a crash
#   FUZZ_TIME=600 scripts/fuzz.sh 0          for at most 600 seconds
#
# cargo-fuzz needs a nightly compiler (-Z sanitizer flags). RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them, so no other toolchain is fetched. The seed corpus is the golden links of
# versions 1, 2 and 3 (decode_link and collect_text) or a few embed queries (embed_options). A crash
# leaves its input in fuzz/artifacts/<target>/; reproduce it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run <target> fuzz/artifacts/<target>/<file>
set -euo pipefail

usage() {
    echo "usage: $0 [decode_link|embed_options|collect_text] [RUNS]   (RUNS a number; 0 = no limit)" >&2
    exit 2
}

target=decode_link
if [[ $# -gt 0 && ! "$1" =~ ^[0-9]+$ ]]; then
    target="$1"
    shift
fi
runs="${1:-1000000}"
[[ $# -le 1 && "$runs" =~ ^[0-9]+$ ]] || usage
case "$target" in
    decode_link) max_len=9000 ;; # above MAX_LINK_CHARS (8192): reaches the cap
    embed_options) max_len=4096 ;; # above MAX_QUERY_CHARS (2048): reaches the cut
    collect_text) max_len=16384 ;; # above MAX_LINK_CHARS (8192): a wrapped link can reach the cap
    *) echo "unknown fuzz target: $target" >&2; usage ;;
esac

cd "$(dirname "$0")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz
fi

corpus="fuzz/corpus/$target"
mkdir -p "$corpus"
if [[ "$target" == decode_link || "$target" == collect_text ]]; then
    # Seed with every golden link (valid and invalid, versions 1, 2 and 3), one file each.
    i=0
    while IFS=$'\t' read -r key value _rest; do
        [[ "$key" == link ]] || continue
        printf '%s' "$value" >"$corpus/golden-valid-$i"
        i=$((i + 1))
    done < <(cat tests/golden/links_v1.txt tests/golden/links_v2.txt tests/golden/links_v3.txt)
    while IFS=$'\t' read -r id _error link; do
        [[ -z "$id" || "$id" == \#* ]] && continue
        printf '%s' "$link" >"$corpus/golden-invalid-$id"
    done < <(cat tests/golden/links_invalid_v1.tsv tests/golden/links_invalid_v2.tsv tests/golden/links_invalid_v3.tsv)
else
    # Seed with the queries embed/embed.js makes, and a few hostile ones.
    i=0
    for query in \
        'lang=en&accent=%23c0392b&start=1&team=Wijkteam+Oost&events=1&host=https%3A%2F%2Fwww.voorbeeldstad.nl' \
        '?lang=nl&accent=0a5c8c&host=http%3A%2F%2Flocalhost%3A8080' \
        'team=%F0%9F%91%A9%E2%80%8D%E2%9A%95%EF%B8%8F&events=1' \
        'accent=%23ff0000;background:url(x)&host=javascript:alert(1)&team=<img src=x onerror=alert(1)>' \
        'host=https://user:pw@evil.example:443/path&lang=de&team=%C3&accent=%zz'; do
        printf '%s' "$query" >"$corpus/seed-$i"
        i=$((i + 1))
    done
fi

# libFuzzer's -runs=-1 is "no limit".
if [[ "$runs" == 0 ]]; then
    args=(-runs=-1 -max_len="$max_len")
else
    args=(-runs="$runs" -max_len="$max_len")
fi
if [[ -n "${FUZZ_TIME:-}" ]]; then
    args+=(-max_total_time="$FUZZ_TIME")
fi

export RUSTC_BOOTSTRAP=1
start=$(date +%s)
cargo fuzz run "$target" "$corpus" -- "${args[@]}"
echo "fuzz: $target, $runs runs requested, $(($(date +%s) - start)) s in all (build included)" >&2
