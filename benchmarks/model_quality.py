"""Accuracy of a model (default: the embedded `pii-small`) for its model card.

Scores, with the whole catalogue and its descriptions, on:
  - the synthetic test split (every genre; documents seed 1), and its held-out genres alone
    (`HELD_OUT_GENRES`, never seen in training);
  - the hand-written set `tests/data/handwritten/documents.jsonl` (redaction recall and
    over-redaction: the share of non-whitespace characters redacted that are not PII), and its blind
    companions `tests/data/handwritten/blind/`, `blind2/` and `blind3/` (`--sets blind,blind2,blind3`: written
    by people who never saw the generator, the model or its misses, to estimate how the model does on documents
    nobody tuned to; blind 2 was written after v6 shipped, when the first blind set had been measured, and
    blind 3 after v7 shipped);
for the int8 ONNX engine and the fp32 torch engine over the same weights, with docs/s, at one or
more thresholds (each document is predicted once at the lowest; greedy decoding takes spans by
descending score, so filtering that result reproduces a run at any higher threshold exactly).
`--by-language` adds each set's English and other-language documents as sets of their own.
`--sets dev` scores the training-genre dev documents (seed 1, train split) to choose a threshold.
`--redactor` also measures what users run: the default `Redactor` (int8 model at the catalogue
thresholds, through Presidio) with and without the pattern recognizers, by redaction coverage only
(its entity types are Presidio's, so span F1 against catalogue labels does not apply).

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
from gliner_redact.training.metrics import score_documents  # noqa: E402

HANDWRITTEN = ROOT / "tests" / "data" / "handwritten" / "documents.jsonl"
BLIND = ROOT / "tests" / "data" / "handwritten" / "blind" / "documents.jsonl"
BLIND2 = ROOT / "tests" / "data" / "handwritten" / "blind2" / "documents.jsonl"
BLIND3 = ROOT / "tests" / "data" / "handwritten" / "blind3" / "documents.jsonl"


class Predictions:
    """One engine's predictions for a document set at a floor threshold, rescored at any higher one."""

    def __init__(self, engine: Any, docs: list[dict[str, Any]], floor: float) -> None:
        self.docs = docs
        started = time.perf_counter()
        captured: list[Any] = []

        class Capture:
            def predict(self, texts, labels, **kwargs):  # noqa: ANN001, ANN201
                result = engine.predict(texts, labels, **kwargs)
                captured.extend(result)
                return result

        evaluate_model(Capture(), docs, threshold=floor)
        self.seconds = time.perf_counter() - started
        self.entities = captured

    def score(self, threshold: float) -> dict[str, Any]:
        """Micro/macro F1, redaction recall, over-redaction and per-label F1 at `threshold`."""
        kept = [[e for e in doc if e.score >= threshold] for doc in self.entities]
        report = score_documents(self.docs, kept)
        return {
            "docs": len(self.docs),
            "micro_p": report.micro.precision, "micro_r": report.micro.recall, "micro_f1": report.micro.f1,
            "macro_f1": report.macro_f1,
            "redaction_recall": report.redaction_recall, "over_redaction": report.over_redaction,
            "docs_per_s": len(self.docs) / self.seconds,
            "per_label": {k: {"f1": v.spans.f1, "support": v.spans.support} for k, v in sorted(report.per_label.items())},
        }


def redactor_coverage(model: str, docs: list[dict[str, Any]], patterns: bool, threads: int) -> dict[str, Any]:
    """Redaction recall, over-redaction and docs/s of the default `Redactor` on `docs`."""
    from gliner_redact.jobs.redactor import Redactor, RedactorSettings

    redactor = Redactor(RedactorSettings(model=model, patterns=patterns, threads=threads))
    redactor.load()
    started = time.perf_counter()
    results = redactor.analyze([d["text"] for d in docs])
    seconds = time.perf_counter() - started
    found = [[{"start": f.start, "end": f.end, "label": f.entity_type} for f in r.findings] for r in results]
    report = score_documents(docs, found)
    return {"docs": len(docs), "redaction_recall": report.redaction_recall, "over_redaction": report.over_redaction,
            "docs_per_s": len(docs) / seconds}


