"""`gliner-redact export MODEL OUT [--int8]`: write a checkpoint folder with ONNX graphs."""

from __future__ import annotations

import argparse
import sys

HELP = "export a GLiNER checkpoint to ONNX (optionally int8) for the fast CPU engine"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the export command."""
    parser.add_argument("model", help="checkpoint folder or Hugging Face Hub id")
    parser.add_argument("out", help="output folder (checkpoint files + onnx/)")
    parser.add_argument("--int8", action="store_true", help="also write dynamically quantized int8 graphs")
    parser.add_argument("--drop-fp32", action="store_true", help="keep only the int8 graphs (with --int8; how pii-small ships)")
    parser.add_argument("--fp16", action="store_true", help="store the safetensors weights in float16 (half the size)")
    parser.add_argument("--opset", type=int, default=17)


def run(args: argparse.Namespace) -> int:
    """Export and report the written files."""
    from ..model.onnx import export_onnx
    from ..model.torch_engine import TorchEngine

    import torch

    if args.drop_fp32 and not args.int8:
        print("error: --drop-fp32 needs --int8", file=sys.stderr)
        return 2
    engine = TorchEngine.from_pretrained(args.model, device="cpu")
    dtype = torch.float16 if args.fp16 else None
    out = export_onnx(engine, args.out, int8=args.int8, keep_fp32=not args.drop_fp32, dtype=dtype, opset=args.opset)
    for path in sorted((out / "onnx").iterdir()):
        print(f"{path}\t{path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0
