"""`gliner-redact export` and `predict` as a user runs them, bad inputs included."""

from __future__ import annotations

import json

import pytest

from gliner_redact.cli import main


@pytest.fixture(scope="module")
def exported(upstream_models, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "exported"
    assert main(["export", str(upstream_models["minilm_uni"]), str(out), "--int8"]) == 0
    return out


def test_export_writes_checkpoint_and_graphs(exported):
    names = {p.name for p in (exported / "onnx").iterdir()}
    assert {"span_model.onnx", "span_model_int8.onnx", "gliner_redact.json"} <= names
    assert (exported / "gliner_config.json").exists() and (exported / "model.safetensors").exists()


def test_predict_prints_entities_and_per_file_errors(exported, tmp_path, capsys):
    good = tmp_path / "note.txt"
    good.write_text("Barack Obama met Angela Merkel in Berlin on 3 May 2021.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Jos\xe9 Garc\xeda".encode("latin-1"))
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    code = main(["predict", "--model", str(exported), "--labels", "person,location,date", "--threshold", "0.3",
                 str(good), str(empty), str(latin1), str(binary), str(tmp_path / "missing.txt")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert [r["file"] for r in lines] == [str(good), str(empty), str(latin1), str(binary), str(tmp_path / "missing.txt")]
    text = good.read_text()
    assert lines[0]["entities"] and all(text[e["start"] : e["end"]] == e["text"] for e in lines[0]["entities"])
    assert lines[1] == {"file": str(empty), "entities": []}
    assert "not UTF-8" in lines[2]["error"] and "binary" in lines[3]["error"] and "cannot read" in lines[4]["error"]
    assert "Jos" not in json.dumps(lines[2:])


def test_predict_int8_and_torch_engines(exported, tmp_path, capsys):
    note = tmp_path / "n.txt"
    note.write_text("Call Jane at +1 555 0100.", encoding="utf-8")
    for flags in (["--int8"], ["--engine", "torch"]):
        assert main(["predict", "--model", str(exported), "--labels", "person,phone", *flags, str(note)]) == 0
        assert "entities" in json.loads(capsys.readouterr().out)


def test_onnx_engine_runs_without_torch(exported):
    """The ONNX path must not import torch or transformers (blocked in a child process)."""
    import subprocess
    import sys

    code = f"""
import sys
for name in ("torch", "transformers"):
    sys.modules[name] = None
from gliner_redact.model import load_model
engine = load_model({str(exported)!r}, int8=True)
out = engine.predict(["Angela Merkel visited Paris.", ""], ["person", "location"], threshold=0.3)
assert len(out) == 2 and out[1] == []
print(type(engine).__name__, len(out[0]))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OnnxEngine")
