"""Value makers of the generator: national-ID checksums, localised conditions, street and key shapes, alignment."""

from __future__ import annotations

import re
import string
from typing import Callable

import pytest

from gliner_redact.data.checksums import bsn_valid, dni_letter
from gliner_redact.data.context import Context
from gliner_redact.data.lexicon.health import CONDITION_ABBREVIATIONS, CONDITIONS, CONDITIONS_LOCAL
from gliner_redact.data.locales import LOCALE_SPECS
from gliner_redact.data.values import government, health, location, tech
from generator_support import make_context, valid_span


def _ctx(locale: str, seed: int = 0, language: str | None = None) -> Context:
    return make_context(locale, seed, language=language)


def _many(make: Callable[[Context], str], locale: str, n: int, language: str | None = None) -> list[str]:
    ctx = _ctx(locale, seed=n, language=language)
    return [make(ctx) for _ in range(n)]


def _aligned(value: str, label: str) -> bool:
    return valid_span(label, value)


_CF_ODD_VALUES = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)
_CF_ODD = {**dict(zip(string.digits, _CF_ODD_VALUES)), **dict(zip(string.ascii_uppercase, _CF_ODD_VALUES))}


def _cf_check(first15: str) -> str:
    """The control character of an Italian codice fiscale (independent re-implementation)."""
    total = 0
    for i, ch in enumerate(first15):
        total += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - ord("A"))
    return chr(ord("A") + total % 26)


def test_spanish_dni_and_nie_have_control_letters_in_every_spelling():
    values = _many(government.dni, "es_ES", 600)
    for v in values:
        plain = v.replace("-", "")
        body = str("XYZ".index(plain[0])) + plain[1:-1] if plain[0] in "XYZ" else plain[:-1]
        assert plain[-1] == dni_letter(int(body)), v
    shapes = (r"\d{8}[A-Z]", r"\d{8}-[A-Z]", r"[XYZ]\d{7}[A-Z]", r"[XYZ]-\d{7}-[A-Z]")
    assert all(any(re.fullmatch(shape, v) for v in values) for shape in shapes)


def test_codice_fiscale_bsn_and_nric_are_well_formed():
    cfs = _many(government.codice_fiscale, "it_IT", 300)
    cf_shape = r"[A-Z]{6}\d{2}[ABCDEHLMPRST](?:[0-6]\d|7[01])[A-Z]\d{3}[A-Z]"
    assert all(re.fullmatch(cf_shape, v) and v[-1] == _cf_check(v[:15]) for v in cfs)
    bsns = _many(government.bsn, "nl_NL", 300)
    assert all(bsn_valid(v.replace(".", "")) for v in bsns)
    assert any(re.fullmatch(r"\d{9}", v) for v in bsns)
    for known in ("S1234567D", "T1234567J", "F1234567N", "G1234567X"):
        assert government.nric_check_letter(known[0], known[1:8]) == known[8]
    nrics = _many(government.nric, "en_US", 300)
    assert all(re.fullmatch(r"[STFGM]\d{7}[A-Z]", v) for v in nrics)
    assert all(government.nric_check_letter(v[0], v[1:8]) == v[8] for v in nrics)
    assert {v[0] for v in nrics} == set("STFGM")
    us_ids = _many(government.national_id, "en_US", 300)
    assert any(re.fullmatch(r"[STFGM]\d{7}[A-Z]", v) for v in us_ids)
    name, value = government.foreign_national_id(_ctx("en_GB"))
    assert "NRIC" in name or name == "FIN"
    assert re.fullmatch(r"[STFGM]\d{7}[A-Z]", value)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl", "pt"])
