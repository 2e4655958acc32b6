"""Stream records out of input files: text files, JSONL, CSV and Parquet.

Each reader yields one `Record` per input record, in input order, holding only that record in
memory. A record that cannot be read (bad bytes, malformed JSON or CSV, an empty line, a missing
field, an over-long line) is still yielded, with `error` set and naming nothing of its content,
so that every input record ends up as exactly one output row or one error row.

Records are named by `ref`: `{"file": "a/b.txt"}`, `{"line": 12}` (JSONL, 1-based),
`{"row": 5, "line": 7}` (CSV: 1-based data row, header not counted, and the line it ends on) or
`{"row": 5}` (Parquet, 1-based).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMATS = ("text", "jsonl", "csv", "parquet")
_EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
               ".parquet": "parquet", ".pq": "parquet"}
_BINARY_SNIFF = 8192
_SKIP_CHUNK = 1 << 20


class InputError(ValueError):
    """The input as a whole cannot be read as asked (wrong format, unknown column, ...): a usage error."""


@dataclass
class Record:
    """One input record: where it is (`ref`), the texts to redact by field, and what rebuilds its output row.

    `texts[name]` is the field's value as read (None stays None and is passed through untouched).
    `payload` is the parsed JSON object, CSV row or Parquet row; None for text files.
    """

    index: int
    ref: dict[str, Any]
    texts: dict[str, object] = field(default_factory=dict)
    payload: Any = None
    error: str | None = None


def detect_format(path: str | os.PathLike[str], given: str | None = None) -> str:
    """`given`, else the format named by the extension (a directory is `text`); InputError when unknown."""
    if given is not None:
        if given not in FORMATS:
            raise InputError(f"unknown format {given!r}; choose from {', '.join(FORMATS)}")
        return given
    path = Path(path)
    if path.is_dir():
        return "text"
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        raise InputError(f"{path}: compressed input is not supported; decompress it first")
    fmt = _EXTENSIONS.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        raise InputError(f"{path}: cannot tell the format from the extension; pass --format ({', '.join(FORMATS)})")
    return fmt


def text_files(root: Path) -> list[Path]:
    """The `.txt` files of a directory tree, sorted; or the single file given."""
    if root.is_dir():
        return sorted(p for p in root.rglob("*.txt") if p.is_file())
    return [root]


@dataclass
class Source:
    """An opened input: its records (a lazy iterator), plus the CSV header or Parquet schema outputs need."""

    records: Iterator[Record]
    header: list[str] | None = None
    schema: Any = None


def read_records(path: str | os.PathLike[str], fmt: str, fields: Sequence[str], *, max_chars: int,
                 id_field: str | None = None, skip: int = 0) -> Source:
    """Open `path` in format `fmt` with `fields` (JSONL) or columns (CSV, Parquet) to redact.

    Problems with the input as a whole (missing file, unknown column, unreadable header) raise
    `InputError` here, before any record is read. The first `skip` records are passed over
    without being checked (resuming a job); indexes and refs still count them.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if fmt != "text" and path.is_dir():
        raise InputError(f"{path}: a directory; only text input may be a directory")
    if fmt == "text":
        return Source(_text_records(path, max_chars, skip))
    if fmt == "jsonl":
        return Source(_jsonl_records(path, fields, max_chars, id_field, skip))
    if fmt == "csv":
        return _csv_source(path, fields, max_chars, id_field, skip)
    if fmt == "parquet":
        return _parquet_source(path, fields, id_field, skip)
    raise InputError(f"unknown format {fmt!r}")


def count_records(path: str | os.PathLike[str], fmt: str) -> int | None:
    """The number of records when it is known without reading the data (text files, Parquet); else None."""
    path = Path(path)
    if fmt == "text":
        return len(text_files(path))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    return None


def _text_records(root: Path, max_chars: int, skip: int) -> Iterator[Record]:
    base = root if root.is_dir() else root.parent
    for index, path in enumerate(text_files(root)[skip:], start=skip):
        name = path.relative_to(base).as_posix()
        text, error = _read_text_file(path, max_chars)
        yield Record(index, {"file": name}, {"text": text}, None, error)


def _read_text_file(path: Path, max_chars: int) -> tuple[str | None, str | None]:
    try:
        size = path.stat().st_size
        if size == 0:
            return None, "empty file (0 bytes)"
        if size > 4 * max_chars:  # even 4-byte characters would exceed max_chars: do not read it
            return None, f"too long: {size} bytes (max_chars {max_chars})"
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read: {exc.strerror}"
    if b"\x00" in data[:_BINARY_SNIFF]:
        return None, "binary file (NUL bytes), not text"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (invalid byte at offset {exc.start})"
    if len(text) > max_chars:
        return None, f"too long: {len(text)} characters (max_chars {max_chars})"
    return text, None


