"""Accuracy of a model (default: the embedded `pii-small`) for its model card.

Scores, with the whole catalogue and its descriptions, on:
  - the synthetic test split (every genre; documents seed 1), and its held-out genres alone
    (`HELD_OUT_GENRES`, never seen in training);
  - the hand-written set `tests/data/handwritten/documents.jsonl` (redaction recall and
    over-redaction: the share of non-whitespace characters redacted that are not PII);
for the int8 ONNX engine and the fp32 torch engine over the same weights, with docs/s.

    python benchmarks/model_quality.py                    # writes benchmarks/results/model_quality.md
    python benchmarks/model_quality.py --model runs/pii-small/best --n-test 300 --out /tmp/q.md
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gliner_redact.data import HELD_OUT_GENRES, generate_documents  # noqa: E402
from gliner_redact.model import DEFAULT_MODEL_DIR, load_model  # noqa: E402
from gliner_redact.training.evaluate import evaluate_model, read_documents  # noqa: E402

HANDWRITTEN = ROOT / "tests" / "data" / "handwritten" / "documents.jsonl"


def score(engine: Any, docs: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """Micro/macro F1, redaction recall, over-redaction, per-label F1 and docs/s."""
    started = time.perf_counter()
    report = evaluate_model(engine, docs, threshold=threshold)
    seconds = time.perf_counter() - started
    return {
        "docs": len(docs),
        "micro_p": report.micro.precision, "micro_r": report.micro.recall, "micro_f1": report.micro.f1,
        "macro_f1": report.macro_f1,
        "redaction_recall": report.redaction_recall, "over_redaction": report.over_redaction,
        "docs_per_s": len(docs) / seconds,
        "per_label": {k: {"f1": v.spans.f1, "support": v.spans.support} for k, v in sorted(report.per_label.items())},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    parser.add_argument("--n-test", type=int, default=1000, help="synthetic test documents (seed 1)")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--engines", default="int8,torch", help="comma-separated: int8, fp32 (ONNX), torch")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "model_quality.md"))
    parser.add_argument("--json", help="also write every figure as JSON")
    args = parser.parse_args()

    test = list(generate_documents(args.n_test, seed=1, split="test"))
    sets = {
        "synthetic test (all genres)": test,
        "synthetic test, held-out genres": [d for d in test if d["genre"] in HELD_OUT_GENRES],
        "hand-written": read_documents(HANDWRITTEN),
    }
    loaders = {
        "int8": lambda: load_model(args.model, engine="onnx", int8=True, threads=args.threads),
        "fp32": lambda: load_model(args.model, engine="onnx", int8=False, threads=args.threads),
        "torch": lambda: load_model(args.model, engine="torch"),
    }
    if "torch" in args.engines:
        import torch

        torch.set_num_threads(args.threads)
    results: dict[str, dict[str, Any]] = {}
    for name in args.engines.split(","):
        engine = loaders[name]()
        results[name] = {set_name: score(engine, docs, args.threshold) for set_name, docs in sets.items()}
        print(f"{name}: " + ", ".join(f"{s} F1 {r['micro_f1']:.3f}" for s, r in results[name].items()), file=sys.stderr)

    lines = [
        f"# Model quality: `{Path(args.model).name}` (threshold {args.threshold}, whole catalogue with descriptions)",
        "",
        f"Command: `python benchmarks/model_quality.py {' '.join(sys.argv[1:])}`".rstrip(),
        "",
        "| engine | set | docs | micro P | micro R | micro F1 | macro F1 | redaction recall | over-redaction | docs/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, per_set in results.items():
        for set_name, r in per_set.items():
            lines.append(
                f"| {name} | {set_name} | {r['docs']} | {r['micro_p']:.3f} | {r['micro_r']:.3f} | {r['micro_f1']:.3f} | "
                f"{r['macro_f1']:.3f} | {r['redaction_recall']:.3f} | {r['over_redaction']:.3f} | {r['docs_per_s']:.1f} |"
            )
    first = next(iter(results))
    lines += ["", f"Per-label F1 ({first}):", "", "| label | " + " | ".join(sets) + " |", "|---|" + "---:|" * len(sets)]
    labels = sorted({k for r in results[first].values() for k in r["per_label"]})
    for label in labels:
        cells = []
        for set_name in sets:
            entry = results[first][set_name]["per_label"].get(label)
            cells.append(f"{entry['f1']:.3f} ({entry['support']})" if entry and entry["support"] else "–")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
