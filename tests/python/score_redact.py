"""Scores mamori's redaction on a corpus of labelled texts, as the JavaScript
scorer of the development corpus does, through the Python package.

Each record is ``{"id", "text", "spans": [{"kind", "start", "end"}], "kinds"}``
with UTF-16 offsets (the corpus is written for JavaScript); they are turned into
``str`` indices here. A letter or digit inside a span that comes out unchanged is
*leaked*; one outside every span that comes out changed is *over-masked*. The
budget: nothing leaked, at most 0.5% of the other letters and digits over-masked,
the masked text as long as the input, and findings sorted, non-overlapping and
covering every change.

    python tests/python/score_redact.py [FILE.jsonl ...]

Without arguments it scores tests/fixtures/redact.jsonl and, when they are there,
the shared corpus's redact.jsonl and redact-real.jsonl. Exits 1 when a file is
over budget.
"""

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List

import mamori

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OVER_MASK_BUDGET = 0.005


@dataclass
class Score:
    """The counts of one corpus file."""

    file: str
    records: int = 0
    sensitive_chars: int = 0
    leaked_chars: int = 0
    leaked_records: int = 0
    outside_chars: int = 0
    over_masked_chars: int = 0
    format_errors: int = 0
    bad: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def over_masked(self) -> float:
        return self.over_masked_chars / self.outside_chars if self.outside_chars else 0.0

    @property
    def ok(self) -> bool:
        return (
            self.leaked_chars == 0
            and self.leaked_records == 0
            and self.format_errors == 0
            and self.over_masked <= OVER_MASK_BUDGET
        )

    def line(self) -> str:
        return (
            f"redact {self.file}: leaked {self.leaked_chars}/{self.sensitive_chars} chars in "
            f"{self.leaked_records} records; over-masked {self.over_masked_chars}/{self.outside_chars} "
            f"({100 * self.over_masked:.2f}%) of other chars; {self.format_errors} format errors "
            f"({self.records} records)"
        )


def is_alnum(ch: str) -> bool:
    """A letter or a number, as JavaScript's ``/[\\p{L}\\p{N}]/u``."""
    return unicodedata.category(ch)[0] in "LN"


def to_index(text: str) -> List[int]:
    """The ``str`` index of each UTF-16 offset into `text`."""
    index = []
    for i, ch in enumerate(text):
        index.append(i)
        if ord(ch) > 0xFFFF:
            index.append(i)
    index.append(len(text))
    return index


def score(path: Path) -> Score:
    s = Score(path.name)
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    s.records = len(cases)
    texts = [c["text"] for c in cases]
    # One batch per set of kinds: the way a back office would run it.
    results: List[Any] = [None] * len(cases)
    by_kinds: Dict[Any, List[int]] = {}
    for i, c in enumerate(cases):
        by_kinds.setdefault(tuple(c.get("kinds") or ()), []).append(i)
    for kinds, rows in by_kinds.items():
        redactor = mamori.Redactor(kinds=list(kinds) or None)
        for i, r in zip(rows, redactor.redact_many([texts[i] for i in rows])):
            results[i] = r
    for c, r in zip(cases, results):
        text, out, found = c["text"], r["text"], r["findings"]
        if len(out) != len(text):
            s.format_errors += 1
            s.leaked_records += 1 if c["spans"] else 0
            s.bad.append({"id": c["id"], "why": "length changed"})
            continue
        at = to_index(text)
        in_span = [False] * len(text)
        for sp in c["spans"]:
            for i in range(at[sp["start"]], at[sp["end"]]):
                in_span[i] = True
        in_finding = [False] * len(text)
        findings_ok, prev_end = True, 0
        for f in found:
            if not (f["start"] >= prev_end and f["end"] > f["start"] and f["end"] <= len(text)):
                findings_ok = False
            else:
                for i in range(f["start"], f["end"]):
                    in_finding[i] = True
            prev_end = max(prev_end, f["end"])
            if set(f) != {"kind", "start", "end"}:
                findings_ok = False
        leaked_here = 0
        for i, ch in enumerate(text):
            changed = out[i] != ch
            if changed and not in_finding[i]:
                findings_ok = False
            if in_span[i]:
                if is_alnum(ch):
                    s.sensitive_chars += 1
                    if not changed:
                        s.leaked_chars += 1
                        leaked_here += 1
            else:
                if is_alnum(ch):
                    s.outside_chars += 1
                if changed:
                    s.over_masked_chars += 1
        if not findings_ok:
            s.format_errors += 1
            s.bad.append({"id": c["id"], "why": "findings do not match the changes"})
        if leaked_here:
            s.leaked_records += 1
            s.bad.append({"id": c["id"], "why": f"leaked {leaked_here} chars"})
    return s


def default_files() -> List[Path]:
    import os

    corpus = Path(os.environ.get("MAMORI_CORPUS_DIR") or ROOT.parent / "shared" / "corpus")
    files = [ROOT / "tests" / "fixtures" / "redact.jsonl"]
    files += [p for p in (corpus / "redact.jsonl", corpus / "redact-real.jsonl") if p.is_file()]
    return files


def main(argv: List[str]) -> int:
    files = [Path(a) for a in argv] or default_files()
    failed = False
    for path in files:
        s = score(path)
        for b in s.bad[:10]:
            print(json.dumps(b, ensure_ascii=False), file=sys.stderr)
        print(s.line())
        failed |= not s.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
