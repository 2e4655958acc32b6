"""`gliner-redact predict --model M --labels ... FILE...`: entities of text files as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gliner_redact.labels import DEFAULT_THRESHOLD

HELP = "detect entities in text files (or stdin) and print one JSON object per file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the predict command."""
    parser.add_argument("files", nargs="*", help="UTF-8 text files; '-' or none reads standard input")
    parser.add_argument("--model", default=None, help="checkpoint folder or Hub id (default: the embedded pii-small)")
    parser.add_argument("--labels", default=None, help="comma-separated label names (default: the PII catalogue)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help=f"score threshold (default: {DEFAULT_THRESHOLD}, the catalogue's)")
    parser.add_argument("--engine", choices=["auto", "onnx", "torch"], default="auto")
    parser.add_argument("--int8", action="store_true", default=None, help="use the int8 ONNX graphs (default: fp32 when the model has them, else int8)")
    parser.add_argument("--nested", action="store_true", help="allow nested spans (default: flat)")
    parser.add_argument("--multi-label", action="store_true", help="allow several labels on the same span")
    parser.add_argument("--batch-size", type=int, default=8)


def _labels(spec: str | None) -> dict[str, str]:
    try:
        from ..labels import resolve_labels
    except ImportError:
        if spec is None:
            raise SystemExit("--labels is required") from None
        return {n.strip(): n.strip() for n in spec.split(",") if n.strip()}
    return resolve_labels(spec)


def _read(name: str) -> tuple[str, str | None]:
    """Text of a file, or an error message naming it."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        return "", f"cannot read: {exc.strerror}"
    if b"\x00" in data[:8192]:
        return "", "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return "", f"not UTF-8 (invalid byte at offset {exc.start})"


def run(args: argparse.Namespace) -> int:
    """Print `{"file", "entities"}` or `{"file", "error"}` per input; exit 1 if any input failed."""
    from ..model import load_model

    labels = _labels(args.labels)
    engine = load_model(args.model, engine=args.engine, int8=args.int8)
    names = args.files or ["-"]
    texts, errors = [], {}
    for name in names:
        text, error = _read(name)
        texts.append(text)
        if error:
            errors[name] = error
    results = engine.predict(
        texts, labels, threshold=args.threshold, flat_ner=not args.nested, multi_label=args.multi_label, batch_size=args.batch_size
    )
    for name, entities in zip(names, results):
        record = {"file": name, "error": errors[name]} if name in errors else {"file": name, "entities": [e.to_dict() for e in entities]}
        print(json.dumps(record, ensure_ascii=False))
    return 1 if errors else 0
