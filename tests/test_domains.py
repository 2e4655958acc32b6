"""Clinical-trial fine-tuning domain: exact aligned spans, determinism, label coverage, hard negatives, splits, CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from gliner_redact.cli import main
from gliner_redact.data import PII_LABELS, write_jsonl
from gliner_redact.data.domains import DOMAINS, domain_module
from gliner_redact.data.domains.checks import domain_problems
from gliner_redact.data.domains.clinical_trial import (
    CATALOGUE_LABELS,
    DOC_TYPES,
    HELD_OUT_DOC_TYPES,
    NEW_LABELS,
    generate_trial_documents,
)

WORD = re.compile(r"\w+(?:[-_]\w+)*|\S")
NEGATIVES = re.compile(
    r"\bDCF[- #]+\d+|\bQRY-\d|\bDQ\d{6}|\bQ-\d{5}|\bPD-\d{3}|\bDEV-\d{4}-\d{3}|\bPDV\d{4}|\bSAE-\d{4}-\d{4}"
    r"|\bCASE-\d{7}|\bSHP-\d{5}|\bTXN-\d{8}|\b(?:SOP-CL|WI-PV|FRM)-\d{3,4}|\bVisit \d+|\bV\d{1,2}\b|\bC\d+D\d+\b"
    r"|\bWeek \d+|\bDay \d+|\bCycle \d+ Day \d+|\bLot(?: No\.| #)? [0-9A-Z]{4,}|\bBatch [0-9A-Z]{4,}|\bAmendment \d"
    r"|\bVersion \d\.\d|\bv\d\.\d|\bIMV #?\d+|\bMV-\d\d|\b(?:IRB|REC|EC)-\d{4}-\d{4}|\bMedDRA v\d+|\bPT code \d+"
    r"|\bCRF page \d+|\bPage \d+ of \d+|\b\d+(?:\.\d+)? (?:mg|U/L|mmol/L|umol/L|ms|bpm|kg)\b"
)
"""Visit numbers, lots, query / deviation / case / shipment / document ids, versions, pages, doses and lab values."""


@pytest.fixture(scope="module")
def train() -> list[dict]:
    return generate_trial_documents(135, seed=0)


@pytest.fixture(scope="module")
def test_docs() -> list[dict]:
    return generate_trial_documents(77, seed=1, split="test")


def _outside_spans(doc: dict) -> str:
    text = doc["text"]
    chars = list(text)
    for s in doc["spans"]:
        chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
    return "".join(chars)


def test_labels_are_new_described_and_catalogue_labels_are_real():
    assert 4 <= len(NEW_LABELS) <= 6
    assert not set(NEW_LABELS) & set(PII_LABELS)
    assert all(isinstance(d, str) and len(d.split()) >= 3 for d in NEW_LABELS.values())
    assert set(CATALOGUE_LABELS) <= set(PII_LABELS)
    assert "clinical_trial" in DOMAINS and domain_module("clinical_trial").NEW_LABELS is NEW_LABELS


def test_every_span_is_exact_aligned_and_non_overlapping(train, test_docs):
    allowed = set(NEW_LABELS) | set(CATALOGUE_LABELS)
    for doc in train + test_docs:
        assert set(doc) == {"id", "text", "spans", "genre", "locale", "language"}
        assert domain_problems(doc, NEW_LABELS) == [], doc["id"]
        text = doc["text"]
        starts = {m.start() for m in WORD.finditer(text)}
        ends = {m.end() for m in WORD.finditer(text)}
        prev_end = 0
        for s in doc["spans"]:
            assert s["label"] in allowed
            assert text[s["start"] : s["end"]] == s["text"] and s["text"] == s["text"].strip()
            assert s["start"] in starts and s["end"] in ends, (doc["id"], s["label"])
            assert s["start"] >= prev_end and "\n" not in s["text"]
            prev_end = s["end"]


def test_checks_reject_a_broken_span():
    doc = {"id": "x", "text": "Subject ID-0042 had nausea.", "spans": []}
    assert domain_problems(
        {**doc, "spans": [{"start": 11, "end": 15, "label": "subject_id", "text": "0042"}]}, NEW_LABELS
    )
    assert domain_problems(
        {**doc, "spans": [{"start": 20, "end": 26, "label": "nausea", "text": "nausea"}]}, NEW_LABELS
    )
    ok = {"start": 20, "end": 26, "label": "adverse_event", "text": "nausea"}
    assert domain_problems({**doc, "spans": [ok]}, NEW_LABELS) == []


def test_output_is_deterministic_and_independent_of_n():
    a = generate_trial_documents(20, seed=7)
    assert json.dumps(a) == json.dumps(generate_trial_documents(20, seed=7))
    assert a[:10] == generate_trial_documents(10, seed=7)
    assert [d["text"] for d in generate_trial_documents(10, seed=8)] != [d["text"] for d in a[:10]]


def test_new_labels_are_in_most_documents(train):
    with_new = [d for d in train if any(s["label"] in NEW_LABELS for s in d["spans"])]
    assert len(with_new) >= 0.95 * len(train)
    for label in NEW_LABELS:
        share = sum(any(s["label"] == label for s in d["spans"]) for d in train) / len(train)
        assert share >= 0.3, (label, share)
    counts = Counter(s["label"] for d in train for s in d["spans"])
    for label in ("person", "date", "organization", "medication", "medical_condition", "age", "email", "country"):
        assert counts[label] >= 20, label


def test_identifier_shapes_vary(train):
    def shape(value: str) -> str:
        return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value))

    for label, minimum in (("subject_id", 6), ("site_code", 4), ("protocol_number", 8), ("randomization_number", 6)):
        shapes = {shape(s["text"]) for d in train for s in d["spans"] if s["label"] == label}
        assert len(shapes) >= minimum, (label, sorted(shapes))
    values = [s["text"] for d in train for s in d["spans"] if s["label"] == "protocol_number"]
    assert any(re.fullmatch(r"NCT\d{8}", v) for v in values)
    assert any(re.fullmatch(r"\d{4}-\d{6}-\d\d", v) for v in values)


def test_hard_negatives_stay_unannotated(train, test_docs):
    docs = train + test_docs
    with_negatives = 0
    for doc in docs:
        matches = [m.span() for m in NEGATIVES.finditer(doc["text"])]
        with_negatives += bool(matches)
        for s in doc["spans"]:
            assert not any(a < s["end"] and s["start"] < b for a, b in matches), (doc["id"], s["label"], s["text"])
    assert with_negatives >= 0.7 * len(docs)
    assert sum("DCF-" in d["text"] for d in docs) >= 10
    outside = [_outside_spans(d) for d in docs]
    assert not [t for t in outside if re.search(r"\b(?:yesterday|tomorrow|today|Monday|Friday|Sunday)\b", t)]
    grades = re.compile(r"^(?:[Gg]rade|mild|moderate|severe)\b")
    assert not [s for d in docs for s in d["spans"] if s["label"] == "adverse_event" and grades.match(s["text"])]


def test_splits_differ_and_held_out_types_are_test_only(train, test_docs):
    assert {d["genre"] for d in train} == set(DOC_TYPES) - set(HELD_OUT_DOC_TYPES)
    assert {d["genre"] for d in test_docs} == set(DOC_TYPES)
    assert HELD_OUT_DOC_TYPES and all(t in DOC_TYPES for t in HELD_OUT_DOC_TYPES)
    same_seed = generate_trial_documents(20, seed=0, split="test")
    assert not {d["text"] for d in same_seed} & {d["text"] for d in train}
    assert len({d["locale"] for d in train}) >= 8
    with pytest.raises(ValueError):
        generate_trial_documents(1, seed=0, split="dev")


def test_lengths_range_from_a_few_lines_to_pages(train):
    words = [len(d["text"].split()) for d in train]
    assert min(words) < 30 and max(words) > 350
    assert sum(w > 200 for w in words) >= 0.1 * len(words)


def test_cli_domain_option(tmp_path):
    out = tmp_path / "ft.jsonl"
    assert main(["generate", "--domain", "clinical_trial", "--n", "12", "--seed", "3", "--out", str(out)]) == 0
    expected = tmp_path / "expected.jsonl"
    write_jsonl(generate_trial_documents(12, seed=3), expected)
    assert out.read_bytes() == expected.read_bytes()
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    other = tmp_path / "other.jsonl"
    cmd = [sys.executable, "-m", "gliner_redact.cli", "generate", "--domain", "clinical_trial", "--n", "12"]
    subprocess.run([*cmd, "--seed", "3", "--out", str(other)], check=True, env=env, capture_output=True)
    assert other.read_bytes() == out.read_bytes()
    test_out = tmp_path / "test.jsonl"
    args = ["generate", "--domain", "clinical_trial", "--n", "11", "--split", "test", "--out", str(test_out)]
    assert main([*args, "--stats", str(tmp_path / "stats.json")]) == 0
    genres = {json.loads(line)["genre"] for line in test_out.read_text(encoding="utf-8").splitlines()}
    assert set(HELD_OUT_DOC_TYPES) <= genres
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["documents"] == 11 and stats["domain"] == "clinical_trial" and "subject_id" in stats["labels"]
    assert main(["generate", "--domain", "clinical_trial", "--n", "2", "--genres", "sms", "--out", str(out)]) == 2
    assert main(["generate", "--domain", "unknown", "--n", "2", "--out", str(out)]) == 2
