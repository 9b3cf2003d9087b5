#!/usr/bin/env python3
"""Differential test of parsePhone against libphonenumber (the Python port phonenumbers).

    python3 -m venv /tmp/pn && /tmp/pn/bin/pip install phonenumbers==9.0.43
    npm run build
    /tmp/pn/bin/python scripts/phone_diff.py [--report target/phone-diff.txt]
    /tmp/pn/bin/python scripts/phone_diff.py --fixture tests/fixtures/phone-oracle.jsonl

1. Checks that the JP territory the generator reads (the pinned
   tests/fixtures/phone/PhoneNumberMetadata-JP.xml, libphonenumber 9.0.33) equals
   phonenumbers' PHONE_METADATA_JP.
2. Generates a deterministic set of inputs: every national prefix of one to four digits
   at every national-number length 8-17, every five-digit prefix at the fixed-line
   length, 00xx prefixes and leading zeros, the carrier prefix 003768, random digit
   strings, and international forms (+81…, +81 0…, 010 81…).
3. Asks libphonenumber (`parse(s, "JP")`, `is_valid_number`, `number_type`,
   `format_number` E164 / NATIONAL) and parsePhone of the built package (through
   scripts/phone_judge.mjs) and writes a mismatch report. Two differences are by design
   and counted apart: a national number without its leading 0 (libphonenumber reads
   `312345678` as 03-1234-5678; parsePhone asks for the area code), and foreign numbers
   dialled with the international prefix 010 (valid for libphonenumber in their own
   country; parsePhone answers not_japanese).
4. With --fixture, also writes a few thousand of the oracle's verdicts (those not
   different by design) for tests/phone_oracle.rs, which checks them without Python.

The generated table itself comes from tests/phone_table/ (a cargo test); this script
only compares, and records the oracle's verdicts, which need the Python library.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "tests" / "fixtures" / "phone" / "PhoneNumberMetadata-JP.xml"

try:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType
    from phonenumbers.data.region_JP import PHONE_METADATA_JP
except ImportError:
    sys.exit("phone_diff: needs phonenumbers==9.0.43 (pip install phonenumbers==9.0.43 in a venv)")

ORACLE_VERSION = "9.0.43"
TYPE_NAMES = {v: k.lower() for k, v in vars(PhoneNumberType).items() if k.isupper()}


# ---------------------------------------------------------------- metadata check

# libphonenumber's number types as XML elements.
TYPE_ELEMENTS = ["premiumRate", "tollFree", "sharedCost", "voip", "personalNumber", "pager",
                 "uan", "voicemail", "fixedLine", "mobile"]


def strip_ws(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def parse_lengths(spec: str) -> list[int]:
    """possibleLengths syntax: "9", "8,10", "[8-17]", "[6-8],10"."""
    out: set[int] = set()
    for part in spec.split(","):
        m = re.fullmatch(r"\[(\d+)-(\d+)\]", part.strip())
        if m:
            out.update(range(int(m.group(1)), int(m.group(2)) + 1))
        elif part.strip():
            out.add(int(part))
    return sorted(out)


def load_territory(path: Path) -> dict:
    """The JP territory of the pinned XML, read as the generator (tests/phone_table/)
    reads it: white space out of patterns, the general lengths the union of the types'."""
    t = next(t for t in ET.parse(path).getroot().iter("territory") if t.get("id") == "JP")
    np_ = t.get("nationalPrefix") or ""
    descs = {}
    for name in ["generalDesc", *TYPE_ELEMENTS]:
        e = t.find(name)
        if e is not None:
            pl = e.find("possibleLengths")
            descs[name] = {
                "pattern": strip_ws(e.findtext("nationalNumberPattern")),
                "lengths": parse_lengths(pl.get("national")) if pl is not None else None,
            }
    general = descs.pop("generalDesc")
    general["lengths"] = sorted({n for d in descs.values() for n in (d["lengths"] or [])})
    for d in descs.values():
        d["lengths"] = d["lengths"] or general["lengths"]
    formats = []
    for f in t.find("availableFormats").findall("numberFormat"):
        rule = f.get("nationalPrefixFormattingRule", t.get("nationalPrefixFormattingRule"))
        formats.append({
            "pattern": f.get("pattern"),
            "format": strip_ws(f.findtext("format")),
            "leading": [strip_ws(ld.text) for ld in f.findall("leadingDigits")],
            "np_rule": (rule or "").replace("$NP", np_).replace("$FG", "$1") or None,
        })
    return {
        "country_code": t.get("countryCode"),
        "international_prefix": t.get("internationalPrefix"),
        "national_prefix": np_,
        "npfp": strip_ws(t.get("nationalPrefixForParsing")) or np_,
        "transform": t.get("nationalPrefixTransformRule"),
        "general": general,
        "descs": descs,
        "formats": formats,
    }


