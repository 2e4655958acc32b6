"""Validity checks for domain documents: the generator's checks, with the domain's new labels allowed."""

from __future__ import annotations

from typing import Iterable

from ..validate import document_problems


def domain_problems(doc: dict, new_labels: Iterable[str]) -> list[str]:
    """Why `doc` breaks the JSONL contract (empty when valid); labels in `new_labels` count as known.

    Spans must be exact, sorted, non-overlapping, trimmed, word-aligned and without trailing punctuation, exactly as
    `gliner_redact.data.document_problems` checks them; only its "unknown label" finding is waived for new labels.
    """
    allowed = set(new_labels)
    waived = {
        f"span {i} ({span['label']}): unknown label"
        for i, span in enumerate(doc.get("spans", []))
        if span.get("label") in allowed
    }
    return [p for p in document_problems(doc) if p not in waived]
