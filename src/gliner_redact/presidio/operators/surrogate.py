"""The `surrogate` anonymizer: realistic, consistent fake values."""

from __future__ import annotations

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

from .keys import validate_key
from .surrogates import DEFAULT_LOCALE, faker_for, make_surrogate


class Surrogate(Operator):
    """Replace a value by a fake of the same entity type and shape.

    Params: `key` (optional secret, str/bytes of 16+ bytes: the same key gives the same surrogate for the same
    value in every document, process and run; without it a random per-process key keeps surrogates consistent
    within the process only), `locale` (Faker locale, default en_US). Presidio passes the entity type as
    `entity_type`.
    """

    NAME = "surrogate"

    def operate(self, text: str = None, params: dict = None) -> str:
        """Return the surrogate of `text`."""
        params = params or {}
        return make_surrogate(text, params.get("entity_type", "DEFAULT"), key=params.get("key"),
                              locale=params.get("locale", DEFAULT_LOCALE))

    def validate(self, params: dict = None) -> None:
        """Check `key` and `locale`."""
        params = params or {}
        validate_key(params.get("key"))
        locale = params.get("locale", DEFAULT_LOCALE)
        if not isinstance(locale, str):
            raise InvalidParamError("Invalid input, locale must be a string")
        try:
            faker_for(locale)
        except ValueError as error:
            raise InvalidParamError(f"Invalid input, {error}") from error

    def operator_name(self) -> str:
        """Return operator name."""
        return self.NAME

    def operator_type(self) -> OperatorType:
        """Return operator type."""
        return OperatorType.Anonymize
