"""The per-record core of every redaction job: texts in, redacted texts and findings out.

`Redactor` runs the Presidio analyzer built by `gliner_redact.presidio.analyzer_engine()` (the model
plus checksummed pattern recognizers, or the model alone) through `GlinerBatchAnalyzer`, so one
call makes one batched model call, then anonymizes each text with presidio-anonymizer and the
gliner-redact operators. It is what the file jobs, the CLI and the Spark job share.

- A bad record never raises: `None`, a non-string or an over-long text gives
  `RedactionResult(text=None, findings=[], error="...")`. The empty string (and whitespace) is a
  valid record with nothing to find: it comes back unchanged.
- Overlapping detections are resolved before anonymizing (the lower score loses the overlap), so
  the findings are exactly the spans that were replaced, with offsets into the input text.
- Each finding carries a hash of its value: `hmac-sha256:<hex>` keyed with the job key, or plain
  `sha256:<hex>` when there is no key (guessable for short values: give a key). Raw values are
  kept only with `include_values=True`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KEY_ENV = "GLINER_REDACT_KEY"
MIN_KEY_BYTES = 16
LANGUAGE = "en"


class RedactorLoadError(RuntimeError):
    """The model could not be loaded (a bad `model` path or id, a broken checkpoint)."""


@dataclass
class Finding:
    """One replaced (or, for `analyze`, replaceable) span of a text; offsets index the input text."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    operator: str
    value_hash: str
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `value` only when it was kept."""
        data = dataclasses.asdict(self)
        if self.value is None:
            del data["value"]
        return data


@dataclass
class RedactionResult:
    """The outcome for one record: redacted `text` (None for `analyze` and on error) and findings."""

    text: str | None
    findings: list[Finding]
    error: str | None = None


@dataclass
class RedactorSettings:
    """Plain, picklable job settings (built from CLI flags, or a dict / YAML with these keys).

    `model`: checkpoint folder or Hub id (None: the embedded model). `labels`: model labels to look
    for (None: the whole catalogue). `threshold` / `thresholds`: minimum model score, overall and per
    label or entity. `operators`: operator config YAML (None: replace every entity by `<TYPE>`).
    `patterns`: run the pattern recognizers too. `repeats`: also redact the other occurrences of
    what the model found and the parts of people's names (`gliner_redact.repeats`). `include_values`: keep raw values in findings.
    `max_chars`: longer texts are errors. `batch_size`: records per model call in jobs.
    `threads`: inference threads per process (None: the engine's default).
    """

    model: str | None = None
    labels: list[str] | None = None
    threshold: float | None = None
    thresholds: dict[str, float] | None = None
    operators: str | None = None
    patterns: bool = True
    repeats: bool = True
    include_values: bool = False
    max_chars: int = 1_000_000
    batch_size: int = 32
    threads: int | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RedactorSettings:
        """Settings from a mapping; unknown keys are errors."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ValueError(f"unknown settings {unknown}; known: {sorted(names)}")
        settings = cls(**data)
        settings.validate()
        return settings

    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str]) -> RedactorSettings:
        """Settings from a YAML file holding a mapping of these keys."""
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        if not isinstance(data, Mapping):
            raise ValueError(f"{path}: expected a mapping of settings")
        return cls.from_dict(data)

    def validate(self) -> None:
        """Raise ValueError for out-of-range values."""
        if self.labels is not None and (not self.labels or not all(isinstance(x, str) and x.strip() for x in self.labels)):
            raise ValueError("labels must be a non-empty list of names")
        for name, value in [("threshold", self.threshold), *(self.thresholds or {}).items()]:
            if value is not None and not 0.0 <= float(value) <= 1.0:
                raise ValueError(f"threshold for {name} must lie in [0, 1], got {value}")
        if self.max_chars < 1 or self.batch_size < 1 or (self.threads is not None and self.threads < 1):
            raise ValueError("max_chars, batch_size and threads must be positive")


