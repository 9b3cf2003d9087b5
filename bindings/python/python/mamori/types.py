"""The types of mamori's results and arguments.

Every result is a plain ``dict`` (``json.dumps`` takes it as it is, ``==`` compares
it), typed here as a ``TypedDict``; the names are the JavaScript API's in
snake_case (``message_en``, ``is_default``, ``inquiry_type``). The ``Literal``
unions below are tested against the module's own lists (``kinds()``,
``form_fields()``).
"""

from typing import List, Literal, Optional, TypedDict

#: The kinds of sensitive value mamori finds (``kinds()`` lists them with labels).
Kind = Literal[
    "my_number",
    "insurer_number",
    "insured_number",
    "public_expense_payer",
    "public_expense_recipient",
    "credit_card",
    "bank_account",
    "passport",
    "residence_card",
    "drivers_license",
    "pension_number",
    "phone",
    "email",
]

#: How a finding is masked: ``*`` per letter or digit, the kind's label
#: (〔保険者番号〕), or all but the last ``keep_last`` letters or digits.
Style = Literal["mask", "label", "partial"]

#: The normalization profiles: free text, a person's name, a furigana field.
Profile = Literal["text", "name", "kana"]

#: libphonenumber's number type, in snake_case.
PhoneType = Literal[
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
]

#: Why a phone number was refused.
PhoneErrorCode = Literal[
    "empty", "invalid_chars", "too_short", "too_long", "invalid_number", "not_japanese"
]

#: The contact form's fields, in the order of the page (``form_fields()``).
FormField = Literal["inquiry_type", "name", "phone", "email", "body"]

#: Error and warning codes of ``validate_form``.
IssueCode = Literal[
    "required",
    "too_long",
    "invalid_chars",
    "phone_invalid",
    "email_invalid",
    "first_line_mismatch",
    "inquiry_type_must_be_other",
    "request_content_missing",
    "sensitive_data_will_be_masked",
    "looks_like_disclosure_request",
]

#: What a disclosure request asks for (section 6 of the privacy notice).
DisclosureKind = Literal[
    "purpose_notification",
    "disclosure",
    "correction",
    "suspension",
    "erasure",
    "stop_third_party_provision",
    "third_party_record_disclosure",
]

#: Who asks: the person (本人) or an agent (代理人).
Requester = Literal["self", "agent"]

#: The ``code`` of a :class:`mamori.MamoriError`.
ErrorCode = Literal[
    "unknown_kind",
    "unknown_style",
    "unknown_profile",
    "unknown_field",
    "invalid_pattern",
    "empty_rule_kind",
    "out_of_range",
    "too_large",
    "rules_unavailable",
    "invalid_option",
]


class Finding(TypedDict):
    """One thing found: its kind and ``str`` indices, ``text[start:end]``. Never the value."""

    kind: str
    start: int
    end: int


class RedactResult(TypedDict):
    """The result of ``redact``: the masked text and what was masked, in order."""

    text: str
    findings: List[Finding]


class _RedactRuleRequired(TypedDict):
    kind: str
    pattern: str


class RedactRule(_RedactRuleRequired, total=False):
    """A custom rule: every match of ``pattern`` (Rust ``regex`` syntax) is a finding
    of ``kind``; ``label`` is what style ``"label"`` writes (default 〔kind〕)."""

    label: str


class KindInfo(TypedDict):
    """A built-in kind: its name, its label, and whether ``redact`` looks for it by default."""

    name: Kind
    label: str
    is_default: bool


class PhoneError(TypedDict):
    """Why a phone number was refused: a code, polite Japanese, and English."""

    code: PhoneErrorCode
    message: str
    message_en: str


class PhoneResult(TypedDict):
    """The result of ``parse_phone``: ``type``, ``e164`` and ``national`` are ``None``
    unless ``valid``; ``error`` is ``None`` when ``valid``."""

    valid: bool
    type: Optional[PhoneType]
    e164: Optional[str]
    national: Optional[str]
    error: Optional[PhoneError]


class ContactForm(TypedDict, total=False):
    """The contact form; an absent field or ``None`` counts as empty."""

    inquiry_type: Optional[str]
    name: Optional[str]
    phone: Optional[str]
    email: Optional[str]
    body: Optional[str]


class NormalizedForm(TypedDict):
    """The form after normalization: name with profile "name", body with "text", phone
    in national format when valid."""

    inquiry_type: str
    name: str
    phone: str
    email: str
    body: str


class _IssueRequired(TypedDict):
    field: FormField
    code: IssueCode
    message: str
    message_en: str


class Issue(_IssueRequired, total=False):
    """One error or warning: where, what, and how to fix it (Japanese and English).
    ``suggestion`` is there for ``first_line_mismatch`` and
    ``looks_like_disclosure_request``: the line to write first."""

    suggestion: str


class Disclosure(TypedDict):
    """How a disclosure request was read: what it asks for, in the order of section 6,
    and who asks (``None`` unless the content says)."""

    kinds: List[DisclosureKind]
    requester: Optional[Requester]


class FormResult(TypedDict):
    """The result of ``validate_form``: ``ok`` exactly when ``errors`` is empty."""

    ok: bool
    errors: List[Issue]
    warnings: List[Issue]
    normalized: NormalizedForm
    disclosure: Optional[Disclosure]


class Submission(TypedDict):
    """The result of ``prepare_submission``: ``payload`` is the normalized form with
    the body redacted when ``ok``, else ``None``."""

    ok: bool
    errors: List[Issue]
    warnings: List[Issue]
    payload: Optional[NormalizedForm]
