"""One loaded model per process for each (model, engine, int8), shared by every recognizer."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from gliner_redact.model import SpanEngine, load_model

ModelRef = str | os.PathLike[str] | None

_MODELS: dict[tuple[str | None, str, bool], SpanEngine] = {}
_LOCK = threading.Lock()


def model_key(model: ModelRef) -> str | None:
    """How a model reference is cached: an existing folder by its absolute path, a Hub id as written."""
    if model is None:
        return None
    path = Path(model).expanduser()
    return str(path.resolve()) if path.exists() else str(model)


def model_name(model: ModelRef) -> str:
    """A short name for explanations: the folder name, the Hub id, or `pii-small` for the default model."""
    if model is None:
        return "pii-small"
    path = Path(model)
    return path.name if path.exists() else str(model)


def shared_model(model: ModelRef = None, *, engine: str = "auto", int8: bool | None = None, threads: int | None = None) -> SpanEngine:
    """The process-wide engine for (model, engine, int8), loaded on first use (`threads` applies then)."""
    key = (model_key(model), engine, int8)
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = load_model(model, engine=engine, int8=int8, threads=threads)
        return _MODELS[key]


def clear_model_cache() -> None:
    """Forget every shared model (recognizers that already hold one keep it)."""
    with _LOCK:
        _MODELS.clear()
