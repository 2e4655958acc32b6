"""Pattern recognizers for values written in words: calendar and relative dates, company names with their
legal form, street addresses, the town after a postal code, medical conditions by name or clinical
abbreviation, symptoms by name and the values of form fields that name an organisation or a job title.

Their patterns mix case-sensitive parts (a capitalised word, "PO Box") with case-free ones (month
names, "rue"), so each pattern scopes its case with `(?-i:...)` and `(?i:...)` inside Presidio's
global IGNORECASE flag. 6,053 of their 6,129 matches on 1,500 generated test documents, and 290 of
their 296 on the hand-written set, lie inside a gold span of their kind (most of the others are card
expiry months, "May 2027", which are personal data of another kind); these figures predate
`ConditionTermRecognizer` and `SymptomTermRecognizer`.
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


_ENGLISH_GERMAN_MONTHS = (
    "january february march april may june july august september october november december "
    "januar februar märz mai juni juli oktober dezember"
).split()
_MONTH_NAMES = _ENGLISH_GERMAN_MONTHS + (
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
_LOWER_MONTH = _any(m for m in _MONTH_NAMES if m not in ("may", "mai", "march", "august"))
"""Month names as taken in lower case: not the English and German ones that are also words."""
_MONTH_BEFORE_YEAR = rf"(?:(?-i:(?=[A-ZÀ-Þ])){_MONTH}|(?-i:{_LOWER_MONTH}))"
_ENGLISH_ABBREVIATIONS = "jan feb apr jun jul aug sep sept oct nov dec".split()
_DOTTED_ABBREVIATIONS = "janv févr fév avr juil déc".split()
_MONTH_WITHOUT_YEAR = (
    rf"(?:{_any(m for m in _MONTH_NAMES if m not in ('may', 'mai'))}|{_any(_DOTTED_ABBREVIATIONS)}\.|{_any(_ENGLISH_ABBREVIATIONS)})"
)
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
"""Weekday names of the seven languages, as each writes them."""
_ENGLISH_WEEKDAY_ABBREVIATIONS = "mon tue wed thu fri sat sun".split()
_WEEKDAY_ABBREVIATIONS = "lun mar mer jeu ven sam dim mié jue vie sáb dom gio sab seg ter qua qui sex".split()
_WEEKDAY_NAMES = {w.lower() for names in _WEEKDAYS.values() for w in names.split()}
_WEEKDAY = (
    rf"(?:(?:{_any(_WEEKDAY_NAMES)}|{_any(_ENGLISH_WEEKDAY_ABBREVIATIONS)}\.?|{_any(_WEEKDAY_ABBREVIATIONS)}\.),? "
    rf"|{_any(_WEEKDAY_ABBREVIATIONS)} )?"
)
"""An optional weekday before a date; other languages' abbreviations take a comma only after their full stop
("sam., 13 juil."), so a name before a date ("Sam, 12 March 2024") is left out."""
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_SPACE = r"[ \t\u00a0]"
_TIME = rf"(?:,?{_SPACE}(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:{_SPACE}?[ap](?:\.m\.|m))?(?![\w:]))?"


class WrittenDateRecognizer(PresetPatternRecognizer):
    """A calendar date written out: "21 November 2023", "3 mars 2024", "14. März 2023", "5 de junio de 2024",
    "Nov 4, 2023", "18-Mar-2024", "14/03/2024", "14.03.2024", "03/14/2024", with the weekday before it
    ("Tuesday, 12 March 2024", "lunes 18 de marzo") and the time of day right after it ("18-Mar-2024 08:10 AM",
    "04 Apr 2024, 10:30"); a month and year ("June 2024", "marzo de 2024"); and a day and month name without
    a year, after an optional weekday ("1 maart", "sam. 13 juil.", "Tue 12 Oct").

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
            rf"(?<![\w.]){_WEEKDAY}{_DAY}(?:st|nd|rd|th|er|º|\.)?(?:{_SPACE}|-|{_SPACE}de{_SPACE}){_MONTH}(?:,?{_SPACE}|-|{_SPACE}de{_SPACE}){_YEAR}"
            rf"(?![\w-]){_TIME}",
            0.6,
        ),
        Pattern(
            "month-name day, year", rf"(?<![\w.]){_WEEKDAY}{_MONTH}{_SPACE}{_DAY}(?:st|nd|rd|th)?,?{_SPACE}{_YEAR}(?![\w-]){_TIME}", 0.6
        ),
        Pattern(
            "month-name year",
            rf"(?<![\w.]){_MONTH_BEFORE_YEAR}(?:{_SPACE}(?:de|of){_SPACE}|,?{_SPACE}){_YEAR}(?![\w-])",
            0.5,
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


_CAPITALISED_WEEKDAY = _any(f"{_WEEKDAYS['en']} {_WEEKDAYS['de']}".split())
_LOWER_WEEKDAY = _any({w for lang in ("fr", "es", "it", "nl", "pt") for w in _WEEKDAYS[lang].split()})
_COUNT = _any(
    (
        r"\d{1,3}", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few",
        "several", "einem", "einer", "zwei", "drei", "vier", "fünf", "sechs", "zehn", "un", "une", "deux", "trois",
        "quatre", "cinq", "dix", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "diez", "due", "tre",
        "quattro", "cinque", "sei", "dieci", "een", "één", "twee", "drie", "vijf", "zes", "tien", "um", "uma", "dois",
        "duas", "três", "dez",
    )
)
"""Counts before a unit of time: digits, and number words up to ten in the seven languages."""
_RELATIVE_DAY = _any(
    w.replace("'", "['’]")
    for w in (
        "yesterday", "today", "tonight", "tomorrow", "tmrw", "the day before yesterday", "the day after tomorrow",
        "gestern", "vorgestern", "heute", "übermorgen", "avant-hier", "aujourd'hui", "après-demain", "demain",
        "ayer", "anteayer", "hoy", "pasado mañana", "l'altro ieri", "ieri", "oggi", "domani", "dopodomani",
        "gisteren", "eergisteren", "vandaag", "overmorgen", "ontem", "anteontem", "hoje", "amanhã",
        "depois de amanhã",
    )
)
_RELATIVE_PHRASE = "|".join(
    (
        rf"(?:last|next|this) (?:week|month|year|weekend|{_CAPITALISED_WEEKDAY})",
        r"(?:earlier|later) this (?:week|month)",
        r"(?:letzte[nrs]?|nächste[nrs]?|vergangene[nrs]?|kommende[nrs]?|diese[nrs]?) (?:Woche|Monat|Jahr|Wochenende)",
        rf"(?:letzten|nächsten|vergangenen|kommenden|diesen) {_CAPITALISED_WEEKDAY}",
        r"(?:la semaine|le mois|l['’]année) (?:dernière|dernier|prochaine|prochain|passée|passé)",
        r"cette semaine|ce mois-ci|cette année",
        r"(?:la semana|el mes|el año) (?:pasad[oa]|que viene|próxim[oa])|(?:la próxima semana|el próximo (?:mes|año))",
        r"esta semana|este mes|este año",
        r"(?:la settimana|il mese|l['’]anno) (?:scors[oa]|prossim[oa])|questa settimana|questo mese|quest['’]anno",
        r"(?:vorige|volgende|afgelopen|aanstaande|komende) (?:week|maand)|(?:vorig|volgend) jaar|deze (?:week|maand)|dit jaar",
        rf"(?:vorige|volgende|afgelopen|aanstaande|komende) {_LOWER_WEEKDAY}",
        r"(?:(?:na )?semana|mês|ano) (?:passad[oa]|que vem)|(?:próxim[oa]) (?:semana|mês|ano)|este mês|este ano",
        rf"{_LOWER_WEEKDAY} (?:dernier|prochain|pasado|que viene|scors[oa]|prossim[oa]|passad[oa]|que vem)",
        rf"(?:el próximo|próxim[oa]|il prossimo|la prossima) {_LOWER_WEEKDAY}",
        rf"{_COUNT} (?:days?|weeks?|months?|years?) ago",
        rf"vor {_COUNT} (?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)",
        rf"il y a {_COUNT} (?:jours?|semaines?|mois|ans?)",
        rf"(?:hace|há) {_COUNT} (?:días?|dias?|semanas?|mes|meses|mês|años?|anos?)",
        rf"{_COUNT} (?:giorni|giorno|settimane|settimana|mesi|mese|anni|anno) fa",
        rf"{_COUNT} (?:dagen|dag|weken|week|maanden|maand|jaar) geleden",
    )
)
_RANGE_WORDS = (
    "to", "till", "until", "through", "thru", "bis", "à", "au", "a", "al", "hasta", "tot", "tot en met", "t/m", "até",
)
"""Words that join the two ends of a range ("Monday to Friday", "lunes a viernes", "maandag t/m vrijdag")."""
_RANGE_JOIN = rf"(?:\s*[-–—]\s*|\s+{_any(re.escape(w) for w in _RANGE_WORDS)}\s+)"
_RANGE_START = re.compile(
    rf"(?:\b(?:{_any(_WEEKDAY_NAMES)}|{_any(_ENGLISH_WEEKDAY_ABBREVIATIONS)}|{_any(_WEEKDAY_ABBREVIATIONS)})\.?"
    rf"|\b{_YEAR}|\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?){_RANGE_JOIN}$",
    re.IGNORECASE,
)
"""The first end of a range and its joining word, right before a match: "Monday to ", "lun-", "2021 – "."""
_RANGE_AFTER = rf"(?i:(?!{_RANGE_JOIN}(?:{_any(_WEEKDAY_NAMES)}|{_any(_ENGLISH_WEEKDAY_ABBREVIATIONS)}|{_any(_WEEKDAY_ABBREVIATIONS)})\b))"
_HABIT_WORDS = (
    "every", "every other", "every second", "every 2nd", "each", "weekly on", "biweekly on", "jeden", "jeden zweiten",
    "wöchentlich am", "chaque", "le", "les", "tous les", "cada", "los", "todos los", "ogni", "di", "il", "la",
    "elke", "iedere", "toda", "todo", "todos os", "Easter", "Palm", "Ash", "Super", "Shrove", "Black", "Good",
    "Cyber", "Holy", "Maundy", "Whit", "Man", "Joe", "Wednesday",
)
"""Words before a weekday that make it a habit, a schedule, a feast or a name rather than a date ("every
Monday", "le lundi", "Black Friday", "Easter Monday", "Man Friday")."""
_SCHEDULE_BEFORE = "".join(
    rf"(?<!\b{variant} )" for w in _HABIT_WORDS for variant in sorted({w, w[0].upper() + w[1:]})
)
_SCHEDULE_AFTER = (
    r"(?![ \u00a0]?:|[ \u00a0]?\||,?[ \u00a0]+\d{1,2}(?:[:.h]\d\d)?[ \u00a0]?(?:[ap]\.?m\.?|h)?[ \u00a0]?[-–]|s\b"
    r"|[ \u00a0](?:mornings|afternoons|evenings|nights|closed|geschlossen|fermé|cerrado|chiuso|gesloten|fechado|"
    r"Times|School|Telegraph|Post|Mail|Addams)\b|\.\w)"
)
"""After a weekday: an opening-hours range or table cell ("Monday 9am-5pm", "Monday: 9-5", "| Monday |"), a plural
or a habit ("Mondays", "Monday mornings", "Monday closed") or a name ("Sunday Times")."""
_CAPITALISED_MONTH = _any(m.capitalize() for m in _ENGLISH_GERMAN_MONTHS)
_MONTH_PREPOSITION = "(?:" + "|".join(
    rf"(?<=\b{w} )"
    for w in (
        "in", "In", "since", "Since", "until", "till", "from", "From", "to", "during", "early", "late", "mid", "end of",
        "beginning of", "start of", "im", "seit", "bis", "Anfang", "Ende", "Mitte", "en", "depuis", "jusqu'en",
        "fin", "début", "desde", "hasta", "finales de", "principios de", "a", "di", "da", "fino a", "entro",
        "inizio", "fine", "sinds", "tot", "eind", "begin", "voor", "em", "até", "início de", "final de", "de",
    )
) + ")"
_NOT_CODE = r"(?![\w-]|['’](?!s\b)|\s*=|\(|\.\w|\")"
"""Not a name in code, a setting or a product: `today = date.today()`, `tomorrow.strftime`, `"today":`, `Monday.com`
(a possessive is fine: "yesterday's incident")."""


class ContextExcludedRecognizer(PresetPatternRecognizer):
    """A pattern recognizer that drops each match whose `LOOKBACK` characters before it end in `EXCLUDED_BEFORE`:
    context of variable width, which a regex lookbehind cannot hold."""

    EXCLUDED_BEFORE: re.Pattern[str]
    LOOKBACK = 40

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """Presidio's pattern matching, less the matches right after `EXCLUDED_BEFORE`."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if self.EXCLUDED_BEFORE.search(text, max(0, r.start - self.LOOKBACK), r.start) is None]


class RelativeDateRecognizer(ContextExcludedRecognizer):
    """A date named relative to the day of writing or by its weekday or month alone: "yesterday",
    "next Tuesday", "3 days ago", "last month", "gisteren", "volgende week", "ieri", "hoje",
    "il y a deux jours", "Friday", "vrijdag", "in March", "bulletin de paie de mars".

    English, German, French, Spanish, Italian, Dutch and Portuguese. The annotation guideline counts
    these as dates. Not taken: schedules, habits and ranges of weekdays ("every Monday", "le lundi",
    "los lunes", "Monday to Friday", "Mondays", "Monday mornings", "Monday 9am-5pm", "Hours: Monday: 9-5",
    "Monday closed"), the end of a range from a year ("2021 – today" in a CV), "nowadays" idioms ("hoy en
    día", "hoje em dia", "vandaag de dag"), feasts and names ("Easter Monday", "Black Friday", "Sunday
    Times", "Chris Hoy", "USA Today": a relative day in capitals must start a sentence), and words in code
    and settings (`today = ...`, `"today":`, `--since=yesterday`, `Weekday.Friday`). An English or German
    month needs a preposition before it ("in March", "seit Mai") and no name after it ("from June Smith"),
    and so does a lower-case month of the other languages ("de mars"); "may", "march" and "august" in
    lower case are words. Weekdays of French, Spanish, Italian, Dutch and Portuguese are taken in lower
    case, as those languages write them, so surnames such as "Domingo" are not. Without a year the date
    is vaguer than a calendar date, so the score is 0.4.
    """

    ENTITY = "DATE_TIME"
    PATTERNS = (
        Pattern(
            "relative date",
            rf"(?<![\w'’.=\"/-])(?<!\bthe )"
            rf"(?:(?-i:{_RELATIVE_DAY})|(?-i:(?:^|(?<=[.!?] )|(?<=[.!?]  )|(?<=\t)|(?<=\[)|(?<=\())"
            rf"(?i:(?=[A-ZÀ-Þ]){_RELATIVE_DAY}))|{_RELATIVE_PHRASE})"
            rf"(?! en día| día| em dia| de dag){_NOT_CODE}",
            0.4,
        ),
        Pattern(
            "weekday",
            rf"(?-i:(?<![\w'’.=\"/-]){_SCHEDULE_BEFORE}(?:{_CAPITALISED_WEEKDAY}|{_LOWER_WEEKDAY})"
            rf"{_NOT_CODE}{_RANGE_AFTER}{_SCHEDULE_AFTER})",
            0.4,
        ),
        Pattern(
            "month after a preposition",
            rf"(?-i:{_MONTH_PREPOSITION}(?:{_CAPITALISED_MONTH}(?![ \u00a0][A-Z][a-z])|{_LOWER_MONTH})"
            rf"(?! each year| every year){_NOT_CODE})",
            0.4,
        ),
    )

    EXCLUDED_BEFORE = _RANGE_START
    """The start of a range: its end is no date of its own ("Friday" of "Monday to Friday", "today" of "2021 – today")."""


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


class ContextPrefixRecognizer(PresetPatternRecognizer):
    """A pattern recognizer whose matches start with context that is not reported: each result starts
    where `PREFIX` (matched at the start of the match) ends ("31770 " of "31770 Colomiers",
    "Insurer: " of "Insurer: Northbridge Insurance")."""

    PREFIX: re.Pattern[str]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """Presidio's pattern matching, each result cut down to what follows its `PREFIX`."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            prefix = self.PREFIX.match(text, result.start, result.end)
            if prefix is not None:
                result.start = prefix.end()
        return results


_POSTAL_CODE = (
    r"(?:\d{5}|\d{4} ?(?!NE |NW |SE |SW |UK |EU |US |UN )[A-Z]{2}|\d{4}-\d{3}"
    r"|(?:A|B|CH|CZ|D|DK|E|F|FI|H|I|L|N|NL|P|PL|S)-\d{4,5})"
)
_TOWN_LINK = r"(?:sur|sous|en|le|la|les|lès|am|an|im|der|de|di|del|aan|den|op|upon|on)"
_TOWN = rf"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:(?:-| |-{_TOWN_LINK}-| {_TOWN_LINK} )[A-ZÀ-Þ][a-zß-ÿ'’]+){{0,3}}"


class PostalTownRecognizer(ContextPrefixRecognizer):
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

    PREFIX = re.compile(rf"{_POSTAL_CODE} ")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when the "town" ends in a street type: a US house number and street ("12345 Main Street")."""
        return re.search(rf"(?-i: (?:{_STREET_TYPES}))$", pattern_text) is not None


_NO_VALUE = frozenset(
    (
        "n/a", "na", "none", "nil", "null", "unknown", "tbd", "tbc", "other", "various", "ditto", "yes", "no", "y", "n",
        "x", "true", "false", "xxx", "xxxx", "confidential", "self employed", "unemployed", "retired", "freelance",
        "vacant", "filled", "remote", "full time", "part time", "permanent", "contract", "interim", "temporary",
        "active", "inactive", "comprehensive", "required", "third party", "small", "startup", "private", "self pay",
        "uninsured", "supine", "prone", "left lateral", "right lateral", "sitting", "standing", "upright", "long",
        "short", "top", "bottom", "left", "right", "centre", "center", "absolute", "relative", "fixed", "open",
        "closed", "keine", "keiner", "ohne", "unbekannt", "sonstige", "ja", "nein", "privat", "gesetzlich", "aktiv",
        "inaktiv", "aucun", "aucune", "néant", "sans", "inconnu", "inconnue", "autre", "oui", "non", "privée",
        "particulier", "ninguno", "ninguna", "desconocido", "desconocida", "otro", "otra", "sí", "privado",
        "particular", "nessuno", "nessuna", "sconosciuto", "sconosciuta", "altro", "privata", "geen", "onbekend",
        "anders", "nee", "aan", "uit", "nenhum", "nenhuma", "desconhecido", "desconhecida", "outro", "outra", "sim",
        "não",
    )
)
"""Values that leave a field empty or give a status rather than a name (compared in lower case, hyphens as spaces)."""
_NO_VALUE_START = re.compile(
    r"(?:same as|as above|see |not |to be |pending|prefer not|please |select |your company|n\.?a\.?$)", re.IGNORECASE
)
"""Starts of values that leave a field empty: "Same as above", "See attached CV", "Not employed", "To be confirmed"."""
_FIELD_START = r"(?:^|(?<=\t)|(?<=  )|(?<=· )|(?<=\| ))"
_FIELD_STOP_WORDS = (
    "No", "Nr", "Policy", "Account", "Acct", "Ref", "Tel", "Phone", "IBAN", "Sort", "at", "bei", "chez", "presso", "bij",
)
"""Words that start another value on the same line ("Northbridge Insurance Policy No. NB-1", "Nurse at St Mary's")."""
_FIELD_END = (
    r"(?=[ \t]*(?:\r?$|\t| {2,}|[,;(|*]| · | — | – )"
    rf"|[ \t]+[A-ZÀ-Þ][\w.]*(?: [\w.]+)?[ \t]*:|[ \t]+{_any(_FIELD_STOP_WORDS)}\b)"
)
"""The end of a field's value: the line or column ends, or the next field ("Employer: Acme Position: Nurse") or
a stop word follows."""


def _field_pattern(name: str, fields: Iterable[str], first_word: str, word: str) -> Pattern:
    """A field name (as written) at a line or column start, a colon, and a value of one to seven words."""
    word = rf"(?!{_any(_FIELD_STOP_WORDS)}\b)(?:{word})"
    return Pattern(
        name,
        rf"(?-i:{_FIELD_START}{_any(re.escape(f) for f in fields)}[ \t]*:[ \t]*{first_word}[\w'’./&-]*"
        rf"(?:[ \u00a0]{word}){{0,6}}{_FIELD_END})",
        0.5,
    )


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})\.$")
"""A full stop after a word of four or more letters with no dot of its own, so "Nurse." but not "Inc.", "S.A."
or "Dipl.-Ing."."""


class FieldValueRecognizer(ContextPrefixRecognizer):
    """The value of a form or record field whose name says what it holds ("Occupation: Senior Nurse",
    "Insurer: Northbridge Insurance"). The field name starts a line or a column (after a tab, two spaces,
    " · " or " | ") and is followed by a colon; the value is one to seven words that end the line or the
    column, or that the next field ("Employer: Acme Position: Nurse") or a reference ("Policy No.") follows.
    Only the value is reported, without a sentence full stop; values that leave the field empty or give a
    status ("N/A", "Same as above", "Self-employed", "Full-time", "keine") are not. Subclasses set `ENTITY`
    and `PATTERNS` (`_field_pattern`).
    """

    PREFIX = re.compile(r"[^:]*:[ \t]*")

    def invalidate_result(self, pattern_text: str) -> bool:
        """Invalid when the value leaves the field empty or gives a status (`_NO_VALUE`, `_NO_VALUE_START`)."""
        value = pattern_text.split(":", 1)[1].strip().rstrip(".").lower().replace("-", " ")
        return value in _NO_VALUE or _NO_VALUE_START.match(value) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """The field values (see `ContextPrefixRecognizer`), without a sentence full stop."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if _SENTENCE_END.search(text, result.start, result.end):
                result.end -= 1
        return results


JOB_TITLE_FIELDS: tuple[str, ...] = (
    "Job title", "Job Title", "Position", "Occupation", "Profession", "Beruf", "Berufsbezeichnung", "Intitulé du poste",
    "Poste occupé", "Puesto", "Profesión", "Ocupación", "Mansione", "Professione", "Functie", "Functietitel",
    "Beroep", "Profissão", "Ocupação",
)
"""Form field names whose value is a job title, in the seven languages. Left out because they also name
other things: "Role" and "Title" (access roles, document titles, honorifics), "Designation", "Funktion",
"Fonction" and "Função" (settings and features), "Poste" (a post office, a workstation), "Tätigkeit", "Stelle",
"Emploi", "Qualifica" and "Cargo" (a charge on Spanish bank statements)."""


class JobTitleFieldRecognizer(FieldValueRecognizer):
    """The value of a job-title field (`JOB_TITLE_FIELDS`), starting with a capital letter: "Senior Nurse" in
    "Occupation: Senior Nurse", "Konstrukteurin Sondermaschinenbau" in "Position: Konstrukteurin
    Sondermaschinenbau", "Técnica de Compras" in "Puesto: Técnica de Compras"."""

    ENTITY = "JOB_TITLE"
    PATTERNS = (_field_pattern("job-title field", JOB_TITLE_FIELDS, r"[A-ZÀ-Þ]", r"[^\W_][\w'’./-]*|&|/"),)


ORGANIZATION_FIELDS: tuple[str, ...] = (
    "Insurer", "Insurance company", "Insurance provider", "Health insurer", "Bank name", "Lender", "Employer",
    "Employer name", "Name of employer", "Current employer", "Previous employer", "Company name", "School name",
    "Name of school", "Energy supplier", "Letting agent", "Trade union",
    "Krankenkasse", "Versicherer", "Kreditinstitut", "Arbeitgeber", "Gewerkschaft",
    "Assureur", "Mutuelle", "Compagnie d'assurance", "Employeur", "Nom de l'employeur",
    "Aseguradora", "Compañía de seguros", "Entidad bancaria", "Empleador",
    "Compagnia assicurativa", "Datore di lavoro",
    "Verzekeraar", "Zorgverzekeraar", "Werkgever", "Vakbond",
    "Seguradora", "Empregador",
)
"""Form field names whose value is the name of an organisation tied to the person the record is about
(insurer, lender, employer, school, union), in the seven languages. Left out because their values are often a
kind, a status or a payment method rather than a name: "Insurance" ("Comprehensive"), "Bank" ("Transfer"),
"School" ("Primary"), "Company" ("Startup"), "Practice", "Institution", "Agency", "Union"."""
_ORGANIZATION_WORD = r"[A-ZÀ-Þ0-9][\w'’./&-]*|&|and|und|et|y|e|of|the|de|du|des|der|van|von|di|del|della|da|do|dos|la|le"


class OrganizationFieldRecognizer(FieldValueRecognizer):
    """The value of an organisation field (`ORGANIZATION_FIELDS`), capitalised words with their links:
    "Northbridge Insurance" in "Insurer: Northbridge Insurance", "Techniker Krankenkasse" in "Krankenkasse:
    Techniker Krankenkasse", "Brandt & Söhne" in "Arbeitgeber: Brandt & Söhne"."""

    ENTITY = "ORGANIZATION"
    PATTERNS = (_field_pattern("organisation field", ORGANIZATION_FIELDS, r"[A-ZÀ-Þ]", _ORGANIZATION_WORD),)


CONDITION_ABBREVIATIONS: tuple[str, ...] = (
    "T1DM", "T2DM", "DM2", "IDDM", "NIDDM", "HTN", "COPD", "HFrEF", "HFpEF", "CKD", "AKI", "ESRD", "GERD", "GORD",
    "DVT", "IHD", "AFib", "OSA", "IBS", "IBD", "UTI", "URTI", "ADHD", "PTSD", "OCD", "HIV", "HCV", "HBV", "BPH",
    "PCOS", "TIA", "NSTEMI", "STEMI", "ARDS", "DKA", "SLE", "MRSA", "CLL", "BPCO", "EPOC", "DPOC",
)
"""Clinical abbreviations of conditions that are not also common words, currencies, places or business terms
("CAD", "CHF", "MS", "PE", "AML", "CVA", "AIDS"); "BPCO", "EPOC" and "DPOC" are COPD in French and Italian,
Spanish and Portuguese."""


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

CONDITION_TERMS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    # Each language in the same order: metabolism, heart and vessels; lungs and infections; brain and nerves;
    # mental health; cancers; bones, joints and injuries; other organs; skin, eyes, blood and the rest.
    "en": (
        "diabetes", "diabetes mellitus", "type 1 diabetes", "type 2 diabetes", "gestational diabetes",
        "hypertension", "high blood pressure", "high cholesterol", "obesity", "heart failure", "heart attack",
        "heart condition", "cardiac arrest", "myocardial infarction", "atrial fibrillation",
        "coronary artery disease", "coronary heart disease", "angina", "deep vein thrombosis", "pulmonary embolism",
        "ischaemic stroke", "ischemic stroke", "haemorrhagic stroke", "hemorrhagic stroke", "mini-stroke",
        "asthma", "chronic obstructive pulmonary disease", "emphysema", "pneumonia", "bronchitis", "tuberculosis",
        "cystic fibrosis", "sleep apnoea", "sleep apnea", "long COVID", "sepsis", "meningitis", "Lyme disease",
        "chickenpox", "measles", "malaria", "herpes zoster",
        "epilepsy", "multiple sclerosis", "Parkinson's disease", "Alzheimer's disease", "Alzheimer's", "dementia",
        "migraine", "migraines", "motor neurone disease", "cerebral palsy", "concussion", "traumatic brain injury",
        "sciatica", "tinnitus",
        "depression", "postnatal depression", "postpartum depression", "major depressive disorder",
        "anxiety disorder", "panic disorder", "bipolar disorder", "schizophrenia", "post-traumatic stress disorder",
        "obsessive-compulsive disorder", "eating disorder", "anorexia", "anorexia nervosa", "bulimia", "burn-out",
        "autism", "autism spectrum disorder", "Asperger's syndrome", "attention deficit hyperactivity disorder",
        "alcoholism",
        "cancer", "breast cancer", "lung cancer", "prostate cancer", "bowel cancer", "skin cancer",
        "pancreatic cancer", "leukaemia", "leukemia", "lymphoma", "melanoma", "tumour", "tumor", "carcinoma",
        "arthritis", "rheumatoid arthritis", "osteoarthritis", "osteoporosis", "fibromyalgia", "lupus",
        "herniated disc", "slipped disc", "hip fracture", "broken hip", "broken wrist", "broken ankle", "whiplash",
        "sprained ankle", "torn ligament", "carpal tunnel syndrome", "tendinitis", "tendonitis", "frozen shoulder",
        "back pain",
        "Crohn's disease", "Crohn's", "ulcerative colitis", "coeliac disease", "celiac disease",
        "irritable bowel syndrome", "chronic kidney disease", "kidney failure", "renal failure", "kidney stones",
        "cirrhosis", "hepatitis", "appendicitis", "urinary tract infection", "gastritis",
        "hypothyroidism", "hyperthyroidism", "psoriasis", "eczema", "endometriosis", "anaemia", "anemia",
        "sickle cell disease", "glaucoma", "macular degeneration", "Down syndrome", "Down's syndrome",
    ),
    "de": (
        "Diabetes", "Diabetes mellitus", "Diabetes mellitus Typ 2", "Diabetes Typ 1", "Diabetes Typ 2",
        "Typ-1-Diabetes", "Typ-2-Diabetes", "Typ 1 Diabetes", "Typ 2 Diabetes", "Zuckerkrankheit", "Schwangerschaftsdiabetes",
        "Bluthochdruck", "Hypertonie", "arterielle Hypertonie", "Adipositas", "Herzinsuffizienz", "Herzschwäche",
        "Herzinfarkt", "Herzinfarkts", "Vorhofflimmern", "koronare Herzkrankheit", "koronaren Herzkrankheit",
        "Angina pectoris", "Thrombose", "tiefe Venenthrombose", "tiefen Venenthrombose", "Lungenembolie",
        "Schlaganfall", "Schlaganfalls", "Schlaganfälle", "Hirninfarkt",
        "Asthma", "chronisch obstruktive Lungenerkrankung", "chronisch obstruktiven Lungenerkrankung",
        "Lungenemphysem", "Lungenentzündung", "Pneumonie", "Bronchitis", "Tuberkulose", "Mukoviszidose",
        "Schlafapnoe", "Long Covid", "Post-COVID-Syndrom", "Sepsis", "Blutvergiftung", "Meningitis",
        "Hirnhautentzündung", "Borreliose", "Gürtelrose", "Windpocken", "Masern",
        "Epilepsie", "Multiple Sklerose", "Multipler Sklerose", "Parkinson-Krankheit", "Morbus Parkinson",
        "Alzheimer-Krankheit", "Alzheimer-Demenz", "Morbus Alzheimer", "Demenz", "Migräne", "Gehirnerschütterung",
        "Schädel-Hirn-Trauma", "Tinnitus", "Hörsturz",
        "Depression", "Depressionen", "Burn-out", "Burn-out-Syndrom", "Angststörung", "Angststörungen",
        "Panikstörung", "bipolare Störung", "bipolaren Störung", "Schizophrenie",
        "posttraumatische Belastungsstörung", "posttraumatischen Belastungsstörung", "Zwangsstörung", "Essstörung",
        "Magersucht", "Anorexie", "Bulimie", "Autismus", "Autismus-Spektrum-Störung", "Alkoholsucht",
        "Alkoholabhängigkeit",
        "Krebserkrankung", "Brustkrebs", "Lungenkrebs", "Prostatakrebs", "Darmkrebs", "Hautkrebs",
        "Bauchspeicheldrüsenkrebs", "Eierstockkrebs", "Gebärmutterhalskrebs", "Leukämie", "Lymphom",
        "Hodgkin-Lymphom", "Melanom", "Tumor", "Tumoren", "Hirntumor", "Karzinom",
        "Arthrose", "Arthritis", "rheumatoide Arthritis", "Rheuma", "Gicht", "Osteoporose", "Fibromyalgie", "Lupus",
        "Bandscheibenvorfall", "Bandscheibenvorfalls", "Bandscheibenvorfälle", "Oberschenkelhalsbruch",
        "Oberschenkelhalsfraktur", "Hüftfraktur", "Handgelenksbruch", "Schleudertrauma", "Kreuzbandriss",
        "Meniskusriss", "Bänderriss", "Sehnenscheidenentzündung", "Karpaltunnelsyndrom", "Hexenschuss",
        "Rückenschmerzen",
        "Morbus Crohn", "Colitis ulcerosa", "Zöliakie", "Reizdarmsyndrom", "Niereninsuffizienz", "Nierenversagen",
        "chronische Nierenerkrankung", "chronischen Nierenerkrankung", "Nierensteine", "Leberzirrhose", "Hepatitis",
        "Blinddarmentzündung", "Harnwegsinfekt", "Harnwegsinfektion", "Blasenentzündung", "Gastritis",
        "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Schuppenflechte", "Psoriasis", "Neurodermitis",
        "Endometriose", "Anämie", "Glaukom", "Katarakt", "Makuladegeneration", "Down-Syndrom", "Trisomie 21",
    ),
    "fr": (
        "diabète", "diabète de type 1", "diabète de type 2", "diabète type 1", "diabète type 2",
        "diabète gestationnel", "hypertension", "hypertension artérielle", "hypercholestérolémie", "obésité",
        "insuffisance cardiaque", "infarctus", "infarctus du myocarde", "crise cardiaque",
        "fibrillation auriculaire", "fibrillation atriale", "maladie coronarienne", "angine de poitrine",
        "phlébite", "thrombose veineuse profonde", "embolie pulmonaire", "accident vasculaire cérébral",
        "asthme", "bronchopneumopathie chronique obstructive", "emphysème", "pneumonie", "bronchite", "angine",
        "tuberculose", "mucoviscidose", "apnée du sommeil", "covid long", "septicémie", "méningite",
        "maladie de Lyme", "varicelle", "rougeole", "paludisme",
        "épilepsie", "sclérose en plaques", "maladie de Parkinson", "maladie d'Alzheimer", "démence", "migraine",
        "migraines", "commotion cérébrale", "traumatisme crânien", "acouphènes",
        "dépression", "dépression post-partum", "burn-out", "trouble anxieux", "troubles anxieux",
        "trouble panique", "trouble bipolaire", "schizophrénie", "trouble de stress post-traumatique",
        "trouble obsessionnel compulsif", "troubles du comportement alimentaire", "anorexie", "anorexie mentale",
        "boulimie", "autisme", "trouble du spectre de l'autisme", "alcoolisme", "trouble du déficit de l'attention",
        "cancer", "cancer du sein", "cancer du poumon", "cancer de la prostate", "cancer du côlon",
        "cancer colorectal", "cancer de la peau", "cancer du pancréas", "cancer de l'ovaire",
        "cancer du col de l'utérus", "leucémie", "lymphome", "mélanome", "tumeur", "tumeurs", "tumeur cérébrale",
        "carcinome",
        "arthrose", "arthrite", "polyarthrite rhumatoïde", "ostéoporose", "fibromyalgie", "lupus", "hernie discale",
        "fracture du col du fémur", "fracture de la hanche", "fracture du poignet", "fracture de la cheville",
        "jambe cassée", "entorse de la cheville", "entorse du genou", "coup du lapin", "rupture du ligament croisé",
        "tendinite", "syndrome du canal carpien", "lombalgie", "mal de dos",
        "maladie de Crohn", "rectocolite hémorragique", "maladie cœliaque", "maladie coeliaque",
        "syndrome de l'intestin irritable", "syndrome du côlon irritable", "insuffisance rénale",
        "insuffisance rénale chronique", "calculs rénaux", "cirrhose", "hépatite", "appendicite",
        "infection urinaire", "cystite", "gastrite",
        "hypothyroïdie", "hyperthyroïdie", "psoriasis", "eczéma", "endométriose", "anémie", "glaucome", "cataracte",
        "dégénérescence maculaire", "trisomie 21", "syndrome de Down",
    ),
    "es": (
        "diabetes", "diabetes tipo 1", "diabetes tipo 2", "diabetes mellitus", "diabetes mellitus tipo 2",
        "diabetes gestacional", "hipertensión", "hipertensión arterial", "presión alta", "colesterol alto",
        "obesidad", "insuficiencia cardíaca", "insuficiencia cardiaca", "infarto", "infarto de miocardio",
        "ataque al corazón", "ataque cardíaco", "fibrilación auricular", "cardiopatía isquémica", "angina de pecho",
        "trombosis venosa profunda", "embolia pulmonar", "ictus", "accidente cerebrovascular", "derrame cerebral",
        "enfermedad pulmonar obstructiva crónica", "enfisema", "neumonía", "bronquitis", "tuberculosis",
        "fibrosis quística", "apnea del sueño", "covid persistente", "sepsis", "meningitis", "varicela",
        "sarampión", "herpes zóster", "culebrilla", "dengue", "malaria",
        "epilepsia", "esclerosis múltiple", "enfermedad de Parkinson", "enfermedad de Alzheimer", "alzhéimer",
        "demencia", "migraña", "migrañas", "conmoción cerebral", "traumatismo craneoencefálico", "acúfenos",
        "depresión", "depresión posparto", "síndrome de burnout", "trastorno de ansiedad", "trastorno de pánico",
        "trastorno bipolar", "esquizofrenia", "trastorno de estrés postraumático", "trastorno obsesivo-compulsivo",
        "trastorno de la conducta alimentaria", "anorexia", "anorexia nerviosa", "bulimia", "autismo",
        "trastorno del espectro autista", "alcoholismo", "trastorno por déficit de atención",
        "cáncer", "cáncer de mama", "cáncer de pulmón", "cáncer de próstata", "cáncer de colon",
        "cáncer colorrectal", "cáncer de piel", "cáncer de páncreas", "leucemia", "linfoma", "melanoma", "tumor",
        "tumores", "tumor cerebral", "carcinoma",
        "artrosis", "artritis", "artritis reumatoide", "osteoporosis", "fibromialgia", "lupus", "hernia",
        "hernia discal", "hernia de disco", "fractura de cadera", "fractura de fémur", "fractura de muñeca",
        "pierna rota", "esguince de tobillo", "latigazo cervical", "rotura de ligamento cruzado", "tendinitis",
        "síndrome del túnel carpiano", "lumbalgia", "ciática", "dolor de espalda",
        "enfermedad de Crohn", "colitis ulcerosa", "celiaquía", "enfermedad celíaca",
        "síndrome del intestino irritable", "insuficiencia renal", "enfermedad renal crónica", "cálculos renales",
        "cirrosis", "hepatitis", "apendicitis", "infección urinaria", "cistitis", "gastritis",
        "hipotiroidismo", "hipertiroidismo", "psoriasis", "eccema", "endometriosis", "anemia", "glaucoma",
        "degeneración macular", "síndrome de Down",
    ),
    "it": (
        "diabete", "diabete di tipo 1", "diabete di tipo 2", "diabete tipo 1", "diabete tipo 2", "diabete mellito",
        "diabete gestazionale", "ipertensione", "ipertensione arteriosa", "pressione alta", "colesterolo alto",
        "obesità", "insufficienza cardiaca", "scompenso cardiaco", "infarto", "infarto del miocardio",
        "attacco di cuore", "attacco cardiaco", "fibrillazione atriale", "cardiopatia ischemica", "angina pectoris",
        "trombosi venosa profonda", "embolia polmonare", "ictus", "ictus cerebrale",
        "broncopneumopatia cronica ostruttiva", "enfisema", "polmonite", "broncopolmonite", "bronchite",
        "tubercolosi", "fibrosi cistica", "apnea notturna", "apnee notturne", "long covid", "sepsi", "setticemia",
        "meningite", "varicella", "morbillo", "fuoco di Sant'Antonio", "herpes zoster", "malaria",
        "epilessia", "sclerosi multipla", "morbo di Parkinson", "malattia di Parkinson", "morbo di Alzheimer",
        "malattia di Alzheimer", "demenza", "emicrania", "commozione cerebrale", "trauma cranico", "acufeni",
        "depressione", "depressione post-partum", "burn-out", "disturbo d'ansia", "disturbo di panico",
        "disturbo bipolare", "schizofrenia", "disturbo da stress post-traumatico", "disturbo ossessivo-compulsivo",
        "disturbo alimentare", "disturbi alimentari", "anoressia", "anoressia nervosa", "bulimia", "autismo",
        "disturbo dello spettro autistico", "alcolismo", "disturbo da deficit di attenzione",
        "cancro", "tumore", "tumori", "tumore al seno", "cancro al seno", "tumore al polmone", "cancro ai polmoni",
        "tumore alla prostata", "tumore al colon", "cancro al colon", "tumore cerebrale", "leucemia", "linfoma",
        "melanoma", "carcinoma",
        "artrosi", "artrite", "artrite reumatoide", "osteoporosi", "fibromialgia", "lupus", "ernia",
        "ernia del disco", "ernia discale", "frattura del femore", "frattura dell'anca", "frattura del polso",
        "distorsione alla caviglia", "distorsione della caviglia", "colpo di frusta",
        "rottura del legamento crociato", "tendinite", "sindrome del tunnel carpale", "lombalgia", "sciatalgia",
        "mal di schiena",
        "morbo di Crohn", "malattia di Crohn", "colite ulcerosa", "celiachia", "sindrome dell'intestino irritabile",
        "colon irritabile", "insufficienza renale", "malattia renale cronica", "calcoli renali", "cirrosi",
        "cirrosi epatica", "epatite", "appendicite", "infezione urinaria", "infezione delle vie urinarie",
        "cistite", "gastrite",
        "ipotiroidismo", "ipertiroidismo", "psoriasi", "eczema", "endometriosi", "anemia", "glaucoma", "cataratta",
        "degenerazione maculare", "sindrome di Down",
    ),
    "nl": (
        "diabetes", "diabetes type 1", "diabetes type 2", "type 1-diabetes", "type 2-diabetes", "diabetes mellitus",
        "suikerziekte", "zwangerschapsdiabetes", "hoge bloeddruk", "hypertensie", "hoog cholesterol", "obesitas",
        "hartfalen", "hartinfarct", "hartaanval", "boezemfibrilleren", "atriumfibrilleren", "coronaire hartziekte",
        "angina pectoris", "trombose", "diepe veneuze trombose", "longembolie", "beroerte", "herseninfarct",
        "hersenbloeding",
        "astma", "chronische obstructieve longziekte", "longemfyseem", "longontsteking", "bronchitis",
        "tuberculose", "taaislijmziekte", "slaapapneu", "long covid", "sepsis", "bloedvergiftiging",
        "hersenvliesontsteking", "ziekte van Lyme", "gordelroos", "waterpokken", "mazelen",
        "epilepsie", "multiple sclerose", "ziekte van Parkinson", "ziekte van Alzheimer", "dementie", "migraine",
        "hersenschudding", "niet-aangeboren hersenletsel", "oorsuizen",
        "depressie", "burn-out", "overspannenheid", "angststoornis", "paniekstoornis", "bipolaire stoornis",
        "schizofrenie", "posttraumatische stressstoornis", "dwangstoornis", "obsessieve-compulsieve stoornis",
        "eetstoornis", "anorexia", "anorexia nervosa", "boulimia", "autisme", "autismespectrumstoornis",
        "alcoholverslaving", "alcoholisme",
        "kanker", "borstkanker", "longkanker", "prostaatkanker", "darmkanker", "huidkanker", "alvleesklierkanker",
        "eierstokkanker", "baarmoederhalskanker", "leukemie", "lymfeklierkanker", "lymfoom", "melanoom", "tumor",
        "tumoren", "hersentumor", "carcinoom",
        "artrose", "artritis", "reumatoïde artritis", "reuma", "jicht", "osteoporose", "fibromyalgie", "lupus",
        "hernia", "heupfractuur", "gebroken heup", "gebroken been", "gebroken pols", "polsbreuk", "beenbreuk",
        "whiplash", "verstuikte enkel", "gescheurde kruisband", "kruisbandletsel", "meniscusscheur",
        "peesontsteking", "carpaletunnelsyndroom", "rugpijn", "lage rugpijn",
        "ziekte van Crohn", "colitis ulcerosa", "coeliakie", "prikkelbaredarmsyndroom", "prikkelbare darm syndroom",
        "nierfalen", "nierinsufficiëntie", "chronische nierschade", "nierstenen", "levercirrose", "hepatitis",
        "blindedarmontsteking", "urineweginfectie", "blaasontsteking", "maagontsteking",
        "hypothyreoïdie", "hyperthyreoïdie", "psoriasis", "eczeem", "endometriose", "bloedarmoede", "glaucoom",
        "maculadegeneratie", "syndroom van Down",
    ),
    "pt": (
        "diabetes", "diabetes tipo 1", "diabetes tipo 2", "diabetes melito", "diabetes mellitus",
        "diabetes gestacional", "hipertensão", "hipertensão arterial", "pressão alta", "colesterol alto",
        "obesidade", "insuficiência cardíaca", "infarto", "infarto agudo do miocárdio", "infarto do miocárdio",
        "ataque cardíaco", "fibrilação atrial", "doença arterial coronariana", "angina", "trombose",
        "trombose venosa profunda", "embolia pulmonar", "acidente vascular cerebral", "derrame cerebral",
        "doença pulmonar obstrutiva crônica", "enfisema", "enfisema pulmonar", "pneumonia", "bronquite",
        "tuberculose", "fibrose cística", "apneia do sono", "covid longa", "covid longo", "sepse", "septicemia",
        "meningite", "catapora", "sarampo", "herpes-zóster", "cobreiro", "dengue", "malária",
        "epilepsia", "esclerose múltipla", "doença de Parkinson", "mal de Parkinson", "doença de Alzheimer",
        "mal de Alzheimer", "demência", "enxaqueca", "enxaquecas", "traumatismo craniano", "zumbido no ouvido",
        "depressão", "depressão pós-parto", "síndrome de burnout", "transtorno de ansiedade",
        "transtorno do pânico", "síndrome do pânico", "transtorno bipolar", "esquizofrenia",
        "transtorno de estresse pós-traumático", "transtorno obsessivo-compulsivo", "transtorno alimentar",
        "anorexia", "anorexia nervosa", "bulimia", "autismo", "transtorno do espectro autista", "alcoolismo",
        "transtorno do déficit de atenção",
        "câncer", "câncer de mama", "câncer de pulmão", "câncer de próstata", "câncer de intestino",
        "câncer colorretal", "câncer de pele", "câncer de pâncreas", "leucemia", "linfoma", "melanoma", "tumor",
        "tumores", "tumor cerebral", "carcinoma",
        "artrose", "artrite", "artrite reumatoide", "osteoporose", "fibromialgia", "lúpus", "hérnia de disco",
        "hérnia discal", "fratura de quadril", "fratura do fêmur", "fratura de fêmur", "fratura no punho",
        "entorse de tornozelo", "entorse no tornozelo", "lesão no menisco", "ruptura do ligamento cruzado",
        "tendinite", "síndrome do túnel do carpo", "lombalgia", "ciática", "dor nas costas",
        "doença de Crohn", "retocolite ulcerativa", "doença celíaca", "síndrome do intestino irritável",
        "insuficiência renal", "doença renal crônica", "pedra nos rins", "cálculo renal", "cirrose",
        "cirrose hepática", "hepatite", "apendicite", "infecção urinária", "cistite", "gastrite",
        "hipotireoidismo", "hipertireoidismo", "psoríase", "eczema", "endometriose", "anemia", "glaucoma",
        "degeneração macular", "síndrome de Down",
    ),
}
"""Names of medical conditions as people write them in letters, notes, HR and insurance mail, by language,
with their common multi-word forms and inflections. Only names without a common other sense in business text:
left out are words that are also everyday words ("cold", "flu", "fit", "seizure", "shingles" (of a roof),
"gout" and "goutte"/"gota" (a drop), "zona" (a zone), "entorse" (a breach of rules), "staar" (I stare),
"catarata" (a waterfall), "concussão" (extortion), "tensión alta" (high voltage)), bare names that are also
surnames ("Parkinson", "Crohn", "Alzheimer", "Hashimoto", "Krebs"), idioms ("Hals- und Beinbruch", "bras
cassé") and broken limbs that are also furniture ("broken leg", "perna quebrada", "gamba rotta"). Kept on
purpose: "depression" (the economic and weather senses are rare in the mail this tool scrubs; "the Great
Depression" is matched), "cancer" (the star sign is rare), "kanker" (also a Dutch swear word) and the
possessives "Alzheimer's" and "Crohn's" (rare surnames, and the usual short name of the disease; not
"Parkinson's", a common surname's possessive). Whole
words only, so compounds are not taken ("Diabetesberatung"), but condition words inside a name are ("Diabetes"
of "Diabetes UK"). A hyphen in a term may be left out, an apostrophe may be either one or none, and words
may be parted by any white space."""
CONDITION_TERMS: tuple[str, ...] = tuple(
    {term.casefold(): term for terms in CONDITION_TERMS_BY_LANGUAGE.values() for term in terms}.values()
)
"""`CONDITION_TERMS_BY_LANGUAGE` in one tuple, each term once."""
LOWER_CASE_CONDITION_TERMS: tuple[str, ...] = ("asma",)
"""Condition names taken only in lower case, as they are written in running text: capitalised they are first
names ("Asma" is asthma in Spanish, Italian and Portuguese)."""
STROKE_CUES: tuple[str, ...] = (
    "had a", "suffered a", "after a", "from a", "with a", "mild", "minor", "major", "massive", "severe",
)
"""Words right before "stroke" that make it the condition; bare "stroke" is also one of luck, of a pen or a brush,
and "stroke of" never is the condition."""


def _term_regex(term: str) -> str:
    """`term` as a regex: any white space between its words, an optional hyphen for a hyphen and either
    apostrophe or none for an apostrophe."""
    return re.escape(term).replace(r"\ ", r"\s+").replace(r"\-", "-?").replace("'", "['’]?")


_CONDITION_TERM = (
    rf"(?:{_any(_term_regex(t) for t in CONDITION_TERMS)}|(?-i:{_any(LOWER_CASE_CONDITION_TERMS)}))"
)
_STROKE_CUE = "(?:" + "|".join(f"(?<={re.escape(cue)} )" for cue in STROKE_CUES) + ")"


class ConditionTermRecognizer(PresetPatternRecognizer):
    """A medical condition written as its name, in English, German, French, Spanish, Italian, Dutch or
    Portuguese: "type 2 diabetes", "Vorhofflimmern", "maladie d'Alzheimer", "hérnia de disco"
    (`CONDITION_TERMS`), and "stroke" after a cue such as "had a" (`STROKE_CUES`)."""

    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = (
        Pattern("condition name", rf"(?<![\w-]){_CONDITION_TERM}(?![\w-])", 0.5),
        Pattern("stroke after a cue", rf"{_STROKE_CUE}stroke(?![\w-])(?!\s+of\b)", 0.5),
    )


SYMPTOM_TERMS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    # Each language in the same order: pain and cramps; breathing and heart; head, balance, nerves and eyes;
    # stomach and gut; sleep and mood; nose, throat, cough and fever; skin, bladder, bleeding and hair.
    "en": (
        "chest pain", "chest pains", "chest tightness", "backache", "neck pain", "shoulder pain", "knee pain",
        "joint pain", "joint pains", "muscle pain", "muscle aches", "chronic pain", "abdominal pain",
        "stomach pain", "stomach ache", "earache", "toothache", "period pain", "menstrual cramps",
        "stomach cramps",
        "shortness of breath", "breathlessness", "difficulty breathing", "dyspnoea", "dyspnea", "wheezing",
        "palpitations", "tachycardia",
        "tension headache", "tension headaches", "dizziness", "light-headedness", "fainting",
        "loss of consciousness", "numbness", "tingling", "muscle weakness", "blurred vision", "double vision",
        "memory loss", "brain fog",
        "nausea", "vomiting", "diarrhoea", "diarrhea", "constipation", "heartburn", "acid reflux", "indigestion",
        "loss of appetite",
        "trouble sleeping", "low mood", "panic attack", "panic attacks", "anxiety attacks",
        "suicidal thoughts", "suicidal ideation",
        "sore throat", "runny nose", "blocked nose", "nasal congestion", "dry cough", "coughing up blood",
        "hoarseness", "fever", "night sweats", "hot flushes", "hot flashes", "loss of smell", "loss of taste",
        "itching", "skin rash", "swollen ankles", "incontinence", "blood in the urine", "rectal bleeding",
        "nosebleeds", "hair loss",
    ),
    "de": (
        "Kopfschmerzen", "Kopfschmerz", "Kopfweh", "Spannungskopfschmerzen", "Brustschmerzen", "Brustschmerz",
        "Thoraxschmerzen", "Schmerzen in der Brust", "Engegefühl in der Brust", "Nackenschmerzen",
        "Knieschmerzen", "Gelenkschmerzen", "Muskelschmerzen", "Gliederschmerzen", "chronische Schmerzen",
        "Nervenschmerzen", "Bauchschmerzen", "Magenschmerzen", "Ohrenschmerzen", "Zahnschmerzen", "Halsschmerzen",
        "Regelschmerzen", "Menstruationsbeschwerden", "Muskelkrämpfe",
        "Atemnot", "Luftnot", "Kurzatmigkeit", "Atembeschwerden", "Herzrasen", "Herzstolpern", "Tachykardie",
        "Schwindelgefühl", "Schwindelanfall", "Schwindelanfälle", "Schwindelanfällen", "Drehschwindel",
        "Benommenheit", "Ohnmachtsanfall", "Bewusstlosigkeit", "Taubheitsgefühl", "Muskelschwäche",
        "Sehstörungen", "verschwommenes Sehen", "Gedächtnisstörungen", "Konzentrationsstörungen",
        "Übelkeit", "Erbrechen", "Durchfall", "Sodbrennen", "Blähungen", "Appetitlosigkeit", "Schluckbeschwerden",
        "Schlaflosigkeit", "Schlafstörungen", "Stimmungsschwankungen", "Niedergeschlagenheit",
        "Antriebslosigkeit", "Abgeschlagenheit", "Panikattacke", "Panikattacken", "Suizidgedanken",
        "Schnupfen", "laufende Nase", "verstopfte Nase", "Husten", "Reizhusten", "Heiserkeit", "Fieber",
        "Schüttelfrost", "Nachtschweiß", "Hitzewallungen", "Geruchsverlust", "Geschmacksverlust",
        "Juckreiz", "Hautausschlag", "Morgensteifigkeit", "Inkontinenz", "Blut im Urin", "Blut im Stuhl",
        "Nasenbluten", "Haarausfall",
    ),
    "fr": (
        "douleur thoracique", "douleurs thoraciques", "douleurs dans la poitrine", "douleurs à la poitrine",
        "oppression thoracique", "mal au dos", "maux de dos", "douleurs dorsales", "douleurs lombaires",
        "douleurs articulaires", "douleurs musculaires", "courbatures", "douleurs abdominales",
        "douleur abdominale", "mal de ventre", "maux de ventre", "mal de gorge", "maux de gorge",
        "douleurs menstruelles", "crampes musculaires",
        "essoufflement", "dyspnée", "difficultés respiratoires", "difficulté à respirer", "palpitations",
        "tachycardie",
        "maux de tête", "mal de tête", "mal à la tête", "céphalées", "céphalée", "vertiges", "étourdissements",
        "malaise vagal", "perte de connaissance", "évanouissements", "engourdissement", "fourmillements",
        "faiblesse musculaire", "vision floue", "perte de mémoire", "pertes de mémoire",
        "nausées", "nausée", "vomissements", "diarrhée", "constipation", "brûlures d'estomac", "reflux gastrique",
        "ballonnements", "perte d'appétit", "difficultés à avaler",
        "insomnie", "troubles du sommeil", "sautes d'humeur", "crise d'angoisse", "crises d'angoisse",
        "crises de panique", "attaques de panique", "idées suicidaires", "asthénie",
        "nez qui coule", "nez bouché", "toux", "toux sèche", "enrouement", "fièvre", "sueurs nocturnes",
        "bouffées de chaleur", "perte de l'odorat", "perte du goût",
        "démangeaisons", "éruption cutanée", "urticaire", "incontinence urinaire", "sang dans les urines",
        "sang dans les selles", "saignements de nez", "chute de cheveux", "perte de cheveux",
    ),
    "es": (
        "dolor torácico", "dolor en el pecho", "dolores en el pecho", "dolor de pecho", "opresión en el pecho",
        "dolores de espalda", "dolor lumbar", "dolor de cuello", "dolor articular", "dolores articulares",
        "dolor muscular", "dolores musculares", "dolor abdominal", "dolor de estómago", "dolor de barriga",
        "dolor de garganta", "dolor menstrual", "calambres", "calambres musculares",
        "dificultad para respirar", "dificultad respiratoria", "falta de aire", "disnea", "palpitaciones",
        "taquicardia",
        "dolor de cabeza", "dolores de cabeza", "cefalea", "cefaleas", "mareos", "mareo", "desmayo", "desmayos",
        "pérdida de conocimiento", "entumecimiento", "hormigueo", "debilidad muscular", "visión borrosa",
        "visión doble", "pérdida de memoria",
        "náuseas", "náusea", "vómitos", "diarrea", "estreñimiento", "acidez estomacal", "ardor de estómago",
        "reflujo gástrico", "hinchazón abdominal", "pérdida de apetito", "dificultad para tragar",
        "insomnio", "trastornos del sueño", "problemas para dormir", "cambios de humor", "ataque de pánico",
        "ataques de pánico", "crisis de ansiedad", "ataques de ansiedad", "pensamientos suicidas",
        "ideas suicidas", "astenia",
        "dolor de oído", "congestión nasal", "tos seca", "ronquera", "fiebre", "sudores nocturnos",
        "pérdida del olfato", "pérdida del gusto",
        "picor", "picazón", "erupción cutánea", "sarpullido", "urticaria", "incontinencia urinaria",
        "sangre en la orina", "sangre en las heces", "sangrado nasal", "caída del cabello",
    ),
    "it": (
        "dolore toracico", "dolori toracici", "dolore al petto", "dolori al petto", "oppressione al petto",
        "dolori alla schiena", "dolore al collo", "cervicalgia", "dolori articolari", "dolori muscolari",
        "dolore cronico", "dolore addominale", "dolori addominali", "mal di pancia", "mal di stomaco",
        "mal di gola", "dolori mestruali", "crampi", "crampi muscolari",
        "mancanza di respiro", "fiato corto", "dispnea", "difficoltà respiratorie", "difficoltà a respirare",
        "palpitazioni", "tachicardia",
        "mal di testa", "cefalea", "cefalee", "vertigini", "capogiri", "giramenti di testa", "svenimento",
        "svenimenti", "perdita di coscienza", "intorpidimento", "formicolio", "debolezza muscolare",
        "vista offuscata", "visione offuscata", "visione doppia",
        "nausea", "vomito", "diarrea", "stitichezza", "bruciore di stomaco", "reflusso gastrico",
        "gonfiore addominale", "perdita di appetito", "difficoltà a deglutire",
        "insonnia", "disturbi del sonno", "sbalzi d'umore", "attacco di panico", "attacchi di panico",
        "attacchi d'ansia", "pensieri suicidi", "spossatezza", "astenia",
        "naso che cola", "naso chiuso", "tosse", "tosse secca", "raucedine", "febbre", "brividi di freddo",
        "sudorazione notturna", "vampate di calore", "perdita dell'olfatto", "perdita del gusto",
        "prurito", "eruzione cutanea", "orticaria", "incontinenza urinaria", "sangue nelle urine",
        "sangue nelle feci", "sangue dal naso", "caduta dei capelli",
    ),
    "nl": (
        "pijn op de borst", "borstpijn", "rugklachten", "nekpijn", "schouderpijn", "kniepijn", "heuppijn",
        "gewrichtspijn", "gewrichtspijnen", "spierpijn", "spierpijnen", "chronische pijn", "zenuwpijn",
        "buikpijn", "buikkrampen", "maagpijn", "maagklachten", "keelpijn", "oorpijn", "kiespijn",
        "menstruatiepijn", "spierkrampen",
        "kortademigheid", "benauwdheid", "hartkloppingen", "tachycardie",
        "hoofdpijn", "spanningshoofdpijn", "duizeligheid", "duizelingen", "licht in het hoofd", "flauwvallen",
        "flauwte", "bewusteloosheid", "gevoelloosheid", "tintelingen", "spierzwakte", "wazig zien",
        "dubbelzien", "geheugenverlies", "concentratieproblemen",
        "misselijkheid", "braakneigingen", "diarree", "obstipatie", "brandend maagzuur", "zuurbranden",
        "opgeblazen gevoel", "verminderde eetlust", "slikklachten",
        "slapeloosheid", "slaapproblemen", "slaapstoornissen", "stemmingswisselingen", "paniekaanval",
        "paniekaanvallen", "angstaanvallen", "suïcidale gedachten", "zelfmoordgedachten", "vermoeidheid",
        "loopneus", "verstopte neus", "hoest", "droge hoest", "heesheid", "koorts", "koude rillingen",
        "nachtzweten", "opvliegers", "reukverlies", "smaakverlies",
        "huiduitslag", "netelroos", "incontinentie", "urine-incontinentie", "bloed in de urine",
        "bloed in de ontlasting", "bloedneus", "haaruitval",
    ),
    "pt": (
        "dor no peito", "dores no peito", "dor torácica", "aperto no peito", "dores nas costas", "dor lombar",
        "dor no pescoço", "dores nas articulações", "dores articulares", "dor muscular", "dores musculares",
        "dor crônica", "dor abdominal", "dores abdominais", "dor de barriga", "dor de estômago",
        "dor de garganta", "dor de ouvido", "dor menstrual", "cólicas menstruais", "cãibras",
        "falta de ar", "dificuldade para respirar", "dispneia", "palpitações", "taquicardia",
        "dor de cabeça", "dores de cabeça", "cefaleia", "tontura", "tonturas", "desmaio", "desmaios",
        "perda de consciência", "dormência", "formigamento", "fraqueza muscular", "visão turva",
        "visão embaçada", "visão dupla", "perda de memória",
        "náuseas", "enjoo", "vômitos", "vómitos", "diarreia", "prisão de ventre", "azia", "refluxo gástrico",
        "perda de apetite", "falta de apetite", "dificuldade para engolir",
        "insônia", "insónia", "distúrbios do sono", "alterações de humor", "ataque de pânico",
        "ataques de pânico", "crise de ansiedade", "pensamentos suicidas", "ideação suicida", "astenia",
        "nariz escorrendo", "congestão nasal", "tosse", "tosse seca", "rouquidão", "febre", "suores noturnos",
        "fogachos", "perda do olfato", "perda do paladar",
        "coceira", "erupção cutânea", "urticária", "incontinência urinária", "sangue na urina",
        "sangue nas fezes", "sangramento nasal", "queda de cabelo",
    ),
}
"""Symptoms and clinical findings as patients, clinicians, HR and insurance mail write them, by language, with
their common plurals; none repeats or lies inside a name of `CONDITION_TERMS_BY_LANGUAGE` ("back pain",
"Rückenschmerzen", "dor nas costas", "migraine" and "tinnitus" are conditions there). Only words without a
common other sense in business text are taken; left out are everyday and figurative words: "pain", "aches", "cold", "chills", "stress", "tired", "sick", "weakness",
"swelling", "confusion", "tremor(s)", "blackouts", "hallucinations" (of a language model), "hives", "rash" (a
rash decision), "reflux" (in a lab), "malaise" (economic; French "malaise", a feeling of unease), "out of
breath", "pins and needles", "weight loss" and "weight gain" (products), "memory problems" and "sleep problems"
(of computers); German "Schwindel" (fraud), "Druck", "Müdigkeit", "Erschöpfung", "Ohnmacht" (powerlessness),
"Kribbeln", "Zittern", "Ausschlag" (den Ausschlag geben), "Verstopfung" (a blocked pipe), "Herzklopfen" (nerves),
"Beschwerden"; French "crise", "vertige" (the singular: fear of heights, and figurative), "frissons",
"tremblement(s)" (de terre), "épuisement" (des stocks), "gonflement", "perte de poids"; Spanish "vértigo",
"escalofríos", "sofocos", "temblores", "comezón", "cansancio", "fatiga", "presión"; Italian "affanno" (in
affanno: struggling), "brividi" (da brividi: thrilling), "tremori", "stanchezza"; Dutch "jeuk" (ergens jeuk
van krijgen), "braken" (broke), "overgeven" (hand over), "verstopping", "uitslag" (a result), "ademnood" (a
firm in trouble), "rillingen"; Portuguese "vertigem", "calafrios", "ondas de calor" (a heat wave), "tremores",
"cansaço", "fadiga"; and adjectives ("dizzy", "nauseous", "schwindelig", "misselijk"). "cough", "headache" and
"fatigue" are only taken after a cue (`CUED_SYMPTOM_TERMS`). Known figurative uses still taken, as rare in mail:
"Kopfschmerzen" of "das bereitet uns Kopfschmerzen", "buikpijn" of "daar heb ik buikpijn van" and "dolor de
cabeza", "dor de cabeça" and "mal di testa" said of a chore. Whole words only, matched like
`CONDITION_TERMS_BY_LANGUAGE`."""
SYMPTOM_TERMS: tuple[str, ...] = tuple(
    {term.casefold(): term for terms in SYMPTOM_TERMS_BY_LANGUAGE.values() for term in terms}.values()
)
"""`SYMPTOM_TERMS_BY_LANGUAGE` in one tuple, each term once."""
LOWER_CASE_SYMPTOM_TERMS: tuple[str, ...] = ("insomnia", "vertigo", "tos")
"""Symptoms taken only in lower case, as running text writes them: capitalised they are names ("Insomnia", an
API client; "Vertigo", a film) or an abbreviation ("ToS", terms of service; "tos" is cough in Spanish)."""
CUED_SYMPTOM_TERMS: tuple[str, ...] = ("headache", "headaches", "cough", "fatigue")
"""Symptoms with a common figurative sense ("the headache of migrating", "cough up the fee", "alert fatigue",
"metal fatigue"), taken only right after a `SYMPTOM_CUES` word ("had a headache", "reports fatigue")."""
SYMPTOM_CUES: tuple[str, ...] = (
    "has a", "had a", "have a", "having a", "get a", "gets a", "got a", "with a", "has", "had", "have", "having",
    "get", "gets", "getting", "reports", "reported", "reporting", "complains of", "complained of",
    "complaining of", "c/o", "suffers from", "suffered from", "suffering from", "presents with", "presented with",
    "presenting with", "mild", "severe", "bad", "chronic", "persistent", "frequent", "recurrent", "grande", "forte", "souffre de", "souffre d'une", "se plaint de",
    "se plaint d'une", "ressent une",
)
"""Words right before a `CUED_SYMPTOM_TERMS` word that make it a symptom of a person, in English and French
("une grande fatigue")."""
NEGATION_CUES: tuple[str, ...] = (
    "no", "not", "nor", "neither", "without", "denies", "denied", "denying", "negative for", "free of",
    "absence of", "no history of", "no signs of", "no sign of", "no evidence of", "no complaints of",
    "did not have", "does not have", "didn't have", "doesn't have",
    "kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "ohne", "verneint", "weder", "kein Hinweis auf",
    "keine Hinweise auf",
    "pas de", "pas d'", "pas d’", "sans", "aucun", "aucune", "ni", "nie", "absence de", "absence d'", "absence d’",
    "sin", "niega", "negó", "no tiene", "no presenta", "no refiere", "ausencia de",
    "senza", "nega", "né", "non", "non ha", "non presenta", "non riferisce", "assenza di", "nessun", "nessuna",
    "geen", "zonder", "ontkent", "geen last van", "geen sprake van",
    "sem", "negou", "nem", "não", "não tem", "não apresenta", "não refere", "nenhum", "nenhuma",
    "ausência de",
)
"""Words that deny the symptom right after them ("no chest pain", "keine Atemnot", "pas de fièvre", "sin
fiebre", "senza febbre", "geen koorts", "sem febre"); a negated symptom is not personal data."""
NEGATION_FILLERS: tuple[str, ...] = (
    "any", "new", "further", "recent", "significant", "acute", "severe", "other", "more", "weiteren", "neuen",
    "akute", "akuten", "nouvelle", "nouvelles", "nouveaux", "autre", "autres", "nuevos", "nuevas", "otros",
    "otras", "nuovi", "nuove", "altri", "altre", "nieuwe", "andere", "novos", "novas", "outros", "outras",
    "a", "an", "the", "having", "un", "una", "une", "le", "la", "il", "el",
)
"""Words that may stand between a `NEGATION_CUES` word and the symptom it denies, up to two ("no new chest pain",
"keine akute Atemnot", "denies having a headache", "non ha la febbre")."""
LIST_WORDS: tuple[str, ...] = (
    "and/or", "or", "and", "nor", "oder", "und", "noch", "ou", "et", "ni", "o", "u", "y", "e", "né", "of", "en",
    "nem",
)
"""Words that join a list of symptoms or conditions, so that one negation covers it ("denies fever, chest pain
or palpitations", "weder Fieber noch Husten", "sin fiebre ni tos")."""
FIGURATIVE_PREFIXES: tuple[str, ...] = (
    "bis zum", "fino alla", "jusqu'à la", "jusqu’à la", "cabin", "gold", "IPO", "spring", "election", "shopping",
)
"""Words right before a symptom that make it an idiom: "bis zum Erbrechen", "fino alla nausea", "jusqu'à la
nausée" (ad nauseam), "cabin fever", "gold fever", "IPO fever", "spring fever"."""
FIGURATIVE_PHRASES: tuple[str, ...] = (
    "fever pitch", "chronic pain point", "chronic pain points", "itching to", "loss of appetite for",
    "Kopfschmerzen bereiten", "Kopfschmerzen bereitet", "fièvre acheteuse", "essoufflement de", "essoufflement du",
    "essoufflement des", "essoufflement d'", "fiebre del oro", "febbre dell'oro", "febre do ouro", "fièvre de l'or",
    "fatigue crack", "fatigue cracks", "fatigue cracking", "fatigue failure", "fatigue life", "fatigue test",
    "fatigue testing",
)
"""Symptoms followed by words that make them figurative: "at fever pitch", "itching to start", "a loss of
appetite for risk", "l'essoufflement du marché", "Kopfschmerzen bereiten", "la fiebre del oro", metal "fatigue
cracking"."""


