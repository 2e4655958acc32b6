"""Speakers of chat transcripts: the name or handle heading each message of a Slack, Teams, WhatsApp or IRC export.

The model reads a speaker line such as `hope  9:43 AM` or `Jeroen Smit  10:16` with little context and can
miss it, most of all for handles that are everyday words and for names in languages it knows less well. The
layout itself says who is speaking, so `ChatSpeakerRecognizer` reports the speaker of every line in one of
these layouts, once the text has at least two such lines (a transcript, not a stray line ending in a time):

- a speaker line: the name, then two or more spaces or a tab and a time (Slack and Teams copies). As
  key-value lines look alike (`Check-in  14:00`), such a line counts only when a message line follows it
  (a line that is not blank and not of this shape), and only in a text where some speaker has two of them;
- `[date, time] Name: ...` or `date, time - Name: ...` (WhatsApp exports);
- `<nick> ...` or `[time] <nick> ...` (IRC logs; not log levels such as `<info>` of application logs).

A speaker with a capital letter or a space is a `PERSON`; a lower-case word or a handle with dots,
underscores or digits is a `USERNAME`. A speaker's other mentions in the messages are reported too, by the rules
of `gliner_redact.repeats` ("Hoi Jeroen" after the speaker `Jeroen Smit`, `@marco.b` after `marco.b`), except
for handles that are plain words (`hope` speaks; "I hope so" stays).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gliner_redact.entities import Entity
from gliner_redact.repeats import add_repeats

from .rule_recognizer import RuleRecognizer

_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_NAME = r"[^\W\d_][\w.'’-]*(?:[ \t][\w.'’-]+){0,3}"
_HEADER = re.compile(rf"^[ \t]*(?P<name>{_NAME})(?:[ \t]{{2,}}|\t)(?:{_TIME})[ \t]*\r?$", re.MULTILINE)
_LAYOUTS = (
    re.compile(rf"^[ \t]*\[?{_DATE},?[ \t]{_TIME}\]?[ \t](?:-[ \t])?(?P<name>{_NAME}):[ \t]", re.MULTILINE),
    re.compile(rf"^[ \t]*(?:\[{_TIME}\][ \t])?<(?P<name>[@+]?[^\W\d][\w.|-]{{0,31}})>[ \t]", re.MULTILINE),
)
_LOG_LEVELS = frozenset("trace debug info information notice warn warning error err fatal crit critical alert emerg".split())
_HANDLE = re.compile(r"[\w.-]+")


class ChatSpeakerRecognizer(RuleRecognizer):
    """Reports the speaker of each message line of a chat transcript as PERSON or USERNAME (see the module doc)."""

    ENTITIES = ("PERSON", "USERNAME")
    SCORE = 0.6
    MIN_LINES = 2

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per speaker line, once the text has at least `MIN_LINES` of one layout, and per mention."""
        found = [Entity(start, end, speaker_entity(text[start:end]), self.SCORE, text[start:end]) for start, end in self.speakers(text)]
        spread = [e for e in found if e.label == "PERSON" or not e.text.isalpha()]
        lines = {(e.start, e.end) for e in found}
        mentions = [e for e in add_repeats(text, spread, labels=self.ENTITIES, name_labels=("PERSON",)) if (e.start, e.end) not in lines]
        return [
            self._result(e, "chat speaker line" if (e.start, e.end) in lines else "chat speaker mentioned")
            for e in sorted([*found, *mentions], key=lambda e: e.start)
            if e.label in entities
        ]

    def speakers(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each speaker of a message line, by the rules of the module doc."""
        headers = [m for m in _HEADER.finditer(text) if _message_follows(text, m.end())]
        names = [m.group("name") for m in headers]
        found = []
        if len(headers) >= self.MIN_LINES and len(set(names)) < len(names):
            found += [m.span("name") for m in headers]
        for layout in _LAYOUTS:
            matches = [m for m in layout.finditer(text) if m.group("name").lower() not in _LOG_LEVELS]
            if len(matches) >= self.MIN_LINES:
                found += [m.span("name") for m in matches]
        return sorted(found)


def _message_follows(text: str, end: int) -> bool:
    """True when the line after the one ending at `end` holds text and is not itself a speaker line."""
    if not text.startswith("\n", end):
        return False
    next_end = text.find("\n", end + 1)
    line = text[end + 1 : len(text) if next_end < 0 else next_end]
    return bool(line.strip()) and _HEADER.fullmatch(line) is None


def speaker_entity(name: str) -> str:
    """PERSON for a name with a capital or a space, USERNAME for a lower-case word or a handle."""
    bare = name.lstrip("@+")
    if _HANDLE.fullmatch(bare) and (bare.islower() or any(c in bare for c in "._") or any(c.isdigit() for c in bare)):
        return "USERNAME"
    return "PERSON"
