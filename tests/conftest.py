"""Shared fixtures: upstream-built checkpoints (session scoped, built offline)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from upstream_fixtures import build_upstream, tiny_deberta_backbone  # noqa: E402


@pytest.fixture(scope="session")
def upstream_models(tmp_path_factory) -> dict[str, Path]:
    """name -> checkpoint folder saved by upstream gliner: MiniLM uni, legacy marker, DeBERTa uni, MiniLM bi."""
    pytest.importorskip("gliner")
    root = tmp_path_factory.mktemp("upstream")
    backbone = tiny_deberta_backbone(root / "deberta_backbone")
    return {
        "minilm_uni": build_upstream(root / "minilm_uni"),
        "minilm_marker": build_upstream(root / "minilm_marker", span_mode="marker", seed=1),
        "deberta_uni": build_upstream(root / "deberta_uni", backbone=backbone, pretrained=False, hidden_size=64, head_scale=20.0, seed=2),
        "minilm_bi": build_upstream(root / "minilm_bi", bi=True, seed=3),
    }


STAND_IN_LABELS = ["person", "email", "phone_number", "city", "organization", "date"]


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory) -> Path:
    """A model that really finds PII: the embedded default model when shipped, else a stand-in.

    The stand-in is a MiniLM bi-encoder trained for a few dozen steps on generated documents
    for `STAND_IN_LABELS`, exported to ONNX (fp32 + int8); it finds names, e-mails and phones
    reliably, not much more.
    """
    from gliner_redact.model import DEFAULT_MODEL_DIR

    if (DEFAULT_MODEL_DIR / "gliner_config.json").exists():
        return DEFAULT_MODEL_DIR
    from gliner_redact.data import generate_documents, write_jsonl
    from gliner_redact.model.onnx import export_onnx
    from gliner_redact.model.torch_engine import TorchEngine
    from gliner_redact.training.trainer import Trainer, TrainConfig

    cache = _stand_in_cache_dir()
    if (cache / "onnx" / "gliner_redact.json").exists():
        return cache
    root = tmp_path_factory.mktemp("stand_in")
    docs = [
        {**d, "spans": [s for s in d["spans"] if s["label"] in STAND_IN_LABELS]}
        for d in generate_documents(400, seed=42, genres=["email_thread", "support_ticket", "chat", "hr_record"])
    ]
    write_jsonl(docs, root / "train.jsonl")
    config = TrainConfig(
        out_dir=str(root / "run"), train_data=str(root / "train.jsonl"), bi_encoder=True, labels=STAND_IN_LABELS,
        steps=120, batch_size=8, lr_heads=2e-3, lr_encoder=8e-5, eval_every=120, warmup_ratio=0.05,
        window_words=64, window_tokens=96, drop_positive=0.0, seed=5,
    )
    Trainer(config, log=open("/dev/null", "w")).train()
    built = export_onnx(TorchEngine.from_pretrained(root / "run" / "best", device="cpu"), root / "model", int8=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    staging = cache.with_name(cache.name + f".{os.getpid()}")
    shutil.copytree(built, staging)
    try:
        staging.rename(cache)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    return cache if (cache / "onnx" / "gliner_redact.json").exists() else built


def _stand_in_cache_dir() -> Path:
    """Where the stand-in is kept between test sessions, keyed by the code that shapes it."""
    src = Path(__file__).resolve().parent.parent / "src" / "gliner_redact"
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for folder in ("model", "training", "data"):
        for path in sorted((src / folder).rglob("*.py")):
            digest.update(path.read_bytes())
    root = Path(os.environ.get("GLINER_REDACT_TEST_CACHE", Path.home() / ".cache" / "gliner-redact-tests"))
    return root / f"stand-in-{digest.hexdigest()[:16]}"
