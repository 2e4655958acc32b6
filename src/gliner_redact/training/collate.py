"""Label sampling and batch building: examples -> model inputs + span targets."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..model.prompt import GlinerTokenizer, ModelInputs
from .examples import Example


@dataclass
class LabelSampling:
    """How each example's prompt labels are drawn.

    Positives are the example's gold labels; each is dropped with `drop_positive` (its spans
    become negatives, teaching the model to follow the prompt). Negatives come from
    `label_pool`; with `full_prompt_prob` the prompt holds as many labels as fit (the usual
    inference setting: the whole catalogue). A label is shown by its description with
    `description_prob`, else by its bare name, so both work at inference.
    """

    label_pool: Sequence[str]
    descriptions: Mapping[str, str]
    max_types: int = 25
    neg_per_pos: float = 2.0
    full_prompt_prob: float = 0.5
    drop_positive: float = 0.05
    description_prob: float = 0.7


@dataclass
class Batch:
    """Model inputs, per-row label names and targets (B, W, K, C) with a validity mask."""

    inputs: ModelInputs
    row_labels: list[list[str]]
    row_prompts: list[list[str]]
    targets: np.ndarray
    mask: np.ndarray


def sample_labels(example: Example, sampling: LabelSampling, rng: random.Random) -> list[str]:
    """The label names of one example's prompt, shuffled."""
    positives = list(dict.fromkeys(label for _, _, label in example.spans))
    positives = [p for p in positives if rng.random() >= sampling.drop_positive]
    pool = [label for label in sampling.label_pool if label not in positives]
    pool.extend(n for n in example.negatives if n not in pool and n not in positives)
    room = max(0, sampling.max_types - len(positives))
    if rng.random() < sampling.full_prompt_prob:
        count = room
    else:
        count = min(room, int(rng.uniform(0, sampling.neg_per_pos * max(1, len(positives)) + 2)))
    labels = positives[: sampling.max_types] + rng.sample(pool, min(count, len(pool)))
    rng.shuffle(labels)
    return labels or [rng.choice(list(sampling.label_pool))]


def prompt_text(label: str, sampling: LabelSampling, rng: random.Random) -> str:
    """Description or bare name (underscores as spaces) for one label."""
    description = sampling.descriptions.get(label)
    if description and rng.random() < sampling.description_prob:
        return description
    return label.replace("_", " ")


def build_batch(examples: Sequence[Example], tokenizer: GlinerTokenizer, sampling: LabelSampling, rng: random.Random, max_width: int, prompt_budget: int) -> Batch:
    """Sample labels per row, tokenize, and mark gold (start, width, label) targets."""
    row_labels, row_prompts = [], []
    for ex in examples:
        labels = sample_labels(ex, sampling, rng)
        prompts = [prompt_text(label, sampling, rng) for label in labels]
        while not tokenizer.config.is_bi_encoder and len(labels) > 1 and tokenizer.prompt_length(prompts) > prompt_budget:
            gold = {label for _, _, label in ex.spans}
            drop = next((i for i in range(len(labels) - 1, -1, -1) if labels[i] not in gold), len(labels) - 1)
            labels.pop(drop)
            prompts.pop(drop)
        row_labels.append(labels)
        row_prompts.append(prompts)
    inputs = tokenizer.encode([ex.words for ex in examples], None, row_labels=row_prompts)
    batch, n_words = inputs.word_starts.shape
    n_classes = max(len(r) for r in row_labels)
    targets = np.zeros((batch, n_words, max_width, n_classes), dtype=np.float32)
    mask = np.zeros_like(targets, dtype=bool)
    for b, (ex, labels) in enumerate(zip(examples, row_labels)):
        length = len(ex.words)
        index = {label: c for c, label in enumerate(labels)}
        starts = np.arange(n_words)[:, None]
        widths = np.arange(max_width)[None, :]
        mask[b, :, :, : len(labels)] = ((starts + widths) < length)[..., None]
        for s, e, label in ex.spans:
            c = index.get(label)
            if c is not None and 0 <= e - s < max_width and e < length:
                targets[b, s, e - s, c] = 1.0
    return Batch(inputs, row_labels, row_prompts, targets, mask)
