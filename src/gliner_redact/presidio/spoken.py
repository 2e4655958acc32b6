"""Numbers and e-mail addresses as speech-to-text and call notes write them: in words.

A transcribed voicemail or call reads "call me back at six oh eight, five five five, oh one eight eight" or
"email me at jay dot moreno at badger mutual dot com". The model has seen few of these, and Presidio's
recognizers look for digits and `@`. Two English recognizers take them:

- `SpokenNumberRecognizer`: seven or more digits in words ("oh", "o" and "nought" for 0, "double five",
  "triple nine"), separated by spaces, commas or hyphens. 13 to 19 digits that pass the Luhn check are a
  `CREDIT_CARD`, other runs of 7 to 15 digits a `PHONE_NUMBER` (phone context words raise the score). Counts,
  countdowns and repeated digits ("oh, oh, oh") are left alone, and so are lists of small numbers or times
  (tennis sets, reps, timetables) unless a phone or card word comes in the 60 characters before.
- `SpokenEmailRecognizer`: a local part, "at", a domain whose last word after "dot" is a common top-level
  domain ("dot com", "dot co dot uk"; a real "." counts as "dot"); "underscore", "dash" and "dot" join the words
  of the local part. A one-word local part needs an e-mail word before it ("email me at", "write to"), so
  "learn more at acme dot com" and "she works at pets dot com" stay.
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
    "o": "0",
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
_DIGIT = "(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + ")"
_UNIT = rf"(?:(?:double|triple)[ \t-]+)?{_DIGIT}"
_GAP = r"(?:[ \t]*[,-][ \t]*|[ \t]+)"
_REPEAT = {"double": 2, "triple": 3}
_GROUP_SEPARATOR = re.compile(r"[ \t]*[,-][ \t]*")
_PHONE_WORDS = ("phone", "number", "cell", "mobile", "fax", "reach", "text", "landline", "extension")
_EMAIL_WORDS = ("email", "e-mail", "mail", "address", "write", "send")
_CUE_WINDOW = 60


def _cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` at a word start ("emailed" counts for "email")."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.I)


_NUMBER_CUE = _cue(_PHONE_WORDS + ("call", "dial", "ring", "card", "account", "contact"))
_EMAIL_CUE = _cue(_EMAIL_WORDS + ("contact", "reach"))


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


def _cue_before(cue: re.Pattern[str], text: str, start: int) -> bool:
    return bool(cue.search(text, max(0, start - _CUE_WINDOW), start))


def _looks_like_a_list(groups: list[str]) -> bool:
    """Scores, reps, pages and timetables: every group of one or two digits, or three or more groups of three."""
    return max(map(len, groups)) <= 2 or (len(groups) >= 3 and all(len(g) == 3 for g in groups))


class SpokenNumberRecognizer(PresetPatternRecognizer):
    """Phone and card numbers written as digit words, as PHONE_NUMBER or CREDIT_CARD."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (Pattern("digits in words", rf"(?<![\w-]){_UNIT}(?:{_GAP}{_UNIT}){{3,}}(?![\w-])", 0.5),)
    CONTEXT = _PHONE_WORDS

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
        """Matches of 7 to 15 digits as phone numbers, Luhn-valid ones of 13 to 19 as card numbers. Not counts and
        countdowns, runs of one or two repeated digits ("oh, oh, oh, ..."), and lists of small numbers or times
        without a phone or card word in the 60 characters before."""
        out = []
        for result in super().analyze(text, ["PHONE_NUMBER"], nlp_artifacts, regex_flags):
            span = text[result.start : result.end]
            digits = spoken_digits(span)
            if 13 <= len(digits) <= 19 and luhn_valid(digits):
                result.entity_type = "CREDIT_CARD"
            elif not 7 <= len(digits) <= 15:
                continue
            elif digits in "0123456789" or digits in "9876543210" or len(set(digits)) <= 2:
                continue
            elif _looks_like_a_list([spoken_digits(g) for g in _GROUP_SEPARATOR.split(span)]) and not _cue_before(_NUMBER_CUE, text, result.start):
                continue
            if result.entity_type in entities:
                out.append(result)
        return out


_TOP_LEVEL_DOMAINS = "com net org edu gov io co uk ca au nz ie sg de fr es nl pt br ch eu info biz ai dev app tv".split()
_COUNTRY_AFTER_SECOND_LEVEL = "uk in au nz za jp br il kr sg my".split()
_JOIN = r"(?:[ \t]+dot[ \t]+|\.)"
_WORD = r"[a-z][a-z0-9]*"
_LOCAL = rf"{_WORD}(?:(?:[ \t]+(?:underscore|dash|hyphen)[ \t]+|{_JOIN})[a-z0-9]+)*"
_DETERMINERS = "the|a|an|this|that|my|our|your|his|her|their|its"
_DOMAIN = (
    rf"(?!(?:{_DETERMINERS})\b){_WORD}(?:[ \t]+{_WORD})?(?:{_JOIN}{_WORD})*{_JOIN}(?:{'|'.join(_TOP_LEVEL_DOMAINS)})"
    rf"(?:{_JOIN}(?:{'|'.join(_COUNTRY_AFTER_SECOND_LEVEL)}))?"
)
_PRONOUN = r"(?!(?:me|us|him|her|them|you|it)[ \t]+at[ \t])"
_AT = re.compile(r"[ \t]+at[ \t]+", re.I)
_JOINED = re.compile(r"[ \t]+(?:dot|underscore|dash|hyphen)[ \t]+|[.\d]", re.I)


class SpokenEmailRecognizer(PresetPatternRecognizer):
    """E-mail addresses written in words ("j dot smith at acme dot co dot uk") as EMAIL_ADDRESS."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        Pattern(
            "e-mail address in words",
            rf"(?<![\w@-]){_PRONOUN}{_LOCAL}[ \t]+at[ \t]+{_DOMAIN}(?![\w@-]|\.\w)",
            0.6,
        ),
    )
    CONTEXT = _EMAIL_WORDS

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Matches whose local part is joined ("jay dot moreno", "j_smith2") or that follow an e-mail word ("email
        me at", "write to"): not "more at acme dot com" or "works at pets dot com"."""
        return [
            result
            for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if _JOINED.search(_AT.split(text[result.start : result.end], 1)[0]) or _cue_before(_EMAIL_CUE, text, result.start)
        ]


SPOKEN_RECOGNIZERS: tuple[type[PresetPatternRecognizer], ...] = (SpokenNumberRecognizer, SpokenEmailRecognizer)
