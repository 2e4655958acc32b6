"""Training examples: annotated documents -> word windows with word-index spans.

Accepts our JSONL documents (`text` + character `spans`) and upstream GLiNER's training format
(`tokenized_text` + `ner` word spans, inclusive). Words come from the same splitter and
tokenizer filtering the inference engine uses, so training sees what inference sees.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..model.prompt import GlinerTokenizer
from ..model.windows import plan_windows, prepare_document


@dataclass
class Example:
    """One training window: words and gold spans `(start_word, end_word_inclusive, label)`."""

    words: list[str]
    spans: list[tuple[int, int, str]]
    token_count: int = 0
    negatives: list[str] = field(default_factory=list)


@dataclass
class ConversionStats:
    """What happened to gold spans while converting documents."""

    documents: int = 0
    windows: int = 0
    spans: int = 0
    misaligned: int = 0
    cut_by_window: int = 0


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; a malformed line raises with its file:line."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: malformed JSON ({exc.msg})") from None
    return records


def documents_to_examples(
    records: Iterable[dict[str, Any]],
    tokenizer: GlinerTokenizer,
    *,
    max_words: int = 256,
    max_tokens: int = 256,
    stats: ConversionStats | None = None,
) -> list[Example]:
    """Cut documents into training windows of at most `max_words` words and `max_tokens` subtokens."""
    stats = stats if stats is not None else ConversionStats()
    out: list[Example] = []
    for record in records:
        stats.documents += 1
        if "tokenized_text" in record:
            out.extend(_from_upstream(record, stats))
            continue
        doc = prepare_document(record["text"], tokenizer)
        start_of = {s: i for i, s in enumerate(doc.starts)}
        end_of = {e: i for i, e in enumerate(doc.ends)}
        word_spans = []
        for span in record.get("spans", []):
            stats.spans += 1
            s, e = start_of.get(span["start"]), end_of.get(span["end"])
            if s is None or e is None or e < s:
                stats.misaligned += 1
                continue
            word_spans.append((s, e, span["label"]))
        for window in plan_windows(0, doc.token_counts, token_budget=max_tokens, max_words=max_words, overlap=0):
            inside = [(s - window.start, e - window.start, lab) for s, e, lab in word_spans if window.start <= s and e < window.end]
            stats.cut_by_window += sum(1 for s, e, _ in word_spans if (s < window.start <= e) or (s < window.end <= e))
            stats.windows += 1
            out.append(Example(doc.words[window.start : window.end], inside, sum(doc.token_counts[window.start : window.end]), list(record.get("negatives", []))))
    return out


def _from_upstream(record: dict[str, Any], stats: ConversionStats) -> list[Example]:
    words = list(record["tokenized_text"])
    spans = [(int(s), int(e), str(label)) for s, e, label in record.get("ner", [])]
    stats.spans += len(spans)
    stats.windows += 1
    return [Example(words, spans, len(words), list(record.get("ner_negatives", [])))]
