"""Presidio integration: model recognizer, configs, batch analysis, extra pattern recognizers."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import yaml
from presidio_analyzer import (
    AnalyzerEngine,
    AnalyzerEngineProvider,
    BatchAnalyzerEngine,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_analyzer.predefined_recognizers import IpRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

import gliner_redact.presidio as gp
from gliner_redact.labels import CATALOGUE
from gliner_redact.model import DEFAULT_MODEL_DIR
from gliner_redact.presidio import model_cache
from gliner_redact.presidio.written import (
    CONDITION_TERMS,
    CUED_SYMPTOM_TERMS,
    LOWER_CASE_CONDITION_TERMS,
    LOWER_CASE_SYMPTOM_TERMS,
    SYMPTOM_TERMS,
)

ROOT = Path(__file__).resolve().parents[1]
ANALYZER_YAML = ROOT / "configs" / "presidio" / "analyzer.yaml"
RECOGNIZER_YAMLS = sorted((ROOT / "recognizers").glob("*.yaml"))
TEXT = "Please call Jane Doe tomorrow. Her card is 4111 1111 1111 1111."
# The stand-in model that `trained_model` gives until pii-small ships is weak at default thresholds,
# so the model's plumbing is checked at a low threshold; accuracy only on the embedded default model.
LOW = 0.05


class PredictSpy:
    """Wraps an engine's `predict`, recording the labels and thresholds of every call."""

    def __init__(self, engine, monkeypatch):
        self.calls: list[tuple[int, dict, dict]] = []
        real = engine.predict

        def predict(texts, labels, **kwargs):
            self.calls.append((len(texts), dict(labels), dict(kwargs.get("thresholds") or {})))
            return real(texts, labels, **kwargs)

        monkeypatch.setattr(engine, "predict", predict)


def model_recognizer(analyzer: AnalyzerEngine) -> gp.GlinerRedactRecognizer:
    (found,) = [r for r in analyzer.registry.recognizers if isinstance(r, gp.GlinerRedactRecognizer)]
    return found


def spans(results: list[RecognizerResult], text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start : r.end]) for r in results}


def recognizer_names(results: list[RecognizerResult]) -> set[str]:
    return {r.recognition_metadata["recognizer_name"] for r in results}


def analyzer_config(path: Path, **options) -> Path:
    """A copy of the repo's analyzer.yaml with `options` set on the model recognizer and a `LOW` engine threshold."""
    config = yaml.safe_load(ANALYZER_YAML.read_text())
    config["default_score_threshold"] = LOW
    (entry,) = [e for e in config["recognizer_registry"]["recognizers"] if e["name"] == "GlinerRedactRecognizer"]
    entry.update(options)
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture(scope="module")
def analyzer(trained_model, tmp_path_factory) -> AnalyzerEngine:
    """The one-liner's analyzer; a low model threshold, so that the stand-in model reports spans."""
    path = analyzer_config(tmp_path_factory.mktemp("presidio") / "analyzer.yaml", threshold=LOW)
    return gp.analyzer_engine(path, model=trained_model)


@pytest.fixture(scope="module")
def provider_analyzer(trained_model, tmp_path_factory) -> AnalyzerEngine:
    """The repo's analyzer.yaml read by Presidio's own AnalyzerEngineProvider (model and threshold swapped in)."""
    path = analyzer_config(tmp_path_factory.mktemp("presidio") / "analyzer.yaml", model=str(trained_model), threshold=LOW)
    return AnalyzerEngineProvider(analyzer_engine_conf_file=path).create_engine()


# --- configs -----------------------------------------------------------------------------------


def test_repo_config_is_the_packaged_one():
    assert ANALYZER_YAML.resolve() == gp.ANALYZER_CONFIG
    assert {p.name for p in RECOGNIZER_YAMLS} == {p.name for p in gp.RECOGNIZERS_DIR.glob("*.yaml")}


def test_provider_loads_repo_yaml_with_model_and_patterns(provider_analyzer, trained_model):
    assert isinstance(provider_analyzer.nlp_engine, NoOpNlpEngine)
    names = {r.name for r in provider_analyzer.registry.recognizers}
    assert {"GlinerRedactRecognizer", "CreditCardRecognizer", "IbanRecognizer", "ImeiRecognizer", "AwsAccessKeyRecognizer"} <= names
    recognizer = model_recognizer(provider_analyzer)
    assert Path(recognizer.model) == trained_model
    assert recognizer.sources["CREDIT_CARD"] == "patterns"
    assert "CREDIT_CARD" not in recognizer.supported_entities and "PERSON" in recognizer.supported_entities
    results = provider_analyzer.analyze(TEXT, language="en")
    assert {"GlinerRedactRecognizer", "CreditCardRecognizer"} <= recognizer_names(results)
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in spans(results, TEXT)


def test_yaml_options_are_validated():
    config = yaml.safe_load(ANALYZER_YAML.read_text())
    config["recognizer_registry"]["recognizers"][0]["modle"] = "typo"
    with pytest.raises(ValueError):
        RecognizerRegistryProvider(registry_configuration=config["recognizer_registry"])


def test_shipped_sources_agree_with_the_registry():
    analyzer = AnalyzerEngineProvider(analyzer_engine_conf_file=ANALYZER_YAML).create_engine()
    gp.check_sources(analyzer.registry)
    recognizer = model_recognizer(analyzer)
    assert set(recognizer.sources) == {spec.presidio_entity for spec in CATALOGUE.values()}
    assert {e for e, s in recognizer.sources.items() if s == "patterns"} == {"CREDIT_CARD", "IBAN_CODE", "US_SSN"}


def test_sources_that_contradict_the_patterns_are_refused(tmp_path):
    config = yaml.safe_load(ANALYZER_YAML.read_text())
    config["recognizer_registry"]["recognizers"][0]["sources"]["EMAIL_ADDRESS"] = "model"
    path = tmp_path / "analyzer.yaml"
    path.write_text(yaml.safe_dump(config))
    with pytest.raises(ValueError, match="EMAIL_ADDRESS is marked 'model'"):
        gp.analyzer_engine(path)


def test_no_spacy_model_is_loaded(monkeypatch, trained_model):
    import spacy
    import spacy.cli

    def refuse(*args, **kwargs):
        raise AssertionError("a spaCy model was requested")

    monkeypatch.setattr(spacy, "load", refuse)
    monkeypatch.setattr(spacy.cli, "download", refuse)
    assert not any(spacy.util.is_package(f"en_core_web_{size}") for size in ("sm", "md", "lg", "trf"))
    for analyzer in (gp.analyzer_engine(model=trained_model), AnalyzerEngineProvider(analyzer_engine_conf_file=ANALYZER_YAML).create_engine()):
        results = analyzer.analyze("Card 4111 1111 1111 1111", language="en", entities=["CREDIT_CARD"])
        assert [r.entity_type for r in results] == ["CREDIT_CARD"]


def test_blank_nlp_engine_lets_context_words_count(analyzer, provider_analyzer):
    text = "My ssn: 536224163"  # a plain 9-digit SSN: Presidio's weak pattern (0.05) needs context
    one_liner = analyzer.analyze(text, language="en", entities=["US_SSN"])
    no_op = provider_analyzer.analyze(text, language="en", entities=["US_SSN"])
    assert [(text[r.start : r.end], r.score) for r in one_liner] == [("536224163", pytest.approx(0.4))]
    assert [(text[r.start : r.end], r.score) for r in no_op] == [("536224163", pytest.approx(0.05))]
    assert provider_analyzer.analyze(text, language="en", entities=["US_SSN"], context=["ssn"])[0].score == pytest.approx(0.4)


