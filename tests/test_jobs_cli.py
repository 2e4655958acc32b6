"""`gliner-redact redact` / `analyze` over JSONL, CSV, Parquet and text files: real model, analyzer and operators."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gliner_redact.cli import main
from gliner_redact.jobs import JobInterrupted, JobSpec, RedactorSettings, run_job
from gliner_redact.jobs.checkpoint import checkpoint_path
from gliner_redact.jobs.sinks import partial_path

KEY = "cli-test-key-0123456789"
EMAIL, CARD = "jane.doe@example.com", "4111 1111 1111 1111"
TEXT = f"Write to {EMAIL} or pay with card {CARD} today."
SURROGATES = Path(__file__).resolve().parent.parent / "configs" / "operators" / "surrogate.yaml"


@pytest.fixture(autouse=True)
def job_key(monkeypatch):
    monkeypatch.setenv("GLINER_REDACT_KEY", KEY)


@pytest.fixture(scope="module")
def model(trained_model) -> str:
    return str(trained_model)


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_redact_jsonl_fields_errors_and_audit(model, tmp_path, capsys):
    src, out, audit = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    src.write_bytes(
        json.dumps({"id": "r1", "text": TEXT, "notes": "none", "meta": {"k": 1}}).encode() + b"\n"
        + b'{"id": "r2", "text": "broken\n'
        + json.dumps({"id": "r3", "text": "", "notes": None}).encode() + b"\n"
        + json.dumps({"id": "r4", "text": 42, "notes": "x"}).encode() + b"\n"
        + json.dumps({"id": "r5", "text": "Nothing here.", "notes": f"mail {EMAIL}"}).encode() + b"\n"
    )
    code = cli("redact", src, "-o", out, "--model", model, "--field", "text", "--field", "notes", "--id-field", "id",
               "--audit", audit, "--workers", 1, "-q")
    assert code == 1
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["r1", "r3", "r5"]
    assert rows[0]["meta"] == {"k": 1} and rows[0]["notes"] == "none" and EMAIL not in rows[0]["text"]
    assert rows[1] == {"id": "r3", "text": "", "notes": None}
    assert rows[2]["text"] == "Nothing here." and EMAIL not in rows[2]["notes"]
    errors = read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["line"], e.get("id")) for e in errors] == [(2, None), (4, "r4")]
    assert errors[0]["error"].startswith("malformed JSON") and errors[1]["error"] == "field 'text': not a string (int)"
    audit_rows = read_jsonl(audit)
    assert [(a["line"], a["id"]) for a in audit_rows] == [(1, "r1"), (3, "r3"), (5, "r5")]
    card = next(f for f in audit_rows[0]["findings"] if f["entity_type"] == "CREDIT_CARD")
    assert card["field"] == "text" and TEXT[card["start"] : card["end"]] == CARD
    assert card["value_hash"].startswith("hmac-sha256:") and "value" not in card
    assert {"recognizer", "operator", "score"} <= set(card)
    assert audit_rows[2]["findings"][0]["field"] == "notes"
    assert EMAIL not in audit.read_text() and CARD not in audit.read_text()
    logs = capsys.readouterr()
    assert EMAIL not in logs.out + logs.err and CARD not in logs.out + logs.err
    assert not checkpoint_path(out).exists() and not partial_path(out).exists()

    assert cli("redact", src, "-o", out, "--model", model, "--field", "text", "--audit", audit, "--audit-values",
               "--workers", 1, "-q") == 1
    assert CARD in audit.read_text()


def test_redact_csv_keeps_columns_and_reports_bad_rows(model, tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(
        b"id,note,other\n"
        + f'1,"{TEXT}",keep\n'.encode()
        + b"2,too,many,fields\n"
        + b"3,caf\xe9,x\n"
        + b"\n"
        + b'4,"multi\nline, no pii",x\n'
        + b"5,,x\n"
    )
    assert cli("redact", src, "-o", out, "--model", model, "--column", "note", "--workers", 1, "-q") == 1
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["id", "note", "other"]
    assert [r[0] for r in rows[1:]] == ["1", "4", "5"]
    assert CARD not in rows[1][1] and rows[1][2] == "keep" and rows[2][1] == "multi\nline, no pii" and rows[3][1] == ""
    errors = read_jsonl(tmp_path / "out.csv.errors.jsonl")
    assert [(e["row"], e["error"]) for e in errors] == [
        (2, "malformed CSV: 4 fields, the header has 3"), (3, "not UTF-8"), (4, "empty row (blank line)"),
    ]


def test_redact_a_directory_of_text_files(model, tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    (docs / "sub" / "b.txt").write_text("Nothing personal.\r\n", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "bin.txt").write_bytes(b"\x00\x01\x02")
    (docs / "latin.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "redacted"
    assert cli("redact", docs, "-o", out, "--model", model, "--workers", 1, "-q") == 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a.txt", "sub/b.txt"]
    assert CARD not in (out / "a.txt").read_text() and (out / "a.txt").read_text().endswith(".\n")
    assert (out / "sub" / "b.txt").read_bytes() == b"Nothing personal.\r\n"
    errors = {e["file"]: e["error"] for e in read_jsonl(tmp_path / "redacted.errors.jsonl")}
    assert errors == {"bin.txt": "binary file (NUL bytes), not text", "empty.txt": "empty file (0 bytes)",
                      "latin.txt": "not UTF-8 (invalid byte at offset 3)"}


def test_redact_parquet_and_analyze_jsonl(model, tmp_path):
    src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": [TEXT, None, "Nothing."], "n": [1.5, 2.5, 3.5]}), src)
    assert cli("redact", src, "-o", out, "--model", model, "--column", "text", "--workers", 1, "-q") == 0
    table = pq.read_table(out)
    assert table.schema == pq.read_schema(src)
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [1, 2, 3] and rows[1]["text"] is None and rows[2]["text"] == "Nothing."
    assert CARD not in rows[0]["text"] and rows[0]["n"] == 1.5

    src, out = tmp_path / "in.jsonl", tmp_path / "findings.jsonl"
    src.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": "Nothing."}) + "\n", encoding="utf-8")
    before = src.read_bytes()
    assert cli("analyze", src, "-o", out, "--model", model, "--workers", 1, "-q") == 0
    found = read_jsonl(out)
    assert [r["line"] for r in found] == [1, 2] and found[1]["findings"] == []
    types = {f["entity_type"]: f for f in found[0]["findings"]}
    assert {"EMAIL_ADDRESS", "CREDIT_CARD"} <= set(types) and "value" not in types["CREDIT_CARD"]
    assert src.read_bytes() == before and CARD not in out.read_text()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--format", "csv"], "name the columns"),
        (["--format", "csv", "--column", "nope"], "no column 'nope'"),
        (["--thresholds", "person"], "LABEL=SCORE"),
        (["--thresholds", "nonsense=0.2"], "unknown labels"),
        (["--threshold", "1.5"], "[0, 1]"),
        (["--operators", "missing.yaml"], "missing.yaml"),
        (["--workers", "0"], "--workers"),
        (["--model", "{tmp}"], "cannot load the model"),
        (["--key-file", "{tmp}/short.key"], "at least 16 bytes"),
        (["-o", "{tmp}/in.jsonl"], "same as the input"),
    ],
)
def test_usage_and_configuration_errors_exit_2(model, tmp_path, capsys, extra, message):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "short.key").write_text("short")
    args = ["redact", src, "-o", tmp_path / "out.jsonl", "--model", model, "--workers", 1, "-q"]
    code = cli(*args, *[x.format(tmp=tmp_path) for x in extra])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_a_failed_job_leaves_the_old_output_untouched_and_resumes(model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"n": i, "text": f"{i}: {TEXT}"}) + "\n" for i in range(12)), encoding="utf-8")
    out.write_text("OLD\n")
    spec = JobSpec("redact", src, out, RedactorSettings(model=model, labels=["credit_card_number"], batch_size=4),
                   key=KEY.encode(), progress=False)
    with pytest.raises(JobInterrupted):
        run_job(spec, stop_after=2, commit_every=0)
    assert out.read_text() == "OLD\n" and checkpoint_path(out).exists()
    assert cli("redact", src, "-o", out, "--model", model, "--labels", "credit_card_number", "--batch-size", 4,
               "--workers", 1, "--resume", "-q") == 0
    rows = read_jsonl(out)
    assert [r["n"] for r in rows] == list(range(12)) and all(CARD not in r["text"] for r in rows)
    assert not checkpoint_path(out).exists()


def test_a_job_is_not_resumed_after_its_model_config_changed(model, tmp_path, capsys):
    import shutil

    copy = tmp_path / "model"
    shutil.copytree(model, copy)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"text": f"{i}: {TEXT}"}) + "\n" for i in range(12)), encoding="utf-8")
    spec = JobSpec("redact", src, out, RedactorSettings(model=str(copy), labels=["email"], batch_size=4),
                   key=KEY.encode(), progress=False)
    with pytest.raises(JobInterrupted):
        run_job(spec, stop_after=2, commit_every=0)
    config = json.loads((copy / "gliner_config.json").read_text(encoding="utf-8"))
    (copy / "gliner_config.json").write_text(json.dumps({**config, "max_len": config["max_len"] // 2}), encoding="utf-8")
    args = ["redact", src, "-o", out, "--model", copy, "--labels", "email", "--batch-size", 4, "--workers", 1, "-q"]
    assert cli(*args, "--resume") == 2
    assert "changed since the interrupted run" in capsys.readouterr().err and checkpoint_path(out).exists()


class Killed(BaseException):
    """A kill in the middle of the final renames (not an exception the job could handle)."""


def _kill_at_rename(monkeypatch, n: int) -> None:
    """Make the `n`-th final rename of the outputs (1-based) kill the job; checkpoints and parts still save."""
    from gliner_redact.jobs import sinks

    calls, real_replace = {"n": 0}, os.replace

    def replace(src, dst):  # noqa: ANN001, ANN202
        name = Path(dst).name
        if not (name.endswith(".checkpoint.json") or name.startswith("part-")):
            calls["n"] += 1
            if calls["n"] == n:
                raise Killed
        return real_replace(src, dst)

    monkeypatch.setattr(sinks.os, "replace", replace)


@pytest.mark.parametrize("kill_at", [1, 2, 3])
def test_a_job_killed_while_renaming_its_outputs_is_completed_by_resume(model, tmp_path, monkeypatch, kill_at):
    src, out, audit = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    src.write_text("".join(json.dumps({"n": i, "text": f"{i}: {TEXT}"}) + "\n" for i in range(6)) + "{broken\n",
                   encoding="utf-8")
    spec = JobSpec("redact", src, out, RedactorSettings(model=model, labels=["email"], batch_size=4),
                   key=KEY.encode(), audit=audit, progress=False)
    with monkeypatch.context() as patched:
        _kill_at_rename(patched, kill_at)
        with pytest.raises(Killed):
            run_job(spec, commit_every=0)
    assert json.loads(checkpoint_path(out).read_text())["finished"]

    report = run_job(JobSpec(**{**spec.__dict__, "resume": True}))

    assert (report.records, report.errors) == (7, 1)
    assert [r["n"] for r in read_jsonl(out)] == list(range(6)) and EMAIL not in out.read_text()
    assert [a["line"] for a in read_jsonl(audit)] == list(range(1, 7))
    assert [e["line"] for e in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")] == [7]
    assert not checkpoint_path(out).exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir())


@pytest.mark.parametrize("kind", ["parquet", "directory"])
def test_parquet_and_directory_jobs_killed_while_renaming_are_completed_by_resume(model, tmp_path, monkeypatch, kind):
    if kind == "parquet":
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        pq.write_table(pa.table({"id": [1, 2, 3], "text": [TEXT, "Nothing.", TEXT]}), src)
        args = {"fields": ["text"]}
    else:
        src, out = tmp_path / "docs", tmp_path / "redacted"
        (src / "sub").mkdir(parents=True)
        (src / "a.txt").write_text(TEXT, encoding="utf-8")
        (src / "sub" / "b.txt").write_text("Nothing.", encoding="utf-8")
        out.mkdir()
        (out / "stale.txt").write_text("from an earlier run", encoding="utf-8")
        args = {}
    spec = JobSpec("redact", src, out, RedactorSettings(model=model, labels=["email"], batch_size=2),
                   key=KEY.encode(), progress=False, **args)
    with monkeypatch.context() as patched:
        _kill_at_rename(patched, 1)  # parquet: the merged file's rename; directory: moving the old output aside
        with pytest.raises(Killed):
            run_job(spec, commit_every=0)

    run_job(JobSpec(**{**spec.__dict__, "resume": True}))

    if kind == "parquet":
        rows = pq.read_table(out).to_pylist()
        assert [r["id"] for r in rows] == [1, 2, 3] and EMAIL not in str(rows)
    else:
        assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a.txt", "sub/b.txt"]
        assert EMAIL not in (out / "a.txt").read_text()
    assert not checkpoint_path(out).exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_two_workers_give_the_same_ordered_output_as_one(model, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"n": i, "text": f"Record {i}: {TEXT}" if i % 3 else f"Plain record {i}."}) for i in range(60)]
    lines[17] = "{broken"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in (1, 2):
        out, audit = tmp_path / f"out{workers}.jsonl", tmp_path / f"audit{workers}.jsonl"
        assert cli("redact", src, "-o", out, "--model", model, "--operators", SURROGATES, "--audit", audit,
                   "--batch-size", 4, "--workers", workers, "-q") == 1
        outputs.append((out.read_bytes(), audit.read_bytes(), (tmp_path / f"out{workers}.jsonl.errors.jsonl").read_bytes()))
    assert outputs[0] == outputs[1]
    rows = [json.loads(line) for line in outputs[0][0].splitlines()]
    assert [r["n"] for r in rows] == [i for i in range(60) if i != 17]
    assert all(CARD not in r["text"] and EMAIL not in r["text"] for r in rows)


def _corrupt(i: int) -> bytes:
    return [b'{"id": %d, "text": "unterminated' % i, b"\xff\xfe not utf-8", b"", b"[1, 2, 3]",
            b'{"id": %d, "body": "no text field"}' % i][(i // 100) % 5]


@pytest.mark.slow
def test_interrupted_and_resumed_job_over_10k_records_loses_and_duplicates_nothing(model, tmp_path):
    src, out, audit = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    bad = {i for i in range(10_000) if i % 100 == 37}
    with src.open("wb") as handle:
        for i in range(10_000):
            line = _corrupt(i) if i in bad else json.dumps({"id": i, "text": f"Ticket {i}: mail u{i}@example.com"}).encode()
            handle.write(line + b"\n")
    settings = RedactorSettings(model=model, labels=["email"], batch_size=64)
    spec = JobSpec("redact", src, out, settings, key=KEY.encode(), id_field="id", audit=audit, progress=False)
    with pytest.raises(JobInterrupted):
        run_job(spec, stop_after=60, commit_every=0)
    assert not out.exists() and not audit.exists() and checkpoint_path(out).exists()
    for path in (out, audit):  # rows written after the last commit, as a crash would leave them
        with partial_path(path).open("ab") as handle:
            handle.write(b'{"id": -1, "text": "uncommitted"}\n{"id": -2, "te')

    report = run_job(JobSpec(**{**spec.__dict__, "resume": True}))

    assert report.resumed_at == 60 * 64 and report.records == 10_000 and report.errors == len(bad)
    rows, errors = read_jsonl(out), read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert len(rows) + len(errors) == 10_000
    assert [r["id"] for r in rows] == [i for i in range(10_000) if i not in bad]
    assert [e["line"] for e in errors] == sorted(i + 1 for i in bad)
    assert all("@example.com" not in r["text"] for r in rows)
    audit_rows = read_jsonl(audit)
    assert [a["id"] for a in audit_rows] == [r["id"] for r in rows]
    assert "@example.com" not in audit.read_text()
    assert not checkpoint_path(out).exists() and not partial_path(out).exists()


@pytest.mark.slow
def test_a_killed_job_resumes_from_its_checkpoint(model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    bad = {i for i in range(5_000) if i % 100 == 37}
    with src.open("wb") as handle:
        for i in range(5_000):
            line = _corrupt(i) if i in bad else json.dumps({"id": i, "text": f"Ticket {i}: mail u{i}@example.com"}).encode()
            handle.write(line + b"\n")
    args = ["redact", src, "-o", out, "--model", model, "--labels", "email", "--id-field", "id", "--batch-size", 16,
            "--workers", 1, "-q"]
    proc = subprocess.Popen([sys.executable, "-m", "gliner_redact.cli", *map(str, args)], stderr=subprocess.DEVNULL,
                            env={**os.environ, "GLINER_REDACT_KEY": KEY})
    checkpoint, deadline = checkpoint_path(out), time.monotonic() + 900
    while not (checkpoint.exists() and json.loads(checkpoint.read_text())["records"] >= 500):
        assert proc.poll() is None and time.monotonic() < deadline, "the job ended before it could be killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists()

    assert cli(*args, "--resume") == 1

    rows, errors = read_jsonl(out), read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert [r["id"] for r in rows] == [i for i in range(5_000) if i not in bad]
    assert [e["line"] for e in errors] == sorted(i + 1 for i in bad)
