"""Reading records, writing outputs, checkpoints and keys of the batch jobs (no model needed)."""

from __future__ import annotations

import argparse
import json
import tracemalloc

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gliner_redact.jobs import checkpoint as ckpt
from gliner_redact.jobs.options import add_job_arguments, parse_thresholds, settings_from_args
from gliner_redact.jobs.records import InputError, detect_format, read_records
from gliner_redact.jobs.redactor import RedactorSettings, load_key, value_hash
from gliner_redact.jobs.sinks import CsvSink, JsonlSink, ParquetSink, TextSink

MB = 1 << 20


def records(path, fmt, fields=("text",), **kw):
    return list(read_records(path, fmt, list(fields), max_chars=kw.pop("max_chars", 1000), **kw).records)


def test_jsonl_bad_lines_each_give_one_error_naming_the_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "fine"}\n'
        b'{"id": "b", "text": \n'            # malformed
        b"\n"                                 # empty line
        b'{"id": "c", "text": "caf\xe9"}\n'  # Latin-1 byte
        b"[1, 2]\n"                           # not an object
        b'{"id": "d", "body": "x"}\n'        # field missing
        b'{"id": "e", "text": null}\r\n'     # null: passed through, CRLF
        b'{"id": "f", "text": "last"}'       # no final newline
    )
    got = records(path, "jsonl", id_field="id")
    assert [r.ref["line"] for r in got] == list(range(1, 9))
    errors = {r.ref["line"]: r.error for r in got if r.error}
    assert set(errors) == {2, 3, 4, 5, 6}
    assert errors[2].startswith("malformed JSON") and "column" in errors[2]
    assert errors[3] == "empty line"
    assert errors[4] == "not UTF-8 (invalid byte at column 25)"
    assert errors[5] == "not a JSON object (list)"
    assert errors[6] == "field 'text' missing"
    assert "caf" not in "".join(errors.values())  # no content in messages
    assert got[0].texts == {"text": "fine"} and got[0].ref == {"line": 1, "id": "a"}
    assert got[6].texts == {"text": None} and got[7].texts == {"text": "last"}


