"""The embedded int8 ONNX engine: a text's result must not depend on what it is batched with."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from gliner_redact.labels import resolve_labels
from gliner_redact.model import load_model
from gliner_redact.training.evaluate import read_documents
from gliner_redact.training.trainer import TrainConfig

HANDWRITTEN = Path(__file__).parent / "data" / "handwritten" / "documents.jsonl"
RECIPE = Path(__file__).parent.parent / "configs" / "train" / "pii-small.yaml"


@pytest.fixture(scope="module")
def engine():
    model = load_model(threads=1)
    assert getattr(model, "int8", False), "the embedded model runs its int8 ONNX graphs"
    return model


def test_a_text_gets_the_same_entities_alone_and_batched_with_others(engine):
    texts = [doc["text"] for doc in read_documents(HANDWRITTEN)[:16]]
    labels = resolve_labels(None)
    batched = engine.predict(texts, labels, threshold=0.3, batch_size=8)
    for text, together in zip(texts, batched):
        alone = engine.predict([text], labels, threshold=0.3, batch_size=8)[0]
        assert [(e.start, e.end, e.label, round(e.score, 5)) for e in alone] == [
            (e.start, e.end, e.label, round(e.score, 5)) for e in together
        ]


def test_a_label_vector_does_not_depend_on_the_other_labels(engine):
    prompts = list(resolve_labels(None).values())
    every = engine.label_vectors(prompts)
    for i in (0, len(prompts) // 2, len(prompts) - 1):
        np.testing.assert_allclose(engine.label_vectors([prompts[i]])[0], every[i], rtol=0, atol=1e-6)


def test_inference_windows_are_the_training_windows(engine, monkeypatch):
    recipe = TrainConfig.from_yaml(RECIPE)
    assert (engine.config.max_len, engine.config.window_tokens) == (recipe.window_words, recipe.window_tokens)
    seen = []
    logits = engine._logits

    def record(inputs, vectors):
        seen.append(inputs.input_ids.shape[1])
        return logits(inputs, vectors)

    monkeypatch.setattr(engine, "_logits", record)
    text = " ".join(doc["text"] for doc in read_documents(HANDWRITTEN)[:10])
    found = engine.predict([text], resolve_labels(None), threshold=0.4)[0]
    assert len(seen) > 1 and max(seen) <= recipe.window_tokens + engine.tokenizer.num_special
    assert found and all(e.text == text[e.start : e.end] for e in found)


def test_a_span_over_a_blank_line_is_split_into_one_entity_per_paragraph(engine):
    text = "Toulouse\n\nToulouse, le 3 mars 2024\n\nMadame Garnier"
    labels = resolve_labels(None)
    [whole] = engine.predict([text], labels, threshold=0.4, cross_paragraphs=True)
    assert any("\n\n" in e.text for e in whole), "upstream decoding picks a span over the blank line"
    [split] = engine.predict([text], labels, threshold=0.4)
    assert not any("\n" in e.text for e in split)
    assert [(e.start, e.end, e.label) for e in split if e.text == "Toulouse"] == [(0, 8, "city"), (10, 18, "city")]
    assert {e.text for e in split} - {"Toulouse"} == {e.text for e in whole if "\n" not in e.text}
