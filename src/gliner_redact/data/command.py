"""`gliner-redact generate`: write synthetic PII documents to JSONL and print counts to stderr."""

from __future__ import annotations

import argparse
import json
import sys
import time

HELP = "Generate synthetic documents with exact PII spans (JSONL) for training and testing."


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's options."""
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed and options, same bytes)")
    parser.add_argument("--out", required=True, help="output JSONL path")
    parser.add_argument(
        "--split",
        choices=("train", "test"),
        default="train",
        help="train leaves out the held-out genres; test uses every genre",
    )
    parser.add_argument("--genres", type=_csv, default=None, help="comma-separated genres (default: all of the split)")
    parser.add_argument("--exclude-genres", type=_csv, default=[], help="comma-separated genres to leave out")
    parser.add_argument("--locales", type=_csv, default=None, help="comma-separated Faker locales (default: all)")
    parser.add_argument(
        "--local-language",
        type=float,
        default=None,
        help="share (0-1) of non-English-locale documents of the localised genres (forms, e-mails, chats, SMS) "
        "written in the locale's language instead of English (default: half)",
    )
    parser.add_argument("--stats", default=None, help="also write the counts as JSON to this path")
    parser.add_argument(
        "--domain",
        default=None,
        help="write documents of a fine-tuning domain with its own labels instead (e.g. clinical_trial); "
        "--split test adds the domain's held-out document types; --genres/--exclude-genres do not apply",
    )


def _table(title: str, counts: dict[str, int]) -> str:
    width = max((len(k) for k in counts), default=0)
    rows = "\n".join(f"  {k:<{width}}  {v:>8}" for k, v in counts.items())
    return f"{title}:\n{rows}"


def _run_domain(args: argparse.Namespace) -> int:
    """`--domain NAME`: write the domain's documents and report counts."""
    from .domains import domain_module
    from .io import write_jsonl

    if args.genres or args.exclude_genres:
        print("error: --genres and --exclude-genres cannot be combined with --domain", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        gen = domain_module(args.domain).GENERATOR(args.seed, split=args.split, locales=args.locales)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    it = iter(gen)
    written = write_jsonl((next(it) for _ in range(args.n)), args.out)
    stats = gen.stats.to_dict()
    stats.update(seconds=round(time.perf_counter() - started, 2), split=args.split, seed=args.seed, domain=args.domain)
    print(
        f"wrote {written} {args.domain} documents to {args.out} in {stats['seconds']}s "
        f"(dropped near-duplicates: {stats['dropped_near_duplicates']}, invalid: {stats['dropped_invalid']})",
        file=sys.stderr,
    )
    for key in ("genres", "locales", "labels"):
        print(_table(key, stats[key]), file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(stats, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return 0


def run(args: argparse.Namespace) -> int:
    """Generate, write and report; returns the exit code."""
    if args.domain:
        return _run_domain(args)
    from .generator import LOCAL_LANGUAGE, DocumentGenerator
    from .io import write_jsonl

    started = time.perf_counter()
    try:
        gen = DocumentGenerator(
            args.seed,
            split=args.split,
            genres=args.genres,
            locales=args.locales,
            exclude_genres=args.exclude_genres,
            local_language=LOCAL_LANGUAGE if args.local_language is None else args.local_language,
        )
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    it = iter(gen)
    written = write_jsonl((next(it) for _ in range(args.n)), args.out)
    stats = gen.stats.to_dict()
    stats["seconds"] = round(time.perf_counter() - started, 2)
    stats["split"] = args.split
    stats["seed"] = args.seed
    print(
        f"wrote {written} documents to {args.out} in {stats['seconds']}s "
        f"(dropped near-duplicates: {stats['dropped_near_duplicates']}, invalid: {stats['dropped_invalid']}, "
        f"redrawn for balance: {stats['rejected_for_balance']}, zero-PII: {stats['zero_pii_documents']})",
        file=sys.stderr,
    )
    for key in ("genres", "locales", "labels"):
        print(_table(key, stats[key]), file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(stats, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return 0