def test_jsonl_100mb_line_is_an_error_without_being_held_in_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "before"}\n{"text": "')
        for _ in range(100):
            handle.write(b"a" * MB)
        handle.write(b'"}\n{"text": "after"}\n')
    tracemalloc.start()
    got = records(path, "jsonl", max_chars=1000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [r.error is None for r in got] == [True, False, True]
    assert got[1].error.startswith("line too long") and got[2].texts == {"text": "after"}
    assert peak < 8 * MB


def test_text_files_empty_binary_non_utf8_and_huge(tmp_path):
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Hello Jane", encoding="utf-8")
    (root / "b.txt").write_bytes(b"")
    (root / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "sub" / "d.txt").write_bytes(b"na\xefve \xff")
    with (root / "sub" / "e.txt").open("wb") as handle:
        handle.truncate(100 * MB)  # sparse: 100 MB that must not be read
    (root / "ignored.md").write_text("not a .txt")
    tracemalloc.start()
    got = records(root, "text", max_chars=1000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [r.ref["file"] for r in got] == ["a.txt", "b.txt", "c.txt", "sub/d.txt", "sub/e.txt"]
    assert [r.error for r in got] == [
        None,
        "empty file (0 bytes)",
        "binary file (NUL bytes), not text",
        "not UTF-8 (invalid byte at offset 2)",
        f"too long: {100 * MB} bytes (max_chars 1000)",
    ]
    assert got[0].texts == {"text": "Hello Jane"} and peak < 4 * MB


def test_csv_malformed_rows_each_give_one_error_and_reading_goes_on(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(
        b"id,note,other\n"
        b'1,"Jane, at home",x\n'
        b"2,too,many,fields\n"
        b'3,"bad"quote,x\n'
        b"\n"
        b"4,caf\xe9,x\n"
        b"5,nul\x00byte,x\n"
        b'6,"multi\nline",x\n'
        b"7,,x\n"
    )
    got = records(path, "csv", fields=["note"], id_field="id")
    assert [r.ref["row"] for r in got] == list(range(1, 9))
    assert [r.error for r in got] == [
        None,
        "malformed CSV: 4 fields, the header has 3",
        "malformed CSV: ',' expected after '\"'",
        "empty row (blank line)",
        "not UTF-8",
        "binary data (NUL byte)",
        None,
        None,
    ]
    assert got[0].texts == {"note": "Jane, at home"} and got[0].ref == {"row": 1, "line": 2, "id": "1"}
    assert got[6].texts == {"note": "multi\nline"} and got[6].ref["line"] == 9
    assert got[7].texts == {"note": ""}


def test_whole_input_problems_are_input_errors(tmp_path):
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="no column 'note'"):
        read_records(csv_path, "csv", ["note"], max_chars=10)
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(InputError, match="no header"):
        read_records(tmp_path / "empty.csv", "csv", ["note"], max_chars=10)
    table = pa.table({"text": ["x"], "n": [1]})
    pq.write_table(table, tmp_path / "in.parquet")
    with pytest.raises(InputError, match="not strings"):
        read_records(tmp_path / "in.parquet", "parquet", ["n"], max_chars=10)
    with pytest.raises(InputError, match="extension"):
        detect_format(tmp_path / "in.xlsx")
    with pytest.raises(InputError, match="no such file"):
        read_records(tmp_path / "missing.jsonl", "jsonl", ["text"], max_chars=10)
    assert detect_format(tmp_path) == "text" and detect_format(csv_path, "jsonl") == "jsonl"


def test_parquet_rows_and_skip(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": list(range(3000)), "text": [f"t{i}" if i % 7 else None for i in range(3000)]}), path)
    got = list(read_records(path, "parquet", ["text"], max_chars=10, id_field="id", skip=2000).records)
    assert [r.index for r in got] == list(range(2000, 3000))
    assert got[0].ref == {"row": 2001, "id": 2000} and got[0].texts == {"text": "t2000"}
    assert got[2].texts == {"text": None} and got[3].texts == {"text": "t2003"}  # 2002 % 7 == 0


def test_a_utf8_byte_order_mark_is_not_content(tmp_path):
    (tmp_path / "in.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "a"}\n')
    (tmp_path / "in.csv").write_bytes(b"\xef\xbb\xbfnote,id\nhello,1\n")
    assert records(tmp_path / "in.jsonl", "jsonl")[0].texts == {"text": "a"}
    assert records(tmp_path / "in.csv", "csv", fields=["note"])[0].texts == {"note": "hello"}


def test_skip_counts_bad_records_too(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "a"}\nbroken\n{"text": "c"}\n{"text": "d"}\n')
    got = records(path, "jsonl", skip=2)
    assert [(r.ref["line"], r.texts) for r in got] == [(3, {"text": "c"}), (4, {"text": "d"})]


def test_file_sink_resume_cuts_uncommitted_bytes(tmp_path):
    target = tmp_path / "out.jsonl"
    sink = JsonlSink(target)
    sink.open(None)
    sink.write({"n": 1})
    state = sink.commit()
    sink.write({"n": 2})  # never committed
    sink.close()
    assert not target.exists()
    sink = JsonlSink(target)
    sink.open(state)
    sink.write({"n": 3})
    sink.finish()
    assert [json.loads(line) for line in target.read_text().splitlines()] == [{"n": 1}, {"n": 3}]
    assert not sink.partial.exists()


def test_csv_sink_writes_header_once(tmp_path):
    target = tmp_path / "out.csv"
    sink = CsvSink(target, ["id", "note"])
    sink.open(None)
    sink.write(["1", 'say "hi", ok'])
    state = sink.commit()
    sink.close()
    sink = CsvSink(target, ["id", "note"])
    sink.open(state)
    sink.write(["2", "line\nbreak"])
    sink.finish()
    assert target.read_text() == 'id,note\n1,"say ""hi"", ok"\n2,"line\nbreak"\n'


def test_parquet_sink_parts_resume_and_merge(tmp_path):
    target = tmp_path / "out.parquet"
    schema = pa.schema([("id", pa.int64()), ("text", pa.string())])
    sink = ParquetSink(target, schema)
    sink.open(None)
    sink.write({"id": 1, "text": "a"})
    state = sink.commit()
    sink.write({"id": 2, "text": "b"})
    sink.commit()  # committed to disk, but the checkpoint will say `state`
    sink.close()
    sink = ParquetSink(target, schema)
    sink.open(state)
    sink.write({"id": 3, "text": None})
    sink.finish()
    assert pq.read_table(target).to_pylist() == [{"id": 1, "text": "a"}, {"id": 3, "text": None}]
    assert not sink.parts.exists()


def test_text_sink_replaces_a_directory_only_at_the_end(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.txt").write_text("old")
    sink = TextSink(target, single=False)
    sink.open(None)
    sink.write("sub/a.txt", "redacted")
    assert (target / "old.txt").exists()
    sink.finish()
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.txt")) == ["sub/a.txt"]


def test_checkpoint_round_trip_and_fingerprint(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text('{"text": "a"}\n')
    first = ckpt.fingerprint(data, {"fields": ["text"]}, b"k" * 16)
    assert first == ckpt.fingerprint(data, {"fields": ["text"]}, b"k" * 16)
    assert first != ckpt.fingerprint(data, {"fields": ["body"]}, b"k" * 16)
    assert first != ckpt.fingerprint(data, {"fields": ["text"]}, b"j" * 16)
    path = ckpt.checkpoint_path(tmp_path / "out.jsonl")
    ckpt.save(path, ckpt.Checkpoint(first, records=5, errors=1, states={"output": 10}))
    assert ckpt.load(path) == ckpt.Checkpoint(first, records=5, errors=1, states={"output": 10})
    assert "k" * 16 not in path.read_text()
    data.write_text('{"text": "b"}\n{"text": "c"}\n')
    assert ckpt.fingerprint(data, {"fields": ["text"]}, b"k" * 16) != first


def test_key_from_file_or_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("GLINER_REDACT_KEY", raising=False)
    assert load_key() is None
    monkeypatch.setenv("GLINER_REDACT_KEY", "environment-key-0123")
    assert load_key() == b"environment-key-0123"
    key_file = tmp_path / "key"
    key_file.write_text("file-key-0123456789\n")
    assert load_key(key_file) == b"file-key-0123456789"
    key_file.write_text("short\n")
    with pytest.raises(ValueError, match="at least 16 bytes"):
        load_key(key_file)
    key_file.write_bytes(b"\xff" * 20)
    with pytest.raises(ValueError, match="UTF-8"):
        load_key(key_file)


def test_value_hash_is_keyed_when_a_key_is_given():
    assert value_hash("Jane", None).startswith("sha256:")
    keyed = value_hash("Jane", b"k" * 16)
    assert keyed.startswith("hmac-sha256:") and keyed != value_hash("Jane", b"j" * 16)
    assert "Jane" not in keyed


def test_settings_and_thresholds_parsing(tmp_path):
    assert parse_thresholds(["person=0.6,email=0.4", "city=0.7"]) == {"person": 0.6, "email": 0.4, "city": 0.7}
    with pytest.raises(ValueError, match="LABEL=SCORE"):
        parse_thresholds(["person"])
    config = tmp_path / "job.yaml"
    config.write_text("labels: [person, email]\nthreshold: 0.4\npatterns: false\n")
    assert RedactorSettings.from_yaml(config) == RedactorSettings(labels=["person", "email"], threshold=0.4, patterns=False)
    config.write_text("treshold: 0.4\n")
    with pytest.raises(ValueError, match="unknown settings"):
        RedactorSettings.from_yaml(config)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        RedactorSettings.from_dict({"thresholds": {"person": 2}})


def test_repeats_are_on_unless_turned_off_by_flag_or_config(tmp_path):
    parser = argparse.ArgumentParser()
    add_job_arguments(parser, "redact")  # it adds the settings flags too
    assert settings_from_args(parser.parse_args(["in.jsonl", "-o", "out.jsonl"]), "redact").repeats is True
    assert settings_from_args(parser.parse_args(["in.jsonl", "-o", "out.jsonl", "--no-repeats"]), "redact").repeats is False
    config = tmp_path / "job.yaml"
    config.write_text("repeats: false\n")
    assert settings_from_args(parser.parse_args(["in.jsonl", "-o", "out.jsonl", "--config", str(config)]), "redact").repeats is False
