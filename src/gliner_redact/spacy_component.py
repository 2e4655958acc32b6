"""spaCy pipeline component "gliner": GLiNER span predictions as `Doc.ents` or `Doc.spans[key]`.

Registered through the `spacy_factories` entry point, so `nlp.add_pipe("gliner")` works without
importing gliner_redact. spaCy imports this module whenever it builds a `Language`, so the model
code is imported lazily, on first use.

    nlp = spacy.blank("en")
    nlp.add_pipe("gliner", config={"labels": ["person", "email"]})
    doc = nlp("Write to Jane Doe at jane@example.org")
"""

import logging
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch

from .labels import DEFAULT_THRESHOLD, presidio_entity, resolve_labels, thresholds as catalogue_thresholds
from .postprocess import refine_entities

if TYPE_CHECKING:
    from .entities import Entity
    from .model import SpanEngine

logger = logging.getLogger(__name__)

STYLES = ("ents", "spans")
MODEL_DIR = "model"
DOCS_PER_BATCH = 64

Scored = Tuple[Span, float]


@Language.factory(
    "gliner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "doc.spans"],
    default_config={
        "model": None,
        "labels": None,
        "threshold": None,
        "thresholds": None,
        "flat_ner": True,
        "style": "ents",
        "spans_key": "sc",
        "overwrite_ents": False,
        "label_map": None,
        "presidio_labels": False,
        "batch_size": 8,
        "engine": "auto",
        "int8": None,
        "threads": None,
        "repeats": False,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_gliner(
    nlp: Language,
    name: str,
    model: Optional[str],
    labels: Optional[Union[List[str], Dict[str, str]]],
    threshold: Optional[float],
    thresholds: Optional[Dict[str, float]],
    flat_ner: bool,
    style: str,
    spans_key: str,
    overwrite_ents: bool,
    label_map: Optional[Dict[str, str]],
    presidio_labels: bool,
    batch_size: int,
    engine: str,
    int8: bool | None,
    threads: Optional[int],
    repeats: bool,
) -> "GlinerComponent":
    """Build the "gliner" component; see `GlinerComponent` for the settings."""
    return GlinerComponent(
        name,
        model=model,
        labels=labels,
        threshold=threshold,
        thresholds=thresholds,
        flat_ner=flat_ner,
        style=style,
        spans_key=spans_key,
        overwrite_ents=overwrite_ents,
        label_map=label_map,
        presidio_labels=presidio_labels,
        batch_size=batch_size,
        engine=engine,
        int8=int8,
        threads=threads,
        repeats=repeats,
    )


class GlinerComponent(Pipe):
    """Finds PII spans with a GLiNER model and writes them to `doc.ents` or `doc.spans[spans_key]`.

    - `model`: checkpoint folder or Hub id; None = the embedded `pii-small`. Loaded on first use.
    - `labels`: names or {name: description}; None = the whole PII catalogue.
    - `threshold`: one score threshold for every label; None = each label's catalogue default.
      `thresholds` overrides it per label.
    - `flat_ner`: non-overlapping predictions (False allows nested spans).
    - `style`: "ents" (merged into `doc.ents`; existing ents win unless `overwrite_ents`) or
      "spans" (replaces the group `doc.spans[spans_key]`, overlaps allowed).
    - `label_map` renames labels on spans; `presidio_labels` uses Presidio entity names instead.
    - `batch_size`: model windows per forward pass; `engine`/`int8`/`threads` choose the runtime.
    - `repeats`: also annotate the other occurrences in the doc of what the model found, and the
      parts of people's names on their own (`gliner_redact.repeats`), as redaction wants; off by
      default, so that `doc.ents` scores the model itself.

    Predicted character spans that cut through a spaCy token are widened to token boundaries;
    a span that matches no token at all is logged (offsets and label only) and counted in
    `unaligned_spans`.
    """

    def __init__(
        self,
        name: str = "gliner",
        *,
        model: Optional[str] = None,
        labels: Optional[Union[List[str], Dict[str, str]]] = None,
        threshold: Optional[float] = None,
        thresholds: Optional[Dict[str, float]] = None,
        flat_ner: bool = True,
        style: str = "ents",
        spans_key: str = "sc",
        overwrite_ents: bool = False,
        label_map: Optional[Dict[str, str]] = None,
        presidio_labels: bool = False,
        batch_size: int = 8,
        engine: str = "auto",
        int8: bool | None = None,
        threads: Optional[int] = None,
        repeats: bool = False,
    ) -> None:
        from .model import ENGINES

        if style not in STYLES:
            raise ValueError(f"gliner: style must be one of {STYLES}, got {style!r}")
        if engine not in ENGINES:
            raise ValueError(f"gliner: engine must be one of {ENGINES}, got {engine!r}")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"gliner: batch_size must be a positive integer, got {batch_size!r}")
        if not isinstance(spans_key, str) or not spans_key:
            raise ValueError(f"gliner: spans_key must be a non-empty string, got {spans_key!r}")
        self.name = name
        self.model_path_or_id = None if model is None else str(model)
        self.label_prompts = resolve_labels(labels)
        self.thresholds = _thresholds(list(self.label_prompts), threshold, thresholds or {})
        self.span_labels = _span_labels(list(self.label_prompts), label_map or {}, presidio_labels)
        self.flat_ner = flat_ner
        self.style = style
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        self.batch_size = batch_size
        self.engine_kind = engine
        self.int8 = int8
        self.threads = threads
        self.repeats = repeats
        self.unaligned_spans = 0
        self._engine: Optional["SpanEngine"] = None
        self._model_dir: Optional[Path] = None
        if not Span.has_extension("score"):
            Span.set_extension("score", default=None)

    @property
    def labels(self) -> Tuple[str, ...]:
        """The labels written on spans (after `label_map` / Presidio mapping), in order, unique."""
        return tuple(dict.fromkeys(self.span_labels.values()))

    @property
    def engine(self) -> "SpanEngine":
        """The prediction engine, loaded on first use."""
        if self._engine is None:
            from .model import load_model

            source = self._model_dir or self.model_path_or_id
            self._engine = load_model(source, engine=self.engine_kind, int8=self.int8, threads=self.threads)
        return self._engine

    def model_dir(self) -> Path:
        """The checkpoint folder the model is (or will be) loaded from."""
        if self._model_dir is not None:
            return self._model_dir
        if self._engine is not None:
            return Path(self._engine.source)
        from .model import default_model_path
        from .model.checkpoint import resolve_checkpoint

        return default_model_path() if self.model_path_or_id is None else resolve_checkpoint(self.model_path_or_id)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one doc (through `pipe`)."""
        processed = list(self.pipe([doc]))
        return processed[0] if processed else doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = DOCS_PER_BATCH) -> Iterator[Doc]:
        """Annotate docs, `batch_size` docs per model call (the engine batches their windows)."""
        error_handler = self.get_error_handler()
        for docs in minibatch(stream, size=batch_size):
            try:
                self.set_annotations(docs, self.predict(docs))
            except Exception as exc:
                error_handler(self.name, self, docs, exc)
                continue
            yield from docs

    def predict(self, docs: Sequence[Doc]) -> List[List["Entity"]]:
        """Entities (char offsets, catalogue label names) for each doc, in one engine call."""
        texts = [doc.text for doc in docs]
        found = self.engine.predict(texts, self.label_prompts, thresholds=self.thresholds, flat_ner=self.flat_ner, batch_size=self.batch_size)
        return [refine_entities(text, entities, repeats=self.repeats) for text, entities in zip(texts, found)]

    def set_annotations(self, docs: Sequence[Doc], entities: Sequence[Sequence["Entity"]]) -> None:
        """Write predicted entities to the docs as spans with `._.score`."""
        for doc, found in zip(docs, entities):
            scored = self._align(doc, found)
            if self.style == "spans":
                doc.spans[self.spans_key] = _with_scores(_dedupe(scored))
            else:
                self._set_ents(doc, _merge_overlaps(doc, scored))

    def _align(self, doc: Doc, found: Sequence["Entity"]) -> List[Scored]:
        scored = []
        for ent in found:
            span = doc.char_span(ent.start, ent.end, label=self.span_labels[ent.label], alignment_mode="expand")
            if span is None or len(span) == 0:
                self.unaligned_spans += 1
                logger.debug("%s: %s span at chars %d-%d covers no spaCy token; not annotated", self.name, ent.label, ent.start, ent.end)
                continue
            scored.append((span, ent.score))
        return scored

    def _set_ents(self, doc: Doc, scored: List[Scored]) -> None:
        if self.overwrite_ents:
            doc.ents = _with_scores(scored)
            return
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        kept = [(span, score) for span, score in scored if taken.isdisjoint(range(span.start, span.end))]
        if len(kept) < len(scored):
            logger.debug("%s: %d predicted spans overlap existing ents and were not added", self.name, len(scored) - len(kept))
        doc.set_ents(_with_scores(kept), default="unmodified")

    def score(self, examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
        """P/R/F of `doc.ents` (style "ents") or of `doc.spans[spans_key]` (style "spans")."""
        if self.style == "spans":
            from spacy.pipeline.spancat import spancat_score

            return spancat_score(examples, spans_key=self.spans_key)
        return get_ner_prf(examples)

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        """Copy the model folder (config, tokenizers, weights, ONNX graphs) to `path/model`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source, target = self.model_dir().resolve(), path / MODEL_DIR
        if target.resolve() == source:
            return
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".cache"))

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> "GlinerComponent":
        """Use the model saved by `to_disk` under `path` (loaded on first use)."""
        self._use_model_dir(Path(path) / MODEL_DIR)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The model folder's files packed with msgpack (as large as the model)."""
        root = self.model_dir()
        files = {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(root).parts
        }
        return srsly.msgpack_dumps({MODEL_DIR: files})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "GlinerComponent":
        """Unpack a `to_bytes` model into a temporary folder (removed with the component) and use it."""
        directory = Path(tempfile.mkdtemp(prefix="gliner-redact-"))
        weakref.finalize(self, shutil.rmtree, directory, True)
        for name, content in srsly.msgpack_loads(data)[MODEL_DIR].items():
            target = (directory / name).resolve()
            if directory.resolve() not in target.parents:
                raise ValueError(f"gliner: refusing to unpack {name!r} outside the model folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        self._use_model_dir(directory)
        return self

    def _use_model_dir(self, directory: Path) -> None:
        from .model.checkpoint import CONFIG_FILE

        if not (directory / CONFIG_FILE).exists():
            raise FileNotFoundError(f"gliner: {directory} holds no saved model ({CONFIG_FILE} missing)")
        self._model_dir = directory
        self._engine = None


def _thresholds(names: List[str], threshold: Optional[float], overrides: Dict[str, float]) -> Dict[str, float]:
    """Per-label thresholds: `overrides`, else `threshold`, else the catalogue default."""
    unknown = sorted(set(overrides) - set(names))
    if unknown:
        raise ValueError(f"gliner: thresholds given for labels that are not in `labels`: {unknown}")
    defaults = catalogue_thresholds()
    result = {}
    for name in names:
        fallback = threshold if threshold is not None else defaults.get(name, DEFAULT_THRESHOLD)
        value = float(overrides.get(name, fallback))
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"gliner: threshold for {name!r} must be between 0 and 1, got {value}")
        result[name] = value
    return result


