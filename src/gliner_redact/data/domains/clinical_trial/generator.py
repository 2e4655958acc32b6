"""Clinical-trial document generation: round-robin document types and locales, per-document seeding, the
generator's span checks and near-duplicate filter, counts."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from faker import Faker

from ...context import Context
from ...dedup import NearDuplicateFilter
from ...generator import resolve_locales
from ...locales import LOCALE_SPECS, LOCALES
from ..checks import domain_problems
from .labels import NEW_LABELS
from .slots import TRIAL_SLOTS
from .trial import new_trial
from .writers import WRITERS

DOC_TYPES: tuple[str, ...] = tuple(WRITERS)
"""Every clinical-trial document type (the `genre` of a document)."""

HELD_OUT_DOC_TYPES: tuple[str, ...] = ("drug_accountability_log", "irb_letter")
"""Document types only the test split uses."""

SPLITS = ("train", "test")
_SIZE_WEIGHTS = (0.15, 0.4, 0.3, 0.15)
_EPOCH = dt.date(2019, 1, 1)
_MAX_ATTEMPTS = 20


@dataclass
class TrialStats:
    """Counts gathered while generating (never values)."""

    doc_types: Counter = field(default_factory=Counter)
    locales: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    documents: int = 0
    words: int = 0
    max_words: int = 0
    dropped_invalid: int = 0
    invalid_reasons: Counter = field(default_factory=Counter)
    dropped_near_duplicates: int = 0
    forced_duplicates: int = 0

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "documents": self.documents,
            "words": self.words,
            "mean_words": round(self.words / max(self.documents, 1)),
            "max_words": self.max_words,
            "dropped_invalid": self.dropped_invalid,
            "invalid_reasons": dict(self.invalid_reasons),
            "dropped_near_duplicates": self.dropped_near_duplicates,
            "forced_duplicates": self.forced_duplicates,
            "genres": dict(sorted(self.doc_types.items())),
            "locales": dict(sorted(self.locales.items())),
            "labels": dict(sorted(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


class TrialDocumentGenerator:
    """Clinical-trial documents in a fixed order; document k depends only on the seed, split, locales and k."""

    def __init__(self, seed: int, *, split: str = "train", locales: Sequence[str] | None = None) -> None:
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
        self.seed = seed
        self.split = split
        self.doc_types = DOC_TYPES if split == "test" else tuple(t for t in DOC_TYPES if t not in HELD_OUT_DOC_TYPES)
        self.locales = resolve_locales(locales)
        self.fakers = {code: Faker(code) for code in LOCALES}
        self.dedup = NearDuplicateFilter()
        self.stats = TrialStats()
        self._lcm = math.lcm(len(self.doc_types), len(self.locales))

    def slot(self, k: int) -> tuple[str, str]:
        """(document type, locale) of document k: both round-robin, every pair recurring."""
        return self.doc_types[k % len(self.doc_types)], self.locales[(k + k // self._lcm) % len(self.locales)]

    def _candidate(self, k: int, attempt: int) -> dict:
        doc_type, locale = self.slot(k)
        rng = random.Random(f"clinical_trial:{self.split}:{self.seed}:{k}:{attempt}")
        size = rng.choices(range(len(_SIZE_WEIGHTS)), weights=_SIZE_WEIGHTS, k=1)[0]
        ctx = Context(
            rng,
            self.fakers,
            LOCALE_SPECS[locale],
            language="en",
            now=_EPOCH + dt.timedelta(days=rng.randrange(6 * 365)),
            boost={},
            size=size,
            slot_makers=TRIAL_SLOTS,
        )
        ctx.memo["trial"] = new_trial(ctx)
        text, spans = WRITERS[doc_type](ctx, ctx.memo["trial"]).build()  # type: ignore[arg-type]
        return {
            "id": f"ct-{self.split}-{self.seed}-{k:06d}",
            "text": text,
            "spans": spans,
            "genre": doc_type,
            "locale": locale,
            "language": "en",
        }

    def _next(self, k: int) -> dict:
        fallback = None
        for attempt in range(_MAX_ATTEMPTS):
            doc = self._candidate(k, attempt)
            problems = domain_problems(doc, NEW_LABELS)
            if problems:
                self.stats.dropped_invalid += 1
                self.stats.invalid_reasons.update(p.split(" ", 2)[2] for p in problems)
                continue
            fallback = fallback or doc
            if self.dedup.is_duplicate(doc["text"], doc["spans"]):
                self.stats.dropped_near_duplicates += 1
                continue
            self._record(doc)
            return doc
        if fallback is None:
            raise RuntimeError(f"no valid candidate for document {k} in {_MAX_ATTEMPTS} attempts")
        self.stats.forced_duplicates += 1
        self._record(fallback)
        return fallback

    def _record(self, doc: dict) -> None:
        st = self.stats
        words = len(doc["text"].split())
        st.documents += 1
        st.words += words
        st.max_words = max(st.max_words, words)
        st.doc_types[doc["genre"]] += 1
        st.locales[doc["locale"]] += 1
        st.labels.update(s["label"] for s in doc["spans"])

    def __iter__(self) -> Iterator[dict]:
        """Documents 0, 1, 2, ... without end."""
        k = 0
        while True:
            yield self._next(k)
            k += 1


def generate_trial_documents(
    n: int, seed: int, *, split: str = "train", locales: Sequence[str] | None = None
) -> list[dict]:
    """`n` clinical-trial documents in the generator's JSONL schema (id, text, spans, genre, locale, language).

    Spans carry the `NEW_LABELS` and catalogue labels; every document passes the generator's checks. `split="train"`
    never writes `HELD_OUT_DOC_TYPES`; the split is part of each document's seed. Same arguments, same documents.
    """
    gen = TrialDocumentGenerator(seed, split=split, locales=locales)
    it = iter(gen)
    return [next(it) for _ in range(n)]
