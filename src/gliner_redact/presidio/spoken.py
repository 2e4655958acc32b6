"""Numbers and e-mail addresses as speech-to-text and call notes write them: in words.

A transcribed voicemail or call reads "call me back at six oh eight, five five five, oh one eight eight" or
"email me at jay dot moreno at badger mutual dot com". The model has seen few of these, and Presidio's
recognizers look for digits and `@`. Two English recognizers take them:

- `SpokenNumberRecognizer`: seven or more digits in words ("oh" and "nought" for 0, "double five", "triple
  nine"), separated by spaces, commas or hyphens, not counting ("one, two, three, ..."). 13 to 19 digits that pass the Luhn check are a
  `CREDIT_CARD`, other runs of 7 to 15 digits a `PHONE_NUMBER` (phone context words raise the score).
- `SpokenEmailRecognizer`: a local part, "at", a domain whose last word after "dot" is a common top-level
  domain ("dot com", "dot co dot uk"); "underscore", "dash" and "dot" join the words of the local part.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gliner_redact.data.checksums import luhn_valid

from .patterns import PresetPatternRecognizer

DIGIT_WORDS: dict[str, str] = {
    "zero": "0",
    "oh": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DIGIT = "(?:" + "|".join(DIGIT_WORDS) + ")"
_UNIT = rf"(?:(?:double|triple)[ \t]+)?{_DIGIT}"
_GAP = r"(?:[ \t]*[,-][ \t]*|[ \t]+)"
_REPEAT = {"double": 2, "triple": 3}


def spoken_digits(text: str) -> str:
    """The digits a run of digit words stands for: "six oh double five" -> "6055"."""
    digits = []
    times = 1
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _REPEAT:
            times = _REPEAT[word]
        else:
            digits.append(DIGIT_WORDS[word] * times)
            times = 1
    return "".join(digits)


class SpokenNumberRecognizer(PresetPatternRecognizer):
    """Phone and card numbers written as digit words, as PHONE_NUMBER or CREDIT_CARD."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (Pattern("digits in words", rf"(?<![\w-]){_UNIT}(?:{_GAP}{_UNIT}){{3,}}(?![\w-])", 0.5),)
    CONTEXT = ("phone", "number", "cell", "mobile", "fax", "reach", "text", "landline", "extension")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.supported_entities = ["PHONE_NUMBER", "CREDIT_CARD"]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Matches of 7 to 15 digits as phone numbers, Luhn-valid ones of 13 to 19 as card numbers; not counting
        ("one, two, three, four, ...")."""
        out = []
        for result in super().analyze(text, ["PHONE_NUMBER"], nlp_artifacts, regex_flags):
            digits = spoken_digits(text[result.start : result.end])
            if digits in "0123456789":
                continue
            if 13 <= len(digits) <= 19 and luhn_valid(digits):
                result.entity_type = "CREDIT_CARD"
            elif not 7 <= len(digits) <= 15:
                continue
            if result.entity_type in entities:
                out.append(result)
        return out


_TOP_LEVEL_DOMAINS = (
    "com net org edu gov io co uk us ca au nz ie in sg de fr es it nl pt br be ch at eu info biz me"
).split()
_WORD = r"[a-z][a-z0-9]*"
_LOCAL = rf"{_WORD}(?:[ \t]+(?:dot|underscore|dash|hyphen)[ \t]+[a-z0-9]+)*"
_DOMAIN = rf"{_WORD}(?:[ \t]+{_WORD})?(?:[ \t]+dot[ \t]+{_WORD})*[ \t]+dot[ \t]+(?:{'|'.join(_TOP_LEVEL_DOMAINS)})"
_NOT_LOCAL = (
    "(?!(?:me|us|him|her|them|you|it|is|are|was|were|be|look|looking|go|visit|check|see|online|home|work|meet|"
    "based|located|available|stay|arrive|here|there)[ \t]+at[ \t])"
)


class SpokenEmailRecognizer(PresetPatternRecognizer):
    """E-mail addresses written in words ("j dot smith at acme dot co dot uk") as EMAIL_ADDRESS."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern(
            "e-mail address in words",
            rf"(?<![\w@.-]){_NOT_LOCAL}{_LOCAL}[ \t]+at[ \t]+{_DOMAIN}(?![\w@-]|\.\w)",
            0.6,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "address", "write", "send")


SPOKEN_RECOGNIZERS: tuple[type[PresetPatternRecognizer], ...] = (SpokenNumberRecognizer, SpokenEmailRecognizer)
