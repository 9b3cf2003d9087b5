"""mamori (守り): Japanese contact-form checks, normalization, and redaction of
sensitive numbers (My Number, health-insurance and public-expense numbers, cards,
bank accounts, identity documents), the same engine as the npm package.

Results are plain dicts typed in :mod:`mamori.types`; offsets are ``str`` indices
(``text[start:end]`` is what was found). The work runs in Rust with the GIL
released; ``Redactor`` and the ``*_many`` functions take batches.

>>> import mamori
>>> mamori.redact("マイナンバーは 1234 5678 9018 です")["text"]
'マイナンバーは **** **** **** です'
>>> mamori.normalize("ＴＥＬ：０３－１２３４－５６７８")
'TEL:03-1234-5678'
>>> mamori.parse_phone("０３－１２３４－５６７８")["national"]
'03-1234-5678'

Wrong types raise ``TypeError`` naming the argument; wrong values (an unknown
kind, style or profile, an invalid pattern, input over a limit) raise
:class:`MamoriError`, a ``ValueError`` with a ``code``.

:mod:`mamori.arrow` masks a pyarrow string array; :mod:`mamori.spark` masks the
columns of a Spark DataFrame and checks form exports. Neither is imported here:
``import mamori`` needs neither pyarrow nor pyspark.
"""

from ._mamori import (
    MamoriError,
    Redactor,
    form_fields,
    kinds,
    normalize,
    parse_phone,
    prepare_submission,
    redact,
    redact_many,
    validate_form,
    validate_many,
    version,
)
from .types import (
    ContactForm,
    Disclosure,
    Finding,
    FormResult,
    Issue,
    KindInfo,
    NormalizedForm,
    PhoneError,
    PhoneResult,
    RedactResult,
    RedactRule,
    Submission,
)

__version__: str = version()

__all__ = [
    "ContactForm",
    "Disclosure",
    "Finding",
    "FormResult",
    "Issue",
    "KindInfo",
    "MamoriError",
    "NormalizedForm",
    "PhoneError",
    "PhoneResult",
    "RedactResult",
    "RedactRule",
    "Redactor",
    "Submission",
    "form_fields",
    "kinds",
    "normalize",
    "parse_phone",
    "prepare_submission",
    "redact",
    "redact_many",
    "validate_form",
    "validate_many",
    "version",
]
