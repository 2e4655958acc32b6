"""Pattern recognizers for values written in words: dates, company names with their legal form, street
addresses, the town after a postal code and the clinical abbreviations of conditions.

Their patterns mix case-sensitive parts (a capitalised word, "PO Box") with case-free ones (month
names, "rue"), so each pattern scopes its case with `(?-i:...)` and `(?i:...)` inside Presidio's
global IGNORECASE flag. When they were added, 5,163 of their 5,164 matches on 1,500 generated test
documents, and 239 of their 242 on the hand-written set, lay inside a gold span of their kind.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gliner_redact.legal_forms import LEGAL_FORMS

from .patterns import PresetPatternRecognizer


def _any(words: Iterable[str]) -> str:
    """A regex group matching any of `words`, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


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
_MONTH = rf"(?:{_any(_MONTH_NAMES)}|{_any(_MONTH_ABBREVIATIONS)}\.?)"
_ENGLISH_ABBREVIATIONS = "jan feb apr jun jul aug sep sept oct nov dec".split()
_DOTTED_ABBREVIATIONS = "janv févr fév avr juil déc".split()
_MONTH_WITHOUT_YEAR = (
    rf"(?:{_any(m for m in _MONTH_NAMES if m not in ('may', 'mai'))}|{_any(_DOTTED_ABBREVIATIONS)}\.|{_any(_ENGLISH_ABBREVIATIONS)})"
)
_WEEKDAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|seg|ter|qua|qui|sex)"
    r"\.?,? )?"
)
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_SPACE = r"[ \t\u00a0]"
_TIME = rf"(?:,?{_SPACE}(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:{_SPACE}?[ap](?:\.m\.|m))?(?![\w:]))?"


class WrittenDateRecognizer(PresetPatternRecognizer):
    """A calendar date written out: "21 November 2023", "3 mars 2024", "14. März 2023", "5 de junio de 2024",
    "Nov 4, 2023", "18-Mar-2024", "14/03/2024", "14.03.2024", "03/14/2024", with the time of day right after
    it ("18-Mar-2024 08:10 AM", "04 Apr 2024, 10:30"); and a day and month name without a year, after an
    optional weekday ("1 maart", "sam. 13 juil.", "Tue 12 Oct").

    Month names and abbreviations of English, German, French, Spanish, Italian, Dutch and
    Portuguese, any case. Unlike Presidio's `DateRecognizer` it needs a four-digit year or a month
    name, and an all-digit date must be a real calendar day, so versions (2.8.14), amounts and
    impossible dates (31/02/2024) are left alone. A date never runs over a line break. Without a
    year, "may"/"mai" and abbreviations that are also words ("mar", "set", "out") are not taken.
    ISO 8601 dates are left to the model: most are machine timestamps of log lines, which the
    annotation guideline does not count as personal data.
    """

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern(
            "day month-name year",
            rf"(?<![\w.]){_DAY}(?:st|nd|rd|th|er|º|\.)?(?:{_SPACE}|-|{_SPACE}de{_SPACE}){_MONTH}(?:,?{_SPACE}|-|{_SPACE}de{_SPACE}){_YEAR}"
            rf"(?![\w-]){_TIME}",
            0.6,
        ),
        Pattern(
            "month-name day, year", rf"(?<![\w.]){_MONTH}{_SPACE}{_DAY}(?:st|nd|rd|th)?,?{_SPACE}{_YEAR}(?![\w-]){_TIME}", 0.6
        ),
        Pattern(
            "day and month-name without a year",
            rf"(?<![\w.]){_WEEKDAY}{_DAY}(?:st|nd|rd|th|er|º)?(?: | de ){_MONTH_WITHOUT_YEAR}(?!\w)",
            0.5,
        ),
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
    CONTEXT = ("date", "dated", "born", "dob", "since", "until", "issued", "expires", "admitted", "discharged")

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


