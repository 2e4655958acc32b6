"""`gliner-redact analyze INPUT -o FINDINGS.jsonl`: report the PII a redact run would replace (see docs/jobs.md)."""

from __future__ import annotations

import argparse

from ..jobs.options import add_job_arguments, run_from_args

HELP = "find PII in text files, JSONL, CSV or Parquet and write findings per record (JSONL), changing nothing"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the analyze command."""
    add_job_arguments(parser, "analyze")


def run(args: argparse.Namespace) -> int:
    """Run the job; exit 0 (all records done), 1 (some error rows), 2 (usage/config), 3 (stopped: --resume)."""
    return run_from_args(args, "analyze")
