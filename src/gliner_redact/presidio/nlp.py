"""An NLP engine for Presidio that needs no trained spaCy model: `spacy.blank` tokenization.

Presidio's context enhancer looks for context words ("card", "ssn", "imei") near a pattern
match among the lemmas of the text. A blank pipeline has tokens but no lemmas, so a small
component stores each token's lower-cased text as its lemma: plural or inflected context
words are missed, exact ones are found.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from presidio_analyzer.nlp_engine import SlimSpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

LOWER_LEMMA = "gliner_redact_lower_lemma"


@Language.component(LOWER_LEMMA)
def lower_lemma(doc: Doc) -> Doc:
    """Set each token's lemma to its lower-cased text."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class BlankSpacyNlpEngine(SlimSpacyNlpEngine):
    """Presidio NLP engine over `spacy.blank(lang)`: tokens, lower-cased lemmas, stop words; no NER, no download."""

    engine_name = "blank"

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        super().__init__(models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages], auto_download=False)

    def load(self) -> None:
        """Build one blank pipeline per language."""
        self.nlp = {}
        for model in self.models:
            nlp = spacy.blank(model["lang_code"])
            nlp.add_pipe(LOWER_LEMMA)
            self.nlp[model["lang_code"]] = nlp
