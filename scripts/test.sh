#!/usr/bin/env bash
# `npm test`: every test of the project, from a fresh clone.
#   1. formatting and lints (native and wasm32)
#   2. cargo test: native unit, integration and doc tests of the core
#   3. the npm package build (pkg/), and the type check of the JavaScript against it
#   4. wasm-bindgen tests in Node and in headless Chromium
#   5. node --test: the built package, the CLI, the receiver and the page (Playwright)
#   6. the corpus scorers on the built package, and a benchmark smoke run
#   7. the Python package (scripts/python-test.sh): its wheel, types, and tests
#      against the npm package, Spark included
# Every corpus-style test runs on the project's own fixtures (tests/fixtures/). The
# shared development corpora (../shared/corpus, or MAMORI_CORPUS_DIR) and their
# scorers (../shared/tools/score/) are an extra: without them their tests are skipped
# with one line saying so, and MAMORI_REQUIRE_CORPUS=1 (set by .ci/run) makes their
# absence an error.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*" >&2; }

step "set-up"
bash scripts/setup.sh --browser

corpus="${MAMORI_CORPUS_DIR:-../shared/corpus}"
shared=1
if [ ! -d "$corpus" ]; then
  if [ "${MAMORI_REQUIRE_CORPUS:-}" = 1 ]; then
    echo "test: the shared corpus is missing at $corpus and MAMORI_REQUIRE_CORPUS=1" >&2; exit 1
  fi
  shared=
  echo "test: no shared corpus at $corpus: its tests and scorers are skipped (MAMORI_REQUIRE_CORPUS=1 makes this an error)" >&2
fi

step "format and lints"
cargo fmt --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
# The Python boundary (PyO3) does not build for wasm32.
cargo clippy --quiet --target wasm32-unknown-unknown --workspace --exclude mamori-python --all-targets -- -D warnings
# The browser build's configuration: the boundary and the core without std.
cargo clippy --quiet --target wasm32-unknown-unknown -p mamori-wasm --no-default-features -- -D warnings

step "native tests"
# Property tests draw from a fixed seed here, so that a CI run is reproducible; run
# `cargo test` alone (random seeds) or the fuzz targets (`npm run fuzz`) to explore.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261125}"
# The core's tests, and the boundary crate's own (its TypeScript held to the core's lists).
cargo test --quiet --workspace

step "package build"
node scripts/build.mjs --quiet

step "type check of the JavaScript (JSDoc, tsc)"
npx tsc -p tsconfig.json
npx tsc -p www/js/tsconfig.json

step "wasm-bindgen tests: Node and headless Chromium"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120
# The boundary crate's tests (bindings/wasm/tests/); its webdriver.json sets up Chromium.
cargo test --target wasm32-unknown-unknown -p mamori-wasm --test node
cargo test --target wasm32-unknown-unknown -p mamori-wasm --test browser

step "corpus scorers"
if [ -z "$shared" ]; then
  echo "test: skipped (no shared corpus)" >&2
elif [ ! -d ../shared/tools/score ] && [ "${MAMORI_REQUIRE_CORPUS:-}" != 1 ]; then
  echo "test: skipped (no scorers at ../shared/tools/score)" >&2
else
  for scorer in ../shared/tools/score/{normalize,phone,form,redact}.mjs; do
    node "$scorer"
  done
  node ../shared/tools/score/redact.mjs redact-real.jsonl
fi

step "node tests: package, CLI, receiver, page"
node --test --test-concurrency=1 tests/js/ $( [ -d tests/e2e ] && echo tests/e2e/ )

step "python package: wheel, types, tests (Spark included)"
bash scripts/python-test.sh
