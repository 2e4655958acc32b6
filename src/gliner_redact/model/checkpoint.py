"""Upstream-format GLiNER checkpoints: locate (local folder or Hub), load strictly, save.

A checkpoint folder holds `gliner_config.json`, `model.safetensors` (or `pytorch_model.bin`,
read with `weights_only=True`) and tokenizer files; bi-encoders add `labels_tokenizer/`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import GlinerConfig

if TYPE_CHECKING:
    import torch

    from .network import GlinerNetwork

CONFIG_FILE = "gliner_config.json"
SAFETENSORS_FILE = "model.safetensors"
PICKLE_FILE = "pytorch_model.bin"
ONNX_DIR = "onnx"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json", "vocab.txt", "spm.model", "sentencepiece.bpe.model")
TEXT_BACKBONE = "token_rep_layer.bert_layer.model."
LABEL_BACKBONE = "token_rep_layer.labels_encoder.model."


class CheckpointNotFoundError(FileNotFoundError):
    """A model could not be found locally and could not be downloaded."""


def resolve_checkpoint(path_or_id: str | os.PathLike[str], *, revision: str | None = None, local_files_only: bool = False) -> Path:
    """A local folder for `path_or_id`: an existing folder, or a Hugging Face Hub snapshot."""
    path = Path(path_or_id).expanduser()
    if path.is_dir():
        if not (path / CONFIG_FILE).exists():
            raise CheckpointNotFoundError(f"{path} has no {CONFIG_FILE}: not a GLiNER checkpoint folder")
        return path
    repo_id = str(path_or_id)
    if path.exists() or repo_id.count("/") != 1 or repo_id.startswith((".", "/", "~")):
        raise CheckpointNotFoundError(f"{repo_id!r} is neither a checkpoint folder nor a Hugging Face Hub id (owner/name)")
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise CheckpointNotFoundError(f"{repo_id!r} is not a local folder and huggingface_hub is not installed") from exc
    try:
        return Path(snapshot_download(repo_id=repo_id, revision=revision, local_files_only=local_files_only))
    except Exception as exc:
        raise CheckpointNotFoundError(
            f"could not fetch {repo_id!r} from the Hugging Face Hub ({type(exc).__name__}: {exc}). "
            f"Offline? Download it elsewhere (huggingface-cli download {repo_id} --local-dir DIR), "
            "copy DIR here and pass the folder path instead."
        ) from exc


def load_config(directory: Path) -> GlinerConfig:
    """Read the config, filling a legacy null `encoder_config` from the backbone (needs transformers)."""
    config = GlinerConfig.from_file(directory / CONFIG_FILE)
    if config.encoder_config is None:
        config.encoder_config = _fetch_backbone_config(config.model_name, "encoder_config")
    if config.is_bi_encoder and config.labels_encoder_config is None:
        config.labels_encoder_config = _fetch_backbone_config(config.labels_encoder or "", "labels_encoder_config")
    return config


def _fetch_backbone_config(model_name: str, field: str) -> dict[str, Any]:
    try:
        from transformers import AutoConfig

        return AutoConfig.from_pretrained(model_name).to_dict()
    except Exception as exc:
        raise CheckpointNotFoundError(
            f"the checkpoint's {field} is null, so the backbone config must come from {model_name!r}, "
            f"which failed ({type(exc).__name__}). Put the backbone's config.json dict into "
            f"{CONFIG_FILE} under {field!r} to load it offline."
        ) from exc


def read_state_dict(directory: Path) -> dict[str, "torch.Tensor"]:
    """Weights from `model.safetensors`, else `pytorch_model.bin` (never unpickling arbitrary objects)."""
    import torch
    from safetensors.torch import load_file

    st = directory / SAFETENSORS_FILE
    if st.exists():
        return load_file(str(st))
    pt = directory / PICKLE_FILE
    if pt.exists():
        return torch.load(str(pt), map_location="cpu", weights_only=True)
    raise CheckpointNotFoundError(f"{directory} has neither {SAFETENSORS_FILE} nor {PICKLE_FILE}")


def _ignorable(key: str, config: GlinerConfig) -> bool:
    """Keys present in upstream checkpoints that the span model never uses."""
    return (
        key.endswith("position_ids")
        or ".pooler." in key
        or (not config.is_bi_encoder and key.startswith("cross_fuser."))
        or (config.shared_labels_encoder and key.startswith(LABEL_BACKBONE))
    )


def build_network(config: GlinerConfig, state_dict: dict[str, "torch.Tensor"] | None = None) -> "GlinerNetwork":
    """Instantiate the torch network and load `state_dict` strictly (known-unused keys excepted)."""
    from .network import GlinerNetwork

    if state_dict is not None:
        _match_vocab(config, state_dict)
    network = GlinerNetwork(config)
    if state_dict is not None:
        load_weights(network, state_dict)
    return network.eval()


def load_weights(network: "GlinerNetwork", state_dict: dict[str, "torch.Tensor"]) -> None:
    """Copy `state_dict` into `network`; any missing or unexpected weight (known-unused keys excepted) is an error."""
    config = network.config
    own = network.state_dict()
    missing = [k for k in own if k not in state_dict and not _ignorable(k, config)]
    unexpected = [k for k in state_dict if k not in own and not _ignorable(k, config)]
    if missing or unexpected:
        raise ValueError(
            "checkpoint does not match the model: "
            + (f"missing {len(missing)} weights (e.g. {missing[:3]}) " if missing else "")
            + (f"unexpected {len(unexpected)} weights (e.g. {unexpected[:3]})" if unexpected else "")
        )
    network.load_state_dict({k: v for k, v in state_dict.items() if k in own}, strict=False)


def _match_vocab(config: GlinerConfig, state_dict: dict[str, "torch.Tensor"]) -> None:
    """Size the backbones' embedding tables as the checkpoint has them (resized for <<ENT>>/<<SEP>>)."""
    for prefix, enc in ((TEXT_BACKBONE, config.encoder_config), (LABEL_BACKBONE, config.labels_encoder_config)):
        weight = state_dict.get(prefix + "embeddings.word_embeddings.weight")
        if weight is not None and enc is not None:
            enc["vocab_size"] = int(weight.shape[0])