def test_context_words_match_whole_tokens(analyzer, provider_analyzer):
    # Presidio's default substring match finds IN_PAN's context word "pan" in "company", which lifts its 0.01
    # pattern for any 10-character word ("Consultant") to 0.4.
    text = "The Company wishes to engage the Consultant; company number 47431022."
    assert analyzer.analyze(text, language="en", entities=["IN_PAN"]) == []
    assert analyzer.context_aware_enhancer.context_matching_mode == "whole_word"
    assert provider_analyzer.context_aware_enhancer.context_matching_mode == "whole_word"


def test_dates_come_from_the_model_and_the_written_date_recognizers(analyzer):
    # Presidio's DateRecognizer matches log timestamps and version numbers; it ships disabled.
    assert model_recognizer(analyzer).sources["DATE_TIME"] == "both"
    date_recognizers = {r.name for r in analyzer.registry.recognizers if "DATE_TIME" in r.supported_entities}
    assert date_recognizers == {"GlinerRedactRecognizer", "WrittenDateRecognizer", "RelativeDateRecognizer"}
    text = "2024-05-02T14:03:11.482Z INFO updater fw=2.8.14 applied"
    assert not {"DateRecognizer", "WrittenDateRecognizer", "RelativeDateRecognizer"} & set(recognizer_names(analyzer.analyze(text, language="en")))
    letter = "Geachte heer, uw afspraak van 18 maart 2024 is verzet."
    found = [r for r in analyzer.analyze(letter, language="en") if r.entity_type == "DATE_TIME"]
    assert [letter[r.start : r.end] for r in found] == ["18 maart 2024"]


@pytest.mark.parametrize("path", RECOGNIZER_YAMLS, ids=lambda p: p.name)
def test_every_recognizer_yaml_loads(path):
    recognizers = RecognizerRegistryProvider(conf_file=path).create_recognizer_registry().recognizers
    config = yaml.safe_load(path.read_text())
    assert [r.name for r in recognizers] == [entry["name"] for entry in config["recognizers"]]
    if all(entry.get("type", "custom") == "custom" for entry in config["recognizers"]):
        registry = RecognizerRegistry()
        registry.add_recognizers_from_yaml(path)
        assert len(registry.recognizers) == len(recognizers)


def test_analyzer_yaml_holds_every_recognizer_yaml_entry():
    shipped = yaml.safe_load(ANALYZER_YAML.read_text())["recognizer_registry"]["recognizers"]
    for path in RECOGNIZER_YAMLS:
        for entry in yaml.safe_load(path.read_text())["recognizers"]:
            assert entry in shipped, f"{path.name}: {entry['name']} differs from analyzer.yaml"


def test_pattern_recognizers_helper():
    recognizers = gp.pattern_recognizers()
    names = {r.name for r in recognizers}
    assert {cls.__name__ for cls in (*gp.CHECKED_RECOGNIZERS, *gp.WRITTEN_RECOGNIZERS, *gp.SPOKEN_RECOGNIZERS)} <= names
    assert {"AwsAccessKeyRecognizer", "EthereumAddressRecognizer"} <= names
    assert "GlinerRedactRecognizer" not in names
    assert {r.supported_language for r in gp.pattern_recognizers(["de"])} == {"de"}


# --- the recognizer without a model ------------------------------------------------------------


def test_constructing_does_not_load_the_model(monkeypatch, trained_model):
    loads = []
    real = model_cache.load_model
    monkeypatch.setattr(model_cache, "load_model", lambda *a, **k: loads.append(a) or real(*a, **k))
    gp.clear_model_cache()
    first = gp.GlinerRedactRecognizer(model=trained_model)
    analyzer = AnalyzerEngine(registry=_registry(first), nlp_engine=_no_op(), supported_languages=["en"])
    assert loads == []
    analyzer.analyze("Jane Doe wrote.", language="en")
    second = gp.GlinerRedactRecognizer(model=trained_model, supported_entities=["PERSON"])
    second.analyze("Jane Doe wrote.", ["PERSON"])
    assert len(loads) == 1 and second.engine is first.engine


def test_default_mapping_is_the_catalogue():
    recognizer = gp.GlinerRedactRecognizer()
    assert recognizer.model_name == "pii-small"
    assert recognizer.labels_for(["LOCATION"]) == ["street_address", "city", "region", "country"]
    assert recognizer.descriptions["city"] == CATALOGUE["city"].description
    assert recognizer.labels_for(["CREDIT_CARD"]) == ["credit_card_number"]


def test_mapping_sources_and_thresholds():
    recognizer = gp.GlinerRedactRecognizer(
        entity_mapping={"person": "PERSON", "email": "EMAIL_ADDRESS", "staff number": "EMPLOYEE_ID", "iban": "IBAN_CODE"},
        descriptions={"staff number": "staff or badge number"},
        sources={"IBAN_CODE": "patterns", "EMAIL_ADDRESS": "both"},
        threshold=0.4,
        thresholds={"PERSON": 0.7, "email": 0.6, "EMAIL_ADDRESS": 0.9},
    )
    assert recognizer.supported_entities == ["PERSON", "EMAIL_ADDRESS", "EMPLOYEE_ID"]
    assert recognizer.descriptions == {
        "person": CATALOGUE["person"].description,
        "email": CATALOGUE["email"].description,
        "staff number": "staff or badge number",
        "iban": CATALOGUE["iban"].description,
    }
    assert recognizer.thresholds == {"person": 0.7, "email": 0.6, "staff number": 0.4, "iban": 0.4}
    assert recognizer.labels_for(["PERSON", "IBAN_CODE", "URL"]) == ["person"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"supported_entities": ["NOT_AN_ENTITY"]},
        {"thresholds": {"nonsense": 0.3}},
        {"descriptions": {"unmapped": "x"}},
        {"sources": {"PERSON": "spacy"}},
        {"entity_mapping": {"iban": "IBAN_CODE"}, "sources": {"IBAN_CODE": "patterns"}},
    ],
)
def test_bad_options_are_refused(kwargs):
    with pytest.raises(ValueError):
        gp.GlinerRedactRecognizer(**kwargs)


def test_both_sources_defer_to_confident_patterns():
    recognizer = gp.GlinerRedactRecognizer(sources={"EMAIL_ADDRESS": "both", "NATIONAL_ID": "both"})
    email = RecognizerResult("EMAIL_ADDRESS", 10, 20, 0.8)
    national_id = RecognizerResult("NATIONAL_ID", 30, 43, 0.9)
    person = RecognizerResult("PERSON", 0, 8, 0.6)
    mine = [email, national_id, person]

    def kept(others):
        return recognizer.enhance_using_context("", mine, others, None)

    assert kept([RecognizerResult("EMAIL_ADDRESS", 12, 20, 1.0)]) == [national_id, person]
    assert kept([RecognizerResult("EMAIL_ADDRESS", 10, 20, 0.5)]) == mine
    assert kept([RecognizerResult("UK_NINO", 30, 43, 0.9)]) == [email, person]
    assert kept([RecognizerResult("PERSON", 0, 8, 1.0), RecognizerResult("EMAIL_ADDRESS", 20, 25, 1.0)]) == mine


