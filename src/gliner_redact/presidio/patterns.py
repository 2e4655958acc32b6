"""Pattern recognizers whose matches need code to check: check digits, JWT headers, word edges.

One class per identifier, in Presidio's style (`PATTERNS`, `CONTEXT`, a validation hook).
Where the check is strong next to the pattern (the French NIR's mod-97 key, a JWT header that
decodes to JSON) `validate_result` raises a passing match to score 1.0. Where it is weak (one
check digit on a plain run of digits) `invalidate_result` only drops failing matches and the
pattern's modest score stands, to be raised by context words. `WholeWordUrlRecognizer` replaces
Presidio's `UrlRecognizer`, whose domain pattern has no right edge and so reports `order.nu` in
`{{order.number}}` and `prod.int` in `db.prod.internal`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from gliner_redact.data.checksums import bsn_valid, cpf_check_digits, digits_of, luhn_valid, vin_valid


class PresetPatternRecognizer(PatternRecognizer):
    """Presidio's predefined-recognizer constructor: class-level defaults, all overridable."""

    PATTERNS: tuple[Pattern, ...] = ()
    CONTEXT: tuple[str, ...] = ()
    ENTITY = ""

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or list(self.PATTERNS),
            context=context or list(self.CONTEXT),
            supported_language=supported_language,
            name=name,
        )


class ImeiRecognizer(PresetPatternRecognizer):
    """IMEI (15 digits, Luhn check digit) as DEVICE_ID."""

    ENTITY = "DEVICE_ID"
    PATTERNS = (
        Pattern("IMEI (weak)", r"\b\d{15}\b", 0.1),
        Pattern("IMEI (grouped)", r"\b\d{2}[- ]\d{6}[- ]\d{6}[- ]\d\b", 0.4),
    )
    CONTEXT = ("imei", "device", "handset", "phone", "serial")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid unless the 15 digits pass Luhn and are not all equal."""
        digits = digits_of(pattern_text)
        return len(set(digits)) == 1 or not luhn_valid(digits)


class VinRecognizer(PresetPatternRecognizer):
    """Vehicle identification number (17 characters, no I/O/Q) with a North American check digit."""

    ENTITY = "VIN"
    PATTERNS = (
        Pattern(
            "VIN",
            r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b",
            0.5,
        ),
    )
    CONTEXT = ("vin", "vehicle", "chassis", "car", "identification")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when position 9 is not the ISO 3779 check character (VINs from outside North America often fail; the model covers them)."""
        return not vin_valid(pattern_text.upper())


class FrNirRecognizer(PresetPatternRecognizer):
    """French social security number (NIR / numéro INSEE): 13 characters plus a mod-97 key."""

    ENTITY = "FR_NIR"
    COUNTRY_CODE = "fr"
    PATTERNS = (
        Pattern("NIR", r"\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b", 0.5),
    )
    CONTEXT = ("nir", "insee", "sécurité sociale", "securite sociale", "social security", "numéro de sécurité")

    def validate_result(self, pattern_text: str) -> bool:
        """Valid when the key equals 97 - (number mod 97), Corsica's 2A/2B counted as 19/18."""
        compact = pattern_text.replace(" ", "").upper()
        body = compact[:5] + compact[5:7].replace("2A", "19").replace("2B", "18") + compact[7:13]
        return body.isdigit() and 97 - int(body) % 97 == int(compact[13:])


