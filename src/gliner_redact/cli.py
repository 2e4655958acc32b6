"""Command line entry point: `gliner-redact COMMAND ...`.

Each command lives in its own module exposing `HELP`, `add_arguments(parser)` and
`run(args) -> int`; this file only dispatches, importing a command's module when it is used.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

COMMANDS: dict[str, str] = {
    "redact": "gliner_redact.commands.redact",
    "analyze": "gliner_redact.commands.analyze",
    "predict": "gliner_redact.commands.predict",
    "export": "gliner_redact.commands.export",
    "generate": "gliner_redact.data.command",
    "evaluate": "gliner_redact.training.evaluate_command",
    "train": "gliner_redact.training.command",
    "spark": "gliner_redact.commands.spark",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The top-level parser; only `command`'s module is imported (all of them for --help)."""
    parser = argparse.ArgumentParser(prog="gliner-redact", description="Find and redact personal data with GLiNER span models.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        if command is not None and name != command:
            sub.add_parser(name)
            continue
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the chosen command; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    args = build_parser(command).parse_args(argv)
    return int(args._module.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