# --- the recognizer with a model ---------------------------------------------------------------


def test_model_and_patterns_both_contribute(analyzer):
    results = analyzer.analyze(TEXT, language="en")
    model_results = [r for r in results if r.recognition_metadata["recognizer_name"] == "GlinerRedactRecognizer"]
    assert model_results and all(r.entity_type != "CREDIT_CARD" for r in model_results)
    card = [r for r in results if r.entity_type == "CREDIT_CARD"]
    assert [(r.recognition_metadata["recognizer_name"], TEXT[r.start : r.end], r.score) for r in card] == [
        ("CreditCardRecognizer", "4111 1111 1111 1111", 1.0)
    ]


def test_explanation_names_model_label_and_score(analyzer, trained_model):
    recognizer = model_recognizer(analyzer)
    found = analyzer.analyze(TEXT, language="en", entities=["PERSON"], return_decision_process=True)
    assert found
    for person in found:
        explanation = person.analysis_explanation
        assert explanation.recognizer == "GlinerRedactRecognizer"
        assert explanation.original_score == pytest.approx(person.score) and person.score >= LOW
        assert explanation.textual_explanation == f"gliner-redact model '{trained_model.name}' label 'person' score {person.score:.2f}"
        assert person.recognition_metadata == {
            "recognizer_name": "GlinerRedactRecognizer",
            "recognizer_identifier": recognizer.id,
            gp.MODEL_LABEL_KEY: "person",
        }


def test_finds_a_person_next_to_a_card_at_default_thresholds(trained_model):
    if trained_model != DEFAULT_MODEL_DIR:
        pytest.skip("accuracy at default thresholds is checked on the embedded default model (not shipped yet)")
    text = TEXT + " Mail jane.doe@example.com."
    results = gp.analyzer_engine().analyze(text, language="en")
    assert {("PERSON", "Jane Doe"), ("CREDIT_CARD", "4111 1111 1111 1111"), ("EMAIL_ADDRESS", "jane.doe@example.com")} <= spans(results, text)


REPEATED = "Ticket from Halima Abdi: flat 3 has damp. Halima's first language is Somali. Call Halima after 5pm, or Halima Abdi's son."


def test_repeats_report_every_mention_of_a_found_name(trained_model):
    if trained_model != DEFAULT_MODEL_DIR:
        pytest.skip("checked at default thresholds on the embedded default model (not shipped yet)")
    with_repeats = spans_of(gp.GlinerRedactRecognizer().analyze(REPEATED, ["PERSON"]), REPEATED)
    model_only = spans_of(gp.GlinerRedactRecognizer(repeats=False).analyze(REPEATED, ["PERSON"]), REPEATED)
    full = {(m.start(), m.group()) for m in re.finditer("Halima Abdi", REPEATED)}
    alone = {(m.start(), m.group()) for m in re.finditer("Halima(?! Abdi)", REPEATED)}
    assert len(full) == 2 and len(alone) == 2
    assert with_repeats == full | alone  # every mention, whether the model alone finds it or not
    assert model_only <= with_repeats


def spans_of(results: list[RecognizerResult], text: str) -> set[tuple[int, str]]:
    return {(r.start, text[r.start : r.end]) for r in results}


def test_repeats_option_from_yaml(trained_model, tmp_path):
    analyzer = gp.analyzer_engine(analyzer_config(tmp_path / "analyzer.yaml", repeats=False), model=trained_model)
    assert model_recognizer(analyzer).repeats is False
    assert model_recognizer(gp.analyzer_engine(model=trained_model)).repeats is True


def test_only_requested_entities_reach_the_model(analyzer, monkeypatch):
    recognizer = model_recognizer(analyzer)
    spy = PredictSpy(recognizer.engine, monkeypatch)
    analyzer.analyze(TEXT, language="en", entities=["PERSON", "CREDIT_CARD"])
    analyzer.analyze(TEXT, language="en", entities=["CREDIT_CARD"])
    assert [labels for _, labels, _ in spy.calls] == [{"person": CATALOGUE["person"].description}]


def test_thresholds_reach_the_model(trained_model, monkeypatch):
    recognizer = gp.GlinerRedactRecognizer(model=trained_model, supported_entities=["PERSON", "EMAIL_ADDRESS"], thresholds={"PERSON": 0.999})
    spy = PredictSpy(recognizer.engine, monkeypatch)
    results = recognizer.analyze("Jane Doe <jane.doe@example.com>", ["PERSON", "EMAIL_ADDRESS"])
    assert spy.calls[0][2] == {"person": 0.999, "email": CATALOGUE["email"].threshold}
    assert all(r.entity_type != "PERSON" or r.score >= 0.999 for r in results)


def texts(n: int) -> list[str]:
    names = ["Jane Doe", "Omar Haddad", "Li Wei", "Maria Rossi", "Tom Baker"]
    return [f"Ticket {i}: {names[i % 5]} asked us to call {i:03d}-555-0199 or mail {names[i % 5].split()[0].lower()}@example.org." for i in range(n)]


def test_batch_iterator_is_batched_and_matches_single_analysis(analyzer, monkeypatch):
    recognizer = model_recognizer(analyzer)
    spy = PredictSpy(recognizer.engine, monkeypatch)
    batch = texts(50)
    results = gp.GlinerBatchAnalyzer(analyzer).analyze_iterator(batch, language="en")
    assert 1 <= len(spy.calls) <= math.ceil(50 / recognizer.batch_size) + 1
    assert sum(n for n, _, _ in spy.calls) == 50
    singles = [analyzer.analyze(t, language="en") for t in batch[:5]]
    assert [spans(r, t) for r, t in zip(results[:5], batch)] == [spans(r, t) for r, t in zip(singles, batch)]
    assert "GlinerRedactRecognizer" in recognizer_names([r for per_text in results for r in per_text])


def test_recognizer_analyze_batch_is_one_call(analyzer, monkeypatch):
    recognizer = model_recognizer(analyzer)
    spy = PredictSpy(recognizer.engine, monkeypatch)
    batch = texts(20)
    results = recognizer.analyze_batch(batch, ["PERSON"])
    assert len(spy.calls) == 1 and len(results) == 20 and any(results)
    assert [spans(r, t) for r, t in zip(results[:3], batch)] == [spans(recognizer.analyze(t, ["PERSON"]), t) for t in batch[:3]]
    assert recognizer.analyze_batch(batch, ["PERSON"], language="de") == [[]] * 20


def test_batch_dict_is_batched_and_matches_presidio(analyzer, monkeypatch):
    recognizer = model_recognizer(analyzer)
    record = {
        "name": "Jane Doe",
        "notes": texts(12),
        "contact": {"email": "jane.doe@example.com", "phone": "+44 20 7946 0958", "skip": "Omar Haddad"},
        "id": 7,
    }
    reference = list(BatchAnalyzerEngine(analyzer).analyze_dict(record, language="en", keys_to_skip=["contact.skip"]))
    spy = PredictSpy(recognizer.engine, monkeypatch)
    results = list(gp.GlinerBatchAnalyzer(analyzer).analyze_dict(record, language="en", keys_to_skip=["contact.skip"]))
    assert len(spy.calls) == 1 and spy.calls[0][0] == 1 + 12 + 2 + 1

    def flat(items):
        out = {}
        for item in items:
            value = item.recognizer_results
            if item.key == "contact":
                out.update({f"contact.{k}": v for k, v in flat(value).items()})
            elif isinstance(item.value, list):
                out[item.key] = [spans(r, t) for r, t in zip(value, item.value)]
            else:
                out[item.key] = spans(value, str(item.value))
        return out

    assert flat(results) == flat(reference)
    assert flat(results)["name"]


