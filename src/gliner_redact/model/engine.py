"""The one prediction interface both engines share: texts + labels -> entities.

Subclasses only turn a padded batch into span logits (`_logits`) and, for bi-encoders, label
token ids into label vectors (`_label_vectors`); windowing, batching, thresholds and decoding
live here so the torch and ONNX Runtime engines give the same answers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
from tokenizers import Tokenizer

from ..entities import Entity
from .config import GlinerConfig
from .decode import Candidate, greedy_select, merge_candidates, window_candidates
from .prompt import GlinerTokenizer, ModelInputs
from .windows import DocumentWords, Window, paragraph_numbers, plan_windows, prepare_document

LabelSpec = Sequence[str] | Mapping[str, str] | str
MAX_PROMPT_SHARE = 0.5
LABEL_CACHE_SIZE = 32


@dataclass
class LabelSet:
    """Returned names and the text the model reads for each (description or the name itself)."""

    names: list[str]
    prompts: list[str]

    @classmethod
    def from_spec(cls, labels: LabelSpec) -> "LabelSet":
        """Normalise a label name, a list of names or a {name: description} mapping (first seen wins)."""
        if isinstance(labels, str):
            labels = [labels]
        pairs: Iterable[tuple[str, str]] = labels.items() if isinstance(labels, Mapping) else ((n, n) for n in labels)
        seen: "OrderedDict[str, str]" = OrderedDict()
        for name, prompt in pairs:
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"label names must be non-empty strings, got {name!r}")
            if not isinstance(prompt, str) or not prompt.strip():
                raise ValueError(f"label {name!r} has an empty description")
            seen.setdefault(name, prompt)
        if not seen:
            raise ValueError("at least one label is required")
        return cls(list(seen), list(seen.values()))


class SpanEngine(ABC):
    """Predicts entity spans with a GLiNER span model; see `predict`."""

    def __init__(self, config: GlinerConfig, tokenizer: GlinerTokenizer, source: Path, labels_tokenizer: Tokenizer | None = None) -> None:
        self.config = config
        self.tokenizer = tokenizer
        self.labels_tokenizer = labels_tokenizer
        self.source = source
        self._label_cache: "OrderedDict[tuple[str, ...], np.ndarray]" = OrderedDict()
        self.forward_calls = 0

    @abstractmethod
    def _logits(self, inputs: ModelInputs, label_vectors: np.ndarray | None) -> np.ndarray:
        """Span logits (B, W, K, C) for one padded batch."""

    def _label_vectors(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """Bi-encoder label vectors (C, D) for tokenized label prompts."""
        raise NotImplementedError

    def label_vectors(self, prompts: Sequence[str]) -> np.ndarray:
        """Bi-encoder label vectors for `prompts`, computed once per label set (LRU cache)."""
        key = tuple(prompts)
        if key in self._label_cache:
            self._label_cache.move_to_end(key)
            return self._label_cache[key]
        assert self.labels_tokenizer is not None
        encodings = self.labels_tokenizer.encode_batch(list(prompts), add_special_tokens=True)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(prompts), length), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, enc in enumerate(encodings):
            ids[i, : len(enc.ids)] = enc.ids
            mask[i, : len(enc.ids)] = 1
        vectors = self._label_vectors(ids, mask)
        self._label_cache[key] = vectors
        if len(self._label_cache) > LABEL_CACHE_SIZE:
            self._label_cache.popitem(last=False)
        return vectors

    @property
    def max_positions(self) -> int:
        """Subword positions one window may use, special tokens included."""
        return self.tokenizer.model_max_length

    def text_budget(self, prompts: Sequence[str]) -> int:
        """Subtokens of text one window may hold next to `prompts`: what the positions leave, capped at the
        checkpoint's `window_tokens` (the training window) when it records one."""
        budget = self.max_positions - self.tokenizer.num_special - self.tokenizer.prompt_length(prompts)
        return min(budget, self.config.window_tokens) if self.config.window_tokens else budget

    def prompt_budget(self) -> int:
        """Subtokens a uni-encoder's label prompt may take: what the checkpoint's `window_tokens` leaves of the
        positions (the split it was trained with), else half of them."""
        text = self.config.window_tokens
        return self.max_positions - self.tokenizer.num_special - text if text else int(self.max_positions * MAX_PROMPT_SHARE)

    def label_groups(self, labels: LabelSet) -> list[list[int]]:
        """Label indices per forward pass: uni-encoder prompts are split so text keeps room.

        A group holds at most `max_types` labels and at most `prompt_budget()` subtokens; a
        bi-encoder scores every label in one pass.
        """
        indices = list(range(len(labels.names)))
        if self.config.is_bi_encoder:
            return [indices]
        budget = self.prompt_budget()
        groups: list[list[int]] = [[]]
        for i in indices:
            trial = groups[-1] + [i]
            too_long = self.tokenizer.prompt_length([labels.prompts[j] for j in trial]) > budget
            if groups[-1] and (len(trial) > self.config.max_types or too_long):
                groups.append([i])
            else:
                groups[-1] = trial
        return groups

    def predict(
        self,
        texts: Sequence[str] | str,
        labels: LabelSpec,
        *,
        threshold: float = 0.5,
        thresholds: Mapping[str, float] | None = None,
        flat_ner: bool = True,
        multi_label: bool = False,
        cross_paragraphs: bool = False,
        batch_size: int = 8,
    ) -> list[list[Entity]]:
        """Entities for each text, with character offsets into the original string.

        `labels` is a list of names or {name: description}; the model reads the description
        and the name is returned. `thresholds` overrides `threshold` per label name. Texts of
        any length are scanned whole in overlapping windows. The model does not see line breaks, so
        a chosen span may run over a blank line ("Toulouse\n\nToulouse"); it is split into one
        entity per paragraph, with its label and score, so redaction keeps the layout of the text.
        `cross_paragraphs=True` keeps it whole, as upstream GLiNER does.
        """
        if isinstance(texts, str):
            texts = [texts]
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text {i} is {type(text).__name__}, expected str")
        label_set = LabelSet.from_spec(labels)
        thresholds = dict(thresholds or {})
        unknown = set(thresholds) - set(label_set.names)
        if unknown:
            raise ValueError(f"thresholds given for labels that are not requested: {sorted(unknown)}")
        docs = [prepare_document(t, self.tokenizer) for t in texts]
        candidates: list[list[Candidate]] = [[] for _ in texts]
        for group in self.label_groups(label_set):
            limits = np.array([thresholds.get(label_set.names[i], threshold) for i in group], dtype=np.float32)
            for doc_index, cands in self._scan([label_set.prompts[i] for i in group], docs, limits, batch_size):
                candidates[doc_index].extend(Candidate(c.start, c.end, group[c.cls], c.score) for c in cands)
        out = []
        for doc, cands in zip(docs, candidates):
            chosen = greedy_select(merge_candidates(cands), flat_ner=flat_ner, multi_label=multi_label)
            out.append(self._entities(doc, chosen if cross_paragraphs else split_at_paragraphs(doc, chosen), label_set))
        return out

    def _scan(self, prompts: list[str], docs: list[DocumentWords], limits: np.ndarray, batch_size: int) -> Iterable[tuple[int, list[Candidate]]]:
        """Run every window of every document for one label group, largest windows first."""
        budget = self.text_budget(prompts)
        if budget < 8:
            raise ValueError("the label prompt leaves no room for text; use fewer or shorter labels")
        max_words = self.config.max_len
        overlap = min(max(2 * self.config.max_width, 48), max_words // 2)
        windows: list[Window] = []
        for i, doc in enumerate(docs):
            windows.extend(plan_windows(i, doc.token_counts, token_budget=budget, max_words=max_words, overlap=overlap))
        windows.sort(key=lambda w: -sum(docs[w.doc].token_counts[w.start : w.end]))
        vectors = self.label_vectors(prompts) if self.config.is_bi_encoder else None
        for b in range(0, len(windows), batch_size):
            chunk = windows[b : b + batch_size]
            inputs = self.tokenizer.encode([docs[w.doc].words[w.start : w.end] for w in chunk], None if vectors is not None else prompts)
            self.forward_calls += 1
            probs = _sigmoid(self._logits(inputs, vectors))
            for row, w in enumerate(chunk):
                yield w.doc, window_candidates(probs[row], w.end - w.start, limits, w.start)

    @staticmethod
    def _entities(doc: DocumentWords, chosen: list[Candidate], labels: LabelSet) -> list[Entity]:
        out = []
        for c in chosen:
            start, end = doc.starts[c.start], doc.ends[c.end]
            out.append(Entity(start, end, labels.names[c.cls], c.score, doc.text[start:end]))
        return out


def split_at_paragraphs(doc: DocumentWords, candidates: list[Candidate]) -> list[Candidate]:
    """Each candidate that runs over a blank line of `doc` becomes one per paragraph it touches, with its
    class and score; a piece equal to another candidate keeps the better score, and the result is sorted by start."""
    paragraphs = paragraph_numbers(doc)
    out: list[Candidate] = []
    for c in candidates:
        first = c.start
        for w in range(c.start + 1, c.end + 2):
            if w > c.end or paragraphs[w] != paragraphs[first]:
                out.append(Candidate(first, w - 1, c.cls, c.score))
                first = w
    return sorted(merge_candidates(out), key=lambda c: (c.start, c.end, c.cls))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x.astype(np.float32), -60.0, 60.0)))
