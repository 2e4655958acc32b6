"""Repeated mentions: `add_repeats` on real sentences, spans checked by their text."""

from __future__ import annotations

import pytest

from gliner_redact.entities import Entity
from gliner_redact.repeats import add_repeats


def entity(text: str, value: str, label: str, score: float = 0.9, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Entity(start, start + len(value), label, score, value)


def found(text: str, entities: list[Entity]) -> list[tuple[str, str, float]]:
    return [(text[e.start : e.end], e.label, e.score) for e in entities]


def test_other_mentions_of_a_found_name_and_organisation_are_added():
    text = "Plaintiff Derek L. Foster sued Marsh Whitley LLP. Later Marsh Whitley LLP paid Derek L. Foster."
    given = [entity(text, "Derek L. Foster", "person", 0.95), entity(text, "Marsh Whitley LLP", "organization", 0.7)]
    result = add_repeats(text, given)
    assert found(text, result) == [
        ("Derek L. Foster", "person", 0.95),
        ("Marsh Whitley LLP", "organization", 0.7),
        ("Marsh Whitley LLP", "organization", 0.7),
        ("Derek L. Foster", "person", 0.95),
    ]
    assert [e.start for e in result] == sorted(e.start for e in result)
    assert all(e.text == text[e.start : e.end] for e in result)


def test_parts_of_a_person_name_are_added_alone():
    text = 'Counsel for Derek L. Foster ("Foster") filed. Regards, Derek'
    result = add_repeats(text, [entity(text, "Derek L. Foster", "person")])
    assert [v for v, _, _ in found(text, result)] == ["Derek L. Foster", "Foster", "Derek"]


def test_honorifics_titles_initials_and_common_words_are_not_spread():
    text = "Dr. Will Hartley called. Dr. Hartley will call back. The PAN form: PAN AQHPL4721K. Madame Hartley"
    given = [
        entity(text, "Dr.", "title", 0.9),
        entity(text, "Will Hartley", "person", 0.9),
        entity(text, "PAN AQHPL", "person", 0.5),
    ]
    result = found(text, add_repeats(text, given))
    added = [v for v, label, _ in result if label == "person"]
    assert added.count("Hartley") == 2  # "Dr. Hartley" and "Madame Hartley"
    assert "Will" not in added  # the text also says "will"
    assert "Dr" not in added and "Madame" not in added
    assert ("PAN", "person", 0.5) not in result  # an all-capital part of 3 letters


def test_a_lower_case_form_inside_a_found_entity_does_not_stop_a_name_part():
    text = "Call Jane Roe. Later Roe wrote from jane.roe@example.com."
    given = [entity(text, "Jane Roe", "person"), entity(text, "jane.roe@example.com", "email")]
    assert [v for v, label, _ in found(text, add_repeats(text, given)) if label == "person"] == ["Jane Roe", "Roe"]
    assert [v for v, label, _ in found(text, add_repeats(text, given[:1])) if label == "person"] == ["Jane Roe"]


def test_short_values_and_other_labels_are_not_spread():
    text = "Age 42. Took 42 pills of Ibuprofen; Ibuprofen again at 10:05 and 10:05."
    given = [entity(text, "42", "age"), entity(text, "Ibuprofen", "medication"), entity(text, "10:05", "time")]
    assert add_repeats(text, given) == sorted(given, key=lambda e: e.start)


def test_one_word_values_repeat_as_written_whole_words_and_only_in_free_text():
    text = "User jdoe42 logged in; jdoe420 is another user; JDOE42 too; email jdoe42@example.com."
    given = [entity(text, "jdoe42", "username"), entity(text, "jdoe42@example.com", "email")]
    result = found(text, add_repeats(text, given))
    assert [v for v, _, _ in result] == ["jdoe42", "jdoe42@example.com"]


def test_values_of_several_words_repeat_in_any_case():
    text = (
        "Midwest Premier Auto Group, LLC (Defendant).\nCOMPLAINT AGAINST MIDWEST PREMIER AUTO GROUP, LLC\n"
        "Jeroen Smit 10:19: ok. jeroen smit is out. Mail J.Smit@Example.com or j.smit@example.com."
    )
    given = [
        entity(text, "Midwest Premier Auto Group, LLC", "organization"),
        entity(text, "Jeroen Smit", "person"),
        entity(text, "J.Smit@Example.com", "email"),
    ]
    values = [v for v, _, _ in found(text, add_repeats(text, given))]
    assert values == [
        "Midwest Premier Auto Group, LLC",
        "MIDWEST PREMIER AUTO GROUP, LLC",
        "Jeroen Smit",
        "jeroen smit",
        "J.Smit@Example.com",
        "j.smit@example.com",
    ]


def test_the_higher_scored_mention_wins_a_shared_repeat():
    text = "Acme Ltd and Acme Ltd Holdings. Acme Ltd."
    given = [entity(text, "Acme Ltd", "organization", 0.6), entity(text, "Acme Ltd Holdings", "organization", 0.8)]
    result = found(text, add_repeats(text, given))
    assert result == [("Acme Ltd", "organization", 0.6), ("Acme Ltd Holdings", "organization", 0.8), ("Acme Ltd", "organization", 0.6)]


@pytest.mark.parametrize("text", ["", "no entities here"])
def test_nothing_found_adds_nothing(text):
    assert add_repeats(text, []) == []


def test_a_long_document_with_many_entities():
    line = "Ticket {i}: Jane Roe (customer C-{i:05d}) wrote to Northwind Traders.\n"
    text = "".join(line.format(i=i) for i in range(5000))
    given = [entity(text, "Jane Roe", "person"), entity(text, "Northwind Traders", "organization")]
    given += [entity(text, f"C-{i:05d}", "customer_id") for i in range(0, 5000, 7)]
    result = add_repeats(text, given)
    assert sum(e.label == "person" for e in result) == 5000
    assert sum(e.label == "organization" for e in result) == 5000
    assert sum(e.label == "customer_id" for e in result) == len(range(0, 5000, 7))
