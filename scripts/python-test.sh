#!/usr/bin/env bash
# The Python package's tests, from a fresh clone:
#   1. a virtual environment in target/py-venv (reused), with the pinned tools of
#      tests/python/requirements.txt (maturin, pytest, mypy, pyarrow, pyspark)
#   2. the wheel built by maturin (bindings/python) and installed into it
#   3. mypy --strict over a typed consumer of the package (the stubs checked)
#   4. pytest tests/python: the API, equality with the npm package (pkg/, built here
#      when missing), the redaction scorer, and Spark (local[2], needs Java 17+)
# The shared corpus (../shared/corpus or MAMORI_CORPUS_DIR) is an extra, as in
# scripts/test.sh: without it its tests are skipped, and MAMORI_REQUIRE_CORPUS=1
# makes its absence an error.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== python: %s\n' "$*" >&2; }

venv=target/py-venv
step "virtual environment ($venv)"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r tests/python/requirements.txt

if [ ! -f pkg/package.json ]; then
  step "the npm package (the tests' oracle)"
  bash scripts/setup.sh
  node scripts/build.mjs --quiet
fi

step "wheel (maturin)"
rm -rf target/wheels
"$venv/bin/maturin" build --quiet -m bindings/python/Cargo.toml --out target/wheels
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps target/wheels/mamori-*.whl

step "types (mypy --strict): the package, and a typed consumer of its stubs"
mypy=("$venv/bin/mypy" --config-file bindings/python/pyproject.toml --no-incremental)
"${mypy[@]}" bindings/python/python/mamori
"${mypy[@]}" tests/python/typed_consumer.py

step "pytest"
# Spark's Python workers run the venv's interpreter.
export PYSPARK_PYTHON="$PWD/$venv/bin/python"
"$venv/bin/python" -m pytest -q -p no:cacheprovider "${@:-tests/python}"
