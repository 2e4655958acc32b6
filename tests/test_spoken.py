"""Numbers and e-mail addresses in words: `SpokenNumberRecognizer` and `SpokenEmailRecognizer` on transcripts, and
on ordinary sentences they must leave alone."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import AnalyzerEngine, AnalyzerEngineProvider, RecognizerRegistry

import gliner_redact.presidio as gp
from gliner_redact.presidio.spoken import SpokenEmailRecognizer, SpokenNumberRecognizer, spoken_digits

FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL
ENTITIES = ["PHONE_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS"]


def found(text: str) -> list[tuple[str, str]]:
    results = SpokenNumberRecognizer().analyze(text, ENTITIES, None, FLAGS) + SpokenEmailRecognizer().analyze(text, ENTITIES, None, FLAGS)
    return sorted((r.entity_type, text[r.start : r.end]) for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You can call me back at six oh eight, five five five, oh one eight eight, or my cell.",
            [("PHONE_NUMBER", "six oh eight, five five five, oh one eight eight")],
        ),
        ("My number is double five, triple nine, two one four.", [("PHONE_NUMBER", "double five, triple nine, two one four")]),
        ("Ring Six-Oh-Eight five five five zero one two seven", [("PHONE_NUMBER", "Six-Oh-Eight five five five zero one two seven")]),
        (
            "The card is four one one one one one one one one one one one one one one one, expiry soon.",
            [("CREDIT_CARD", "four one one one one one one one one one one one one one one one")],
        ),
        ("or email me at jay dot moreno at badger mutual dot com, thanks", [("EMAIL_ADDRESS", "jay dot moreno at badger mutual dot com")]),
        ("Email J underscore Smith at acme dot co dot uk.", [("EMAIL_ADDRESS", "J underscore Smith at acme dot co dot uk")]),
        ("write to sales at northwind dot io today", [("EMAIL_ADDRESS", "sales at northwind dot io")]),
        ("my email is john.smith at gmail dot com", [("EMAIL_ADDRESS", "john.smith at gmail dot com")]),
        ("reach me at jsmith at acme dot co dot in", [("EMAIL_ADDRESS", "jsmith at acme dot co dot in")]),
        ("My number: six, oh, eight, five, five, five, one, two, one, two", [("PHONE_NUMBER", "six, oh, eight, five, five, five, one, two, one, two")]),
        ("It's six O eight, five five five, O one eight eight", [("PHONE_NUMBER", "six O eight, five five five, O one eight eight")]),
    ],
)
def test_transcribed_values_are_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Count with me: one, two, three, four, five, six, seven.",
        "Oh one more thing: two or three of them, four at most.",
        "We need five or six people, maybe seven.",
        "Look at google dot com for the docs.",
        "The meeting is at acme dot com headquarters.",
        "Seven one eight",
        "Ref 4111 1111 1111 1111",
        "Ten, nine, eight, seven, six, five, four, three, two, one, happy new year!",
        "Oh, oh, oh, oh, oh, oh, oh, oh",
        "Testing, one two three, one two three, one two three",
        "She won six four, six three, seven five, six two.",
        "Reps: eight, eight, six, six, five, five, four",
        "Buses leave at six oh five, seven oh five, eight oh five.",
        "Get twenty percent off at squarespace dot com",
        "Learn more at acme dot com or sign up at example dot org.",
        "She works at Amazon dot com and is good at ASP dot NET.",
        "Aim at the red dot in the center; he worked at a dot com startup.",
        "email me at acme dot com",
    ],
)
def test_ordinary_sentences_are_left_alone(text):
    assert found(text) == []


def test_spoken_digits():
    assert spoken_digits("six oh double five, triple nine nought") == "60559990"


def test_the_shipped_analyzer_loads_them():
    analyzer = AnalyzerEngineProvider(analyzer_engine_conf_file=gp.ANALYZER_CONFIG).create_engine()
    assert {"SpokenNumberRecognizer", "SpokenEmailRecognizer"} <= {r.name for r in analyzer.registry.recognizers}


def test_a_context_word_raises_the_score():
    registry = RecognizerRegistry(recognizers=[SpokenNumberRecognizer()], supported_languages=["en"])
    nlp_engine = gp.BlankSpacyNlpEngine(["en"])
    nlp_engine.load()
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    text = "Voicemail: my phone is six oh eight five five five zero one nine nine."
    (result,) = [r for r in analyzer.analyze(text, language="en", entities=["PHONE_NUMBER"]) if r.entity_type == "PHONE_NUMBER"]
    assert text[result.start : result.end] == "six oh eight five five five zero one nine nine"
    assert result.score > 0.5  # "phone" raised it
