"""The redaction scorer (score_redact.py) over the fixtures and the shared corpus:
nothing leaked, over-masking within its budget."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, SCORES, corpus_file
from score_redact import OVER_MASK_BUDGET, score


@pytest.mark.parametrize(
    "where,name",
    [("fixtures", "redact.jsonl"), ("shared", "redact.jsonl"), ("shared", "redact-real.jsonl")],
)
def test_nothing_leaks(where: str, name: str) -> None:
    s = score(FIXTURES / name if where == "fixtures" else corpus_file(name))
    SCORES.append(s.line())
    assert s.records > 0
    assert s.leaked_chars == 0 and s.leaked_records == 0, s.bad[:5]
    assert s.format_errors == 0, s.bad[:5]
    assert s.over_masked <= OVER_MASK_BUDGET


def test_the_scorer_runs_as_a_script() -> None:
    script = Path(__file__).with_name("score_redact.py")
    done = subprocess.run(
        [sys.executable, str(script), str(FIXTURES / "redact.jsonl")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("redact redact.jsonl: leaked 0/")
