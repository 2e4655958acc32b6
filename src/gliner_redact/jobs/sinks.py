"""Crash-safe output writers: rows go to a hidden partial file next to the target, renamed into place at the end.

Every sink has the same life cycle:

- `open(state)`: start fresh (`state` None) or continue after an interruption from a committed `state`
  (a byte offset, or a count of parts), dropping whatever was written after that commit.
- `write(...)`: add rows.
- `commit() -> state`: flush and fsync; the returned state is what a checkpoint records.
- `finish()`: commit, then atomically rename the partial output onto the target (fsync, `os.replace`).

Until `finish()`, the target path is never touched, so a failed job leaves no half-written output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

_PART = "part-{:08d}.parquet"


def partial_path(target: Path, suffix: str = ".partial") -> Path:
    """The hidden working path next to `target`."""
    return target.parent / f".{target.name}{suffix}"


def fsync_dir(directory: Path) -> None:
    """Make renames in `directory` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file next to `target`, fsync it, rename it onto `target`."""
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


def json_line(obj: Any) -> bytes:
    """One JSONL line; non-ASCII kept as UTF-8 unless the object holds unpaired surrogates (then escaped)."""
    try:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj) + "\n").encode("ascii")


class FileSink:
    """Rows appended to one partial file; the committed state is its byte length."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.partial = partial_path(target)
        self._handle: io.BufferedRandom | None = None

    def open(self, state: int | None) -> None:
        """Start fresh, or truncate the partial file back to the committed byte `state`."""
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if state is None or not self.partial.exists():
            if state:
                raise FileNotFoundError(f"{self.partial}: the partial output to resume is missing")
            self._handle = open(self.partial, "w+b")
            self._start()
        else:
            if self.partial.stat().st_size < state:
                raise FileNotFoundError(f"{self.partial}: shorter than the checkpoint says; cannot resume")
            self._handle = open(self.partial, "r+b")
            self._handle.truncate(state)
            self._handle.seek(state)

    def _start(self) -> None:
        """What a fresh file begins with (nothing; CSV writes its header)."""

    def write_bytes(self, data: bytes) -> None:
        """Append raw bytes."""
        assert self._handle is not None, "open() the sink first"
        self._handle.write(data)

    def commit(self) -> int:
        """Flush and fsync; returns the committed byte length."""
        assert self._handle is not None
        self._handle.flush()
        os.fsync(self._handle.fileno())
        return self._handle.tell()

    def finish(self) -> None:
        """Commit, close and rename the partial file onto the target."""
        self.commit()
        self.close()
        os.replace(self.partial, self.target)
        fsync_dir(self.target.parent)

    def complete(self, state: int | None) -> None:
        """After a crash during the final renames: rename the committed partial file, unless that was done."""
        if self.partial.exists():
            os.replace(self.partial, self.target)
            fsync_dir(self.target.parent)

    def close(self) -> None:
        """Close without renaming (the partial file stays for a resume)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class JsonlSink(FileSink):
    """JSON objects, one per line."""

    def write(self, obj: Any) -> None:
        """Append one object."""
        self.write_bytes(json_line(obj))


class CsvSink(FileSink):
    """CSV rows under a header row (Excel dialect, `\\n` line ends)."""

    def __init__(self, target: Path, header: list[str]) -> None:
        super().__init__(target)
        self.header = header

    def _start(self) -> None:
        self.write(self.header)

    def write(self, row: list[str]) -> None:
        """Append one row."""
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(row)
        self.write_bytes(buffer.getvalue().encode("utf-8"))


class ParquetSink:
    """Parquet rows: each commit writes the rows since the last one as a part file; `finish` merges the parts.

    The committed state is the number of parts. A Parquet file cannot be appended to or cut back, hence parts.
    """

    def __init__(self, target: Path, schema: Any) -> None:
        self.target = target
        self.schema = schema
        self.parts = partial_path(target, ".parts")
        self._rows: list[dict[str, Any]] = []
        self._count = 0

    def open(self, state: int | None) -> None:
        """Start fresh, or keep the first `state` parts and drop later ones."""
        if state is None and self.parts.exists():
            shutil.rmtree(self.parts)
        self.parts.mkdir(parents=True, exist_ok=True)
        self._count = state or 0
        for path in self.parts.glob("part-*.parquet"):
            if int(path.stem.split("-")[1]) >= self._count:
                path.unlink()
        missing = [i for i in range(self._count) if not (self.parts / _PART.format(i)).exists()]
        if missing:
            raise FileNotFoundError(f"{self.parts}: part {missing[0]} of the output to resume is missing")

    def write(self, row: dict[str, Any]) -> None:
        """Add one row (kept in memory until the next commit)."""
        self._rows.append(row)

    def commit(self) -> int:
        """Write the pending rows as the next part (atomically); returns the number of parts."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._rows:
            buffer = pa.BufferOutputStream()
            pq.write_table(pa.Table.from_pylist(self._rows, schema=self.schema), buffer)
            write_atomic(self.parts / _PART.format(self._count), buffer.getvalue().to_pybytes())
            self._rows = []
            self._count += 1
        return self._count

    def finish(self) -> None:
        """Merge the parts, in order, into a partial file; fsync; rename it onto the target; drop the parts."""
        import pyarrow.parquet as pq

        self.commit()
        partial = partial_path(self.target)
        with pq.ParquetWriter(partial, self.schema) as writer:
            for i in range(self._count):
                writer.write_table(pq.read_table(self.parts / _PART.format(i), schema=self.schema))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, self.target)
        fsync_dir(self.target.parent)
        shutil.rmtree(self.parts)

    def complete(self, state: int | None) -> None:
        """After a crash during the final renames: merge the `state` committed parts again, unless that was done."""
        if self.parts.exists():
            self._count, self._rows = state or 0, []
            self.finish()

    def close(self) -> None:
        """Drop uncommitted rows (the parts stay for a resume)."""
        self._rows = []


