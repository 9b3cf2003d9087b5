"""Spark helpers: mask sensitive numbers in the string columns of a DataFrame, and
check contact-form exports, in Arrow batches (``DataFrame.mapInArrow``).

>>> from mamori.spark import mask_columns
>>> masked = mask_columns(spark.read.parquet("inquiries/"), ["body"])  # doctest: +SKIP
>>> masked.write.parquet("inquiries-masked/")  # doctest: +SKIP

Each task builds one :class:`mamori.Redactor` and hands the engine a whole Arrow
batch at a time (``spark.sql.execution.arrow.maxRecordsPerBatch`` rows, 10,000 by
default); rows keep their order, other columns pass through untouched, nulls stay
null. The map is stateless, so throughput grows with the executors' cores. The
``mamori`` wheel must be installed on every executor (``docs/spark.md``).

Requires pyspark (3.5 or later) and pyarrow.
"""

from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Union

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)

from ._mamori import Redactor, validate_many
from .arrow import redact_array
from .types import FormField, Kind, RedactRule, Style

__all__ = ["FINDINGS_SCHEMA", "ISSUES_SCHEMA", "mask_columns", "validate"]

#: The Spark type of a findings column: ``array<struct<kind, start, end>>``, offsets
#: in code points (Python ``str`` indices, and Spark SQL's ``substring`` positions
#: minus one).
FINDINGS_SCHEMA = ArrayType(
    StructType(
        [
            StructField("kind", StringType(), False),
            StructField("start", IntegerType(), False),
            StructField("end", IntegerType(), False),
        ]
    ),
    containsNull=False,
)

#: The Spark type of the errors and warnings columns of :func:`validate`.
ISSUES_SCHEMA = ArrayType(
    StructType(
        [
            StructField("field", StringType(), False),
            StructField("code", StringType(), False),
            StructField("message", StringType(), False),
            StructField("message_en", StringType(), False),
            StructField("suggestion", StringType(), True),
        ]
    ),
    containsNull=False,
)

_ISSUES_ARROW = pa.list_(
    pa.struct(
        [
            pa.field("field", pa.string(), nullable=False),
            pa.field("code", pa.string(), nullable=False),
            pa.field("message", pa.string(), nullable=False),
            pa.field("message_en", pa.string(), nullable=False),
            pa.field("suggestion", pa.string()),
        ]
    )
)


