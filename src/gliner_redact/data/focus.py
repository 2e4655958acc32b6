"""Focus labels: each document is asked to carry a few labels the balancer is short of.

The generator draws the focus labels from those a genre can host (`GENRE_LABELS`), weighted by deficit; writers then
add one sentence (prose genres) or one field (records, logs, JSON, CSV) per focus label, and `Context.maybe` says yes
to optional slots of focus labels.
"""

from __future__ import annotations

import random
from typing import Mapping, Sequence

from .builder import Piece, Pii
from .context import Context
from .fragments import kv_block
from .mentions import MENTIONS
from .validate import PII_LABELS
from .values import government, identity

_ALL = frozenset(PII_LABELS)
_IDENTITY = frozenset(
    {
        "person",
        "title",
        "email",
        "phone_number",
        "street_address",
        "city",
        "region",
        "postal_code",
        "country",
        "nrp",
        "date_of_birth",
        "date",
        "time",
        "age",
        "ssn",
        "national_id",
        "passport_number",
        "drivers_license",
        "tax_id",
        "organization",
        "job_title",
        "customer_id",
        "url",
    }
)
_FINANCE = frozenset(
    {
        "iban",
        "bank_account_number",
        "routing_number",
        "credit_card_number",
        "card_security_code",
        "card_expiry",
        "crypto_wallet",
        "tax_id",
        "customer_id",
    }
)
_MEDICAL = frozenset({"medical_record_number", "health_insurance_id", "medical_condition", "medication", "age"})
_TECH = frozenset({"ip_address", "mac_address", "url", "username", "password", "api_key", "device_id"})
_VEHICLE = frozenset({"license_plate", "vin", "drivers_license", "gps_coordinates"})

GENRE_LABELS: dict[str, frozenset[str]] = {
    "email_thread": _ALL,
    "chat": _ALL,
    "sms": _ALL,
    "meeting_notes": _ALL,
    "support_ticket": _ALL,
    "incident_report": _ALL,
    "court_filing": _ALL,
    "app_logs": _ALL,
    "json_records": _ALL,
    "crm_export": _ALL,
    "clinical_note": _IDENTITY | _MEDICAL,
    "lab_report": _IDENTITY | _MEDICAL,
    "hr_record": _IDENTITY | _FINANCE | _TECH | _VEHICLE | {"employee_id", "medical_condition", "health_insurance_id"},
    "cv": _IDENTITY | {"username", "drivers_license", "employee_id"},
    "invoice": _IDENTITY | _FINANCE,
    "bank_statement": _IDENTITY | _FINANCE,
    "insurance_claim": _IDENTITY | _FINANCE | _MEDICAL | _VEHICLE | {"device_id"},
    "contract": _IDENTITY | _FINANCE | _VEHICLE | {"employee_id"},
    "kyc_form": _IDENTITY | _FINANCE | _TECH,
    "travel_booking": _IDENTITY | _FINANCE | {"medical_condition", "device_id"},
    "vehicle_rental": _IDENTITY | _FINANCE | _VEHICLE | {"device_id"},
}


def choose_focus(rng: random.Random, genre: str, boost: Mapping[str, float], k: int) -> tuple[str, ...]:
    """Up to `k` distinct labels the genre can host, drawn with weight boost**2 (labels in deficit first)."""
    pool = sorted(GENRE_LABELS.get(genre, _ALL))
    weights = [boost.get(label, 1.0) ** 2 for label in pool]
    chosen: list[str] = []
    for _ in range(min(k, len(pool))):
        i = rng.choices(range(len(pool)), weights=weights, k=1)[0]
        chosen.append(pool.pop(i))
        weights.pop(i)
    return tuple(chosen)


FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "person": ("Contact name", "Account holder", "Next of kin", "Authorised by"),
    "title": ("Title", "Salutation"),
    "email": ("Email", "E-mail address", "Alternate email"),
    "phone_number": ("Phone", "Mobile", "Telephone", "Alternate phone"),
    "street_address": ("Street", "Address line 1", "Correspondence address"),
    "city": ("City", "Town", "Place of birth"),
    "region": ("State", "County", "Province", "Region"),
    "postal_code": ("Postcode", "ZIP", "Postal code"),
    "country": ("Country", "Country of residence", "Country of birth"),
    "nrp": ("Nationality", "Religion", "Ethnicity", "Political affiliation"),
    "date_of_birth": ("Date of birth", "DOB", "Birth date"),
    "date": ("Effective date", "Last contact", "Date received", "Review date"),
    "time": ("Time", "Appointment time", "Call back after"),
    "age": ("Age",),
    "ssn": ("SSN", "Social Security No.", "US SSN"),
    "national_id": ("National ID",),
    "passport_number": ("Passport number", "Passport no."),
    "drivers_license": ("Driving licence no.", "Driver's license", "DL number"),
    "tax_id": ("Tax ID",),
    "iban": ("IBAN", "Refund IBAN"),
    "bank_account_number": ("Account number", "Bank account"),
    "routing_number": ("Routing",),
    "credit_card_number": ("Card number", "Credit card"),
    "card_security_code": ("CVV", "Security code", "CVC"),
    "card_expiry": ("Expiry date", "Valid thru", "Card expiry"),
    "ip_address": ("IP address", "Last login IP", "Registered IP"),
    "mac_address": ("MAC address", "Wi-Fi MAC"),
    "url": ("Website", "Profile URL", "Portfolio"),
    "username": ("Username", "Login", "User ID"),
    "password": ("Password", "Temporary password", "PIN/password"),
    "api_key": ("API key", "Access token", "Secret key"),
    "medical_record_number": ("MRN", "Hospital number", "Patient ID"),
    "health_insurance_id": ("Insurance ID", "Member ID", "Health plan no."),
    "medical_condition": ("Diagnosis", "Condition", "Known conditions"),
    "medication": ("Medication", "Current medication", "Allergic to"),
    "license_plate": ("Vehicle registration", "Licence plate", "Car reg"),
    "vin": ("VIN", "Chassis number"),
    "device_id": ("Device ID", "IMEI", "Serial number"),
    "organization": ("Company", "Employer", "Organisation", "Bank", "Insurer"),
    "job_title": ("Job title", "Occupation", "Position"),
    "gps_coordinates": ("GPS", "Coordinates", "Last known location"),
    "crypto_wallet": ("Wallet address", "BTC address", "Crypto wallet"),
    "customer_id": ("Customer ID", "Account no.", "Member no.", "Client number"),
    "employee_id": ("Employee ID", "Staff no.", "Payroll number"),
}
_NRP_KIND = {
    "Nationality": "nationality",
    "Religion": "religion",
    "Ethnicity": "ethnic",
    "Political affiliation": "political",
}


def focus_field(ctx: Context, label: str) -> tuple[str, Piece]:
    """A (field name, value) row for `label`, the name fitting the value."""
    key = ctx.choice(FIELD_KEYS[label])
    if label == "nrp":
        return key, Pii("nrp", identity.nrp(ctx, _NRP_KIND[key]))
    if label == "national_id":
        names = government.NATIONAL_ID_NAMES.get(ctx.loc.code, ())
        key = ctx.choice(names) if ctx.loc.code not in ("en_US", "en_AU") else "Foreign national ID"
        return key, ctx.v("national_id")
    if label == "tax_id":
        return ctx.choice(government.TAX_ID_NAMES[ctx.loc.code]), ctx.v("tax_id")
    if label == "routing_number":
        name = str(ctx.slot("routing_name"))
        return name[0].upper() + name[1:], ctx.v("routing_number")
    if label == "device_id" and key == "IMEI":
        return key, ctx.slot("imei")
    if label == "person":
        return key, Pii("person", identity.new_person(ctx).full)
    return key, ctx.v(label)


def focus_sentences(ctx: Context, labels: Sequence[str] | None = None) -> list[list[Piece]]:
    """One prose sentence per focus label (or per label in `labels`)."""
    return [ctx.fill(ctx.pick(MENTIONS[label])) for label in (ctx.focus if labels is None else labels)]


def piece_labels(piece: Piece) -> set[str]:
    """Labels of the annotated values inside `piece`."""
    if isinstance(piece, Pii):
        return {piece.label}
    if isinstance(piece, (list, tuple)):
        return set().union(*(piece_labels(p) for p in piece)) if piece else set()
    return set()


def take_focus_fields(ctx: Context, rows: Sequence[tuple[str, Piece]] = ()) -> list[tuple[str, Piece]]:
    """The focus fields not already among `rows`, the first time a writer asks in a document (empty afterwards)."""
    if ctx.memo.get("focus_taken"):
        return []
    ctx.memo["focus_taken"] = True
    present = piece_labels([value for _, value in rows])
    keys = {key for key, _ in rows}
    out = []
    for label in ctx.focus:
        if label in present or (label == "ssn" and "national_id" in present):
            continue
        key, value = focus_field(ctx, label)
        if key not in keys:
            keys.add(key)
            out.append((key, value))
    return out


def take_focus_sentences(ctx: Context) -> list[list[Piece]]:
    """The focus sentences, the first time a writer asks in a document (empty afterwards)."""
    if ctx.memo.get("focus_taken"):
        return []
    ctx.memo["focus_taken"] = True
    return focus_sentences(ctx)


_SECTION_TITLES = (
    "Additional information",
    "Other details",
    "Supplementary details",
    "Further information",
    "Internal use only",
    "Notes",
    "Additional details",
    "Other",
)


def focus_block(ctx: Context, rows: Sequence[tuple[str, Piece]] = (), style: str | None = None) -> list[Piece]:
    """A titled key-value section holding the focus fields not already among `rows` (empty when none)."""
    extra = take_focus_fields(ctx, rows)
    if not extra:
        return []
    return [ctx.choice(_SECTION_TITLES), "\n", kv_block(ctx, extra, style), "\n"]
