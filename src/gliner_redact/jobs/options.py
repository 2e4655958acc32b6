"""Command-line flags shared by `gliner-redact redact` and `gliner-redact analyze`, and the run that uses them.

Exit codes: 0 every record processed; 1 some records are error rows; 2 usage or configuration error
(nothing processed); 3 the job stopped part-way (resume it with --resume); 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from .records import FORMATS
from .redactor import KEY_ENV, RedactorSettings, load_key

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_STOPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def add_job_arguments(parser: argparse.ArgumentParser, mode: str) -> None:
    """The flags of `redact` (mode "redact") or `analyze`."""
    parser.add_argument("input", type=Path, help="a .txt file or a directory of .txt files (one record per file), .jsonl, .csv or .parquet")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="output file (directory for a directory of text files)" if mode == "redact"
                        else "findings per record, JSONL")
    parser.add_argument("--format", choices=FORMATS, help="input format (default: from the extension)")
    parser.add_argument("--field", dest="fields", action="append", default=[], metavar="NAME",
                        help="JSONL field to process (repeatable; default: text)")
    parser.add_argument("--column", dest="fields", action="append", metavar="NAME",
                        help="CSV or Parquet column to process (repeatable; required for those formats)")
    parser.add_argument("--id-field", metavar="NAME", help="field or column whose value names records in error and audit rows")
    add_settings_arguments(parser, mode)
    if mode == "redact":
        parser.add_argument("--audit", type=Path, metavar="FILE", help="write an audit row per record (JSONL)")
    parser.add_argument("--audit-values", action="store_true",
                        help="put raw detected values in the audit / findings (default: keyed hashes only)")
    parser.add_argument("--key-file", type=Path, metavar="FILE",
                        help=f"file holding the job's secret key (default: ${KEY_ENV}); keys surrogates and value hashes")
    parser.add_argument("--errors", type=Path, metavar="FILE", help="error rows, JSONL (default: OUTPUT.errors.jsonl)")
    parser.add_argument("--resume", action="store_true", help="continue an interrupted job from its last checkpoint")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    parser.add_argument("--threads", type=int, help="inference threads per worker (default: cores / workers)")
    parser.add_argument("--max-chars", type=int, help="longer texts are error rows (default: 1000000)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def add_settings_arguments(parser: argparse.ArgumentParser, mode: str = "redact") -> None:
    """The detection/operator flags that `settings_from_args` reads, shared by `redact`, `analyze` and `spark`."""
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="YAML settings: model, labels, threshold, thresholds, operators, patterns, repeats, max_chars, batch_size, threads")
    parser.add_argument("--model", help="checkpoint folder or Hub id (default: the embedded model)")
    parser.add_argument("--labels", help="comma-separated model labels (default: the whole PII catalogue)")
    parser.add_argument("--threshold", type=float, help="minimum model score for every label (default: each label's own)")
    parser.add_argument("--thresholds", action="append", default=[], metavar="LABEL=SCORE[,...]",
                        help="per-label or per-entity model thresholds, e.g. person=0.6,EMAIL_ADDRESS=0.4 (repeatable)")
    parser.add_argument("--no-patterns", action="store_true", help="model only: no pattern recognizers")
    parser.add_argument("--no-repeats", action="store_true",
                        help="only what the model finds: do not also redact other occurrences of found values and name parts")
    parser.add_argument("--batch-size", type=int, help="records per model call (default: 32)")
    if mode == "redact":
        parser.add_argument("--operators", type=Path, metavar="FILE",
                            help="operator config YAML, e.g. configs/operators/surrogate.yaml (default: <ENTITY_TYPE>)")


def settings_from_args(args: argparse.Namespace, mode: str) -> RedactorSettings:
    """Settings from `--config` (if any), overridden by flags. ValueError for bad values."""
    settings = RedactorSettings.from_yaml(args.config) if args.config else RedactorSettings()
    overrides: dict[str, Any] = {
        "model": args.model,
        "labels": [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None,
        "threshold": args.threshold,
        "thresholds": {**(settings.thresholds or {}), **parse_thresholds(args.thresholds)} if args.thresholds else None,
        "operators": str(args.operators) if mode == "redact" and args.operators else None,
        "patterns": False if args.no_patterns else None,
        "repeats": False if args.no_repeats else None,
        "include_values": True if args.audit_values else None,
        "batch_size": args.batch_size,
        "max_chars": args.max_chars,
        "threads": args.threads,
    }
    settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    settings.validate()
    return settings


def parse_thresholds(specs: list[str]) -> dict[str, float]:
    """`["person=0.6,email=0.4", "city=0.7"]` -> `{"person": 0.6, "email": 0.4, "city": 0.7}`."""
    thresholds = {}
    for spec in specs:
        for item in filter(None, (part.strip() for part in spec.split(","))):
            name, sep, value = item.rpartition("=")
            if not sep or not name.strip():
                raise ValueError(f"--thresholds expects LABEL=SCORE, got {item!r}")
            try:
                thresholds[name.strip()] = float(value)
            except ValueError:
                raise ValueError(f"--thresholds: {value!r} is not a number") from None
    return thresholds


def run_from_args(args: argparse.Namespace, mode: str) -> int:
    """Build the job from flags, run it, print a summary to stderr; returns the exit code."""
    from .runner import JobError, JobSpec, run_job

    prog = f"gliner-redact {mode}"
    try:
        if args.workers < 1:
            raise ValueError("--workers must be at least 1")
        spec = JobSpec(
            mode=mode, input=args.input, output=args.output, settings=settings_from_args(args, mode),
            key=load_key(args.key_file), format=args.format, fields=list(args.fields), id_field=args.id_field,
            errors=args.errors, audit=getattr(args, "audit", None), resume=args.resume, workers=args.workers,
            progress=not args.quiet,
        )
    except (ValueError, OSError) as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if spec.key is None:
        print(f"{prog}: no key (${KEY_ENV} or --key-file): finding hashes are plain SHA-256 and surrogates "
              "differ between runs", file=sys.stderr)
    try:
        report = run_job(spec)
    except JobError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{prog}: interrupted; rerun with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    resumed = f" ({report.resumed_at} before resuming)" if report.resumed_at else ""
    print(f"{prog}: {report.records} records{resumed}: {report.written} written, {report.errors} errors, "
          f"{report.findings} findings in {report.seconds:.1f}s -> {report.outputs['output']}"
          + (f"; errors in {report.outputs['errors']}" if report.errors else ""), file=sys.stderr)
    return report.exit_code
