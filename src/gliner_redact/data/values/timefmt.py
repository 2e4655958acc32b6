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


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(ctx: Context, d: dt.date, style: str | None = None) -> str:
    """`d` written in one of many numeric or spelled-out forms, honouring the locale's day/month order."""
    lang = ctx.language
    if lang != "en":
        style = style or ctx.style("date_style", ("numeric", "numeric", "iso", "local_long"), stick=0.7)
    style = style or ctx.style(
        "date_style",
        ("numeric", "iso", "long", "long_us", "short", "weekday_long", "ordinal", "dash_mon", "compact_year"),
        (0.28, 0.14, 0.14, 0.1, 0.1, 0.07, 0.07, 0.06, 0.04),
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


def near_date(ctx: Context, *, past_days: int = 400, future_days: int = 120) -> dt.date:
    """A date around the document's reference date."""
    return ctx.now + dt.timedelta(days=ctx.rng.randint(-past_days, future_days))


def date_text(ctx: Context) -> str:
    """A calendar date near the reference date."""
    return format_date(ctx, near_date(ctx))


def relative_date(ctx: Context, direction: str) -> str:
    """A relative date as a noun phrase ("yesterday", "last Tuesday", "two weeks ago", "next month")."""
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
        )
    )


def when(ctx: Context, direction: str) -> list[Piece]:
    """An adverbial of time for prose: a relative date, or "on <date>" with only the date annotated."""
    if ctx.chance(0.5):
        return [Pii("date", relative_date(ctx, direction))]
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
            "date", format_date(ctx, d, ctx.choice(("long", "long_us", "short", "numeric", "weekday_long", "ordinal")))
        ),
    ]


def time_text(ctx: Context) -> str:
    """A clock time: 14:30, 2:30 pm, 09h15, 14.30, 2pm, 14:30:05."""
    h = ctx.rng.randint(8, 18) if ctx.chance(0.8) else ctx.rng.randint(0, 23)
    m = ctx.choice((0, 0, 15, 30, 45, ctx.rng.randint(0, 59)))
    h12 = h % 12 or 12
    ampm = "am" if h < 12 else "pm"
    style = ctx.style(
        "time_style",
        ("24", "12", "12c", "h", "dot", "plain12", "sec", "hrs"),
        (0.3, 0.22, 0.1, 0.08, 0.08, 0.1, 0.07, 0.05),
        stick=0.75,
    )
    if ctx.language == "fr":
        style = ctx.choice(("h", "24"))
    elif ctx.language != "en":
        style = ctx.choice(("24", "24", "dot", "sec"))
    if style == "24":
        return f"{h:02d}:{m:02d}" if ctx.chance(0.8) else f"{h}:{m:02d}"
    if style == "12":
        return f"{h12}:{m:02d} {ctx.choice((ampm, ampm.upper()))}"
    if style == "12c":
        return f"{h12}:{m:02d}{ctx.choice((ampm, ampm.upper()))}"
    if style == "h":
        return f"{h:02d}h{m:02d}" if m or ctx.chance(0.5) else f"{h}h"
    if style == "dot":
        return f"{h:02d}.{m:02d}" if ctx.chance(0.5) else f"{h12}.{m:02d}{ampm}"
    if style == "plain12":
        return f"{h12}{ctx.choice(('', ' '))}{ctx.choice((ampm, ampm.upper()))}"
    if style == "sec":
        return f"{h:02d}:{m:02d}:{ctx.rng.randint(0, 59):02d}"
    return f"{h:02d}{m:02d} hrs"


def timestamp_text(ctx: Context, d: dt.date | None = None) -> str:
    """A combined date and time written as one timestamp (annotated as one `date` span)."""
    d = d or near_date(ctx)
    h, m, s = ctx.rng.randint(0, 23), ctx.rng.randint(0, 59), ctx.rng.randint(0, 59)
    style = ctx.style("timestamp_style", ("iso_space", "iso_t", "iso_z", "numeric", "rfc", "long"), stick=0.85)
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
