"""Throughput of the Spark masking job: mamori.spark.mask_columns against a
pure-Python regular-expression redactor, on the same generated inquiries.

    target/py-venv/bin/python bench/spark.py [--rows 200000] [--masters local[1],local[2]] [--repeat 3]

(after `bash scripts/python-test.sh`, which builds and installs the wheel into
target/py-venv). The rows (tests/python/inquiries.py: labelled My Numbers,
insurer numbers, cards, accounts, prose, 2% nulls) are written to Parquet once, in
target/bench-spark/; each job then reads them, masks the `body` column and writes
to the `noop` sink (all rows computed, nothing stored) or to Parquet. The time is
the job's, from action to completion: the JVM and the session start before it.
Each job runs `--repeat` times; the best and the median are reported, in rows/s
and in MB/s of the column's UTF-8 text.

The jobs:
- `mamori`: mask_columns(df, ["body"]), Arrow batches into the Rust engine;
- `regex-arrow`: the same mapInArrow transport, a Python loop with `re.sub` for
  12-digit (My Number check digit) and 16-digit (Luhn) numbers per row;
- `regex-udf`: the same regex as a classic row-at-a-time Python UDF.

The regex baseline finds far less than mamori (no labels, no insurer numbers or
accounts, no context): it bounds from below what a Python redactor costs.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))
from inquiries import inquiries  # noqa: E402

NUMBER = re.compile(r"(?<![0-9０-９])[0-9０-９]{4}(?:[ -]?[0-9０-９]{4}){2,3}(?![0-9０-９])")
DIGIT = re.compile(r"[0-9０-９]")


def _digits(s: str) -> List[int]:
    return [int(c) if c < "：" else ord(c) - ord("０") for c in s if c.isdigit()]


def _my_number_ok(d: List[int]) -> bool:
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(d[:11]), start=1))
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def _luhn_ok(d: List[int]) -> bool:
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        total += x
    return total % 10 == 0


def regex_redact(text: Optional[str]) -> Optional[str]:
    """A plain Python redactor: 12-digit numbers with a valid My Number check digit
    and 16-digit numbers with a valid Luhn digit, digits masked with `*`."""
    if text is None:
        return None

    def replace(m: "re.Match[str]") -> str:
        d = _digits(m.group())
        if (len(d) == 12 and _my_number_ok(d)) or (len(d) == 16 and _luhn_ok(d)):
            return DIGIT.sub("*", m.group())
        return m.group()

    return NUMBER.sub(replace, text)


def regex_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        i = batch.schema.get_field_index("body")
        arrays = list(batch.columns)
        arrays[i] = pa.array([regex_redact(t) for t in arrays[i].to_pylist()], type=arrays[i].type)
        yield pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def data(rows: int) -> Path:
    path = ROOT / "target" / "bench-spark" / f"inquiries-{rows}.parquet"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        generated = inquiries(rows)
        table = pa.table(
            {
                "id": pa.array(range(rows), type=pa.int64()),
                "body": pa.array([t for t, _ in generated], type=pa.string()),
            }
        )
        pq.write_table(table, path, row_group_size=max(1, rows // 8))
    return path


def engine(path: Path, rows: int, text_bytes: int, repeat: int) -> None:
    """The redaction alone, in this process: the column in Arrow, masked by
    mamori.arrow.redact_array and by the regex loop, no Spark."""
    from mamori import Redactor
    from mamori.arrow import redact_array

    body = pq.read_table(path, columns=["body"]).column("body").combine_chunks()
    redactor = Redactor()
    jobs: Dict[str, Callable[[], Any]] = {
        "mamori": lambda: redact_array(body, redactor=redactor),
        "regex": lambda: pa.array([regex_redact(t) for t in body.to_pylist()], type=body.type),
    }
    for name, job in jobs.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            job()
            times.append(time.perf_counter() - start)
        report("no Spark", name, "memory", rows, text_bytes, times)


def report(where: str, name: str, sink: str, rows: int, text_bytes: int, times: List[float]) -> None:
    best, median = min(times), statistics.median(times)
    print(
        f"{where:9} {name:12} -> {sink:8} best {best:6.2f} s  "
        f"{rows / best:9,.0f} rows/s  {text_bytes / best / 1e6:6.2f} MB/s   "
        f"(median {median:.2f} s, {rows / median:,.0f} rows/s)",
        flush=True,
    )


def spark_jobs(master: str, path: Path, rows: int, text_bytes: int, repeat: int, names: List[str]) -> None:
    import warnings

    from pyspark.sql import SparkSession
    from pyspark.sql.functions import col, udf
    from pyspark.sql.types import StringType

    from mamori.spark import mask_columns

    warnings.filterwarnings("ignore", message="Cannot infer the eval type")
    spark = (
        SparkSession.builder.master(master)
        .appName("mamori-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.read.parquet(str(path))
    regex_udf = udf(regex_redact, StringType())
    jobs: Dict[str, Callable[[], Any]] = {
        "mamori": lambda: mask_columns(df, ["body"]),
        "regex-arrow": lambda: df.mapInArrow(regex_batches, df.schema),
        "regex-udf": lambda: df.withColumn("body", regex_udf(col("body"))),
    }
    # Starts the Python workers, as a long-running job would have them.
    mask_columns(df.limit(100), ["body"]).write.format("noop").mode("overwrite").save()
    for name in names:
        for sink in ("noop", "parquet"):
            times = []
            for _ in range(repeat):
                out = jobs[name]()
                start = time.perf_counter()
                if sink == "noop":
                    out.write.format("noop").mode("overwrite").save()
                else:
                    out.write.mode("overwrite").parquet(str(ROOT / "target" / "bench-spark" / "out.parquet"))
                times.append(time.perf_counter() - start)
            report(master, name, sink, rows, text_bytes, times)
    spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--masters", default="local[1],local[2]")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="mamori,regex-arrow,regex-udf")
    parser.add_argument("--one-master", help=argparse.SUPPRESS)
    args = parser.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    path = data(args.rows)
    text_bytes = pc_bytes(path)
    if args.one_master:
        spark_jobs(args.one_master, path, args.rows, text_bytes, args.repeat, args.jobs.split(","))
        return
    print(f"data: {args.rows:,} rows, {text_bytes / 1e6:.1f} MB of body text (UTF-8), {path}", flush=True)
    engine(path, args.rows, text_bytes, args.repeat)
    # One process per master: a SparkContext is started once per process.
    for master in args.masters.split(","):
        subprocess.run(
            [sys.executable, __file__, "--rows", str(args.rows), "--repeat", str(args.repeat), "--jobs", args.jobs,
             "--one-master", master],
            check=True,
        )


def pc_bytes(path: Path) -> int:
    """The UTF-8 size of the body column."""
    import pyarrow.compute as pc

    body = pq.read_table(path, columns=["body"]).column("body")
    return int(pc.sum(pc.binary_length(body)).as_py() or 0)


if __name__ == "__main__":
    main()
