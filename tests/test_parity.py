"""Parity with upstream gliner 0.2.29: logits, decoded entities, checkpoints in both directions, ONNX."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from gliner_redact.model.onnx import OnnxEngine, export_onnx
from gliner_redact.model.torch_engine import TorchEngine
from gliner_redact.model.windows import prepare_document
from upstream_fixtures import load_upstream, upstream_logits

TEXTS = [
    "Barack Obama visited Paris on Monday with Apple Inc. executives.",
    "Email jane.doe@example.com or call +1 (555) 010-2233 before 5pm.",
    "Visit https://www.example.org/path?q=1&r=2 for details.",
    "Dr. María-José Núñez (DOB 03/04/1985) lives at 12 Rue de Rivoli, 75001 Paris, France.",
    "Contact: 李小龍 <bruce.lee@kungfu.cn>, 電話 +86 10 1234 5678",
    "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, amount €1,234.56",
    "SSN 123-45-6789; card 4111-1111-1111-1111 exp 12/27 cvv 123",
    "server 10.0.0.1 and fe80::1ff:fe23:4567:890a responded with 503",
    "hey @mike_t!! r u coming 2nite?? 🎉🎉",
    "The patient, a 42-year-old male, was prescribed metformin 500 mg for type 2 diabetes.",
    "",
    "   \n\t  ",
    "A",
    "snake_case e-mail don't rock'n'roll",
    "Numbers: 1 22 333 4444 55555 666666 7777777 88888888",
    "Ünïcödé straße Ærøskøbing İstanbul Œuvre",
    "Line one.\nLine two: Jürgen Müller, Berliner Str. 5, 10115 Berlin\n\nLine four.",
    "API key sk_live_51H8abcdEFGHijklMNOPqrstUVWX used by jdoe@corp.io at 2024-03-05T14:32:00Z",
    "VIN 1HGCM82633A004352, plate AB12 CDE, IMEI 490154203237518",
    "Mr. O'Neil's lawyer, Ms. Smith-Jones, filed case no. 2023-CV-0042 in Ontario.",
    "Wallet 0x52908400098527886E0F7030069857D2E4169EE7 received 0.5 ETH",
    "Coordinates 48.8584° N, 2.2945° E near the Eiffel Tower",
]
LABELS = ["person", "organization", "location", "date", "email", "phone number"]
DESCRIBED = {"person": "a person's name", "email": "an e-mail address", "location": "a city, country or street"}
MODELS = ["minilm_uni", "minilm_marker", "deberta_uni", "minilm_bi"]


def our_logits(engine: TorchEngine | OnnxEngine, text: str, labels) -> np.ndarray:
    """Our engine's span logits for a text that fits one window."""
    doc = prepare_document(text, engine.tokenizer)
    names = list(labels.values()) if isinstance(labels, dict) else list(labels)
    if engine.config.is_bi_encoder:
        return engine._logits(engine.tokenizer.encode([doc.words], None), engine.label_vectors(names))
    return engine._logits(engine.tokenizer.encode([doc.words], names), None)


def as_tuples(entities) -> list[tuple]:
    return [(e.start, e.end, e.label, e.text) for e in entities]


def upstream_tuples(entities) -> list[tuple]:
    return [(e["start"], e["end"], e["label"], e["text"]) for e in entities]


@pytest.fixture(scope="module")
def engines(upstream_models):
    return {name: (load_upstream(path), TorchEngine.from_pretrained(path, device="cpu")) for name, path in upstream_models.items()}


@pytest.mark.parametrize("name", MODELS)
@pytest.mark.parametrize("labels", [LABELS, DESCRIBED], ids=["names", "descriptions"])
def test_logits_match_upstream(engines, name, labels):
    upstream, ours = engines[name]
    for text in TEXTS:
        if not text.strip():
            continue
        expected = upstream_logits(upstream, text, labels).numpy()
        got = our_logits(ours, text, labels)
        assert got.shape == expected.shape, text
        assert np.abs(got - expected).max() <= 1e-4, text


@pytest.mark.parametrize("name", MODELS)
@pytest.mark.parametrize("threshold", [0.3, 0.5])
@pytest.mark.parametrize("flat_ner,multi_label", [(True, False), (False, False), (True, True), (False, True)])
def test_entities_match_upstream(engines, name, threshold, flat_ner, multi_label):
    upstream, ours = engines[name]
    # One text per call on both sides: a batch pads rows to its longest one, which changes float rounding, and the
    # random heads here score many spans within 1e-6 of each other, so a batch can flip which of two near-ties wins.
    expected = [upstream.inference([t], LABELS, threshold=threshold, flat_ner=flat_ner, multi_label=multi_label)[0] for t in TEXTS]
    got = [ours.predict([t], LABELS, threshold=threshold, flat_ner=flat_ner, multi_label=multi_label, cross_paragraphs=True)[0] for t in TEXTS]
    if threshold == 0.3:
        assert sum(len(e) for e in expected) > 0
    for text, exp, g in zip(TEXTS, expected, got):
        # Both return entities by start; with multi_label, the order of one span's labels is not specified.
        ours_sorted = sorted(zip(as_tuples(g), [e.score for e in g]))
        upstream_sorted = sorted(zip(upstream_tuples(exp), [e["score"] for e in exp]))
        assert [t for t, _ in ours_sorted] == [t for t, _ in upstream_sorted], text
        assert np.allclose([x for _, x in ours_sorted], [x for _, x in upstream_sorted], atol=1e-4)
        assert [e.start for e in g] == sorted(e.start for e in g)


