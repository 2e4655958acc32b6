"""Redact text columns of a Spark DataFrame: `redact_dataframe(df, columns, settings)` and a spark-submit job.

Each text column `c` gains `c_redacted` (string), `c_findings` (array of struct type, start, end, score,
recognizer; null when the record could not be processed) and `c_error` (string, null when fine); every other
column passes through untouched and no row is ever dropped. The work runs in `mapInPandas`: each Python
worker builds one `Redactor` per settings on first use and keeps it (module-level cache, reused across
tasks because Spark reuses Python workers), and every Arrow batch is redacted in batched model calls of
`settings.batch_size` records. No engine is broadcast or pickled.

The secret key (surrogates, finding hashes) comes from `$GLINER_REDACT_KEY` or a key file on the driver and
reaches the Python workers through the task environment (`SparkContext.environment`), never through a
command-line value, a Spark conf or the pickled function. Without a key, one random key made for the job
keys surrogates, so the same value still gets the same surrogate in every partition of that job.

    gliner-redact spark --input in.parquet --output out/ --columns note,comment --operators ops.yaml
    spark-submit --master yarn "$(python -c 'import gliner_redact.jobs.spark as m; print(m.__file__)')" \\
        --input s3://bucket/in/ --output s3://bucket/out/ --columns note
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gliner_redact.jobs.options import EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, add_settings_arguments, settings_from_args
from gliner_redact.jobs.redactor import KEY_ENV, Redactor, RedactorSettings, load_key, random_key

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

HELP = "redact text columns of a Parquet, JSON or CSV dataset with Spark"
FORMATS = ("parquet", "json", "csv")
FINDING_FIELDS = (("type", "string"), ("start", "int"), ("end", "int"), ("score", "double"), ("recognizer", "string"))
SUFFIXES = ("_redacted", "_findings", "_error")
_EXTENSIONS = {".parquet": "parquet", ".json": "json", ".jsonl": "json", ".ndjson": "json", ".csv": "csv"}
_CSV_OPTIONS = {"header": "true", "multiLine": "true", "escape": '"'}
_CACHE_SIZE = 4  # Redactors kept per worker process (a job without a key has its own random surrogate key)
_REDACTORS: OrderedDict[tuple[str, str, str], Redactor] = OrderedDict()


def redact_dataframe(
    df: DataFrame,
    columns: Sequence[str],
    settings: RedactorSettings | None = None,
    *,
    key_file: str | None = None,
    key_env: str = KEY_ENV,
) -> DataFrame:
    """`df` with `<col>_redacted`, `<col>_findings` and `<col>_error` added for each of `columns` (lazy).

    The key is read here, on the driver, from `key_file` or `$key_env` and put into the environment of the
    Python workers. Config errors (unknown operator, missing key, bad settings) raise here, before any task
    runs; bad records never raise, they get an error value.
    """
    settings = settings or RedactorSettings()
    columns = _check_columns(df.columns, columns)
    key = load_key(key_file, key_env)
    probe = Redactor(settings, key, operator_key=random_key())
    probe.prepare()
    if probe.uses_operator("pseudonym"):
        raise ValueError("pseudonym numbering is per process and would differ between partitions: use surrogate with a key")
    shipped = key is not None and _ship_to_workers(df.sparkSession, key_env, key)
    worker = partial(
        redact_batches,
        columns=tuple(columns),
        settings=settings,
        key_env=key_env if key is not None else None,
        key_file=None if shipped or key is None else key_file,
        operator_key=None if key is not None else probe.operator_key,
    )
    return df.mapInPandas(worker, schema=output_schema(df.schema, columns))


def output_schema(schema: Any, columns: Sequence[str]) -> Any:
    """The input `StructType` with the three result fields appended per text column."""
    from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StringType, StructField, StructType

    types = {"string": StringType(), "int": IntegerType(), "double": DoubleType()}
    findings = ArrayType(StructType([StructField(name, types[kind], True) for name, kind in FINDING_FIELDS]), True)
    fields = list(schema.fields)
    for column in columns:
        fields += [
            StructField(f"{column}_redacted", StringType(), True),
            StructField(f"{column}_findings", findings, True),
            StructField(f"{column}_error", StringType(), True),
        ]
    return StructType(fields)


def redact_batches(
    batches: Iterator[pd.DataFrame],
    *,
    columns: tuple[str, ...],
    settings: RedactorSettings,
    key_env: str | None,
    key_file: str | None,
    operator_key: bytes | None,
) -> Iterator[pd.DataFrame]:
    """The `mapInPandas` function run on the workers: adds the result columns to each pandas batch."""
    redactor = None
    for batch in batches:
        if redactor is None:
            redactor = cached_redactor(settings, _worker_key(key_env, key_file), operator_key)
        for column in columns:
            values = batch[column].tolist()
            results = []
            for start in range(0, len(values), settings.batch_size):
                results += redactor.redact([_native(v) for v in values[start : start + settings.batch_size]])
            batch[f"{column}_redacted"] = [r.text for r in results]
            batch[f"{column}_findings"] = [None if r.error else _findings(r) for r in results]
            batch[f"{column}_error"] = [r.error for r in results]
        yield batch


def cached_redactor(settings: RedactorSettings, key: bytes | None, operator_key: bytes | None = None) -> Redactor:
    """This process's `Redactor` for `settings` and keys: built once, its model loaded on first use."""
    cache_key = (
        json.dumps(dataclasses.asdict(settings), sort_keys=True, default=str),
        _digest(key),
        _digest(operator_key),
    )
    if cache_key in _REDACTORS:
        _REDACTORS.move_to_end(cache_key)
    else:
        _REDACTORS[cache_key] = Redactor(settings, key, operator_key=operator_key)
        while len(_REDACTORS) > _CACHE_SIZE:
            _REDACTORS.popitem(last=False)
    return _REDACTORS[cache_key]


