"""Synthetic documents of new domains, for fine-tuning demonstrations: labels outside the PII catalogue.

Each domain is a subpackage exposing `NEW_LABELS` ({name: description}), `DOC_TYPES`, `HELD_OUT_DOC_TYPES` and
`GENERATOR`: a class called as `GENERATOR(seed, split=..., locales=...)` that iterates over documents without end and
keeps counts in `.stats.to_dict()`. Imports are lazy so the CLI stays light.

    from gliner_redact.data.domains import DOMAINS, domain_module
    module = domain_module("clinical_trial")
    docs = module.generate_trial_documents(500, seed=0)
"""

from __future__ import annotations

import importlib
from types import ModuleType

DOMAINS: dict[str, str] = {"clinical_trial": "gliner_redact.data.domains.clinical_trial"}
"""Domain name -> module path."""


def domain_module(name: str) -> ModuleType:
    """The module of domain `name` (raises ValueError for an unknown domain)."""
    if name not in DOMAINS:
        raise ValueError(f"unknown domain {name!r}; known: {sorted(DOMAINS)}")
    return importlib.import_module(DOMAINS[name])