def check_metadata() -> list[str]:
    """Differences between the generator's reading of the XML and region_JP.py."""
    meta = load_territory(METADATA)
    m = PHONE_METADATA_JP
    diffs = []

    def same(what, a, b):
        if a != b:
            diffs.append(f"{what}: xml {a!r} != python {b!r}")

    same("country_code", int(meta["country_code"]), m.country_code)
    same("international_prefix", meta["international_prefix"], m.international_prefix)
    same("national_prefix", meta["national_prefix"], m.national_prefix)
    same("national_prefix_for_parsing", meta["npfp"], m.national_prefix_for_parsing)
    same("national_prefix_transform_rule", (meta["transform"] or "").replace("$", "\\"),
         m.national_prefix_transform_rule or "")
    same("general pattern", meta["general"]["pattern"], m.general_desc.national_number_pattern)
    same("general lengths", tuple(meta["general"]["lengths"]), tuple(m.general_desc.possible_length))
    py_names = {
        "premiumRate": "premium_rate", "tollFree": "toll_free", "sharedCost": "shared_cost",
        "voip": "voip", "personalNumber": "personal_number", "pager": "pager", "uan": "uan",
        "voicemail": "voicemail", "fixedLine": "fixed_line", "mobile": "mobile",
    }
    for xml_name, py_name in py_names.items():
        d = meta["descs"].get(xml_name)
        p = getattr(m, py_name)
        if d is None or p is None or p.national_number_pattern is None:
            same(f"{py_name} present", d is not None, p is not None and p.national_number_pattern is not None)
            continue
        same(f"{py_name} pattern", d["pattern"], p.national_number_pattern)
        same(f"{py_name} lengths", tuple(d["lengths"]), tuple(p.possible_length))
    same("number of formats", len(meta["formats"]), len(m.number_format))
    for i, (f, p) in enumerate(zip(meta["formats"], m.number_format)):
        same(f"format {i} pattern", f["pattern"], p.pattern)
        same(f"format {i} format", f["format"].replace("$", "\\"), p.format)
        same(f"format {i} leading", f["leading"], list(p.leading_digits_pattern))
        same(f"format {i} np rule", (f["np_rule"] or "").replace("$", "\\"),
             p.national_prefix_formatting_rule or "")
    return diffs


# ---------------------------------------------------------------- cases


