#!/usr/bin/env python3
"""Generates src/phone/table.rs from libphonenumber's PhoneNumberMetadata.xml (JP only).

    python3 scripts/gen_phone_table.py            # (re)write src/phone/table.rs
    python3 scripts/gen_phone_table.py --check    # exit 1 if the committed file differs
    python3 scripts/gen_phone_table.py --source PATH/TO/PhoneNumberMetadata.xml

Without --source the metadata is looked up in $MAMORI_PHONE_METADATA, then in the cargo
registry: the `phonenumber` crate 0.3.10+9.0.33 ships libphonenumber 9.0.33's XML (its
unpacked sources under $CARGO_HOME/registry/src, or the .crate archive under
$CARGO_HOME/registry/cache, read in place). The JP territory of that XML is identical to
the one of libphonenumber 9.0.43 (`phonenumbers/data/region_JP.py` of the Python port
9.0.43); `scripts/phone_diff.py` checks this before it compares verdicts.
Exit status 2 means the source was not found.

No regular expression runs in mamori. The generator parses the subset of regular
expressions the JP metadata uses (alternation, groups, classes, \\d, {n}, {n,m}, ?, and a
trailing $ in national_prefix_for_parsing) and compiles:

- a DFA over the ten digits ("NUMBER") that, walked over a national significant
  number, tells at its last state (a bit mask) whether the general description
  matches, which number types match and which anchored national-prefix alternatives
  match; a further bit marks states from which a valid number can still be reached;
- a second DFA ("FORMAT"), walked only over valid numbers, whose mask tells which
  number formats' last leading-digits pattern matches at the start (those languages
  are closed under extension, so "matches a prefix" is "the walk ends accepting");
  two machines are smaller than their product;
- national_prefix_for_parsing as its alternatives in the order a backtracking engine
  tries them: an anchored, captured alternative becomes a DFA bit; any other
  alternative becomes the list of strings it matches, in backtracking priority order,
  so "first listed string that starts the number" is exactly what re.match returns;
- number formats as their group lengths and a national template (national-prefix
  formatting rule applied to the first group).

Python 3.11, standard library only. Output is deterministic: regenerating reproduces the
committed file byte for byte.
"""

from __future__ import annotations

import argparse
import glob
import io
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "phone" / "table.rs"
REGION = "JP"
CRATE = "phonenumber-0.3.10+9.0.33"
CRATE_LIBPHONENUMBER = "9.0.33"
XML_NAME = "PhoneNumberMetadata.xml"

# libphonenumber's PhoneNumberType order of checks in getNumberType (after the general
# description): XML element, Rust variant.
TYPE_ORDER = [
    ("premiumRate", "PremiumRate"),
    ("tollFree", "TollFree"),
    ("sharedCost", "SharedCost"),
    ("voip", "Voip"),
    ("personalNumber", "PersonalNumber"),
    ("pager", "Pager"),
    ("uan", "Uan"),
    ("voicemail", "Voicemail"),
    ("fixedLine", "FixedLine"),
    ("mobile", "Mobile"),
]
LIVE_BIT = 31
MAX_PREFIX_LITERALS = 64


class GenError(Exception):
    pass


# ---------------------------------------------------------------- source


def cargo_home() -> Path:
    return Path(os.environ.get("CARGO_HOME") or Path.home() / ".cargo")


def find_source(explicit: str | None) -> tuple[str, bytes]:
    """Returns (description, XML bytes)."""
    candidates = [explicit, os.environ.get("MAMORI_PHONE_METADATA")]
    for c in candidates:
        if c:
            p = Path(c)
            if not p.is_file():
                raise FileNotFoundError(f"{p} does not exist")
            return (p.name, p.read_bytes())
    home = cargo_home()
    for p in sorted(glob.glob(str(home / "registry" / "src" / "*" / CRATE / "assets" / XML_NAME))):
        return (f"{CRATE}/assets/{XML_NAME}", Path(p).read_bytes())
    for p in sorted(glob.glob(str(home / "registry" / "cache" / "*" / f"{CRATE}.crate"))):
        with tarfile.open(p, "r:gz") as tar:
            member = tar.extractfile(f"{CRATE}/assets/{XML_NAME}")
            if member is not None:
                return (f"{CRATE}/assets/{XML_NAME}", member.read())
    raise FileNotFoundError(
        f"{XML_NAME} not found: pass --source, set MAMORI_PHONE_METADATA, or fetch the "
        f"crate {CRATE} into the cargo registry (e.g. `cargo download` / `cargo fetch`)"
    )


