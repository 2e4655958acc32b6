"""Date, timestamp and relative-date values of the generator: new written forms, every language, word alignment."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from gliner_redact.data import generate_documents
from gliner_redact.data.context import Context
from gliner_redact.data.locales import LOCALE_SPECS
from gliner_redact.data.values import timefmt
from generator_support import make_context, valid_span

LANGUAGES = sorted({spec.language for spec in LOCALE_SPECS.values()})
_LOCALE_OF = {spec.language: code for code, spec in sorted(LOCALE_SPECS.items(), reverse=True)}
DAY = dt.date(2024, 4, 15)  # a Monday


def _ctx(language: str, seed: object, prose: str | None = None) -> Context:
    """A document context in `language` whose prose is written in `prose` (default: the same language)."""
    code = "en_US" if language == "en" else _LOCALE_OF[language]
    return make_context(code, str(seed), language=language, prose=prose or language, now=DAY)


def _aligned(value: str) -> bool:
    return valid_span("date", value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_new_date_styles_are_aligned_and_carry_the_day(language):
    styles = ("local_weekday", "local_short") + (("day_mon", "long_var") if language == "en" else ())
    for style in styles:
        for i in range(60):
            ctx = _ctx(language, f"{style}{i}")
            value = timefmt.format_date(ctx, DAY, style)
            assert _aligned(value), (style, value)
            assert re.search(r"\b0?15\b|\b15th\b", value), (style, value)
    weekday = timefmt.LOCAL_WEEKDAYS[language][0]
    assert any(
        timefmt.local_weekday_date(_ctx(language, i), DAY).startswith(weekday) for i in range(30)
    ), "weekday missing"


@pytest.mark.parametrize("language", LANGUAGES)
def test_relative_dates_exist_in_every_generator_language(language):
    expected = {
        "en": {"yesterday", "today", "Monday"},
        "de": {"gestern", "heute", "nächste Woche"},
        "fr": {"hier", "aujourd'hui", "la semaine prochaine"},
        "es": {"ayer", "hoy", "mañana"},
        "it": {"ieri", "oggi", "domani"},
        "nl": {"gisteren", "vandaag", "volgende week", "vrijdag"},
        "pt": {"ontem", "hoje", "segunda"},
    }[language]
    seen = set()
    for i in range(400):
        ctx = _ctx(language, f"rel{i}")
        value = timefmt.relative_date(ctx, "past" if i % 2 else "future", language)
        assert _aligned(value), value
        seen.add(value)
    assert expected <= seen, expected - seen
    if language != "en":
        english = {"yesterday", "today", "tomorrow", "next week", "last week"}
        assert not seen & english


def test_timestamps_cover_twelve_hour_zones_offsets_and_police_style():
    shapes = {
        "12h with zone": re.compile(r"^\d\d/\d\d/\d{4} \d{1,2}:\d\d (AM|PM) [A-Z]{3,4}$"),
        "dash month 12h": re.compile(r"^\d\d-[A-Za-z]{3}-\d{4} \d\d:\d\d (AM|PM)$"),
        "ISO offset": re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$"),
        "HHMM": re.compile(r"^\d\d/\d\d/\d{4} \d{4}$"),
        "day month, time": re.compile(r"^\d\d [A-Z][a-z]{2} \d{4}, \d\d:\d\d$"),
    }
    values = [timefmt.timestamp_text(_ctx("en", f"ts{i}"), DAY) for i in range(1500)]
    assert all(_aligned(v) and len(v.split()) <= 8 for v in values)
    missing = [name for name, shape in shapes.items() if not any(shape.match(v) for v in values)]
    assert not missing
    local = [timefmt.timestamp_text(_ctx("it", f"ts{i}"), DAY) for i in range(600)]
    assert any(re.match(r"^lunedì 15 aprile 2024,? \d\d:\d\d$", v) for v in local)


def test_generated_documents_carry_the_new_date_forms_deterministically():
    docs = generate_documents(300, seed=4)
    assert docs == generate_documents(300, seed=4)
    dates = [s["text"] for d in docs for s in d["spans"] if s["label"] == "date"]
    new_forms = (
        r"^\d\d [A-Z][a-z]{2}$",  # bank-statement "02 Apr"
        r"\d (AM|PM)( [A-Z]{3,4})?$",  # 12-hour timestamps
        r"^\d{4}$",  # bare years
        r"[+-]\d\d:\d\d$|^[\d/.-]+ \d{4}$",  # ISO offsets, police-style HHMM
        r"^[A-Z][a-z]+day(,| the)",  # "Wednesday, October 9", "Saturday the 26th"
    )
    assert all(any(re.search(form, v) for v in dates) for form in new_forms)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_prose_adverbials_of_time_follow_the_prose_language(language):
    english = re.compile(rf"\b(?:on|mid|yesterday|today|tomorrow|next|last|ago|{'|'.join(timefmt.WEEKDAYS)})\b")
    local, in_english = [], []
    for i in range(200):
        for prose, texts in ((language, local), ("en", in_english)):
            pieces = timefmt.when(_ctx(language, f"when{i}", prose), "past" if i % 2 else "future")
            texts.append("".join(p if isinstance(p, str) else p.text for p in pieces))
    assert not [text for text in local if english.search(text)]
    assert sum(bool(english.search(text)) for text in in_english) > 120, "English prose keeps English adverbials"
    assert not [text for text in local if text in timefmt.MONTHS[language]], "a bare month needs its preposition"


def test_a_date_and_a_time_next_to_each_other_are_one_date_span():
    from gliner_redact.data.builder import DocBuilder, Pii

    text, spans = (
        DocBuilder()
        .add("Opened: ", Pii("date", "4 Apr 2024"), ", ", Pii("time", "10:30"), "; closed ", Pii("date", "5 Apr"))
        .add(" at ", Pii("time", "9:00"), " and ", Pii("time", "9:05"), " ", Pii("date", "6 Apr"))
        .build()
    )
    assert [(s["label"], s["text"]) for s in spans] == [
        ("date", "4 Apr 2024, 10:30"), ("date", "5 Apr"), ("time", "9:00"), ("time", "9:05"), ("date", "6 Apr"),
    ]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