def generate_cases(seed: int) -> list[str]:
    rnd = random.Random(seed)
    digits = "0123456789"
    tail = lambda n: "".join(rnd.choice(digits) for _ in range(n))  # noqa: E731
    cases: list[str] = []

    # Every national prefix of 1-4 digits after the trunk 0, at every NSN length 8-17.
    for k in range(1, 5):
        for p in range(10**k):
            prefix = str(p).zfill(k)
            for nsn_len in range(8, 18):
                cases.append("0" + prefix + tail(nsn_len - k))
    # Every 5-digit prefix at the fixed-line length (9) and, for the 10-digit ranges,
    # at 10: this reaches every leading-digits pattern of the formats.
    for p in range(10**5):
        prefix = str(p).zfill(5)
        cases.append("0" + prefix + tail(4))
        if prefix[0] in "256789":
            cases.append("0" + prefix + tail(5))
    # 00xx: every 4-digit prefix after 00 at lengths 8-13, and deeper into the
    # toll-free ranges at every length.
    for p in range(10**4):
        prefix = str(p).zfill(4)
        for total in range(8, 14):
            cases.append("00" + prefix + tail(total - 6))
    for prefix in ("0037", "0066", "0078", "00777", "007770", "007771", "007775", "007778",
                   "0088", "00882", "008821", "008822", "008824", "008825", "0000", "0002",
                   "0005", "0006", "0009", "000"):
        for total in range(len(prefix) + 1, 20):
            for _ in range(4):
                cases.append(prefix + tail(total - len(prefix)))
    # Leading zeros and all zeros.
    for n in range(1, 20):
        cases.append("0" * n)
        for _ in range(5):
            cases.append("0" * rnd.randint(1, n) + tail(n))
    # The carrier prefix 003768 (with and without its optional 0) before numbers.
    for _ in range(5000):
        nsn = rnd.choice(["3", "6", "90", "80", "70", "50", "120", "4", "11", "99"]) + tail(rnd.randint(6, 9))
        cases.append("003768" + rnd.choice(["", "0"]) + rnd.choice(["", "0"]) + nsn)
    # Random digit strings starting with 0, of any length.
    for _ in range(60000):
        cases.append("0" + tail(rnd.randint(1, 22)))
    # National numbers without the trunk 0 (some valid for libphonenumber: by design).
    for _ in range(20000):
        cases.append(tail(rnd.randint(2, 18)))
    # International forms of sampled national numbers.
    national = [c for c in cases if c.startswith("0") and not c.startswith("00")]
    for d in rnd.sample(national, 40000):
        cases.append("+81" + d[1:])
        cases.append("+81" + d)
        cases.append("01081" + d[1:])
    for _ in range(3000):
        cases.append("+" + tail(rnd.randint(1, 15)))
        cases.append("010" + tail(rnd.randint(1, 15)))
    # Dedupe, keep order.
    seen = set()
    out = []
    for c in cases:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


# ---------------------------------------------------------------- oracle / judge


def oracle(s: str) -> dict:
    try:
        n = phonenumbers.parse(s, "JP")
    except phonenumbers.NumberParseException:
        return {"valid": False, "type": None, "e164": None, "national": None, "cc": None}
    if not phonenumbers.is_valid_number(n):
        return {"valid": False, "type": None, "e164": None, "national": None, "cc": n.country_code}
    return {
        "valid": True,
        "type": TYPE_NAMES[phonenumbers.number_type(n)],
        "e164": phonenumbers.format_number(n, PhoneNumberFormat.E164),
        "national": phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL),
        "cc": n.country_code,
    }


