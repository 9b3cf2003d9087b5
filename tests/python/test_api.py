"""The Python API itself: its lists held to the core's, argument errors, offsets,
batches, the Arrow helper, and what `import mamori` pulls in."""

import subprocess
import sys
import threading
from typing import Any, Callable, get_args

import pytest

import mamori
from mamori import types


def test_the_literal_types_are_the_module_s_lists() -> None:
    assert list(get_args(types.Kind)) == [k["name"] for k in mamori.kinds()]
    assert list(get_args(types.FormField)) == mamori.form_fields()
    defaults = [k["name"] for k in mamori.kinds() if k["is_default"]]
    assert defaults == [k for k in get_args(types.Kind) if k not in ("phone", "email")]


def test_redact_masks_and_reports_str_indices() -> None:
    text = "マイナンバーは 1234 5678 9018 です"
    r = mamori.redact(text)
    assert r == {
        "text": "マイナンバーは **** **** **** です",
        "findings": [{"kind": "my_number", "start": 8, "end": 22}],
    }
    f = r["findings"][0]
    assert text[f["start"] : f["end"]] == "1234 5678 9018"


def test_a_text_without_findings_comes_back_as_it_was() -> None:
    text = "お問い合わせです " * 3
    r = mamori.redact(text)
    assert r["text"] is text and r["findings"] == []


def test_styles_and_keep_last() -> None:
    text = "カード 4539-5787-6362-1486"
    assert mamori.redact(text, style="partial")["text"] == "カード ****-****-****-1486"
    assert mamori.redact(text, style="partial", keep_last=2)["text"] == "カード ****-****-****-**86"
    assert mamori.redact("保険者番号：01130012", style="label")["text"] == "保険者番号：〔保険者番号〕"
    assert mamori.redact("個人番号 123456789018", kinds=["credit_card"])["findings"] == []


def test_custom_rules() -> None:
    r = mamori.redact(
        "注文 ORD-1234", rules=[{"kind": "order", "pattern": r"ORD-\d+", "label": "〔注文〕"}], style="label"
    )
    assert r == {"text": "注文 〔注文〕", "findings": [{"kind": "order", "start": 3, "end": 11}]}


def test_redactor_is_built_once_and_reused() -> None:
    r = mamori.Redactor(kinds=["my_number", "credit_card"], style="partial")
    assert "style='partial'" in repr(r)
    texts = ["個人番号 123456789018", None, "なし", "カード 4539 5787 6362 1486"]
    many = r.redact_many(texts)
    assert many[1] is None
    assert [m["text"] if m else None for m in many] == [
        r.redact(t)["text"] if t is not None else None for t in texts
    ]
    assert mamori.redact_many(texts, kinds=["my_number", "credit_card"], style="partial") == many
    assert r.redact_many(iter(["個人番号 123456789018"])) == [r.redact("個人番号 123456789018")]


