"""A typed consumer of the mamori package: `mypy --strict` over this file checks the
package's stubs (scripts/python-test.sh). It is also run by test_typed_consumer."""

from typing import Dict, List, Optional

import mamori
from mamori import ContactForm, FormResult, Issue, MamoriError, RedactResult, Redactor
from mamori.types import Finding, Kind, KindInfo, PhoneResult


def masked(text: str) -> str:
    result: RedactResult = mamori.redact(text, kinds=["my_number", "credit_card"], style="partial", keep_last=2)
    spans: List[Finding] = result["findings"]
    return result["text"] if spans else text


def batch(texts: List[Optional[str]]) -> List[Optional[str]]:
    redactor = Redactor(kinds=None, style="label", rules=[{"kind": "order", "pattern": r"ORD-\d+"}])
    out: List[Optional[str]] = []
    for r in redactor.redact_many(texts):
        out.append(None if r is None else r["text"])
    plain: List[RedactResult] = mamori.redact_many(["a", "b"])
    return out + [p["text"] for p in plain]


def default_kinds() -> List[Kind]:
    infos: List[KindInfo] = mamori.kinds()
    return [k["name"] for k in infos if k["is_default"]]


def phone(text: str) -> str:
    p: PhoneResult = mamori.parse_phone(text)
    if p["valid"] and p["national"] is not None:
        return p["national"]
    return p["error"]["message_en"] if p["error"] else ""


def form_messages(form: ContactForm) -> Dict[str, str]:
    result: FormResult = mamori.validate_form(form, required={"email": True}, max_length={"body": None})
    issues: List[Issue] = result["errors"] + result["warnings"]
    messages: Dict[str, str] = {i["field"]: i["message_en"] for i in issues}
    if result["disclosure"] is not None:
        messages["kinds"] = ",".join(result["disclosure"]["kinds"])
    submission = mamori.prepare_submission({"name": "山田", "body": None})
    if submission["payload"] is not None:
        messages["body"] = submission["payload"]["body"]
    return messages


def code_of_bad_style() -> str:
    try:
        mamori.normalize("x", "name")
        mamori.redact("x", style="mask")
    except MamoriError as e:
        return e.code
    return ""


if __name__ == "__main__":
    print(masked("カード 4539 5787 6362 1486"), batch(["個人番号 123456789018", None]), default_kinds())
    print(phone("03-1234-5678"), form_messages({"inquiry_type": "その他", "name": "山田"}), code_of_bad_style())
