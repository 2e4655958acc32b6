"""The shared frame of gliner-redact's rule-based Presidio recognizers that are not plain patterns."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from gliner_redact.entities import Entity


class RuleRecognizer(EntityRecognizer):
    """An `EntityRecognizer` with class-level `ENTITIES` and `SCORE`, nothing to load, and `_result` to turn a
    found `Entity` into a `RecognizerResult` with Presidio's explanation and metadata."""

    ENTITIES: tuple[str, ...] = ()
    SCORE = 0.6

    def __init__(
        self,
        supported_entities: list[str] | None = None,
        supported_language: str = "en",
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entities=supported_entities or list(self.ENTITIES),
            supported_language=supported_language,
            name=name,
        )

    def load(self) -> None:
        """Nothing to load."""

    def _result(self, entity: Entity, why: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity.label,
            start=entity.start,
            end=entity.end,
            score=self.SCORE,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=self.SCORE, textual_explanation=why),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
