#!/usr/bin/env bash
# Installs everything the build and the tests need, and skips what is already there.
# Idempotent; takes a second or two when everything is present. A fresh machine needs about
# 15 minutes on 2 cores (trunk ~10 min, wasm-bindgen-cli ~3 min, both compiled by cargo).
#
#   wasm32-unknown-unknown target   rustup
#   trunk 0.21.14                   cargo install --locked (0.22 needs a newer rustc)
#   wasm-bindgen-cli = Cargo.lock   cargo install (without --locked: see shared/ENGINEERING.md)
#   wasm-opt v132, playwright-core, axe-core, zopfli   npm ci (versions pinned in package-lock.json)
#   chromium + chromium-driver      apt-get (as root)
#   crates of Cargo.lock            cargo fetch (trunk builds with --offline)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[install-tools] %s\n' "$*"; }
die() { printf '[install-tools] ERROR: %s\n' "$*" >&2; exit 1; }

# --- Rust target ----------------------------------------------------------------------------
command -v rustup >/dev/null || die "rustup not found; install Rust via rustup first"
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    say "skip: rust target wasm32-unknown-unknown already installed"
else
    say "install: rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi

# --- trunk ----------------------------------------------------------------------------------
if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -qw "$TRUNK_VERSION"; then
    say "skip: trunk $TRUNK_VERSION already installed"
else
    say "install: trunk $TRUNK_VERSION (cargo install, about 10 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# --- wasm-bindgen-cli, at exactly the version of wasm-bindgen in Cargo.lock ------------------
[ -f Cargo.lock ] || die "Cargo.lock missing: run 'cargo generate-lockfile' first"
WBG_VERSION="$(awk '
    /^\[\[package\]\]/ { in_wbg = 0 }
    /^name = "wasm-bindgen"$/ { in_wbg = 1; next }
    in_wbg && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "no wasm-bindgen package found in Cargo.lock"
TRUNK_WBG="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)"
if [ "$TRUNK_WBG" != "$WBG_VERSION" ]; then
    die "Trunk.toml [tools] wasm_bindgen = \"$TRUNK_WBG\" but Cargo.lock has wasm-bindgen $WBG_VERSION; make them equal"
fi
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WBG_VERSION" ] \
    && command -v wasm-bindgen-test-runner >/dev/null; then
    say "skip: wasm-bindgen-cli $WBG_VERSION already installed"
else
    say "install: wasm-bindgen-cli $WBG_VERSION (cargo install, about 3 minutes)"
    # Not --locked: its lock file names a dependency version the registry lacks here.
    cargo install --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

# --- npm tools: binaryen (wasm-opt), playwright-core, axe-core, zopfli -----------------------
command -v npm >/dev/null || die "npm not found; install Node.js 20+ with npm"
STAMP="node_modules/.install-stamp"
LOCK_SUM="$(sha256sum package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_SUM" ] && [ -x node_modules/.bin/wasm-opt ] \
    && [ -f node_modules/axe-core/axe.min.js ] && [ -d node_modules/playwright-core ]; then
    say "skip: node_modules up to date with package-lock.json"
else
    say "install: npm ci (binaryen, playwright-core, axe-core, @gfx/zopfli)"
    # playwright-core never downloads a browser; we drive Debian's /usr/bin/chromium.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    echo "$LOCK_SUM" > "$STAMP"
fi
WASM_OPT_VERSION="$(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
TRUNK_WOPT="$(sed -n 's/^wasm_opt *= *"version_\(.*\)".*/\1/p' Trunk.toml)"
[ "$WASM_OPT_VERSION" = "$TRUNK_WOPT" ] \
    || die "node_modules/.bin/wasm-opt is version $WASM_OPT_VERSION but Trunk.toml pins version_$TRUNK_WOPT"

# --- Chromium and ChromeDriver ---------------------------------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "skip: /usr/bin/chromium and /usr/bin/chromedriver present"
elif [ "$(id -u)" = "0" ]; then
    say "install: chromium chromium-driver (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
else
    cat >&2 <<'EOF'
[install-tools] ERROR: Chromium and ChromeDriver are missing and we are not root. Run:
    sudo apt-get update && sudo apt-get install -y chromium chromium-driver
(they must end up at /usr/bin/chromium and /usr/bin/chromedriver)
EOF
    exit 1
fi

# --- crates -------------------------------------------------------------------------------------
# trunk builds with --offline (so a tool version mismatch can never turn into a download);
# make sure every crate of Cargo.lock is in the local registry cache. Fast when it is.
if cargo fetch --quiet --offline >/dev/null 2>&1; then
    say "skip: crates of Cargo.lock already fetched"
else
    say "install: cargo fetch (crates of Cargo.lock)"
    cargo fetch
fi

say "ok: trunk $TRUNK_VERSION, wasm-bindgen $WBG_VERSION, wasm-opt version_$WASM_OPT_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
