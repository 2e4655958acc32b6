"""Shared fixtures: upstream-built checkpoints (session scoped, built offline)."""

from __future__ import annotations

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
