"""Secret keys and keyed seeds: HMAC-SHA256 of (entity type, normalized value)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from presidio_anonymizer.entities import InvalidParamError

MIN_KEY_BYTES = 16

# Without a key, surrogates are keyed by this per-process secret: consistent for every document and engine run
# in one process, unlinkable across processes and runs.
_PROCESS_KEY = secrets.token_bytes(32)

# Identifier-like types whose separators are formatting only ("4242 4242 ..." == "4242-4242-...").
_COMPACT_TYPES = frozenset({
    "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "BANK_ACCOUNT", "ABA_ROUTING_NUMBER", "CARD_CVV",
    "MAC_ADDRESS", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "TAX_ID", "LICENSE_PLATE", "VIN", "DEVICE_ID",
    "MEDICAL_RECORD_NUMBER", "HEALTH_INSURANCE_ID", "CUSTOMER_ID", "EMPLOYEE_ID",
})
_NON_ALNUM = re.compile(r"[\W_]+")


def key_bytes(key: str | bytes | None) -> bytes:
    """The secret as bytes; the per-process key when `key` is None."""
    if key is None:
        return _PROCESS_KEY
    return key.encode("utf8") if isinstance(key, str) else bytes(key)


def validate_key(key: object) -> None:
    """Raise InvalidParamError unless `key` is None or a str/bytes secret of at least 16 bytes."""
    if key is None:
        return
    if not isinstance(key, (str, bytes)):
        raise InvalidParamError("Invalid input, key must be a str or bytes")
    if len(key_bytes(key)) < MIN_KEY_BYTES:
        raise InvalidParamError(f"Invalid input, key must be at least {MIN_KEY_BYTES} bytes")


def normalize_value(entity_type: str, value: str) -> str:
    """Case- and spacing-insensitive form of `value`; identifier types also drop separators."""
    text = unicodedata.normalize("NFKC", value).casefold()
    if entity_type in _COMPACT_TYPES:
        return _NON_ALNUM.sub("", text)
    return " ".join(text.split())


def keyed_seed(key: str | bytes | None, entity_type: str, value: str, attempt: int = 0) -> bytes:
    """HMAC-SHA256(key, entity type + normalized value + attempt): the seed of one surrogate."""
    message = "\x1f".join((entity_type, normalize_value(entity_type, value), str(attempt)))
    return hmac.new(key_bytes(key), message.encode("utf8"), hashlib.sha256).digest()
