# Two commands: `make serve` (app at http://localhost:8080) and `make test` (everything CI runs).
# Every target installs what it needs first (scripts/install-tools.sh; fast when all is there).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Tools: cargo-installed binaries and node_modules/.bin (wasm-opt of the npm package binaryen,
# which trunk finds on PATH at the version pinned in Trunk.toml).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# No trunk update check against crates.io on every run.
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium
export CARGO_TERM_COLOR ?= $(if $(CI),never,auto)

# --offline: trunk must use the pinned wasm-bindgen and wasm-opt from PATH and never download
# a tool (install-tools.sh runs `cargo fetch`, so cargo needs no network here either).
TRUNK_BUILD := trunk build --release --offline

.PHONY: help tools serve build test check-tree fmt-check clippy test-native test-wasm size e2e e2e-load fuzz lighthouse bench bench-team bench-decoder bench-smoke clean

help:
	@echo "make serve   build (release) and serve the app at http://localhost:8080"
	@echo "make test    tree checks, fmt, script tests, clippy (native + wasm32), cargo test, browser tests, release build, size budget, e2e, benchmark smoke"
	@echo "make build   release build into dist/"
	@echo "make check-tree  no conflict markers in tracked files, no broken relative links in README.md and docs/"
	@echo "make size    size report of dist/ (raw, gzip, brotli): participant's page under 150 KB, facilitator's under 210 KB (brotli)"
	@echo "make e2e     Playwright tests against dist/ (run make build first)"
	@echo "make e2e-load  the e2e suite 3 times while both cores are busy (E2E_LOAD_RUNS=n; after make build)"
	@echo "make fuzz    scripts/fuzz.sh"
	@echo "make lighthouse  Lighthouse accessibility score of every screen (after make build)"
	@echo "make bench   performance benchmark (issue 15): static page, Yew counter and app side by side"
	@echo "make bench-team  how long the team view of 500 participants takes to build (issue 5)"
	@echo "make bench-smoke  every benchmark script once in its smoke mode against dist/ (as make test does)"
	@echo "make bench-decoder  decode time of the QR decoder's wasm in Chromium, 1x and 4x CPU (after make build)"
	@echo "make tools   install/check all tools"

tools:
	@scripts/install-tools.sh

serve: tools
	trunk serve --release --offline

build: tools
	$(TRUNK_BUILD)

# The full suite, in order, stopping at the first failure, each stage timed (scripts/test.sh):
# tree checks (make check-tree); install tools; cargo fmt --check; the scripts' unit tests
# (node --test tests/scripts/, no build); clippy native (all targets) and wasm32 (lib), -D warnings;
# cargo test native; cargo test wasm32 in headless Chromium; trunk build --release;
# size report with its ceilings (150 KB participant, 210 KB facilitator, brotli); Playwright e2e against dist/;
# the benchmark scripts in their smoke mode.
test:
	@scripts/test.sh

# Needs only git and node; the first stage of make test (scripts/check-tree.mjs).
check-tree:
	node scripts/check-tree.mjs

fmt-check:
	cargo fmt --all -- --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings

test-native:
	cargo test

test-wasm: tools
	cargo test --target wasm32-unknown-unknown --test web

size:
	@test -d dist || $(MAKE) --no-print-directory build
	@scripts/size-report.sh dist

e2e: tools
	@test -d dist || { echo "dist/ missing: run 'make build' first" >&2; exit 1; }
	node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/

# The whole e2e suite E2E_LOAD_RUNS times (default 3) under a busy loop per core, stopping at
# the first failure (scripts/e2e-under-load.sh; issue 12).
e2e-load: tools
	@test -d dist || { echo "dist/ missing: run 'make build' first" >&2; exit 1; }
	scripts/e2e-under-load.sh

# make fuzz [FUZZ_TARGET=decode_link|embed_options] [FUZZ_RUNS=1000000]
fuzz:
	scripts/fuzz.sh $(FUZZ_TARGET) $(FUZZ_RUNS)

# Lighthouse accessibility score of every screen in both languages (needs a build).
lighthouse: tools
	@test -d dist || { echo "dist/ missing: run 'make build' first" >&2; exit 1; }
	node scripts/lighthouse.mjs

# Performance benchmark of issue 15 (scripts/bench.mjs, bench/README.md): Lighthouse mobile,
# the build served with its .br/.gz copies as a static host serves them, median of 5, the
# smallest static page of the first screen, the Yew counter and the app (welcome and a results
# link) side by side; builds the app first. Reports PASS/FAIL per budget and exits 0 either
# way. About 8 minutes after the build (each run waits for idle CPUs, up to a minute).
bench: build
	@command -v twiggy >/dev/null || cargo install twiggy
	node scripts/bench.mjs

# The team view of 500 participants (issue 5): built in the page, team link and paste, 1x and 4x CPU.
bench-team: build
	node scripts/bench-team.mjs

# The QR decoder's wasm in Chromium: decode time per frame, 640x480 and 1280x720, full and centre,
# CPU 1x and 4x (scripts/bench-decoder.mjs; issue 23).
bench-decoder: tools
	@test -d dist || { echo "dist/ missing: run 'make build' first" >&2; exit 1; }
	node scripts/bench-decoder.mjs

# bench, bench-team, trace-start, lighthouse and bench-decoder once each, tiny and without extra builds (after make build).
bench-smoke: tools
	@test -d dist || { echo "dist/ missing: run 'make build' first" >&2; exit 1; }
	scripts/bench-smoke.sh

clean:
	rm -rf dist screenshots
	cargo clean
