"""Presidio integration: the model as a recognizer, extra pattern recognizers, batch analysis, operators.

    from gliner_redact.presidio import analyzer_engine, GlinerBatchAnalyzer
    analyzer = analyzer_engine()                      # model + checksummed patterns, no spaCy model
    results = analyzer.analyze("Call Jane Doe on 555-0100", language="en")
    batches = GlinerBatchAnalyzer(analyzer).analyze_iterator(texts, language="en")

Importing this package makes `GlinerRedactRecognizer` and the checksum recognizers known to
Presidio's YAML loader (`type: predefined`), so `AnalyzerEngineProvider` can read
`configs/presidio/analyzer.yaml`. Without presidio-analyzer installed, only the operators
(`gliner_redact.presidio.operators`, presidio-anonymizer) are available.
"""

from __future__ import annotations

from importlib.util import find_spec

__all__: list[str] = []

if find_spec("presidio_analyzer") is not None:  # the operators need only presidio-anonymizer
    from .batch import GlinerBatchAnalyzer
    from .config import (
        ANALYZER_CONFIG,
        RECOGNIZERS_DIR,
        GlinerRedactRecognizerConfig,
        analyzer_engine,
        check_sources,
        load_recognizers,
        pattern_recognizers,
        register_yaml_options,
    )
    from .honorifics import HonorificNameRecognizer
    from .model_cache import clear_model_cache, shared_model
    from .nlp import BlankSpacyNlpEngine
    from .patterns import (
        CHECKED_RECOGNIZERS,
        BrCpfRecognizer,
        FrNirRecognizer,
        GpsCoordinatesRecognizer,
        ImeiRecognizer,
        JwtRecognizer,
        NlBsnRecognizer,
        VinRecognizer,
        WholeWordUrlRecognizer,
    )
    from .recognizer import MODEL_LABEL_KEY, GlinerRedactRecognizer
    from .sources import PATTERN_FAMILIES, SOURCES, family, source_problems
    from .speakers import ChatSpeakerRecognizer
    from .spoken import SPOKEN_RECOGNIZERS, SpokenEmailRecognizer, SpokenNumberRecognizer
    from .written import (
        WRITTEN_RECOGNIZERS,
        CompanyNameRecognizer,
        ConditionAbbreviationRecognizer,
        ConditionTermRecognizer,
        JobTitleFieldRecognizer,
        OrganizationFieldRecognizer,
        PostalTownRecognizer,
        RelativeDateRecognizer,
        StreetAddressRecognizer,
        SymptomTermRecognizer,
        WrittenDateRecognizer,
    )

    register_yaml_options()

    __all__ += [
        "ANALYZER_CONFIG",
        "CHECKED_RECOGNIZERS",
        "MODEL_LABEL_KEY",
        "PATTERN_FAMILIES",
        "RECOGNIZERS_DIR",
        "SOURCES",
        "SPOKEN_RECOGNIZERS",
        "WRITTEN_RECOGNIZERS",
        "BlankSpacyNlpEngine",
        "BrCpfRecognizer",
        "ChatSpeakerRecognizer",
        "CompanyNameRecognizer",
        "ConditionAbbreviationRecognizer",
        "ConditionTermRecognizer",
        "FrNirRecognizer",
        "GlinerBatchAnalyzer",
        "GlinerRedactRecognizer",
        "GlinerRedactRecognizerConfig",
        "GpsCoordinatesRecognizer",
        "HonorificNameRecognizer",
        "ImeiRecognizer",
        "JobTitleFieldRecognizer",
        "JwtRecognizer",
        "NlBsnRecognizer",
        "OrganizationFieldRecognizer",
        "PostalTownRecognizer",
        "RelativeDateRecognizer",
        "SpokenEmailRecognizer",
        "SpokenNumberRecognizer",
        "StreetAddressRecognizer",
        "SymptomTermRecognizer",
        "VinRecognizer",
        "WholeWordUrlRecognizer",
        "WrittenDateRecognizer",
        "analyzer_engine",
        "check_sources",
        "clear_model_cache",
        "family",
        "load_recognizers",
        "pattern_recognizers",
        "register_yaml_options",
        "shared_model",
        "source_problems",
    ]
