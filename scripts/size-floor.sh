#!/usr/bin/env bash
# How much of the app's size is its texts, and what its code alone weighs (issue 7).
#
# Builds the committed tree (HEAD) three times in a scratch folder, the same way as
# `make build`: as it is; with every English text of src/ emptied; with every text emptied,
# Dutch and English. Prints the total gzip size of each (scripts/size-report.sh) against the
# 100 KB budget. The emptied builds are never served or tested; they only answer "would the
# budget be met without the prose?". Texts are the `t("nl", "en")` pairs and `nl: "…"` /
# `en: "…"` fields of `Text` (src/i18n, the instrument, the reflection questions); texts
# inside `format!` in functions stay, so the "without" figures are a little high.
#
#   scripts/size-floor.sh        (make size-floor; about 3 minutes, the first time longer)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
# Its own target folder, kept between runs, so the main build's cache is never touched.
export CARGO_TARGET_DIR="$ROOT/target/size-floor"

total_of() {
    SIZE_CEILING_BYTES=10000000 "$ROOT/scripts/size-report.sh" "$1" |
        sed -n 's/.*(\([0-9]*\) bytes) with gzip only.*/\1/p'
}

build() {
    local name="$1" empty="$2"
    local tree="$SCRATCH/$name"
    mkdir -p "$tree"
    git -C "$ROOT" archive HEAD | tar -x -C "$tree"
    ln -s "$ROOT/node_modules" "$tree/node_modules"
    if [ "$empty" != none ]; then
        EMPTY="$empty" node - "$tree" <<'EOF'
const { readFileSync, writeFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const lit = String.raw`"(?:[^"\\]|\\.)*"`;
const pair = new RegExp(String.raw`\bt\(\s*(${lit})\s*,\s*(${lit})(\s*,?\s*\))`, 'g');
const both = process.env.EMPTY === 'all';
const field = new RegExp(String.raw`\b(${both ? 'nl|en' : 'en'}):(\s*)${lit}`, 'g');
const walk = (dir) => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? walk(p) : p.endsWith('.rs') ? [p] : [];
});
let changed = 0;
for (const file of walk(join(process.argv[2], 'src'))) {
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace(pair, (_, nl, en, end) => `t(${both ? '""' : nl}, ""${end}`)
    .replace(field, (_, name, space) => `${name}:${space}""`);
  if (after !== before) { writeFileSync(file, after); changed++; }
}
if (changed === 0) { console.error('size-floor: no texts found to empty'); process.exit(1); }
EOF
    fi
    (cd "$tree" && TRUNK_SKIP_VERSION_CHECK=true trunk build --release --offline --dist "$SCRATCH/dist-$name" >/dev/null 2>&1) ||
        { echo "size-floor: the $name build failed" >&2; exit 1; }
    total_of "$SCRATCH/dist-$name"
}

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "Building HEAD three times (release, as make build) ..." >&2
app=$(build app none)
no_en=$(build no-english en)
no_text=$(build no-text all)
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
printf 'Total gzip of what the app page loads, as scripts/size-report.sh counts it (gzip only):\n'
printf '  %-44s %10s\n' "the app" "$(kb "$app")" \
    "without its English texts" "$(kb "$no_en")" \
    "without any texts (Dutch and English emptied)" "$(kb "$no_text")"
printf 'The texts cost %s (English %s); the rest, code and markup, is %s.\n' \
    "$(kb $((app - no_text)))" "$(kb $((app - no_en)))" "$(kb "$no_text")"
