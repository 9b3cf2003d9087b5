"""mamori.spark on a real Spark session (local[2]): 100,000 generated inquiries
masked in Arrow batches give, row by row, what the npm package gives for the same
texts; no sensitive value survives; rows keep their count and order; nulls stay
null. Form exports are checked as validate_form checks them.

Skipped when pyspark or Java is missing; the session is shared by every test here.
"""

import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterator, List, Optional

import pytest

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

import mamori  # noqa: E402
from conftest import FIXTURES, js_form, js_redaction, oracle, read_jsonl, record  # noqa: E402
from inquiries import inquiries  # noqa: E402

ROWS = 100_000

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java 17 or later: none found", allow_module_level=True)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("mamori-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def rows() -> List[Any]:
    return inquiries(ROWS)


@pytest.fixture(scope="session")
def parquet(tmp_path_factory: pytest.TempPathFactory, rows: List[Any]) -> Path:
    path = tmp_path_factory.mktemp("spark") / "inquiries.parquet"
    table = pa.table(
        {
            "id": pa.array(range(len(rows)), type=pa.int64()),
            "body": pa.array([t for t, _ in rows], type=pa.string()),
            "channel": pa.array(["web" if i % 3 else "mail" for i in range(len(rows))], type=pa.string()),
        }
    )
    # Several row groups, so that Spark reads it in several tasks.
    pq.write_table(table, path, row_group_size=len(rows) // 4)
    return path


@pytest.fixture(scope="session")
def javascript(rows: List[Any]) -> List[Optional[dict]]:
    """The npm package's answers for the same texts (one Node run)."""
    answers = oracle({"op": "redact", "text": t, "options": {}} for t, _ in rows)
    return [js_redaction(t, a["value"]) if t is not None else None for (t, _), a in zip(rows, answers)]


def test_mask_columns_equals_the_npm_package_row_by_row(
    spark: Any, parquet: Path, rows: List[Any], javascript: List[Optional[dict]]
) -> None:
    from mamori.spark import mask_columns

    df = spark.read.parquet(str(parquet))
    masked = mask_columns(df, ["body"], findings_column="body_findings")
    assert masked.columns == ["id", "body", "channel", "body_findings"]
    table = masked.toArrow()
    assert table.num_rows == len(rows)
    assert table.column("id").to_pylist() == list(range(len(rows)))
    assert table.column("channel").to_pylist() == [("web" if i % 3 else "mail") for i in range(len(rows))]
    bodies = table.column("body").to_pylist()
    found = table.column("body_findings").to_pylist()
    mismatches = []
    for i, ((text, values), want) in enumerate(zip(rows, javascript)):
        if text is None:
            assert bodies[i] is None and found[i] is None
            continue
        got = {"text": bodies[i], "findings": found[i]}
        if got != want:
            mismatches.append((i, got, want))
        for v in values:
            at = text.index(v)
            assert not any(ch.isdigit() for ch in bodies[i][at : at + len(v)]), f"row {i} leaks a value"
    assert not mismatches, f"{len(mismatches)} of {len(rows)} rows differ; first: {mismatches[0]}"
    record(f"spark: {len(rows):,} generated inquiries through mask_columns (local[2])", len(rows))


@pytest.mark.parametrize("large", ["false", "true"])
def test_mask_columns_options_and_several_columns(spark: Any, large: str) -> None:
    from mamori.spark import mask_columns

    # Spark hands Python `string` or, with this setting, `large_string` arrays.
    spark.conf.set("spark.sql.execution.arrow.useLargeVarTypes", large)
    texts = ["カード 4539 5787 6362 1486", None, "個人番号 123456789018", ""]
    df = spark.createDataFrame([(t, t) for t in texts], "a string, b string")
    out = mask_columns(
        df, ["a", "b"], kinds=["credit_card"], style="partial", findings_column={"b": "found"}
    ).collect()
    spark.conf.unset("spark.sql.execution.arrow.useLargeVarTypes")
    want = mamori.redact_many(texts, kinds=["credit_card"], style="partial")
    assert [r["a"] for r in out] == [w["text"] if w else None for w in want]
    assert [r["b"] for r in out] == [w["text"] if w else None for w in want]
    assert [[f.asDict() for f in r["found"]] if r["found"] is not None else None for r in out] == [
        w["findings"] if w else None for w in want
    ]
    with pytest.raises(mamori.MamoriError):
        mask_columns(df, "a", kinds=["ssn"])
    with pytest.raises(ValueError):
        mask_columns(df, "nope")
    with pytest.raises(TypeError):
        mask_columns(df.selectExpr("1 as n"), "n")
    with pytest.raises(TypeError):
        mask_columns(df, ["a", "b"], findings_column="found")


def test_validate_checks_form_exports_as_validate_form(spark: Any, tmp_path: Path) -> None:
    from mamori.spark import validate

    cases = read_jsonl(FIXTURES / "forms.jsonl")
    path = tmp_path / "forms.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c["form"], ensure_ascii=False) + "\n")
    df = spark.read.schema("inquiryType string, name string, phone string, email string, body string").json(
        str(path)
    )
    out = validate(df, max_length={"body": 2000}).collect()
    assert len(out) == len(cases)
    for row, c in zip(out, cases):
        want = mamori.validate_form(js_form(c["form"]), max_length={"body": 2000})
        assert row["ok"] == want["ok"]
        for column in ("errors", "warnings"):
            got = [{k: v for k, v in issue.asDict().items() if v is not None} for issue in row[column]]
            assert got == want[column]
    # A column the export does not have counts as empty.
    no_email = validate(df.drop("email"), email=None).collect()
    assert [r["ok"] for r in no_email] == [
        mamori.validate_form({**js_form(c["form"]), "email": None})["ok"] for c in cases
    ]
    with pytest.raises(mamori.MamoriError):
        validate(df, required={"nam": True})  # type: ignore[dict-item]
