"""Redaction of Arrow columns: a pyarrow string array in, the masked array out.

>>> import pyarrow as pa
>>> from mamori.arrow import redact_array
>>> redact_array(pa.array(["個人番号 123456789018", None])).to_pylist()
['個人番号 ************', None]

Rows move to the Rust engine in one batch per chunk (one call, the GIL released for
all of it); nulls stay null, and the array keeps its type (``string`` or
``large_string``). Requires pyarrow (``pip install mamori[arrow]``).
"""

from typing import Any, Literal, Optional, Sequence, Tuple, overload

import pyarrow as pa

from ._mamori import Redactor
from .types import Kind, RedactRule, Style

__all__ = ["FINDINGS_TYPE", "redact_array"]

#: The type of a findings column: per row ``None`` (a null text) or a list of
#: ``{kind, start, end}``, offsets in code points as Python ``str`` indices.
FINDINGS_TYPE = pa.list_(
    pa.struct(
        [
            pa.field("kind", pa.string(), nullable=False),
            pa.field("start", pa.int32(), nullable=False),
            pa.field("end", pa.int32(), nullable=False),
        ]
    )
)


@overload
def redact_array(
    array: Any,
    kinds: Optional[Sequence[Kind]] = None,
    style: Style = "mask",
    keep_last: int = 4,
    rules: Optional[Sequence[RedactRule]] = None,
    *,
    redactor: Optional[Redactor] = None,
    findings: Literal[False] = False,
) -> Any: ...


@overload
def redact_array(
    array: Any,
    kinds: Optional[Sequence[Kind]] = None,
    style: Style = "mask",
    keep_last: int = 4,
    rules: Optional[Sequence[RedactRule]] = None,
    *,
    redactor: Optional[Redactor] = None,
    findings: Literal[True],
) -> Tuple[Any, Any]: ...


def redact_array(
    array: Any,
    kinds: Optional[Sequence[Kind]] = None,
    style: Style = "mask",
    keep_last: int = 4,
    rules: Optional[Sequence[RedactRule]] = None,
    *,
    redactor: Optional[Redactor] = None,
    findings: bool = False,
) -> Any:
    """Masks every text of ``array`` (a ``pa.Array`` or ``pa.ChunkedArray`` of
    ``string`` or ``large_string``) like :func:`mamori.redact`.

    The options are those of :func:`mamori.redact`; or pass a ``redactor`` built once
    (then the options must be left out). Returns the masked array, of the same type
    and chunking; with ``findings=True``, ``(masked, findings)`` where ``findings`` is
    an array of :data:`FINDINGS_TYPE`, null where the text is null.

    >>> import pyarrow as pa
    >>> masked, found = redact_array(pa.array(["カード 4539 5787 6362 1486"]), findings=True)
    >>> found.to_pylist()
    [[{'kind': 'credit_card', 'start': 4, 'end': 23}]]

    Raises ``TypeError`` when ``array`` is not an Arrow array of strings.
    """
    if redactor is None:
        redactor = Redactor(kinds, style, keep_last, rules)
    elif kinds is not None or rules is not None or style != "mask" or keep_last != 4:
        raise TypeError("redact_array: pass either `redactor` or options, not both")
    if isinstance(array, pa.ChunkedArray):
        _check_type(array.type)
        parts = [_redact_chunk(redactor, chunk, findings) for chunk in array.chunks]
        masked = pa.chunked_array([p[0] for p in parts], type=array.type)
        if not findings:
            return masked
        return masked, pa.chunked_array([p[1] for p in parts], type=FINDINGS_TYPE)
    if not isinstance(array, pa.Array):
        raise TypeError(
            "redact_array: `array` must be a pyarrow Array or ChunkedArray of strings, "
            f"got {type(array).__name__}"
        )
    _check_type(array.type)
    masked, found = _redact_chunk(redactor, array, findings)
    return (masked, found) if findings else masked


def _check_type(t: Any) -> None:
    if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
        raise TypeError(f"redact_array: `array` must hold strings, got an array of {t}")


def _redact_chunk(redactor: Redactor, chunk: Any, findings: bool) -> Tuple[Any, Any]:
    texts, offsets, kinds, starts, ends = redactor._redact_column(chunk.to_pylist(), findings)
    masked = pa.array(texts, type=chunk.type)
    if not findings:
        return masked, None
    values = pa.StructArray.from_arrays(
        [
            pa.array(kinds, type=pa.string()),
            pa.array(starts, type=pa.int32()),
            pa.array(ends, type=pa.int32()),
        ],
        fields=list(FINDINGS_TYPE.value_type),
    )
    found = pa.ListArray.from_arrays(
        pa.array(offsets, type=pa.int32()), values, type=FINDINGS_TYPE, mask=chunk.is_null()
    )
    return masked, found
