"""`GlinerRedactRecognizer`: a Presidio `EntityRecognizer` backed by a gliner-redact span model.

The model reads the catalogue descriptions of the labels behind the requested Presidio
entities and its spans come back as `RecognizerResult`s. The model is loaded on the first
analysis and shared by every recognizer of the process that names the same model, engine
and int8 setting. `precomputed()` runs many texts through one model call so that
`AnalyzerEngine.analyze` can then be called per text (see `GlinerBatchAnalyzer`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeGuard

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gliner_redact import __version__
from gliner_redact.entities import Entity
from gliner_redact.labels import CATALOGUE, DEFAULT_THRESHOLD, resolve_labels
from gliner_redact.model import SpanEngine
from gliner_redact.postprocess import refine_entities

from .model_cache import ModelRef, model_name, shared_model
from .sources import family, validate_sources

MODEL_LABEL_KEY = "model_label"

# (recognizer id, text) -> (labels the prediction covered, entities); set by `precomputed()`.
_Prediction = tuple[frozenset[str], list[Entity]]
_PRECOMPUTED: ContextVar[Mapping[tuple[str, str], _Prediction] | None] = ContextVar("gliner_redact_precomputed", default=None)


class GlinerRedactRecognizer(EntityRecognizer):
    """Find PII with a gliner-redact model and report it under Presidio entity names.

    - `model`: a checkpoint folder or Hub id (None: the embedded `pii-small`); `engine`, `int8`,
      `threads` go to `gliner_redact.model.load_model`.
    - `entity_mapping`: model label -> Presidio entity (default: the whole catalogue, e.g.
      `city` -> `LOCATION`); labels outside the catalogue are allowed and read as written,
      or as `descriptions[label]`.
    - `sources`: Presidio entity -> `model` | `patterns` | `both`. Entities marked `patterns`
      are left to pattern recognizers; for `both`, a model span is dropped when another
      recognizer reports an overlapping span of the same entity (or its country-specific
      variant) with at least the model's score.
    - `supported_entities`: the entities the model reports (default: every mapped entity not
      marked `patterns`).
    - `threshold` / `thresholds`: minimum model score; `thresholds` is keyed by label or entity
      (a label key wins). Default: each catalogue label's threshold.
    - `repeats`: also report the other occurrences in the text of what the model found, and the
      parts of people's names on their own (`gliner_redact.repeats`); on by default.
    """

    def __init__(
        self,
        supported_entities: list[str] | None = None,
        name: str | None = None,
        supported_language: str = "en",
        version: str = __version__,
        context: list[str] | None = None,
        *,
        model: ModelRef = None,
        engine: str = "auto",
        int8: bool | None = None,
        threads: int | None = None,
        entity_mapping: Mapping[str, str] | None = None,
        descriptions: Mapping[str, str] | None = None,
        sources: Mapping[str, str] | None = None,
        threshold: float | None = None,
        thresholds: Mapping[str, float] | None = None,
        flat_ner: bool = True,
        batch_size: int = 8,
        repeats: bool = True,
    ) -> None:
        self.model = model
        self.engine_name = engine
        self.int8 = int8
        self.threads = threads
        self.flat_ner = flat_ner
        self.batch_size = batch_size
        self.repeats = repeats
        self.mapping = dict(entity_mapping) if entity_mapping else {s.name: s.presidio_entity for s in CATALOGUE.values()}
        self.descriptions = _descriptions(self.mapping, descriptions or {})
        self.sources = validate_sources(sources or {})
        self.thresholds = _label_thresholds(self.mapping, threshold, thresholds or {})
        self._engine: SpanEngine | None = None
        super().__init__(
            supported_entities=_supported(self.mapping, self.sources, supported_entities),
            name=name,
            supported_language=supported_language,
            version=version,
            context=context,
        )

    def load(self) -> None:
        """Nothing to do here: the model is loaded by the first analysis (see `engine`)."""

    @property
    def engine(self) -> SpanEngine:
        """The shared model engine, loaded on first use."""
        if self._engine is None:
            self._engine = shared_model(self.model, engine=self.engine_name, int8=self.int8, threads=self.threads)
        return self._engine

    @property
    def model_name(self) -> str:
        """The model's short name, as explanations print it."""
        return model_name(self.model)

    def labels_for(self, entities: Iterable[str] | None = None) -> list[str]:
        """The model labels needed for `entities` (None or empty: every supported entity)."""
        wanted = set(self.supported_entities)
        if entities:
            wanted &= set(entities)
        return [label for label, entity in self.mapping.items() if entity in wanted]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Model spans for the requested entities in `text` (a precomputed prediction when there is one)."""
        labels = self.labels_for(entities)
        if not labels:
            return []
        hit = (_PRECOMPUTED.get() or {}).get((self.id, text))
        if _covers(hit, labels):
            found = [e for e in hit[1] if e.label in labels]
        else:
            found = self._predict([text], labels)[0]
        return self._results(found)

    def analyze_batch(self, texts: Sequence[str], entities: list[str] | None = None, language: str = "en") -> list[list[RecognizerResult]]:
        """This recognizer's results for many texts from one batched model call."""
        labels = self.labels_for(entities)
        if language != self.supported_language or not labels:
            return [[] for _ in texts]
        return [self._results(found) for found in self._predict(list(texts), labels)]

    @contextmanager
    def precomputed(self, texts: Iterable[str], entities: list[str] | None = None) -> Iterator[None]:
        """Within this block, `analyze` answers for `texts` from one batched model call made now."""
        labels = self.labels_for(entities)
        cache = _PRECOMPUTED.get() or {}
        missing = [t for t in dict.fromkeys(texts) if not _covers(cache.get((self.id, t)), labels)]
        if not labels or not missing:
            yield
            return
        found = self._predict(missing, labels)
        token = _PRECOMPUTED.set({**cache, **{(self.id, t): (frozenset(labels), f) for t, f in zip(missing, found)}})
        try:
            yield
        finally:
            _PRECOMPUTED.reset(token)

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Drop model spans of `both` entities that another recognizer reports at least as confidently."""
        return [
            mine
            for mine in raw_recognizer_results
            if self.sources.get(mine.entity_type) != "both"
            or not any(_outranks(other, mine) for other in other_raw_recognizer_results)
        ]

    def _predict(self, texts: list[str], labels: list[str]) -> list[list[Entity]]:
        found = self.engine.predict(
            texts,
            {label: self.descriptions[label] for label in labels},
            thresholds={label: self.thresholds[label] for label in labels},
            flat_ner=self.flat_ner,
            batch_size=self.batch_size,
        )
        return [refine_entities(text, entities, repeats=self.repeats) for text, entities in zip(texts, found)]

    def _results(self, found: list[Entity]) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=self.mapping[e.label],
                start=e.start,
                end=e.end,
                score=float(e.score),
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name,
                    original_score=float(e.score),
                    textual_explanation=f"gliner-redact model '{self.model_name}' label '{e.label}' score {e.score:.2f}",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    MODEL_LABEL_KEY: e.label,
                },
            )
            for e in found
        ]


def _descriptions(mapping: Mapping[str, str], given: Mapping[str, str]) -> dict[str, str]:
    unknown = set(given) - set(mapping)
    if unknown:
        raise ValueError(f"descriptions given for labels that are not mapped: {sorted(unknown)}")
    return {**resolve_labels(list(mapping)), **given}


def _label_thresholds(mapping: Mapping[str, str], threshold: float | None, given: Mapping[str, float]) -> dict[str, float]:
    unknown = set(given) - set(mapping) - set(mapping.values())
    if unknown:
        raise ValueError(f"thresholds given for unknown labels or entities: {sorted(unknown)}")

    def default(label: str) -> float:
        if threshold is not None:
            return threshold
        return CATALOGUE[label].threshold if label in CATALOGUE else DEFAULT_THRESHOLD

    return {label: float(given.get(label, given.get(entity, default(label)))) for label, entity in mapping.items()}


def _supported(mapping: Mapping[str, str], sources: Mapping[str, str], chosen: list[str] | None) -> list[str]:
    mapped = list(dict.fromkeys(mapping.values()))
    if chosen is None:
        entities = [e for e in mapped if sources.get(e, "model") != "patterns"]
    else:
        unknown = set(chosen) - set(mapped)
        if unknown:
            raise ValueError(f"supported_entities not produced by any mapped label: {sorted(unknown)}")
        entities = [e for e in mapped if e in chosen]
    if not entities:
        raise ValueError("the recognizer reports no entity: check supported_entities, entity_mapping and sources")
    return entities


def _covers(prediction: _Prediction | None, labels: list[str]) -> TypeGuard[_Prediction]:
    return prediction is not None and prediction[0].issuperset(labels)


def _outranks(other: RecognizerResult, mine: RecognizerResult) -> bool:
    return (
        family(other.entity_type) == mine.entity_type
        and other.start < mine.end
        and mine.start < other.end
        and other.score >= mine.score
    )
