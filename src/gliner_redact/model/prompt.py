"""Word splitting, tokenizer handling and the label prompt: text -> model input arrays.

Upstream GLiNER splits words with `\\w+(?:[-_]\\w+)*|\\S` and feeds
`[<<ENT>>, label_1, ..., <<ENT>>, label_C, <<SEP>>] + words` to a Hugging Face tokenizer with
`is_split_into_words=True`. We do the same with the `tokenizers` library directly, so inference
needs no `transformers`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from tokenizers import AddedToken, Tokenizer

from .config import GlinerConfig

WORD_PATTERN = re.compile(r"\w+(?:[-_]\w+)*|\S")
FLERT_TOKEN = "[FLERT]"


def split_words(text: str) -> list[tuple[int, int]]:
    """Character (start, end) offsets of the words of `text`, upstream's whitespace splitter."""
    return [m.span() for m in WORD_PATTERN.finditer(text)]


@dataclass
class ModelInputs:
    """One padded batch of windows, as numpy arrays (int64)."""

    input_ids: np.ndarray
    attention_mask: np.ndarray
    word_starts: np.ndarray
    word_ends: np.ndarray
    text_lengths: np.ndarray
    prompt_positions: np.ndarray | None = None
    token_type_ids: np.ndarray | None = None


class GlinerTokenizer:
    """A `tokenizers.Tokenizer` configured for GLiNER prompts (special tokens, no truncation)."""

    def __init__(self, tokenizer: Tokenizer, config: GlinerConfig, model_max_length: int) -> None:
        self.tokenizer = tokenizer
        self.config = config
        self.model_max_length = model_max_length
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self.num_special = tokenizer.num_special_tokens_to_add(is_pair=False)
        self.pad_id = _pad_id(tokenizer)
        if not config.is_bi_encoder:
            self._reconcile_prompt_tokens()

    def _reconcile_prompt_tokens(self) -> None:
        """Upstream's special-token step: add [FLERT], <<ENT>>, <<SEP>> for legacy checkpoints, check otherwise."""
        cfg = self.config
        if cfg.class_token_index == -1 or cfg.vocab_size == -1:
            self.tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in (FLERT_TOKEN, cfg.ent_token, cfg.sep_token)])
            cfg.class_token_index = self.tokenizer.get_vocab_size(with_added_tokens=True) - 2
            cfg.vocab_size = self.tokenizer.get_vocab_size(with_added_tokens=True)
        ent_id = self.tokenizer.token_to_id(cfg.ent_token)
        if ent_id is None:
            raise ValueError(f"tokenizer has no {cfg.ent_token!r} token; the checkpoint's tokenizer files do not match its config")
        if ent_id != cfg.class_token_index:
            raise ValueError(f"class_token_index {cfg.class_token_index} does not match the tokenizer's id {ent_id} for {cfg.ent_token!r}")
        self.ent_id = ent_id

    def word_token_counts(self, words: Sequence[str]) -> list[int]:
        """Number of subtokens each word becomes (0 for words the tokenizer drops, e.g. U+200B)."""
        counts = [0] * len(words)
        if not words:
            return counts
        enc = self.tokenizer.encode(list(words), is_pretokenized=True, add_special_tokens=False)
        for wid in enc.word_ids:
            if wid is not None:
                counts[wid] += 1
        return counts

    def prompt_items(self, labels: Sequence[str]) -> list[str]:
        """`[<<ENT>>, label_1, ..., <<ENT>>, label_C, <<SEP>>]` (uni-encoder only)."""
        items: list[str] = []
        for label in labels:
            items.extend((self.config.ent_token, label))
        items.append(self.config.sep_token)
        return items

    def prompt_length(self, labels: Sequence[str]) -> int:
        """Subtokens the prompt for `labels` takes (0 for bi-encoders)."""
        if self.config.is_bi_encoder:
            return 0
        enc = self.tokenizer.encode(self.prompt_items(labels), is_pretokenized=True, add_special_tokens=False)
        return len(enc.ids)

    def encode(self, windows: Sequence[Sequence[str]], labels: Sequence[str] | None, row_labels: Sequence[Sequence[str]] | None = None) -> ModelInputs:
        """Tokenize word windows into one padded batch.

        Uni-encoders get the label prompt: `labels` shared by every row, or `row_labels` (one
        label list per row, for training; `prompt_positions` is then padded with 0).
        """
        batch = len(windows)
        if self.config.is_bi_encoder:
            prompts: list[list[str]] = [[] for _ in windows]
        elif row_labels is not None:
            prompts = [self.prompt_items(r) for r in row_labels]
        else:
            prompts = [self.prompt_items(labels or [])] * batch
        encodings = self.tokenizer.encode_batch([p + list(w) for p, w in zip(prompts, windows)], is_pretokenized=True, add_special_tokens=True)
        seq = max(len(e.ids) for e in encodings)
        n_words = max(1, max(len(w) for w in windows))
        input_ids = np.full((batch, seq), self.pad_id, dtype=np.int64)
        attention = np.zeros((batch, seq), dtype=np.int64)
        starts = np.zeros((batch, n_words), dtype=np.int64)
        ends = np.ones((batch, n_words), dtype=np.int64)
        lengths = np.array([len(w) for w in windows], dtype=np.int64)
        max_labels = max((len(p) - 1) // 2 for p in prompts) if prompts else 0
        prompt_pos = None if self.config.is_bi_encoder else np.zeros((batch, max_labels), dtype=np.int64)
        type_ids = np.zeros((batch, seq), dtype=np.int64) if self.config.case_signal else None
        shift = 0 if self.config.embed_ent_token else 1
        seen = np.zeros((batch, n_words), dtype=bool)
        for b, (enc, window) in enumerate(zip(encodings, windows)):
            ids = enc.ids
            n_prompt = len(prompts[b])
            if len(ids) > self.model_max_length:
                raise ValueError(f"window of {len(ids)} tokens exceeds the model's {self.model_max_length} positions")
            input_ids[b, : len(ids)] = ids
            attention[b, : len(ids)] = 1
            for t, wid in enumerate(enc.word_ids):
                if wid is None:
                    continue
                if wid < n_prompt:
                    if prompt_pos is not None and wid % 2 == 0 and wid < n_prompt - 1 and ids[t] == self.ent_id:
                        prompt_pos[b, wid // 2] = t + shift
                    continue
                w = wid - n_prompt
                if not seen[b, w]:
                    seen[b, w] = True
                    starts[b, w] = t
                ends[b, w] = t + 1
                if type_ids is not None and window[w][:1].isupper():
                    type_ids[b, t] = 1
        return ModelInputs(input_ids, attention, starts, ends, lengths, prompt_pos, type_ids)


def _pad_id(tokenizer: Tokenizer) -> int:
    padding = json.loads(tokenizer.to_str()).get("padding") or {}
    if "pad_id" in padding:
        return int(padding["pad_id"])
    for candidate in ("[PAD]", "<pad>", "<|pad|>"):
        tid = tokenizer.token_to_id(candidate)
        if tid is not None:
            return tid
    return 0


def load_tokenizer(directory: Path, config: GlinerConfig, *, subfolder: str = "", max_positions: int = 512) -> GlinerTokenizer:
    """Load `tokenizer.json` from a checkpoint folder (or a converted slow tokenizer, with transformers)."""
    folder = directory / subfolder if subfolder else directory
    tok_file = folder / "tokenizer.json"
    if tok_file.exists():
        tokenizer = Tokenizer.from_file(str(tok_file))
    else:
        tokenizer = _convert_slow_tokenizer(folder)
    limit = max_positions
    cfg_file = folder / "tokenizer_config.json"
    if cfg_file.exists():
        declared = json.loads(cfg_file.read_text(encoding="utf-8")).get("model_max_length")
        if isinstance(declared, (int, float)) and 0 < declared < 1e9:
            limit = min(limit, int(declared))
    return GlinerTokenizer(tokenizer, config, limit)


def _convert_slow_tokenizer(folder: Path) -> Tokenizer:
    if not (folder / "tokenizer_config.json").exists():
        raise FileNotFoundError(
            f"no tokenizer files in {folder}: copy the backbone's tokenizer.json and tokenizer_config.json there "
            "(legacy GLiNER checkpoints ship without a tokenizer)"
        )
    try:
        from transformers import AutoTokenizer
    except ImportError as exc:
        raise FileNotFoundError(f"{folder} has no tokenizer.json; install gliner-redact[train] to convert its slow tokenizer") from exc
    return AutoTokenizer.from_pretrained(str(folder)).backend_tokenizer
