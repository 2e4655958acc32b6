"""Dates, birth dates, relative dates, clock times and timestamps in many written forms."""

from __future__ import annotations

import datetime as dt

from ..builder import Piece, Pii
from ..context import Context

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "ten")

LOCAL_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": WEEKDAYS,
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
}
"""Weekday names, Monday first, in each generator language."""
_WEEKDAY_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "pt": ("seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
}
_MONTH_ABBR = {
    "en": tuple(m[:3] for m in MONTHS["en"]),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
}
"""Abbreviated month names; those ending in "." are only written with a year after them (a `date` span may not
end in a period)."""
_LOCAL_NUMBER_WORDS = {
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "zehn"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "dix"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "diez"),
    "it": ("due", "tre", "quattro", "cinque", "sei", "dieci"),
    "nl": ("twee", "drie", "vier", "vijf", "zes", "tien"),
    "pt": ("dois", "três", "quatro", "cinco", "seis", "dez"),
}
_LOCAL_RELATIVE: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "past": ("gestern", "vorgestern", "heute", "letzte Woche", "letzten Monat", "vor {n} Tagen",
                 "vor {n} Wochen", "letzten {wd}", "vergangenen {wd}", "{wd}", "{month}"),
        "future": ("morgen", "übermorgen", "heute", "nächste Woche", "nächsten Monat", "in {n} Tagen",
                   "in {n} Wochen", "nächsten {wd}", "kommenden {wd}", "{wd}", "{month}"),
    },
    "fr": {
        "past": ("hier", "avant-hier", "aujourd'hui", "la semaine dernière", "le mois dernier", "il y a {n} jours",
                 "il y a {n} semaines", "{wd} dernier", "{wd}", "{month}"),
        "future": ("demain", "après-demain", "aujourd'hui", "la semaine prochaine", "le mois prochain",
                   "dans {n} jours", "dans {n} semaines", "{wd} prochain", "{wd}", "{month}"),
    },
    "es": {
        "past": ("ayer", "anteayer", "hoy", "la semana pasada", "el mes pasado", "hace {n} días", "hace {n} semanas",
                 "el {wd} pasado", "{wd}", "{month}"),
        "future": ("mañana", "pasado mañana", "hoy", "la semana que viene", "la próxima semana", "el mes que viene",
                   "dentro de {n} días", "el próximo {wd}", "{wd}", "{month}"),
    },
    "it": {
        "past": ("ieri", "l'altro ieri", "oggi", "la settimana scorsa", "il mese scorso", "{n} giorni fa",
                 "{n} settimane fa", "{wd} {last}", "{wd}", "{month}"),
        "future": ("domani", "dopodomani", "oggi", "la settimana prossima", "il mese prossimo", "tra {n} giorni",
                   "fra {n} settimane", "{wd} {next}", "{wd}", "{month}"),
    },
    "nl": {
        "past": ("gisteren", "eergisteren", "vandaag", "vorige week", "vorige maand", "{n} dagen geleden",
                 "{n} weken geleden", "afgelopen {wd}", "vorige {wd}", "{wd}", "{month}"),
        "future": ("morgen", "overmorgen", "vandaag", "volgende week", "volgende maand", "over {n} dagen",
                   "over {n} weken", "volgende {wd}", "aanstaande {wd}", "{wd}", "{month}"),
    },
    "pt": {
        "past": ("ontem", "anteontem", "hoje", "semana passada", "mês passado", "há {n} dias", "há {n} semanas",
                 "{wd} {last}", "{wd}", "{month}"),
        "future": ("amanhã", "depois de amanhã", "hoje", "semana que vem", "mês que vem", "daqui a {n} dias",
                   "em {n} semanas", "{wd} que vem", "{next} {wd}", "{wd}", "{month}"),
    },
}
"""Relative dates per language: `{wd}` weekday, `{n}` a count, `{month}` a month name, `{last}`/`{next}` the
adjective agreeing with the weekday's gender."""
_AGREEMENT = {
    "it": ({"domenica"}, {"last": ("scorso", "scorsa"), "next": ("prossimo", "prossima")}),
    "pt": (
        {"segunda", "terça", "quarta", "quinta", "sexta"} | set(LOCAL_WEEKDAYS["pt"][:5]),
        {"last": ("passado", "passada"), "next": ("próximo", "próxima")},
    ),
}
_ON = {"de": "am ", "fr": "le ", "es": "el ", "it": "il ", "nl": "op ", "pt": "em "}
"""The preposition before a date in each non-English language ("am 15. März", "el 15 de marzo")."""
_ON_WEEKDAY = {"de": "am ", "es": "el ", "nl": "op "}
_DAY_MONTH_SEP = {"de": ". ", "es": " de ", "pt": " de "}
_ZONES = ("EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "BST", "UTC", "CET", "CEST", "AEST", "IST", "SGT")
_OFFSETS = ("+00:00", "+01:00", "+02:00", "-05:00", "-04:00", "-08:00", "+05:30", "+09:00", "+10:00", "-03:00")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(ctx: Context, d: dt.date, style: str | None = None) -> str:
    """`d` written in one of many numeric or spelled-out forms, honouring the locale's day/month order."""
    lang = ctx.language
    if lang != "en":
        style = style or ctx.style(
            "date_style",
            ("numeric", "iso", "local_long", "local_weekday", "local_short"),
            (0.5, 0.25, 0.25, 0.1, 0.1),
            stick=0.7,
        )
    style = style or ctx.style(
        "date_style",
        (
            "numeric",
            "iso",
            "long",
            "long_us",
            "short",
            "weekday_long",
            "ordinal",
            "dash_mon",
            "compact_year",
            "day_mon",
            "long_var",
        ),
        (0.28, 0.14, 0.14, 0.1, 0.1, 0.07, 0.07, 0.06, 0.04, 0.1, 0.1),
        stick=0.6,
    )
    order = ctx.loc.date_order
    day, month, year = d.day, d.month, d.year
    mon = MONTHS["en"][month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "numeric":
        sep = {"de": ".", "nl": "-"}.get(lang) or (
            "/" if order == "MDY" else ctx.style("date_sep", ("/", "/", "/", ".", "-"))
        )
        y = str(year) if ctx.style("date_long_year", (True, False), (0.8, 0.2)) else f"{year % 100:02d}"
        pad = ctx.style("date_pad", (True, False), (0.7, 0.3))
        dd, mm = (f"{day:02d}", f"{month:02d}") if pad else (str(day), str(month))
        if order == "MDY":
            return f"{mm}{sep}{dd}{sep}{y}"
        if order == "YMD":
            return f"{year}{sep}{month:02d}{sep}{day:02d}" if ctx.chance(0.6) else f"{dd}{sep}{mm}{sep}{y}"
        return f"{dd}{sep}{mm}{sep}{y}"
    if style == "local_weekday":
        return local_weekday_date(ctx, d, with_year=ctx.chance(0.6))
    if style == "local_short":
        return _local_short(ctx, d)
    if style == "day_mon":
        return ctx.choice(
            (f"{day:02d} {mon[:3]}", f"{day} {mon[:3]}", f"{day:02d} {mon[:3]} {year}", f"{day:02d} {mon} {year}")
        )
    if style == "long_var":
        wd = WEEKDAYS[d.weekday()]
        return ctx.choice(
            (
                f"{mon} {day}",
                f"{wd}, {mon} {day}",
                f"{wd} the {_ordinal(day)}",
                f"{_ordinal(day)} day of {mon} {year}",
                f"{wd}, {_ordinal(day)} {mon}",
                f"{mon} {_ordinal(day)}, {year}",
            )
        )
    if style == "local_long":
        months = MONTHS.get(lang, MONTHS["en"])
        if lang == "de":
            return f"{day}. {months[month - 1]} {year}"
        if lang in ("es", "pt"):
            return f"{day} de {months[month - 1]} de {year}"
        return f"{day} {months[month - 1]} {year}"
    if style == "long":
        return f"{day} {mon} {year}"
    if style == "long_us":
        return f"{mon} {day}, {year}"
    if style == "short":
        return ctx.choice((f"{mon[:3]} {day}, {year}", f"{day} {mon[:3]} {year}", f"{mon[:3]} {day}", f"{day} {mon}"))
    if style == "weekday_long":
        wd = WEEKDAYS[d.weekday()]
        return ctx.choice(
            (
                f"{wd}, {day} {mon} {year}",
                f"{wd}, {mon} {day}, {year}",
                f"{wd[:3]} {day} {mon[:3]}",
                f"{wd} {day} {mon}",
            )
        )
    if style == "ordinal":
        return ctx.choice(
            (
                f"{_ordinal(day)} {mon} {year}",
                f"{mon} {_ordinal(day)}",
                f"{_ordinal(day)} of {mon}",
                f"{_ordinal(day)} {mon}",
            )
        )
    if style == "dash_mon":
        return ctx.choice(
            (f"{day:02d}-{mon[:3]}-{year}", f"{day:02d}-{mon[:3].upper()}-{year}", f"{day} {mon[:3].upper()} {year}")
        )
    return f"{year}{month:02d}{day:02d}" if ctx.chance(0.5) else f"{mon} {year}"


def local_weekday_date(ctx: Context, d: dt.date, *, with_year: bool = True) -> str:
    """`d` with its weekday in the document's language: "lunedì 15 aprile 2024", "Freitag, 15. März 2024",
    "sam. 13 juil. 2024", "lunes 18 de marzo", "Wednesday, 9 October 2024"."""
    lang = ctx.language if ctx.language in LOCAL_WEEKDAYS else "en"
    wd, wd_abbr = LOCAL_WEEKDAYS[lang][d.weekday()], _WEEKDAY_ABBR[lang][d.weekday()]
    month, mon_abbr = MONTHS[lang][d.month - 1], _MONTH_ABBR[lang][d.month - 1]
    day, year = d.day, d.year
    tail = f" {year}" if with_year else ""
    if lang == "en":
        return ctx.choice((f"{wd}, {day} {month}{tail}", f"{wd} {day} {month}{tail}", f"{wd[:3]}, {day} {month}{tail}"))
    if lang == "de":
        if with_year and ctx.chance(0.4):
            return f"{ctx.choice((wd, wd_abbr))}, {day:02d}.{d.month:02d}.{year}"
        return f"{wd}, {day}. {month}{tail}"
    if lang in ("es", "pt"):
        wd = wd.split("-")[0] if lang == "pt" and ctx.chance(0.4) else wd
        de_year = f" de {year}" if with_year else ""
        return f"{wd}{ctx.choice((',', ''))} {day} de {month}{de_year}"
    first = "1er" if lang == "fr" and day == 1 and ctx.chance(0.7) else str(day)
    if lang == "fr" and with_year and ctx.chance(0.35):
        return f"{wd_abbr} {first} {mon_abbr} {year}"
    return f"{wd} {first} {month}{tail}"


def _local_short(ctx: Context, d: dt.date) -> str:
    """`d` without weekday in the document's language, often without a year or with an abbreviated month."""
    lang = ctx.language if ctx.language in LOCAL_WEEKDAYS else "en"
    month, mon_abbr = MONTHS[lang][d.month - 1], _MONTH_ABBR[lang][d.month - 1]
    day, year = d.day, d.year
    if ctx.chance(0.5):
        return f"{day}{_DAY_MONTH_SEP.get(lang, ' ')}{month}"
    if lang in ("es", "it", "pt") and ctx.chance(0.3):
        return f"{day:02d}-{mon_abbr}-{year}"
    return f"{day}{'. ' if lang == 'de' else ' '}{mon_abbr} {year}"


def near_date(ctx: Context, *, past_days: int = 400, future_days: int = 120) -> dt.date:
    """A date around the document's reference date."""
    return ctx.now + dt.timedelta(days=ctx.rng.randint(-past_days, future_days))


def date_text(ctx: Context) -> str:
    """A calendar date near the reference date."""
    return format_date(ctx, near_date(ctx))


def relative_date(ctx: Context, direction: str, language: str | None = None) -> str:
    """A relative date as a noun phrase in `language` (default: the document's): "yesterday", "last Tuesday",
    "two weeks ago", "next month", "ieri", "hoje", "volgende week", "vendredi prochain", "marzo"."""
    lang = language or ctx.prose_language
    if lang in _LOCAL_RELATIVE:
        return _local_relative(ctx, lang, direction)
    wd = ctx.choice(WEEKDAYS)
    n = ctx.choice(_NUMBER_WORDS)
    if direction == "past":
        return ctx.choice(
            (
                "yesterday",
                f"last {wd}",
                f"{n} days ago",
                f"{n} weeks ago",
                "last week",
                "last month",
                "the day before yesterday",
                f"this {wd[:3] if ctx.chance(0.1) else wd}",
                "earlier this week",
                f"{ctx.rng.randint(2, 11)} days ago",
                "a week ago",
                "today",
                wd,
            )
        )
    return ctx.choice(
        (
            "tomorrow",
            f"next {wd}",
            f"this {wd}",
            f"in {n} days",
            f"in {n} weeks",
            "next week",
            "next month",
            "the day after tomorrow",
            "later this week",
            "today",
            f"in {ctx.rng.randint(2, 14)} days",
            f"next {wd}",
            wd,
        )
    )


def _local_relative(ctx: Context, lang: str, direction: str) -> str:
    """A relative date from `_LOCAL_RELATIVE`, its weekday adjective agreeing in gender."""
    template = ctx.choice(_LOCAL_RELATIVE[lang]["past" if direction == "past" else "future"])
    wd = ctx.choice(LOCAL_WEEKDAYS[lang])
    if lang == "pt" and "{wd}" in template and ctx.chance(0.5):
        wd = wd.split("-")[0]
    feminine, adjectives = _AGREEMENT.get(lang, (set(), {}))
    agreed = {key: forms[wd in feminine] for key, forms in adjectives.items()}
    n = ctx.choice(_LOCAL_NUMBER_WORDS[lang]) if ctx.chance(0.6) else str(ctx.between(2, 10))
    past = direction == "past"
    month = MONTHS[lang][near_date(ctx, past_days=150 if past else 0, future_days=0 if past else 150).month - 1]
    return template.format(wd=wd, n=n, month=month, **agreed)


def _month_phrase(ctx: Context, direction: str) -> str:
    """A month-level date in English: "mid-November", "March", or (past) a bare year "2011"."""
    d = near_date(ctx, past_days=300, future_days=0) if direction == "past" else near_date(ctx, past_days=0)
    month = MONTHS["en"][d.month - 1]
    options = [f"mid-{month}", month, f"{month} {d.year}"]
    if direction == "past":
        options.append(str(ctx.now.year - ctx.between(1, 25)))
    return ctx.choice(options)


def when(ctx: Context, direction: str) -> list[Piece]:
    """An adverbial of time in the language of the prose being written (`Context.prose_language`): a relative
    date, "on <date>" or "in <month/year>" ("am <Datum>", "le <date>", "im März", ...), only the date annotated."""
    lang = ctx.prose_language
    if ctx.chance(0.5):
        text = relative_date(ctx, direction)
        if lang in _IN_MONTH and text in MONTHS[lang]:
            return [_IN_MONTH[lang], Pii("date", text)]
        return [Pii("date", text)]
    if lang in _ON:
        return _local_when(ctx, direction)
    if ctx.chance(0.15):
        return ["in ", Pii("date", _month_phrase(ctx, direction))]
    d = (
        near_date(ctx, past_days=60, future_days=0)
        if direction == "past"
        else near_date(ctx, past_days=0, future_days=60)
    )
    if ctx.chance(0.25):
        return ["on ", Pii("date", WEEKDAYS[d.weekday()])]
    return [
        "on ",
        Pii(
            "date",
            format_date(
                ctx, d, ctx.choice(("long", "long_us", "short", "numeric", "weekday_long", "ordinal", "long_var"))
            ),
        ),
    ]


_IN_MONTH = {"de": "im ", "fr": "en ", "es": "en ", "it": "a ", "nl": "in ", "pt": "em "}


def _local_when(ctx: Context, direction: str) -> list[Piece]:
    """`when` in a non-English prose language: "am Freitag", "le 15 mars", "na segunda", "op 3 mei 2024"."""
    lang = ctx.prose_language
    past = direction == "past"
    d = near_date(ctx, past_days=60 if past else 0, future_days=0 if past else 60)
    if ctx.chance(0.35):
        wd = LOCAL_WEEKDAYS[lang][d.weekday()]
        if lang == "pt":
            return ["no " if d.weekday() >= 5 else "na ", Pii("date", wd.split("-")[0] if ctx.chance(0.6) else wd)]
        return [_ON_WEEKDAY.get(lang, ""), Pii("date", wd)]
    return [_ON[lang], Pii("date", format_date(ctx, d, ctx.choice(("local_long", "local_short"))))]


def _with_zone(ctx: Context, text: str, p: float) -> str:
    """`text` followed, with probability `p` in English documents, by a time-zone abbreviation."""
    return f"{text} {ctx.choice(_ZONES)}" if ctx.language == "en" and ctx.chance(p) else text


def _clock12(ctx: Context, h: int, m: int, pad: bool) -> str:
    """`h`:`m` on the 12-hour clock with AM/PM (mostly upper case): "4:52 PM", "08:10 AM"."""
    h12 = h % 12 or 12
    ampm = "AM" if h < 12 else "PM"
    return f"{h12:02d}:{m:02d} {ampm}" if pad else f"{h12}:{m:02d} {ampm.lower() if ctx.chance(0.2) else ampm}"


def time_text(ctx: Context) -> str:
    """A clock time: 14:30, 2:30 pm, 09h15, 14.30, 2pm, 14:30:05, sometimes with a zone (4:52 PM EST)."""
    h = ctx.rng.randint(8, 18) if ctx.chance(0.8) else ctx.rng.randint(0, 23)
    m = ctx.choice((0, 0, 15, 30, 45, ctx.rng.randint(0, 59)))
    h12 = h % 12 or 12
    ampm = "am" if h < 12 else "pm"
    style = ctx.style(
        "time_style",
        ("24", "12", "12c", "h", "dot", "plain12", "sec", "hrs"),
        (0.34, 0.22, 0.1, 0.08, 0.08, 0.1, 0.03, 0.05),
        stick=0.75,
    )
    if ctx.language == "fr":
        style = ctx.choice(("h", "24"))
    elif ctx.language != "en":
        style = ctx.choice(("24", "24", "24", "dot"))
    if style == "24":
        return _with_zone(ctx, f"{h:02d}:{m:02d}" if ctx.chance(0.8) else f"{h}:{m:02d}", 0.08)
    if style == "12":
        return _with_zone(ctx, f"{h12}:{m:02d} {ctx.choice((ampm, ampm.upper()))}", 0.08)
    if style == "12c":
        return f"{h12}:{m:02d}{ctx.choice((ampm, ampm.upper()))}"
    if style == "h":
        return f"{h:02d}h{m:02d}" if m or ctx.chance(0.5) else f"{h}h"
    if style == "dot":
        return f"{h:02d}.{m:02d}" if ctx.language != "en" or ctx.chance(0.5) else f"{h12}.{m:02d}{ampm}"
    if style == "plain12":
        return _with_zone(ctx, f"{h12}{ctx.choice(('', ' '))}{ctx.choice((ampm, ampm.upper()))}", 0.05)
    if style == "sec":
        return f"{h:02d}:{m:02d}:{ctx.rng.randint(0, 59):02d}"
    return f"{h:02d}{m:02d} hrs"


def timestamp_text(ctx: Context, d: dt.date | None = None) -> str:
    """A combined date and time written as one timestamp (annotated as one `date` span): ISO 8601 with or
    without "T", "Z" or an offset, numeric dates with 24h, 12h (with an optional zone) or "HHMM" times,
    "18-Mar-2024 08:10 AM", "04 Apr 2024, 10:30", "lunedì 15 aprile 2024, 11:26", RFC 2822."""
    d = d or near_date(ctx)
    h, m, s = ctx.rng.randint(0, 23), ctx.rng.randint(0, 59), ctx.rng.randint(0, 59)
    style = ctx.style(
        "timestamp_style",
        (
            "iso_space",
            "iso_t",
            "iso_z",
            "numeric",
            "rfc",
            "long",
            "numeric12",
            "dash_mon",
            "iso_offset",
            "hhmm",
            "day_mon",
            "weekday",
        ),
        (0.13, 0.13, 0.13, 0.13, 0.13, 0.13, 0.05, 0.04, 0.04, 0.03, 0.03, 0.03),
        stick=0.85,
    )
    if style == "iso_space":
        return f"{d.isoformat()} {h:02d}:{m:02d}"
    if style == "iso_t":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}"
    if style == "iso_z":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "numeric":
        return f"{format_date(ctx, d, 'numeric')} {h:02d}:{m:02d}"
    if style == "rfc":
        return (
            f"{WEEKDAYS[d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} {h:02d}:{m:02d}:{s:02d} "
            f"{ctx.choice(('+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+1000', '-0300'))}"
        )
    if style == "numeric12":
        return _with_zone(ctx, f"{format_date(ctx, d, 'numeric')} {_clock12(ctx, h, m, ctx.chance(0.3))}", 0.4)
    if style == "dash_mon":
        mon = MONTHS["en"][d.month - 1][:3]
        mon = mon.upper() if ctx.chance(0.3) else mon
        clock = _clock12(ctx, h, m, True) if ctx.chance(0.6) else f"{h:02d}:{m:02d}"
        return f"{d.day:02d}-{mon}-{d.year} {clock}"
    if style == "iso_offset":
        frac = f".{ctx.between(0, 999):03d}" if ctx.chance(0.3) else ""
        zone = "Z" if frac and ctx.chance(0.5) else ctx.choice(_OFFSETS)
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}{frac}{zone}"
    if style == "hhmm":
        return f"{format_date(ctx, d, 'numeric')} {h:02d}{m:02d}"
    if style == "day_mon":
        lang = ctx.language if ctx.language in _MONTH_ABBR else "en"
        mon = _MONTH_ABBR[lang][d.month - 1]
        if lang == "en" and ctx.chance(0.4):
            return _with_zone(ctx, f"{mon} {d.day}, {d.year}, {_clock12(ctx, h, m, False)}", 0.3)
        return f"{d.day:02d} {mon} {d.year}, {h:02d}:{m:02d}"
    if style == "weekday":
        return f"{local_weekday_date(ctx, d)}{ctx.choice((', ', ' '))}{h:02d}:{m:02d}"
    if ctx.language != "en":
        return f"{format_date(ctx, d, 'local_long')}, {h:02d}:{m:02d}"
    return f"{format_date(ctx, d, 'long')}, {h:02d}:{m:02d}"


def dob_text(ctx: Context, d: dt.date) -> str:
    """A birth date in the forms forms and records use."""
    return format_date(
        ctx,
        d,
        ctx.weighted(
            ("numeric", "iso", "long", "long_us", "dash_mon", "local_long"),
            (0.45, 0.2, 0.15, 0.08, 0.07, 0.05 if ctx.language != "en" else 0.0),
        ),
    )


def duration_text(ctx: Context) -> str:
    """A duration (not PII): "45 minutes", "2 hours"."""
    return ctx.choice(
        (
            f"{ctx.rng.randint(5, 55)} minutes",
            f"{ctx.rng.randint(2, 9)} hours",
            "half an hour",
            f"{ctx.rng.randint(2, 40)} mins",
            f"{ctx.rng.randint(100, 9000)} ms",
        )
    )
