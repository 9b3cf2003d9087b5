#!/usr/bin/env bash
# Idempotent set-up, run by `npm start`, `npm test` and `npm run bench`: whatever a
# fresh machine lacks is installed, whatever is there already is left alone.
#   - the Rust target wasm32-unknown-unknown
#   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock
#   - the npm packages of package-lock.json (npm ci), when node_modules is missing or stale
#   - with --browser: Debian's chromium and chromium-driver (tests run them headless),
#     and fonts-noto-cjk, so that screenshots show Japanese text rather than boxes
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -z "$want" ]; then
  say "Cargo.lock names no wasm-bindgen version"; exit 1
elif [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "=$want"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  apt=()
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt+=(chromium chromium-driver)
  fi
  if ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; then
    apt+=(fonts-noto-cjk)
  fi
  if [ ${#apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing ${apt[*]} (Debian)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt[@]}" >/dev/null
    elif [ "${apt[*]}" = fonts-noto-cjk ]; then
      # Only the font is missing: the tests pass, screenshots show boxes for Japanese.
      say "screenshots need a Japanese font to show Japanese text: apt-get install fonts-noto-cjk"
    else
      say "the browser tests need chromium and chromedriver: apt-get install chromium chromium-driver fonts-noto-cjk"
      exit 1
    fi
  fi
fi