def mask_columns(
    df: DataFrame,
    columns: Union[str, Sequence[str]],
    kinds: Optional[Sequence[Kind]] = None,
    style: Style = "mask",
    keep_last: int = 4,
    rules: Optional[Sequence[RedactRule]] = None,
    findings_column: Union[None, str, Mapping[str, str]] = None,
) -> DataFrame:
    """``df`` with the sensitive numbers in the string ``columns`` masked, as
    :func:`mamori.redact` masks them (same options, same results).

    ``findings_column`` adds what was found, of type :data:`FINDINGS_SCHEMA`: a
    column name when one column is masked, or a mapping from each masked column to
    the name of its findings column. The options are checked here, on the driver:
    a wrong one raises before any job runs.

    >>> mask_columns(df, "body", findings_column="body_findings")  # doctest: +SKIP
    """
    names = [columns] if isinstance(columns, str) else list(columns)
    fields = {f.name: f for f in df.schema.fields}
    for name in names:
        if name not in fields:
            raise ValueError(f"mask_columns: the DataFrame has no column {name!r}")
        if not isinstance(fields[name].dataType, StringType):
            raise TypeError(
                f"mask_columns: column {name!r} must be a string column, got {fields[name].dataType.simpleString()}"
            )
    if findings_column is None:
        findings: Dict[str, str] = {}
    elif isinstance(findings_column, str):
        if len(names) != 1:
            raise TypeError(
                "mask_columns: with several columns, `findings_column` maps each column to its findings column"
            )
        findings = {names[0]: findings_column}
    else:
        findings = dict(findings_column)
        unknown = [c for c in findings if c not in names]
        if unknown:
            raise ValueError(f"mask_columns: `findings_column` names columns that are not masked: {unknown}")
    for added in findings.values():
        if added in fields:
            raise ValueError(f"mask_columns: the DataFrame already has a column {added!r}")
    # Built here to check the options on the driver; each task builds its own.
    Redactor(kinds, style, keep_last, rules)
    # Plain lists, for the tasks.
    kind_list: Optional[List[Kind]] = list(kinds) if kinds is not None else None
    rule_list: Optional[List[RedactRule]] = list(rules) if rules is not None else None
    schema = StructType(
        list(df.schema.fields) + [StructField(name, FINDINGS_SCHEMA, True) for name in findings.values()]
    )

    def mask(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        redactor = Redactor(kind_list, style, keep_last, rule_list)
        for batch in batches:
            arrays: List[Any] = list(batch.columns)
            out_names = list(batch.schema.names)
            for name in names:
                i = out_names.index(name)
                if name in findings:
                    arrays[i], found = redact_array(arrays[i], redactor=redactor, findings=True)
                    arrays.append(found)
                    out_names.append(findings[name])
                else:
                    arrays[i] = redact_array(arrays[i], redactor=redactor)
            yield pa.RecordBatch.from_arrays(arrays, names=out_names)

    return df.mapInArrow(mask, schema)


def validate(
    df: DataFrame,
    *,
    inquiry_type: Optional[str] = "inquiryType",
    name: Optional[str] = "name",
    phone: Optional[str] = "phone",
    email: Optional[str] = "email",
    body: Optional[str] = "body",
    ok_column: str = "ok",
    errors_column: str = "errors",
    warnings_column: str = "warnings",
    required: Optional[Mapping[FormField, bool]] = None,
    max_length: Optional[Mapping[FormField, Optional[int]]] = None,
    email_instead_of_phone: Optional[bool] = None,
) -> DataFrame:
    """``df`` with each row checked as a contact form, as :func:`mamori.validate_form`
    checks it: adds ``ok`` (boolean) and ``errors`` and ``warnings`` (of type
    :data:`ISSUES_SCHEMA`; ``field`` in the Python API's names, ``inquiry_type``…).

    Each form field is read from the column named by its argument (the export's
    camelCase names by default); ``None`` means the export has no such column, and
    the field counts as empty. A null cell is an empty field. The options are those
    of :func:`mamori.validate_form`.

    >>> validate(spark.read.json("forms.jsonl")).filter("not ok")  # doctest: +SKIP
    """
    given = {"inquiry_type": inquiry_type, "name": name, "phone": phone, "email": email, "body": body}
    columns = {field: column for field, column in given.items() if column is not None}
    fields = {f.name: f for f in df.schema.fields}
    for field, column in columns.items():
        if column not in fields:
            raise ValueError(f"validate: the DataFrame has no column {column!r} (for {field})")
        if not isinstance(fields[column].dataType, StringType):
            raise TypeError(f"validate: column {column!r} must be a string column")
    for added in (ok_column, errors_column, warnings_column):
        if added in fields:
            raise ValueError(f"validate: the DataFrame already has a column {added!r}")
    options: Dict[str, Any] = {
        "required": dict(required) if required is not None else None,
        "max_length": dict(max_length) if max_length is not None else None,
        "email_instead_of_phone": email_instead_of_phone,
    }
    # Checked here, on the driver.
    validate_many([], **options)
    schema = StructType(
        list(df.schema.fields)
        + [
            StructField(ok_column, BooleanType(), False),
            StructField(errors_column, ISSUES_SCHEMA, False),
            StructField(warnings_column, ISSUES_SCHEMA, False),
        ]
    )

    def check(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            values = [batch.column(column).to_pylist() for column in columns.values()]
            keys = list(columns)
            forms = [dict(zip(keys, row)) for row in zip(*values)] if keys else [{}] * batch.num_rows
            results = validate_many(forms, **options)
            yield pa.RecordBatch.from_arrays(
                list(batch.columns)
                + [
                    pa.array([r["ok"] for r in results], type=pa.bool_()),
                    pa.array([r["errors"] for r in results], type=_ISSUES_ARROW),
                    pa.array([r["warnings"] for r in results], type=_ISSUES_ARROW),
                ],
                names=list(batch.schema.names) + [ok_column, errors_column, warnings_column],
            )

    return df.mapInArrow(check, schema)
