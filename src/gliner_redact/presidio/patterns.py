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
import datetime
import json
import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from gliner_redact.data.checksums import bsn_valid, cpf_check_digits, digits_of, luhn_valid, vin_valid
from gliner_redact.legal_forms import LEGAL_FORMS


class _Recognizer(PatternRecognizer):
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


class ImeiRecognizer(_Recognizer):
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


class VinRecognizer(_Recognizer):
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


class FrNirRecognizer(_Recognizer):
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


class NlBsnRecognizer(_Recognizer):
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


class BrCpfRecognizer(_Recognizer):
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


class JwtRecognizer(_Recognizer):
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


class GpsCoordinatesRecognizer(_Recognizer):
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


_MONTH_NAMES = (
    "january february march april may june july august september october november december "
    "januar februar märz mai juni juli oktober dezember "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
).split()
_MONTH_ABBREVIATIONS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec okt dez mär janv févr fév avr juil déc ene abr ago dic "
    "gen mag giu lug set ott mrt fev out"
).split()
_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + "|(?:" + "|".join(
    sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)
) + r")\.?)"
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_TIME = r"(?:,?\s(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:\s?[ap](?:\.m\.|m))?(?![\w:]))?"


class WrittenDateRecognizer(_Recognizer):
    """A calendar date written out with its year: "21 November 2023", "3 mars 2024", "14. März 2023",
    "5 de junio de 2024", "Nov 4, 2023", "18-Mar-2024", "14/03/2024", "14.03.2024", "03/14/2024", with the time of day
    right after it ("18-Mar-2024 08:10 AM", "04 Apr 2024, 10:30").

    Month names and abbreviations of English, German, French, Spanish, Italian, Dutch and
    Portuguese, any case. Unlike Presidio's `DateRecognizer` it needs a four-digit year and a real
    calendar day, so versions (2.8.14), amounts and impossible dates (31/02/2024) are left alone.
    ISO 8601 dates are left to the model: most are machine timestamps of log lines, which the
    annotation guideline does not count as personal data.
    """

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern(
            "day month-name year",
            rf"(?<![\w.]){_DAY}(?:st|nd|rd|th|er|º|\.)?(?:\s|-|\s+de\s+){_MONTH}(?:,?\s|-|\s+de\s+){_YEAR}(?![\w-]){_TIME}",
            0.6,
        ),
        Pattern("month-name day, year", rf"(?<![\w.]){_MONTH}\s{_DAY}(?:st|nd|rd|th)?,?\s{_YEAR}(?![\w-]){_TIME}", 0.6),
        Pattern(
            "day/month/year or month/day/year",
            rf"(?<![\w./-])(?:{_DAY}/(?:0?[1-9]|1[0-2])/{_YEAR}|(?:0?[1-9]|1[0-2])/{_DAY}/{_YEAR})(?![\w/-]|\.\d){_TIME}",
            0.5,
        ),
        Pattern(
            "day.month.year or day-month-year",
            rf"(?<![\w./-]){_DAY}([.-])(?:0?[1-9]|1[0-2])\1{_YEAR}(?![\w/-]|\.\d){_TIME}",
            0.5,
        ),
    )
    CONTEXT = ("date", "dated", "born", "dob", "on", "since", "until", "issued", "expires", "admitted", "discharged")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when an all-digit date is no calendar day in either order (31/02/2024)."""
        numbers = re.match(r"(\d+)[./-](\d+)[./-](\d+)(?!\d)", pattern_text)
        if numbers is None:
            return False
        first, second, year = (int(x) for x in numbers.groups())
        return not (_is_date(year, second, first) or _is_date(year, first, second))


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


_NAME_FORMS = sorted(
    {f for f in LEGAL_FORMS if len(f) > 2 and f not in ("Co.", "Inc", "Corp", "Ltd", "SAS", "SCI", "SNC")}, key=len, reverse=True
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
_NAME_LINK = r"&|and|und|et|e|y|de|van|der|den|di|del|della|du|des|la|le|von|zu|da|do|dos"
_NOT_A_NAME = (
    "The", "A", "An", "Dear", "From", "To", "Re", "Attn", "Between", "And", "Our", "Your", "With", "For", "By", "At", "Of",
    "Defendant", "Plaintiff", "Claimant", "Respondent", "Applicant", "Appellant", "Employer", "Employee", "Landlord",
    "Tenant", "Seller", "Buyer", "Vendor", "Supplier", "Customer", "Client", "Contractor", "Lender", "Borrower", "Insurer",
    "Arbeitgeber", "Auftraggeber", "Auftragnehmer", "Firma", "Vermieter", "Mieter", "Kunde", "Lieferant", "Absender",
    "Employeur", "Fournisseur", "Bailleur", "Locataire", "Cliente", "Proveedor", "Arrendador", "Empleador", "Datore",
    "Fornitore", "Werkgever", "Klant", "Leverancier", "Verhuurder", "Huurder", "Empregador", "Fornecedor",
)


class CompanyNameRecognizer(_Recognizer):
    """A company name written with its legal form: "Van Dijk Installatietechniek B.V.",
    "Officine Meccaniche Partenopee S.p.A.", "Brandt & Söhne Maschinenbau GmbH", "Harbour Lane Foods, LLC".

    One to six capitalised words (joined by "&", "and", "de", "van", ...) right before a legal form
    of `gliner_redact.legal_forms`. Words in capitals are not taken (bank statement lines put
    "SALARY" or "BACS" in front of the payee), nor two-letter forms ("AB", "SE" and "NV" are also
    provinces, states and street quadrants), nor a leading role word ("Defendant", "Landlord", "Arbeitgeber").
    """

    ENTITY = "ORGANIZATION"
    PATTERNS = (
        Pattern(
            "capitalised words and a legal form",
            rf"(?-i:(?<![\w.-])(?!(?:{'|'.join(_NOT_A_NAME)})\s){_NAME_WORD}(?:[ \u00a0](?:(?:{_NAME_LINK})[ \u00a0])?{_NAME_WORD}){{0,5}}"
            rf",?[ \u00a0](?:{'|'.join(re.escape(f) for f in _NAME_FORMS)})(?!\w))",
            0.6,
        ),
    )


_STREET_TYPES = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Way|Drive|Dr|Boulevard|Blvd|Close|Court|Ct|Crescent|Cres|Place|Pl|Terrace|"
    "Tce|Terr|Parade|Square|Sq|Grove|Gardens|Highway|Hwy|Row|Walk|Mews|Hill|Park|Parkway|Pkwy|Circle|Cir|Trail|Rise|View"
)
_HOUSE_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?"
_STREET_WORD = r"(?:[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*|\d{1,3}(?:st|nd|rd|th))"
_COMPOUND_STREET = (
    r"(?:[A-ZÄÖÜÅØÆ][\wäöüßåøæ-]*(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|gatan|vägen|gade|vej|veien|gata|"
    r"laan|straat|plein|gracht|kade|singel)|[A-ZÄÖÜ][\wäöüß-]* (?:Str\.|Straße|Strasse|Gasse|Weg|Allee|Platz|Ring|Damm))"
)
_ROMANCE_STREET = r"(?:Rue|Avenue|Boulevard|Chemin|Impasse|Allée|Via|Viale|Corso|Piazza|Piazzale|Calle|Avenida|Paseo|Plaza|Rua|Travessa|Largo)"
_ROMANCE_NAME = (
    r"(?:(?:de|du|des|la|le|les|di|del|della|dei|do|da|dos|das|y|e|[A-ZÀ-Þ][\w'’-]*) ){0,4}[A-ZÀ-Þ][\w'’-]*"
)


class StreetAddressRecognizer(_Recognizer):
    """A house number and street: "455 Rideau St", "Unit 7, 12 Brunel Way", "7/19 Bayview Tce",
    "225 W. Wacker Dr., Suite 1600", "1200 10th Avenue SW",
    "PO Box 4471", "Birger Jarlsgatan 58", "Hauptstätter Str. 12", "12 rue de Rivoli", "Via Manzoni 45".

    English-style addresses need a number, one to three capitalised words and a street type;
    German, Dutch and Nordic ones a compound street name and a number; French, Italian, Spanish and
    Portuguese ones a street word and a capitalised name. Any sentence full stop after an
    abbreviated type ("Oak St.") is left out, as the annotation guideline does.
    """

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern(
            "number and street",
            rf"(?-i:(?<![\w/.-])(?:(?:Unit|Apt|Flat|Suite) \d+[A-Za-z]?, )?{_HOUSE_NUMBER} (?:(?:[NSEW]|North|South|East|West)\.? )?"
            rf"(?:{_STREET_WORD} ){{1,3}}(?:{_STREET_TYPES})(?![\w-])(?: (?:[NS][EW]|North|South|East|West)(?!\w))?"
            rf"(?:\.?, (?:Suite|Ste\.?|Unit|Apt\.?|Floor) \d{{1,5}}[A-Za-z]?(?!\w))?)",
            0.6,
        ),
        Pattern("post office box", r"(?-i:(?<!\w)P\.? ?O\.? Box \d{1,6}(?!\w))", 0.6),
        Pattern("compound street name and number", rf"(?-i:(?<![\w-]){_COMPOUND_STREET} \d{{1,4}}[a-z]?(?![\w-]))", 0.6),
        Pattern(
            "number and French street",
            rf"(?-i:(?<![\w-])\d{{1,4}}(?:bis|ter)? (?i:rue|avenue|boulevard|chemin|impasse|allée|quai|cours) {_ROMANCE_NAME}(?![\w-]))",
            0.6,
        ),
        Pattern(
            "Romance street and number",
            rf"(?-i:(?<![\w-]){_ROMANCE_STREET} {_ROMANCE_NAME},? \d{{1,4}}[a-zA-Z]?(?![\w-]))",
            0.6,
        ),
    )


CHECKED_RECOGNIZERS: tuple[type[PatternRecognizer], ...] = (
    ImeiRecognizer,
    VinRecognizer,
    FrNirRecognizer,
    NlBsnRecognizer,
    BrCpfRecognizer,
    JwtRecognizer,
    GpsCoordinatesRecognizer,
    WrittenDateRecognizer,
    CompanyNameRecognizer,
    StreetAddressRecognizer,
)
"""The recognizers Presidio lacks (`WholeWordUrlRecognizer` replaces one it has)."""