def test_descriptions_are_read_and_names_returned(engines):
    upstream, ours = engines["minilm_uni"]
    # One text per call, as in test_entities_match_upstream.
    expected = [upstream.inference([t], DESCRIBED, threshold=0.4)[0] for t in TEXTS]
    got = [ours.predict([t], DESCRIBED, threshold=0.4, cross_paragraphs=True)[0] for t in TEXTS]
    assert [as_tuples(g) for g in got] == [upstream_tuples(e) for e in expected]
    assert {e.label for doc in got for e in doc} <= set(DESCRIBED)


@pytest.mark.parametrize("name", ["minilm_uni", "minilm_bi"])
def test_upstream_loads_what_we_save(engines, name, tmp_path):
    _, ours = engines[name]
    saved = ours.save_pretrained(tmp_path / "saved")
    assert (saved / "model.safetensors").exists() and not (saved / "pytorch_model.bin").exists()
    reloaded = load_upstream(saved)
    expected = reloaded.inference(TEXTS, LABELS, threshold=0.5)
    got = ours.predict(TEXTS, LABELS, threshold=0.5, cross_paragraphs=True)
    assert [as_tuples(g) for g in got] == [upstream_tuples(e) for e in expected]
    again = TorchEngine.from_pretrained(saved, device="cpu")
    assert [as_tuples(g) for g in again.predict(TEXTS, LABELS, cross_paragraphs=True)] == [as_tuples(g) for g in got]


def test_pickle_checkpoint_loads_with_weights_only(engines, upstream_models, tmp_path):
    upstream, ours = engines["minilm_uni"]
    folder = tmp_path / "bin"
    upstream.save_pretrained(str(folder), safe_serialization=False)
    assert (folder / "pytorch_model.bin").exists()
    engine = TorchEngine.from_pretrained(folder, device="cpu")
    assert [as_tuples(g) for g in engine.predict(TEXTS, LABELS)] == [as_tuples(g) for g in ours.predict(TEXTS, LABELS)]


def test_loading_is_strict(upstream_models, tmp_path):
    import shutil

    from safetensors.torch import load_file, save_file

    folder = tmp_path / "broken"
    shutil.copytree(upstream_models["minilm_uni"], folder)
    state = load_file(str(folder / "model.safetensors"))
    state.pop("prompt_rep_layer.0.weight")
    state["some.unknown.weight"] = torch.zeros(2)
    state["cross_fuser.layers.0.weight"] = torch.zeros(2)
    save_file(state, str(folder / "model.safetensors"))
    with pytest.raises(ValueError, match="missing 1 weights.*prompt_rep_layer.0.weight.*unexpected 1 weights.*some.unknown.weight"):
        TorchEngine.from_pretrained(folder, device="cpu")


def test_missing_checkpoint_names_what_to_do(tmp_path):
    from gliner_redact.model import CheckpointNotFoundError, load_model

    with pytest.raises(CheckpointNotFoundError, match="no gliner_config.json"):
        load_model(tmp_path)
    with pytest.raises(CheckpointNotFoundError, match="huggingface-cli download|Hugging Face Hub"):
        load_model("no-such-owner/no-such-model", local_files_only=True)


@pytest.mark.parametrize("name", ["minilm_uni", "minilm_bi"])
def test_onnx_matches_torch(engines, name, tmp_path):
    _, ours = engines[name]
    out = export_onnx(ours, tmp_path / "onnx_model", int8=True)
    fp32 = OnnxEngine.from_pretrained(out)
    for text in TEXTS:
        if text.strip():
            assert np.abs(our_logits(fp32, text, LABELS) - our_logits(ours, text, LABELS)).max() <= 1e-4, text
    assert [as_tuples(g) for g in fp32.predict(TEXTS, LABELS, threshold=0.5)] == [as_tuples(g) for g in ours.predict(TEXTS, LABELS, threshold=0.5)]
    int8 = OnnxEngine.from_pretrained(out, int8=True)
    assert len(int8.predict(TEXTS, LABELS)) == len(TEXTS)
