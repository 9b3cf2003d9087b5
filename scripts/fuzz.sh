#!/usr/bin/env bash
# `npm run fuzz`: a short libFuzzer run of each target in fuzz/, one after another.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS per target defaults to 60 (or $FUZZ_SECONDS); targets default to all of
# normalize, parse_phone, validate_form, redact, redact_json, csv_records. The seeds come from the labelled
# corpora (../shared/corpus or $MAMORI_CORPUS_DIR; else tests/fixtures/), written into fuzz/corpus/<target>/
# by fuzz/seeds.mjs; what libFuzzer adds stays there for the next run (not committed).
# A crash leaves its input in fuzz/artifacts/<target>/ and makes this script fail;
# replay it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz --sanitizer none -a <target> <file>
#
# The toolchain is stable Rust. cargo-fuzz passes -Z flags to rustc, which stable
# accepts with RUSTC_BOOTSTRAP=1. The targets are 100% safe Rust (the crate forbids
# unsafe code), so AddressSanitizer adds nothing but time: --sanitizer none.
# -a keeps debug assertions (integer overflow checks) on in the optimized build.
# The exact command per target is:
#   RUSTC_BOOTSTRAP=1 nice cargo fuzz run --fuzz-dir fuzz --sanitizer none -a <target> \
#     fuzz/corpus/<target> -- -max_total_time=<SECONDS> -max_len=4096 -timeout=10 -rss_limit_mb=2048
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds="${1:-${FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalize parse_phone validate_form redact redact_json csv_records)

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz (crates.io)" >&2
  cargo install cargo-fuzz --locked
fi

node fuzz/seeds.mjs
status=0
for target in "${targets[@]}"; do
  printf '\n== fuzz %s for %ss\n' "$target" "$seconds" >&2
  if ! nice cargo fuzz run --fuzz-dir fuzz --sanitizer none -a "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1; then
    echo "fuzz: $target FOUND A PROBLEM; see fuzz/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
