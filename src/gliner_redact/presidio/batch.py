"""`GlinerBatchAnalyzer`: Presidio's `BatchAnalyzerEngine` with one model call per batch.

Presidio's batch engine calls `AnalyzerEngine.analyze` once per text, so a model recognizer
would run once per text. Here every `GlinerRedactRecognizer` of the analyzer first predicts
all the texts of the call in one batched model call; then Presidio's own loop runs unchanged,
the other recognizers per text, and the model recognizer answers from that prediction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, DictAnalyzerResult, RecognizerResult

from .recognizer import GlinerRedactRecognizer

_SCALARS = (str, int, bool, float)


class GlinerBatchAnalyzer(BatchAnalyzerEngine):
    """Analyze lists and dicts of texts with batched model calls (default analyzer: `analyzer_engine()`)."""

    def __init__(self, analyzer_engine: AnalyzerEngine | None = None) -> None:
        if analyzer_engine is None:
            from .config import analyzer_engine as default_analyzer

            analyzer_engine = default_analyzer()
        super().__init__(analyzer_engine)

    def analyze_iterator(
        self,
        texts: Iterable[str | bool | float | int],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> list[list[RecognizerResult]]:
        """Results per text; the model sees all `texts` in one call (`batch_size` is the NLP engine's)."""
        values = list(self._validate_types(texts))
        with self._precomputed([str(v) for v in values], language, kwargs):
            return super().analyze_iterator(values, language, batch_size=batch_size, n_process=n_process, **kwargs)

    def analyze_dict(
        self,
        input_dict: dict[str, Any],
        language: str,
        keys_to_skip: list[str] | None = None,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[DictAnalyzerResult]:
        """Presidio's `analyze_dict`, run eagerly with every value of the dict (nested ones too) in one model call."""
        texts = list(_dict_texts(input_dict, keys_to_skip or []))
        with self._precomputed(texts, language, kwargs):
            results = list(
                super().analyze_dict(
                    input_dict, language, keys_to_skip=keys_to_skip, batch_size=batch_size, n_process=n_process, **kwargs
                )
            )
        return iter(results)

    def _precomputed(self, texts: list[str], language: str, kwargs: dict[str, Any]) -> ExitStack:
        entities = kwargs.get("entities")
        recognizers = self.analyzer_engine.registry.get_recognizers(
            language=language,
            entities=entities,
            all_fields=not entities,
            ad_hoc_recognizers=kwargs.get("ad_hoc_recognizers"),
        )
        with ExitStack() as stack:
            for recognizer in recognizers:
                if isinstance(recognizer, GlinerRedactRecognizer):
                    stack.enter_context(recognizer.precomputed(texts, entities))
            return stack.pop_all()


def _dict_texts(input_dict: dict[str, Any], keys_to_skip: list[str]) -> Iterator[str]:
    """The strings Presidio's `analyze_dict` will analyze, in its traversal order."""
    for key, value in input_dict.items():
        if not value or key in keys_to_skip:
            continue
        if type(value) in _SCALARS:
            yield str(value)
        elif isinstance(value, dict):
            yield from _dict_texts(value, BatchAnalyzerEngine._get_nested_keys_to_skip(key, keys_to_skip))
        elif isinstance(value, Iterable):
            yield from (str(item) for item in value)
