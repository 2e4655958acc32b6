"""Presidio anonymizer operators: surrogate, pseudonym/depseudonym, mask_format, generalize.

>>> anonymizer, deanonymizer = register_operators()
>>> anonymizer.anonymize(text, results, {"DEFAULT": OperatorConfig("surrogate", {"key": secret})})
"""

from .config import load_operator_config, operator_configs_from_dict
from .generalize import Generalize
from .mask_format import MaskFormat, mask_alnum
from .pseudonym import Depseudonym, Pseudonym, PseudonymMapping
from .registry import ANONYMIZERS, DEANONYMIZERS, register_operators
from .reversible import anonymize_reversible, deanonymize, find_tokens, resolve_conflicts
from .surrogate import Surrogate
from .surrogates import SURROGATE_GENERATORS, make_surrogate

__all__ = [
    "ANONYMIZERS",
    "DEANONYMIZERS",
    "SURROGATE_GENERATORS",
    "Depseudonym",
    "Generalize",
    "MaskFormat",
    "Pseudonym",
    "PseudonymMapping",
    "Surrogate",
    "anonymize_reversible",
    "deanonymize",
    "find_tokens",
    "load_operator_config",
    "make_surrogate",
    "mask_alnum",
    "operator_configs_from_dict",
    "register_operators",
    "resolve_conflicts",
]
