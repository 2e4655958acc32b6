"""`gliner-redact evaluate`: score a model on gold JSONL documents."""

from __future__ import annotations

import argparse
import sys

from gliner_redact.labels import DEFAULT_THRESHOLD

HELP = "Evaluate a model on gold JSONL documents (exact-match P/R/F1, redaction recall, over-redaction)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("--model", default=None, help="model directory or hub id (default: the embedded model)")
    parser.add_argument("--data", required=True, help="gold documents, JSONL")
    parser.add_argument("--labels", default=None, help="comma-separated labels to evaluate (default: whole catalogue)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help=f"score threshold (default: {DEFAULT_THRESHOLD}, the catalogue's)")
    parser.add_argument("--engine", choices=("auto", "onnx", "torch"), default="auto", help="inference engine")
    parser.add_argument("--int8", action="store_true", default=None, help="use the int8-quantized ONNX model (default: fp32 when the model has it, else int8)")
    parser.add_argument("--batch-size", type=int, default=16, help="windows per forward pass (default: 16)")
    parser.add_argument("--json", default=None, metavar="PATH", help="write the full report as JSON")
    parser.add_argument("--markdown", default=None, metavar="PATH", help="write the markdown tables to a file")
    parser.add_argument("--png", default=None, metavar="PATH", help="write a per-label F1 chart (needs matplotlib)")


def run(args: argparse.Namespace) -> int:
    """Load the model, evaluate, print the markdown tables; returns the exit code."""
    import importlib.util
    import json
    from pathlib import Path

    from gliner_redact.model import load_model
    from gliner_redact.training.evaluate import evaluate_model, plot_label_f1, read_documents

    if args.png and importlib.util.find_spec("matplotlib") is None:
        print("error: --png needs matplotlib: pip install matplotlib", file=sys.stderr)
        return 2
    try:
        documents = read_documents(args.data)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    engine = load_model(args.model, engine=args.engine, int8=args.int8)
    report = evaluate_model(engine, documents, labels=args.labels, threshold=args.threshold, batch_size=args.batch_size)
    markdown = report.to_markdown()
    print(markdown, end="")
    if args.json:
        settings = {
            "model": args.model,
            "data": str(args.data),
            "threshold": args.threshold,
            "engine": args.engine,
            "int8": args.int8,
        }
        payload = json.dumps({"settings": settings, **report.to_dict()}, indent=2)
        Path(args.json).write_text(payload + "\n", encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(markdown, encoding="utf-8")
    if args.png:
        plot_label_f1(report, args.png)
    return 0
