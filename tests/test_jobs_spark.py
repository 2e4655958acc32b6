"""The Spark job in local mode: rows in == rows out, bad records as errors, keyed surrogates agree across
partitions, results equal the single-process Redactor, and the CLI / spark-submit entry points."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)

from gliner_redact.cli import main  # noqa: E402
from gliner_redact.jobs import spark as job  # noqa: E402
from gliner_redact.jobs.redactor import KEY_ENV, Redactor, RedactorSettings  # noqa: E402
from gliner_redact.presidio.operators import make_surrogate  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SURROGATE = str(ROOT / "configs" / "operators" / "surrogate.yaml")
KEY = "spark-test-key-0123456789"
LABELS = ["person", "email", "phone_number"]
N_ROWS = 2000
PARTITIONS = 4
ARROW_BATCH = 128  # rows per Arrow batch: several batches per partition
BATCH = 16  # records per model call
SHARED_EMAIL = "maria.rossi@example.org"
SHARED_ROWS = range(3, N_ROWS, N_ROWS // 8)
NULL_ROWS, EMPTY_ROW, BLANK_ROW, HUGE_ROW = (7, N_ROWS // 2 + 7), 11, 13, 17
HUGE_TEXT = "word " * 200_001  # 1,000,005 characters: over the default max_chars
FIRST = ["Maria", "James", "Aisha", "Lukas", "Wei", "Sofia", "Rahul", "Emma", "Omar", "Grace", "Ingrid", "Kofi"]
LAST = ["Smith", "Garcia", "Chen", "Okafor", "Muller", "Rossi", "Sharma", "Johnson", "Nakamura", "Dubois", "Patel"]


def _text(i: int) -> str | None:
    """Short records of a few shapes with distinct values, plus the shared value and the bad records."""
    if i in SHARED_ROWS:
        return f"Forward this to {SHARED_EMAIL} today."
    if i in NULL_ROWS:
        return None
    special = {EMPTY_ROW: "", BLANK_ROW: "   ", HUGE_ROW: HUGE_TEXT}
    if i in special:
        return special[i]
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    shapes = [
        f"Please call {first} {last} on +44 20 7946 {i:04d}.",
        f"From {first.lower()}.{last.lower()}{i}@example.com: the meeting moved.",
        f"{first} {last} asked for a refund on order {i}.",
        f"Ticket {i}: nothing personal here.",
    ]
    return shapes[i % len(shapes)]


def _settings(model) -> RedactorSettings:
    return RedactorSettings(model=str(model), labels=LABELS, operators=SURROGATE, threads=1, batch_size=BATCH)


def _model_calls() -> list[range]:
    """Row ids of each model call of the job: partitions of consecutive ids, cut into Arrow batches, then batches."""
    size = N_ROWS // PARTITIONS
    arrow = [range(b, min(b + ARROW_BATCH, p + size)) for p in range(0, N_ROWS, size) for b in range(p, p + size, ARROW_BATCH)]
    return [ids[a : a + BATCH] for ids in arrow for a in range(0, len(ids), BATCH)]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter, which has the package
        session = (
            SparkSession.builder.master("local[2]")
            .appName("gliner-redact-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(PARTITIONS))
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH))
            .getOrCreate()
        )
        yield session
        session.stop()


@pytest.fixture(scope="module")
def keyed_env():
    """The key in the driver's environment only: the JVM and its Python workers started before it was set."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEY_ENV, KEY)
        yield


@pytest.fixture(scope="module")
def frame(spark):
    rows = spark.sparkContext.parallelize([(i, _text(i), i) for i in range(N_ROWS)], PARTITIONS)  # consecutive ids
    return spark.createDataFrame(rows, "id long, text string, n int")


@pytest.fixture(scope="module")
def redacted(spark, frame, trained_model, keyed_env):
    """id -> output row (as a dict) of one job over `text` and the int column `n`."""
    out = job.redact_dataframe(frame, ["text", "n"], _settings(trained_model))
    return {row["id"]: row.asDict(recursive=True) for row in out.collect()}