def test_conditions_follow_the_document_language(language):
    local = CONDITIONS_LOCAL[language]
    assert len(set(local)) >= 25
    locale = next(code for code, spec in LOCALE_SPECS.items() if spec.language == language)
    values = _many(health.condition, locale, 400, language=language)
    in_language = sum(v in local or v[0].lower() + v[1:] in local for v in values)
    assert in_language / len(values) > 0.7
    local_only = {t.lower() for t in local} - {t.lower() for t in CONDITIONS + CONDITION_ABBREVIATIONS}
    assert not any(v.lower() in local_only for v in _many(health.condition, locale, 400, language="en"))


def test_condition_vocabulary_covers_shorthand_dental_tropical_and_injuries():
    for term in ("Essentielle Hypertonie", "Hypercholesterinämie", "Multiple Sklerose"):
        assert term in CONDITIONS_LOCAL["de"]
    assert "ipotiroidismo" in CONDITIONS_LOCAL["it"]
    for term in ("community-acquired pneumonia", "caries", "gingivitis", "dengue", "hip replacement"):
        assert term in CONDITIONS
    assert {"T2DM", "HTN", "HLD", "CKD stage 3", "AFib"} <= set(CONDITION_ABBREVIATIONS)
    values = _many(health.condition, "en_US", 1500)
    assert sum(v in CONDITION_ABBREVIATIONS for v in values) / len(values) > 0.08
    assert any(re.fullmatch(r"laceration to the (left|right) \w+", v) for v in values)
    assert any(v[0].isupper() and v.lower() in CONDITIONS for v in values)


_STREET_SHAPES = {
    "es_ES": (r".+, \d+, \d\.º", r"C/ .+ \d+, \d\.º \w+"),
    "it_IT": (r"Via [A-Z].* \d+", r"Corso .+"),
    "de_DE": (r"\w+ Str\. \d+\w?", r"\w+straße \d+\w?"),
    "pt_BR": (r".+, \d+, casa \d+", r".+, \d+, apto\.? \d+"),
    "en_IN": (r"Survey No\. \d+, .+ Road", r"Plot \d+, .+"),
    "en_GB": (r"(Apt|Flat) \d+, The \w+, .+", r"Unit \d+\w?, [A-Z].+", r"The Old \w+( \w+)?, .+"),
    "en_AU": (r"\d+/\d+ .+ (Tce|Pde|Cres|Hwy|St)",),
    "en_US": (r"\d+ [NSEW]\. .+", r"\d+ .+ Ln", r"\d+ .+ (Dr|St|Ave|Blvd|Rd|Ln|Ct|Pkwy)\., (Suite|Apt|Unit) \d+\w?"),
    "en_CA": (r"\d+ – \d+(st|nd|rd|th) Avenue (SW|NW|SE|NE)",),
}


@pytest.mark.parametrize("locale", sorted(_STREET_SHAPES))
def test_street_addresses_use_local_formats_and_stay_aligned(locale):
    values = _many(location.street_address, locale, 2000)
    assert all(_aligned(v, "street_address") for v in values)
    for shape in _STREET_SHAPES[locale]:
        assert any(re.fullmatch(shape, v) for v in values), shape


def test_keys_ids_conditions_and_coordinates_are_aligned_with_real_shapes():
    keys = [k for k in _many(tech.api_key, "en_US", 1500) if "PRIVATE KEY" not in k]
    assert all(_aligned(k, "api_key") for k in keys)
    shapes = (r"SG\.[\w-]{22}\.[\w-]{43}", r"SK[0-9a-f]{32}", r"key-[0-9a-f]{32}", r"npm_\w{36}", r"AIza[\w-]{35}")
    assert all(any(re.fullmatch(shape, k) for k in keys) for shape in shapes)
    for locale in LOCALE_SPECS:
        for make, label in ((government.national_id, "national_id"), (health.condition, "medical_condition"),
                            (location.gps, "gps_coordinates")):
            assert all(_aligned(v, label) for v in _many(make, locale, 200)), (locale, make.__name__)
    coords = _many(location.gps, "en_AU", 300)
    assert any(re.fullmatch(r"-\d+\.\d{5}, \d+\.\d{5}", c) for c in coords)