def _cue_lookbehinds(cues: Iterable[str], negative: bool) -> str:
    """A lookbehind for each length of cue: `cues` as whole words right before a term, followed by one space."""
    by_length: dict[int, list[str]] = {}
    for cue in cues:
        by_length.setdefault(len(cue) + 1, []).append(rf"\b{re.escape(cue)} ")
    kind = "<!" if negative else "<="
    groups = [f"(?{kind}{'|'.join(alternatives)})" for alternatives in by_length.values()]
    return "".join(groups) if negative else "(?:" + "|".join(groups) + ")"


_SYMPTOM_TERM = rf"(?:{_any(_term_regex(t) for t in SYMPTOM_TERMS)}|(?-i:{_any(LOWER_CASE_SYMPTOM_TERMS)}))"
_CUED_SYMPTOM = _any(CUED_SYMPTOM_TERMS)
_NOT_AFTER = _cue_lookbehinds(FIGURATIVE_PREFIXES, negative=True)
_NOT_FIGURATIVE = rf"(?!{_any(_term_regex(p) for p in FIGURATIVE_PHRASES)}(?![\w-]))"
_LIST_SEPARATOR = rf"(?:\s*[,/]\s*(?:{_any(LIST_WORDS)}\s+)?|\s+{_any(LIST_WORDS)}\s+)"
_LISTED = rf"(?:(?:{_SYMPTOM_TERM}|{_CUED_SYMPTOM}|{_CONDITION_TERM}){_LIST_SEPARATOR})"
_NEGATED_LIST = re.compile(
    rf"(?<![\w-]){_any(re.escape(c) for c in NEGATION_CUES)}(?:\s+|(?<=['’]))"
    rf"(?:{_any(NEGATION_FILLERS)}\s+){{0,2}}{_LISTED}*\Z",
    re.IGNORECASE,
)


