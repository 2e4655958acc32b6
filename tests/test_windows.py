"""No truncation: window planning properties and a 30,000-word document with planted markers."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gliner_redact.model import load_model
from gliner_redact.model.decode import Candidate
from gliner_redact.model.engine import split_at_paragraphs
from gliner_redact.model.windows import DocumentWords, paragraph_numbers, plan_windows, prepare_document

MAX_WIDTH = 12


@settings(max_examples=300, deadline=None)
@given(
    counts=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=400),
    budget=st.integers(min_value=40, max_value=300),
    max_words=st.integers(min_value=30, max_value=120),
)
def test_windows_cover_every_word_and_every_short_span(counts, budget, max_words):
    overlap = min(2 * MAX_WIDTH, max_words // 2)
    windows = plan_windows(0, counts, token_budget=budget, max_words=max_words, overlap=overlap)
    assert windows[0].start == 0 and windows[-1].end == len(counts)
    for w in windows:
        assert w.end - w.start <= max_words and sum(counts[w.start : w.end]) <= budget
    for a, b in zip(windows, windows[1:]):
        assert b.start <= a.end and b.start > a.start
    for start in range(len(counts)):
        for end in range(start + 1, min(start + min(MAX_WIDTH, overlap), len(counts)) + 1):
            if sum(counts[start:end]) * 2 <= budget:
                assert any(w.start <= start and end <= w.end for w in windows), (start, end)


def test_long_and_empty_words(engines_for_windows):
    engine = engines_for_windows["torch"]
    blob = "A" * 3000 + "/" + "x9" * 2000
    text = f"key {blob} end \u200b tail"
    doc = prepare_document(text, engine.tokenizer)
    assert max(doc.token_counts) <= 48
    covered = "".join(text[s:e] for s, e in zip(doc.starts, doc.ends))
    assert covered == text.replace(" ", "").replace("\u200b", "")
    assert engine.predict([text], ["marker"]) is not None


def test_paragraphs_are_parted_by_a_blank_line_in_any_line_break_convention_or_a_page_break():
    text = "Dear Anna\nKind regards\n\nBob\r\n\r\nCarl \n \n Dora\r\rEve\u2029Finn\fGus\r\nHal"
    doc = prepare_document(text, load_model().tokenizer)
    assert doc.words == ["Dear", "Anna", "Kind", "regards", "Bob", "Carl", "Dora", "Eve", "Finn", "Gus", "Hal"]
    assert paragraph_numbers(doc) == [0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 6]


def test_split_pieces_are_sorted_and_a_piece_equal_to_a_nested_span_keeps_the_better_score():
    text = "Acme Ltd\n\nAcme Ltd Paris"
    starts = [0, 5, 10, 15, 19]
    ends = [4, 8, 14, 18, 24]
    doc = DocumentWords(text, starts, ends, [1] * 5, [text[s:e] for s, e in zip(starts, ends)])
    outer = Candidate(0, 3, 0, 0.9)  # "Acme Ltd\n\nAcme Ltd", chosen by nested decoding with the two below
    inner = Candidate(2, 3, 0, 0.95)  # the second "Acme Ltd"
    city = Candidate(4, 4, 1, 0.8)
    pieces = split_at_paragraphs(doc, [outer, city, inner])
    assert pieces == [Candidate(0, 1, 0, 0.9), Candidate(2, 3, 0, 0.95), Candidate(4, 4, 1, 0.8)]


def _filler(rng: random.Random, n: int) -> list[str]:
    vocab = "the report was filed after review and the team met again on site to discuss budget items notes".split()
    return [rng.choice(vocab) for _ in range(n)]


def _marker(rng: random.Random) -> str:
    return f"QZX-{rng.randint(1000, 9999)} KLM-{rng.randint(1000, 9999)}"


def _training_docs(rng: random.Random, n: int) -> list[dict]:
    docs = []
    for _ in range(n):
        parts, spans, text = _filler(rng, rng.randint(5, 30)), [], ""
        for i, word in enumerate(parts):
            if rng.random() < 0.08:
                marker = _marker(rng)
                start = len(text)
                text += marker + " "
                spans.append({"start": start, "end": start + len(marker), "label": "marker", "text": marker})
            text += word + " "
        docs.append({"text": text.strip(), "spans": spans})
    return docs


@pytest.fixture(scope="module")
def engines_for_windows(tmp_path_factory):
    """A bi-encoder trained for a few dozen steps to find `QZX-dddd KLM-dddd` markers, torch + ONNX."""
    from gliner_redact.model.onnx import OnnxEngine, export_onnx
    from gliner_redact.model.torch_engine import TorchEngine
    from gliner_redact.training.trainer import Trainer, TrainConfig

    root = tmp_path_factory.mktemp("markers")
    rng = random.Random(7)
    data = root / "train.jsonl"
    data.write_text("".join(json.dumps(d) + "\n" for d in _training_docs(rng, 400)))
    config = TrainConfig(
        out_dir=str(root / "run"), train_data=str(data), bi_encoder=True, labels=["marker"], steps=60, batch_size=8,
        lr_heads=2e-3, lr_encoder=5e-5, eval_every=60, full_prompt_prob=0.0, drop_positive=0.0, warmup_ratio=0.05,
    )
    Trainer(config, log=open("/dev/null", "w")).train()
    torch_engine = TorchEngine.from_pretrained(root / "run" / "best", device="cpu")
    onnx_dir = export_onnx(torch_engine, root / "onnx", int8=False)
    return {"torch": torch_engine, "onnx": OnnxEngine.from_pretrained(onnx_dir)}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["torch", "onnx"])
def test_markers_planted_in_a_30000_word_document(engines_for_windows, kind):
    engine = engines_for_windows[kind]
    rng = random.Random(11)
    words = _filler(rng, 30_000)
    doc = prepare_document(" ".join(words), engine.tokenizer)
    budget = engine.text_budget(["marker"])
    windows = plan_windows(0, doc.token_counts, token_budget=budget, max_words=engine.config.max_len, overlap=48)
    boundary = windows[0].end
    positions = {"start": 0, "middle": 15_000, "boundary": boundary - 1, "end": len(words)}
    for name in sorted(positions, key=positions.get, reverse=True):
        words.insert(positions[name], _marker(rng))
    text = " ".join(words)
    expected = []
    cursor = 0
    for w in words:
        idx = text.index(w, cursor)
        if w.startswith("QZX-"):
            expected.append((idx, idx + len(w)))
        cursor = idx + len(w)
    assert len(expected) == 4
    found = engine.predict([text], ["marker"], threshold=0.5)[0]
    got = {(e.start, e.end) for e in found}
    for span in expected:
        assert span in got, (span, text[span[0] : span[1]])
    assert all(e.text == text[e.start : e.end] for e in found)
    assert len(found) <= 6
