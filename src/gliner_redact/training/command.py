"""`gliner-redact train --config configs/train/X.yaml`: train or fine-tune a GLiNER span model."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "train a GLiNER span model (new heads on an encoder, or fine-tune a checkpoint) from a YAML config"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the train command; any flag given overrides the YAML value."""
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
    parser.add_argument("--resume", action="store_true", help="continue from OUT_DIR/last")
    parser.add_argument("--export", action="store_true", help="export OUT_DIR/best to ONNX (fp32 + int8) when done")


def run(args: argparse.Namespace) -> int:
    """Train, print a JSON summary; the best checkpoint is OUT_DIR/best."""
    from .trainer import Trainer, TrainConfig

    overrides = {k: getattr(args, k) for k in ("out_dir", "train_data", "dev_data", "init_from", "steps", "batch_size", "eval_every", "threads", "device", "seed")}
    config = TrainConfig.from_yaml(args.config, **overrides)
    trainer = Trainer(config)
    c = trainer.conversion
    print(f"{c.documents} documents -> {c.windows} windows; {c.spans} spans ({c.misaligned} misaligned, {c.cut_by_window} cut by windows)", file=sys.stderr)
    summary = trainer.train(resume=args.resume)
    if args.export:
        from ..model.onnx import export_onnx
        from ..model.torch_engine import TorchEngine

        best = trainer.out / "best"
        export_onnx(TorchEngine.from_pretrained(best, device="cpu"), best, int8=True)
    print(json.dumps({k: v for k, v in summary.items() if k != "history"}))
    return 0