def load_key(key_file: str | os.PathLike[str] | None = None, env: str = KEY_ENV) -> bytes | None:
    """The job's secret key: the text of `key_file` (trailing newline dropped), else `$env`, else None.

    Raises ValueError for a key shorter than 16 bytes or a key file that is not UTF-8 text.
    """
    if key_file is not None:
        raw = Path(key_file).read_bytes().rstrip(b"\r\n")
        source = f"key file {key_file}"
    elif os.environ.get(env):
        raw = os.environ[env].encode("utf-8")
        source = f"${env}"
    else:
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"{source}: the key must be UTF-8 text") from None
    if len(raw) < MIN_KEY_BYTES:
        raise ValueError(f"{source}: the key must be at least {MIN_KEY_BYTES} bytes")
    return raw


def value_hash(value: str, key: bytes | None) -> str:
    """`hmac-sha256:<hex>` of `value` under `key`, or `sha256:<hex>` without a key."""
    data = value.encode("utf-8", "surrogatepass")
    if key is None:
        return "sha256:" + hashlib.sha256(data).hexdigest()
    return "hmac-sha256:" + hmac.new(key, data, hashlib.sha256).hexdigest()


class Redactor:
    """Detect and anonymize PII in batches of texts; the analyzer and model load on first use.

    `key` hashes finding values and keys surrogates (operators without their own key).
    `operator_key` keys surrogates when `key` is None: a job passes one random key to all its
    workers so surrogates agree across processes within the job.
    """

    def __init__(self, settings: RedactorSettings, key: bytes | None = None, *, operator_key: bytes | None = None) -> None:
        settings.validate()
        self.settings = settings
        self.key = key
        self.operator_key = key if key is not None else operator_key
        self._analyzer: Any = None
        self._batch: Any = None
        self._anonymizer: Any = None
        self._operators: dict[str, Any] | None = None
        self._entities: list[str] | None = None
        self._loaded = False
        self._pattern_min = 0.0
        self._model_names: set[str] = set()

    def prepare(self) -> None:
        """Build the analyzer and operators (not the model): config errors raise here (ValueError, OSError)."""
        if self._analyzer is not None:
            return
        from gliner_redact.presidio import GlinerBatchAnalyzer, GlinerRedactRecognizer
        from gliner_redact.presidio.operators import register_operators

        self._operators = self._load_operators()
        self._anonymizer, _ = register_operators()
        self._analyzer, self._entities = _build_analyzer(self.settings)
        # The analyzer's minimum score is for pattern matches; model spans have their own thresholds.
        self._pattern_min = self._analyzer.default_score_threshold
        self._analyzer.default_score_threshold = 0
        self._model_names = {r.name for r in self._analyzer.registry.recognizers if isinstance(r, GlinerRedactRecognizer)}
        self._batch = GlinerBatchAnalyzer(self._analyzer)

    def load(self) -> None:
        """Prepare and load the model now (`RedactorLoadError` when it cannot be loaded)."""
        from gliner_redact.presidio import GlinerRedactRecognizer

        if self._loaded:
            return
        self.prepare()
        for recognizer in self._analyzer.registry.recognizers:
            if isinstance(recognizer, GlinerRedactRecognizer):
                try:
                    recognizer.engine  # noqa: B018  (loads the shared model)
                except Exception as exc:  # noqa: BLE001
                    raise RedactorLoadError(f"cannot load the model {recognizer.model_name!r}: {_describe(exc)}") from exc
        self._loaded = True

    def redact(self, texts: Sequence[object]) -> list[RedactionResult]:
        """Anonymize each text; one batched model call for the valid ones. Never raises for a bad record."""
        return self._run(texts, anonymize=True)

    def analyze(self, texts: Sequence[object]) -> list[RedactionResult]:
        """Findings only (the spans `redact` would replace, with the operator it would use); `text` is None."""
        return self._run(texts, anonymize=False)

    def uses_operator(self, name: str) -> bool:
        """Whether any configured operator is `name` (e.g. `pseudonym`, whose numbering is per process)."""
        self.prepare()
        assert self._operators is not None
        return any(config.operator_name == name for config in self._operators.values())

    def _run(self, texts: Sequence[object], *, anonymize: bool) -> list[RedactionResult]:
        self.load()
        results: list[RedactionResult] = []
        todo: dict[int, str] = {}
        for i, text in enumerate(texts):
            error = self._check(text)
            if error is not None:
                results.append(RedactionResult(None, [], error))
                continue
            assert isinstance(text, str)
            results.append(RedactionResult(text if anonymize else None, []))
            if text.strip():
                todo[i] = text
        for (i, text), detected in zip(todo.items(), self._detect(list(todo.values()))):
            results[i] = detected if isinstance(detected, RedactionResult) else self._finish(text, detected, anonymize)
        return results

    def _check(self, text: object) -> str | None:
        if text is None:
            return "no text (null)"
        if not isinstance(text, str):
            return f"not a string ({type(text).__name__})"
        if len(text) > self.settings.max_chars:
            return f"too long: {len(text)} characters (max_chars {self.settings.max_chars})"
        return None

    def _detect(self, texts: list[str]) -> list[list[Any] | RedactionResult]:
        """Analyzer results per text: one batched call, or per text (to isolate the culprit) if it fails."""
        if not texts:
            return []
        try:
            return list(self._batch.analyze_iterator(texts, language=LANGUAGE, entities=self._entities))
        except Exception:  # noqa: BLE001  (fall back to one call per text below)
            pass
        detected: list[list[Any] | RedactionResult] = []
        for text in texts:
            try:
                detected.append(self._analyzer.analyze(text, language=LANGUAGE, entities=self._entities))
            except Exception as exc:  # noqa: BLE001
                detected.append(RedactionResult(None, [], f"analysis failed: {_describe(exc)}"))
        return detected

    def _finish(self, text: str, detected: list[Any], anonymize: bool) -> RedactionResult:
        from gliner_redact.presidio.operators import resolve_conflicts

        try:
            detected = [r for r in detected if r.score >= self._pattern_min or _recognizer_name(r) in self._model_names]
            spans = resolve_conflicts(text, detected, self._anonymizer)
            findings = [self._finding(text, span, detected) for span in spans]
            if not anonymize:
                return RedactionResult(None, findings)
            redacted = self._anonymizer.anonymize(text, spans, self._operators).text
            return RedactionResult(redacted, findings)
        except Exception as exc:  # noqa: BLE001
            return RedactionResult(None, [], f"anonymization failed: {_describe(exc)}")

    def _finding(self, text: str, span: Any, detected: list[Any]) -> Finding:
        value = text[span.start : span.end]
        return Finding(
            entity_type=span.entity_type,
            start=span.start,
            end=span.end,
            score=round(float(span.score), 4),
            recognizer=_recognizer_of(span, detected),
            operator=self._operator_name(span.entity_type),
            value_hash=value_hash(value, self.key),
            value=value if self.settings.include_values else None,
        )

    def _operator_name(self, entity_type: str) -> str:
        assert self._operators is not None
        config = self._operators.get(entity_type) or self._operators.get("DEFAULT")
        return config.operator_name if config is not None else "replace"

    def _load_operators(self) -> dict[str, Any]:
        from presidio_anonymizer.entities import OperatorConfig

        from gliner_redact.presidio.operators import load_operator_config
        from gliner_redact.presidio.sources import PATTERN_FAMILIES

        environ = dict(os.environ)
        if self.key is not None:
            environ[KEY_ENV] = self.key.decode("utf-8")
        if self.settings.operators is None:
            operators = {"DEFAULT": OperatorConfig("replace")}
        else:
            operators = load_operator_config(self.settings.operators, environ=environ)
        for config in operators.values():
            if config.operator_name == "surrogate" and "key" not in config.params and self.operator_key is not None:
                config.params["key"] = self.operator_key
        for variant, family in PATTERN_FAMILIES.items():  # UK_NINO takes NATIONAL_ID's operator
            if family in operators and variant not in operators:
                operators[variant] = operators[family]
        return operators