class NlBsnRecognizer(PresetPatternRecognizer):
    """Dutch citizen service number (BSN): 9 digits passing the 11-test."""

    ENTITY = "NL_BSN"
    COUNTRY_CODE = "nl"
    PATTERNS = (
        Pattern("BSN (weak)", r"\b\d{9}\b", 0.05),
        Pattern("BSN (grouped)", r"\b\d{4}\.\d{2}\.\d{3}\b", 0.3),
    )
    CONTEXT = ("bsn", "burgerservicenummer", "sofinummer", "citizen service number")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid unless the digits pass the 11-test and are not all zero."""
        digits = digits_of(pattern_text)
        return set(digits) == {"0"} or not bsn_valid(digits)


class BrCpfRecognizer(PresetPatternRecognizer):
    """Brazilian individual taxpayer number (CPF): 9 digits plus two mod-11 check digits."""

    ENTITY = "BR_CPF"
    COUNTRY_CODE = "br"
    PATTERNS = (
        Pattern("CPF (weak)", r"\b\d{11}\b", 0.05),
        Pattern("CPF (formatted)", r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", 0.5),
    )
    CONTEXT = ("cpf", "cadastro", "contribuinte", "pessoa física", "pessoa fisica")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid unless both check digits match; repeated digits (111.111.111-11) are invalid too."""
        digits = digits_of(pattern_text)
        return len(set(digits)) == 1 or cpf_check_digits(digits[:9]) != digits[9:]


class JwtRecognizer(PresetPatternRecognizer):
    """JSON Web Token (header.payload.signature, base64url) as API_KEY."""

    ENTITY = "API_KEY"
    PATTERNS = (
        Pattern("JWT", r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*", 0.5),
    )
    CONTEXT = ("jwt", "token", "bearer", "authorization")

    def validate_result(self, pattern_text: str) -> bool:
        """Valid when the header decodes to a JSON object with `alg` and the payload to a JSON object."""
        header, payload = (_base64url_json(part) for part in pattern_text.split(".")[:2])
        return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


class WholeWordUrlRecognizer(UrlRecognizer):
    """Presidio's URL recognizer, without matches that start or end inside a word."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's URL matches, less those with a letter, digit or `_` right before or after them."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _inside_word(text, r.start - 1) and not _inside_word(text, r.end)]


def _inside_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _base64url_json(part: str) -> object:
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


_DEGREES = r"\d{1,3}(?:\.\d+)?°"
_DMS = r"\d{1,3}°\s?\d{1,2}['′]\s?\d{1,2}(?:\.\d+)?(?:\"|″|'')"


class GpsCoordinatesRecognizer(PresetPatternRecognizer):
    """A latitude, longitude pair: decimal degrees, degrees with hemispheres, or degrees-minutes-seconds.

    A pair of plain decimals is only taken with 4+ decimals each (fewer is too often a pair of
    amounts), and scores low at 4 decimals (exchange rates look alike) until a context word raises it.
    Latitude must lie within ±90 and longitude within ±180.
    """

    ENTITY = "GPS_COORDINATES"
    PATTERNS = (
        Pattern("decimal degrees (4 decimals)", r"(?<![\w.+-])-?\d{1,2}\.\d{4},\s?-?\d{1,3}\.\d{4}(?!\w|\.\d)", 0.2),
        Pattern("decimal degrees (5+ decimals)", r"(?<![\w.+-])-?\d{1,2}\.\d{5,},\s?-?\d{1,3}\.\d{5,}(?!\w|\.\d)", 0.5),
        Pattern("degrees and hemispheres", rf"(?<![\w.]){_DEGREES}\s?[NS],?\s{_DEGREES}\s?[EW](?!\w)", 0.6),
        Pattern("degrees minutes seconds", rf"(?<!\w){_DMS}\s?[NS],?\s?{_DMS}\s?[EW](?!\w)", 0.6),
    )
    CONTEXT = ("gps", "coordinates", "coords", "lat", "latitude", "lon", "lng", "longitude", "position", "location", "geo")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when the latitude is beyond ±90 or the longitude beyond ±180 degrees."""
        lat, lon = (float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?=°|,|$)", pattern_text.replace(" ", ""))[:2])
        return abs(lat) > 90 or abs(lon) > 180


CHECKED_RECOGNIZERS: tuple[type[PatternRecognizer], ...] = (
    ImeiRecognizer,
    VinRecognizer,
    FrNirRecognizer,
    NlBsnRecognizer,
    BrCpfRecognizer,
    JwtRecognizer,
    GpsCoordinatesRecognizer,
)
"""The recognizers Presidio lacks (`WholeWordUrlRecognizer` replaces one it has)."""
