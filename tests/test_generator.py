"""The synthetic PII document generator: exact aligned spans, reproducibility, splits, balance, dedup, checksums."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from gliner_redact.cli import main
from gliner_redact.data import (
    GENRES,
    HELD_OUT_GENRES,
    LOCALES,
    PII_LABELS,
    document_problems,
    generate_documents,
    read_jsonl,
)
from gliner_redact.data.checksums import aba_valid, bsn_valid, iban_valid, luhn_valid, verhoeff_valid, vin_valid
from gliner_redact.data.dedup import shingles, skeleton

WORD = re.compile(r"\w+(?:[-_]\w+)*|\S")
N_SAMPLE = 700


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return generate_documents(N_SAMPLE, seed=11)


@pytest.fixture(scope="module")
def test_docs() -> list[dict]:
    return generate_documents(120, seed=5, split="test")


def _outside_spans(doc: dict) -> str:
    """The text with annotated values blanked out."""
    chars = list(doc["text"])
    for span in doc["spans"]:
        chars[span["start"] : span["end"]] = " " * (span["end"] - span["start"])
    return "".join(chars)


def _values(docs: list[dict], label: str) -> list[str]:
    return [s["text"] for d in docs for s in d["spans"] if s["label"] == label]


def test_every_span_is_exact_aligned_and_non_overlapping(docs, test_docs):
    for doc in docs + test_docs:
        assert document_problems(doc) == [], doc["id"]
        starts = {m.start() for m in WORD.finditer(doc["text"])}
        ends = {m.end() for m in WORD.finditer(doc["text"])}
        prev_end = 0
        for span in doc["spans"]:
            assert doc["text"][span["start"] : span["end"]] == span["text"]
            assert span["start"] in starts and span["end"] in ends, (doc["id"], span["label"])
            assert span["start"] >= prev_end
            assert span["label"] in PII_LABELS
            prev_end = span["end"]


def test_schema_and_stratification(docs):
    assert len(docs) == N_SAMPLE
    assert len({d["id"] for d in docs}) == N_SAMPLE
    for doc in docs:
        assert set(doc) >= {"id", "text", "spans", "genre", "locale"}
        assert doc["locale"] in LOCALES
    genres = Counter(d["genre"] for d in docs)
    locales = Counter(d["locale"] for d in docs)
    assert set(genres) == set(GENRES) - set(HELD_OUT_GENRES)
    assert max(genres.values()) - min(genres.values()) <= 1
    assert set(locales) == set(LOCALES)
    assert max(locales.values()) - min(locales.values()) <= 1
    assert len(GENRES) >= 16 and len(LOCALES) >= 8 and len(HELD_OUT_GENRES) >= 2


def test_cli_output_is_byte_identical_for_a_seed_and_differs_across_seeds(tmp_path):
    paths = [tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"]
    for path, seed in zip(paths, (7, 7, 8)):
        assert main(["generate", "--n", "60", "--seed", str(seed), "--out", str(path)]) == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert paths[0].read_bytes() != paths[2].read_bytes()
    assert len(list(read_jsonl(paths[0]))) == 60


def test_output_does_not_depend_on_the_interpreter_hash_seed(tmp_path):
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    assert main(["generate", "--n", "40", "--seed", "9", "--split", "test", "--out", str(here)]) == 0
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "gliner_redact.cli",
            "generate",
            "--n",
            "40",
            "--seed",
            "9",
            "--split",
            "test",
            "--out",
            str(there),
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    assert here.read_bytes() == there.read_bytes()


def test_a_document_does_not_depend_on_n():
    assert generate_documents(12, seed=3) == generate_documents(30, seed=3)[:12]


def test_held_out_genres_only_in_the_test_split(docs, test_docs):
    assert not {d["genre"] for d in docs} & set(HELD_OUT_GENRES)
    assert set(HELD_OUT_GENRES) <= {d["genre"] for d in test_docs}
    with pytest.raises(ValueError):
        generate_documents(1, seed=0, genres=[HELD_OUT_GENRES[0]])
    only = generate_documents(4, seed=0, split="test", genres=list(HELD_OUT_GENRES))
    assert {d["genre"] for d in only} == set(HELD_OUT_GENRES)
    assert generate_documents(3, seed=0)[0]["text"] != generate_documents(3, seed=0, split="test")[0]["text"]


def test_genre_and_locale_filters():
    docs = generate_documents(10, seed=2, genres=["sms", "invoice"], locales=["de_DE"])
    assert {d["genre"] for d in docs} == {"sms", "invoice"}
    assert {d["locale"] for d in docs} == {"de_DE"}
    docs = generate_documents(20, seed=2, exclude_genres=["chat"])
    assert "chat" not in {d["genre"] for d in docs}
    with pytest.raises(ValueError):
        generate_documents(1, seed=0, locales=["xx_XX"])


def test_local_language_sets_the_share_of_documents_written_in_the_locales_language():
    genres, locales = ["sms", "email_thread", "kyc_form"], ["de_DE", "nl_NL", "en_GB"]
    local = generate_documents(18, seed=4, genres=genres, locales=locales, local_language=1.0)
    english = generate_documents(18, seed=4, genres=genres, locales=locales, local_language=0.0)
    assert {(d["locale"], d["language"]) for d in local} == {("de_DE", "de"), ("nl_NL", "nl"), ("en_GB", "en")}
    assert {d["language"] for d in english} == {"en"}
    assert any("Betreff: " in d["text"] or "Onderwerp: " in d["text"] for d in local)
    with pytest.raises(ValueError, match="local_language"):
        generate_documents(1, seed=0, local_language=1.5)


def test_cli_local_language(tmp_path, capsys):
    out = tmp_path / "nl.jsonl"
    assert main(["generate", "--n", "4", "--seed", "4", "--genres", "sms", "--locales", "nl_NL", "--local-language", "1", "--out", str(out)]) == 0
    assert {d["language"] for d in read_jsonl(out)} == {"nl"}
    assert main(["generate", "--n", "1", "--local-language", "2", "--out", str(out)]) == 2
    assert "local_language must lie in [0, 1]" in capsys.readouterr().err


def test_labels_are_balanced(docs):
    counts = Counter(s["label"] for d in docs for s in d["spans"])
    assert set(counts) == set(PII_LABELS)
    common = max(v for k, v in counts.items() if k not in ("person", "date"))
    assert min(counts.values()) >= 0.2 * common, counts.most_common()
    zero = sum(not d["spans"] for d in docs) / len(docs)
    assert 0.02 <= zero <= 0.09


def test_lengths_vary_from_a_line_to_pages(docs):
    words = [len(d["text"].split()) for d in docs]
    assert min(words) < 30
    assert sum(w > 1500 for w in words) >= 3
    assert sum(d.get("language", "en") != "en" for d in docs) >= 10


def test_no_near_duplicates(docs):
    skeletons = [skeleton(d["text"], d["spans"]) for d in docs]
    assert len(set(skeletons)) == len(skeletons)
    by_genre: dict[str, list[set]] = {}
    for doc, skel in zip(docs, skeletons):
        tokens = re.findall(r"\w+|[^\w\s]", skel)
        if len(tokens) >= 10:
            by_genre.setdefault(doc["genre"], []).append(shingles(tokens))
    for sets in by_genre.values():
        for i, a in enumerate(sets):
            for b in sets[i + 1 :]:
                assert len(a & b) / len(a | b) < 0.9


def test_identifiers_have_valid_check_digits(docs, test_docs):
    sample = docs + test_docs
    cards = _values(sample, "credit_card_number")
    assert cards and all(luhn_valid(c) for c in cards)
    ibans = _values(sample, "iban")
    assert ibans and all(iban_valid(i) for i in ibans)
    vins = _values(sample, "vin")
    assert vins and all(vin_valid(v) for v in vins)
    imeis = [v for v in _values(sample, "device_id") if re.fullmatch(r"\d{15}|\d{2}-\d{6}-\d{6}-\d", v)]
    assert imeis and all(luhn_valid(v) for v in imeis)
    us_routing = [
        s["text"] for d in sample if d["locale"] == "en_US" for s in d["spans"] if s["label"] == "routing_number"
    ]
    assert us_routing and all(aba_valid(r) for r in us_routing)
    aadhaar = [
        s["text"]
        for d in sample
        if d["locale"] == "en_IN"
        for s in d["spans"]
        if s["label"] == "national_id" and re.fullmatch(r"\d{4}[ -]?\d{4}[ -]?\d{4}", s["text"])
    ]
    assert aadhaar and all(verhoeff_valid(a) for a in aadhaar)
    bsn = [
        s["text"]
        for d in sample
        if d["locale"] == "nl_NL"
        for s in d["spans"]
        if s["label"] == "national_id" and re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", s["text"])
    ]
    assert bsn and all(bsn_valid(b) for b in bsn)


def test_national_ids_cover_many_countries(docs):
    shapes = {
        "uk_nino": r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
        "ca_sin": r"\d{3}[ -]?\d{3}[ -]?\d{3}",
        "in_aadhaar": r"[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}",
        "es_dni": r"([XYZ]-?\d{7}-?|\d{8}-?)[A-Z]",
        "it_cf": r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]",
        "fr_nir": r"[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}",
        "de_id": r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d",
    }
    ids = _values(docs, "national_id")
    found = {name for name, shape in shapes.items() if any(re.fullmatch(shape, v) for v in ids)}
    assert len(found) >= 5, found


def test_hard_negatives_stay_unannotated(docs):
    negative = re.compile(
        r"\b(?:INV|ORD|SKU|TCK|REQ|INC|CLM|PO)-?\d|\bv?\d+\.\d+\.\d+\b|\bHTTP \d{3}\b|status=\d{3}"
        r"|\b[0-9a-f]{7,40}\b|[$€£]\s?\d"
    )
    genres_with_negatives = {d["genre"] for d in docs if negative.search(_outside_spans(d))}
    assert len(genres_with_negatives) >= len(set(d["genre"] for d in docs)) - 2
    relative = re.compile(r"\b(?:yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    assert not [d["id"] for d in docs if relative.search(_outside_spans(d))]


def test_spans_fit_the_default_recipes_span_width(docs, test_docs):
    """The shipped recipe's `max_width` can represent every generated value except PEM key blocks (a
    pattern recognizer's job): a longer gold span would be no training target at all."""
    from pathlib import Path

    from gliner_redact.training.trainer import TrainConfig

    recipe = Path(__file__).resolve().parent.parent / "configs" / "train" / "pii-small.yaml"
    width = TrainConfig.from_yaml(recipe).max_width
    too_long = [
        (s["label"], len(WORD.findall(s["text"])))
        for d in docs + test_docs
        for s in d["spans"]
        if len(WORD.findall(s["text"])) > width and "PRIVATE KEY-----" not in s["text"]
    ]
    assert not too_long


def test_urls_look_like_those_in_logs_and_config_files(docs):
    urls = _values(docs, "url")
    shapes = {
        "scheme-less": lambda u: "://" not in u,
        "connection string": lambda u: re.match(r"(postgres(ql)?|mysql|mongodb\+srv|redis|amqp|sftp)://", u),
        "api endpoint": lambda u: re.match(r"https://api\.", u),
        "webhook": lambda u: "hooks.slack.com/services/" in u or "/webhooks/" in u,
    }
    for name, test in shapes.items():
        assert any(test(u) for u in urls), name
