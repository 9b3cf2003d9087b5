#!/usr/bin/env bash
# Builds a profiling copy of the Node package (the boundary crate, bindings/wasm/)
# into target/profiling/pkg-<opt>: the same optimized wasm as the release build, but
# with function names kept (no strip, no wasm-opt), so that `node --cpu-prof` and
# `perf` can name the hot wasm functions.
#   bash bench/profile/build.sh [opt-level]   (default: the release profile's "z")
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/profiling
opt="${1:-z}"
CARGO_TARGET_DIR="$out" CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=false \
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt" \
  cargo build --quiet --release --lib --target wasm32-unknown-unknown -p mamori-wasm --features rules
rm -rf "$out/pkg-$opt"
wasm-bindgen "$out/wasm32-unknown-unknown/release/mamori_wasm.wasm" --out-dir "$out/pkg-$opt" --out-name mamori --target nodejs --keep-debug
echo '{ "type": "commonjs" }' > "$out/pkg-$opt/package.json"
echo "profiling build: $out/pkg-$opt/mamori.js (opt-level $opt)"