class SymptomTermRecognizer(ContextExcludedRecognizer):
    """A symptom or clinical finding stated about a person, in English, German, French, Spanish, Italian,
    Dutch or Portuguese: "shortness of breath", "Atemnot", "essoufflement", "mareos", "vertigini", "hoofdpijn",
    "falta de ar" (`SYMPTOM_TERMS`), and "headache", "cough" or "fatigue" after a cue such as "had a"
    (`SYMPTOM_CUES`). Not taken: symptoms denied ("no chest pain", "keine Atemnot", "denies fever, cough or
    palpitations": `NEGATION_CUES`) and idioms (`FIGURATIVE_PREFIXES`, `FIGURATIVE_PHRASES`). Symptoms are
    vaguer than diagnoses, so the score, 0.45, is a little below `ConditionTermRecognizer`'s."""

    ENTITY = "MEDICAL_CONDITION"
    PATTERNS = (
        Pattern("symptom name", rf"(?<![\w-]){_NOT_AFTER}{_NOT_FIGURATIVE}{_SYMPTOM_TERM}(?![\w-])", 0.45),
        Pattern(
            "symptom after a cue",
            rf"(?<![\w-])(?={_CUED_SYMPTOM}(?![\w-])){_cue_lookbehinds(SYMPTOM_CUES, negative=False)}"
            rf"{_NOT_FIGURATIVE}{_CUED_SYMPTOM}(?![\w-])",
            0.45,
        ),
    )

    EXCLUDED_BEFORE = _NEGATED_LIST
    """A negation, directly, after fillers or at the head of a list ("no chest pain", "no new chest pain", "denies
    fever, chest pain or palpitations")."""
    LOOKBACK = 300


WRITTEN_RECOGNIZERS: tuple[type[PatternRecognizer], ...] = (
    WrittenDateRecognizer,
    RelativeDateRecognizer,
    CompanyNameRecognizer,
    OrganizationFieldRecognizer,
    StreetAddressRecognizer,
    PostalTownRecognizer,
    ConditionAbbreviationRecognizer,
    ConditionTermRecognizer,
    SymptomTermRecognizer,
    JobTitleFieldRecognizer,
)
"""The recognizers of `recognizers/written.yaml`."""
