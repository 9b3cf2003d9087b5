"""The typed consumer runs (mypy checks it in scripts/python-test.sh)."""

import runpy
from pathlib import Path


def test_the_typed_consumer_runs() -> None:
    runpy.run_path(str(Path(__file__).with_name("typed_consumer.py")), run_name="__main__")
