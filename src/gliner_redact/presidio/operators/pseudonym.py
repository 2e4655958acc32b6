"""Pseudonyms: stable `<PERSON_1>` tokens, the mapping that remembers them, and the operators using it."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

DEFAULT_TOKEN_FORMAT = "<{entity_type}_{index}>"
MAPPING_PARAM = "mapping"


class PseudonymMapping:
    """A two-way table (entity type, exact value) <-> token, numbered per entity type from 1 in first-seen order.

    Share one mapping across the documents of a job for job-wide numbering, or use one per document.
    Thread-safe; export with `to_dict`/`to_json` and import with `from_dict`/`from_json`. It holds the original
    values, so store exports like the data itself.
    """

    def __init__(self, token_format: str = DEFAULT_TOKEN_FORMAT) -> None:
        if "{index}" not in token_format:
            raise ValueError("token_format must contain '{index}'")
        self.token_format = token_format
        self._tokens: dict[tuple[str, str], str] = {}
        self._values: dict[str, tuple[str, str]] = {}
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def token_for(self, entity_type: str, value: str) -> str:
        """The token of `value`, creating the next one for `entity_type` on first sight."""
        with self._lock:
            token = self._tokens.get((entity_type, value))
            if token is None:
                token = self._next_token(entity_type)
                self._add(entity_type, value, token)
            return token

    def value_for(self, token: str) -> str:
        """The original value of `token`; KeyError when the token is unknown."""
        return self._values[token][1]

    def entity_type_for(self, token: str) -> str:
        """The entity type of `token`; KeyError when the token is unknown."""
        return self._values[token][0]

    def tokens(self) -> list[str]:
        """All tokens, in creation order."""
        return list(self._values)

    def __contains__(self, token: object) -> bool:
        return token in self._values

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"PseudonymMapping({len(self)} entries, token_format={self.token_format!r})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: token format and entries (entity_type, value, token) in creation order."""
        with self._lock:
            entries = [{"entity_type": t, "value": v, "token": token} for token, (t, v) in self._values.items()]
        return {"token_format": self.token_format, "entries": entries}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PseudonymMapping:
        """Rebuild a mapping exported by `to_dict`; numbering continues after the imported tokens."""
        mapping = cls(data.get("token_format", DEFAULT_TOKEN_FORMAT))
        for entry in data.get("entries", []):
            entity_type, value, token = entry["entity_type"], entry["value"], entry["token"]
            if token in mapping._values or (entity_type, value) in mapping._tokens:
                raise ValueError(f"duplicate pseudonym entry for token {token!r}")
            mapping._add(entity_type, value, token)
            mapping._counts[entity_type] = mapping._counts.get(entity_type, 0) + 1
        return mapping

    def to_json(self, **kwargs: Any) -> str:
        """`to_dict` as a JSON string (kwargs go to json.dumps)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_json(cls, text: str) -> PseudonymMapping:
        """Rebuild a mapping from `to_json` output."""
        return cls.from_dict(json.loads(text))

    def _next_token(self, entity_type: str) -> str:
        while True:
            self._counts[entity_type] = self._counts.get(entity_type, 0) + 1
            token = self.token_format.format(entity_type=entity_type, index=self._counts[entity_type])
            if token not in self._values:
                return token

    def _add(self, entity_type: str, value: str, token: str) -> None:
        self._tokens[(entity_type, value)] = token
        self._values[token] = (entity_type, value)


def _mapping(params: dict | None) -> PseudonymMapping:
    mapping = (params or {}).get(MAPPING_PARAM)
    if not isinstance(mapping, PseudonymMapping):
        raise InvalidParamError(f"Invalid input, {MAPPING_PARAM} must be a PseudonymMapping")
    return mapping


class Pseudonym(Operator):
    """Replace a value by its token from the `mapping` param (a PseudonymMapping, shared by reference)."""

    NAME = "pseudonym"

    def operate(self, text: str = None, params: dict = None) -> str:
        """Return the token of `text`."""
        return _mapping(params).token_for(params.get("entity_type", "DEFAULT"), text)

    def validate(self, params: dict = None) -> None:
        """Check that `mapping` is a PseudonymMapping."""
        _mapping(params)

    def operator_name(self) -> str:
        """Return operator name."""
        return self.NAME

    def operator_type(self) -> OperatorType:
        """Return operator type."""
        return OperatorType.Anonymize


class Depseudonym(Operator):
    """Replace a token by its original value from the `mapping` param."""

    NAME = "depseudonym"

    def operate(self, text: str = None, params: dict = None) -> str:
        """Return the original value of the token `text`."""
        try:
            return _mapping(params).value_for(text)
        except KeyError:
            raise InvalidParamError("Invalid input, text is not a token of this mapping") from None

    def validate(self, params: dict = None) -> None:
        """Check that `mapping` is a PseudonymMapping."""
        _mapping(params)

    def operator_name(self) -> str:
        """Return operator name."""
        return self.NAME

    def operator_type(self) -> OperatorType:
        """Return operator type."""
        return OperatorType.Deanonymize
