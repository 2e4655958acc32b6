"""The `generalize` anonymizer: coarser values (year, age band, postal prefix, rounded coordinates)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

from .dates import month_first, parse_date

_UK_POSTCODE = re.compile(r"(?i)\s*([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\s*")
_US_ZIP = re.compile(r"\s*(\d{3})\d{2}(?:-\d{4})?\s*")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

DEFAULTS: dict[str, Any] = {"granularity": "year", "locale": "en_US", "age_band": 10, "age_cap": 90,
                            "prefix_length": 3, "decimals": 1}


def _placeholder(text: str, params: dict[str, Any]) -> str:
    return f"<{params['entity_type']}>"


def generalize_date(text: str, params: dict[str, Any]) -> str:
    """Year ("2019") or month ("March 2019"); a year found in free text; else the placeholder."""
    dayfirst = params.get("dayfirst", not month_first(params["locale"]))
    parsed = parse_date(text, dayfirst=dayfirst)
    if parsed is not None and parsed.has_year:
        if params["granularity"] == "month" and parsed.has_month:
            return parsed.value.strftime("%B %Y")
        return str(parsed.value.year)
    match = _YEAR.search(text)
    return match.group(1) if match else _placeholder(text, params)


def generalize_age(text: str, params: dict[str, Any]) -> str:
    """The number becomes its band ("42 years old" -> "40-49 years old"); `age_cap` and over -> "90+"."""
    match = re.search(r"\d+", text)
    if not match:
        return _placeholder(text, params)
    years, width, cap = int(match.group(0)), params["age_band"], params["age_cap"]
    if years >= cap:
        band = f"{cap}+"
    else:
        low = years // width * width
        band = f"{low}-{min(low + width, cap) - 1}"
    return text[:match.start()] + band + text[match.end():]


def generalize_postal_code(text: str, params: dict[str, Any]) -> str:
    """UK outward code ("SW1A"), US ZIP3 ("021"), otherwise the first `prefix_length` characters."""
    for pattern in (_UK_POSTCODE, _US_ZIP):
        match = pattern.fullmatch(text)
        if match:
            return match.group(1).upper()
    return text.strip()[: params["prefix_length"]].rstrip()


def generalize_gps(text: str, params: dict[str, Any]) -> str:
    """Every number rounded to `decimals` places ("51.5074, -0.1278" -> "51.5, -0.1")."""
    decimals = params["decimals"]
    return _NUMBER.sub(lambda m: f"{round(float(m.group(0)), decimals):.{decimals}f}", text)


GENERALIZERS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "DATE_TIME": generalize_date,
    "AGE": generalize_age,
    "POSTAL_CODE": generalize_postal_code,
    "GPS_COORDINATES": generalize_gps,
}


class Generalize(Operator):
    """Replace a value by a coarser one; other entity types get the `<ENTITY_TYPE>` placeholder.

    Params: `granularity` ("year" | "month", dates), `locale` or `dayfirst` (reading 03/04/2019),
    `age_band` (10) and `age_cap` (90: ages >= 90 become "90+"), `prefix_length` (3, non-UK/US postal codes),
    `decimals` (1, coordinates).
    """

    NAME = "generalize"

    def operate(self, text: str = None, params: dict = None) -> str:
        """Return the generalized text."""
        merged = {**DEFAULTS, "entity_type": "DEFAULT", **(params or {})}
        return GENERALIZERS.get(merged["entity_type"], _placeholder)(text, merged)

    def validate(self, params: dict = None) -> None:
        """Check the params."""
        merged = {**DEFAULTS, **(params or {})}
        if merged["granularity"] not in ("year", "month"):
            raise InvalidParamError("Invalid input, granularity must be 'year' or 'month'")
        for name in ("age_band", "age_cap", "prefix_length"):
            value = merged[name]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidParamError(f"Invalid input, {name} must be an int >= 1")
        if isinstance(merged["decimals"], bool) or not isinstance(merged["decimals"], int) or merged["decimals"] < 0:
            raise InvalidParamError("Invalid input, decimals must be an int >= 0")

    def operator_name(self) -> str:
        """Return operator name."""
        return self.NAME

    def operator_type(self) -> OperatorType:
        """Return operator type."""
        return OperatorType.Anonymize