def _span_labels(names: List[str], label_map: Dict[str, str], presidio_labels: bool) -> Dict[str, str]:
    """Catalogue name -> label written on spans: `label_map`, else Presidio entity or the name."""
    unknown = sorted(set(label_map) - set(names))
    if unknown:
        raise ValueError(f"gliner: label_map names labels that are not in `labels`: {unknown}")
    result = {}
    for name in names:
        if name in label_map:
            result[name] = label_map[name]
        elif presidio_labels:
            try:
                result[name] = presidio_entity(name)
            except KeyError:
                raise ValueError(f"gliner: label {name!r} has no Presidio entity; name one in label_map") from None
        else:
            result[name] = name
    return result


def _merge_overlaps(doc: Doc, scored: List[Scored]) -> List[Scored]:
    """Flat spans for `doc.ents`: spans sharing tokens become their union (best member's label)."""
    merged: List[Tuple[int, int, str, float]] = []
    for span, score in sorted(scored, key=lambda pair: (pair[0].start, -pair[0].end)):
        if merged and span.start < merged[-1][1]:
            start, end, label, best = merged[-1]
            if score > best:
                label, best = span.label_, score
            merged[-1] = (start, max(end, span.end), label, best)
        else:
            merged.append((span.start, span.end, span.label_, score))
    return [(Span(doc, start, end, label=label), score) for start, end, label, score in merged]


def _dedupe(scored: List[Scored]) -> List[Scored]:
    """One span per (tokens, label), keeping the best score; sorted by position."""
    best: Dict[Tuple[int, int, str], Scored] = {}
    for span, score in scored:
        key = (span.start, span.end, span.label_)
        if key not in best or score > best[key][1]:
            best[key] = (span, score)
    return sorted(best.values(), key=lambda pair: (pair[0].start, pair[0].end))


def _with_scores(scored: List[Scored]) -> List[Span]:
    """Set `._.score` (spaCy keys it by character offsets) and return the spans."""
    for span, score in scored:
        span._.score = score
    return [span for span, _ in scored]