def strip_ws(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def parse_lengths(spec: str) -> list[int]:
    """possibleLengths syntax: "9", "8,10", "[8-17]", "[6-8],10"."""
    out: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        m = re.fullmatch(r"\[(\d+)-(\d+)\]", part)
        if m:
            out.update(range(int(m.group(1)), int(m.group(2)) + 1))
        elif re.fullmatch(r"\d+", part):
            out.add(int(part))
        elif part:
            raise GenError(f"possibleLengths: cannot read {spec!r}")
    return sorted(out)


def load_territory(xml: bytes) -> dict:
    root = ET.parse(io.BytesIO(xml)).getroot()
    terr = [t for t in root.iter("territory") if t.get("id") == REGION]
    if len(terr) != 1:
        raise GenError(f"expected one territory {REGION}, found {len(terr)}")
    t = terr[0]
    np_ = t.get("nationalPrefix") or ""
    meta = {
        "country_code": t.get("countryCode"),
        "international_prefix": t.get("internationalPrefix"),
        "national_prefix": np_,
        "npfp": strip_ws(t.get("nationalPrefixForParsing")) or np_,
        "transform": t.get("nationalPrefixTransformRule"),
        "descs": {},
        "formats": [],
    }

    def desc(name: str):
        e = t.find(name)
        if e is None:
            return None
        pl = e.find("possibleLengths")
        if pl is not None and pl.get("localOnly"):
            raise GenError(f"{name}: localOnly lengths are not supported")
        return {
            "pattern": strip_ws(e.findtext("nationalNumberPattern")),
            "lengths": parse_lengths(pl.get("national")) if pl is not None else None,
        }

    general = desc("generalDesc")
    if general is None or general["lengths"] is not None:
        raise GenError("generalDesc must exist and carry no possibleLengths")
    types = {}
    for name, _ in TYPE_ORDER:
        d = desc(name)
        if d is not None:
            types[name] = d
    # libphonenumber's build: the general description's lengths are the union of those of
    # the number types (noInternationalDialling excluded); a type without its own lengths
    # has the general ones.
    union = sorted({n for d in types.values() for n in (d["lengths"] or [])})
    general["lengths"] = union
    for d in types.values():
        if d["lengths"] is None:
            d["lengths"] = union
    meta["general"] = general
    meta["descs"] = types

    default_npfr = t.get("nationalPrefixFormattingRule")
    for f in t.find("availableFormats").findall("numberFormat"):
        rule = f.get("nationalPrefixFormattingRule", default_npfr)
        if rule is not None:
            rule = rule.replace("$NP", np_).replace("$FG", "$1")
        meta["formats"].append(
            {
                "pattern": f.get("pattern"),
                "format": strip_ws(f.findtext("format")),
                "leading": [strip_ws(ld.text) for ld in f.findall("leadingDigits")],
                "np_rule": rule or None,
            }
        )
    return meta


# ---------------------------------------------------------------- regex subset

DIGITS = frozenset("0123456789")


class Parser:
    """Recursive-descent parser for the regex subset of the metadata.

    AST: ("set", frozenset) | ("cat", [n]) | ("alt", [n]) | ("rep", n, lo, hi|None)
         | ("group", n, capturing) | ("end",)
    """

    def __init__(self, text: str):
        self.s = text
        self.i = 0

    def fail(self, msg: str):
        raise GenError(f"regex {self.s!r} at {self.i}: {msg}")

    def peek(self) -> str | None:
        return self.s[self.i] if self.i < len(self.s) else None

    def parse(self):
        node = self.alt()
        if self.i != len(self.s):
            self.fail("unexpected character")
        return node

    def alt(self):
        branches = [self.seq()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.seq())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            atom = self.atom()
            items.append(self.quant(atom))
        return ("cat", items)

    def atom(self):
        c = self.peek()
        if c == "(":
            self.i += 1
            capturing = True
            if self.s.startswith("?:", self.i):
                self.i += 2
                capturing = False
            elif self.peek() == "?":
                self.fail("unsupported group")
            inner = self.alt()
            if self.peek() != ")":
                self.fail("missing )")
            self.i += 1
            return ("group", inner, capturing)
        if c == "[":
            return ("set", self.cls())
        if c == "\\":
            if self.s[self.i + 1 : self.i + 2] != "d":
                self.fail("unsupported escape")
            self.i += 2
            return ("set", DIGITS)
        if c == "$":
            self.i += 1
            return ("end",)
        if c is not None and c in DIGITS:
            self.i += 1
            return ("set", frozenset(c))
        self.fail("unsupported character")

    def cls(self):
        self.i += 1  # [
        out: set[str] = set()
        if self.peek() == "^":
            self.fail("negated classes are not supported")
        while self.peek() != "]":
            c = self.peek()
            if c is None:
                self.fail("unterminated class")
            if c == "\\" and self.s[self.i + 1 : self.i + 2] == "d":
                out |= DIGITS
                self.i += 2
                continue
            if c not in DIGITS:
                self.fail("non-digit in class")
            if self.s[self.i + 1 : self.i + 2] == "-" and self.s[self.i + 2 : self.i + 3] != "]":
                hi = self.s[self.i + 2]
                if hi not in DIGITS or hi < c:
                    self.fail("bad range")
                out |= {chr(x) for x in range(ord(c), ord(hi) + 1)}
                self.i += 3
            else:
                out.add(c)
                self.i += 1
        self.i += 1  # ]
        return frozenset(out)

    def quant(self, atom):
        c = self.peek()
        if c == "?":
            self.i += 1
            node = ("rep", atom, 0, 1)
        elif c == "*":
            self.i += 1
            node = ("rep", atom, 0, None)
        elif c == "+":
            self.i += 1
            node = ("rep", atom, 1, None)
        elif c == "{":
            m = re.compile(r"\{(\d+)(?:(,)(\d*))?\}").match(self.s, self.i)
            if not m:
                self.fail("bad {}")
            self.i = m.end()
            lo = int(m.group(1))
            hi = lo if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
            node = ("rep", atom, lo, hi)
        else:
            return atom
        if self.peek() in ("?", "+"):
            self.fail("lazy or possessive quantifiers are not supported")
        return node


def parse_regex(text: str):
    return Parser(text).parse()


def has_end_or_capture(node) -> bool:
    kind = node[0]
    if kind == "end":
        return True
    if kind == "group":
        return node[2] or has_end_or_capture(node[1])
    if kind in ("cat", "alt"):
        return any(has_end_or_capture(n) for n in node[1])
    if kind == "rep":
        return has_end_or_capture(node[1])
    return False


# ---------------------------------------------------------------- NFA / DFA


class NFA:
    def __init__(self):
        self.eps: list[list[int]] = []
        self.edges: list[list[tuple[frozenset, int]]] = []
        self.tag: list[int] = []  # bit mask carried by accepting states

    def state(self) -> int:
        self.eps.append([])
        self.edges.append([])
        self.tag.append(0)
        return len(self.eps) - 1

    def build(self, node) -> tuple[int, int]:
        kind = node[0]
        if kind == "set":
            a, b = self.state(), self.state()
            self.edges[a].append((node[1], b))
            return a, b
        if kind == "cat":
            a = self.state()
            cur = a
            for item in node[1]:
                s, e = self.build(item)
                self.eps[cur].append(s)
                cur = e
            return a, cur
        if kind == "alt":
            a, b = self.state(), self.state()
            for item in node[1]:
                s, e = self.build(item)
                self.eps[a].append(s)
                self.eps[e].append(b)
            return a, b
        if kind == "group":
            return self.build(node[1])
        if kind == "rep":
            _, inner, lo, hi = node
            a = self.state()
            cur = a
            for _ in range(lo):
                s, e = self.build(inner)
                self.eps[cur].append(s)
                cur = e
            if hi is None:
                s, e = self.build(inner)
                self.eps[cur].append(s)
                self.eps[e].append(s)
                end = self.state()
                self.eps[cur].append(end)
                self.eps[e].append(end)
                return a, end
            end = self.state()
            self.eps[cur].append(end)
            for _ in range(hi - lo):
                s, e = self.build(inner)
                self.eps[cur].append(s)
                self.eps[e].append(end)
                cur = e
            return a, end
        raise GenError(f"cannot compile {kind} here")

    def closure(self, states) -> tuple[int, ...]:
        seen = set(states)
        stack = list(states)
        while stack:
            s = stack.pop()
            for t in self.eps[s]:
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        return tuple(sorted(seen))


def build_dfa(patterns: list[tuple[object, int, bool]]):
    """patterns: (ast, bit, prefix_closed). Returns (next, mask, start) of a minimal DFA
    with state 0 dead and state 1 the start state, in breadth-first order."""
    nfa = NFA()
    start = nfa.state()
    for ast, bit, prefix_closed in patterns:
        s, e = nfa.build(ast)
        nfa.eps[start].append(s)
        acc = nfa.state()
        nfa.eps[e].append(acc)
        nfa.tag[acc] |= 1 << bit
        if prefix_closed:  # L·\d*: once matched, stays matched
            nfa.edges[acc].append((DIGITS, acc))

    # Subset construction.
    init = nfa.closure([start])
    ids = {init: 0}
    order = [init]
    trans: list[list[int]] = []
    masks: list[int] = []
    i = 0
    while i < len(order):
        cur = order[i]
        i += 1
        mask = 0
        for s in cur:
            mask |= nfa.tag[s]
        row = []
        for d in "0123456789":
            nxt = [t for s in cur for (cs, t) in nfa.edges[s] if d in cs]
            key = nfa.closure(nxt) if nxt else ()
            if key not in ids:
                ids[key] = len(order)
                order.append(key)
            row.append(ids[key])
        trans.append(row)
        masks.append(mask)
    # `()` (no NFA state) is the dead state if it was reached.
    dead_raw = ids.get(())

    # Liveness: states from which a state carrying `valid_bits` is reachable.
    return trans, masks, dead_raw


def minimize(trans, masks, start):
    n = len(trans)
    # Moore's partition refinement, initial classes by mask.
    cls = {}
    part = [cls.setdefault(m, len(cls)) for m in masks]
    while True:
        sigs = {}
        new = []
        for s in range(n):
            sig = (part[s], tuple(part[t] for t in trans[s]))
            new.append(sigs.setdefault(sig, len(sigs)))
        if len(sigs) == len(set(part)):
            part = new
            break
        part = new
    # Renumber: dead class first (0), then breadth-first from start.
    k = max(part) + 1
    rep = [None] * k
    for s in range(n):
        if rep[part[s]] is None:
            rep[part[s]] = s
    dead_cls = None
    for c in range(k):
        s = rep[c]
        if masks[s] == 0 and all(part[t] == c for t in trans[s]):
            dead_cls = c
    order = []
    idx = {}
    if dead_cls is not None:
        idx[dead_cls] = 0
        order.append(dead_cls)
    else:
        order.append(None)  # synthetic dead state
    if part[start] == dead_cls:
        raise GenError("the patterns match nothing")
    queue = [part[start]]
    if part[start] not in idx:
        idx[part[start]] = len(order)
        order.append(part[start])
    qi = 0
    while qi < len(queue):
        c = queue[qi]
        qi += 1
        for t in trans[rep[c]]:
            tc = part[t]
            if tc not in idx:
                idx[tc] = len(order)
                order.append(tc)
                queue.append(tc)
    new_trans = []
    new_masks = []
    for c in order:
        if c is None:
            new_trans.append([0] * 10)
            new_masks.append(0)
        else:
            new_trans.append([idx[part[t]] for t in trans[rep[c]]])
            new_masks.append(masks[rep[c]])
    return new_trans, new_masks


def mark_live(trans, masks, valid):
    """Sets LIVE_BIT on states from which a state with `valid(mask)` is reachable."""
    n = len(trans)
    live = [valid(m) for m in masks]
    changed = True
    while changed:
        changed = False
        for s in range(n):
            if not live[s] and any(live[t] for t in trans[s]):
                live[s] = True
                changed = True
    return [m | (1 << LIVE_BIT) if live[s] else m for s, m in enumerate(masks)]


# ---------------------------------------------------------------- pieces


def enumerate_literals(node) -> list[str]:
    """The strings `node` matches, in the order a backtracking engine tries them
    (alternatives left to right, greedy quantifiers longest first)."""
    kind = node[0]
    if kind == "set":
        return sorted(node[1])
    if kind == "group":
        return enumerate_literals(node[1])
    if kind == "alt":
        return [s for b in node[1] for s in enumerate_literals(b)]
    if kind == "cat":
        out = [""]
        for item in node[1]:
            tails = enumerate_literals(item)
            out = [a + b for a in out for b in tails]
            if len(out) > MAX_PREFIX_LITERALS:
                raise GenError("national prefix alternative matches too many strings")
        return out
    if kind == "rep":
        _, inner, lo, hi = node
        if hi is None:
            raise GenError("unbounded repetition in a national prefix alternative")
        base = enumerate_literals(inner)
        out = []
        for count in range(hi, lo - 1, -1):
            cur = [""]
            for _ in range(count):
                cur = [a + b for a in cur for b in base]
            out.extend(cur)
            if len(out) > MAX_PREFIX_LITERALS:
                raise GenError("national prefix alternative matches too many strings")
        return out
    raise GenError(f"unexpected {kind} in a national prefix alternative")


def format_groups(pattern: str) -> list[tuple[int, int]]:
    """`(\\d{4})(\\d{1,2})(\\d)` -> [(4, 4), (1, 2), (1, 1)]."""
    groups = []
    pos = 0
    rx = re.compile(r"\(\\d(?:\{(\d+)(?:,(\d+))?\})?\)")
    while pos < len(pattern):
        m = rx.match(pattern, pos)
        if not m:
            raise GenError(f"number format pattern {pattern!r} is not a sequence of digit groups")
        lo = int(m.group(1)) if m.group(1) else 1
        hi = int(m.group(2)) if m.group(2) else lo
        groups.append((lo, hi))
        pos = m.end()
    return groups


def national_template(fmt: dict, ngroups: int) -> str:
    """The national format with the national prefix formatting rule applied to the first
    group; the characters U+0001..U+0009 stand for groups 1..9."""
    rule = fmt["format"]
    if fmt["np_rule"]:
        rule = rule.replace("$1", fmt["np_rule"], 1)
    out = []
    i = 0
    while i < len(rule):
        c = rule[i]
        if c == "$":
            g = rule[i + 1 : i + 2]
            if not g.isdigit() or not 1 <= int(g) <= ngroups:
                raise GenError(f"format {rule!r}: bad group reference")
            out.append(chr(int(g)))
            i += 2
            continue
        if c in "\\\"" or ord(c) < 0x20 or ord(c) > 0x7E:
            raise GenError(f"format {rule!r}: unsupported character {c!r}")
        out.append(c)
        i += 1
    return "".join(out)


def length_mask(lengths) -> int:
    m = 0
    for n in lengths:
        if not 0 <= n < 31:
            raise GenError(f"length {n} out of range")
        m |= 1 << n
    return m


# ---------------------------------------------------------------- generate


def generate(source_name: str, xml: bytes) -> str:
    meta = load_territory(xml)
    if meta["country_code"] != "81":
        raise GenError("unexpected country code")
    idd = meta["international_prefix"]
    if not re.fullmatch(r"\d+", idd or ""):
        raise GenError("the international prefix must be a plain digit string")
    if meta["transform"] not in (None, "$1"):
        raise GenError("only the national prefix transform rule $1 is supported")

    patterns = []  # (ast, bit, prefix_closed)
    bit = 0
    general_bit = bit
    patterns.append((parse_regex(meta["general"]["pattern"]), bit, False))
    bit += 1

    type_rows = []
    for name, variant in TYPE_ORDER:
        d = meta["descs"].get(name)
        if d is None or not d["pattern"]:
            continue
        patterns.append((parse_regex(d["pattern"]), bit, False))
        type_rows.append((variant, bit, length_mask(d["lengths"]), d["pattern"], d["lengths"]))
        bit += 1

    # national_prefix_for_parsing, alternative by alternative.
    npfp_ast = parse_regex(meta["npfp"])
    alts = npfp_ast[1] if npfp_ast[0] == "alt" else [npfp_ast]
    prefix_rows = []
    for alt in alts:
        items = alt[1]
        if items and items[-1][0] == "end":
            body = items[:-1]
            if (
                len(body) != 1
                or body[0][0] != "group"
                or not body[0][2]
                or has_end_or_capture(body[0][1])
                or meta["transform"] != "$1"
            ):
                raise GenError("an anchored prefix alternative must be `(X)$` with transform $1")
            patterns.append((body[0][1], bit, False))
            prefix_rows.append(("Whole", bit))
            bit += 1
        else:
            if has_end_or_capture(alt):
                raise GenError("captures are supported only in `(X)$` alternatives")
            prefix_rows.append(("Literals", enumerate_literals(alt)))
    if not any(k == "Whole" for k, _ in prefix_rows) and meta["transform"]:
        raise GenError("a transform rule needs a captured alternative")

    if bit > LIVE_BIT:
        raise GenError("too many patterns for a 32-bit mask")

    # A second DFA, walked only over valid numbers, for the formats' leading digits.
    format_rows = []
    format_patterns = []
    for f in meta["formats"]:
        groups = format_groups(f["pattern"])
        template = national_template(f, len(groups))
        if f["leading"]:
            fbit = len(format_patterns)
            format_patterns.append((parse_regex(f["leading"][-1]), fbit, True))
            format_rows.append((fbit, groups, template, f))
        else:
            format_rows.append((None, groups, template, f))
    if len(format_patterns) > 32:
        raise GenError("too many number formats for a 32-bit mask")

    trans, masks, _ = build_dfa(patterns)
    trans, masks = minimize(trans, masks, 0)
    type_bits = 0
    for _, b, _, _, _ in type_rows:
        type_bits |= 1 << b
    masks = mark_live(trans, masks, lambda m: bool(m & (1 << general_bit)) and bool(m & type_bits))
    # getNumberType reports FIXED_LINE_OR_MOBILE when both match; the JP plan keeps them
    # apart, which the runtime relies on.
    fixed = next((b for v, b, *_ in type_rows if v == "FixedLine"), None)
    mobile = next((b for v, b, *_ in type_rows if v == "Mobile"), None)
    if fixed is not None and mobile is not None:
        if any(m & (1 << fixed) and m & (1 << mobile) for m in masks):
            raise GenError("fixed-line and mobile patterns overlap: FIXED_LINE_OR_MOBILE needed")
    number_dfa = (trans, masks)

    ftrans, fmasks, _ = build_dfa(format_patterns)
    format_dfa = minimize(ftrans, fmasks, 0)

    return emit(source_name, meta, general_bit, type_rows, prefix_rows, format_rows,
                number_dfa, format_dfa)


def rust_str(s: str) -> str:
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
        elif ord(c) < 0x20:
            out.append(f"\\u{{{ord(c):x}}}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def emit_dfa(w: list[str], name: str, what: str, dfa) -> None:
    trans, masks = dfa
    if len(trans) <= 0x100:
        state = "u8"
    elif len(trans) <= 0x10000:
        state = "u16"
    else:
        raise GenError("too many DFA states")
    w.append(f"/// {what}")
    w.append(f"/// {len(trans)} states; 0 is dead, 1 is the start.")
    w.append(f"pub(super) static {name}: Dfa<{state}> = Dfa {{")
    w.append(f"    next: &[")
    for row in trans:
        w.append("        [" + ", ".join(str(x) for x in row) + "],")
    w.append("    ],")
    w.append("    mask: &[")
    for i in range(0, len(masks), 8):
        w.append("        " + ", ".join(f"{m:#010x}" for m in masks[i : i + 8]) + ",")
    w.append("    ],")
    w.append("};")


def emit(source_name, meta, general_bit, type_rows, prefix_rows, format_rows,
         number_dfa, format_dfa) -> str:
    w = []
    w.append("// Generated — do not edit. Written by scripts/gen_phone_table.py.")
    w.append("//")
    w.append(f"// Source: {source_name}, territory {REGION} (country code {meta['country_code']}),")
    w.append(f"// libphonenumber {CRATE_LIBPHONENUMBER} as shipped in the Rust crate {CRATE}.")
    w.append(f"// Its {REGION} territory is identical to that of libphonenumber 9.0.43")
    w.append(f"// (phonenumbers 9.0.43, data/region_{REGION}.py); scripts/phone_diff.py checks it.")
    w.append("// Regenerate: python3 scripts/gen_phone_table.py (the round trip is a test).")
    w.append("")
    w.append("use super::plan::{Dfa, Format, PrefixRule, TypeRule};")
    w.append("use super::PhoneType;")
    w.append("")
    w.append("/// The country calling code.")
    w.append(f"pub(super) const COUNTRY_CODE: &[u8] = b{rust_str(meta['country_code'])};")
    w.append("/// The international (IDD) prefix dialled from Japan.")
    w.append(f"pub(super) const INTERNATIONAL_PREFIX: &[u8] = b{rust_str(meta['international_prefix'])};")
    w.append("/// The national (trunk) prefix.")
    w.append(f"pub(super) const NATIONAL_PREFIX: &[u8] = b{rust_str(meta['national_prefix'])};")
    w.append(f"/// NUMBER bit of generalDesc: {meta['general']['pattern']}")
    w.append(f"pub(super) const GENERAL_BIT: u32 = 1 << {general_bit};")
    gl = meta["general"]["lengths"]
    w.append(f"/// Possible lengths of a national significant number: {gl}.")
    w.append(f"pub(super) const GENERAL_LENGTHS: u32 = {length_mask(gl):#010x};")
    w.append("/// NUMBER bit of the states from which a valid number can still be reached.")
    w.append(f"pub(super) const LIVE_BIT: u32 = 1 << {LIVE_BIT};")
    w.append("")
    w.append("/// Number types, in the order libphonenumber's getNumberType checks them, with")
    w.append("/// their NUMBER bits.")
    w.append(f"pub(super) const TYPES: [TypeRule; {len(type_rows)}] = [")
    for variant, b, lm, pat, lengths in type_rows:
        w.append(f"    // {pat} {lengths}")
        w.append(f"    TypeRule {{ phone_type: PhoneType::{variant}, bit: 1 << {b}, lengths: {lm:#010x} }},")
    w.append("];")
    w.append("")
    w.append(f"/// national_prefix_for_parsing: {meta['npfp']}")
    w.append(f"pub(super) const NATIONAL_PREFIX_FOR_PARSING: [PrefixRule; {len(prefix_rows)}] = [")
    for kind, val in prefix_rows:
        if kind == "Whole":
            w.append(f"    PrefixRule::Whole {{ bit: 1 << {val} }},")
        else:
            lits = ", ".join(f"b{rust_str(s)}" for s in val)
            w.append(f"    PrefixRule::Literals(&[{lits}]),")
    w.append("];")
    w.append("")
    w.append("/// Number formats, in metadata order, with the FORMAT bit of their last leading-digits")
    w.append("/// pattern; \\u{N} in a template is group N.")
    w.append(f"pub(super) const FORMATS: [Format; {len(format_rows)}] = [")
    for b, groups, template, f in format_rows:
        ld = f["leading"][-1] if f["leading"] else "(none)"
        w.append(f"    // {f['pattern']} {f['format']} np={f['np_rule']} leading={ld}")
        gs = ", ".join(f"({lo}, {hi})" for lo, hi in groups)
        leading = f"1 << {b}" if b is not None else "0"
        w.append(f"    Format {{ leading: {leading}, groups: &[{gs}], template: {rust_str(template)} }},")
    w.append("];")
    w.append("")
    emit_dfa(w, "NUMBER", "Over a national significant number: generalDesc, the number types, the "
             "anchored national-prefix alternatives, liveness.", number_dfa)
    w.append("")
    emit_dfa(w, "FORMAT", "Over a national significant number: which formats' last leading-digits "
             "pattern matches its start.", format_dfa)
    return "\n".join(w) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", help=f"path to {XML_NAME}")
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    ap.add_argument("--out", default=str(OUT), help="output path")
    args = ap.parse_args(argv)
    try:
        name, xml = find_source(args.source)
    except FileNotFoundError as e:
        print(f"gen_phone_table: source not found: {e}", file=sys.stderr)
        return 2
    try:
        text = generate(name, xml)
    except GenError as e:
        print(f"gen_phone_table: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != text:
            print(f"gen_phone_table: {out} differs from what {name} generates", file=sys.stderr)
            return 1
        print(f"gen_phone_table: {out} is up to date with {name}")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"gen_phone_table: wrote {out} from {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