class TextSink:
    """Text records as files: one file (`single`) or a tree mirroring the input's relative paths.

    Files go to a hidden partial directory (fsynced one by one); `finish` renames it onto the target.
    The state is not needed: a resume rewrites any file of an uncommitted record.
    """

    def __init__(self, target: Path, *, single: bool) -> None:
        self.target = target
        self.single = single
        self.partial = partial_path(target)

    def open(self, state: int | None) -> None:
        """Start fresh (empty partial directory) or keep the partial directory to resume."""
        if state is None and self.partial.exists():
            shutil.rmtree(self.partial)
        self.partial.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, text: str) -> None:
        """Write one record's text (durably) as `name`, or as the single output file."""
        path = self.partial / (self.target.name if self.single else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> None:
        """Nothing to do: every file is fsynced as it is written."""

    def finish(self) -> None:
        """Move the result onto the target: the single file, or the whole directory (replacing an old one)."""
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if self.single:
            produced = self.partial / self.target.name
            if produced.exists():
                os.replace(produced, self.target)
            elif self.target.exists():
                self.target.unlink()  # the one record failed: no stale output from an earlier run
            shutil.rmtree(self.partial)
        else:
            old = partial_path(self.target, f".old-{os.getpid()}")
            if self.target.exists():
                os.replace(self.target, old)
            os.replace(self.partial, self.target)
            if old.exists():
                shutil.rmtree(old)
        fsync_dir(self.target.parent)

    def complete(self, state: int | None, *, failed: bool = False) -> None:
        """After a crash during the final renames: finish what `finish` left undone.

        `failed`: the single record of a one-file input is an error row, so no output file may remain.
        """
        if self.single:
            produced = self.partial / self.target.name
            if produced.exists():
                os.replace(produced, self.target)
            elif failed and self.target.exists():
                self.target.unlink()
            if self.partial.exists():
                shutil.rmtree(self.partial)
        elif self.partial.exists():
            if self.target.exists():
                self.finish()
                return
            os.replace(self.partial, self.target)
        for old in self.target.parent.glob(f"{partial_path(self.target, '.old-').name}*"):
            shutil.rmtree(old)
        fsync_dir(self.target.parent)

    def close(self) -> None:
        """Nothing to close."""
