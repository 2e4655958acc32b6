import dataclasses

import pytest

from gliner_redact import labels
from gliner_redact.labels import CATALOGUE, GROUPS, LabelSpec, resolve_labels

BRIEF_ENTITIES = {
    "PERSON", "TITLE", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "POSTAL_CODE", "NRP", "DATE_TIME", "AGE",
    "US_SSN", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "TAX_ID", "IBAN_CODE", "BANK_ACCOUNT",
    "ABA_ROUTING_NUMBER", "CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "IP_ADDRESS", "MAC_ADDRESS", "URL", "USERNAME",
    "PASSWORD", "API_KEY", "MEDICAL_RECORD_NUMBER", "HEALTH_INSURANCE_ID", "MEDICAL_CONDITION", "MEDICATION",
    "LICENSE_PLATE", "VIN", "DEVICE_ID", "ORGANIZATION", "JOB_TITLE", "GPS_COORDINATES", "CRYPTO", "CUSTOMER_ID",
    "EMPLOYEE_ID",
}


def test_catalogue_size_order_and_names():
    names = labels.label_names()
    assert len(names) >= 35
    assert len(names) == len(set(names)) == len(CATALOGUE)
    assert names[:4] == ["person", "title", "email", "phone_number"]
    assert names[-2:] == ["customer_id", "employee_id"]
    assert all(name == spec.name for name, spec in CATALOGUE.items())


def test_specs_are_frozen_and_well_formed():
    spec = CATALOGUE["email"]
    assert isinstance(spec, LabelSpec)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.threshold = 0.9  # type: ignore[misc]
    for spec in CATALOGUE.values():
        assert spec.group in GROUPS, spec.name
        assert 0.0 < spec.threshold < 1.0, spec.name
        words = spec.description.split()
        assert 2 <= len(words) <= 12, spec.name
        assert spec.description == spec.description.strip() and not spec.description.endswith(".")


def test_every_presidio_entity_in_brief_is_covered():
    assert {spec.presidio_entity for spec in CATALOGUE.values()} == BRIEF_ENTITIES
    for entity in ("NRP", "TITLE", "DATE_TIME", "LOCATION"):
        assert labels.labels_for_presidio_entities([entity]), entity


def test_presidio_mapping_examples():
    assert labels.presidio_entity("ssn") == "US_SSN"
    assert labels.presidio_entity("crypto_wallet") == "CRYPTO"
    assert labels.presidio_entity("routing_number") == "ABA_ROUTING_NUMBER"
    with pytest.raises(KeyError):
        labels.presidio_entity("not_a_label")


def test_labels_for_presidio_entities_keeps_catalogue_order_and_ignores_unknown():
    assert labels.labels_for_presidio_entities(["LOCATION"]) == ["street_address", "city", "region", "country"]
    assert labels.labels_for_presidio_entities(["DATE_TIME", "EMAIL_ADDRESS", "NO_SUCH"]) == [
        "email", "date_of_birth", "date", "time",
    ]
    assert labels.labels_for_presidio_entities([]) == []


def test_descriptions_and_thresholds():
    all_desc = labels.descriptions()
    assert list(all_desc) == labels.label_names()
    assert labels.descriptions(["city", "email"]) == {
        "city": CATALOGUE["city"].description,
        "email": CATALOGUE["email"].description,
    }
    assert labels.thresholds(["age"]) == {"age": CATALOGUE["age"].threshold}
    assert set(labels.thresholds()) == set(CATALOGUE)
    with pytest.raises(KeyError, match="nope"):
        labels.descriptions(["email", "nope"])


def test_resolve_none_is_whole_catalogue():
    assert resolve_labels(None) == labels.descriptions()
    assert resolve_labels() == labels.descriptions()


def test_resolve_comma_string_strips_dedupes_and_keeps_order():
    assert resolve_labels(" email , person,,email ") == {
        "email": CATALOGUE["email"].description,
        "person": CATALOGUE["person"].description,
    }


def test_resolve_list_with_unknown_name_uses_name_as_description():
    assert resolve_labels(["pet_name", "city"]) == {"pet_name": "pet_name", "city": CATALOGUE["city"].description}
    assert resolve_labels(("iban",)) == {"iban": CATALOGUE["iban"].description}


def test_resolve_dict_keeps_given_descriptions():
    spec = {"email": "work e-mail", "pet_name": "name of a pet"}
    assert resolve_labels(spec) == spec


@pytest.mark.parametrize("bad", ["", " , ,", [], {}, ["email", ""], {"email": "  "}, [3]])
def test_resolve_rejects_empty_or_invalid(bad):
    with pytest.raises(ValueError):
        resolve_labels(bad)
