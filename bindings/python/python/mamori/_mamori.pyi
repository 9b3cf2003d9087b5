# Type stubs of the extension module mamori._mamori (bindings/python/src/).
# Users import these names from `mamori`; their docs are in mamori/__init__.py.
from typing import Iterable, List, Mapping, Optional, Sequence, Union, overload

from .types import (
    ContactForm,
    ErrorCode,
    FormField,
    FormResult,
    Kind,
    KindInfo,
    PhoneResult,
    Profile,
    RedactResult,
    RedactRule,
    Style,
    Submission,
)

_Form = Union[ContactForm, Mapping[str, Optional[str]]]

class MamoriError(ValueError):
    code: ErrorCode

def version() -> str: ...
def kinds() -> List[KindInfo]: ...
def form_fields() -> List[FormField]: ...
def normalize(text: str, profile: Optional[Profile] = "text") -> str: ...
def parse_phone(input: str) -> PhoneResult: ...
def validate_form(
    form: _Form,
    *,
    required: Optional[Mapping[FormField, bool]] = None,
    max_length: Optional[Mapping[FormField, Optional[int]]] = None,
    email_instead_of_phone: Optional[bool] = None,
) -> FormResult: ...
def validate_many(
    forms: Iterable[_Form],
    *,
    required: Optional[Mapping[FormField, bool]] = None,
    max_length: Optional[Mapping[FormField, Optional[int]]] = None,
    email_instead_of_phone: Optional[bool] = None,
) -> List[FormResult]: ...
def prepare_submission(
    form: _Form,
    *,
    required: Optional[Mapping[FormField, bool]] = None,
    max_length: Optional[Mapping[FormField, Optional[int]]] = None,
    email_instead_of_phone: Optional[bool] = None,
) -> Submission: ...
def redact(
    text: str,
    kinds: Optional[Sequence[Kind]] = None,
    style: Optional[Style] = "mask",
    keep_last: Optional[int] = 4,
    rules: Optional[Sequence[RedactRule]] = None,
) -> RedactResult: ...
@overload
def redact_many(
    texts: Iterable[str],
    kinds: Optional[Sequence[Kind]] = None,
    style: Optional[Style] = "mask",
    keep_last: Optional[int] = 4,
    rules: Optional[Sequence[RedactRule]] = None,
) -> List[RedactResult]: ...
@overload
def redact_many(
    texts: Iterable[Optional[str]],
    kinds: Optional[Sequence[Kind]] = None,
    style: Optional[Style] = "mask",
    keep_last: Optional[int] = 4,
    rules: Optional[Sequence[RedactRule]] = None,
) -> List[Optional[RedactResult]]: ...

class Redactor:
    def __init__(
        self,
        kinds: Optional[Sequence[Kind]] = None,
        style: Optional[Style] = "mask",
        keep_last: Optional[int] = 4,
        rules: Optional[Sequence[RedactRule]] = None,
    ) -> None: ...
    def redact(self, text: str) -> RedactResult: ...
    @overload
    def redact_many(self, texts: Iterable[str]) -> List[RedactResult]: ...
    @overload
    def redact_many(self, texts: Iterable[Optional[str]]) -> List[Optional[RedactResult]]: ...
    def _redact_column(
        self, texts: List[Optional[str]], findings: bool
    ) -> tuple[
        List[Optional[str]],
        Optional[List[int]],
        Optional[List[str]],
        Optional[List[int]],
        Optional[List[int]],
    ]: ...
