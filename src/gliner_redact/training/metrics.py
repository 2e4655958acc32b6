"""Evaluation metrics over gold and predicted spans: pure functions, no model.

Two families of numbers:

* **Span metrics** — exact match. A prediction is a true positive only when its
  (start, end, label) equals a gold span's; per-label precision/recall/F1 with support,
  micro and macro averages, and a label-agnostic variant matching (start, end) only.
  Spans are matched as multisets: a gold span is matched at most once, so a duplicated
  prediction counts one TP and one FP.
* **Character metrics** — what a redactor cares about. Over the union of gold spans and
  the union of predicted spans, counting **non-whitespace characters only** (so a span's
  inner spaces and line breaks neither help nor hurt):
  redaction recall = gold characters covered by any prediction, whatever its label;
  over-redaction = predicted characters outside every gold span.

0/0 conventions: precision, recall and F1 with an empty denominator are 0.0; macro
averages over no labels are 0.0; redaction recall with no gold characters is 1.0;
over-redaction with no predicted characters is 0.0.

Gold and predicted spans may be `gliner_redact.entities.Entity` objects or span dicts
(`{"start", "end", "label", ...}`) — either form on either side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from gliner_redact.entities import Entity

SpanLike = Entity | Mapping[str, Any]


class Span(NamedTuple):
    """A span reduced to what the metrics compare."""

    start: int
    end: int
    label: str


def to_span(obj: SpanLike) -> Span:
    """An `Entity` or span dict as a `Span`."""
    if isinstance(obj, Mapping):
        return Span(int(obj["start"]), int(obj["end"]), str(obj["label"]))
    return Span(int(obj.start), int(obj.end), str(obj.label))


def _ratio(num: float, den: float, empty: float = 0.0) -> float:
    return num / den if den else empty


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class SpanCounts:
    """Exact-match counts and the scores derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        """Number of gold spans."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Number of predicted spans."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.support)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class CharCoverage:
    """Non-whitespace character counts behind redaction recall and over-redaction."""

    gold: int = 0
    covered: int = 0
    predicted: int = 0
    outside: int = 0

    @property
    def redaction_recall(self) -> float:
        """Share of gold characters inside some prediction (1.0 when there are none)."""
        return _ratio(self.covered, self.gold, empty=1.0)

    @property
    def over_redaction(self) -> float:
        """Share of predicted characters outside every gold span (0.0 when there are none)."""
        return _ratio(self.outside, self.predicted)

    def __add__(self, other: CharCoverage) -> CharCoverage:
        return CharCoverage(
            self.gold + other.gold,
            self.covered + other.covered,
            self.predicted + other.predicted,
            self.outside + other.outside,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "redaction_recall": self.redaction_recall,
            "over_redaction": self.over_redaction,
            "gold_chars": self.gold,
            "covered_chars": self.covered,
            "predicted_chars": self.predicted,
            "outside_chars": self.outside,
        }


@dataclass(frozen=True)
class LabelScore:
    """One label's span counts and character coverage.

    `chars.gold`/`covered` are this label's gold characters and how many any prediction
    covers; `chars.predicted`/`outside` are this label's predicted characters and how many
    fall outside every gold span (of any label).
    """

    label: str
    spans: SpanCounts
    chars: CharCoverage

    def to_dict(self) -> dict[str, float | int]:
        return {**self.spans.to_dict(), **self.chars.to_dict()}


@dataclass(frozen=True)
class EvaluationReport:
    """Corpus-level results; `per_label` holds every label with gold spans or predictions."""

    documents: int
    per_label: dict[str, LabelScore]
    micro: SpanCounts
    span: SpanCounts
    chars: CharCoverage
    skipped_gold: int = 0
    labels: tuple[str, ...] = field(default_factory=tuple)

    @property
    def macro_precision(self) -> float:
        return _ratio(sum(s.spans.precision for s in self.per_label.values()), len(self.per_label))

    @property
    def macro_recall(self) -> float:
        return _ratio(sum(s.spans.recall for s in self.per_label.values()), len(self.per_label))

    @property
    def macro_f1(self) -> float:
        """Mean of per-label F1 (not the F1 of the mean precision and recall)."""
        return _ratio(sum(s.spans.f1 for s in self.per_label.values()), len(self.per_label))

    @property
    def redaction_recall(self) -> float:
        return self.chars.redaction_recall

    @property
    def over_redaction(self) -> float:
        return self.chars.over_redaction

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready nested dict."""
        return {
            "documents": self.documents,
            "labels": list(self.labels),
            "skipped_gold_spans": self.skipped_gold,
            "micro": self.micro.to_dict(),
            "macro": {
                "precision": self.macro_precision,
                "recall": self.macro_recall,
                "f1": self.macro_f1,
                "labels": len(self.per_label),
            },
            "span": self.span.to_dict(),
            "chars": self.chars.to_dict(),
            "per_label": {name: score.to_dict() for name, score in self.per_label.items()},
        }

    def to_markdown(self) -> str:
        """A summary table and a per-label table (percentages, one decimal)."""
        lines = [
            f"Documents: {self.documents}",
            "",
            "| metric | precision | recall | F1 | support |",
            "|---|---:|---:|---:|---:|",
            _row("micro (exact, labelled)", self.micro.precision, self.micro.recall, self.micro.f1, self.micro.support),
            _row(
                f"macro (exact, labelled, {len(self.per_label)} labels)",
                self.macro_precision,
                self.macro_recall,
                self.macro_f1,
                self.micro.support,
            ),
            _row("spans (exact, any label)", self.span.precision, self.span.recall, self.span.f1, self.span.support),
            "",
            f"Redaction recall: {_pct(self.redaction_recall)}% of {self.chars.gold} gold characters (non-whitespace)  ",
            f"Over-redaction: {_pct(self.over_redaction)}% of {self.chars.predicted} predicted characters",
        ]
        if self.skipped_gold:
            lines.append(f"\nGold spans skipped (label not evaluated): {self.skipped_gold}")
        if self.per_label:
            lines += [
                "",
                "| label | precision | recall | F1 | support | predicted | redaction recall | over-redaction |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for name, score in self.per_label.items():
                s, c = score.spans, score.chars
                redaction = _pct(c.redaction_recall) if c.gold else "-"
                over = _pct(c.over_redaction) if c.predicted else "-"
                lines.append(
                    f"| {name} | {_pct(s.precision)} | {_pct(s.recall)} | {_pct(s.f1)} | {s.support} | {s.predicted} "
                    f"| {redaction} | {over} |"
                )
        return "\n".join(lines) + "\n"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _row(name: str, precision: float, recall: float, f1: float, support: int) -> str:
    return f"| {name} | {_pct(precision)} | {_pct(recall)} | {_pct(f1)} | {support} |"


def match_counts(gold: Iterable[SpanLike], predicted: Iterable[SpanLike], *, ignore_label: bool = False) -> SpanCounts:
    """Exact-match TP/FP/FN for one document (multiset matching); `ignore_label` compares offsets only."""

    def key(span: Span) -> tuple:
        return (span.start, span.end) if ignore_label else span

    gold_keys = Counter(key(to_span(s)) for s in gold)
    pred_keys = Counter(key(to_span(s)) for s in predicted)
    tp = sum((gold_keys & pred_keys).values())
    return SpanCounts(tp, sum(pred_keys.values()) - tp, sum(gold_keys.values()) - tp)


def _mask(length: int, spans: Iterable[Span]) -> np.ndarray:
    mask = np.zeros(length, dtype=bool)
    for span in spans:
        mask[span.start : span.end] = True
    return mask


def _visible(text: str) -> np.ndarray:
    return np.fromiter((not c.isspace() for c in text), dtype=bool, count=len(text))


def char_coverage(text: str, gold: Iterable[SpanLike], predicted: Iterable[SpanLike]) -> CharCoverage:
    """Non-whitespace character coverage of the gold union by the predicted union, for one document."""
    visible = _visible(text)
    gold_mask = _mask(len(text), map(to_span, gold)) & visible
    pred_mask = _mask(len(text), map(to_span, predicted)) & visible
    return _coverage(gold_mask, pred_mask, gold_mask, pred_mask)


def _coverage(gold_mask: np.ndarray, pred_mask: np.ndarray, all_gold: np.ndarray, all_pred: np.ndarray) -> CharCoverage:
    return CharCoverage(
        gold=int(gold_mask.sum()),
        covered=int((gold_mask & all_pred).sum()),
        predicted=int(pred_mask.sum()),
        outside=int((pred_mask & ~all_gold).sum()),
    )


def _checked(spans: Iterable[SpanLike], text: str, where: str) -> list[Span]:
    out = []
    for obj in spans:
        span = to_span(obj)
        if not 0 <= span.start < span.end <= len(text):
            raise ValueError(
                f"{where}: span ({span.start}, {span.end}) is empty or outside a text of {len(text)} characters"
            )
        out.append(span)
    return out


def score_documents(
    documents: Sequence[Mapping[str, Any]],
    predictions: Sequence[Iterable[SpanLike]],
    labels: Iterable[str] | None = None,
) -> EvaluationReport:
    """Score predictions against gold documents (`{"text": ..., "spans": [...]}`).

    `predictions[i]` are the spans predicted for `documents[i]`. With `labels`, only those
    labels are scored: gold spans of other labels are dropped (counted in `skipped_gold`)
    and so are predictions of other labels. `per_label` follows `labels` order, then
    other labels by name.
    """
    if len(documents) != len(predictions):
        raise ValueError(f"{len(documents)} documents but {len(predictions)} prediction lists")
    wanted = None if labels is None else list(dict.fromkeys(labels))
    counts: dict[str, SpanCounts] = {}
    coverage: dict[str, CharCoverage] = {}
    span_total, char_total, skipped = SpanCounts(), CharCoverage(), 0
    for index, (doc, preds) in enumerate(zip(documents, predictions)):
        text = doc["text"]
        gold = _checked(doc.get("spans", ()), text, f"document {index} gold")
        pred = _checked(preds, text, f"document {index} prediction")
        if wanted is not None:
            keep = set(wanted)
            skipped += sum(s.label not in keep for s in gold)
            gold = [s for s in gold if s.label in keep]
            pred = [s for s in pred if s.label in keep]
        span_total += match_counts(gold, pred, ignore_label=True)
        visible = _visible(text)
        all_gold = _mask(len(text), gold) & visible
        all_pred = _mask(len(text), pred) & visible
        char_total += _coverage(all_gold, all_pred, all_gold, all_pred)
        for label in {s.label for s in gold} | {s.label for s in pred}:
            label_gold = [s for s in gold if s.label == label]
            label_pred = [s for s in pred if s.label == label]
            counts[label] = counts.get(label, SpanCounts()) + match_counts(label_gold, label_pred)
            label_cov = _coverage(
                _mask(len(text), label_gold) & visible, _mask(len(text), label_pred) & visible, all_gold, all_pred
            )
            coverage[label] = coverage.get(label, CharCoverage()) + label_cov
    order = [name for name in wanted or () if name in counts] + sorted(set(counts) - set(wanted or ()))
    per_label = {name: LabelScore(name, counts[name], coverage[name]) for name in order}
    micro = sum((score.spans for score in per_label.values()), SpanCounts())
    return EvaluationReport(
        documents=len(documents),
        per_label=per_label,
        micro=micro,
        span=span_total,
        chars=char_total,
        skipped_gold=skipped,
        labels=tuple(wanted) if wanted is not None else tuple(order),
    )