def test_the_redactor_runs_in_threads_without_the_gil() -> None:
    r = mamori.Redactor()
    text = "マイナンバー 1234 5678 9018\n" * 2000
    want = r.redact(text)
    results: list = []

    def work() -> None:
        results.append(r.redact_many([text] * 5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(x == want for batch in results for x in batch) and len(results) == 4


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    text = "a\ud800 個人番号 123456789018"
    r = mamori.redact(text)
    f = r["findings"][0]
    assert text[f["start"] : f["end"]] == "123456789018"
    assert r["text"] == "a\ufffd 個人番号 ************"


def test_normalize_and_parse_phone() -> None:
    assert mamori.normalize("ＴＥＬ：０３－１２３４") == "TEL:03-1234"
    assert mamori.normalize("やまだ たろう", "kana") == "ヤマダ　タロウ"
    assert mamori.normalize(" 山田　 太郎 ", profile="name") == "山田　太郎"
    ok = mamori.parse_phone("０３－１２３４－５６７８")
    assert ok == {
        "valid": True,
        "type": "fixed_line",
        "e164": "+81312345678",
        "national": "03-1234-5678",
        "error": None,
    }
    bad = mamori.parse_phone("")
    assert bad["valid"] is False and bad["error"] is not None and bad["error"]["code"] == "empty"
    assert set(bad["error"]) == {"code", "message", "message_en"}


def test_validate_form_and_prepare_submission() -> None:
    form = {
        "inquiry_type": "その他",
        "name": "山田　太郎",
        "phone": "０３－１２３４－５６７８",
        "body": "個人情報の開示等請求\n本人です。開示をお願いします。マイナンバー 1234 5678 9018",
    }
    r = mamori.validate_form(form)
    assert r["ok"] and r["errors"] == []
    assert r["normalized"]["phone"] == "03-1234-5678"
    assert r["disclosure"] == {"kinds": ["disclosure"], "requester": "self"}
    assert [w["code"] for w in r["warnings"]] == ["sensitive_data_will_be_masked"]
    s = mamori.prepare_submission(form)
    assert s["ok"] and s["payload"] is not None
    assert s["payload"]["body"].endswith("マイナンバー **** **** ****")
    near = mamori.validate_form({**form, "body": "個人情報開示請求\n開示して"})
    miss = [e for e in near["errors"] if e["code"] == "first_line_mismatch"]
    assert miss and miss[0]["field"] == "body" and miss[0]["suggestion"] == "個人情報の開示等請求"
    empty = mamori.validate_form({})
    assert not empty["ok"] and {e["field"] for e in empty["errors"]} >= {"name", "body", "phone"}
    options = mamori.validate_form(
        {"name": "山田", "email": "a@example.com", "body": "質問です"},
        required={"phone": False},
        max_length={"body": 2},
    )
    assert [(e["field"], e["code"]) for e in options["errors"]] == [("body", "too_long")]
    assert mamori.prepare_submission({})["payload"] is None


def code_of(call: Callable[[], Any]) -> str:
    with pytest.raises(mamori.MamoriError) as e:
        call()
    assert isinstance(e.value, ValueError)
    return e.value.code


@pytest.mark.parametrize(
    "call,argument",
    [
        (lambda: mamori.redact(1), "`text`"),
        (lambda: mamori.redact(None), "`text`"),
        (lambda: mamori.redact(b"bytes"), "`text`"),
        (lambda: mamori.redact("x", kinds="my_number"), "`kinds`"),
        (lambda: mamori.redact("x", kinds=[1]), "`kinds[0]`"),
        (lambda: mamori.redact("x", style=1), "`style`"),
        (lambda: mamori.redact("x", keep_last="4"), "`keep_last`"),
        (lambda: mamori.redact("x", keep_last=True), "`keep_last`"),
        (lambda: mamori.redact("x", rules=[{"kind": "a"}]), '`rules[0]["pattern"]`'),
        (lambda: mamori.redact("x", rules=["a"]), "`rules[0]`"),
        (lambda: mamori.redact_many("text"), "`texts`"),
        (lambda: mamori.redact_many([1]), "`texts[0]`"),
        (lambda: mamori.Redactor().redact(1), "`text`"),
        (lambda: mamori.normalize(1), "`text`"),
        (lambda: mamori.normalize("x", 1), "`profile`"),
        (lambda: mamori.parse_phone(312345678), "`input`"),
        (lambda: mamori.validate_form("form"), "`form`"),
        (lambda: mamori.validate_form(None), "`form`"),
        (lambda: mamori.validate_form({"name": 1}), "`form[\"name\"]`"),
        (lambda: mamori.validate_form({}, required={"name": 1}), "`required[\"name\"]`"),
        (lambda: mamori.validate_form({}, required=["name"]), "`required`"),
        (lambda: mamori.validate_form({}, max_length={"body": "10"}), "`max_length[\"body\"]`"),
        (lambda: mamori.validate_form({}, email_instead_of_phone="yes"), "`email_instead_of_phone`"),
        (lambda: mamori.validate_many([{}, 3]), "`forms[1]`"),
        (lambda: mamori.prepare_submission([]), "`form`"),
    ],
)
def test_wrong_types_raise_type_error_naming_the_argument(call: Callable[[], Any], argument: str) -> None:
    with pytest.raises(TypeError) as e:
        call()
    assert argument in str(e.value)
    # The module keeps working.
    assert mamori.redact("個人番号 123456789018")["text"] == "個人番号 ************"


def test_wrong_values_raise_mamori_error_with_a_code() -> None:
    assert code_of(lambda: mamori.redact("x", kinds=["ssn"])) == "unknown_kind"
    assert code_of(lambda: mamori.Redactor(kinds=["my_number", "nope"])) == "unknown_kind"
    assert code_of(lambda: mamori.redact("x", style="bold")) == "unknown_style"
    assert code_of(lambda: mamori.normalize("x", "furigana")) == "unknown_profile"
    assert code_of(lambda: mamori.redact("x", keep_last=-1)) == "out_of_range"
    assert code_of(lambda: mamori.redact("x", rules=[{"kind": "a", "pattern": "("}])) == "invalid_pattern"
    assert code_of(lambda: mamori.redact("x", rules=[{"kind": "", "pattern": "a"}])) == "empty_rule_kind"
    assert code_of(lambda: mamori.redact("x", kinds=["my_number"] * 257)) == "too_large"
    assert code_of(lambda: mamori.redact("x", rules=[{"kind": "a", "pattern": "a" * 20000}])) == "too_large"
    assert code_of(lambda: mamori.validate_form({}, required={"inquiryType": True})) == "unknown_field"
    assert code_of(lambda: mamori.validate_form({}, max_length={"body": -1})) == "out_of_range"
    # Never the caller's value beyond 40 characters, and the module keeps working.
    with pytest.raises(mamori.MamoriError) as e:
        mamori.redact("x", style="s" * 100)
    assert "s" * 41 not in str(e.value)
    assert mamori.redact("x")["text"] == "x"


def test_too_many_findings_are_refused() -> None:
    with pytest.raises(mamori.MamoriError) as e:
        mamori.redact("a" * ((1 << 22) + 1), rules=[{"kind": "any", "pattern": "."}])
    assert e.value.code == "too_large"


def test_import_needs_neither_pyarrow_nor_pyspark() -> None:
    code = "import sys, mamori; mamori.redact('x'); print(sorted(m for m in ('pyarrow', 'pyspark') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_redact_array_keeps_nulls_type_and_chunks() -> None:
    pa = pytest.importorskip("pyarrow")
    from mamori.arrow import FINDINGS_TYPE, redact_array

    texts = ["個人番号 123456789018", None, "なし", "𠮷 カード 4539 5787 6362 1486", ""]
    for t in (pa.string(), pa.large_string()):
        arr = pa.array(texts, type=t)
        masked = redact_array(arr)
        assert masked.type == t
        assert masked.to_pylist() == [r["text"] if r else None for r in mamori.redact_many(texts)]
        masked2, found = redact_array(arr, findings=True)
        assert masked2.equals(masked) and found.type == FINDINGS_TYPE
        assert found.to_pylist() == [r["findings"] if r else None for r in mamori.redact_many(texts)]
    chunked = pa.chunked_array([texts[:2], texts[2:]], type=pa.string())
    out, found = redact_array(chunked, kinds=["credit_card"], style="partial", findings=True)
    assert out.num_chunks == 2 and out.to_pylist()[3] == "𠮷 カード **** **** **** 1486"
    assert found.to_pylist()[0] == [] and found.to_pylist()[1] is None
    with pytest.raises(TypeError):
        redact_array(pa.array([1, 2]))
    with pytest.raises(TypeError):
        redact_array(["a"])
    with pytest.raises(TypeError):
        redact_array(pa.array(["a"]), redactor=mamori.Redactor(), style="label")


def test_a_redactor_pickles_as_its_options() -> None:
    import pickle

    r = mamori.Redactor(
        kinds=["my_number", "bank_account"],
        style="label",
        keep_last=2,
        rules=[{"kind": "order", "pattern": r"ORD-\d+", "label": "〔注文〕"}, {"kind": "x", "pattern": "XX"}],
    )
    copy = pickle.loads(pickle.dumps(r))
    assert repr(copy) == repr(r)
    text = "個人番号 123456789018 口座番号 1234567 ORD-9 XX"
    assert copy.redact(text) == r.redact(text)
    assert pickle.loads(pickle.dumps(mamori.Redactor())).redact(text) == mamori.redact(text)


def test_input_over_the_limit_is_refused_before_it_is_read() -> None:
    big = "a" * (32 * 1024 * 1024 + 1)
    for call in (lambda: mamori.redact(big), lambda: mamori.normalize(big), lambda: mamori.parse_phone(big)):
        assert code_of(call) == "too_large"
    assert mamori.redact("個人番号 123456789018")["text"] == "個人番号 ************"
