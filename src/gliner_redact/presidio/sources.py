"""Which side reports an entity: the model, the pattern recognizers, or both.

A `sources` table maps Presidio entity names to `model`, `patterns` or `both`. Pattern
recognizers often report a country-specific entity (`UK_NINO`, `IN_PAN`) for what the
catalogue calls one entity (`NATIONAL_ID`, `TAX_ID`); `family()` maps them back so the table
can be checked against the recognizers an analyzer really has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SOURCES: tuple[str, ...] = ("model", "patterns", "both")

PATTERN_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "UK_NINO", "CA_SIN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IN_AADHAAR", "PL_PESEL",
            "SG_NRIC_FIN", "FI_PERSONAL_IDENTITY_CODE", "SE_PERSONNUMMER", "KR_RRN", "TR_NATIONAL_ID",
            "TH_TNIN", "ZA_ID_NUMBER", "NG_NIN", "FR_NIR", "NL_BSN", "BR_CPF", "DE_ID_CARD",
            "IT_IDENTITY_CARD",
        ),
        "NATIONAL_ID",
    ),
    **dict.fromkeys(("US_ITIN", "IN_PAN", "AU_TFN", "DE_TAX_ID", "PH_TIN", "ZA_INCOME_TAX_NUMBER"), "TAX_ID"),
    **dict.fromkeys(
        ("UK_NHS", "AU_MEDICARE", "US_MBI", "US_HEALTH_INSURANCE_MEMBER_ID", "DE_HEALTH_INSURANCE"),
        "HEALTH_INSURANCE_ID",
    ),
    **dict.fromkeys(
        ("US_PASSPORT", "UK_PASSPORT", "IN_PASSPORT", "ES_PASSPORT", "IT_PASSPORT", "DE_PASSPORT", "KR_PASSPORT",
         "PH_PASSPORT", "ZA_PASSPORT"),
        "PASSPORT",
    ),
    **dict.fromkeys(
        ("US_DRIVER_LICENSE", "UK_DRIVING_LICENCE", "IT_DRIVER_LICENSE", "DE_FUEHRERSCHEIN", "KR_DRIVER_LICENSE",
         "ZA_DRIVER_LICENSE"),
        "DRIVER_LICENSE",
    ),
    **dict.fromkeys(("UK_POSTCODE", "CA_POSTAL_CODE", "DE_PLZ"), "POSTAL_CODE"),
    **dict.fromkeys(
        ("UK_VEHICLE_REGISTRATION", "IN_VEHICLE_REGISTRATION", "NG_VEHICLE_REGISTRATION", "DE_KFZ",
         "TR_LICENSE_PLATE", "ZA_LICENSE_PLATE"),
        "LICENSE_PLATE",
    ),
    "US_BANK_NUMBER": "BANK_ACCOUNT",
}


def family(entity: str) -> str:
    """The catalogue entity a pattern recognizer's entity stands for (itself when it is one)."""
    return PATTERN_FAMILIES.get(entity, entity)


def validate_sources(sources: Mapping[str, str]) -> dict[str, str]:
    """A copy of `sources` after checking every value is `model`, `patterns` or `both`."""
    bad = {entity: source for entity, source in sources.items() if source not in SOURCES}
    if bad:
        raise ValueError(f"sources must be one of {SOURCES}; got {bad}")
    return dict(sources)


def source_problems(sources: Mapping[str, str], pattern_entities: Iterable[str]) -> list[str]:
    """Disagreements between a sources table and the entities the pattern recognizers report.

    An entity marked `model` must have no pattern recognizer; one marked `patterns` or `both`
    needs at least one (country-specific entities count for their family).
    """
    covered = {family(entity) for entity in pattern_entities}
    problems = []
    for entity, source in sources.items():
        if source == "model" and entity in covered:
            problems.append(f"{entity} is marked 'model' but a pattern recognizer reports it")
        elif source != "model" and entity not in covered:
            problems.append(f"{entity} is marked '{source}' but no pattern recognizer reports it")
    return problems
