"""Near-duplicate filtering: an exact hash of the PII-masked skeleton plus MinHash/LSH over word shingles."""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d+")


def skeleton(text: str, spans: list[dict]) -> str:
    """The text with every span replaced by its label and digit runs by 0, lower-cased, whitespace collapsed."""
    parts, pos = [], 0
    for span in spans:
        parts.append(text[pos : span["start"]])
        parts.append(f" <{span['label']}> ")
        pos = span["end"]
    parts.append(text[pos:])
    masked = _DIGITS.sub("0", "".join(parts).lower())
    return " ".join(masked.split())


def shingles(tokens: list[str], k: int = 5) -> set[str]:
    """The set of k-token shingles (the whole token list when shorter than k)."""
    if len(tokens) < k:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


class NearDuplicateFilter:
    """Remembers accepted documents and flags new ones that repeat or nearly repeat one of them.

    Deterministic (CRC32 token hashes, fixed MinHash parameters), so the same input order gives the same decisions.
    """

    def __init__(self, *, threshold: float = 0.8, num_perm: int = 32, bands: int = 8, shingle: int = 5) -> None:
        assert num_perm % bands == 0
        self.threshold = threshold
        self.bands = bands
        self.rows = num_perm // bands
        self.shingle = shingle
        rng = np.random.default_rng(20240917)
        self._a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self._exact: set[bytes] = set()
        self._buckets: dict[tuple[int, bytes], list[int]] = {}
        self._signatures: list[np.ndarray] = []
        self._token_hash: dict[str, int] = {}

    def _signature(self, tokens: list[str]) -> np.ndarray | None:
        k = self.shingle
        if len(tokens) < 2 * k:
            return None
        th = self._token_hash
        hashes = np.fromiter(
            (th.get(t) or th.setdefault(t, zlib.crc32(t.encode()) + 1) for t in tokens),
            dtype=np.uint64,
            count=len(tokens),
        )
        with np.errstate(over="ignore"):
            sh = hashes[: len(tokens) - k + 1].copy()
            for j in range(1, k):
                sh = sh * np.uint64(1000003) + hashes[j : len(tokens) - k + 1 + j]
            sh = np.unique(sh)
            return (sh[:, None] * self._a[None, :] + self._b[None, :]).min(axis=0)

    def is_duplicate(self, text: str, spans: list[dict]) -> bool:
        """True when the document repeats an accepted one; otherwise it is remembered and False is returned."""
        skel = skeleton(text, spans)
        digest = hashlib.blake2b(skel.encode(), digest_size=16).digest()
        if digest in self._exact:
            return True
        sig = self._signature(_TOKEN.findall(skel))
        if sig is not None:
            keys = [(i, sig[i * self.rows : (i + 1) * self.rows].tobytes()) for i in range(self.bands)]
            seen: set[int] = set()
            for key in keys:
                for j in self._buckets.get(key, ()):
                    if j in seen:
                        continue
                    seen.add(j)
                    if float(np.mean(self._signatures[j] == sig)) >= self.threshold:
                        return True
            idx = len(self._signatures)
            self._signatures.append(sig)
            for key in keys:
                self._buckets.setdefault(key, []).append(idx)
        self._exact.add(digest)
        return False
