"""Document generation: stratified genre/locale schedule, per-document seeding, validation, dedup, balancing."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from faker import Faker

from .balance import LabelBalancer
from .blank import blank_document
from .builder import DocBuilder
from .context import Context
from .dedup import NearDuplicateFilter
from .focus import choose_focus
from .genres import LOCALISED, WRITERS
from .locales import LOCALE_SPECS, LOCALES
from .slots import SLOT_MAKERS
from .validate import document_problems

GENRES: tuple[str, ...] = tuple(WRITERS)
"""Every genre the generator can write."""

HELD_OUT_GENRES: tuple[str, ...] = ("travel_booking", "vehicle_rental")
"""Genres reserved for the test split: `split="train"` never produces them."""

SPLITS = ("train", "test")
_SIZE_WEIGHTS = (0.2, 0.44, 0.255, 0.075, 0.03)
_EPOCH = dt.date(2019, 1, 1)
_LONG_WORDS = 1600
_MAX_ATTEMPTS = 60
_CAPS = {"person": 2.5, "date": 2.0}
_REJECT_POWER = 2.0
LOCAL_LANGUAGE = 0.5
"""Default share of non-English-locale documents of a `LOCALISED` genre written in the locale's language."""


@dataclass
class GenerationStats:
    """Counts gathered while generating."""

    genres: Counter = field(default_factory=Counter)
    locales: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    documents: int = 0
    zero_pii: int = 0
    words: int = 0
    words_by_genre: Counter = field(default_factory=Counter)
    long_documents: int = 0
    dropped_duplicates: int = 0
    dropped_invalid: int = 0
    invalid_reasons: Counter = field(default_factory=Counter)
    rejected_for_balance: int = 0
    dropped_duplicates_by_genre: Counter = field(default_factory=Counter)
    forced_duplicates: int = 0

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "documents": self.documents,
            "words": self.words,
            "zero_pii_documents": self.zero_pii,
            "documents_over_1500_words": self.long_documents,
            "dropped_near_duplicates": self.dropped_duplicates,
            "dropped_near_duplicates_by_genre": dict(sorted(self.dropped_duplicates_by_genre.items())),
            "dropped_invalid": self.dropped_invalid,
            "invalid_reasons": dict(self.invalid_reasons),
            "rejected_for_balance": self.rejected_for_balance,
            "forced_duplicates": self.forced_duplicates,
            "genres": dict(sorted(self.genres.items())),
            "mean_words_by_genre": {g: round(self.words_by_genre[g] / n) for g, n in sorted(self.genres.items())},
            "locales": dict(sorted(self.locales.items())),
            "languages": dict(sorted(self.languages.items())),
            "labels": dict(sorted(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


def resolve_genres(
    split: str = "train", genres: Sequence[str] | None = None, exclude_genres: Sequence[str] | None = None
) -> tuple[str, ...]:
    """The genres a split may use: train excludes `HELD_OUT_GENRES`; explicit lists are checked against that."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    chosen = tuple(genres) if genres else GENRES
    excluded = set(exclude_genres or ())
    unknown = [g for g in (*chosen, *sorted(excluded)) if g not in WRITERS]
    if unknown:
        raise ValueError(f"unknown genres: {unknown}; known: {list(GENRES)}")
    if split == "train":
        if genres and any(g in HELD_OUT_GENRES for g in genres):
            raise ValueError(f"held-out genres {list(HELD_OUT_GENRES)} cannot be generated for the train split")
        chosen = tuple(g for g in chosen if g not in HELD_OUT_GENRES)
    chosen = tuple(g for g in chosen if g not in excluded)
    if not chosen:
        raise ValueError("no genres left to generate")
    return chosen


def resolve_locales(locales: Sequence[str] | None = None) -> tuple[str, ...]:
    """The locales to use (all by default), checked."""
    chosen = tuple(locales) if locales else LOCALES
    unknown = [loc for loc in chosen if loc not in LOCALE_SPECS]
    if unknown:
        raise ValueError(f"unknown locales: {unknown}; known: {list(LOCALES)}")
    return chosen


class DocumentGenerator:
    """Generates documents in a fixed order; document k depends only on the seed, split, filters and k."""

    def __init__(
        self,
        seed: int,
        *,
        split: str = "train",
        genres: Sequence[str] | None = None,
        locales: Sequence[str] | None = None,
        exclude_genres: Sequence[str] | None = None,
        zero_pii_rate: float = 0.05,
        local_language: float = LOCAL_LANGUAGE,
    ) -> None:
        if not 0.0 <= local_language <= 1.0:
            raise ValueError(f"local_language must lie in [0, 1], got {local_language}")
        self.seed = seed
        self.split = split
        self.genres = resolve_genres(split, genres, exclude_genres)
        self.locales = resolve_locales(locales)
        self.zero_pii_rate = zero_pii_rate
        self.local_language = local_language
        self.fakers = {code: Faker(code) for code in LOCALES}
        self.balancer = LabelBalancer(caps=_CAPS)
        self.dedup = NearDuplicateFilter()
        self.stats = GenerationStats()
        self._lcm = math.lcm(len(self.genres), len(self.locales))

    def slot(self, k: int) -> tuple[str, str]:
        """(genre, locale) of accepted document k: both round-robin, with every pair covered over time."""
        return self.genres[k % len(self.genres)], self.locales[(k + k // self._lcm) % len(self.locales)]

    def _candidate(self, k: int, attempt: int) -> dict:
        genre, locale = self.slot(k)
        rng = random.Random(f"{self.split}:{self.seed}:{k}:{attempt}")
        slot_rng = random.Random(f"{self.split}:{self.seed}:{k}")
        blank = slot_rng.random() < self.zero_pii_rate
        size = slot_rng.choices(range(len(_SIZE_WEIGHTS)), weights=_SIZE_WEIGHTS, k=1)[0]
        spec = LOCALE_SPECS[locale]
        language = "en"
        if genre in LOCALISED and spec.language != "en" and rng.random() < self.local_language:
            language = spec.language
        now = _EPOCH + dt.timedelta(days=rng.randrange(7 * 365))
        focus = choose_focus(rng, genre, self.balancer.boost, rng.randint(3, 5 + size))
        ctx = Context(
            rng,
            self.fakers,
            spec,
            language=language,
            now=now,
            boost=self.balancer.boost,
            size=size,
            slot_makers=SLOT_MAKERS,
            focus=focus,
        )
        builder = blank_document(ctx, genre) if blank else self._write(ctx, genre)
        text, spans = builder.build()
        doc_id = f"{self.split}-{self.seed}-{k:07d}"
        return {"id": doc_id, "text": text, "spans": spans, "genre": genre, "locale": locale, "language": language}

    @staticmethod
    def _write(ctx: Context, genre: str) -> DocBuilder:
        """One document; the longest size class keeps appending parts (pages, further messages, more records)
        until it passes `_LONG_WORDS` words."""
        builder = WRITERS[genre](ctx)
        part = 1
        while ctx.size == len(_SIZE_WEIGHTS) - 1 and len(builder.text.split()) < _LONG_WORDS and part < 10:
            part += 1
            builder.gap().add(ctx.choice(("", "\f", f"--- page {part} ---\n\n", "* * *\n\n", "")))
            builder.embed(WRITERS[genre](ctx))
        return builder

    def __iter__(self) -> Iterator[dict]:
        """Documents 0, 1, 2, ... without end; take as many as needed."""
        k = 0
        while True:
            yield self._next(k)
            k += 1

    def _next(self, k: int) -> dict:
        """Accepted document k: candidates are drawn until one is valid, kept by the balancer and not a duplicate."""
        fallback = None
        for attempt in range(_MAX_ATTEMPTS):
            doc = self._candidate(k, attempt)
            problems = document_problems(doc)
            if problems:
                self.stats.dropped_invalid += 1
                self.stats.invalid_reasons.update(p.split(" ", 2)[2] for p in problems)
                continue
            fallback = doc
            keep_rng = random.Random(f"{doc['id']}:{attempt}")
            if attempt < _MAX_ATTEMPTS // 2 and not self._keep_for_balance(doc, keep_rng):
                self.stats.rejected_for_balance += 1
                continue
            if self.dedup.is_duplicate(doc["text"], doc["spans"]):
                self.stats.dropped_duplicates += 1
                self.stats.dropped_duplicates_by_genre[doc["genre"]] += 1
                continue
            self._record(doc)
            return doc
        if fallback is None:
            raise RuntimeError(f"no valid candidate for document {k} in {_MAX_ATTEMPTS} attempts")
        self.stats.forced_duplicates += 1
        self._record(fallback)
        return fallback

    def _keep_for_balance(self, doc: dict, rng: random.Random) -> bool:
        """Rejection sampling: documents made mostly of over-represented labels are often redrawn."""
        spans = doc["spans"]
        if not spans:
            return True
        boost = self.balancer.boost
        mean_log = sum(math.log(boost[s["label"]]) for s in spans) / len(spans)
        return rng.random() < min(1.0, math.exp(_REJECT_POWER * mean_log))

    def _record(self, doc: dict) -> None:
        labels = [s["label"] for s in doc["spans"]]
        self.balancer.update(labels)
        st = self.stats
        st.documents += 1
        st.genres[doc["genre"]] += 1
        st.locales[doc["locale"]] += 1
        st.languages[doc["language"]] += 1
        st.labels.update(labels)
        words = len(doc["text"].split())
        st.words += words
        st.words_by_genre[doc["genre"]] += words
        st.long_documents += words > 1500
        st.zero_pii += not labels


def generate_documents(
    n: int,
    seed: int,
    *,
    split: str = "train",
    genres: Sequence[str] | None = None,
    locales: Sequence[str] | None = None,
    exclude_genres: Sequence[str] | None = None,
    local_language: float = LOCAL_LANGUAGE,
) -> list[dict]:
    """`n` synthetic documents in the JSONL schema (id, text, spans, genre, locale, language).

    `split="train"` (default) never uses `HELD_OUT_GENRES`; `split="test"` uses every genre. The same arguments
    always give the same documents, and the first m of n documents are the documents of a run with n = m.
    `local_language` is the share of non-English-locale documents of a `LOCALISED` genre written in the
    locale's language rather than in English.
    """
    gen = DocumentGenerator(
        seed, split=split, genres=genres, locales=locales, exclude_genres=exclude_genres, local_language=local_language
    )
    it = iter(gen)
    return [next(it) for _ in range(n)]
