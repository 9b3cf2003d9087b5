#!/usr/bin/env bash
# `npm test`: every test of the project, from a fresh clone.
#   1. formatting and lints (native and wasm32)
#   2. cargo test: native unit, integration and doc tests of the core
#   3. the npm package build (pkg/)
#   4. wasm-bindgen tests in Node and in headless Chromium
#   5. node --test: the built package, the CLI, the receiver and the page (Playwright)
#   6. the corpus scorers on the built package, and a benchmark smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*" >&2; }

step "set-up"
bash scripts/setup.sh --browser

step "format and lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests"
# Property tests draw from a fixed seed here, so that a CI run is reproducible; run
# `cargo test` alone (random seeds) or the fuzz targets (`npm run fuzz`) to explore.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261125}"
# The phone table's round-trip test regenerates src/phone/table.rs from
# libphonenumber's metadata, which the `phonenumber` crate ships: fetch it (download
# only, nothing is compiled) so the test runs here rather than being skipped.
bash scripts/fetch-phone-metadata.sh
MAMORI_REQUIRE_PHONE_SOURCE=1 cargo test --quiet

step "package build"
node scripts/build.mjs --quiet

step "wasm-bindgen tests: Node and headless Chromium"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120
cargo test --target wasm32-unknown-unknown --test node
cargo test --target wasm32-unknown-unknown --test browser

step "corpus scorers"
corpus="${MAMORI_CORPUS_DIR:-../shared/corpus}"
if [ ! -d "$corpus" ]; then
  echo "test: the corpus is missing at $corpus (set MAMORI_CORPUS_DIR)" >&2; exit 1
fi
for scorer in ../shared/tools/score/{normalize,phone,form,redact}.mjs; do
  node "$scorer"
done

step "node tests: package, CLI, receiver, page"
node --test --test-concurrency=1 tests/js/ $( [ -d tests/e2e ] && echo tests/e2e/ )
