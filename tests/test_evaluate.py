import argparse
import builtins
import json

import pytest

from gliner_redact import labels as catalogue
from gliner_redact.entities import Entity
from gliner_redact.training import evaluate as evaluate_module
from gliner_redact.training import evaluate_command
from gliner_redact.training.evaluate import evaluate_model, plot_label_f1, read_documents
from gliner_redact.training.metrics import SpanCounts

DOCS = [
    {"id": "1", "text": "Mail jo@x.org today", "spans": [{"start": 5, "end": 13, "label": "email", "text": "jo@x.org"}]},
    {"id": "2", "text": "Call Jane Doe", "spans": [{"start": 5, "end": 13, "label": "person", "text": "Jane Doe"}]},
    {"id": "3", "text": "", "spans": []},
]


class FakeEngine:
    """Predicts every gold span whose label it is asked for, plus a fixed false positive on doc 2."""

    def __init__(self, docs):
        self.by_text = {d["text"]: d for d in docs}
        self.calls = []

    def predict(self, texts, labels, *, threshold=0.5, thresholds=None, batch_size=16):
        self.calls.append({"texts": list(texts), "labels": labels, "threshold": threshold,
                           "thresholds": thresholds, "batch_size": batch_size})
        out = []
        for text in texts:
            spans = [Entity(s["start"], s["end"], s["label"], 0.9, s["text"])
                     for s in self.by_text[text]["spans"] if s["label"] in labels]
            if text == "Call Jane Doe" and "organization" in labels:
                spans.append(Entity(0, 4, "organization", 0.6, "Call"))
            out.append(spans)
        return out


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_evaluate_model_defaults_to_catalogue_with_descriptions():
    engine = FakeEngine(DOCS)
    report = evaluate_model(engine, DOCS, threshold=0.3, batch_size=4)
    (call,) = engine.calls
    assert call["labels"] == catalogue.descriptions()
    assert call["threshold"] == 0.3 and call["thresholds"] is None and call["batch_size"] == 4
    assert call["texts"] == [d["text"] for d in DOCS]
    # email and person exact TPs, organization one FP -> tp2 fp1 fn0
    assert report.micro == SpanCounts(2, 1, 0)
    assert report.documents == 3
    assert report.labels == tuple(catalogue.label_names())
    assert list(report.per_label) == ["person", "email", "organization"]  # catalogue order
    # predicted visible chars: "jo@x.org" 8 + "JaneDoe" 7 + "Call" 4 = 19; "Call" is outside gold -> 4
    assert report.chars.predicted == 19 and report.chars.outside == 4


def test_evaluate_model_label_subset_and_thresholds():
    engine = FakeEngine(DOCS)
    report = evaluate_model(engine, DOCS, labels="email,pet", thresholds={"email": 0.7})
    assert engine.calls[0]["labels"] == {"email": catalogue.CATALOGUE["email"].description, "pet": "pet"}
    assert engine.calls[0]["thresholds"] == {"email": 0.7}
    assert report.micro == SpanCounts(1, 0, 0)
    assert report.skipped_gold == 1  # the person span


def test_evaluate_model_chunks_documents(monkeypatch):
    monkeypatch.setattr(evaluate_module, "DOCUMENTS_PER_CALL", 2)
    engine = FakeEngine(DOCS)
    report = evaluate_model(engine, DOCS, labels=["person", "email"])
    assert [len(c["texts"]) for c in engine.calls] == [2, 1]
    assert report.micro == SpanCounts(2, 0, 0)


def test_evaluate_model_rejects_engine_returning_wrong_count():
    class Broken:
        def predict(self, texts, labels, **kwargs):
            return [[]]

    with pytest.raises(RuntimeError, match="1 results for 3 texts"):
        evaluate_model(Broken(), DOCS)


