"""The hand-written sets (the main and the three blind evaluation sets, and the written training documents of
data/natural to data/natural4): sources, converter and committed JSONL agree and follow the guideline."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path

import pytest

from gliner_redact.labels import label_names

DATA_DIR = Path(__file__).parent / "data" / "handwritten"
ROOT = Path(__file__).parent.parent
# folder -> (documents, documents without PII, spans, labels used 3+ times, locales): the least each set must hold
SETS = {
    DATA_DIR: (60, 10, 700, 38, 10),
    DATA_DIR / "blind": (36, 3, 500, 30, 10),
    DATA_DIR / "blind2": (20, 2, 1000, 30, 12),
    DATA_DIR / "blind3": (20, 2, 900, 25, 14),
    ROOT / "data" / "natural": (80, 10, 2000, 30, 7),
    ROOT / "data" / "natural2": (80, 10, 2500, 25, 10),
    ROOT / "data" / "natural3": (80, 10, 3500, 25, 14),
    ROOT / "data" / "natural4": (90, 8, 6000, 30, 20),
}
WORD = re.compile(r"\w+(?:[-_]\w+)*|\S")
LOCALE = re.compile(r"[a-z]{2}_[A-Z]{2}")


def _load_builder():
    spec = importlib.util.spec_from_file_location("handwritten_build", DATA_DIR / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module", params=list(SETS), ids=lambda folder: "main" if folder == DATA_DIR else folder.name)
def set_dir(request) -> Path:
    return request.param


@pytest.fixture(scope="module")
def documents(set_dir) -> list[dict]:
    return [json.loads(line) for line in (set_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def test_rebuilding_from_sources_gives_the_committed_jsonl(set_dir):
    assert builder.to_jsonl(builder.build(set_dir / "src")) == (set_dir / "documents.jsonl").read_text(encoding="utf-8")


def test_readme_label_table_is_current(set_dir):
    assert builder.stats_table(builder.build(set_dir / "src")) in (set_dir / "README.md").read_text(encoding="utf-8")


def test_converter_labels_are_the_catalogue():
    assert list(builder.LABELS) == label_names()


def test_document_fields(documents):
    ids = [doc["id"] for doc in documents]
    assert len(ids) == len(set(ids))
    for doc in documents:
        assert set(doc) == {"id", "text", "spans", "genre", "locale"}
        assert doc["id"].endswith("_" + doc["genre"])
        assert LOCALE.fullmatch(doc["locale"]), doc["id"]
        assert doc["text"] and doc["text"] == doc["text"].rstrip("\n")
        assert "[[" not in doc["text"] and "]]" not in doc["text"], doc["id"]


def test_every_span_is_exact_aligned_sorted_and_in_the_catalogue(documents):
    catalogue = set(label_names())
    for doc in documents:
        text = doc["text"]
        starts = {m.start() for m in WORD.finditer(text)}
        ends = {m.end() for m in WORD.finditer(text)}
        previous_end = 0
        for span in doc["spans"]:
            where = f"{doc['id']} {span}"
            assert span["label"] in catalogue, where
            assert 0 <= span["start"] < span["end"] <= len(text), where
            assert text[span["start"]:span["end"]] == span["text"], where
            assert span["start"] in starts and span["end"] in ends, f"not word-aligned: {where}"
            assert span["start"] >= previous_end, f"overlapping or unsorted: {where}"
            assert span["text"] == span["text"].strip(), where
            if span["label"] != "api_key":
                assert "\n" not in span["text"], where
            previous_end = span["end"]


def test_size_and_coverage(documents, set_dir):
    counts = collections.Counter(span["label"] for doc in documents for span in doc["spans"])
    n_docs, no_pii, spans, labels, locales = SETS[set_dir]
    assert len(documents) >= n_docs
    assert sum(1 for doc in documents if not doc["spans"]) >= no_pii
    assert sum(counts.values()) >= spans
    assert sum(1 for label in label_names() if counts[label] >= 3) >= labels
    assert len({doc["locale"] for doc in documents}) >= locales


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Ref ID-[[12345|customer_id]] here", "not word-aligned"),
        ("Call [[Ann|persn]] now", "unknown label"),
        ("Call [[Ann |person]] now", "surrounding whitespace"),
        ("Seen in [[Leeds,|city]] today", "ends with punctuation"),
        ("pos [[[1.5, 2.5|gps_coordinates]]]", "literal bracket"),
        ("a stray ]] here", "without a matching"),
        ("never [[closed", "never closed"),
        ("no [[label here]]", "no '|label'"),
    ],
)
def test_converter_rejects_bad_markup_with_file_and_line(tmp_path, body, message):
    source = tmp_path / "001_test.txt"
    source.write_text(f"@locale en_GB\nfirst line\n{body}\n", encoding="utf-8")
    with pytest.raises(builder.MarkupError, match=re.escape(message)) as error:
        builder.parse_source(source)
    assert str(error.value).startswith(f"{source}:3:")


def test_converter_computes_offsets_after_earlier_markup(tmp_path):
    source = tmp_path / "002_sms.txt"
    source.write_text("@locale en_AU\nHi [[Shaz|person]], call [[0412 555 038|phone_number]]!\n", encoding="utf-8")
    doc = builder.parse_source(source)
    assert doc["text"] == "Hi Shaz, call 0412 555 038!"
    assert doc["spans"] == [
        {"start": 3, "end": 7, "label": "person", "text": "Shaz"},
        {"start": 14, "end": 26, "label": "phone_number", "text": "0412 555 038"},
    ]
    assert (doc["id"], doc["genre"], doc["locale"]) == ("002_sms", "sms", "en_AU")
