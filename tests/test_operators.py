"""Presidio operators: surrogate, pseudonym/depseudonym, mask_format, generalize, reversible round trips, configs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from presidio_anonymizer import AnonymizerEngine, DeanonymizeEngine
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig, RecognizerResult

from gliner_redact.presidio.operators import (
    PseudonymMapping,
    anonymize_reversible,
    deanonymize,
    load_operator_config,
    make_surrogate,
    operator_configs_from_dict,
    register_operators,
    resolve_conflicts,
)
from gliner_redact.presidio.operators.shapes import iban_valid, luhn_valid, vin_check_digit

CONFIGS = Path(__file__).resolve().parents[1] / "configs" / "operators"
KEY = "correct horse battery staple"
OTHER_KEY = "another secret of sixteen+ bytes"


def spans(text: str, *found: tuple[str, str]) -> list[RecognizerResult]:
    """RecognizerResults for (entity_type, substring) pairs, each at its first occurrence."""
    return [RecognizerResult(entity_type, text.index(value), text.index(value) + len(value), 0.9)
            for entity_type, value in found]


def every(text: str, entity_type: str, value: str) -> list[RecognizerResult]:
    return [RecognizerResult(entity_type, m.start(), m.end(), 0.9) for m in re.finditer(re.escape(value), text)]


def layout(value: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", value))


@pytest.fixture(scope="module")
def engines() -> tuple[AnonymizerEngine, DeanonymizeEngine]:
    return register_operators()


def surrogate(engine: AnonymizerEngine, text: str, results: list[RecognizerResult], **params) -> str:
    return engine.anonymize(text, results, {"DEFAULT": OperatorConfig("surrogate", params)}).text


# --- registration -------------------------------------------------------------------------------------------

def test_register_operators_adds_to_given_engines() -> None:
    anonymizer, deanonymizer = AnonymizerEngine(), DeanonymizeEngine()
    assert register_operators(anonymizer, deanonymizer) == (anonymizer, deanonymizer)
    assert {"surrogate", "pseudonym", "mask_format", "generalize", "encrypt"} <= set(anonymizer.get_anonymizers())
    assert {"depseudonym", "decrypt"} <= set(deanonymizer.get_deanonymizers())


# --- surrogate ----------------------------------------------------------------------------------------------

def test_surrogate_consistent_within_document_without_key(engines) -> None:
    text = "Jane Doe wrote to jane@acme.org. Later Jane Doe called; jane@acme.org never answered."
    results = every(text, "PERSON", "Jane Doe") + every(text, "EMAIL_ADDRESS", "jane@acme.org")
    out = surrogate(engines[0], text, results)
    match = re.fullmatch(r"(.+) wrote to (\S+)\. Later (.+) called; (\S+) never answered\.", out)
    assert match, out
    first_name, first_mail, second_name, second_mail = match.groups()
    assert first_name == second_name and first_mail == second_mail
    assert "Jane Doe" not in out and "jane@acme.org" not in out
    assert re.fullmatch(r"[\w.+-]+@[\w.-]+\.\w+", first_mail)


def test_surrogate_keyed_is_stable_across_documents_and_engines() -> None:
    first, _ = register_operators()
    second, _ = register_operators()
    doc_a = "Patient Maria Garcia, card 4111-1111-1111-1111."
    doc_b = "Refund to 4111-1111-1111-1111 approved for Maria Garcia."
    results_a = spans(doc_a, ("PERSON", "Maria Garcia"), ("CREDIT_CARD", "4111-1111-1111-1111"))
    results_b = spans(doc_b, ("PERSON", "Maria Garcia"), ("CREDIT_CARD", "4111-1111-1111-1111"))
    out_a = surrogate(first, doc_a, results_a, key=KEY)
    out_b = surrogate(second, doc_b, results_b, key=KEY)
    name, card = re.fullmatch(r"Patient (.+), card (\S+)\.", out_a).groups()
    assert out_b == f"Refund to {card} approved for {name}."
    assert name == make_surrogate("Maria Garcia", "PERSON", key=KEY)


def test_surrogate_keyed_is_stable_across_processes() -> None:
    # presidio_anonymizer imports presidio_analyzer (and with it transformers/torch, ~6 s) only for its optional
    # Azure surrogate operator; the other process blocks that import to start in a fraction of a second.
    code = ("import sys; sys.modules['presidio_analyzer'] = None;"
            "from gliner_redact.presidio.operators import make_surrogate;"
            f"print(make_surrogate('Maria Garcia', 'PERSON', key={KEY!r}, locale='de_DE'))")
    other_process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other_process.stdout.strip() == make_surrogate("Maria Garcia", "PERSON", key=KEY, locale="de_DE")


def test_surrogate_seed_ignores_case_spacing_and_separators() -> None:
    assert make_surrogate("JOHN  SMITH", "PERSON", key=KEY) == make_surrogate("John Smith", "PERSON", key=KEY).upper()
    dashed = make_surrogate("4111-1111-1111-1111", "CREDIT_CARD", key=KEY)
    spaced = make_surrogate("4111 1111 1111 1111", "CREDIT_CARD", key=KEY)
    assert dashed.replace("-", " ") == spaced


def test_different_keys_give_different_surrogates() -> None:
    values = [("PERSON", "Maria Garcia"), ("EMAIL_ADDRESS", "maria@example.com"),
              ("CREDIT_CARD", "4111 1111 1111 1111"), ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
              ("PHONE_NUMBER", "+1 415-555-0199")]
    for entity_type, value in values:
        assert make_surrogate(value, entity_type, key=KEY) != make_surrogate(value, entity_type, key=OTHER_KEY)


@pytest.mark.parametrize("card", ["4242 4242 4242 4242", "5555-5555-5555-4444", "378282246310005",
                                  "3782 822463 10005", "6011111111111117"])
def test_card_surrogates_are_luhn_valid_with_same_grouping_and_brand(card: str) -> None:
    for key in (KEY, OTHER_KEY, None):
        fake = make_surrogate(card, "CREDIT_CARD", key=key)
        assert luhn_valid(fake) and layout(fake) == layout(card) and fake != card
        assert fake[0] == card[0] and (card[0] != "3" or fake[:2] == card[:2])


@pytest.mark.parametrize("iban", ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
                                  "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300"])
def test_iban_surrogates_are_mod97_valid_for_same_country_and_length(iban: str) -> None:
    assert iban_valid(iban)
    for key in (KEY, OTHER_KEY, None):
        fake = make_surrogate(iban, "IBAN_CODE", key=key)
        assert iban_valid(fake) and fake[:2] == iban[:2] and layout(fake) == layout(iban) and fake != iban


def test_phone_surrogate_keeps_digit_layout_and_country_code() -> None:
    for phone in ["+44 20 7946 0958", "(415) 555-0199", "07700 900123", "+1-202-555-0143"]:
        fake = make_surrogate(phone, "PHONE_NUMBER", key=KEY)
        assert layout(fake) == layout(phone) and fake != phone
    assert make_surrogate("+44 20 7946 0958", "PHONE_NUMBER", key=KEY).startswith("+44 ")
    assert make_surrogate("07700 900123", "PHONE_NUMBER", key=KEY).startswith("0")


def test_structured_surrogates_are_valid() -> None:
    ssn = make_surrogate("123-45-6789", "US_SSN", key=KEY)
    area, group, serial = ssn.split("-")
    assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    vin = make_surrogate("1HGCM82633A004352", "VIN", key=KEY)
    assert len(vin) == 17 and vin[8] == vin_check_digit(vin) and not set("IOQ") & set(vin)
    assert luhn_valid(make_surrogate("490154203237518", "DEVICE_ID", key=KEY))
    assert re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", make_surrogate("08/27", "CARD_EXPIRY", key=KEY))
    assert re.fullmatch(r"\d+ years old", make_surrogate("42 years old", "AGE", key=KEY))
    assert re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", make_surrogate("00:1a:2b:3c:4d:5e", "MAC_ADDRESS", key=KEY))


def test_typed_surrogates_look_like_their_type() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", make_surrogate("2024-03-05", "DATE_TIME", key=KEY))
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", make_surrogate("5 March 2019", "DATE_TIME", key=KEY))
    assert make_surrogate("192.168.1.20", "IP_ADDRESS", key=KEY).startswith(("10.", "172.", "192.168."))
    assert ":" in make_surrogate("2001:db8::1", "IP_ADDRESS", key=KEY)
    assert re.fullmatch(r"https://www\.[\w.-]+/\S+", make_surrogate("https://www.acme.com/login", "URL", key=KEY))
    assert len(make_surrogate("J. Smith", "PERSON", key=KEY).split()) == 2
    assert re.fullmatch(r"[A-Z]\. \S+", make_surrogate("J. Smith", "PERSON", key=KEY))


def test_unknown_type_surrogate_keeps_shape() -> None:
    value = "AB-1234-xy/9"
    fake = make_surrogate(value, "EMPLOYEE_ID", key=KEY)
    assert fake != value and len(fake) == len(value)
    assert re.fullmatch(r"[A-Z]{2}-\d{4}-[a-z]{2}/\d", fake)


def test_surrogate_locale_and_validation(engines) -> None:
    text = "Ana Lopez"
    results = spans(text, ("PERSON", "Ana Lopez"))
    assert surrogate(engines[0], text, results, key=KEY, locale="de_DE") == make_surrogate(
        text, "PERSON", key=KEY, locale="de_DE")
    with pytest.raises(InvalidParamError):
        surrogate(engines[0], text, results, locale="xx_XX")
    with pytest.raises(InvalidParamError):
        surrogate(engines[0], text, results, key="short")


# --- mask_format --------------------------------------------------------------------------------------------

def test_mask_format_keeps_separators_and_length(engines) -> None:
    text = "Card 4242 4242 4242 4242, mail jo.doe@x.org, IBAN GB82 WEST 1234 5698 7654 32"
    results = spans(text, ("CREDIT_CARD", "4242 4242 4242 4242"), ("EMAIL_ADDRESS", "jo.doe@x.org"),
                    ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32"))
    operators = {"DEFAULT": OperatorConfig("mask_format", {"masking_char": "#"}),
                 "CREDIT_CARD": OperatorConfig("mask_format", {"keep_last": 4})}
    out = engines[0].anonymize(text, results, operators).text
    assert out == "Card **** **** **** 4242, mail ##.###@#.###, IBAN #### #### #### #### #### ##"
    with pytest.raises(InvalidParamError):
        engines[0].anonymize(text, results, {"DEFAULT": OperatorConfig("mask_format", {"masking_char": "##"})})


# --- generalize ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("entity_type", "value", "params", "expected"), [
    ("DATE_TIME", "2024-03-05", {}, "2024"),
    ("DATE_TIME", "March 5, 2019", {"granularity": "month"}, "March 2019"),
    ("DATE_TIME", "04/03/2019", {"granularity": "month", "locale": "en_GB"}, "March 2019"),
    ("DATE_TIME", "04/03/2019", {"granularity": "month"}, "April 2019"),
    ("DATE_TIME", "the spring of 2017", {}, "2017"),
    ("DATE_TIME", "14:32", {}, "<DATE_TIME>"),
    ("AGE", "42", {}, "40-49"),
    ("AGE", "42 years old", {}, "40-49 years old"),
    ("AGE", "7", {"age_band": 5}, "5-9"),
    ("AGE", "93", {}, "90+"),
    ("POSTAL_CODE", "SW1A 1AA", {}, "SW1A"),
    ("POSTAL_CODE", "m1 1ae", {}, "M1"),
    ("POSTAL_CODE", "02139", {}, "021"),
    ("POSTAL_CODE", "02139-4307", {}, "021"),
    ("POSTAL_CODE", "75008", {"prefix_length": 2}, "750"),
    ("POSTAL_CODE", "K1A 0B1", {}, "K1A"),
    ("GPS_COORDINATES", "51.5074, -0.1278", {}, "51.5, -0.1"),
    ("PERSON", "Jane Doe", {}, "<PERSON>"),
])
def test_generalize(engines, entity_type: str, value: str, params: dict, expected: str) -> None:
    text = f"[{value}]"
    results = [RecognizerResult(entity_type, 1, 1 + len(value), 0.9)]
    out = engines[0].anonymize(text, results, {"DEFAULT": OperatorConfig("generalize", params)}).text
    assert out == f"[{expected}]"


def test_generalize_validates_params(engines) -> None:
    results = [RecognizerResult("DATE_TIME", 0, 4, 0.9)]
    with pytest.raises(InvalidParamError):
        engines[0].anonymize("2019", results, {"DEFAULT": OperatorConfig("generalize", {"granularity": "day"})})


# --- pseudonyms and reversible round trips ------------------------------------------------------------------

def test_pseudonyms_numbered_in_reading_order_and_shared_across_a_job() -> None:
    mapping = PseudonymMapping()
    doc1 = "Ann met Bob. Ann paid Bob."
    out1 = anonymize_reversible(doc1, every(doc1, "PERSON", "Ann") + every(doc1, "PERSON", "Bob"), mapping=mapping)
    assert out1.text == "<PERSON_1> met <PERSON_2>. <PERSON_1> paid <PERSON_2>."
    doc2 = "Cy emailed Bob at bob@x.io"
    out2 = anonymize_reversible(doc2, spans(doc2, ("PERSON", "Cy"), ("PERSON", "Bob"),
                                            ("EMAIL_ADDRESS", "bob@x.io")), mapping=mapping)
    assert out2.text == "<PERSON_3> emailed <PERSON_2> at <EMAIL_ADDRESS_1>"
    assert deanonymize(out2.text, out2.items, mapping=mapping).text == doc2


def test_pseudonym_mapping_exports_and_imports(engines) -> None:
    mapping = PseudonymMapping()
    text = "Ann Lee (ann@x.io) and Raj Patel"
    out = anonymize_reversible(text, spans(text, ("PERSON", "Ann Lee"), ("EMAIL_ADDRESS", "ann@x.io"),
                                           ("PERSON", "Raj Patel")), mapping=mapping)
    restored = PseudonymMapping.from_json(mapping.to_json())
    assert restored.to_dict() == mapping.to_dict() == json.loads(mapping.to_json())
    items = [item.to_dict() for item in out.items]
    assert deanonymize(out.text, json.loads(json.dumps(items)), mapping=restored).text == text
    assert restored.token_for("PERSON", "Zoe") == "<PERSON_3>"
    assert "Ann" not in repr(mapping)
    with pytest.raises(InvalidParamError):
        engines[1].deanonymize("<PERSON_9>", [type(out.items[0])(0, 10, "PERSON", "<PERSON_9>", "pseudonym")],
                               {"DEFAULT": OperatorConfig("depseudonym", {"mapping": restored})})


ROUND_TRIP_CASES = [
    # adjacent entities of the same type: "JohnSmith" split in two
    ("Call JohnSmith now", [("PERSON", 5, 9, 0.9), ("PERSON", 9, 14, 0.8)]),
    # partial overlap of different types
    ("Call JohnSmith at Acme Corp today", [("PERSON", 5, 14, 0.9), ("ORGANIZATION", 10, 27, 0.5)]),
    ("Call JohnSmith at Acme Corp today", [("PERSON", 5, 14, 0.4), ("ORGANIZATION", 10, 27, 0.5)]),
    # contained, identical and same-type intersecting results
    ("Mail jane.doe@acme.org or call", [("EMAIL_ADDRESS", 5, 22, 0.9), ("PERSON", 5, 13, 0.7),
                                       ("URL", 14, 22, 0.6), ("EMAIL_ADDRESS", 5, 22, 0.5)]),
    ("Dr Ann Lee Smith", [("PERSON", 3, 10, 0.8), ("PERSON", 7, 16, 0.9)]),
    # space-separated neighbours of one type (Presidio merges them), entities at both ends, touching chains
    ("Ann Lee", [("PERSON", 0, 3, 0.9), ("PERSON", 4, 7, 0.9)]),
    ("AB12CD", [("ID", 0, 2, 0.9), ("NUM", 2, 4, 0.9), ("ID", 4, 6, 0.9), ("NUM", 1, 5, 0.95)]),
]


@pytest.mark.parametrize(("text", "found"), ROUND_TRIP_CASES)
@pytest.mark.parametrize("secret", ["mapping", "key"])
def test_reversible_round_trip_is_exact(text: str, found: list, secret: str) -> None:
    results = [RecognizerResult(*spec) for spec in found]
    kwargs = {"mapping": PseudonymMapping()} if secret == "mapping" else {"key": "0123456789abcdef"}
    anonymized = anonymize_reversible(text, results, **kwargs)
    assert anonymized.text != text
    assert deanonymize(anonymized.text, anonymized.items, **kwargs).text == text


def test_presidio_default_strategy_duplicates_overlaps_on_decrypt(engines) -> None:
    """Why resolve_conflicts exists: Presidio's default strategy keeps partial overlaps of different types."""
    text = "Call JohnSmith at Acme Corp today"
    results = [RecognizerResult("PERSON", 5, 14, 0.9), RecognizerResult("ORGANIZATION", 10, 27, 0.5)]
    key = {"key": "0123456789abcdef"}
    raw = engines[0].anonymize(text, results, {"DEFAULT": OperatorConfig("encrypt", key)})
    restored = engines[1].deanonymize(raw.text, raw.items, {"DEFAULT": OperatorConfig("decrypt", key)}).text
    assert restored == "Call JohnSmithmith at Acme Corp today"
    resolved = resolve_conflicts(text, results)
    assert [(r.entity_type, r.start, r.end) for r in resolved] == [("PERSON", 5, 14), ("ORGANIZATION", 15, 27)]