def _worker_key(key_env: str | None, key_file: str | None) -> bytes | None:
    if key_env is None:
        return None
    key = load_key(key_file, key_env)
    if key is None:
        raise RuntimeError(f"the job has a key but this worker sees neither ${key_env} nor a key file: "
                           "set it in the cluster's environment")
    return key


def _ship_to_workers(spark: SparkSession, name: str, key: bytes) -> bool:
    """Put `name=key` into the environment Spark gives Python workers; False where there is no SparkContext (Spark Connect)."""
    try:
        context = spark.sparkContext
    except Exception:  # noqa: BLE001  (Spark Connect has no SparkContext)
        return False
    context.environment[name] = key.decode("utf-8")
    return True


def _findings(result: Any) -> list[dict[str, Any]]:
    return [
        {"type": f.entity_type, "start": f.start, "end": f.end, "score": f.score, "recognizer": f.recognizer}
        for f in result.findings
    ]


def _native(value: object) -> object:
    """pandas' missing values as None; anything else as is (a non-string is a record error in the Redactor)."""
    return None if value is None or (isinstance(value, float) and value != value) else value


def _digest(key: bytes | None) -> str:
    return "" if key is None else hashlib.sha256(key).hexdigest()


def _check_columns(available: Sequence[str], columns: Sequence[str]) -> list[str]:
    columns = [c.strip() for c in columns if c.strip()]
    if not columns:
        raise ValueError("name at least one text column")
    missing = [c for c in columns if c not in available]
    if missing:
        raise ValueError(f"no such columns: {missing}; the dataset has {list(available)}")
    clashes = [c + s for c in columns for s in SUFFIXES if c + s in available]
    if clashes:
        raise ValueError(f"the dataset already has result columns {clashes}: rename them or choose other columns")
    return columns


def guess_format(path: str) -> str:
    """The data format of `path` from its extension (a folder without one: parquet)."""
    return _EXTENSIONS.get(Path(path.rstrip("/")).suffix.lower(), "parquet")


def read_dataset(spark: SparkSession, path: str, fmt: str, schema: Any = None) -> DataFrame:
    """Parquet, JSON Lines or CSV (with a header row; quoted fields may span lines) as a DataFrame."""
    reader = spark.read.options(**_CSV_OPTIONS) if fmt == "csv" else spark.read
    return (reader.schema(schema) if schema is not None else reader).format(fmt).load(path)


def storable(df: DataFrame, fmt: str) -> DataFrame:
    """`df` as it is written in `fmt`: CSV cannot hold arrays, so there array columns (the findings) become JSON text."""
    if fmt != "csv":
        return df
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType

    arrays = {f.name for f in df.schema.fields if isinstance(f.dataType, ArrayType)}
    return df.select(*[F.to_json(F.col(c)).alias(c) if c in arrays else F.col(c) for c in df.columns])