def test_every_row_comes_back_with_its_columns_untouched(frame, redacted):
    assert frame.rdd.getNumPartitions() == PARTITIONS
    assert len(redacted) == N_ROWS and set(redacted) == set(range(N_ROWS))
    assert all(row["text"] == _text(i) and row["n"] == i for i, row in redacted.items())
    assert list(redacted[0]) == ["id", "text", "n", "text_redacted", "text_findings", "text_error",
                                 "n_redacted", "n_findings", "n_error"]
    found = [row for row in redacted.values() if row["text_findings"]]
    assert len(found) > N_ROWS // 4
    for row in found:
        for finding in row["text_findings"]:
            assert set(finding) == {"type", "start", "end", "score", "recognizer"}
            assert 0 <= finding["start"] < finding["end"] <= len(row["text"]) and 0 < finding["score"] <= 1


def test_bad_records_get_errors_instead_of_failing_the_job(redacted):
    for i in NULL_ROWS:
        assert redacted[i]["text_error"] == "no text (null)"
        assert redacted[i]["text_redacted"] is None and redacted[i]["text_findings"] is None
    assert redacted[HUGE_ROW]["text_error"].startswith("too long: 1000005 characters")
    for i in (EMPTY_ROW, BLANK_ROW):
        assert redacted[i]["text_redacted"] == _text(i) and redacted[i]["text_findings"] == []
        assert redacted[i]["text_error"] is None
    assert all(row["n_error"] == "not a string (int)" and row["n_redacted"] is None for row in redacted.values())
    good = [i for i in redacted if i not in (*NULL_ROWS, HUGE_ROW)]
    assert all(redacted[i]["text_error"] is None for i in good)


def test_the_same_value_gets_the_same_surrogate_in_every_partition(spark, frame, redacted):
    from pyspark.sql.functions import spark_partition_id

    shared = frame.where(frame.id.isin(list(SHARED_ROWS))).select("id", spark_partition_id().alias("p")).collect()
    assert len({row["p"] for row in shared}) == PARTITIONS
    outputs = {redacted[i]["text_redacted"] for i in SHARED_ROWS}
    expected = f"Forward this to {make_surrogate(SHARED_EMAIL, 'EMAIL_ADDRESS', key=KEY)} today."
    assert outputs == {expected}  # keyed with the job key, which reached every worker
    assert SHARED_EMAIL not in expected


def test_results_equal_the_single_process_redactor(trained_model, redacted, keyed_env):
    # The same records per model call as the job: int8 scores depend slightly on what shares a batch.
    redactor = Redactor(_settings(trained_model), KEY.encode())
    expected = {i: r for ids in _model_calls() for i, r in zip(ids, redactor.redact([_text(i) for i in ids]))}
    assert sorted(expected) == list(range(N_ROWS))
    for i, result in expected.items():
        row = redacted[i]
        assert (row["text_redacted"], row["text_error"]) == (result.text, result.error), i
        got = [(f["type"], f["start"], f["end"], f["score"], f["recognizer"]) for f in row["text_findings"] or []]
        assert got == [(f.entity_type, f.start, f.end, f.score, f.recognizer) for f in result.findings], i


def test_the_key_travels_in_the_task_environment_not_in_the_conf(spark, redacted):
    assert all(KEY not in value for _, value in spark.sparkContext.getConf().getAll())
    assert spark.sparkContext.environment.get(KEY_ENV) == KEY


