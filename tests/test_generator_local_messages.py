"""Local-language e-mail threads and chats: header names, sign-offs, valid spans, complete phrase tables."""

from __future__ import annotations

import pytest

from gliner_redact.data.builder import template_slots
from gliner_redact.data.generator import DocumentGenerator
from gliner_redact.data.genres import LOCALISED
from gliner_redact.data.genres.local_messages import LOCAL_MESSAGES
from gliner_redact.data.slots import SLOT_MAKERS

LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR"]


@pytest.fixture(scope="module")
def generated() -> tuple[list[dict], DocumentGenerator]:
    gen = DocumentGenerator(7, genres=["email_thread", "chat"], locales=LOCALES)
    stream = iter(gen)
    return [next(stream) for _ in range(240)], gen


def test_messaging_genres_are_localised_in_every_language(generated):
    docs, gen = generated
    assert {"email_thread", "chat"} <= LOCALISED
    assert gen.stats.dropped_invalid == 0
    for genre in ("email_thread", "chat"):
        assert {d["language"] for d in docs if d["genre"] == genre} >= set(LOCAL_MESSAGES)


def test_an_italian_email_has_italian_headers_and_a_closing(generated):
    docs, _ = generated
    emails = [d["text"] for d in docs if d["genre"] == "email_thread" and d["language"] == "it"]
    closings = LOCAL_MESSAGES["it"].closings
    assert emails and all(any(c in text for c in closings) for text in emails)
    assert any("\nOggetto: " in "\n" + text for text in emails)
    assert not any(word in text for text in emails for word in ("Subject:", "From:", "Kind regards", " wrote:"))


def test_local_documents_name_their_people_and_annotate_titles(generated):
    docs, _ = generated
    local = [d for d in docs if d["language"] != "en"]
    labels = {s["label"] for d in local for s in d["spans"]}
    assert {"person", "title", "date", "time", "job_title", "phone_number", "iban"} <= labels
    titles = {s["text"] for d in local for s in d["spans"] if s["label"] == "title"}
    assert titles & {"Frau", "Herr", "Dott.ssa", "Sig.", "Sra.", "Sr.", "Mme", "M.", "mevrouw", "Dhr."}


@pytest.mark.parametrize("lang", sorted(LOCAL_MESSAGES))
def test_every_template_uses_known_slots(lang):
    lm = LOCAL_MESSAGES[lang]
    assert set(lm.themes) == set(LOCAL_MESSAGES["de"].themes)
    body = [*lm.sentences(), *lm.chat_lines, *(s for subjects, _ in lm.themes.values() for s in subjects)]
    assert len(lm.sentences()) >= 10 and len(lm.chat_lines) >= 10
    for template in body:
        assert set(template_slots(template)) <= set(SLOT_MAKERS), template
    for gender, templates in {**lm.greet_formal, **lm.greet_casual}.items():
        for template in templates:
            assert set(template_slots(template)) <= {"hon", "last", "first"}, template
        assert gender in lm.greet_casual
    for template in lm.wrote:
        assert {"date", "sender"} <= set(template_slots(template)) <= {"date", "time", "sender"}
    assert set(lm.headers) == {"from", "to", "cc", "date", "sent", "subject"}
    for fixed in (*lm.polite, *lm.footers, *lm.chat_phrases, *lm.closings, *lm.greet_anon):
        assert not template_slots(fixed), fixed
