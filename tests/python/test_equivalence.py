"""The Python package gives the JavaScript package's results, field by field, on the
project's fixtures and, when it is there, the shared development corpus. JavaScript
offsets (UTF-16 code units) are turned into ``str`` indices and camelCase names into
snake_case before comparing."""

from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import mamori
from conftest import (
    FIXTURES,
    corpus_file,
    js_form,
    js_form_result,
    js_redaction,
    oracle,
    read_jsonl,
    record,
)

ALL_KINDS = [k["name"] for k in mamori.kinds()]

# Each redaction case runs with its own kinds and with these other option sets.
REDACT_OPTIONS: List[Dict[str, Any]] = [
    {},
    {"kinds": ALL_KINDS, "style": "label"},
    {"style": "partial", "keepLast": 2},
]

FORM_OPTIONS: List[Dict[str, Any]] = [
    {},
    {"required": {"email": True, "phone": False}, "maxLength": {"body": 40, "name": None}, "emailInsteadOfPhone": False},
]


def source(where: str, name: str) -> Path:
    return FIXTURES / name if where == "fixtures" else corpus_file(name)


def python_redact(text: str, options: Dict[str, Any]) -> Dict[str, Any]:
    return dict(
        mamori.redact(
            text,
            kinds=options.get("kinds"),
            style=options.get("style"),
            keep_last=options.get("keepLast"),
        )
    )


def py_form_options(options: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "required": {k.replace("inquiryType", "inquiry_type"): v for k, v in options["required"].items()}
        if "required" in options
        else None,
        "max_length": options.get("maxLength"),
        "email_instead_of_phone": options.get("emailInsteadOfPhone"),
    }


@pytest.mark.parametrize(
    "where,name",
    [("fixtures", "redact.jsonl"), ("shared", "redact.jsonl"), ("shared", "redact-real.jsonl")],
)
def test_redact_equals_javascript(where: str, name: str) -> None:
    cases = read_jsonl(source(where, name))
    requests: List[Tuple[str, Dict[str, Any]]] = []
    for c in cases:
        for options in [{"kinds": c["kinds"]}, *REDACT_OPTIONS]:
            requests.append((c["text"], options))
    answers = oracle({"op": "redact", "text": t, "options": o} for t, o in requests)
    mismatches = []
    for (text, options), answer in zip(requests, answers):
        assert "error" not in answer, answer
        got = python_redact(text, options)
        want = js_redaction(text, answer["value"])
        if got != want:
            mismatches.append((options, got, want))
    record(f"{where}/{name} (redact, {len(requests) // len(cases)} option sets)", len(requests))
    assert not mismatches, f"{len(mismatches)} of {len(requests)} differ; first: {mismatches[0]}"


@pytest.mark.parametrize("where", ["fixtures", "shared"])
def test_forms_equal_javascript(where: str) -> None:
    cases = read_jsonl(source(where, "forms.jsonl"))
    requests = [(op, c["form"], o) for c in cases for op in ("validateForm", "prepareSubmission") for o in FORM_OPTIONS]
    answers = oracle({"op": op, "form": f, "options": o} for op, f, o in requests)
    mismatches = []
    for (op, form, options), answer in zip(requests, answers):
        assert "error" not in answer, answer
        call = mamori.validate_form if op == "validateForm" else mamori.prepare_submission
        got = call(js_form(form), **py_form_options(options))
        want = js_form_result(answer["value"])
        if got != want:
            mismatches.append((op, options, got, want))
    # validate_many is validate_form over a batch.
    forms = [js_form(c["form"]) for c in cases]
    assert mamori.validate_many(forms) == [mamori.validate_form(f) for f in forms]
    record(f"{where}/forms.jsonl (validate_form, prepare_submission)", len(requests))
    assert not mismatches, f"{len(mismatches)} of {len(requests)} differ; first: {mismatches[0]}"


@pytest.mark.parametrize("where", ["fixtures", "shared"])
def test_normalize_equals_javascript(where: str) -> None:
    cases = read_jsonl(source(where, "normalize.jsonl"))
    requests = [(c["input"], p) for c in cases for p in ("text", "name", "kana")]
    answers = oracle({"op": "normalize", "text": t, "profile": p} for t, p in requests)
    mismatches = [(t, p) for (t, p), a in zip(requests, answers) if mamori.normalize(t, p) != a["value"]]
    record(f"{where}/normalize.jsonl (3 profiles)", len(requests))
    assert not mismatches, f"{len(mismatches)} of {len(requests)} differ; first: {mismatches[0]}"


@pytest.mark.parametrize("where", ["fixtures", "shared"])
def test_parse_phone_equals_javascript(where: str) -> None:
    cases = read_jsonl(source(where, "phone.jsonl"))
    inputs = [c["input"] for c in cases]
    answers = oracle({"op": "parsePhone", "input": i} for i in inputs)
    mismatches = [
        i for i, a in zip(inputs, answers) if mamori.parse_phone(i) != js_form_result(a["value"])
    ]
    record(f"{where}/phone.jsonl (parse_phone)", len(inputs))
    assert not mismatches, f"{len(mismatches)} of {len(inputs)} differ; first: {mismatches[0]!r}"


def test_lists_and_version_equal_javascript() -> None:
    kinds, fields, version = oracle([{"op": "kinds"}, {"op": "formFields"}, {"op": "version"}])
    assert mamori.kinds() == js_form_result(kinds["value"])
    assert mamori.form_fields() == [js_form_result({"field": f})["field"] for f in fields["value"]]
    assert mamori.version() == version["value"] == mamori.__version__


def test_offsets_outside_the_bmp_equal_javascript() -> None:
    texts = [
        "𠮷野さん マイナンバー 1234 5678 9018 😀 カード番号 4539 5787 6362 1486",
        "👨‍👩‍👧 保険者番号：０１１３００１２\n記号 ア12 番号 34",
        "\u3000𩸽 口座番号 1234567 𠮷",
    ]
    answers = oracle({"op": "redact", "text": t, "options": {}} for t in texts)
    for text, answer in zip(texts, answers):
        got = mamori.redact(text)
        assert got == js_redaction(text, answer["value"])
        for f in got["findings"]:
            assert any(ch.isdigit() for ch in text[f["start"] : f["end"]])
