"""Uni- vs bi-encoder, and the capitalisation signal: the model card's ablation table.

Reads the runs of `configs/train/ablation/*.yaml` (same data, seed and schedule; only the
architecture differs) and scores each run's best checkpoint with the fp32 torch engine and the
whole catalogue on the same documents as `model_quality.py`: the synthetic test split, its
held-out genres and the hand-written set. Reports training seconds per step (from each run's
`train_log.jsonl`), the dev curve, micro-F1, redaction recall, inference docs/s, and the F1 of
the labels a capitalisation signal should help (names, organisations, places).

    for v in uni bi bi-case; do gliner-redact train --config configs/train/ablation/$v-500.yaml; done
    python benchmarks/encoder_ablation.py       # writes benchmarks/results/encoder_ablation.md
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from machine_info import machine  # noqa: E402
from model_quality import HANDWRITTEN, Predictions  # noqa: E402

from gliner_redact.data import HELD_OUT_GENRES, generate_documents  # noqa: E402
from gliner_redact.model import load_model  # noqa: E402
from gliner_redact.training.evaluate import read_documents  # noqa: E402

CASED_LABELS = ("person", "organization", "city", "region", "country", "street_address")
RUNS = ("uni-500", "bi-500", "bi-case-500")


def training_figures(run: Path) -> dict[str, Any]:
    """Seconds per step and the dev micro-F1 curve of one run, from its train log."""
    steps, seconds, curve = 0, 0.0, []
    for line in (run / "train_log.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if "eval" in entry:
            curve.append((entry["eval"]["step"], entry["eval"]["micro_f1"]))
        elif "loss" in entry:
            steps, seconds = entry["step"], entry["elapsed_s"]
    return {"s_per_step": seconds / steps if steps else float("nan"), "steps": steps, "dev_curve": curve}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default=",".join(RUNS), help="comma-separated run names under runs/ablation-*")
    parser.add_argument("--n-test", type=int, default=300, help="synthetic test documents (seed 1)")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "encoder_ablation.md"))
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    test = list(generate_documents(args.n_test, seed=1, split="test"))
    sets = {
        "test": test,
        "held-out genres": [d for d in test if d["genre"] in HELD_OUT_GENRES],
        "hand-written": read_documents(HANDWRITTEN),
    }
    rows = []
    for name in args.runs.split(","):
        run = ROOT / "runs" / f"ablation-{name}"
        engine = load_model(run / "best", engine="torch")
        scores = {}
        for set_name, docs in sets.items():
            scores[set_name] = Predictions(engine, docs, args.threshold).score(args.threshold)
            print(f"{name}: {set_name} done", file=sys.stderr)
        rows.append((name, training_figures(run), scores))

    lines = [
        "# Uni- vs bi-encoder, and the capitalisation signal",
        "",
        f"Command: `python benchmarks/encoder_ablation.py {' '.join(sys.argv[1:])}`".rstrip(),
        "",
        "Machine:",
        *machine(["torch"]),
        "",
        "Runs: `configs/train/ablation/<run>.yaml` (same generated data, seed and schedule). fp32 torch engine, whole",
        f"catalogue with descriptions, threshold {args.threshold}; docs/s on the hand-written set.",
        "",
        "| run | train s/step | dev micro-F1 by step (0.5) | test F1 | held-out F1 | hand-written F1 | hand-written redaction recall | docs/s |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for name, train, scores in rows:
        curve = ", ".join(f"{s}: {f:.3f}" for s, f in train["dev_curve"])
        hand = scores["hand-written"]
        lines.append(
            f"| {name} | {train['s_per_step']:.2f} | {curve} | {scores['test']['micro_f1']:.3f} | "
            f"{scores['held-out genres']['micro_f1']:.3f} | {hand['micro_f1']:.3f} | {hand['redaction_recall']:.3f} | "
            f"{hand['docs_per_s']:.2f} |"
        )
    lines += ["", "F1 of the labels a capitalisation signal should help (test / hand-written):", ""]
    lines += ["| run | " + " | ".join(CASED_LABELS) + " |", "|---|" + "---:|" * len(CASED_LABELS)]
    for name, _, scores in rows:
        cells = []
        for label in CASED_LABELS:
            pair = [scores[s]["per_label"].get(label, {}).get("f1") for s in ("test", "hand-written")]
            cells.append(" / ".join("–" if f is None else f"{f:.3f}" for f in pair))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
