"""Character-shape helpers shared by the operators: random look-alikes and check digits."""

from __future__ import annotations

import random
import string
from collections.abc import Iterable

_HEX = "0123456789abcdef"


def match_case(template: str, value: str) -> str:
    """Upper- or lower-case `value` when `template` is written all in one case."""
    if sum(ch.isalpha() for ch in template) < 2:
        return value
    if template.isupper():
        return value.upper()
    if template.islower():
        return value.lower()
    return value


def random_like(value: str, rng: random.Random) -> str:
    """Replace letters by letters (same case) and digits by digits; keep everything else."""
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(rng.choice(string.digits))
        elif ch.isalpha():
            letter = rng.choice(string.ascii_lowercase)
            out.append(letter.upper() if ch.isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


def random_hex_like(value: str, rng: random.Random) -> str:
    """Replace hex digits by random hex digits (upper case when the input is); keep separators."""
    upper = any(ch.isupper() for ch in value) and not any(ch.islower() for ch in value)
    alphabet = _HEX.upper() if upper else _HEX
    return "".join(rng.choice(alphabet) if ch.lower() in _HEX else ch for ch in value)


def fill_alnum(template: str, chars: Iterable[str]) -> str:
    """Write `chars` into the alphanumeric positions of `template`, keeping separators and letter case."""
    source = iter(chars)
    out = []
    for ch in template:
        if ch.isalnum():
            new = next(source)
            out.append(new.lower() if ch.islower() else new)
        else:
            out.append(ch)
    return "".join(out)


def fill_digits(template: str, digits: Iterable[str]) -> str:
    """Write `digits` into the digit positions of `template`, keeping everything else."""
    source = iter(digits)
    return "".join(next(source) if ch.isdigit() else ch for ch in template)


def luhn_check_digit(digits: str) -> str:
    """The Luhn check digit to append to `digits`."""
    total = 0
    for position, ch in enumerate(reversed(digits)):
        d = int(ch)
        if position % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """True when the digits of `number` pass the Luhn check."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return len(digits) > 1 and luhn_check_digit(digits[:-1]) == digits[-1]


def _iban_numeric(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_check_digits(country: str, bban: str) -> str:
    """The two ISO 13616 (mod-97) check digits for `country` + `bban`."""
    return f"{98 - _iban_numeric(bban + country + '00') % 97:02d}"


def iban_valid(iban: str) -> bool:
    """True when `iban` (spaces allowed) passes the mod-97 check."""
    compact = "".join(iban.split()).upper()
    return len(compact) > 4 and compact.isalnum() and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


_ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)


def aba_check_digit(first8: str) -> str:
    """The ninth (check) digit of a US ABA routing number."""
    total = sum(int(d) * w for d, w in zip(first8, _ABA_WEIGHTS))
    return str((10 - total % 10) % 10)


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_ALPHABET = "".join(_VIN_VALUES)


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / North American check character (position 9) of a 17-character VIN."""
    remainder = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin.upper(), _VIN_WEIGHTS)) % 11
    return "X" if remainder == 10 else str(remainder)
