"""Run a model over gold documents and score it (see `metrics` for what is measured)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from gliner_redact.entities import Entity
from gliner_redact.labels import LabelsSpec, resolve_labels
from gliner_redact.training.metrics import EvaluationReport, score_documents

DOCUMENTS_PER_CALL = 256


class Predictor(Protocol):
    """The part of the model engine the evaluator uses."""

    def predict(
        self,
        texts: list[str],
        labels: list[str] | dict[str, str],
        *,
        threshold: float = 0.5,
        thresholds: dict[str, float] | None = None,
        batch_size: int = 16,
    ) -> list[list[Entity]]: ...


def read_documents(path: str | Path) -> list[dict[str, Any]]:
    """Read gold documents from JSONL (blank lines skipped); errors name `file:line`, never the text."""
    path = Path(path)
    documents = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: invalid JSON ({error.msg}, column {error.colno})") from None
            problem = _document_problem(doc)
            if problem:
                raise ValueError(f"{path}:{number}: {problem}")
            documents.append(doc)
    return documents


def _document_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "expected a JSON object"
    if not isinstance(doc.get("text"), str):
        return 'missing string field "text"'
    spans = doc.get("spans", [])
    if not isinstance(spans, list):
        return '"spans" must be a list'
    for i, span in enumerate(spans):
        if not isinstance(span, dict) or not isinstance(span.get("label"), str):
            return f'span {i}: expected an object with a string "label"'
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc["text"])):
            return f"span {i}: start/end must be integers with 0 <= start < end <= len(text)"
    return None


def evaluate_model(
    engine: Predictor,
    documents: Sequence[Mapping[str, Any]],
    labels: LabelsSpec = None,
    threshold: float = 0.5,
    thresholds: dict[str, float] | None = None,
    batch_size: int = 16,
) -> EvaluationReport:
    """Predict every document with `engine` and score against the gold spans.

    `labels` takes anything `resolve_labels` does (default: the whole catalogue, with its
    descriptions); only those labels are scored. `threshold`/`thresholds` go to the engine
    unchanged. Documents go to `engine.predict` `DOCUMENTS_PER_CALL` at a time.
    """
    label_map = resolve_labels(labels)
    texts = [doc["text"] for doc in documents]
    predictions: list[list[Entity]] = []
    for start in range(0, len(texts), DOCUMENTS_PER_CALL):
        chunk = texts[start : start + DOCUMENTS_PER_CALL]
        result = engine.predict(chunk, label_map, threshold=threshold, thresholds=thresholds, batch_size=batch_size)
        if len(result) != len(chunk):
            raise RuntimeError(f"engine returned {len(result)} results for {len(chunk)} texts")
        predictions.extend(result)
    return score_documents(documents, predictions, labels=list(label_map))


def plot_label_f1(report: EvaluationReport, path: str | Path) -> None:
    """Save a horizontal bar chart of per-label F1 as PNG (needs matplotlib)."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise RuntimeError("the PNG chart needs matplotlib: pip install matplotlib") from None
    names = list(report.per_label)
    scores = [report.per_label[name].spans.f1 for name in names]
    figure = Figure(figsize=(7, 1.0 + 0.3 * max(len(names), 1)))
    axes = figure.add_subplot()
    axes.barh(names, scores, color="#4472c4")
    axes.invert_yaxis()
    axes.set_xlim(0, 1)
    axes.set_xlabel("F1 (exact match)")
    axes.set_title(f"Per-label F1 (micro {report.micro.f1:.3f}, macro {report.macro_f1:.3f})")
    figure.tight_layout()
    figure.savefig(path, format="png", dpi=100)
