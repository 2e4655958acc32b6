"""Per-document generation state: seeded randomness, locale, reference date, cast of people, label boosts."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence, TypeVar

from faker import Faker

from .builder import Piece, Pii, fill, template_slots
from .locales import LocaleSpec

T = TypeVar("T")

SLOT_LABELS: dict[str, str] = {
    "name": "person",
    "first": "person",
    "last": "person",
    "address": "street_address",
    "past": "date",
    "future": "date",
    "datetime": "date",
    "org": "organization",
    "dob": "date_of_birth",
    "imei": "device_id",
    "natid": "national_id",
    "routing_name": "routing_number",
    "hospital": "organization",
    "bank": "organization",
    "insurer": "organization",
    "company": "organization",
    "pharmacy": "organization",
}
"""Slot names that are not label names, mapped to the label they produce."""


@dataclass
class Person:
    """Someone who appears in a document; attributes made on first use stay fixed for the document."""

    first: str
    last: str
    gender: str
    locale: str
    middle: str = ""
    memo: dict[str, object] = field(default_factory=dict)

    @property
    def full(self) -> str:
        """First and last name."""
        return f"{self.first} {self.last}"


class Context:
    """Everything a genre writer needs for one document.

    `boost[label]` > 1 asks writers to include `label` more often, < 1 less often (set by the balancer);
    `focus` names labels this document should carry (see `focus.py`). `language` is the document's language
    (field labels, date formats); `prose_language` the language of the sentences being written ("en" unless a
    writer of local-language prose sets it), which relative dates and time adverbials follow.
    """

    def __init__(
        self,
        rng: random.Random,
        fakers: Mapping[str, Faker],
        loc: LocaleSpec,
        *,
        language: str,
        now: dt.date,
        boost: Mapping[str, float],
        size: int,
        slot_makers: Mapping[str, Callable[["Context"], Piece]],
        focus: Sequence[str] = (),
    ) -> None:
        self.rng = rng
        self.fakers = fakers
        self.fake = fakers[loc.code]
        self.fake.seed_instance(rng.getrandbits(64))
        self.loc = loc
        self.language = language
        self.prose_language = "en"
        self.now = now
        self.boost = boost
        self.size = size
        self.focus = tuple(focus)
        self.cast: list[Person] = []
        self.slot_makers = slot_makers
        self.memo: dict[str, object] = {}
        self.used: set[str] = set()

    def faker_for(self, locale: str) -> Faker:
        """The Faker of `locale`, seeded from this document's randomness."""
        if locale == self.loc.code:
            return self.fake
        fake = self.fakers[locale]
        fake.seed_instance(self.rng.getrandbits(64))
        return fake

    # randomness -------------------------------------------------------------------------------------------
    def choice(self, seq: Sequence[T]) -> T:
        """One element of `seq`."""
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability `p`."""
        return self.rng.random() < p

    def maybe(self, label: str, p: float) -> bool:
        """True with probability `p` scaled by the balancer's boost for `label` (capped at 0.97; at least 0.9 when
        `label` is one of the document's focus labels)."""
        q = min(0.97, p * self.boost.get(label, 1.0))
        if label in self.focus:
            q = max(q, 0.9)
        return self.rng.random() < q

    def between(self, lo: int, hi: int) -> int:
        """An integer in [lo, hi]."""
        return self.rng.randint(lo, hi)

    def scaled(self, lo: int, hi: int) -> int:
        """A count in [lo, hi] stretched by the document's size class (0 tiny .. 4 very long)."""
        factor = (0.5, 1.0, 1.6, 3.0, 7.0)[self.size]
        return max(1 if lo else 0, round(self.rng.randint(lo, hi) * factor))

    def style(self, key: str, options: Sequence[T], weights: Sequence[float] | None = None, *, stick: float = 1.0) -> T:
        """A per-document formatting choice: the first pick for `key` is reused with probability `stick`."""
        if key in self.memo and self.rng.random() < stick:
            return self.memo[key]  # type: ignore[return-value]
        chosen = self.weighted(options, weights) if weights else self.choice(options)
        self.memo.setdefault(key, chosen)
        return chosen

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        """Up to `k` distinct elements of `seq`."""
        return self.rng.sample(list(seq), min(k, len(seq)))

    def shape(self, pattern: str, areas: Sequence[str] = ()) -> str:
        """Fill a pattern: `#` digit, `%` digit 2-9, `@` upper-case letter, `{a}` area code, else literal."""
        if "{a}" in pattern:
            pattern = pattern.replace("{a}", self.choice(areas))
        rnd = self.rng.random
        out = []
        for ch in pattern:
            if ch == "#":
                out.append("0123456789"[int(rnd() * 10)])
            elif ch == "%":
                out.append("23456789"[int(rnd() * 8)])
            elif ch == "@":
                out.append(string.ascii_uppercase[int(rnd() * 26)])
            else:
                out.append(ch)
        return "".join(out)

    def chars(self, alphabet: str, n: int) -> str:
        """`n` random characters of `alphabet`."""
        return "".join(self.choice(alphabet) for _ in range(n))

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        """`n` random digits."""
        s = "".join("0123456789"[int(self.rng.random() * 10)] for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rng.randint(1, 9)) + s[1:]
        return s

    def weighted(self, items: Sequence[T], weights: Sequence[float]) -> T:
        """One element of `items` drawn with `weights`."""
        return self.rng.choices(items, weights=weights, k=1)[0]

    # balance-aware template choice ------------------------------------------------------------------------
    def template_weight(self, template: str) -> float:
        """Mean boost of the labels a template's slots produce (1 for templates without PII slots)."""
        labels = [SLOT_LABELS.get(s.rstrip("0123456789"), s.rstrip("0123456789")) for s in template_slots(template)]
        boosts = [self.boost[label] for label in labels if label in self.boost]
        return sum(boosts) / len(boosts) if boosts else 1.0

    def _fresh(self, templates: Sequence[str]) -> list[str]:
        fresh = [t for t in templates if t not in self.used]
        return fresh or list(templates)

    def pick(self, templates: Sequence[str]) -> str:
        """One template, favouring those whose labels the balancer wants more of and avoiding repeats."""
        pool = self._fresh(templates)
        chosen = self.weighted(pool, [self.template_weight(t) for t in pool])
        self.used.add(chosen)
        return chosen

    def pick_many(self, templates: Sequence[str], k: int) -> list[str]:
        """Up to `k` distinct templates, favouring wanted labels and avoiding ones this document already used."""
        pool = self._fresh(templates)
        weights = [self.template_weight(t) for t in pool]
        chosen: list[str] = []
        for _ in range(min(k, len(pool))):
            i = self.rng.choices(range(len(pool)), weights=weights, k=1)[0]
            chosen.append(pool.pop(i))
            weights.pop(i)
        self.used.update(chosen)
        return chosen

    def pick_label(self, labels: Sequence[str]) -> str:
        """One label, drawn in proportion to the balancer's boosts."""
        return self.weighted(labels, [self.boost.get(label, 1.0) for label in labels])

    # slots ------------------------------------------------------------------------------------------------
    def slot(self, name: str) -> Piece:
        """The piece for template slot `name` (a trailing number only distinguishes two slots of one kind)."""
        base = name.rstrip("0123456789") or name
        maker = self.slot_makers.get(base)
        if maker is None:
            raise KeyError(f"unknown template slot {name!r}")
        return maker(self)

    def fill(self, template: str, **given: Piece) -> list[Piece]:
        """Pieces for `template`; slots in `given` take the given piece, the others are made fresh."""
        return fill(template, lambda name: given[name] if name in given else self.slot(name))

    def v(self, label: str) -> Pii:
        """A fresh value for `label`."""
        piece = self.slot(label)
        assert isinstance(piece, Pii)
        return piece
