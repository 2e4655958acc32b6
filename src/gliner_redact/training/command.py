"""`gliner-redact train --config configs/train/X.yaml`: train or fine-tune a GLiNER span model."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "train a GLiNER span model (new heads on an encoder, or fine-tune a checkpoint) from a YAML config"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the train command; any flag given overrides the YAML value (of the first stage, and of
    every later stage that does not set it)."""
    parser.add_argument("--config", required=True, help="training YAML (see configs/train/)")
    parser.add_argument("--out-dir", dest="out_dir")
    parser.add_argument("--train-data", dest="train_data")
    parser.add_argument("--dev-data", dest="dev_data")
    parser.add_argument("--init-from", dest="init_from", help="checkpoint to fine-tune")
    parser.add_argument("--steps", type=int)
    parser.add_argument("--batch-size", dest="batch_size", type=int)
    parser.add_argument("--eval-every", dest="eval_every", type=int)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--device")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--resume", action="store_true", help="skip finished stages; continue the first unfinished one from its last/")
    parser.add_argument("--export", action="store_true", help="export the last stage's best/ to ONNX (fp32 + int8) when done")


def run(args: argparse.Namespace) -> int:
    """Train every stage, print a JSON summary; the model is the last stage's best/ (printed as `model`)."""
    from .trainer import TrainConfig, train_stages

    overrides = {k: getattr(args, k) for k in ("out_dir", "train_data", "dev_data", "init_from", "steps", "batch_size", "eval_every", "threads", "device", "seed")}
    config = TrainConfig.from_yaml(args.config, **overrides)
    summaries = train_stages(config, resume=args.resume, log=sys.stderr)
    best = Path(config.stages()[-1].out_dir) / "best"
    if args.export:
        from ..model.onnx import export_onnx
        from ..model.torch_engine import TorchEngine

        export_onnx(TorchEngine.from_pretrained(best, device="cpu"), best, int8=True)
    summary = {k: v for k, v in summaries[-1].items() if k != "history"}
    if len(summaries) > 1:
        summary["stages"] = [{k: v for k, v in s.items() if k != "history"} for s in summaries]
    print(json.dumps({"model": str(best), **summary}))
    return 0
