"""Fine-tuning demonstration: base `pii-small` vs the same model fine-tuned on clinical-trial documents.

Trains with `configs/train/finetune-clinical.yaml` (unless its best checkpoint exists already and was fine-tuned from
this very base: a checkpoint left by an earlier base model is trained again), exports
the result to int8 ONNX as `pii-small` ships, then scores both models with the same (int8 ONNX) engine:
  - on a held-out clinical-trial test split (every document type, seed 1): per-label F1 of the five
    new labels and of the catalogue labels that occur there;
  - on the general synthetic test split (seed 1): micro-F1 over the catalogue, to measure forgetting.

    python benchmarks/fine_tuning_demo.py                 # writes benchmarks/results/fine_tuning.md
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gliner_redact.data import generate_documents  # noqa: E402
from gliner_redact.data.domains.clinical_trial import CATALOGUE_LABELS, NEW_LABELS, generate_trial_documents  # noqa: E402
from gliner_redact.labels import DEFAULT_THRESHOLD, descriptions  # noqa: E402
from gliner_redact.model import DEFAULT_MODEL_DIR, load_model  # noqa: E402
from gliner_redact.model.checkpoint import CONFIG_FILE  # noqa: E402
from gliner_redact.model.config import GlinerConfig  # noqa: E402
from gliner_redact.model.onnx import export_onnx, has_onnx  # noqa: E402
from gliner_redact.model.torch_engine import TorchEngine  # noqa: E402
from gliner_redact.training.evaluate import evaluate_model  # noqa: E402
from gliner_redact.training.metrics import SpanCounts  # noqa: E402
from gliner_redact.training.trainer import Trainer, TrainConfig  # noqa: E402

CONFIG = ROOT / "configs" / "train" / "finetune-clinical.yaml"
BASE_MARKER = "finetuned_from.sha256"


def base_digest(base: Path) -> str:
    """sha256 of the base checkpoint's weights: which base a fine-tuned checkpoint was trained from."""
    weights = next((base / name for name in ("model.safetensors", "pytorch_model.bin") if (base / name).exists()), None)
    if weights is None:
        raise SystemExit(f"--base {base}: no model.safetensors or pytorch_model.bin in that folder")
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def trained_windows(checkpoint: Path) -> tuple[int, int | None]:
    """(max_len, window_tokens) a checkpoint records: a fine-tune from before the trainer wrote them is retrained."""
    config = GlinerConfig.from_file(checkpoint / CONFIG_FILE)
    return config.max_len, config.window_tokens


def scores(model: Path, domain_docs: list[dict[str, Any]], general_docs: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """Domain report (new + catalogue labels), its new labels pooled, and the general-test report."""
    engine = load_model(model, engine="onnx", int8=True)
    domain = evaluate_model(engine, domain_docs, labels={**NEW_LABELS, **descriptions(list(CATALOGUE_LABELS))}, threshold=threshold)
    new = sum((domain.per_label[label].spans for label in NEW_LABELS if label in domain.per_label), SpanCounts())
    return {"domain": domain, "new": new, "new_macro": sum(domain.per_label[n].spans.f1 for n in NEW_LABELS) / len(NEW_LABELS),
            "general": evaluate_model(engine, general_docs, threshold=threshold)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default=str(DEFAULT_MODEL_DIR))
    parser.add_argument("--n-domain-test", type=int, default=300)
    parser.add_argument("--n-general-test", type=int, default=500)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "fine_tuning.md"))
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    config = TrainConfig.from_yaml(CONFIG, init_from=args.base)
    tuned = Path(config.out_dir) / "best"
    digest = base_digest(Path(args.base))
    marker = tuned / BASE_MARKER
    recorded = marker.read_text().split() if marker.exists() else []
    if recorded[:1] == [digest] and trained_windows(tuned) == (config.window_words, config.window_tokens):
        seconds = float(recorded[1]) if len(recorded) > 1 and recorded[1].isdigit() else None
        when = "when it was trained"
    else:
        started = time.perf_counter()
        Trainer(config).train()
        seconds, when = time.perf_counter() - started, "on this machine"
        marker.write_text(f"{digest}\n{seconds:.0f}\n")
    if not has_onnx(tuned):
        export_onnx(TorchEngine.from_pretrained(tuned, device="cpu"), tuned, int8=True, keep_fp32=False)

    domain_docs = generate_trial_documents(args.n_domain_test, seed=1, split="test")
    general_docs = generate_documents(args.n_general_test, seed=1, split="test")
    base = scores(Path(args.base), domain_docs, general_docs, args.threshold)
    after = scores(tuned, domain_docs, general_docs, args.threshold)

    lines = [
        "# Fine-tuning demonstration: clinical-trial documents",
        "",
        f"Base `{Path(args.base).name}`, fine-tuned with `{CONFIG.relative_to(ROOT)}` "
        f"({config.steps} steps, batch {config.batch_size}"
        + (f", {seconds / 60:.1f} min {when}" if seconds else "")
        + f"). Threshold {args.threshold}; exact-span F1; int8 ONNX engine for both (as shipped).",
        "",
        f"Clinical-trial test split: {len(domain_docs)} documents (seed 1, held-out document types included).",
        "",
        "| label | support | base F1 | fine-tuned F1 | gain |",
        "|---|---:|---:|---:|---:|",
    ]
    new_labels = list(NEW_LABELS)
    for label in new_labels + [lab for lab in CATALOGUE_LABELS if lab in base["domain"].per_label]:
        b = base["domain"].per_label.get(label)
        a = after["domain"].per_label.get(label)
        if b is None or a is None or not b.spans.support:
            continue
        tag = " (new)" if label in NEW_LABELS else ""
        lines.append(f"| {label}{tag} | {b.spans.support} | {b.spans.f1:.3f} | {a.spans.f1:.3f} | {100 * (a.spans.f1 - b.spans.f1):+.1f} |")
    lines += [
        "",
        "| figure | base | fine-tuned | change (F1 points) |",
        "|---|---:|---:|---:|",
        f"| new labels, micro-F1 | {base['new'].f1:.3f} | {after['new'].f1:.3f} | {100 * (after['new'].f1 - base['new'].f1):+.1f} |",
        f"| new labels, macro-F1 | {base['new_macro']:.3f} | {after['new_macro']:.3f} | {100 * (after['new_macro'] - base['new_macro']):+.1f} |",
        f"| clinical test, all labels, micro-F1 | {base['domain'].micro.f1:.3f} | {after['domain'].micro.f1:.3f} | {100 * (after['domain'].micro.f1 - base['domain'].micro.f1):+.1f} |",
        f"| general test ({len(general_docs)} docs), micro-F1 | {base['general'].micro.f1:.3f} | {after['general'].micro.f1:.3f} | {100 * (after['general'].micro.f1 - base['general'].micro.f1):+.1f} |",
        f"| general test, micro precision | {base['general'].micro.precision:.3f} | {after['general'].micro.precision:.3f} | {100 * (after['general'].micro.precision - base['general'].micro.precision):+.1f} |",
        f"| general test, micro recall | {base['general'].micro.recall:.3f} | {after['general'].micro.recall:.3f} | {100 * (after['general'].micro.recall - base['general'].micro.recall):+.1f} |",
    ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
