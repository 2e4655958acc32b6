"""Span scores -> entities: thresholding and upstream's greedy flat / nested / multi-label selection."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Candidate:
    """A scored span in word indices (`end` inclusive) with a class index."""

    start: int
    end: int
    cls: int
    score: float


def window_candidates(probs: np.ndarray, n_words: int, thresholds: np.ndarray, offset: int) -> list[Candidate]:
    """Spans of one window whose probability beats its class threshold (strict `>`).

    `probs` is (W, K, C); spans past the window's `n_words` are ignored; `offset` shifts word
    indices into document coordinates.
    """
    num_classes = thresholds.shape[0]
    probs = probs[:n_words, :, :num_classes]
    hits = np.nonzero(probs > thresholds[None, None, :])
    out = []
    for i, k, c in zip(*hits):
        if i + k < n_words:
            out.append(Candidate(int(i) + offset, int(i + k) + offset, int(c), float(probs[i, k, c])))
    return out


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best score of duplicates (the same span and class seen by overlapping windows)."""
    best: dict[tuple[int, int, int], Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end, cand.cls)
        if key not in best or cand.score > best[key].score:
            best[key] = cand
    return list(best.values())


def greedy_select(candidates: list[Candidate], *, flat_ner: bool = True, multi_label: bool = False) -> list[Candidate]:
    """Upstream's greedy decoding: best score first, skipping conflicts, result sorted by start.

    Ties are broken as upstream's stable sort does: start, then width, then class.
    Flat: overlapping spans conflict. Nested: only crossing spans conflict. The same span
    with another class conflicts unless `multi_label`.
    """
    order = sorted(candidates, key=lambda c: (-c.score, c.start, c.end - c.start, c.cls))
    chosen: list[Candidate] = []
    if flat_ner:
        owner: dict[int, tuple[int, int]] = {}
        for cand in order:
            span = (cand.start, cand.end)
            owners = {owner.get(w) for w in range(cand.start, cand.end + 1)} - {None}
            if owners and (not multi_label or owners != {span}):
                continue
            for w in range(cand.start, cand.end + 1):
                owner[w] = span
            chosen.append(cand)
    else:
        for cand in order:
            if not any(_nested_conflict(cand, other, multi_label) for other in chosen):
                chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _nested_conflict(a: Candidate, b: Candidate, multi_label: bool) -> bool:
    if (a.start, a.end) == (b.start, b.end):
        return not multi_label
    intersect = a.start <= b.end and b.start <= a.end
    contains = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return intersect and not contains
