"""Repeated mentions: a value found once in a document is redacted wherever else it occurs there.

The model scores each mention in its own context, so a document that names "Marsh Whitley LLP"
three times can have one mention above the threshold and two below it, and the redacted text
still says who it is about. `add_repeats` adds:

- for each entity of `labels` (people, organisations, usernames, e-mails, street addresses and
  customer, employee, record and insurance IDs; not generic values such as medications or job
  titles, whose false positives would spread), every other exact occurrence of its text in the
  same document (whole words), when the text is long enough not to occur by chance: at least 4
  characters with a letter, or at least 6 without. A value of two or more words matches in any
  case ("MIDWEST PREMIER AUTO GROUP, LLC" for "Midwest Premier Auto Group, LLC", "jeroen smit" in
  a chat); a one-word value matches only as written, so "jdoe42" does not take "JDOE42";
- for people (`name_labels`), each part of the name on its own: a surname after the full name
  ("Derek L. Foster ... Foster said"), a first name in a signature. A part must be a capitalised
  word of 3+ letters (all-capital parts need 4+, so "PAN" or "DOB" caught inside a span are not
  spread), not an honorific or title the model found, and not a common word of the document
  (its lower-case form does not occur outside the entities found: "Will" is not spread when the
  text says "will", "Roe" is when the only "roe" is in the found e-mail `jane.roe@example.com`).

A repeat gets the label and score of the mention it repeats and fills only text that no entity
covers. Entities the model found are returned unchanged; the result is sorted by offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .entities import Entity

REPEAT_LABELS: tuple[str, ...] = (
    "person", "organization", "username", "email", "street_address",
    "customer_id", "employee_id", "medical_record_number", "health_insurance_id",
)
NAME_LABELS: tuple[str, ...] = ("person",)
TITLE_LABELS: tuple[str, ...] = ("title",)
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady madam madame mademoiselle monsieur mme mlle herr frau "
    "señor señora señorita sr sra srta don doña dña sig signor signora signorina dott avv ing "
    "dhr mevr senhor senhora dona".split()
)
_WORD = re.compile(r"\w+")
_NAME_PART = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


def add_repeats(
    text: str,
    entities: Sequence[Entity],
    *,
    labels: Iterable[str] = REPEAT_LABELS,
    name_labels: Iterable[str] = NAME_LABELS,
    title_labels: Iterable[str] = TITLE_LABELS,
) -> list[Entity]:
    """`entities` plus the other occurrences in `text` of what they found (see the module doc)."""
    index = _WordIndex(text)
    taken = bytearray(len(text))
    for e in entities:
        taken[e.start : e.end] = b"\1" * (e.end - e.start)
    repeated, names, title_set = set(labels), set(name_labels), set(title_labels)
    titles = {e.text.rstrip(".").lower() for e in entities if e.label in title_set}
    ranked = sorted(entities, key=lambda e: -e.score)
    parts = {id(e): _name_parts(e.text, titles) for e in ranked if e.label in names}
    wanted = [(e.text, e) for e in ranked if e.label in repeated and _distinctive(e.text) and parts.get(id(e), True)]
    wanted += [(part, e) for e in ranked for part in parts.get(id(e), ()) if not _used_in_lower_case(index, part, taken)]
    added = []
    searched = set()
    for value, source in wanted:
        if (value, source.label) in searched:
            continue
        searched.add((value, source.label))
        for start, end in index.find(value, ignore_case=len(_WORD.findall(value)) > 1):
            if not any(taken[start:end]):
                taken[start:end] = b"\1" * (end - start)
                added.append(Entity(start, end, source.label, source.score, value))
    return sorted([*entities, *added], key=lambda e: (e.start, e.end))


class _WordIndex:
    """Where each word of a text starts, to find whole-word occurrences of a value without rescanning."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self.starts.setdefault(match.group(), []).append(match.start())
        self._folded: dict[str, list[int]] | None = None

    @property
    def folded(self) -> dict[str, list[int]]:
        """Word starts by case-folded word, built on first use (only values of several words need it)."""
        if self._folded is None:
            self._folded = {}
            for word, positions in self.starts.items():
                self._folded.setdefault(word.casefold(), []).extend(positions)
        return self._folded

    def find(self, value: str, *, ignore_case: bool = False) -> Iterable[tuple[int, int]]:
        """(start, end) of each occurrence of `value` not preceded or followed by a word character."""
        first = _WORD.search(value)
        if first is None:
            return
        starts = self.folded.get(first.group().casefold(), ()) if ignore_case else self.starts.get(first.group(), ())
        for position in starts:
            start = position - first.start()
            end = start + len(value)
            if start >= 0 and self._edge(start - 1) and self._edge(end) and self._same(value, start, end, ignore_case):
                yield start, end

    def _same(self, value: str, start: int, end: int, ignore_case: bool) -> bool:
        found = self.text[start:end]
        return found.casefold() == value.casefold() if ignore_case else found == value

    def _edge(self, i: int) -> bool:
        return i < 0 or i >= len(self.text) or not _WORD.match(self.text[i])


def _used_in_lower_case(index: _WordIndex, part: str, taken: bytearray) -> bool:
    """True when the text has `part` in lower case outside every entity ("will" for "Will"; not "roe" in a found e-mail)."""
    return any(not any(taken[start:end]) for start, end in index.find(part.lower()))


def _distinctive(value: str) -> bool:
    compact = "".join(value.split())
    has_letter = any(c.isalpha() for c in compact)
    return len(compact) >= (4 if has_letter else 6)


def _name_parts(value: str, titles: set[str]) -> list[str]:
    parts = []
    for word in _NAME_PART.findall(value):
        if len(word) < 3 or not word[0].isupper() or word.lower() in HONORIFICS or word.lower() in titles:
            continue
        if word.isupper() and len(word) < 4:
            continue
        parts.append(word)
    return list(dict.fromkeys(parts))
