"""`gliner-redact redact INPUT -o OUT`: redact text files, JSONL, CSV or Parquet (see docs/jobs.md)."""

from __future__ import annotations

import argparse

from ..jobs.options import add_job_arguments, run_from_args

HELP = "redact PII in text files, JSONL, CSV or Parquet with the model and pattern recognizers"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the redact command."""
    add_job_arguments(parser, "redact")


def run(args: argparse.Namespace) -> int:
    """Run the job; exit 0 (all records done), 1 (some error rows), 2 (usage/config), 3 (stopped: --resume)."""
    return run_from_args(args, "redact")
