"""JSONL reading and writing for generated documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator


def write_jsonl(docs: Iterable[dict], path: str | Path) -> int:
    """Write one JSON object per line (UTF-8, key order kept, no ASCII escaping); returns the number written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Yield the objects of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