def test_read_documents_roundtrip_and_blank_lines(tmp_path):
    path = write_jsonl(tmp_path / "gold.jsonl", DOCS)
    path.write_text(path.read_text() + "\n  \n", encoding="utf-8")
    assert read_documents(path) == DOCS


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "a", "spans": [', "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"spans": []}', 'missing string field "text"'),
        ('{"text": "abc", "spans": {}}', '"spans" must be a list'),
        ('{"text": "abc", "spans": [{"start": 0, "end": 9, "label": "x"}]}', "span 0: start/end"),
        ('{"text": "abc", "spans": [{"start": 0, "end": 1}]}', 'span 0: expected an object with a string "label"'),
    ],
)
def test_read_documents_errors_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(DOCS[0]) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        read_documents(path)
    assert str(info.value).startswith(f"{path}:2: ")
    assert message in str(info.value)
    assert "jo@x.org" not in str(info.value)


def test_plot_without_matplotlib_raises_clear_error(monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    report = evaluate_model(FakeEngine(DOCS), DOCS)
    with pytest.raises(RuntimeError, match="pip install matplotlib"):
        plot_label_f1(report, tmp_path / "f1.png")


def test_plot_writes_png(tmp_path):
    pytest.importorskip("matplotlib")
    report = evaluate_model(FakeEngine(DOCS), DOCS)
    plot_label_f1(report, tmp_path / "f1.png")
    assert (tmp_path / "f1.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def parse(argv):
    parser = argparse.ArgumentParser()
    evaluate_command.add_arguments(parser)
    return parser.parse_args(argv)


def test_command_run_with_fake_model(monkeypatch, tmp_path, capsys):
    loaded = {}

    def fake_load_model(path_or_id=None, *, engine="auto", int8=None):
        loaded.update(path=path_or_id, engine=engine, int8=int8)
        return FakeEngine(DOCS)

    monkeypatch.setattr("gliner_redact.model.load_model", fake_load_model, raising=False)
    data = write_jsonl(tmp_path / "gold.jsonl", DOCS)
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    args = parse(["--data", str(data), "--labels", "email,person", "--threshold", "0.4",
                  "--engine", "onnx", "--json", str(out_json), "--markdown", str(out_md)])
    assert evaluate_command.run(args) == 0
    assert loaded == {"path": None, "engine": "onnx", "int8": None}
    printed = capsys.readouterr().out
    assert "| micro (exact, labelled) | 100.0 | 100.0 | 100.0 | 2 |" in printed
    assert out_md.read_text() == printed
    result = json.loads(out_json.read_text())
    assert result["settings"]["threshold"] == 0.4
    assert result["labels"] == ["email", "person"]
    assert result["micro"]["f1"] == 1.0


def test_command_reports_bad_data_without_loading_model(monkeypatch, tmp_path, capsys):
    def fail_load(*args, **kwargs):
        raise AssertionError("model must not load")

    monkeypatch.setattr("gliner_redact.model.load_model", fail_load, raising=False)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    assert evaluate_command.run(parse(["--data", str(bad)])) == 2
    assert f"{bad}:1: invalid JSON" in capsys.readouterr().err


def test_cli_dispatches_evaluate(monkeypatch, tmp_path, capsys):
    from gliner_redact import cli

    monkeypatch.setattr("gliner_redact.model.load_model", lambda *a, **k: FakeEngine(DOCS), raising=False)
    data = write_jsonl(tmp_path / "gold.jsonl", DOCS)
    assert cli.main(["evaluate", "--data", str(data), "--batch-size", "2"]) == 0
    assert "| spans (exact, any label) |" in capsys.readouterr().out


def test_command_png_without_matplotlib_fails_before_loading(monkeypatch, tmp_path, capsys):
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real_find_spec(name, *a)
    )
    monkeypatch.setattr("gliner_redact.model.load_model", lambda *a, **k: pytest.fail("loaded"), raising=False)
    data = write_jsonl(tmp_path / "gold.jsonl", DOCS)
    assert evaluate_command.run(parse(["--data", str(data), "--png", str(tmp_path / "f1.png")])) == 2
    assert "pip install matplotlib" in capsys.readouterr().err