def test_a_trimmed_span_leaves_the_white_space_at_its_cut_edge() -> None:
    text = "ask Jeroen\n\nmarco.b  9:44 AM"
    results = [RecognizerResult("PERSON", 4, 15, 0.55), RecognizerResult("USERNAME", 12, 19, 0.6),
               RecognizerResult("DATE_TIME", 21, 28, 0.9)]
    resolved = [(r.entity_type, text[r.start:r.end]) for r in resolve_conflicts(text, results)]
    assert resolved == [("PERSON", "Jeroen"), ("USERNAME", "marco.b"), ("DATE_TIME", "9:44 AM")]
    only_space = [RecognizerResult("PERSON", 10, 14, 0.3), RecognizerResult("USERNAME", 12, 19, 0.6)]
    assert [(r.entity_type, r.start, r.end) for r in resolve_conflicts(text, only_space)] == [("USERNAME", 12, 19)]


def test_deanonymize_finds_tokens_in_rewritten_text() -> None:
    mapping = PseudonymMapping()
    text = "Ann Lee called Raj"
    anonymize_reversible(text, spans(text, ("PERSON", "Ann Lee"), ("PERSON", "Raj")), mapping=mapping)
    answer = "Sure: <PERSON_2> should call <PERSON_1> back."
    assert deanonymize(answer, mapping=mapping).text == "Sure: Raj should call Ann Lee back."