# --- pattern recognizers -----------------------------------------------------------------------

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
NOT_JWT = "eyJub3RoaW5nIjoxfQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl"  # header has no "alg"

CHECKED = [
    # (recognizer, valid value, checksum-invalid value, expected score of the valid value)
    (gp.ImeiRecognizer, "490154203237518", "490154203237517", 0.1),
    (gp.ImeiRecognizer, "49-015420-323751-8", "49-015420-323751-7", 0.4),
    (gp.VinRecognizer, "1M8GDM9AXKP042788", "1M8GDM9A1KP042788", 0.5),
    (gp.FrNirRecognizer, "2 69 05 49 588 157 80", "2 69 05 49 588 157 81", 1.0),
    (gp.FrNirRecognizer, "1 85 02 2A 123 456 82", "1 85 02 2A 123 456 83", 1.0),
    (gp.NlBsnRecognizer, "111222333", "111222334", 0.05),
    (gp.BrCpfRecognizer, "529.982.247-25", "529.982.247-26", 0.5),
    (gp.JwtRecognizer, JWT, NOT_JWT, 1.0),
    (gp.GpsCoordinatesRecognizer, "-37.85722, 145.02261", "-97.85722, 145.02261", 0.5),
    (gp.GpsCoordinatesRecognizer, "48.8566° N, 2.3522° E", "98.8566° N, 2.3522° E", 0.6),
    (gp.GpsCoordinatesRecognizer, "48°51'24.0\"N 2°21'07.0\"E", "48°51'24.0\"N 182°21'07.0\"E", 0.6),
    (gp.WrittenDateRecognizer, "29/02/2024", "29/02/2023", 0.5),
    (gp.WrittenDateRecognizer, "12/31/1987", "31/04/1987", 0.5),
]


@pytest.mark.parametrize(("cls", "valid", "invalid", "score"), CHECKED, ids=lambda v: getattr(v, "__name__", None))
def test_checked_recognizers(cls, valid, invalid, score):
    recognizer = cls()
    (entity,) = recognizer.supported_entities
    text = f"Reference: {valid}."
    (found,) = recognizer.analyze(text, [entity])
    assert text[found.start : found.end] == valid and found.score == pytest.approx(score)
    assert recognizer.analyze(f"Reference: {invalid}.", [entity]) == []


WRITTEN_DATES = [
    ("Admitted 21 November 2023 via A&E", ["21 November 2023"]),
    ("arrêt du 3 mars 2024 au 17 mars 2024", ["3 mars 2024", "17 mars 2024"]),
    ("geboren am 14. März 1988 in Chemnitz", ["14. März 1988"]),
    ("firmado el 5 de junio de 2024 en Madrid", ["5 de junio de 2024"]),
    ("Collected: 18-Mar-2024 08:10 AM; reported Nov 4, 2023 5:30 p.m.", ["18-Mar-2024 08:10 AM", "Nov 4, 2023 5:30 p.m."]),
    ("Meeting on 26 March 2024 at 10:00 AM.", ["26 March 2024"]),
    ("Seen 12 March 2024\n09:15 Dr Smith", ["12 March 2024"]),
    ("Datum: 14.03.2024, DOB 03/14/1961, issued 1st Feb 2022", ["14.03.2024", "03/14/1961", "1st Feb 2022"]),
    ("AF 1780 Paris → Lisbonne   sam. 13 juil.  07:35", ["sam. 13 juil."]),
    ("de vergadering van 1 maart en Tue 12 Oct", ["1 maart", "Tue 12 Oct"]),
    ("incorporación el lunes 18 de marzo; sent Tuesday, 12 March 2024", ["lunes 18 de marzo", "Tuesday, 12 March 2024"]),
    ("from March to June 2024, Mar. 2024 and marzo de 2024", ["June 2024", "Mar. 2024", "marzo de 2024"]),
    ("Regards, Sam, 12 March 2024", ["12 March 2024"]),  # a name is not a weekday abbreviation
]
NOT_WRITTEN_DATES = [
    "upgraded to 2.8.14 and 10.3.2024.1 on the build box",
    "2024-05-02T14:03:11.482Z INFO user login",  # log timestamps are left to the model
    "paid 12.50/3 each; ratio 31/02/2024; section 4 May 2024a",
    "in March, 3 out of 5 sites; 5 may apply; 4 set pieces; 2 mar adentro; set 2024 as the year",  # no day or year
    "Page 3\nMarch",  # a date does not run over a line break
    "you may 2024 if you wish; mar 1900 Hz; gen 2024",  # words in lower case before a year
]


RELATIVE_DATES = [
    ("I called yesterday and will call back next Tuesday.", ["yesterday", "next Tuesday"]),
    ("Ze levert de verklaring volgende week in; gisteren was ze ziek.", ["volgende week", "gisteren"]),
    ("lo abbiamo visto ieri, torna lunedì prossimo", ["ieri", "lunedì prossimo"]),
    ("il y a deux jours; hace 3 días; 3 days ago", ["il y a deux jours", "hace 3 días", "3 days ago"]),
    ("bulletin de paie de mars; memberships from March to June", ["mars", "March", "June"]),
    ("I saw him on Friday; vrijdag ben ik vrij; seit Anfang März", ["Friday", "vrijdag", "März"]),
    ("Call me on Monday at 10am. Tomorrow works too; vor einem Monat", ["Monday", "Tomorrow", "vor einem Monat"]),
    ("postponed to Monday; valid until tomorrow; yesterday's incident", ["Monday", "tomorrow", "yesterday"]),
]
NOT_RELATIVE_DATES = [
    "Open Monday to Friday, lunes a viernes; every Monday we meet; Mondays are quiet",  # schedules and ranges
    "2021 – today: Lead Data Engineer",  # the end of a range
    "I'm down to the last week of pills",
    "April Jones will march in; Plácido Domingo sang; you may go; Guten Morgen",  # names and words
    "Chris Hoy on USA Today; Black Friday deals; hoy en día; hoje em dia",  # names and "nowadays"
    "Monday till Friday; maandag t/m vrijdag; le lundi; todos los lunes; on Monday mornings; Hours: Sunday: 10-4",
    "Monday 9am-5pm, Saturday 10 am - 2 pm; Monday closed; Easter Monday; The Sunday Times; 2021 – today",
    "today = datetime.date.today(); tomorrow.strftime('%d'); case Weekday.Friday; Monday.com",  # code and products
    '{"today": "Heute"}; git log --since=yesterday; Email from June Smith',
]