def write_dataset(df: DataFrame, path: str, fmt: str, mode: str = "errorifexists") -> None:
    """Write `storable(df, fmt)` to the folder `path`."""
    writer = storable(df, fmt).write
    (writer.options(**_CSV_OPTIONS) if fmt == "csv" else writer).mode(mode).format(fmt).save(path)


def summarize(spark: SparkSession, path: str, fmt: str, schema: Any, columns: Sequence[str]) -> dict[str, Any]:
    """Rows in the output at `path` and, per text column, how many got an error (one pass over the output).

    The output is read with the `schema` it was written with: JSON output leaves out null fields, so a column
    without any error would not be found by schema inference.
    """
    from pyspark.sql import functions as F

    written = read_dataset(spark, path, fmt, schema)
    row = written.agg(F.count(F.lit(1)), *[F.count(F.col(f"{c}_error")) for c in columns]).first()
    return {"output": path, "rows": row[0], "errors": dict(zip(columns, row[1:]))}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of `gliner-redact spark` and of the spark-submit job (settings flags as in `gliner-redact redact`)."""
    parser.add_argument("--input", required=True, help="input file or folder (Parquet, JSON Lines or CSV with a header)")
    parser.add_argument("--output", required=True, help="output folder (Spark writes part files)")
    parser.add_argument("--columns", required=True, help="comma-separated text columns to redact")
    parser.add_argument("--format", choices=FORMATS, default=None, help="input format (default: from the extension, else parquet)")
    parser.add_argument("--output-format", choices=FORMATS, default=None, help="output format (default: the input format)")
    add_settings_arguments(parser)
    parser.add_argument("--key-file", metavar="FILE", help=f"file holding the job's secret key (default: ${KEY_ENV})")
    parser.add_argument("--max-chars", type=int, help="longer texts get an error value (default: 1000000)")
    parser.add_argument("--threads", type=int, help="inference threads per task (default: spark.task.cpus)")
    parser.add_argument("--partitions", type=int, help="repartition the input into N partitions first")
    parser.add_argument("--mode", choices=["errorifexists", "overwrite", "append", "ignore"], default="errorifexists",
                        help="when the output exists (default: fail)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    parser.set_defaults(audit_values=False)  # findings columns never hold raw values


def run(args: argparse.Namespace) -> int:
    """Run the job described by parsed flags; prints a summary to stderr.

    Exit codes as `gliner-redact redact`: 0 every record processed, 1 some records got an error value,
    2 usage or configuration error (nothing written).
    """
    from pyspark.errors import AnalysisException
    from pyspark.sql import SparkSession

    existing = SparkSession.getActiveSession()
    builder = SparkSession.builder.appName("gliner-redact")
    spark = (builder.master(args.master) if args.master else builder).getOrCreate()
    try:
        fmt = args.format or guess_format(args.input)
        out_format = args.output_format or fmt
        try:
            settings = settings_from_args(args, "redact")
            if settings.threads is None:
                settings = dataclasses.replace(settings, threads=int(spark.conf.get("spark.task.cpus", "1") or 1))
            df = read_dataset(spark, args.input, fmt)
            columns = _check_columns(df.columns, args.columns.split(","))
            if args.partitions:
                df = df.repartition(args.partitions)
            out = redact_dataframe(df, columns, settings, key_file=args.key_file)
            write_dataset(out, args.output, out_format, args.mode)  # AnalysisException: the output exists
        except (ValueError, OSError, AnalysisException) as exc:
            print(f"gliner-redact spark: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        summary = summarize(spark, args.output, out_format, storable(out, out_format).schema, columns)
        print(json.dumps(summary), file=sys.stderr)
        return EXIT_RECORD_ERRORS if any(summary["errors"].values()) else EXIT_OK
    finally:
        if existing is None:
            spark.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python -m gliner_redact.jobs.spark` and spark-submit."""
    parser = argparse.ArgumentParser(prog="gliner-redact spark", description=HELP)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    # Run through the importable module, so Spark pickles the worker function by reference, not as __main__'s copy.
    from gliner_redact.jobs.spark import main as _main

    sys.exit(_main())