def save_checkpoint(
    network: "GlinerNetwork",
    directory: str | os.PathLike[str],
    *,
    tokenizer_source: Path,
    tokenizer_json: str,
    labels_tokenizer_source: Path | None = None,
    dtype: "torch.dtype | None" = None,
) -> Path:
    """Write a checkpoint: config, safetensors weights (cast to `dtype` if given) and tokenizer files.

    A shared label encoder (`shared_labels_encoder`) is stored once, under the text encoder's names.
    An ONNX export already in `directory` is removed: it holds the old weights, and the engines
    prefer ONNX, so it would shadow the new ones (export again with `export_onnx`).
    """
    from safetensors.torch import save_file

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / ONNX_DIR, ignore_errors=True)
    shared = network.config.shared_labels_encoder
    state = {k: v.detach().contiguous().cpu() for k, v in network.state_dict().items() if not (shared and k.startswith(LABEL_BACKBONE))}
    if dtype is not None:
        state = {k: v.to(dtype) if v.is_floating_point() else v for k, v in state.items()}
    save_file(state, str(out / SAFETENSORS_FILE), metadata={"format": "pt"})
    network.config.save(out / CONFIG_FILE)
    _copy_tokenizer_files(tokenizer_source, out)
    (out / "tokenizer.json").write_text(tokenizer_json, encoding="utf-8")
    if labels_tokenizer_source is not None:
        _copy_tokenizer_files(labels_tokenizer_source, out / "labels_tokenizer")
    return out


def _copy_tokenizer_files(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    if source.resolve() == target.resolve():
        return
    for name in TOKENIZER_FILES:
        if (source / name).exists():
            shutil.copyfile(source / name, target / name)
    cfg = target / "tokenizer_config.json"
    if not cfg.exists():
        cfg.write_text(json.dumps({"model_max_length": 512}) + "\n", encoding="utf-8")