def _jsonl_records(path: Path, fields: Sequence[str], max_chars: int, id_field: str | None, skip: int
                   ) -> Iterator[Record]:
    max_line = 4 * max_chars * max(1, len(fields)) + (1 << 20)
    with path.open("rb") as handle:
        for index, (line, too_long) in enumerate(_lines(handle, max_line)):
            if index < skip:
                continue
            ref: dict[str, Any] = {"line": index + 1}
            if too_long:
                yield Record(index, ref, error=f"line too long (over {max_line} bytes)")
                continue
            obj, error = _parse_json_line(line.removeprefix(codecs.BOM_UTF8) if index == 0 else line)
            if error is None:
                assert isinstance(obj, dict)
                _add_id(ref, obj.get(id_field) if id_field else None)
                missing = [name for name in fields if name not in obj]
                if missing:
                    error = f"field {missing[0]!r} missing"
            yield Record(index, ref, {} if error else {name: obj[name] for name in fields}, obj, error)


def _lines(handle: io.BufferedReader, limit: int) -> Iterator[tuple[bytes, bool]]:
    """Lines without their end (`\\n` or `\\r\\n`); a line over `limit` bytes is skipped unread: (b"", True)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = handle.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield b"", True
            continue
        yield line.rstrip(b"\n").rstrip(b"\r"), False


def _parse_json_line(line: bytes) -> tuple[object, str | None]:
    if not line.strip():
        return None, "empty line"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (invalid byte at column {exc.start + 1})"
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON: {exc.msg} at column {exc.colno}"
    except RecursionError:
        return None, "malformed JSON: nested too deeply"
    if not isinstance(obj, dict):
        return None, f"not a JSON object ({type(obj).__name__})"
    return obj, None


def _add_id(ref: dict[str, Any], value: object) -> None:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        ref["id"] = value


def _csv_source(path: Path, columns: Sequence[str], max_chars: int, id_field: str | None, skip: int) -> Source:
    csv.field_size_limit(max(max_chars, 131072))
    raw = path.open("rb")
    try:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text, strict=True)
        header = _csv_header(path, reader)
        missing = [name for name in [*columns, *([id_field] if id_field else [])] if name not in header]
        if missing:
            raise InputError(f"{path}: no column {missing[0]!r} among the {len(header)} columns of the header row")
    except BaseException:
        raw.close()
        raise
    positions = {name: header.index(name) for name in columns}
    id_position = header.index(id_field) if id_field else None
    return Source(_csv_rows(text, reader, len(header), positions, id_position, skip), header=header)


def _csv_rows(handle: io.TextIOWrapper, reader: Any, width: int, positions: dict[str, int], id_position: int | None,
              skip: int) -> Iterator[Record]:
    with handle:
        for index in itertools.count():
            try:
                row = next(reader)
                error = None if index < skip else _csv_row_problem(row, width)
            except StopIteration:
                return
            except csv.Error as exc:
                row, error = [], f"malformed CSV: {exc}"
            if index < skip:
                continue
            ref: dict[str, Any] = {"row": index + 1, "line": reader.line_num}
            if error is None and id_position is not None:
                _add_id(ref, row[id_position])
            texts = {} if error else {name: row[i] for name, i in positions.items()}
            yield Record(index, ref, texts, row, error)


def _csv_header(path: Path, reader: Any) -> list[str]:
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: empty CSV file (no header row)") from None
    except csv.Error as exc:
        raise InputError(f"{path}: malformed CSV header: {exc}") from None
    problem = _csv_row_problem(header, len(header))
    if problem:
        raise InputError(f"{path}: unreadable CSV header: {problem}")
    return list(header)


def _csv_row_problem(row: list[str], width: int) -> str | None:
    if not row:
        return "empty row (blank line)"
    if len(row) != width:
        return f"malformed CSV: {len(row)} fields, the header has {width}"
    for value in row:
        if "\x00" in value:
            return "binary data (NUL byte)"
        if _has_escaped_bytes(value):
            return "not UTF-8"
    return None


def _has_escaped_bytes(value: str) -> bool:
    """Whether decoding with `surrogateescape` had to escape invalid bytes (U+DC80..U+DCFF)."""
    return not value.isascii() and any("\udc80" <= ch <= "\udcff" for ch in value)


def _parquet_source(path: Path, columns: Sequence[str], id_field: str | None, skip: int) -> Source:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    schema = parquet.schema_arrow
    for name in [*columns, *([id_field] if id_field else [])]:
        if name not in schema.names:
            raise InputError(f"{path}: no column {name!r}; the columns are {schema.names}")
    for name in columns:
        kind = schema.field(name).type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            raise InputError(f"{path}: column {name!r} holds {kind}, not strings")
    return Source(_parquet_rows(parquet, columns, id_field, skip), schema=schema)


def _parquet_rows(parquet: Any, columns: Sequence[str], id_field: str | None, skip: int) -> Iterator[Record]:
    index = 0
    for batch in parquet.iter_batches(batch_size=1024):
        if index + batch.num_rows <= skip:
            index += batch.num_rows
            continue
        for row in batch.to_pylist():
            if index >= skip:
                ref: dict[str, Any] = {"row": index + 1}
                if id_field:
                    _add_id(ref, row[id_field])
                yield Record(index, ref, {name: row[name] for name in columns}, row)
            index += 1