COMPANY_NAMES = [
    ("FACTUUR\n\nVan Dijk Installatietechniek B.V.\nKvK 12345678", ["Van Dijk Installatietechniek B.V."]),
    ("Datore di lavoro: Officine Meccaniche Partenopee S.p.A., Napoli", ["Officine Meccaniche Partenopee S.p.A."]),
    ("Arbeitgeber Brandt & Söhne Maschinenbau GmbH & Co. KG seit 2019", ["Brandt & Söhne Maschinenbau GmbH & Co. KG"]),
    ("Defendant Midwest Premier Auto Group, LLC is an Illinois company", ["Midwest Premier Auto Group, LLC"]),
    ("Employer: Atelier Marceau SARL (Colomiers)", ["Atelier Marceau SARL"]),
    ("Bill To Acme Widgets Ltd., Prepared For Brandt GmbH", ["Acme Widgets Ltd.", "Brandt GmbH"]),
]
NOT_COMPANY_NAMES = [
    "SALARY FALCON MOTORS PLC 2,140.00",  # a bank statement's payment type before the payee
    "Calgary, AB T2P 1J9 and Las Vegas, NV 89101",
    "3907 SE Hawthorne Blvd",
    "the company's llc filing",
    "Seats Are Limited; Previous Employer N.A.",  # function words; N.A. for "not available"
]


STREET_ADDRESSES = [
    ("Office: 225 W. Wacker Dr., Suite 1600, Chicago", ["225 W. Wacker Dr., Suite 1600"]),
    ("Head office 1200 10th Avenue SW, Calgary; unit at 7/19 Bayview Tce.", ["1200 10th Avenue SW", "7/19 Bayview Tce"]),
    ("Write to PO Box 4471, Cardiff or Flat 2, 14 Harbour Lane", ["PO Box 4471", "Flat 2, 14 Harbour Lane"]),
    ("wohnhaft Hauptstätter Str. 12, 70173 Stuttgart", ["Hauptstätter Str. 12"]),
    ("Adress: Birger Jarlsgatan 58, Stockholm", ["Jarlsgatan 58"]),
    ("domicilié 12 rue de Rivoli, Paris; sede in Via Manzoni 45, Milano", ["12 rue de Rivoli", "Via Manzoni 45"]),
]
NOT_STREET_ADDRESSES = [
    "Admitted 2024 via ED; 3 Engineering Managers met at 10 Park",
    "We hired 12 people during Spring and 4 during Pairing Week",
    "Total 45, Plaza de Castilla was closed",
    "During 2023, sales rose; Monitoring 24 hours; Brigade 2 arrived",  # -ring and -gade are not street names
    "In 2021 Supreme Court justices met Via Microsoft Teams 2 days ago; Via Slack, 3 engineers joined",
]


JOB_TITLE_FIELDS = [
    ("Eintritt: 01.09.2019        Position: Konstrukteurin Sondermaschinenbau\n", ["Konstrukteurin Sondermaschinenbau"]),
    ("Occupation: Senior Nurse.\r\nEmployer: Acme", ["Senior Nurse"]),
    ("Puesto: Técnica de Compras · Centro: Madrid", ["Técnica de Compras"]),
    ("Occupation: Nurse at St Mary's Hospital\nBeruf: Dipl.-Ing.", ["Nurse", "Dipl.-Ing."]),
]
NOT_JOB_TITLE_FIELDS = [
    "Position: 48.85, 2.35",
    "Occupation: N/A\nBeruf: keine\nProfession: Prefer not to say",  # empty fields
    "Role: admin\nTitle: Mr\nCargo: Recibo luz\nTätigkeit: Wartung der Heizungsanlage",  # fields of other meanings
    "Position: Supine\nPosition: absolute\nOccupation: Full-time\nFunktion: Aktiv",  # positions, settings, statuses
    "See Position: the board decides",  # not a field at a line or column start
]
ORGANIZATION_FIELDS = [
    ("Insurer: Northbridge Insurance, policy NB-1", ["Northbridge Insurance"]),
    ("DOB 02/03/1959        Insurer: Aetna Policy No. 4471\n", ["Aetna"]),
    ("Krankenkasse: Techniker Krankenkasse\r\nArbeitgeber: Brandt & Söhne", ["Techniker Krankenkasse", "Brandt & Söhne"]),
    ("| Employer: Teamsters Local 987 | Trade union: Unite |", ["Teamsters Local 987", "Unite"]),
    ("Employeur : Atelier Marceau (Lyon)\nEmployer: Acme Position: Nurse", ["Atelier Marceau", "Acme"]),
]
NOT_ORGANIZATION_FIELDS = [
    "Employer: Self-employed\nInsurer: None\nEmployer: Same as above\nLender: To be confirmed",  # empty fields
    "Insurance: Comprehensive\nBank: Transfer\nSchool: Primary\nCompany: Startup",  # kinds and statuses
    "Direct deposit: Institution 003, Transit 10049",  # not a field at a line start; a number
    "Company: see attached list",  # not a name
]


WRITTEN = [
    *((gp.WrittenDateRecognizer, text, found) for text, found in WRITTEN_DATES),
    *((gp.CompanyNameRecognizer, text, found) for text, found in COMPANY_NAMES),
    *((gp.StreetAddressRecognizer, text, found) for text, found in STREET_ADDRESSES),
    *((gp.RelativeDateRecognizer, text, found) for text, found in RELATIVE_DATES),
    *((gp.OrganizationFieldRecognizer, text, found) for text, found in ORGANIZATION_FIELDS),
    *((gp.JobTitleFieldRecognizer, text, found) for text, found in JOB_TITLE_FIELDS),
]
NOT_WRITTEN = [
    *((gp.WrittenDateRecognizer, text) for text in NOT_WRITTEN_DATES),
    *((gp.CompanyNameRecognizer, text) for text in NOT_COMPANY_NAMES),
    *((gp.StreetAddressRecognizer, text) for text in NOT_STREET_ADDRESSES),
    *((gp.RelativeDateRecognizer, text) for text in NOT_RELATIVE_DATES),
    *((gp.OrganizationFieldRecognizer, text) for text in NOT_ORGANIZATION_FIELDS),
    *((gp.JobTitleFieldRecognizer, text) for text in NOT_JOB_TITLE_FIELDS),
]


def written_matches(cls, text: str) -> list[str]:
    """The texts a written-value recognizer finds in `text`, in order."""
    recognizer = cls()
    return [text[r.start : r.end] for r in sorted(recognizer.analyze(text, recognizer.supported_entities), key=lambda r: r.start)]


@pytest.mark.parametrize(("cls", "text", "found"), WRITTEN, ids=lambda v: getattr(v, "__name__", None))
def test_written_recognizers(cls, text, found):
    assert written_matches(cls, text) == found


@pytest.mark.parametrize(("cls", "text"), NOT_WRITTEN, ids=lambda v: getattr(v, "__name__", None))
def test_written_recognizers_leave_look_alikes(cls, text):
    assert written_matches(cls, text) == []


def test_the_town_after_a_postal_code():
    text = (
        "Nathalie Garnier\n5 impasse des Lilas\n31770 Colomiers\n\nKeizersgracht 452, 1016 GD Amsterdam, the Netherlands\n"
        "Rua da Adiça 14, 1100-013 Lisboa — Portugal\r\nWohnort: D-10115 Berlin\r\n"
        "2214 NE Alberta\n12345 Main Street\n2024 UK Tour\nIT-4821 Printer Outage\nEmployee 10234 Jane Doe, Sales\n"
    )
    assert written_matches(gp.PostalTownRecognizer, text) == ["Colomiers", "Amsterdam", "Lisboa", "Berlin"]


