"""Label balancing: running span counts turn into boosts that writers use to include rarer labels more often."""

from __future__ import annotations

from typing import Iterable, Mapping

from .validate import PII_LABELS


class LabelBalancer:
    """Tracks how many spans of each label were emitted and how much each label should be boosted next.

    A label seen less than the mean gets a boost above 1 (more optional slots and mentions of it), one seen more
    gets a boost below 1; `caps` pins a ceiling on a label's share relative to the mean (person, date).
    """

    def __init__(
        self,
        labels: Iterable[str] = PII_LABELS,
        *,
        smoothing: float = 30.0,
        strength: float = 2.0,
        caps: Mapping[str, float] | None = None,
    ) -> None:
        self.counts: dict[str, int] = {label: 0 for label in labels}
        self.smoothing = smoothing
        self.strength = strength
        self.caps = dict(caps or {})
        self._boost: dict[str, float] = {label: 1.0 for label in self.counts}

    def update(self, labels: Iterable[str]) -> None:
        """Record the labels of one accepted document's spans and recompute the boosts."""
        for label in labels:
            self.counts[label] = self.counts.get(label, 0) + 1
        mean = sum(self.counts.values()) / len(self.counts)
        for label, count in self.counts.items():
            target = mean * self.caps.get(label, 1.0)
            ratio = (target + self.smoothing) / (count + self.smoothing)
            self._boost[label] = min(8.0, max(0.05, ratio**self.strength))

    @property
    def boost(self) -> Mapping[str, float]:
        """Label -> multiplier for optional-slot probabilities and mention sampling weights."""
        return self._boost
