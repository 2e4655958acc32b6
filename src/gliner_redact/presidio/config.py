"""Build Presidio analyzers and recognizer lists from the YAML files shipped with gliner-redact.

`register_yaml_options()` teaches Presidio's configuration validator the options of a
`GlinerRedactRecognizer` YAML entry (without it, unknown keys of a predefined recognizer are
silently dropped); importing `gliner_redact.presidio` runs it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.input_validation import ConfigurationValidator
from presidio_analyzer.input_validation.yaml_recognizer_models import CONFIG_MODEL_MAP, PredefinedRecognizerConfig
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider
from presidio_analyzer.recognizer_registry import RecognizerRegistry, RecognizerRegistryProvider
from pydantic import ConfigDict

from .model_cache import ModelRef
from .nlp import BlankSpacyNlpEngine
from .recognizer import GlinerRedactRecognizer
from .sources import source_problems

CONF_DIR = Path(__file__).resolve().parent / "conf"
ANALYZER_CONFIG = CONF_DIR / "analyzer.yaml"
RECOGNIZERS_DIR = CONF_DIR / "recognizers"
MODEL_RECOGNIZER_FILE = "gliner_redact.yaml"

PathLike = str | os.PathLike[str]


class GlinerRedactRecognizerConfig(PredefinedRecognizerConfig):
    """The YAML options of a `GlinerRedactRecognizer` entry (unknown keys are errors)."""

    model_config = ConfigDict(extra="forbid", protected_namespaces=())

    model: str | None = None
    engine: Literal["auto", "onnx", "torch"] | None = None
    int8: bool | None = None
    threads: int | None = None
    entity_mapping: dict[str, str] | None = None
    descriptions: dict[str, str] | None = None
    sources: dict[str, Literal["model", "patterns", "both"]] | None = None
    threshold: float | None = None
    thresholds: dict[str, float] | None = None
    flat_ner: bool | None = None
    batch_size: int | None = None
    repeats: bool | None = None

    def model_dump(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Leave out unset options so the recognizer's defaults apply."""
        kwargs.setdefault("exclude_none", True)
        return super().model_dump(*args, **kwargs)


def register_yaml_options() -> None:
    """Make Presidio validate and pass on the options of `GlinerRedactRecognizer` YAML entries."""
    CONFIG_MODEL_MAP[GlinerRedactRecognizer.__name__] = GlinerRedactRecognizerConfig


def analyzer_engine(
    config_path: PathLike | None = None,
    model: ModelRef = None,
    *,
    nlp_engine: NlpEngine | None = None,
) -> AnalyzerEngine:
    """A Presidio `AnalyzerEngine` from an analyzer YAML (default: the shipped `analyzer.yaml`).

    `model` replaces the model of every `GlinerRedactRecognizer` entry. The NLP engine is
    `nlp_engine` if given, else a blank spaCy tokenizer where the file names `no_op` (so
    context words count), else the one the file configures. Raises `ValueError` when an entry's
    `sources` table disagrees with the pattern recognizers the registry holds.
    """
    with open(config_path or ANALYZER_CONFIG, encoding="utf-8") as f:
        config = yaml.safe_load(f)
    if "recognizer_registry" not in config:
        raise ValueError(f"{config_path}: no recognizer_registry section")
    if model is not None:
        config = _with_model(config, model)
    ConfigurationValidator.validate_analyzer_configuration(config)
    languages = config.get("supported_languages", ["en"])
    nlp_configuration = config.get("nlp_configuration") or {"nlp_engine_name": "no_op"}
    if nlp_engine is None:
        if nlp_configuration["nlp_engine_name"] == "no_op":
            nlp_engine = BlankSpacyNlpEngine(languages)
        else:
            nlp_engine = NlpEngineProvider(nlp_configuration=nlp_configuration).create_engine()
    if not nlp_engine.is_loaded():
        nlp_engine.load()
    registry = RecognizerRegistryProvider(
        registry_configuration={**config["recognizer_registry"], "supported_languages": languages},
        nlp_engine=None if isinstance(nlp_engine, BlankSpacyNlpEngine) else nlp_engine,
    ).create_recognizer_registry()
    check_sources(registry)
    enhancer = None
    if "context_aware_enhancer" in config:
        options = ConfigurationValidator.validate_context_aware_enhancer_configuration(config["context_aware_enhancer"])
        enhancer = LemmaContextAwareEnhancer(**options)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=languages,
        default_score_threshold=config.get("default_score_threshold", 0),
        context_aware_enhancer=enhancer,
    )


def check_sources(registry: RecognizerRegistry) -> None:
    """Raise `ValueError` when a model recognizer's `sources` disagree with the registry's pattern recognizers."""
    for recognizer in registry.recognizers:
        if not isinstance(recognizer, GlinerRedactRecognizer) or not recognizer.sources:
            continue
        pattern_entities = [
            entity
            for other in registry.recognizers
            if other.supported_language == recognizer.supported_language and not isinstance(other, GlinerRedactRecognizer)
            for entity in other.supported_entities
        ]
        problems = source_problems(recognizer.sources, pattern_entities)
        if problems:
            raise ValueError(f"{recognizer.name} ({recognizer.supported_language}) sources: " + "; ".join(problems))


def load_recognizers(path: PathLike, languages: list[str] | None = None) -> list[EntityRecognizer]:
    """The recognizers of a recognizer registry YAML (custom and predefined entries), for `languages`."""
    with open(path, encoding="utf-8") as f:
        config = yaml.safe_load(f)
    config.setdefault("global_regex_flags", 26)
    if languages is not None:
        config["supported_languages"] = list(languages)
    return RecognizerRegistryProvider(registry_configuration=config).create_recognizer_registry().recognizers


def pattern_recognizers(languages: list[str] | None = None) -> list[EntityRecognizer]:
    """Every pattern recognizer gliner-redact adds to Presidio: API keys, JWT, IMEI, VIN, ETH, FR/NL/BR IDs, GPS,
    written and relative dates, company names, street addresses, towns after postal codes, condition names,
    abbreviations and symptoms, organisation and job-title form fields, chat speakers, names after honorifics,
    spoken numbers and e-mail addresses."""
    return [
        recognizer
        for path in sorted(RECOGNIZERS_DIR.glob("*.yaml"))
        if path.name != MODEL_RECOGNIZER_FILE
        for recognizer in load_recognizers(path, languages)
    ]


def _with_model(config: dict[str, Any], model: ModelRef) -> dict[str, Any]:
    entries = [
        {**entry, "model": os.fspath(model)} if _is_model_entry(entry) else entry
        for entry in config["recognizer_registry"].get("recognizers", [])
    ]
    return {**config, "recognizer_registry": {**config["recognizer_registry"], "recognizers": entries}}


def _is_model_entry(entry: object) -> bool:
    return isinstance(entry, dict) and (entry.get("class_name") or entry.get("name")) == GlinerRedactRecognizer.__name__
