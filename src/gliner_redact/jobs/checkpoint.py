"""The checkpoint sidecar of a job: how many input records are committed, and the sinks' committed states.

`OUT.checkpoint.json` is written atomically after the outputs it describes are fsynced. A resumed job
checks that its fingerprint (input identity and every option that shapes the output) is unchanged,
cuts each output back to its committed state and skips the committed records. Once every record is
committed the checkpoint is marked `finished` before the outputs are renamed into place, so a job killed
between those renames is completed by a resume instead of started over.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .sinks import write_atomic

VERSION = 1


@dataclass
class Checkpoint:
    """Committed progress: `records` input records are fully written to the sinks up to `states`.

    `finished`: every record is committed and only the renames of the outputs into place remain.
    """

    fingerprint: str
    records: int = 0
    errors: int = 0
    findings: int = 0
    states: dict[str, Any] = field(default_factory=dict)
    finished: bool = False


def checkpoint_path(output: Path) -> Path:
    """Where the checkpoint of the job writing `output` lives."""
    return output.parent / f"{output.name}.checkpoint.json"


def load(path: Path) -> Checkpoint | None:
    """The checkpoint at `path`, or None when there is none; ValueError when it is unreadable."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.pop("version") != VERSION:
            raise ValueError("unsupported version")
        return Checkpoint(**data)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"{path}: unreadable checkpoint ({exc}); delete it to start over") from None


def save(path: Path, checkpoint: Checkpoint) -> None:
    """Write `checkpoint` atomically."""
    data = {"version": VERSION, **checkpoint.__dict__}
    write_atomic(path, (json.dumps(data, sort_keys=True) + "\n").encode("utf-8"))


def fingerprint(input_path: Path, options: dict[str, Any], key: bytes | None) -> str:
    """A digest of the input's identity (size and mtime of every file), the options and the key (keyed, never stored)."""
    files = sorted(input_path.rglob("*")) if input_path.is_dir() else [input_path]
    identity = [(p.relative_to(input_path).as_posix() if input_path.is_dir() else str(p.resolve()),
                 p.stat().st_size, p.stat().st_mtime_ns) for p in files if p.is_file()]
    key_check = hmac.new(key, b"gliner-redact checkpoint", hashlib.sha256).hexdigest() if key else None
    blob = json.dumps({"input": identity, "options": options, "key": key_check}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def remove(path: Path) -> None:
    """Delete the checkpoint (the job finished)."""
    if path.exists():
        os.unlink(path)