def test_condition_abbreviations_in_capitals():
    text = "PMH: T2DM (dx 2011), HTN, osteopenia; HIV+ and COPD. Paid 300 CAD or CHF; KYC/AML; TEACHING AIDS; the htn clinic"
    assert written_matches(gp.ConditionAbbreviationRecognizer, text) == ["T2DM", "HTN", "HIV", "COPD"]


def test_condition_abbreviations_of_copd_in_other_languages():
    text = "Antécédents : BPCO. Antecedentes: EPOC. Histórico: DPOC. Epoch 12, epoc.log"
    assert written_matches(gp.ConditionAbbreviationRecognizer, text) == ["BPCO", "EPOC", "DPOC"]


CONDITION_SENTENCES = [
    (
        "PMH: type 2 diabetes, high blood pressure and atrial fibrillation; she had a stroke in 2019.",
        ["type 2 diabetes", "high blood pressure", "atrial fibrillation", "stroke"],
    ),
    (
        "Off work with a herniated disc, then depression and burn-out; his father has Alzheimer’s disease.",
        ["herniated disc", "depression", "burn-out", "Alzheimer’s disease"],
    ),
    (
        "Claim: broken hip, whiplash; asthma, epilepsy and Multiple Sclerosis; off work since a mild stroke.",
        ["broken hip", "whiplash", "asthma", "epilepsy", "Multiple Sclerosis", "stroke"],
    ),
    (
        "Mum has chronic obstructive\npulmonary disease and breast cancer; I have had long COVID and Crohn's since 2021.",
        ["chronic obstructive\npulmonary disease", "breast cancer", "long COVID", "Crohn's"],
    ),
    (
        "Diagnosen: Diabetes mellitus Typ 2, Bluthochdruck, Vorhofflimmern; Z. n. Schlaganfall.",
        ["Diabetes mellitus Typ 2", "Bluthochdruck", "Vorhofflimmern", "Schlaganfall"],
    ),
    (
        "Sie ist wegen eines Bandscheibenvorfalls und einer Depression krank; ihr Vater leidet an Multipler Sklerose.",
        ["Bandscheibenvorfalls", "Depression", "Multipler Sklerose"],
    ),
    (
        "Typ-2-Diabetes seit 2012, Asthma, Oberschenkelhalsbruch nach einem Sturz, Burnout, beginnende Demenz.",
        ["Typ-2-Diabetes", "Asthma", "Oberschenkelhalsbruch", "Burnout", "Demenz"],
    ),
    (
        "Antécédents : diabète de type 2, hypertension artérielle et fibrillation auriculaire.",
        ["diabète de type 2", "hypertension artérielle", "fibrillation auriculaire"],
    ),
    (
        "Sa mère est atteinte de la maladie d’Alzheimer ; lui a eu une fracture du col du fémur et souffre d'asthme.",
        ["maladie d’Alzheimer", "fracture du col du fémur", "asthme"],
    ),
    (
        "Arrêt de travail pour burn-out et dépression ; sclérose en plaques diagnostiquée en 2020.",
        ["burn-out", "dépression", "sclérose en plaques"],
    ),
    (
        "Antecedentes: diabetes tipo 2, hipertensión arterial, fibrilación auricular y asma.",
        ["diabetes tipo 2", "hipertensión arterial", "fibrilación auricular", "asma"],
    ),
    (
        "Está de baja por una hernia de disco y depresión; su padre tiene la enfermedad de Alzheimer.",
        ["hernia de disco", "depresión", "enfermedad de Alzheimer"],
    ),
    (
        "Anamnesi: diabete di tipo 2, ipertensione arteriosa, fibrillazione atriale e asma.",
        ["diabete di tipo 2", "ipertensione arteriosa", "fibrillazione atriale", "asma"],
    ),
    (
        "In malattia per un'ernia del disco; la madre ha il morbo di Parkinson e una frattura dell'anca.",
        ["ernia del disco", "morbo di Parkinson", "frattura dell'anca"],
    ),
    (
        "Voorgeschiedenis: diabetes type 2, hoge bloeddruk, boezemfibrilleren en astma.",
        ["diabetes type 2", "hoge bloeddruk", "boezemfibrilleren", "astma"],
    ),
    (
        "Hij zit thuis met een burn-out en een hernia; zijn moeder heeft de ziekte van Alzheimer en had een beroerte.",
        ["burn-out", "hernia", "ziekte van Alzheimer", "beroerte"],
    ),
    (
        "Histórico: diabetes tipo 2, hipertensão arterial, fibrilação atrial e asma.",
        ["diabetes tipo 2", "hipertensão arterial", "fibrilação atrial", "asma"],
    ),
    (
        "Afastada por hérnia de disco e depressão pós-parto; a mãe tem doença de Alzheimer e câncer de mama.",
        ["hérnia de disco", "depressão pós-parto", "doença de Alzheimer", "câncer de mama"],
    ),
]
NOT_CONDITION_SENTENCES = [
    # English: idioms, other senses of condition words, bare surnames, departments, look-alike words
    "That deal was a stroke of luck for the whole sales team.",
    "She signed it with a stroke of the pen before lunch.",
    "Keystroke logging is disabled; she swims the backstroke before work.",
    "Can someone grab me a cold coffee from the kitchen?",
    "Our new office is on Parkinson Street, opposite the bank.",
    "Mr Parkinson's laptop needs a new battery; Parkinson's law applies to this project.",
    "Please forward the invoice to Ms Crohn in accounts.",
    "Alois Alzheimer was born in Marktbreit in 1864.",
    "The table in meeting room 3 has a broken leg.",
    "The roofer replaced the damaged shingles after the storm.",
    "The Cardiology department moved to the second floor.",
    "Please book the Lyme Regis offsite for June.",
    "Windows Defender reported a malware infection on host ws-114.",
    "All staff must complete the COVID-19 safety module by Friday.",
    "The market's anxiety about interest rates eased after the seizure of the cargo.",
    "Sales were anaemic in the third quarter and prices stayed depressed.",
    "ERROR worker-3: broken pipe, restarting (attempt 2)",
    # German
    "Hals- und Beinbruch für die Präsentation morgen!",
    "Bitte leiten Sie die Rechnung an Herrn Krebs weiter.",
    "Die Diabetesberatung zieht in das Erdgeschoss um.",
    "Der Katalog ist in Fraktur gesetzt.",
    "Unsere Abteilung Kardiologie sucht eine neue Assistenz.",
    # French
    "Cette décision est une entorse au règlement intérieur.",
    "Il a mis une goutte de lait dans son café.",
    "C'est un vrai bras cassé, ce prestataire.",
    "Le service de cardiologie déménage au deuxième étage.",
    "Le moteur grippe quand il fait froid.",
    # Spanish
    "Asma Khan pagó la factura ayer.",
    "La oficina está en la zona franca de Barcelona.",
    "Cayó una gota de agua sobre el teclado.",
    "Visitamos las Cataratas del Iguazú en el viaje de empresa.",
    "La línea de alta tensión pasa detrás del almacén.",
    # Italian
    "Il magazzino si trova nella zona industriale di Padova.",
    "Il tavolo della sala riunioni ha una gamba rotta.",
    "La riunione con Asma è spostata a giovedì.",
    # Dutch
    "Ik staar al de hele dag naar dit spreadsheet.",
    "Zij werkt bij de afdeling Oncologie en zoekt een nieuwe collega.",
    # Portuguese
    "Visitamos as Cataratas do Iguaçu com a equipe.",
    "O prefeito foi acusado de concussão.",
    "A cadeira da recepção está com a perna quebrada.",
    "A lavadora de alta pressão chegou ontem; caiu uma gota de café no teclado.",
]


