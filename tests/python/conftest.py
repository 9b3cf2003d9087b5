"""Shared helpers of the Python tests: where the fixtures and the shared corpus are,
the JavaScript package as an oracle (js_oracle.mjs), and the conversion of its
answers (UTF-16 offsets, camelCase names) into the Python API's terms."""

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import pytest

# The scorer's UTF-16 offset → str index table (this folder is on sys.path).
from score_redact import to_index

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = Path(os.environ.get("MAMORI_CORPUS_DIR") or ROOT.parent / "shared" / "corpus")
REQUIRE_CORPUS = os.environ.get("MAMORI_REQUIRE_CORPUS") == "1"
ORACLE = Path(__file__).resolve().parent / "js_oracle.mjs"

# Records compared per corpus file, and the scorer's lines, printed at the end.
COMPARED: Dict[str, int] = {}
SCORES: List[str] = []


def read_jsonl(path: Path) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_file(name: str) -> Path:
    """A file of the shared development corpus: skipped when the corpus is absent,
    an error when MAMORI_REQUIRE_CORPUS=1."""
    path = CORPUS / name
    if not path.is_file():
        message = f"no shared corpus file at {path}"
        if REQUIRE_CORPUS:
            pytest.fail(f"{message} and MAMORI_REQUIRE_CORPUS=1")
        pytest.skip(f"{message}: its tests are skipped (MAMORI_REQUIRE_CORPUS=1 makes this an error)")
    return path


def oracle(requests: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The JavaScript package's answers to `requests`, one Node process for all."""
    if not (ROOT / "pkg" / "package.json").is_file():
        pytest.fail("the npm package is not built: run `node scripts/build.mjs` first")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "requests.jsonl", Path(tmp) / "answers.jsonl"
        with open(src, "w", encoding="utf-8") as f:
            n = 0
            for r in requests:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        subprocess.run(["node", str(ORACLE), str(src), str(dst)], check=True)
        answers = read_jsonl(dst)
    assert len(answers) == n
    return answers


def js_redaction(text: str, value: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """A JavaScript redact result with its offsets as ``str`` indices."""
    if value is None:
        return None
    at = to_index(text)
    return {
        "text": value["text"],
        "findings": [
            {"kind": f["kind"], "start": at[f["start"]], "end": at[f["end"]]} for f in value["findings"]
        ],
    }


def snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def js_form_result(value: Any) -> Any:
    """A JavaScript form result in Python's terms: keys in snake_case, and the field
    names in `field` too."""
    if isinstance(value, list):
        return [js_form_result(v) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "field":
                out[k] = snake(v)
            else:
                out[snake(k)] = js_form_result(v)
        return out
    return value


def js_form(form: Dict[str, Any]) -> Dict[str, Any]:
    """A corpus form (camelCase keys) for the Python API."""
    return {snake(k): v for k, v in form.items()}


def record(corpus: str, n: int) -> None:
    COMPARED[corpus] = COMPARED.get(corpus, 0) + n


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SCORES:
        terminalreporter.section("redaction scorer (score_redact.py)")
        for line in SCORES:
            terminalreporter.write_line(line)
    if COMPARED:
        terminalreporter.section("records compared with the JavaScript package")
        for name, n in sorted(COMPARED.items()):
            terminalreporter.write_line(f"{name}: {n}")
