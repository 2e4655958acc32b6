"""The span type every layer of gliner-redact exchanges."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    """A detected span: character offsets into the original text (end exclusive)."""

    start: int
    end: int
    label: str
    score: float
    text: str

    def to_dict(self) -> dict:
        """Upstream GLiNER's entity dict layout: start, end, text, label, score."""
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label, "score": self.score}
