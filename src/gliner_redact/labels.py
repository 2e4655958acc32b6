"""The PII catalogue: every label the default model knows, with the description it reads,
the Presidio entity it maps to, a default score threshold and a coarse group.

Labels are passed to the model as `{name: description}`; the description (a short noun
phrase, GLiNER2 style) is what goes into the prompt, so it is kept to a dozen words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GROUPS: tuple[str, ...] = (
    "identity",
    "contact",
    "location",
    "financial",
    "government_id",
    "digital",
    "health",
    "vehicle",
    "temporal",
    "organisation",
)

DEFAULT_THRESHOLD = 0.4
"""Score threshold of every catalogue label: best micro-F1 of `pii-small` on the synthetic dev set among
0.3/0.4/0.5 (benchmarks/results/model_quality.md), and higher redaction recall than 0.5."""


@dataclass(frozen=True)
class LabelSpec:
    """One catalogue entry."""

    name: str
    description: str
    presidio_entity: str
    threshold: float
    group: str


def _spec(name: str, description: str, presidio_entity: str, group: str) -> LabelSpec:
    return LabelSpec(name, description, presidio_entity, DEFAULT_THRESHOLD, group)


_SPECS: tuple[LabelSpec, ...] = (
    _spec("person", "name of a person: first, middle or last name, initials", "PERSON", "identity"),
    _spec("title", "honorific before a person's name, such as Mr, Ms, Dr or Prof", "TITLE", "identity"),
    _spec("email", "e-mail address of a person", "EMAIL_ADDRESS", "contact"),
    _spec("phone_number", "telephone or mobile phone number", "PHONE_NUMBER", "contact"),
    _spec("street_address", "street address: house number, street, flat or PO box", "LOCATION", "location"),
    _spec("city", "name of a city, town or village", "LOCATION", "location"),
    _spec("region", "state, province, county or region", "LOCATION", "location"),
    _spec("postal_code", "postal code or ZIP code", "POSTAL_CODE", "location"),
    _spec("country", "name of a country", "LOCATION", "location"),
    _spec("nrp", "nationality, ethnic, religious or political group", "NRP", "identity"),
    _spec("date_of_birth", "date of birth of a person", "DATE_TIME", "temporal"),
    _spec("date", "calendar date or relative date such as yesterday", "DATE_TIME", "temporal"),
    _spec("time", "time of day", "DATE_TIME", "temporal"),
    _spec("age", "age of a person", "AGE", "identity"),
    _spec("ssn", "US social security number", "US_SSN", "government_id"),
    _spec("national_id", "national identity number or ID card number", "NATIONAL_ID", "government_id"),
    _spec("passport_number", "passport number", "PASSPORT", "government_id"),
    _spec("drivers_license", "driver's licence number", "DRIVER_LICENSE", "government_id"),
    _spec("tax_id", "tax identification number", "TAX_ID", "government_id"),
    _spec("iban", "international bank account number (IBAN)", "IBAN_CODE", "financial"),
    _spec("bank_account_number", "bank account number", "BANK_ACCOUNT", "financial"),
    _spec("routing_number", "bank routing number or sort code", "ABA_ROUTING_NUMBER", "financial"),
    _spec("credit_card_number", "credit or debit card number", "CREDIT_CARD", "financial"),
    _spec("card_security_code", "card security code (CVV)", "CARD_CVV", "financial"),
    _spec("card_expiry", "payment card expiry date", "CARD_EXPIRY", "financial"),
    _spec("ip_address", "IP address, IPv4 or IPv6", "IP_ADDRESS", "digital"),
    _spec("mac_address", "MAC address of a network device", "MAC_ADDRESS", "digital"),
    _spec("url", "web address or URL", "URL", "digital"),
    _spec("username", "username, login name or social media handle", "USERNAME", "digital"),
    _spec("password", "password or passphrase", "PASSWORD", "digital"),
    _spec("api_key", "API key, secret token or private key", "API_KEY", "digital"),
    _spec("medical_record_number", "medical record number of a patient", "MEDICAL_RECORD_NUMBER", "health"),
    _spec("health_insurance_id", "health insurance policy or member number", "HEALTH_INSURANCE_ID", "health"),
    _spec(
        "medical_condition", "medical condition: diagnosis, disease, disorder or injury", "MEDICAL_CONDITION", "health"
    ),
    _spec("medication", "name of a medication or drug", "MEDICATION", "health"),
    _spec("license_plate", "vehicle licence plate number", "LICENSE_PLATE", "vehicle"),
    _spec("vin", "vehicle identification number (VIN)", "VIN", "vehicle"),
    _spec("device_id", "device identifier such as IMEI or serial number", "DEVICE_ID", "digital"),
    _spec("organization", "name of a company, employer, school, hospital or bank", "ORGANIZATION", "organisation"),
    _spec("job_title", "job title or occupation of a person", "JOB_TITLE", "organisation"),
    _spec("gps_coordinates", "GPS coordinates: latitude and longitude", "GPS_COORDINATES", "location"),
    _spec("crypto_wallet", "cryptocurrency wallet address", "CRYPTO", "financial"),
    _spec("customer_id", "customer, account or membership number", "CUSTOMER_ID", "organisation"),
    _spec("employee_id", "employee ID or staff number", "EMPLOYEE_ID", "organisation"),
)

CATALOGUE: dict[str, LabelSpec] = {spec.name: spec for spec in _SPECS}


def label_names() -> list[str]:
    """All catalogue label names, in catalogue order."""
    return list(CATALOGUE)


def _select(names: Iterable[str] | None) -> list[LabelSpec]:
    if names is None:
        return list(CATALOGUE.values())
    missing = [name for name in names if name not in CATALOGUE]
    if missing:
        raise KeyError(f"labels not in the catalogue: {', '.join(missing)}")
    return [CATALOGUE[name] for name in names]


def descriptions(names: Iterable[str] | None = None) -> dict[str, str]:
    """`{name: description}` for `names` (default: the whole catalogue), the form the model takes."""
    return {spec.name: spec.description for spec in _select(names)}


def thresholds(names: Iterable[str] | None = None) -> dict[str, float]:
    """`{name: default threshold}` for `names` (default: the whole catalogue)."""
    return {spec.name: spec.threshold for spec in _select(names)}


def presidio_entity(name: str) -> str:
    """The Presidio entity type a catalogue label maps to (KeyError for unknown labels)."""
    return CATALOGUE[name].presidio_entity


def labels_for_presidio_entities(entities: Iterable[str]) -> list[str]:
    """Catalogue labels (catalogue order) mapping to any of `entities`; unknown entities match nothing."""
    wanted = set(entities)
    return [spec.name for spec in _SPECS if spec.presidio_entity in wanted]


LabelsSpec = None | str | Iterable[str] | Mapping[str, str]


def resolve_labels(spec: LabelsSpec = None) -> dict[str, str]:
    """Turn a user's label choice into `{name: description}`.

    `None` is the whole catalogue; a comma-separated string or a list of names takes the
    catalogue description of each name (a name outside the catalogue is its own
    description); a dict keeps the descriptions it gives. Order is kept, duplicates dropped.
    """
    if spec is None:
        return descriptions()
    if isinstance(spec, Mapping):
        resolved = {}
        for name, description in spec.items():
            name, description = _clean(name), str(description).strip()
            if not description:
                raise ValueError(f"label {name!r} has an empty description")
            resolved[name] = description
    else:
        names = spec.split(",") if isinstance(spec, str) else list(spec)
        resolved = {}
        for raw in names:
            if isinstance(spec, str) and not raw.strip():
                continue
            name = _clean(raw)
            resolved.setdefault(name, CATALOGUE[name].description if name in CATALOGUE else name)
    if not resolved:
        raise ValueError("no labels given")
    return resolved


def _clean(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"label names must be non-empty strings, got {name!r}")
    return name.strip()
