"""Reversible anonymization (Presidio's encrypt, or pseudonyms) with an exact round trip."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from presidio_anonymizer import AnonymizerEngine, DeanonymizeEngine
from presidio_anonymizer.entities import (
    ConflictResolutionStrategy,
    EngineResult,
    OperatorConfig,
    OperatorResult,
    RecognizerResult,
)

from .pseudonym import MAPPING_PARAM, PseudonymMapping
from .registry import register_operators

_NON_OVERLAPPING = ConflictResolutionStrategy.REMOVE_INTERSECTIONS


def resolve_conflicts(text: str, results: Sequence[Any], engine: AnonymizerEngine | None = None
                      ) -> list[RecognizerResult]:
    """The spans Presidio will replace, in text order: contained results dropped, same-type intersections and
    space-separated same-type neighbours merged, partial overlaps trimmed (the lower score loses the overlap).

    Presidio's default conflict strategy leaves partial overlaps of different types in place; each operator then
    sees the full original span, so overlapping characters would be restored twice on deanonymization. A trimmed
    span also loses the white space left at its cut edge ("Jeroen" of "Jeroen\n\nmarco.b" cut before `marco.b`
    keeps its line breaks out of the replacement); a span left with nothing but white space is dropped.
    """
    engine = engine or AnonymizerEngine()
    kept = engine.anonymize(text, list(results), {"DEFAULT": OperatorConfig("keep")},
                            conflict_resolution=_NON_OVERLAPPING)
    resolved = []
    for item in kept.items:
        start, end = _stripped(text, item.start, item.end)
        if start < end:
            resolved.append(RecognizerResult(item.entity_type, start, end, item.score if item.score is not None else 1.0))
    return sorted(resolved, key=lambda r: (r.start, r.end))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _one_secret(key: str | bytes | None, mapping: PseudonymMapping | None) -> None:
    if (key is None) == (mapping is None):
        raise ValueError("pass exactly one of key (encrypt) or mapping (pseudonyms)")


def anonymize_reversible(
    text: str,
    results: Sequence[Any],
    *,
    key: str | bytes | None = None,
    mapping: PseudonymMapping | None = None,
    engine: AnonymizerEngine | None = None,
) -> EngineResult:
    """Anonymize every result reversibly: AES `encrypt` with `key`, or `pseudonym` tokens from `mapping`.

    Overlaps are resolved first (see `resolve_conflicts`), so `deanonymize` restores `text` exactly.
    Pseudonyms are numbered in reading order (Presidio itself replaces from the end of the text).
    """
    _one_secret(key, mapping)
    engine = engine or register_operators()[0]
    resolved = resolve_conflicts(text, results, engine)
    if mapping is not None:
        for result in resolved:
            mapping.token_for(result.entity_type, text[result.start:result.end])
        operator = OperatorConfig("pseudonym", {MAPPING_PARAM: mapping})
    else:
        operator = OperatorConfig("encrypt", {"key": key})
    return engine.anonymize(text, resolved, {"DEFAULT": operator}, conflict_resolution=_NON_OVERLAPPING)


def find_tokens(text: str, mapping: PseudonymMapping) -> list[OperatorResult]:
    """Every token of `mapping` in `text` (longest match first), as deanonymizable items."""
    tokens = sorted(mapping.tokens(), key=len, reverse=True)
    if not tokens:
        return []
    pattern = re.compile("|".join(map(re.escape, tokens)))
    return [OperatorResult(m.start(), m.end(), mapping.entity_type_for(m.group(0)), m.group(0), "pseudonym")
            for m in pattern.finditer(text)]


def _as_items(items: Sequence[OperatorResult | Mapping[str, Any]], operator: str) -> list[OperatorResult]:
    parsed = [item if isinstance(item, OperatorResult) else OperatorResult.from_json(dict(item)) for item in items]
    return [item for item in parsed if item.operator in (None, operator)]


def deanonymize(
    text: str,
    items: Sequence[OperatorResult | Mapping[str, Any]] | None = None,
    *,
    key: str | bytes | None = None,
    mapping: PseudonymMapping | None = None,
    engine: DeanonymizeEngine | None = None,
) -> EngineResult:
    """Restore the originals of `items` (EngineResult.items or their dicts) with `key` or `mapping`.

    Items made by other operators are left alone. With a mapping and no items, tokens are found in the text,
    so text rewritten after anonymization (an LLM answer, an edited document) can be restored too.
    """
    _one_secret(key, mapping)
    engine = engine or register_operators()[1]
    if mapping is not None:
        entities = find_tokens(text, mapping) if items is None else _as_items(items, "pseudonym")
        operator = OperatorConfig("depseudonym", {MAPPING_PARAM: mapping})
    else:
        if items is None:
            raise ValueError("items are required to decrypt")
        entities = _as_items(items, "encrypt")
        operator = OperatorConfig("decrypt", {"key": key})
    return engine.deanonymize(text, entities, {"DEFAULT": operator})
