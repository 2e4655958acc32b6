"""Legal forms: `extend_legal_forms` on real sentences, and the Presidio recognizer applying it."""

from __future__ import annotations

import pytest

from gliner_redact.entities import Entity
from gliner_redact.legal_forms import extend_legal_forms


def entity(text: str, value: str, label: str = "organization", score: float = 0.9) -> Entity:
    start = text.index(value)
    return Entity(start, start + len(value), label, score, value)


def texts(text: str, entities: list[Entity]) -> list[str]:
    assert all(e.text == text[e.start : e.end] for e in entities)
    return [e.text for e in entities]


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        ("Claim against Midwest Premier Auto Group, LLC was settled.", "Midwest Premier Auto Group", "Midwest Premier Auto Group, LLC"),
        ("CLAIM AGAINST MIDWEST PREMIER AUTO GROUP, LLC.", "MIDWEST PREMIER AUTO GROUP", "MIDWEST PREMIER AUTO GROUP, LLC"),
        ("Fattura di Officine Meccaniche Partenopee S.p.A. del 3 marzo", "Officine Meccaniche Partenopee", "Officine Meccaniche Partenopee S.p.A."),
        ("Ich arbeite bei Northwind Logistik GmbH & Co. KG in Hamburg.", "Northwind Logistik", "Northwind Logistik GmbH & Co. KG"),
        ("Supplier: Shenzhen Brightway Co., Ltd. (invoice 44)", "Shenzhen Brightway", "Shenzhen Brightway Co., Ltd."),
        ("Grupo Almagro Distribución S.L.", "Grupo Almagro Distribución", "Grupo Almagro Distribución S.L."),
    ],
)
def test_an_organisation_takes_the_legal_form_after_it(text, name, grown):
    assert texts(text, extend_legal_forms(text, [entity(text, name)])) == [grown]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme Incubator opened.", "Acme"),  # "Inc" inside a longer word
        ("WE HIRED NORTHWIND AS A CONSULTANT", "NORTHWIND"),  # a two-letter form that is also a word
        ("Acme Ltd.", "Acme Ltd."),  # already there
        ("Acme  LLC", "Acme"),  # two spaces: not written as one name
    ],
)
def test_other_text_after_an_organisation_is_left_alone(text, name):
    assert texts(text, extend_legal_forms(text, [entity(text, name)])) == [name]


def test_only_organisations_grow_and_never_over_another_entity():
    text = "Jane Smith LLC owns Acme, SA 5000 Main Road"
    given = [entity(text, "Jane Smith", "person"), entity(text, "Acme"), entity(text, "SA 5000", "postal_code")]
    assert texts(text, extend_legal_forms(text, given)) == ["Jane Smith", "Acme", "SA 5000"]


def test_the_recognizer_reports_the_name_with_its_legal_form(trained_model):
    import gliner_redact.presidio as gp
    from gliner_redact.model import DEFAULT_MODEL_DIR, load_model

    if trained_model != DEFAULT_MODEL_DIR:
        pytest.skip("checked at default thresholds on the embedded default model (not shipped yet)")
    text = "The claim against Midwest Premier Auto Group, LLC was settled in May."
    [raw] = load_model().predict(text, ["organization"], threshold=0.4)
    assert [e.text for e in raw] == ["Midwest Premier Auto Group"]  # the model stops before ", LLC"
    found = gp.GlinerRedactRecognizer(repeats=False).analyze(text, ["ORGANIZATION"])
    assert [text[r.start : r.end] for r in found] == ["Midwest Premier Auto Group, LLC"]
