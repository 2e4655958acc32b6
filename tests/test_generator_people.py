"""People values of the generator: name styles, short and chat names, job titles per language."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from gliner_redact.data.builder import Pii
from gliner_redact.data.context import Context, Person
from gliner_redact.data.lexicon.society import JOB_TITLES, JOB_TITLES_BY_LANGUAGE
from gliner_redact.data.locales import LOCALE_SPECS
from gliner_redact.data.values import identity
from generator_support import make_context, valid_span


def _ctx(locale: str, seed: int, language: str | None = None) -> Context:
    return make_context(locale, seed, language=language)


def _aligned(value: str, label: str = "person") -> bool:
    return valid_span(label, value)


SHAPES = {
    "upper_full": r"[^a-z]+ [^a-z]+",
    "last_first": r"{last} {first}",
    "initials_last": r"[A-Z]\.(?: ?[A-Z]\.)* (?:{last}|{LAST})",
    "last_initial": r"{LAST} [A-Z](?: [A-Z])?",
    "last_comma_first": r"(?i:{last}, {first}.*)",
}


@pytest.mark.parametrize("style", sorted(SHAPES))
def test_new_name_styles_are_one_aligned_person_span_without_honorific(style):
    for seed in range(40):
        ctx = _ctx(("nl_NL", "it_IT", "en_GB", "fr_FR")[seed % 4], seed)
        person = identity.new_person(ctx)
        pieces = identity.name_of(ctx, person, style=style, title=style == "initials_last" or None)
        persons = [p for p in pieces if isinstance(p, Pii) and p.label == "person"]
        assert len(persons) == 1
        value = persons[0].text
        assert _aligned(value), value
        shape = SHAPES[style].format(
            first=re.escape(person.first), last=re.escape(person.last), LAST=re.escape(person.last.upper())
        )
        assert re.fullmatch(shape, value), (style, value)
        has_title = any(isinstance(p, Pii) and p.label == "title" for p in pieces)
        assert has_title == (style == "initials_last")


def test_short_and_chat_names_use_nicknames_and_stay_fixed_per_document():
    shorts: Counter[str] = Counter()
    chats: list[str] = []
    for seed in range(300):
        ctx = _ctx("es_ES", seed)
        inma = Person(first="Inmaculada", last="Ferrer Llopis", gender="f", locale="es_ES", middle="Lucía")
        shorts[identity.short_name(ctx, inma)] += 1
        chat = identity.chat_name(ctx, inma)
        assert identity.chat_name(ctx, inma) == chat
        chats.append(chat)
    assert shorts["Inma"] > 180 and set(shorts) == {"Inma", "Inmaculada"}
    assert "inma" in chats and "Tía Inma" in chats
    ctx = _ctx("en_GB", 1)
    ann = Person(first="Ann", last="Hope", gender="f", locale="en_GB", middle="May")
    assert identity.short_name(ctx, ann) == "Ann"


@pytest.mark.parametrize("language", sorted(JOB_TITLES_BY_LANGUAGE))
def test_non_english_job_titles_come_mostly_from_the_language_list_in_the_persons_form(language):
    locale = next(code for code, spec in LOCALE_SPECS.items() if spec.language == language)
    local = JOB_TITLES_BY_LANGUAGE[language]
    feminine = {f for _, f in local}
    masculine_only = {m for m, f in local if m != f}
    counts: Counter[str] = Counter()
    for seed in range(400):
        title = identity.job_title(_ctx(locale, seed), gender="f")
        assert _aligned(title, "job_title"), title
        counts["local" if title in feminine else "masculine" if title in masculine_only else "other"] += 1
    assert counts["masculine"] < 0.1 * 400  # only Faker's own list can give a masculine form
    assert 0.5 < counts["local"] / 400 < 0.8


def test_english_job_titles_include_lexicon_ladders_and_department_heads():
    titles = [identity.job_title(_ctx("en_GB", seed)) for seed in range(600)]
    assert all(_aligned(t, "job_title") for t in titles)
    assert any(t in JOB_TITLES for t in titles)
    assert any(re.fullmatch(r".+ (?:I|II|III|IV)", t) for t in titles)
    assert any(re.fullmatch(r"(?:Head|Director|VP) of .+", t) for t in titles)
    curated = JOB_TITLES + tuple(form for forms in JOB_TITLES_BY_LANGUAGE.values() for pair in forms for form in pair)
    assert all(_aligned(t, "job_title") for t in curated)
