"""The PyTorch engine: any checkpoint, training, GPU when present."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import torch

from .checkpoint import build_network, load_config, read_state_dict, resolve_checkpoint, save_checkpoint
from .engine import SpanEngine
from .network import GlinerNetwork
from .prompt import GlinerTokenizer, ModelInputs, load_tokenizer


class TorchEngine(SpanEngine):
    """Runs a `GlinerNetwork` with torch."""

    def __init__(self, network: GlinerNetwork, tokenizer: GlinerTokenizer, source: Path, labels_tokenizer=None, device: str = "cpu") -> None:
        super().__init__(network.config, tokenizer, source, labels_tokenizer)
        self.device = torch.device(device)
        self.network = network.to(self.device).eval()

    @classmethod
    def from_pretrained(cls, path_or_id: str | os.PathLike[str], *, device: str | None = None, local_files_only: bool = False) -> "TorchEngine":
        """Load an upstream-format checkpoint folder or Hub id."""
        directory = resolve_checkpoint(path_or_id, local_files_only=local_files_only)
        config = load_config(directory)
        tokenizer = load_tokenizer(directory, config, max_positions=_max_positions(config.encoder_config))
        state = read_state_dict(directory)
        network = build_network(config, state)
        labels_tokenizer = None
        if config.is_bi_encoder:
            loaded = load_tokenizer(directory, config, subfolder="labels_tokenizer")
            labels_tokenizer = loaded.tokenizer
            labels_tokenizer.enable_truncation(loaded.model_max_length)
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        return cls(network, tokenizer, directory, labels_tokenizer, device=device)

    def _tensor(self, array: np.ndarray | None) -> torch.Tensor | None:
        return None if array is None else torch.from_numpy(array).to(self.device)

    def _logits(self, inputs: ModelInputs, label_vectors: np.ndarray | None) -> np.ndarray:
        with torch.inference_mode():
            logits = self.network(
                self._tensor(inputs.input_ids),
                self._tensor(inputs.attention_mask),
                self._tensor(inputs.word_starts),
                self._tensor(inputs.word_ends),
                self._tensor(inputs.text_lengths),
                prompt_positions=self._tensor(inputs.prompt_positions),
                label_embeddings=self._tensor(label_vectors),
                token_type_ids=self._tensor(inputs.token_type_ids),
            )
        return logits.float().cpu().numpy()

    def _label_vectors(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            return self.network.encode_labels(self._tensor(input_ids), self._tensor(attention_mask)).float().cpu().numpy()

    def save_pretrained(self, directory: str | os.PathLike[str], *, dtype: torch.dtype | None = None) -> Path:
        """Write an upstream-format checkpoint (safetensors; `dtype=torch.float16` halves it).

        Upstream `gliner` loads it, except a shared label encoder (our extension).
        """
        labels_source = self.source / "labels_tokenizer" if self.config.is_bi_encoder else None
        return save_checkpoint(
            self.network,
            directory,
            tokenizer_source=self.source,
            tokenizer_json=self.tokenizer.tokenizer.to_str(),
            labels_tokenizer_source=labels_source,
            dtype=dtype,
        )


def _max_positions(encoder_config: dict | None) -> int:
    value = (encoder_config or {}).get("max_position_embeddings") or 512
    return int(value)
