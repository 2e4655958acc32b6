"""The machine a benchmark ran on, as markdown bullets (shared by the benchmark scripts)."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path


def machine(packages: Sequence[str]) -> list[str]:
    """CPU, visible cores, Python and the versions of `packages`."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for package in packages:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return [f"- CPU: {cpu}; {os.cpu_count()} logical cores visible", f"- Python {platform.python_version()}; " + ", ".join(versions)]