@pytest.mark.parametrize(("text", "found"), CONDITION_SENTENCES)
def test_condition_terms(text, found):
    assert written_matches(gp.ConditionTermRecognizer, text) == found


@pytest.mark.parametrize("text", NOT_CONDITION_SENTENCES)
def test_condition_terms_leave_look_alikes(text):
    assert written_matches(gp.ConditionTermRecognizer, text) == []


def test_condition_terms_in_names_are_taken():
    # By decision: a condition word is taken wherever it stands, also in the name of an organisation or an era
    # ("depression" is kept for the medical sense, which is far more common in the mail this tool scrubs).
    text = "Donations to Cancer Research UK and Diabetes UK; the Great Depression; the Diabetes clinic"
    assert written_matches(gp.ConditionTermRecognizer, text) == ["Cancer", "Diabetes", "Depression", "Diabetes"]


def test_every_condition_term_is_matched_whole():
    recognizer = gp.ConditionTermRecognizer()
    missed = []
    for term in (*CONDITION_TERMS, *LOWER_CASE_CONDITION_TERMS):
        text = f"Dx: {term}."
        if [text[r.start : r.end] for r in recognizer.analyze(text, ["MEDICAL_CONDITION"])] != [term]:
            missed.append(term)
    assert missed == []


SYMPTOM_SENTENCES = [
    (
        "She has had chest pain since March and gets palpitations when she climbs stairs.",
        ["chest pain", "palpitations"],
    ),
    (
        "Off sick with a headache and nausea; she reports fatigue and dizziness after the night shift.",
        ["headache", "nausea", "fatigue", "dizziness"],
    ),
    (
        "C/o shortness of breath on exertion, a dry cough and night sweats for three weeks.",
        ["shortness of breath", "dry cough", "night sweats"],
    ),
    (
        "My son has had a cough and a fever since Sunday; I have had insomnia since the move.",
        ["cough", "fever", "insomnia"],
    ),
    ("No fever, but she reports headaches and nausea.", ["headaches", "nausea"]),
    (
        "Er klagt über Kopfschmerzen, Übelkeit und Atemnot; seit Montag Fieber und Schüttelfrost.",
        ["Kopfschmerzen", "Übelkeit", "Atemnot", "Fieber", "Schüttelfrost"],
    ),
    (
        "Seit dem Unfall hat sie Schwindelanfälle, Nackenschmerzen und Schlafstörungen; sie hat noch Fieber.",
        ["Schwindelanfälle", "Nackenschmerzen", "Schlafstörungen", "Fieber"],
    ),
    (
        "Essoufflement à l'effort, douleurs thoraciques et maux de tête depuis une semaine ; une grande fatigue.",
        ["Essoufflement", "douleurs thoraciques", "maux de tête", "fatigue"],
    ),
    ("Il souffre de vertiges et de nausées, avec de la fièvre le soir.", ["vertiges", "nausées", "fièvre"]),
    (
        "Tiene mareos, dolor de cabeza y falta de aire desde el lunes.",
        ["mareos", "dolor de cabeza", "falta de aire"],
    ),
    ("La paciente presenta fiebre, tos seca y dolores musculares.", ["fiebre", "tos seca", "dolores musculares"]),
    (
        "Lamenta dolore toracico e vertigini; da ieri ha febbre e mal di testa.",
        ["dolore toracico", "vertigini", "febbre", "mal di testa"],
    ),
    (
        "Soffre di insonnia e attacchi di panico da quando ha cambiato lavoro.",
        ["insonnia", "attacchi di panico"],
    ),
    (
        "Hij heeft last van kortademigheid, hoofdpijn en duizeligheid.",
        ["kortademigheid", "hoofdpijn", "duizeligheid"],
    ),
    (
        "Ze is thuis met koorts en buikpijn; sinds de operatie heeft ze last van vermoeidheid.",
        ["koorts", "buikpijn", "vermoeidheid"],
    ),
    (
        "Sinto falta de ar e tonturas; ele tem dor de cabeça e febre desde ontem.",
        ["falta de ar", "tonturas", "dor de cabeça", "febre"],
    ),
    ("Afastado por dores nas costas e insônia; queixa-se de náuseas.", ["dores nas costas", "insônia", "náuseas"]),
]
NEGATED_SYMPTOM_SENTENCES = [
    "No  fever; no\nfever; Keine\nAtemnot; pas de\u00a0fièvre.",
    "She did not have a fever. Denies having a headache. Non ha la febbre.",
    "No chest pain, no fever, no new headaches.",
    "Denies chest pain, shortness of breath or palpitations.",
    "Patient denies any nausea or vomiting; negative for fever; without dizziness.",
    "Keine Atemnot, kein Fieber, keinerlei Übelkeit, weder Husten noch Erbrechen, ohne Kopfschmerzen.",
    "Pas de fièvre, pas d'essoufflement, sans douleurs thoraciques ; ni nausées ni vertiges.",
    "Sin fiebre ni tos; niega dolor torácico y mareos. No presenta náuseas.",
    "Senza febbre; nega dolore toracico e palpitazioni. Non ha tosse, né vertigini.",
    "Geen koorts, geen hoofdpijn of duizeligheid, zonder kortademigheid; geen last van misselijkheid.",
    "Sem febre, nega falta de ar; não tem tosse nem dor de cabeça.",
]
NOT_SYMPTOM_SENTENCES = [
    "Avoid bloating the Docker image; the stock market's mood swings; gold fever and IPO fever are back.",
    "La fiebre del oro; la febbre dell'oro; a febre do ouro. Risolvere la perdita di memoria nel servizio Java.",
    "Legacy billing is a recurring headache, a constant headache. The lab reports fatigue cracking in the weld.",
    # English: everyday and figurative senses, product names, abbreviations
    "Setting up the VPN is a pain to configure on Linux.",
    "Alert fatigue is a real problem for the on-call team, and so is Zoom fatigue.",
    "Metal fatigue caused the crack in the bracket.",
    "The headache of migrating the billing data fell on the platform team.",
    "Migrating the CRM has been a major headache; compliance headaches are next.",
    "The nausea-inducing UI of the old portal is finally gone.",
    "Excitement reached fever pitch before the launch.",
    "The client had to cough up an extra 5,000 euros.",
    "We're itching to start the new project in January.",
    "Slow onboarding is a chronic pain point for our customers.",
    "Investors showed a loss of appetite for risk in the third quarter.",
    "Import the collection into Insomnia and run the smoke tests.",
    "By using the site you accept the ToS and the privacy policy.",
    "Tired of manual exports? The stress test of the payment API ran for six hours in the cold room.",
    "The model's hallucinations and the memory problems on node 4 are tracked in JIRA-2211.",
    # German
    "Schwindel bei der Abrechnung: die Revision hat falsche Spesen gefunden.",
    "Das haben wir bis zum Erbrechen diskutiert.",
    "Die Migration wird uns noch Kopfschmerzen bereiten.",
    "Der Druck auf das Team ist hoch, und der Abfluss in der Küche hat eine Verstopfung.",
    "Das Lampenfieber vor der Präsentation war groß, das WM-Fieber auch.",
    # French
    "C'est un vrai malaise dans l'équipe depuis la réorganisation.",
    "La crise du logement pèse sur le recrutement.",
    "L'essoufflement du marché immobilier inquiète la direction.",
    "On en a parlé jusqu'à la nausée.",
    "La fièvre acheteuse du Black Friday a saturé nos serveurs ; ces chiffres donnent le vertige.",
    # Spanish
    "Le dio vértigo ver las cifras del trimestre.",
    "El temblor del mercado asustó a los inversores; el cansancio del equipo se nota.",
    "La presión de los plazos es alta este mes.",
    # Italian
    "L'azienda è in affanno con le consegne di dicembre.",
    "Una presentazione da brividi, complimenti a tutto il team.",
    "Ne abbiamo discusso fino alla nausea.",
    # Dutch
    "Ik krijg jeuk van dit soort vergaderingen.",
    "Ze braken het verkooprecord van vorig jaar.",
    "Wil je de sleutels overgeven aan de receptie?",
    "De uitslag van de stemming komt morgen; het bedrijf is in ademnood geraakt.",
    # Portuguese
    "As ondas de calor afetaram as entregas no armazém.",
    "O mercado teve calafrios com a notícia e os tremores continuam.",
    "O cansaço da equipe é visível depois do fechamento do trimestre.",
]