_NAME_FORMS = {f for f in LEGAL_FORMS if len(f) > 2 and f not in ("Co.", "Inc", "Corp", "Ltd", "SAS", "SCI", "SNC", "N.A.")}
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
_NAME_LINK = r"&|and|und|et|e|y|de|van|der|den|di|del|della|du|des|la|le|von|zu|da|do|dos"
_FUNCTION_WORDS = (
    "An", "This", "That", "These", "Those", "Our", "Your", "Their", "His", "Her", "Its", "My", "We", "You", "They",
    "Are", "Is", "Was", "Were", "Be", "Been", "Not", "Very", "All", "From", "To", "For", "And", "With", "By", "At",
    "Of", "In", "On",
)
"""Capitalised words that start sentences and headings rather than names ("The" is left to each use: "12 The Crescent")."""
_NOT_A_NAME = (
    *_FUNCTION_WORDS, "The", "Dear", "Re", "Attn", "Between", "Bill", "Ship", "Sold", "Prepared", "Invoice",
    "Yesterday", "Today", "Tomorrow", "Previous", "Current", "Former", "Fax", "Tel", "Phone", "Email",
    "Defendant", "Plaintiff", "Claimant", "Respondent", "Applicant", "Appellant", "Employer", "Employee", "Landlord",
    "Tenant", "Seller", "Buyer", "Vendor", "Supplier", "Customer", "Client", "Contractor", "Lender", "Borrower", "Insurer",
    "Arbeitgeber", "Auftraggeber", "Auftragnehmer", "Firma", "Vermieter", "Mieter", "Kunde", "Lieferant", "Absender",
    "Employeur", "Fournisseur", "Bailleur", "Locataire", "Cliente", "Proveedor", "Arrendador", "Empleador", "Datore",
    "Fornitore", "Werkgever", "Klant", "Leverancier", "Verhuurder", "Huurder", "Empregador", "Fornecedor",
)
_COMPANY_WORD = rf"(?!{_any(_NOT_A_NAME)}[ \u00a0,]){_NAME_WORD}"


class CompanyNameRecognizer(PresetPatternRecognizer):
    """A company name written with its legal form: "Van Dijk Installatietechniek B.V.",
    "Officine Meccaniche Partenopee S.p.A.", "Brandt & Söhne Maschinenbau GmbH", "Harbour Lane Foods, LLC".

    One to six capitalised words (joined by "&", "and", "de", "van", ...) right before a legal form
    of `gliner_redact.legal_forms`. Words in capitals are not taken (bank statement lines put
    "SALARY" or "BACS" in front of the payee), nor two-letter forms ("AB", "SE" and "NV" are also
    provinces, states and street quadrants), nor role and function words ("Defendant", "Arbeitgeber", "Bill To",
    "Seats Are Limited"), nor "N.A." (also "not available"; the model's bank names take it through `legal_forms`).
    """

    ENTITY = "ORGANIZATION"
    PATTERNS = (
        Pattern(
            "capitalised words and a legal form",
            rf"(?-i:(?<![\w.-]){_COMPANY_WORD}(?:[ \u00a0](?:(?:{_NAME_LINK})[ \u00a0])?{_COMPANY_WORD}){{0,5}}"
            rf",?[ \u00a0]{_any(re.escape(f) for f in _NAME_FORMS)}(?!\w))",
            0.6,
        ),
    )


_STREET_TYPES = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Way|Drive|Dr|Boulevard|Blvd|Close|Court|Ct|Crescent|Cres|Place|Pl|Terrace|"
    "Tce|Terr|Parade|Square|Sq|Grove|Gardens|Highway|Hwy|Row|Walk|Mews|Hill|Park|Parkway|Pkwy|Circle|Cir|Trail|Rise|View"
)
_HOUSE_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?"
_STREET_WORD = rf"(?:(?!{_any((*_FUNCTION_WORDS, 'Supreme'))} )[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th))"
_COMPOUND_STREET = (
    r"(?:[A-ZÄÖÜÅØÆ][\wäöüßåøæ-]{2,}(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|gatan|vägen|vej|veien|gata|"
    r"laan|straat|plein|gracht|kade|singel)|[A-ZÄÖÜ][\wäöüß-]{2,}(?<![aeiouyäöü])ring|[A-ZÆØÅ][\wæøå-]{4,}gade"
    r"|[A-ZÄÖÜ][\wäöüß-]* (?:Str\.|Straße|Strasse|Gasse|Weg|Allee|Platz|Ring|Damm))"
)
_ROMANCE_STREET = r"(?:Rue|Avenue|Boulevard|Chemin|Impasse|Allée|Via|Viale|Corso|Piazza|Piazzale|Calle|Avenida|Paseo|Plaza|Rua|Travessa|Largo)"
_ROMANCE_NAME = (
    r"(?:(?:de|du|des|la|le|les|di|del|della|dei|do|da|dos|das|y|e|[A-ZÀ-Þ][\w'’-]*) ){0,4}[A-ZÀ-Þ][\w'’-]*"
)


