"""The GLiNER span model in torch: encoder wrapper, word/label extraction, BiLSTM, span head, scorer.

Module attribute names mirror upstream GLiNER so `state_dict()` keys are checkpoint compatible
(`token_rep_layer.bert_layer.model.*`, `rnn.lstm.*`, `span_rep_layer.span_rep_layer.*`,
`prompt_rep_layer.*`). The forward pass is written for inference speed and ONNX export:

* words and label slots are gathered with host-computed token positions (no Python loops);
* the span head's first linear layer is applied per word, not per span (it is linear over
  the concatenation of start and end), and when there are fewer labels than hidden units the
  last linear layer is folded into the label vectors, so no (B, W, K, D) tensor is built.
  The dropout between the span MLP's two layers (a per-span (B, W*K, 4D) mask, the costliest
  op of a CPU training step) is not applied; the start, end and label MLPs keep theirs.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from .config import GlinerConfig


def projection(in_dim: int, out_dim: int, dropout: float, expand: int = 4) -> nn.Sequential:
    """Upstream's two-layer MLP: Linear(in, expand*out) -> ReLU -> Dropout -> Linear(expand*out, out)."""
    return nn.Sequential(nn.Linear(in_dim, out_dim * expand), nn.ReLU(), nn.Dropout(dropout), nn.Linear(out_dim * expand, out_dim))


def build_backbone_config(encoder_config: dict[str, Any]) -> Any:
    """A transformers config object from the dict stored in `gliner_config.json`."""
    from transformers import CONFIG_MAPPING

    data = dict(encoder_config)
    model_type = data.pop("model_type", None) or "deberta-v2"
    return CONFIG_MAPPING[model_type](**data)


