"""Helpers for the generator's value tests: a document context, and the validator's verdict on one span."""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker

from gliner_redact.data.context import Context
from gliner_redact.data.locales import LOCALE_SPECS
from gliner_redact.data.slots import SLOT_MAKERS
from gliner_redact.data.validate import document_problems

_FAKERS: dict[str, Faker] = {}


def make_context(
    locale: str, seed: int | str = 0, *, language: str | None = None, prose: str | None = None, now: dt.date = dt.date(2024, 5, 1)
) -> Context:
    """A one-document context of `locale` (its language unless `language`) seeded with `seed`; `prose` sets the
    language of the sentences being written (default: the context's, English)."""
    if not _FAKERS:
        _FAKERS.update({code: Faker(code) for code in LOCALE_SPECS})
    spec = LOCALE_SPECS[locale]
    ctx = Context(
        random.Random(seed),
        _FAKERS,
        spec,
        language=language or spec.language,
        now=now,
        boost={},
        size=1,
        slot_makers=SLOT_MAKERS,
    )
    if prose:
        ctx.prose_language = prose
    return ctx


def valid_span(label: str, value: str) -> bool:
    """Whether `value`, annotated as `label` in running text, passes the generator's validator."""
    text = f"x {value} y"
    return not document_problems({"text": text, "spans": [{"start": 2, "end": 2 + len(value), "label": label, "text": value}]})