def random_key() -> bytes:
    """A fresh 32-byte key (hex text, so it also works where a str key is needed)."""
    return secrets.token_hex(16).encode("ascii")


def label_mapping(labels: Sequence[str]) -> dict[str, str]:
    """Model label -> Presidio entity: the catalogue's entity, or the label in UPPER_SNAKE case."""
    from gliner_redact.labels import CATALOGUE

    mapping = {}
    for label in labels:
        name = label.strip()
        mapping[name] = CATALOGUE[name].presidio_entity if name in CATALOGUE else "_".join(name.upper().split())
    return mapping


def _build_analyzer(settings: RedactorSettings) -> tuple[Any, list[str] | None]:
    """The analyzer for `settings` and the entity list to ask it for (None: everything)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    from gliner_redact.presidio import GlinerRedactRecognizer, analyzer_engine
    from gliner_redact.presidio.sources import PATTERN_FAMILIES

    mapping = label_mapping(settings.labels) if settings.labels else None
    entities = None
    if mapping is not None:
        wanted = set(mapping.values())
        entities = sorted(wanted | {variant for variant, family in PATTERN_FAMILIES.items() if family in wanted})
    options: dict[str, Any] = dict(
        entity_mapping=mapping,
        threshold=settings.threshold,
        thresholds=settings.thresholds,
        threads=settings.threads,
        repeats=settings.repeats,
    )
    if not settings.patterns:
        recognizer = GlinerRedactRecognizer(model=settings.model, **options)
        registry = RecognizerRegistry(recognizers=[recognizer], supported_languages=[LANGUAGE])
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "no_op"}])
        nlp_engine.load()
        return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]), entities
    analyzer = analyzer_engine(model=settings.model)
    recognizers = []
    for old in analyzer.registry.recognizers:
        if not isinstance(old, GlinerRedactRecognizer):
            recognizers.append(old)
            continue
        mapped = mapping or old.mapping
        if all(old.sources.get(entity) == "patterns" for entity in mapped.values()):
            continue  # every requested entity is left to the pattern recognizers
        recognizers.append(
            GlinerRedactRecognizer(
                name=old.name, supported_language=old.supported_language, model=old.model, engine=old.engine_name,
                int8=old.int8, sources=old.sources, flat_ner=old.flat_ner, batch_size=old.batch_size,
                **{**options, "threads": settings.threads or old.threads, "entity_mapping": mapping or old.mapping},
            )
        )
    analyzer.registry.recognizers = recognizers
    return analyzer, entities


def _recognizer_of(span: Any, detected: list[Any]) -> str:
    """The recognizer behind a resolved span: the best-scoring detection of its type that overlaps it."""
    best = max(
        (r for r in detected if r.entity_type == span.entity_type and r.start < span.end and span.start < r.end),
        key=lambda r: r.score,
        default=None,
    )
    return "unknown" if best is None else _recognizer_name(best)


def _recognizer_name(result: Any) -> str:
    from presidio_analyzer import RecognizerResult

    return str((result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))


def _describe(exc: BaseException) -> str:
    """An exception as `Type: message`, shortened (messages of our libraries carry no record text)."""
    return f"{type(exc).__name__}: {exc}"[:300]


__all__ = [
    "KEY_ENV",
    "Finding",
    "RedactionResult",
    "Redactor",
    "RedactorLoadError",
    "RedactorSettings",
    "label_mapping",
    "load_key",
    "random_key",
    "value_hash",
]
