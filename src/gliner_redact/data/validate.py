"""Checks every generated document must pass: exact, word-aligned, non-overlapping spans with known labels."""

from __future__ import annotations

import re

WORD_PATTERN = re.compile(r"\w+(?:[-_]\w+)*|\S")
"""The model's word splitter (see the helper brief): spans must start and end on these words' edges."""

PII_LABELS: tuple[str, ...] = (
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
    "iban",
    "bank_account_number",
    "routing_number",
    "credit_card_number",
    "card_security_code",
    "card_expiry",
    "ip_address",
    "mac_address",
    "url",
    "username",
    "password",
    "api_key",
    "medical_record_number",
    "health_insurance_id",
    "medical_condition",
    "medication",
    "license_plate",
    "vin",
    "device_id",
    "organization",
    "job_title",
    "gps_coordinates",
    "crypto_wallet",
    "customer_id",
    "employee_id",
)
"""The label names of the PII catalogue (see the helper brief)."""

_LABEL_SET = frozenset(PII_LABELS)
_TRAILING_OK = frozenset(
    {"title", "organization", "password", "api_key", "person", "job_title", "street_address", "date"}
)
"""Labels whose values may end with an abbreviation's period: "Dr.", "Inc.", "Marguerite A.", "Det. Sgt.", "13 juil."."""


def _w(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def is_word_start(text: str, i: int) -> bool:
    """True when a word of `WORD_PATTERN` starts at `i` (checked from neighbouring characters only)."""
    if i >= len(text) or text[i].isspace():
        return False
    if i == 0:
        return True
    ch, prev = text[i], text[i - 1]
    if _w(ch):
        return not (_w(prev) or (prev == "-" and i >= 2 and _w(text[i - 2])))
    return not (ch == "-" and _w(prev) and i + 1 < len(text) and _w(text[i + 1]))


def is_word_end(text: str, i: int) -> bool:
    """True when a word of `WORD_PATTERN` ends at `i` (exclusive end)."""
    if i <= 0 or text[i - 1].isspace():
        return False
    if i == len(text):
        return True
    last, nxt = text[i - 1], text[i]
    if _w(last):
        return not (_w(nxt) or (nxt == "-" and i + 1 < len(text) and _w(text[i + 1])))
    return not (last == "-" and i >= 2 and _w(text[i - 2]) and _w(nxt))


def document_problems(doc: dict) -> list[str]:
    """Why `doc` breaks the JSONL contract (empty when it is valid). Messages carry labels, never values."""
    text = doc.get("text")
    problems: list[str] = []
    if not isinstance(text, str) or not text:
        return ["empty text"]
    prev_end = -1
    for i, span in enumerate(doc.get("spans", [])):
        s, e, label = span["start"], span["end"], span["label"]
        where = f"span {i} ({label})"
        if label not in _LABEL_SET:
            problems.append(f"{where}: unknown label")
        if not 0 <= s < e <= len(text):
            problems.append(f"{where}: offsets out of range")
            continue
        if text[s:e] != span["text"]:
            problems.append(f"{where}: text does not match offsets")
        if s < prev_end:
            problems.append(f"{where}: overlaps or is out of order")
        prev_end = max(prev_end, e)
        value = text[s:e]
        if value != value.strip():
            problems.append(f"{where}: surrounding whitespace")
        if not (is_word_start(text, s) and is_word_end(text, e)):
            problems.append(f"{where}: not word-aligned")
        if value[-1] in ",;:" or (value[-1] == "." and label not in _TRAILING_OK):
            problems.append(f"{where}: trailing punctuation")
    return problems
