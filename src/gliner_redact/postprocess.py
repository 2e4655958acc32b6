"""What the Presidio recognizer and the spaCy component do to the model's entities of one text, in order:
organisations take in their legal form (`legal_forms`), then, when asked, repeated mentions are added (`repeats`)."""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Entity
from .legal_forms import extend_legal_forms
from .repeats import add_repeats


def refine_entities(text: str, entities: Sequence[Entity], *, repeats: bool) -> list[Entity]:
    """`entities` with legal forms taken in and, with `repeats`, the other mentions of what they found."""
    extended = extend_legal_forms(text, entities)
    return add_repeats(text, extended) if repeats else extended