def judge(cases: list[str]) -> list[dict]:
    if not (ROOT / "pkg" / "node" / "mamori.js").exists():
        sys.exit("phone_diff: build the package first (npm run build)")
    data = "".join(json.dumps(c) + "\n" for c in cases)
    proc = subprocess.run(
        ["node", str(ROOT / "scripts" / "phone_judge.mjs")],
        input=data, capture_output=True, text=True, check=True,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    if len(out) != len(cases):
        sys.exit(f"phone_diff: the judge answered {len(out)} of {len(cases)} cases")
    return out


def by_design(case: str, want: dict) -> str | None:
    """Why a disagreement is intended, or None."""
    if want["valid"] and want["cc"] != 81:
        return "foreign number (valid elsewhere; parsePhone: not_japanese)"
    if want["valid"] and not case.startswith(("0", "+")):
        return "national number without its leading 0 (parsePhone asks for the area code)"
    return None


def agrees(want: dict, got: dict) -> bool:
    if want["valid"] != got["valid"]:
        return False
    if not want["valid"]:
        return True
    return all(want[k] == got[k] for k in ("type", "e164", "national"))


# ---------------------------------------------------------------- fixture


def shape(national: str | None) -> str:
    return re.sub(r"\d", "d", national) if national else "-"


def pick_fixture(rows, size: int, seed: int) -> list[dict]:
    """A stratified, deterministic sample: every (type, national shape) bucket, then
    invalid numbers of every length, then random fill."""
    rnd = random.Random(seed)
    buckets = collections.defaultdict(list)
    for case, want, _ in rows:
        key = (want["type"], shape(want["national"]), case[0] == "+", len(case))
        buckets[key].append((case, want))
    chosen = {}
    for key in sorted(buckets, key=str):
        for case, want in rnd.sample(buckets[key], min(2, len(buckets[key]))):
            chosen[case] = want
    rest = [(c, w) for c, w, _ in rows if c not in chosen]
    rnd.shuffle(rest)
    for case, want in rest:
        if len(chosen) >= size:
            break
        chosen[case] = want
    out = []
    for case in sorted(chosen):
        w = chosen[case]
        out.append({"input": case, "valid": w["valid"], "type": w["type"],
                    "e164": w["e164"], "national": w["national"]})
    return out


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description="parsePhone against libphonenumber")
    ap.add_argument("--seed", type=int, default=20250905)
    ap.add_argument("--report", default=str(ROOT / "target" / "phone-diff.txt"))
    ap.add_argument("--fixture", help="also write this many-thousand-case oracle fixture (JSONL)")
    ap.add_argument("--fixture-size", type=int, default=4000)
    args = ap.parse_args()

    if phonenumbers.__version__ != ORACLE_VERSION:
        sys.exit(f"phone_diff: phonenumbers {phonenumbers.__version__} installed, need {ORACLE_VERSION}")
    diffs = check_metadata()
    print(f"metadata: JP territory of the pinned XML vs phonenumbers {ORACLE_VERSION}: "
          + ("identical" if not diffs else f"{len(diffs)} differences"))
    for d in diffs:
        print("  " + d)

    t0 = time.time()
    cases = generate_cases(args.seed)
    print(f"cases: {len(cases)}")
    wants = [oracle(c) for c in cases]
    t1 = time.time()
    gots = judge(cases)
    t2 = time.time()
    print(f"oracle {t1 - t0:.1f}s, parsePhone {t2 - t1:.1f}s")

    mismatches = []
    designed = collections.defaultdict(list)
    clean = []
    valid_types = collections.Counter()
    for case, want, got in zip(cases, wants, gots):
        if agrees(want, got):
            clean.append((case, want, got))
            valid_types[want["type"] or "(invalid)"] += 1
            continue
        why = by_design(case, want)
        if why:
            designed[why].append((case, want, got))
        else:
            mismatches.append((case, want, got))

    lines = [
        f"parsePhone vs libphonenumber (phonenumbers {ORACLE_VERSION}), seed {args.seed}",
        f"metadata check: {'identical' if not diffs else '; '.join(diffs)}",
        f"cases compared: {len(cases)}",
        f"agree: {len(clean)}  ({', '.join(f'{k} {v}' for k, v in sorted(valid_types.items()))})",
        f"mismatches: {len(mismatches)}",
    ]
    for why, items in sorted(designed.items()):
        lines.append(f"different by design: {len(items)} — {why}")
    lines.append("")
    for title, items in [("MISMATCHES", mismatches)] + [(f"BY DESIGN: {k}", v) for k, v in sorted(designed.items())]:
        lines.append(f"== {title} ({len(items)}; first 200)")
        for case, want, got in items[:200]:
            w = {k: want[k] for k in ("valid", "type", "e164", "national")}
            lines.append(f"{case!r}\n  libphonenumber {json.dumps(w, ensure_ascii=False)}\n  parsePhone     {json.dumps(got, ensure_ascii=False)}")
        lines.append("")
    report = Path(args.report)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:5 + len(designed)]))
    print(f"report: {report}")

    if args.fixture:
        fixture = pick_fixture(clean + mismatches, args.fixture_size, args.seed)
        path = Path(args.fixture)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            for rec in fixture:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"fixture: {len(fixture)} oracle verdicts in {path}")
    return 1 if mismatches or diffs else 0


if __name__ == "__main__":
    sys.exit(main())
