"""Text assembly with exact character spans: text is built by appending pieces and offsets are recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Union


@dataclass(frozen=True, slots=True)
class Pii:
    """A value to place in the text and annotate with `label`."""

    label: str
    text: str


Piece = Union[str, Pii, None, "list[Piece]", "tuple[Piece, ...]"]
"""What a builder accepts: plain text, an annotated value, nothing, or a sequence of pieces."""

_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=None)
def parse_template(template: str) -> tuple[str, ...]:
    """Split `template` into alternating literal text and slot names (odd positions are slots)."""
    return tuple(_SLOT.split(template))


def template_slots(template: str) -> tuple[str, ...]:
    """The slot names of `template`, in order."""
    return parse_template(template)[1::2]


def fill(template: str, resolve: Callable[[str], Piece] | Mapping[str, Piece]) -> list[Piece]:
    """Pieces for `template` with each `{slot}` replaced; a slot used twice gets one value."""
    parts = parse_template(template)
    if len(parts) == 1:
        return [template]
    get = resolve.__getitem__ if isinstance(resolve, Mapping) else resolve
    seen: dict[str, Piece] = {}
    out: list[Piece] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                out.append(part)
        else:
            if part not in seen:
                seen[part] = get(part)
            out.append(seen[part])
    return out


def plain(piece: Piece) -> str:
    """The text of `piece` without annotations."""
    if piece is None:
        return ""
    if isinstance(piece, str):
        return piece
    if isinstance(piece, Pii):
        return piece.text
    return "".join(plain(p) for p in piece)


class DocBuilder:
    """Appends text and annotated values; `spans` holds (start, end, label) in order of insertion."""

    __slots__ = ("_parts", "_len", "spans")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[tuple[int, int, str]] = []

    def __len__(self) -> int:
        return self._len

    def add(self, *pieces: Piece) -> "DocBuilder":
        """Append pieces (strings, `Pii` values, nested sequences); None is skipped."""
        for piece in pieces:
            if piece is None:
                continue
            if isinstance(piece, str):
                if piece:
                    self._parts.append(piece)
                    self._len += len(piece)
            elif isinstance(piece, Pii):
                if piece.text:
                    self.spans.append((self._len, self._len + len(piece.text), piece.label))
                    self._parts.append(piece.text)
                    self._len += len(piece.text)
            else:
                self.add(*piece)
        return self

    def line(self, *pieces: Piece) -> "DocBuilder":
        """Append pieces followed by a newline."""
        return self.add(*pieces, "\n")

    def lines(self, rows: Iterable[Piece]) -> "DocBuilder":
        """Append each row on its own line."""
        for row in rows:
            self.line(row)
        return self

    def gap(self) -> "DocBuilder":
        """End the current paragraph: make the text end with exactly one blank line (no-op when empty)."""
        if not self._len:
            return self
        text = self.text
        stripped = text.rstrip(" \n")
        if len(stripped) != len(text):
            self._parts = [stripped]
            self._len = len(stripped)
        return self.add("\n\n")

    def embed(self, other: "DocBuilder", prefix: str = "") -> "DocBuilder":
        """Append `other`'s text with `prefix` at the start of every line, keeping its spans.

        The prefix is dropped when a span of `other` runs over a line break (a private key block, say).
        """
        text = other.text
        if prefix and any("\n" in text[s:e] for s, e, _ in other.spans):
            prefix = ""
        if not prefix:
            base = self._len
            self.add(text)
            self.spans.extend((s + base, e + base, label) for s, e, label in other.spans)
            return self
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]
        base = self._len
        shifted = prefix + text.replace("\n", "\n" + prefix)
        if text.endswith("\n"):
            shifted = shifted[: -len(prefix)]
        self.add(shifted)
        for s, e, label in other.spans:
            k = _count_le(line_starts, s)
            self.spans.append((base + s + k * len(prefix), base + e + k * len(prefix), label))
        return self

    @property
    def text(self) -> str:
        """The text so far."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def build(self) -> tuple[str, list[dict]]:
        """Final text (surrounding whitespace trimmed) and span dicts sorted by start.

        A `date` directly followed by a `time` (only a space or a comma between) becomes one `date`, as the
        annotation guideline writes a date and a time next to each other.
        """
        raw = self.text
        text = raw.lstrip()
        shift = len(raw) - len(text)
        text = text.rstrip()
        merged: list[tuple[int, int, str]] = []
        for s, e, label in sorted(self.spans):
            if merged and label == "time" and merged[-1][2] == "date" and raw[merged[-1][1] : s] in _DATE_TIME_GAPS:
                merged[-1] = (merged[-1][0], e, "date")
            else:
                merged.append((s, e, label))
        spans = [{"start": s - shift, "end": e - shift, "label": label, "text": raw[s:e]} for s, e, label in merged]
        return text, spans


_DATE_TIME_GAPS = frozenset({" ", "  ", ", ", ","})


def _count_le(sorted_values: list[int], x: int) -> int:
    lo, hi = 0, len(sorted_values)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_values[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
