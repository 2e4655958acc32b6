"""Load operator configs: YAML `{ENTITY_TYPE or DEFAULT: {operator: name, params: {...}}}` -> OperatorConfig."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig
from presidio_anonymizer.operators import OperatorType

from .pseudonym import MAPPING_PARAM, PseudonymMapping
from .registry import register_operators

ENV_SUFFIX = "_env"
SECRET_PARAMS = frozenset({"key", "salt"})
_MAPPING_OPERATORS = frozenset({"pseudonym", "depseudonym"})


class EnvSecret(str):
    """A str read from the environment whose repr hides it (OperatorConfig's repr prints its params)."""

    def __repr__(self) -> str:
        return "'<secret>'"


def _resolve_params(entity: str, params: Mapping[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    resolved: dict[str, Any] = {}
    for name, value in params.items():
        if name in SECRET_PARAMS:
            raise ValueError(f"{entity}: put secrets in the environment, not in configs: use {name}{ENV_SUFFIX}")
        if name.endswith(ENV_SUFFIX):
            target = name[: -len(ENV_SUFFIX)]
            if value not in environ:
                raise ValueError(f"{entity}: environment variable {value!r} (from {name}) is not set")
            resolved[target] = EnvSecret(environ[value])
        else:
            resolved[name] = value
    return resolved


def operator_configs_from_dict(
    data: Mapping[str, Any],
    *,
    mapping: PseudonymMapping | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, OperatorConfig]:
    """Build and validate `{entity_type: OperatorConfig}` from parsed config data.

    `NAME_env: VAR` params are read from the environment as `NAME` (secrets never sit in configs: a literal
    `key` or `salt` is refused). pseudonym/depseudonym entries share `mapping` (a new one when None).
    """
    if not isinstance(data, Mapping):
        raise ValueError("an operator config is a mapping of entity type -> {operator, params}")
    environ = os.environ if environ is None else environ
    anonymizer, deanonymizer = register_operators()
    factories = {OperatorType.Anonymize: anonymizer.operators_factory,
                 OperatorType.Deanonymize: deanonymizer.operators_factory}
    known = {**{name: OperatorType.Anonymize for name in anonymizer.get_anonymizers()},
             **{name: OperatorType.Deanonymize for name in deanonymizer.get_deanonymizers()}}
    configs: dict[str, OperatorConfig] = {}
    for entity, entry in data.items():
        if not isinstance(entry, Mapping) or "operator" not in entry or set(entry) - {"operator", "params"}:
            raise ValueError(f"{entity}: expected {{operator: name, params: {{...}}}}")
        name = entry["operator"]
        if name not in known:
            raise ValueError(f"{entity}: unknown operator {name!r}; known: {sorted(known)}")
        params = _resolve_params(entity, entry.get("params") or {}, environ)
        if name in _MAPPING_OPERATORS:
            if mapping is None:
                mapping = PseudonymMapping()
            params[MAPPING_PARAM] = mapping
        operator = factories[known[name]].create_operator_class(name, known[name])
        try:
            operator.validate(params={**params, "entity_type": entity})
        except InvalidParamError as error:
            raise ValueError(f"{entity}: {error.err_msg}") from error
        configs[str(entity)] = OperatorConfig(name, params)
    return configs


def load_operator_config(
    path: str | os.PathLike[str],
    *,
    mapping: PseudonymMapping | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, OperatorConfig]:
    """Read an operator config YAML file (e.g. configs/operators/surrogate.yaml); see `operator_configs_from_dict`."""
    with Path(path).open(encoding="utf8") as handle:
        data = yaml.safe_load(handle) or {}
    return operator_configs_from_dict(data, mapping=mapping, environ=environ)