def agreement(a: Predictions, b: Predictions, threshold: float) -> float:
    """F1 of one engine's exact (doc, start, end, label) set against another's, at `threshold`."""
    def spans(p: Predictions) -> set[tuple[int, int, int, str]]:
        return {(i, e.start, e.end, e.label) for i, doc in enumerate(p.entities) for e in doc if e.score >= threshold}

    x, y = spans(a), spans(b)
    return 1.0 if not x and not y else 2 * len(x & y) / (len(x) + len(y))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    parser.add_argument("--n-test", type=int, default=1000, help="synthetic test documents (seed 1)")
    parser.add_argument("--thresholds", default="0.5", help="comma-separated score thresholds")
    parser.add_argument("--sets", default="test,held-out,hand-written", help="comma-separated: test, held-out, hand-written, blind, blind2, blind3, dev")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--engines", default="int8,torch", help="comma-separated: int8, fp32 (ONNX), torch")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "model_quality.md"))
    parser.add_argument("--redactor", action="store_true", help="also score the default Redactor, with and without patterns")
    parser.add_argument("--json", help="also write every figure as JSON")
    parser.add_argument("--by-language", action="store_true", help="also score each set's English and other-language documents apart")
    args = parser.parse_args()

    test = list(generate_documents(args.n_test, seed=1, split="test"))
    available = {
        "test": ("synthetic test (all genres)", lambda: test),
        "held-out": ("synthetic test, held-out genres", lambda: [d for d in test if d["genre"] in HELD_OUT_GENRES]),
        "hand-written": ("hand-written", lambda: read_documents(HANDWRITTEN)),
        "blind": ("hand-written, blind", lambda: read_documents(BLIND)),
        "blind2": ("hand-written, blind 2", lambda: read_documents(BLIND2)),
        "blind3": ("hand-written, blind 3", lambda: read_documents(BLIND3)),
        "dev": ("synthetic dev (training genres)", lambda: list(generate_documents(300, seed=1, split="train"))),
    }
    sets = {available[k][0]: available[k][1]() for k in args.sets.split(",")}
    if args.by_language:
        for name, docs in list(sets.items()):
            sets[f"{name}, English"] = [d for d in docs if d.get("locale", "en").startswith("en")]
            sets[f"{name}, other languages"] = [d for d in docs if not d.get("locale", "en").startswith("en")]
    cuts = sorted(float(t) for t in args.thresholds.split(","))
    loaders = {
        "int8": lambda: load_model(args.model, engine="onnx", int8=True, threads=args.threads),
        "fp32": lambda: load_model(args.model, engine="onnx", int8=False, threads=args.threads),
        "torch": lambda: load_model(args.model, engine="torch"),
    }
    if "torch" in args.engines:
        import torch

        torch.set_num_threads(args.threads)
    results: dict[str, dict[str, Any]] = {}
    kept: dict[tuple[str, str], Predictions] = {}
    for name in args.engines.split(","):
        engine = loaders[name]()
        for set_name, docs in sets.items():
            predictions = kept[name, set_name] = Predictions(engine, docs, cuts[0])
            for cut in cuts:
                results.setdefault(f"{name} @ {cut}", {})[set_name] = predictions.score(cut)
            print(f"{name}: {set_name} done in {predictions.seconds:.0f}s", file=sys.stderr)

    lines = [
        f"# Model quality: `{Path(args.model).name}` (whole catalogue with descriptions)",
        "",
        f"Command: `python benchmarks/model_quality.py {' '.join(sys.argv[1:])}`".rstrip(),
        "",
        "| engine @ threshold | set | docs | micro P | micro R | micro F1 | macro F1 | redaction recall | over-redaction | docs/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, per_set in results.items():
        for set_name, r in per_set.items():
            lines.append(
                f"| {name} | {set_name} | {r['docs']} | {r['micro_p']:.3f} | {r['micro_r']:.3f} | {r['micro_f1']:.3f} | "
                f"{r['macro_f1']:.3f} | {r['redaction_recall']:.3f} | {r['over_redaction']:.3f} | {r['docs_per_s']:.1f} |"
            )
    names = args.engines.split(",")
    if len(names) > 1:
        lines += ["", f"Agreement of `{names[0]}` with `{names[1]}` (F1 of exact (start, end, label) sets):", ""]
        lines += ["| threshold | " + " | ".join(sets) + " |", "|---:|" + "---:|" * len(sets)]
        for cut in cuts:
            cells = [f"{agreement(kept[names[0], s], kept[names[1], s], cut):.4f}" for s in sets]
            lines.append(f"| {cut} | " + " | ".join(cells) + " |")
    if args.redactor:
        lines += ["", "Default `Redactor` (int8 model at the catalogue thresholds, through Presidio), redaction coverage:", "",
                  "| pipeline | set | docs | redaction recall | over-redaction | docs/s |", "|---|---|---:|---:|---:|---:|"]
        for patterns in (False, True):
            name = "model + pattern recognizers" if patterns else "model only"
            for set_name, docs in sets.items():
                r = results.setdefault(f"Redactor, {name}", {})[set_name] = redactor_coverage(args.model, docs, patterns, args.threads)
                lines.append(f"| {name} | {set_name} | {r['docs']} | {r['redaction_recall']:.3f} | {r['over_redaction']:.3f} | {r['docs_per_s']:.1f} |")
                print(f"Redactor ({name}): {set_name} done", file=sys.stderr)
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
