"""The GLiNER span model: load a checkpoint and predict entity spans.

`load_model()` picks the ONNX Runtime engine when the folder holds an export (fast, no torch)
and the torch engine otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

from .checkpoint import CheckpointNotFoundError, resolve_checkpoint
from .config import GlinerConfig, UnsupportedCheckpointError
from .engine import LabelSet, SpanEngine

DEFAULT_MODEL_NAME = "pii-small"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / DEFAULT_MODEL_NAME
ENGINES = ("auto", "onnx", "torch")

__all__ = [
    "CheckpointNotFoundError",
    "DEFAULT_MODEL_DIR",
    "DEFAULT_MODEL_NAME",
    "GlinerConfig",
    "LabelSet",
    "SpanEngine",
    "UnsupportedCheckpointError",
    "default_model_path",
    "load_model",
]


def default_model_path() -> Path:
    """The embedded default model `pii-small` shipped inside the package."""
    if not (DEFAULT_MODEL_DIR / "gliner_config.json").exists():
        raise CheckpointNotFoundError(f"the embedded default model is missing from {DEFAULT_MODEL_DIR}; reinstall gliner-redact")
    return DEFAULT_MODEL_DIR


def load_model(
    path_or_id: str | os.PathLike[str] | None = None,
    *,
    engine: str = "auto",
    int8: bool | None = None,
    device: str | None = None,
    threads: int | None = None,
    local_files_only: bool = False,
) -> SpanEngine:
    """Load a GLiNER checkpoint (folder or Hub id; None = the embedded default model).

    `engine="auto"` uses ONNX Runtime when the folder holds a gliner-redact export and torch
    otherwise; `int8` selects the quantized graphs (ONNX only; None = fp32 when the folder has
    them, else int8, as for the embedded model).
    """
    from .onnx import OnnxEngine, has_onnx

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
    directory = default_model_path() if path_or_id is None else resolve_checkpoint(path_or_id, local_files_only=local_files_only)
    if engine == "onnx" or (engine == "auto" and has_onnx(directory)):
        return OnnxEngine.from_pretrained(directory, int8=int8, threads=threads)
    if int8:
        raise ValueError("int8 needs an ONNX export: run `gliner-redact export MODEL OUT --int8` and load OUT")
    try:
        from .torch_engine import TorchEngine
    except ImportError as exc:
        raise ImportError(f"{directory} has no ONNX export and torch is not installed: pip install 'gliner-redact[train]'") from exc
    return TorchEngine.from_pretrained(directory, device=device)
