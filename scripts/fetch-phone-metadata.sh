#!/usr/bin/env bash
# Puts the `phonenumber` crate (which ships libphonenumber's PhoneNumberMetadata.xml)
# into the cargo registry cache, where scripts/gen_phone_table.py finds it. Downloads
# only; compiles nothing. Idempotent.
set -euo pipefail
version="0.3.10+9.0.33"
cache="${CARGO_HOME:-$HOME/.cargo}/registry/cache"
if compgen -G "$cache/*/phonenumber-$version.crate" >/dev/null; then exit 0; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/src"
printf '[package]\nname = "fetch-phone-metadata"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nphonenumber = "=%s"\n' "$version" > "$dir/Cargo.toml"
: > "$dir/src/lib.rs"
cargo fetch --quiet --manifest-path "$dir/Cargo.toml"