def test_config_errors_raise_on_the_driver(spark, frame, trained_model, tmp_path, monkeypatch):
    settings = _settings(trained_model)
    with pytest.raises(ValueError, match="no such columns"):
        job.redact_dataframe(frame, ["body"], settings)
    with pytest.raises(ValueError, match="already has result columns"):
        job.redact_dataframe(frame.withColumn("text_error", frame.text), ["text"], settings)
    pseudonym = tmp_path / "pseudonym.yaml"
    pseudonym.write_text("DEFAULT:\n  operator: pseudonym\n", encoding="utf-8")
    with pytest.raises(ValueError, match="pseudonym"):
        job.redact_dataframe(frame, ["text"], RedactorSettings(model=str(trained_model), labels=LABELS, operators=str(pseudonym)))
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(ValueError, match=KEY_ENV):
        job.redact_dataframe(frame, ["text"], settings)  # the surrogate config asks for a key and none is set


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_reads_and_writes_csv_and_parquet_with_a_key_file(spark, trained_model, tmp_path, monkeypatch, fmt):
    import pandas as pd

    monkeypatch.delenv(KEY_ENV, raising=False)
    key_file = tmp_path / "secret.key"
    key_file.write_text(KEY + "\n", encoding="utf-8")
    records = pd.DataFrame({"id": range(5), "body": [
        f"Forward this to {SHARED_EMAIL} today.", "Line one\nline two, with \"quotes\", and a comma", None,
        "Please call James Smith on +44 20 7946 0001.", "Ticket 9: nothing personal here."]})
    source = tmp_path / f"in.{fmt}"
    if fmt == "csv":
        records.to_csv(source, index=False)
    else:
        records.to_parquet(source)
    out = tmp_path / "out"
    argv = ["spark", "--input", str(source), "--output", str(out), "--columns", "body", "--operators", SURROGATE,
            "--model", str(trained_model), "--labels", ",".join(LABELS), "--key-file", str(key_file), "--partitions", "2"]
    assert main(argv) == 1  # some records (the null one) got an error value
    if fmt == "csv":
        written = pd.concat(pd.read_csv(p, keep_default_na=False, na_values=[""]) for p in sorted(out.glob("part-*.csv")))
    else:
        written = pd.read_parquet(out)
    written = written.sort_values("id").reset_index(drop=True)
    assert set(written.columns) == {"id", "body", "body_redacted", "body_findings", "body_error"}
    assert len(written) == len(records)
    assert written.loc[0, "body_redacted"] == f"Forward this to {make_surrogate(SHARED_EMAIL, 'EMAIL_ADDRESS', key=KEY)} today."
    assert written.loc[1, "body"] == records.loc[1, "body"]  # a quoted multi-line field survives the round trip
    findings = written.loc[0, "body_findings"]
    assert [f["type"] for f in (json.loads(findings) if fmt == "csv" else list(findings))] == ["EMAIL_ADDRESS"]
    assert written.loc[2, "body_error"] == "no text (null)"
    assert main(argv) == 2  # the output exists now: a usage error, not a traceback


def test_spark_submit_runs_the_module(trained_model, tmp_path):
    import pandas as pd
    import pyspark

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "note": t}) + "\n" for i, t in enumerate(
        [f"Forward this to {SHARED_EMAIL} today.", "Ticket 9: nothing personal here."])), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, KEY_ENV: KEY, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    command = [str(Path(pyspark.__file__).parent / "bin" / "spark-submit"), "--master", "local[1]",
               "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false", job.__file__,
               "--input", str(source), "--output", str(out), "--columns", "note", "--operators", SURROGATE,
               "--model", str(trained_model), "--labels", ",".join(LABELS)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    logs = (done.stdout + done.stderr).splitlines()  # spark-submit passes the driver's stderr on as its stdout
    summary = [json.loads(line[line.index('{"output"'):]) for line in logs if '{"output"' in line]
    assert summary == [{"output": str(out), "rows": 2, "errors": {"note": 0}}]  # JSON output: no note_error field
    written = pd.concat(pd.read_json(p, lines=True) for p in out.glob("part-*.json") if p.stat().st_size)
    written = written.sort_values("id").reset_index(drop=True)
    assert written.loc[0, "note_redacted"] == f"Forward this to {make_surrogate(SHARED_EMAIL, 'EMAIL_ADDRESS', key=KEY)} today."
    assert KEY not in " ".join(command)