class StreetAddressRecognizer(PresetPatternRecognizer):
    """A house number and street: "455 Rideau St", "Unit 7, 12 Brunel Way", "7/19 Bayview Tce",
    "225 W. Wacker Dr., Suite 1600", "1200 10th Avenue SW",
    "PO Box 4471", "Jarlsgatan 58", "Hauptstätter Str. 12", "12 rue de Rivoli", "Via Manzoni 45".

    English-style addresses need a number (not a year after "In" or "Since"), one to three
    capitalised words that are not function words and a street type; German, Dutch and Nordic ones a
    compound street name and a number ("-ring" after a consonant: "Kaiserring", not "During"); French,
    Italian, Spanish and Portuguese ones a street word, a capitalised name and, for a number after
    the name, the end of the address ("Via Manzoni 45, Milano", not "Via Slack, 3 engineers"). Any
    sentence full stop after an abbreviated type ("Oak St.") is left out, as the annotation
    guideline does.
    """

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern(
            "number and street",
            rf"(?-i:(?<![\w/.-])(?<!In )(?<!in )(?<!Since )(?<!since )(?:(?:Unit|Apt|Flat|Suite) \d+[A-Za-z]?, )?{_HOUSE_NUMBER} "
            rf"(?:(?:[NSEW]|North|South|East|West)\.? )?"
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
            rf"(?-i:(?<![\w-]){_ROMANCE_STREET} {_ROMANCE_NAME},? \d{{1,4}}[a-zA-Z]?(?:/[A-Za-z0-9]{{1,3}})?(?![\w-])"
            rf"(?=[ \t]*(?:\r?$|[,;.)\"\r\n]| \(| —| –| - | \d{{4,5}}\b)))",
            0.6,
        ),
    )


_POSTAL_CODE = (
    r"(?:\d{5}|\d{4} ?(?!NE |NW |SE |SW |UK |EU |US |UN )[A-Z]{2}|\d{4}-\d{3}"
    r"|(?:A|B|CH|CZ|D|DK|E|F|FI|H|I|L|N|NL|P|PL|S)-\d{4,5})"
)
_TOWN_LINK = r"(?:sur|sous|en|le|la|les|lès|am|an|im|der|de|di|del|aan|den|op|upon|on)"
_TOWN = rf"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:(?:-| |-{_TOWN_LINK}-| {_TOWN_LINK} )[A-ZÀ-Þ][a-zß-ÿ'’]+){{0,3}}"


class PostalTownRecognizer(PresetPatternRecognizer):
    """The town after a postal code at the end of an address line: "Colomiers" in "31770 Colomiers",
    "Amsterdam" in "1016 GD Amsterdam", "Lisboa" in "1100-013 Lisboa", "Berlin" in "D-10115 Berlin".

    The postal code starts a line or follows ", " or ": ", and is five digits, four digits and two letters
    (not a street quadrant such as "NE" or a code such as "UK"), four and three digits, or a European
    country letter and digits ("D-10115"); the town must end the line or be
    followed by a comma, a bracket or a dash, and must not end in a street type. Only the town is
    reported; the postal code is the model's.
    """

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern(
            "postal code and town",
            rf"(?-i:(?:^|(?<=, )|(?<=: )|(?<=\t)){_POSTAL_CODE} {_TOWN}(?=[ \t]*(?:\r?$|[,\r\n)]|—|–| - )))",
            0.5,
        ),
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when the "town" ends in a street type: a US house number and street ("12345 Main Street")."""
        return re.search(rf"(?-i: (?:{_STREET_TYPES}))$", pattern_text) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """Presidio's pattern matching, each result cut down to the town."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            code = re.match(rf"{_POSTAL_CODE} ", text[result.start : result.end])
            if code is not None:
                result.start += code.end()
        return results


CONDITION_ABBREVIATIONS: tuple[str, ...] = (
    "T1DM", "T2DM", "DM2", "IDDM", "NIDDM", "HTN", "COPD", "HFrEF", "HFpEF", "CKD", "AKI", "ESRD", "GERD", "GORD",
    "DVT", "IHD", "AFib", "OSA", "IBS", "IBD", "UTI", "URTI", "ADHD", "PTSD", "OCD", "HIV", "HCV", "HBV", "BPH",
    "PCOS", "TIA", "NSTEMI", "STEMI", "ARDS", "DKA", "SLE", "MRSA", "CLL",
)
"""Clinical abbreviations of conditions that are not also common words, currencies, places or business terms
("CAD", "CHF", "MS", "PE", "AML", "CVA", "AIDS")."""


class ConditionAbbreviationRecognizer(PresetPatternRecognizer):
    """A medical condition written as its clinical abbreviation, in capitals as clinicians write it:
    "PMH: T2DM, HTN", "HIV+", "admitted with AKI" (`CONDITION_ABBREVIATIONS`)."""

    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = (
        Pattern(
            "condition abbreviation",
            rf"(?-i:(?<![\w-]){_any(CONDITION_ABBREVIATIONS)}(?![\w-]))",
            0.5,
        ),
    )


WRITTEN_RECOGNIZERS: tuple[type[PatternRecognizer], ...] = (
    WrittenDateRecognizer,
    CompanyNameRecognizer,
    StreetAddressRecognizer,
    PostalTownRecognizer,
    ConditionAbbreviationRecognizer,
)
"""The recognizers of `recognizers/written.yaml`."""