class LayersFuser(nn.Module):
    """Squeeze-and-excitation fusion of all backbone layers (`fuse_layers=true` checkpoints)."""

    def __init__(self, num_layers: int, hidden_size: int) -> None:
        super().__init__()
        self.squeeze = nn.Linear(hidden_size, 1)
        self.W1 = nn.Linear(num_layers, num_layers // 2)
        self.W2 = nn.Linear(num_layers // 2, num_layers)
        self.output_projection = nn.Linear(hidden_size, hidden_size)

    def forward(self, hidden_states: tuple[torch.Tensor, ...]) -> torch.Tensor:
        u = torch.stack(hidden_states[1:], dim=1)
        z = self.squeeze(u).squeeze(-1).mean(dim=2)
        s = torch.sigmoid(self.W2(torch.relu(self.W1(z))))
        return self.output_projection((u * s[..., None, None]).sum(dim=1))


class Backbone(nn.Module):
    """A Hugging Face encoder (`.model`) returning the last hidden state (or the fused layers)."""

    def __init__(self, encoder_config: dict[str, Any], fuse_layers: bool = False) -> None:
        super().__init__()
        from transformers import AutoModel

        cfg = build_backbone_config(encoder_config)
        self.model = AutoModel.from_config(cfg)
        self.fuse = fuse_layers
        if fuse_layers:
            self.layers_fuser = LayersFuser(cfg.num_hidden_layers, cfg.hidden_size)

    @property
    def hidden_size(self) -> int:
        """The backbone's own hidden size H."""
        return int(self.model.config.hidden_size)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        kwargs: dict[str, Any] = {"attention_mask": attention_mask}
        if token_type_ids is not None:
            kwargs["token_type_ids"] = token_type_ids
        if self.fuse:
            out = self.model(input_ids, output_hidden_states=True, return_dict=True, **kwargs)
            return self.layers_fuser(out.hidden_states)
        return self.model(input_ids, return_dict=True, **kwargs).last_hidden_state


class TokenRep(nn.Module):
    """Text encoder (+ projection to D) and, for bi-encoders, the label encoder (+ projection)."""

    def __init__(self, config: GlinerConfig) -> None:
        super().__init__()
        assert config.encoder_config is not None
        self.bert_layer = Backbone(config.encoder_config, config.fuse_layers)
        if self.bert_layer.hidden_size != config.hidden_size:
            self.projection = nn.Linear(self.bert_layer.hidden_size, config.hidden_size)
        if config.is_bi_encoder:
            assert config.labels_encoder_config is not None
            shared = config.shared_labels_encoder
            self.labels_encoder = self.bert_layer if shared else Backbone(config.labels_encoder_config)
            if self.labels_encoder.hidden_size != config.hidden_size:
                self.labels_projection = nn.Linear(self.labels_encoder.hidden_size, config.hidden_size)

    def encode_text(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        """(B, S, D) token vectors."""
        hidden = self.bert_layer(input_ids, attention_mask, token_type_ids)
        return self.projection(hidden) if hasattr(self, "projection") else hidden

    def encode_labels(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """(C, D) mean-pooled label vectors (bi-encoder)."""
        hidden = self.labels_encoder(input_ids, attention_mask)
        if hasattr(self, "labels_projection"):
            hidden = self.labels_projection(hidden)
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


class BiLSTM(nn.Module):
    """Upstream's `LstmSeq2SeqEncoder`: a packed bidirectional LSTM over word vectors."""

    def __init__(self, hidden_size: int, num_layers: int) -> None:
        super().__init__()
        self.lstm = nn.LSTM(hidden_size, hidden_size // 2, num_layers=num_layers, bidirectional=True, batch_first=True)

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return out


class MarkerSpanHead(nn.Module):
    """markerV0 (and legacy `marker`) span head fused with the dot-product scorer."""

    def __init__(self, hidden_size: int, dropout: float, legacy: bool) -> None:
        super().__init__()
        d = hidden_size
        self.legacy = legacy
        if legacy:
            self.project_start = projection(d, d, dropout, expand=2)
            self.project_end = projection(d, d, dropout, expand=2)
            self.out_project = nn.Linear(2 * d, d)
        else:
            self.project_start = projection(d, d, dropout)
            self.project_end = projection(d, d, dropout)
            self.out_project = projection(2 * d, d, dropout)

    def forward(self, words: torch.Tensor, lengths: torch.Tensor, prompts: torch.Tensor, max_width: int) -> torch.Tensor:
        """Logits (B, W, K, C) for every span (i, i+k) and every label; `prompts` is (B, C, D)."""
        batch, num_words, d = words.shape
        start = torch.relu(self.project_start(words))
        end = torch.relu(self.project_end(words))
        first = self.out_project if self.legacy else self.out_project[0]
        a = nn.functional.linear(start, first.weight[:, :d], first.bias)
        c = nn.functional.linear(end, first.weight[:, d:])

        widths = torch.arange(max_width, device=words.device)
        starts = torch.arange(num_words, device=words.device)[:, None].expand(-1, max_width)
        ends = starts + widths[None, :]
        valid = ends[None] < lengths[:, None, None]
        start_idx = torch.where(valid, starts[None], 0).reshape(batch, -1)
        end_idx = torch.where(valid, ends[None], 0).reshape(batch, -1)

        if self.legacy:
            ap = torch.einsum("bwd,bcd->bwc", a, prompts)
            cp = torch.einsum("bwd,bcd->bwc", c, prompts)
            logits = _gather_rows(ap, start_idx) + _gather_rows(cp, end_idx)
            return logits.view(batch, num_words, max_width, -1)

        hidden = torch.relu(_gather_rows(a, start_idx) + _gather_rows(c, end_idx))
        last = self.out_project[3]
        if prompts.shape[1] < d:
            folded = torch.einsum("bcd,de->bce", prompts, last.weight)
            bias = torch.einsum("bcd,d->bc", prompts, last.bias)
            logits = torch.einsum("bse,bce->bsc", hidden, folded) + bias[:, None, :]
        else:
            logits = torch.einsum("bsd,bcd->bsc", last(hidden), prompts)
        return logits.view(batch, num_words, max_width, -1)


def _gather_rows(x: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """x (B, N, F) gathered along N with index (B, M) -> (B, M, F)."""
    return torch.gather(x, 1, index.unsqueeze(-1).expand(-1, -1, x.shape[-1]))


class Wrapper(nn.Module):
    """Holds the span head under upstream's `span_rep_layer.span_rep_layer` key prefix."""

    def __init__(self, head: MarkerSpanHead) -> None:
        super().__init__()
        self.span_rep_layer = head


class GlinerNetwork(nn.Module):
    """The GLiNER span model (uni-encoder or bi-encoder)."""

    def __init__(self, config: GlinerConfig) -> None:
        super().__init__()
        self.config = config
        self.token_rep_layer = TokenRep(config)
        if config.num_rnn_layers > 0:
            self.rnn = BiLSTM(config.hidden_size, config.num_rnn_layers)
        self.span_rep_layer = Wrapper(MarkerSpanHead(config.hidden_size, config.dropout, legacy=config.span_mode == "marker"))
        self.prompt_rep_layer = projection(config.hidden_size, config.hidden_size, config.dropout)

    def encode_labels(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Bi-encoder label vectors after `prompt_rep_layer`: (C, D), cacheable per label set."""
        return self.prompt_rep_layer(self.token_rep_layer.encode_labels(input_ids, attention_mask))

    def word_vectors(self, tokens: torch.Tensor, word_starts: torch.Tensor, word_ends: torch.Tensor) -> torch.Tensor:
        """Pool subtoken vectors (B, S, D) into word vectors (B, W, D); ends are exclusive."""
        pooling = self.config.subtoken_pooling
        if pooling == "first":
            return _gather_rows(tokens, word_starts)
        if pooling == "last":
            return _gather_rows(tokens, (word_ends - 1).clamp(min=0))
        positions = torch.arange(tokens.shape[1], device=tokens.device)
        inside = (positions[None, None, :] >= word_starts[..., None]) & (positions[None, None, :] < word_ends[..., None])
        if pooling == "mean":
            weights = inside.to(tokens.dtype)
            return torch.einsum("bws,bsd->bwd", weights, tokens) / weights.sum(-1, keepdim=True).clamp(min=1.0)
        masked = tokens[:, None, :, :].masked_fill(~inside[..., None], float("-inf"))
        pooled = masked.amax(dim=2)
        return torch.where(torch.isfinite(pooled), pooled, torch.zeros_like(pooled))

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        word_starts: torch.Tensor,
        word_ends: torch.Tensor,
        text_lengths: torch.Tensor,
        prompt_positions: torch.Tensor | None = None,
        label_embeddings: torch.Tensor | None = None,
        token_type_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Span logits (B, W, K, C).

        Uni-encoder: `prompt_positions` (B, C) are the token positions of the label markers.
        Bi-encoder: `label_embeddings` from `encode_labels`, (C, D) shared or (B, C, D) per row.
        Word `w` of row `b` spans tokens `word_starts[b, w]:word_ends[b, w]`; padded words are
        ignored through `text_lengths` (B,).
        """
        tokens = self.token_rep_layer.encode_text(input_ids, attention_mask, token_type_ids)
        words = self.word_vectors(tokens, word_starts, word_ends)
        word_mask = torch.arange(words.shape[1], device=words.device)[None, :] < text_lengths[:, None]
        words = words * word_mask[..., None].to(words.dtype)
        if self.config.is_bi_encoder:
            assert label_embeddings is not None, "bi-encoder needs label_embeddings"
            prompts = label_embeddings if label_embeddings.dim() == 3 else label_embeddings[None].expand(words.shape[0], -1, -1)
        else:
            assert prompt_positions is not None, "uni-encoder needs prompt_positions"
            prompts = self.prompt_rep_layer(_gather_rows(tokens, prompt_positions))
            if hasattr(self, "rnn"):
                words = self.rnn(words, text_lengths)
        return self.span_rep_layer.span_rep_layer(words, text_lengths, prompts, self.config.max_width)
