"""Register this package's operators with Presidio's engines."""

from __future__ import annotations

from presidio_anonymizer import AnonymizerEngine, DeanonymizeEngine
from presidio_anonymizer.operators import Operator

from .generalize import Generalize
from .mask_format import MaskFormat
from .pseudonym import Depseudonym, Pseudonym
from .surrogate import Surrogate

ANONYMIZERS: tuple[type[Operator], ...] = (Surrogate, Pseudonym, MaskFormat, Generalize)
DEANONYMIZERS: tuple[type[Operator], ...] = (Depseudonym,)


def register_operators(
    anonymizer_engine: AnonymizerEngine | None = None,
    deanonymize_engine: DeanonymizeEngine | None = None,
) -> tuple[AnonymizerEngine, DeanonymizeEngine]:
    """Add surrogate, pseudonym, mask_format, generalize and depseudonym to the engines (new ones if None)."""
    anonymizer_engine = anonymizer_engine or AnonymizerEngine()
    deanonymize_engine = deanonymize_engine or DeanonymizeEngine()
    for operator in ANONYMIZERS:
        anonymizer_engine.add_anonymizer(operator)
    for operator in DEANONYMIZERS:
        deanonymize_engine.add_deanonymizer(operator)
    return anonymizer_engine, deanonymize_engine