def test_deanonymize_leaves_other_operators_alone(engines) -> None:
    mapping = PseudonymMapping()
    text = "Ann Lee, phone 555-0199"
    operators = {"PERSON": OperatorConfig("pseudonym", {"mapping": mapping}),
                 "PHONE_NUMBER": OperatorConfig("replace")}
    out = engines[0].anonymize(text, spans(text, ("PERSON", "Ann Lee"), ("PHONE_NUMBER", "555-0199")), operators)
    assert out.text == "<PERSON_1>, phone <PHONE_NUMBER>"
    assert deanonymize(out.text, out.items, mapping=mapping).text == "Ann Lee, phone <PHONE_NUMBER>"


def test_reversible_needs_exactly_one_secret() -> None:
    with pytest.raises(ValueError):
        anonymize_reversible("x", [], key="0123456789abcdef", mapping=PseudonymMapping())
    with pytest.raises(ValueError):
        deanonymize("x", [])


# --- configs ------------------------------------------------------------------------------------------------

def test_bundled_configs_load(engines) -> None:
    environ = {"GLINER_REDACT_KEY": KEY}
    names = {path.stem: load_operator_config(path, environ=environ) for path in CONFIGS.glob("*.yaml")}
    assert {"default", "surrogate", "pseudonymize", "mask", "hipaa-safe-harbor"} <= set(names)
    assert names["default"]["DEFAULT"].operator_name == "replace"
    assert names["surrogate"]["DEFAULT"].params["key"] == KEY
    assert KEY not in repr(names["surrogate"])
    assert isinstance(names["pseudonymize"]["DEFAULT"].params["mapping"], PseudonymMapping)
    text = "Ann Lee, 93, seen 2024-03-05 in SW1A 1AA"
    results = spans(text, ("PERSON", "Ann Lee"), ("AGE", "93"), ("DATE_TIME", "2024-03-05"),
                    ("POSTAL_CODE", "SW1A 1AA"))
    out = engines[0].anonymize(text, results, names["hipaa-safe-harbor"]).text
    assert out == "<PERSON>, 90+, seen 2024 in SW1A"
    keyed = engines[0].anonymize(text, results[:1], names["surrogate"]).text
    assert keyed.split(",")[0] == make_surrogate("Ann Lee", "PERSON", key=KEY)


def test_config_loader_injects_given_mapping_and_rejects_bad_entries() -> None:
    mapping = PseudonymMapping()
    configs = operator_configs_from_dict({"PERSON": {"operator": "pseudonym"}, "DEFAULT": {"operator": "redact"}},
                                         mapping=mapping)
    assert configs["PERSON"].params["mapping"] is mapping
    bad = [
        {"PERSON": {"operator": "surrogate", "params": {"key": KEY}}},          # literal secret
        {"PERSON": {"operator": "surrogate", "params": {"key_env": "UNSET"}}},  # missing env var
        {"PERSON": {"operator": "no_such_operator"}},
        {"PERSON": {"operator": "mask_format", "params": {"keep_last": -1}}},
        {"PERSON": {"operator": "replace", "extra": 1}},
        {"PERSON": "replace"},
    ]
    for data in bad:
        with pytest.raises(ValueError):
            operator_configs_from_dict(data, environ={})