@pytest.mark.parametrize(("text", "found"), SYMPTOM_SENTENCES)
def test_symptom_terms(text, found):
    assert written_matches(gp.SymptomTermRecognizer, text) == found


@pytest.mark.parametrize("text", NEGATED_SYMPTOM_SENTENCES)
def test_denied_symptoms_are_not_taken(text):
    assert written_matches(gp.SymptomTermRecognizer, text) == []


@pytest.mark.parametrize("text", NOT_SYMPTOM_SENTENCES)
def test_symptom_terms_leave_look_alikes(text):
    assert written_matches(gp.SymptomTermRecognizer, text) == []


def test_every_symptom_term_is_matched_whole():
    recognizer = gp.SymptomTermRecognizer()
    cases = [(f"Dx: {term}.", term) for term in (*SYMPTOM_TERMS, *LOWER_CASE_SYMPTOM_TERMS)]
    cases += [(f"She reports {term}.", term) for term in CUED_SYMPTOM_TERMS]
    missed = [
        term
        for text, term in cases
        if [text[r.start : r.end] for r in recognizer.analyze(text, ["MEDICAL_CONDITION"])] != [term]
    ]
    assert missed == []


def test_symptom_terms_leave_condition_names_to_the_condition_recognizer():
    conditions = [term.casefold() for term in CONDITION_TERMS]
    overlaps = [
        (symptom, condition)
        for symptom in (term.casefold() for term in (*SYMPTOM_TERMS, *CUED_SYMPTOM_TERMS))
        for condition in conditions
        if re.search(rf"(?<![\w-]){re.escape(condition)}(?![\w-])", symptom)
        or re.search(rf"(?<![\w-]){re.escape(symptom)}(?![\w-])", condition)
    ]
    assert overlaps == []


def test_repeated_digits_are_not_identifiers():
    assert gp.BrCpfRecognizer().analyze("111.111.111-11", ["BR_CPF"]) == []
    assert gp.ImeiRecognizer().analyze("000000000000000", ["DEVICE_ID"]) == []


SECRETS = [
    ("AwsAccessKeyRecognizer", "AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPL"),
    ("GitHubTokenRecognizer", "ghp_" + "a1B2c3D4e5" * 3 + "F6g7H8", "ghp_" + "a1B2c3D4e5" * 3 + "F6g7H"),
    ("GitHubTokenRecognizer", "github_pat_" + "A1b2C3d4E5_" * 7 + "f6G7h", "github_pat_short"),
    ("SlackTokenRecognizer", "xoxb-2048-4096-Zq8R3mKd0Lp", "xoxz-2048-4096-Zq8R3mKd0Lp"),
    ("StripeKeyRecognizer", "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWD"),
    ("GoogleApiKeyRecognizer", "AIza" + "SyA-1b2C3d4E5f6G7h8I9j0K1l2M3n4O5pQ", "AIzaSyA-1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p"),
    ("OpenAiKeyRecognizer", "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", "sk-proj-short"),
    ("SendGridKeyRecognizer", "SG." + "a" * 22 + "." + "B" * 43, "SG." + "a" * 22 + "." + "B" * 42),
    ("EthereumAddressRecognizer", "0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE"),
]


@pytest.fixture(scope="module")
def yaml_patterns():
    return {r.name: r for r in gp.pattern_recognizers()}


@pytest.mark.parametrize(("name", "valid", "invalid"), SECRETS, ids=[s[0] for s in SECRETS])
def test_yaml_pattern_recognizers(yaml_patterns, name, valid, invalid):
    recognizer = yaml_patterns[name]
    entities = recognizer.supported_entities
    text = f"config: {valid} end"
    assert [text[r.start : r.end] for r in recognizer.analyze(text, entities)] == [valid]
    assert recognizer.analyze(f"config: {invalid} end", entities) == []


def test_private_key_block(yaml_patterns):
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nq9K2\n-----END RSA PRIVATE KEY-----"
    text = f"key:\n{block}\nbye"
    (found,) = yaml_patterns["PrivateKeyRecognizer"].analyze(text, ["API_KEY"])
    assert text[found.start : found.end] == block


URLS = [
    ("Docs at https://portal.example.com/u/8841?tab=billing.", "https://portal.example.com/u/8841?tab=billing."),
    ("Visit example.com today", "example.com"),
    ('SMTP_HOST: "https://hooks.example.org/T02"', '"https://hooks.example.org/T02"'),
]
NOT_URLS = [
    "Your refund for order {{order.number}} is ready",  # Presidio: "order.nu"
    "upstream=db-primary.prod.internal latency_ms=12",  # Presidio: "db-primary.prod.int"
    "Hi {{agent.first_name}}, thanks",  # Presidio: "agent.fi"
]


@pytest.mark.parametrize(("text", "url"), URLS)
def test_whole_word_url_recognizer_keeps_presidios_urls(text, url):
    assert [text[r.start : r.end] for r in gp.WholeWordUrlRecognizer().analyze(text, ["URL"])] == [url]


@pytest.mark.parametrize("text", NOT_URLS)
def test_whole_word_url_recognizer_drops_matches_cut_out_of_a_word(text):
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    assert UrlRecognizer().analyze(text, ["URL"]), "Presidio's own recognizer no longer cuts words: drop the subclass"
    assert gp.WholeWordUrlRecognizer().analyze(text, ["URL"]) == []


def test_the_shipped_analyzer_uses_the_whole_word_url_recognizer(analyzer):
    names = {r.name for r in analyzer.registry.recognizers if "URL" in r.supported_entities}
    assert names == {"WholeWordUrlRecognizer", "GlinerRedactRecognizer"}


def test_presidio_ip_recognizer_handles_compressed_ipv6():
    """Why gliner-redact adds no IPv6 recognizer."""
    text = "from 2001:db8::1 and fe80::1ff:fe23:4567:890a"
    found = {text[r.start : r.end] for r in IpRecognizer().analyze(text, ["IP_ADDRESS"])}
    assert found == {"2001:db8::1", "fe80::1ff:fe23:4567:890a"}


def _registry(*recognizers) -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return registry


def _no_op() -> NoOpNlpEngine:
    engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    engine.load()
    return engine
