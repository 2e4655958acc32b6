"""Synthetic PII documents: many genres and locales, exact character spans, hard negatives, balanced labels.

    from gliner_redact.data import generate_documents, write_jsonl
    docs = generate_documents(1000, seed=0)               # train split: held-out genres excluded
    test = generate_documents(200, seed=1, split="test")  # every genre
    write_jsonl(docs, "train.jsonl")

Names are imported on first use, so `gliner_redact.data.command` (the CLI) stays light to import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .generator import GENRES, HELD_OUT_GENRES, SPLITS, DocumentGenerator, generate_documents
    from .io import read_jsonl, write_jsonl
    from .locales import LOCALES
    from .validate import PII_LABELS, document_problems

_EXPORTS = {
    "GENRES": ".generator",
    "HELD_OUT_GENRES": ".generator",
    "SPLITS": ".generator",
    "DocumentGenerator": ".generator",
    "generate_documents": ".generator",
    "read_jsonl": ".io",
    "write_jsonl": ".io",
    "LOCALES": ".locales",
    "PII_LABELS": ".validate",
    "document_problems": ".validate",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name], __name__), name)
