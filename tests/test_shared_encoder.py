"""A bi-encoder whose label encoder shares the text encoder: stored once, fp16-savable, ONNX-exportable."""

from __future__ import annotations

import numpy as np
import torch
from safetensors import safe_open

from gliner_redact.model.builder import new_model
from gliner_redact.model.checkpoint import LABEL_BACKBONE, TEXT_BACKBONE
from gliner_redact.model import load_model
from gliner_redact.model.onnx import OnnxEngine, export_onnx, has_onnx
from gliner_redact.model.torch_engine import TorchEngine

LABELS = ["person: the name of a person", "email address"]
TEXTS = ["Contact Maria Lopez at maria.lopez@example.org today.", "Nothing here."]


def test_shared_label_encoder_round_trip(tmp_path):
    engine = new_model("minilm", tmp_path / "init", bi_encoder=True, shared_labels_encoder=True, seed=3)
    rep = engine.network.token_rep_layer
    assert rep.labels_encoder is rep.bert_layer
    with safe_open(str(tmp_path / "init" / "model.safetensors"), "pt") as f:
        keys = list(f.keys())
    assert any(k.startswith(TEXT_BACKBONE) for k in keys)
    assert not any(k.startswith(LABEL_BACKBONE) for k in keys)

    engine.save_pretrained(tmp_path / "half", dtype=torch.float16)
    with safe_open(str(tmp_path / "half" / "model.safetensors"), "pt") as f:
        assert f.get_tensor(TEXT_BACKBONE + "embeddings.word_embeddings.weight").dtype == torch.float16
    half = TorchEngine.from_pretrained(tmp_path / "half")
    assert half.network.token_rep_layer.labels_encoder is half.network.token_rep_layer.bert_layer
    full = engine.label_vectors(LABELS)
    assert np.allclose(half.label_vectors(LABELS), full, atol=2e-2)

    export_onnx(half, tmp_path / "half")
    onnx_dir = tmp_path / "half" / "onnx"
    for weights in ("weights.bin", "weights_int8.bin"):
        assert (onnx_dir / weights).stat().st_size > 20e6
    assert max(p.stat().st_size for p in onnx_dir.glob("*.onnx")) < 2e6
    assert (onnx_dir / "weights.bin").stat().st_size < 1.1 * 4 * sum(p.numel() for p in half.network.parameters())
    onnx_engine = OnnxEngine.from_pretrained(tmp_path / "half")
    assert np.allclose(onnx_engine.label_vectors(LABELS), half.label_vectors(LABELS), atol=1e-4)
    got = onnx_engine.predict(TEXTS, ["person", "email"], threshold=0.0)
    want = half.predict(TEXTS, ["person", "email"], threshold=0.0)
    assert [[(e.start, e.end, e.label) for e in doc][:20] for doc in got] == [[(e.start, e.end, e.label) for e in doc][:20] for doc in want]
    int8 = OnnxEngine.from_pretrained(tmp_path / "half", int8=True)
    assert np.allclose(int8.label_vectors(LABELS), half.label_vectors(LABELS), atol=0.1)


def test_saving_new_weights_removes_the_stale_onnx_export(tmp_path):
    first = new_model("minilm", tmp_path / "first", bi_encoder=True, shared_labels_encoder=True, seed=3)
    export_onnx(first, tmp_path / "best", keep_fp32=False)
    assert has_onnx(tmp_path / "best")
    second = new_model("minilm", tmp_path / "second", bi_encoder=True, shared_labels_encoder=True, seed=4)
    second.save_pretrained(tmp_path / "best")  # as the trainer saves a better checkpoint over an exported one
    assert not has_onnx(tmp_path / "best") and not (tmp_path / "best" / "onnx").exists()
    reloaded = load_model(tmp_path / "best")
    assert np.allclose(reloaded.label_vectors(LABELS), second.label_vectors(LABELS), atol=1e-5)
