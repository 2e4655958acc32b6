"""GLiNER checkpoint configuration: the upstream `gliner_config.json` fields we support."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SUPPORTED_SPAN_MODES = ("markerV0", "marker")
SUPPORTED_POOLING = ("first", "last", "mean", "max")


class UnsupportedCheckpointError(ValueError):
    """The checkpoint uses an upstream feature this engine does not implement."""


@dataclass
class GlinerConfig:
    """Fields of upstream `gliner_config.json` that change the span model's computation.

    Unknown keys are kept in `extra` and written back on save, so a round trip through
    gliner-redact does not lose anything upstream wrote. `max_len` is the most words per window;
    `window_tokens` (a gliner-redact extension, absent upstream) caps the text subtokens per window
    at what the model was trained on, so inference sees windows like its training windows.
    """

    model_name: str = "microsoft/deberta-v3-small"
    encoder_config: dict[str, Any] | None = None
    hidden_size: int = 512
    max_width: int = 12
    span_mode: str = "markerV0"
    dropout: float = 0.4
    subtoken_pooling: str = "first"
    num_rnn_layers: int = 1
    fuse_layers: bool = False
    vocab_size: int = -1
    class_token_index: int = -1
    ent_token: str = "<<ENT>>"
    sep_token: str = "<<SEP>>"
    embed_ent_token: bool = True
    max_len: int = 384
    words_splitter_type: str = "whitespace"
    labels_encoder: str | None = None
    labels_encoder_config: dict[str, Any] | None = None
    post_fusion_schema: str = ""
    num_post_fusion_layers: int = 1
    max_types: int = 25
    max_neg_type_ratio: int = 1
    span_encoder_config: dict[str, Any] | None = None
    precomputed_prompts_mode: bool | None = None
    labels_decoder: str | None = None
    relations_layer: str | None = None
    case_signal: bool = False
    shared_labels_encoder: bool = False
    window_tokens: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_bi_encoder(self) -> bool:
        """True when labels are encoded by a separate label encoder."""
        return self.labels_encoder is not None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "GlinerConfig":
        """Build from a parsed `gliner_config.json`; unknown keys go to `extra`."""
        known = {f.name for f in fields(cls)} - {"extra"}
        kwargs = {k: v for k, v in data.items() if k in known}
        extra = {k: v for k, v in data.items() if k not in known}
        if "num_rnn_layers" not in data:
            kwargs["num_rnn_layers"] = 1
        for key in ("post_fusion_schema",):
            if kwargs.get(key) is None:
                kwargs[key] = ""
        config = cls(**kwargs, extra=extra)
        config.validate()
        return config

    @classmethod
    def from_file(cls, path: str | Path) -> "GlinerConfig":
        """Read a `gliner_config.json` file."""
        with open(path, encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh))

    def to_dict(self) -> dict[str, Any]:
        """The full JSON dict, upstream keys first, then the keys we kept from the source file."""
        data = asdict(self)
        extra = data.pop("extra")
        data.update({k: v for k, v in extra.items() if k not in data})
        data.setdefault("model_type", None)
        return data

    def save(self, path: str | Path) -> None:
        """Write `gliner_config.json`."""
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.to_dict(), fh, indent=2, sort_keys=False)
            fh.write("\n")

    def validate(self) -> None:
        """Raise `UnsupportedCheckpointError` for upstream variants we do not implement."""
        if self.span_mode not in SUPPORTED_SPAN_MODES:
            raise UnsupportedCheckpointError(
                f"span_mode {self.span_mode!r} is not supported (supported: {', '.join(SUPPORTED_SPAN_MODES)})"
            )
        if self.subtoken_pooling not in SUPPORTED_POOLING:
            raise UnsupportedCheckpointError(f"subtoken_pooling {self.subtoken_pooling!r} is not supported")
        if self.words_splitter_type != "whitespace":
            raise UnsupportedCheckpointError(
                f"words_splitter_type {self.words_splitter_type!r} is not supported (only 'whitespace')"
            )
        if self.span_encoder_config:
            raise UnsupportedCheckpointError("span_encoder_config (a span context encoder) is not supported")
        if self.precomputed_prompts_mode:
            raise UnsupportedCheckpointError("precomputed_prompts_mode checkpoints are not supported")
        if self.labels_decoder or self.relations_layer:
            raise UnsupportedCheckpointError("label-decoder and relation-extraction checkpoints are not supported")
        if self.is_bi_encoder and self.post_fusion_schema:
            raise UnsupportedCheckpointError("bi-encoder post_fusion_schema (cross fusion) is not supported")
