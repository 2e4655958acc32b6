"""Parse dates and times in common written formats and write them back in the same format."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime

_DAY_MONTH = ("%d/%m", "%m/%d")
_DATE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d",
    "{dm}/%Y %H:%M", "{dm}/%Y", "{dm}/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y",
    "%A, %B %d, %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%b %d %Y",
    "%A %d %B %Y", "%d %B %Y", "%d %b %Y", "%d %b. %Y", "%d-%b-%Y", "%B %d", "%d %B", "%b %d", "%d %b",
    "%B %Y", "%b %Y", "%m/%Y", "%Y-%m", "%Y",
    "%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M%p", "%I %p", "%I%p",
)
_PADDED = {"%d": "%-d", "%m": "%-m", "%H": "%-H", "%I": "%-I"}
_TOKEN = re.compile(r"%-?[A-Za-z]")
_UNPADDED_VALUE = {"%-d": "day", "%-m": "month", "%-H": "hour"}

MONTH_FIRST_LOCALES = frozenset({"en_US", "en_PH", "en_CA"})


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: its value and the format (with padding flags) that writes it back as written."""

    value: datetime
    fmt: str

    @property
    def has_year(self) -> bool:
        """True when the written form contains a year."""
        return "%Y" in self.fmt or "%y" in self.fmt

    @property
    def has_month(self) -> bool:
        """True when the written form contains a month."""
        return any(token in self.fmt for token in ("%m", "%-m", "%b", "%B"))

    def format(self, value: datetime) -> str:
        """Write `value` in this date's format."""
        return format_date(value, self.fmt)


def format_date(value: datetime, fmt: str) -> str:
    """strftime that also understands the unpadded tokens %-d, %-m, %-H, %-I on every platform."""

    def token(match: re.Match[str]) -> str:
        code = match.group(0)
        if code in _UNPADDED_VALUE:
            return str(getattr(value, _UNPADDED_VALUE[code]))
        if code == "%-I":
            return str(value.hour % 12 or 12)
        return value.strftime(code)

    return _TOKEN.sub(token, fmt)


def month_first(locale: str) -> bool:
    """True when numeric dates in `locale` are written month first (03/04 = March 4)."""
    return locale in MONTH_FIRST_LOCALES


def _formats(dayfirst: bool) -> list[str]:
    orders = _DAY_MONTH if dayfirst else _DAY_MONTH[::-1]
    out: list[str] = []
    for fmt in _DATE_FORMATS:
        if "{dm}" in fmt:
            out.extend(fmt.format(dm=dm) for dm in orders)
        else:
            out.append(fmt)
    return out


def _written_as(value: datetime, fmt: str, text: str) -> str | None:
    """The padding variant of `fmt` that reproduces `text` (case-insensitively), if any."""
    padded = [code for code in _PADDED if code in fmt]
    for flags in itertools.product((False, True), repeat=len(padded)):
        variant = fmt
        for code, unpad in zip(padded, flags):
            if unpad:
                variant = variant.replace(code, _PADDED[code])
        if format_date(value, variant).casefold() == text.casefold():
            return variant
    return None


def parse_date(text: str, *, dayfirst: bool = False) -> ParsedDate | None:
    """Parse `text` in one of the common formats; None when it is not one of them."""
    stripped = text.strip()
    for fmt in _formats(dayfirst):
        try:
            value = datetime.strptime(stripped, fmt)
        except ValueError:
            continue
        variant = _written_as(value, fmt, stripped)
        if variant is not None:
            return ParsedDate(value, variant)
    return None
