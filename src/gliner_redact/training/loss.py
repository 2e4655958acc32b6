"""Span classification loss: masked binary cross-entropy with optional focal weighting."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def span_loss(logits: torch.Tensor, targets: torch.Tensor, mask: torch.Tensor, *, alpha: float = -1.0, gamma: float = 0.0) -> torch.Tensor:
    """Sum of per-element losses over valid (span, label) cells, divided by the batch size.

    `alpha` >= 0 weighs positives by alpha and negatives by 1 - alpha; `gamma` > 0 applies
    the focal factor (1 - p_t)^gamma (Lin et al.), as upstream GLiNER's focal loss does.
    """
    loss = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    if gamma > 0:
        p = torch.sigmoid(logits)
        p_t = p * targets + (1 - p) * (1 - targets)
        loss = loss * (1 - p_t).pow(gamma)
    if alpha >= 0:
        loss = loss * (alpha * targets + (1 - alpha) * (1 - targets))
    return (loss * mask.to(loss.dtype)).sum() / logits.shape[0]
