"""Check digits of the identifiers the generator emits, so that every value passes its real validator."""

from __future__ import annotations

import hashlib

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits_of(value: str) -> str:
    """The decimal digits of `value`, separators dropped."""
    return "".join(ch for ch in value if ch.isdigit())


def luhn_check_digit(payload: str) -> str:
    """The Luhn digit to append to `payload` (cards, IMEI, Canadian SIN)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """True when the digits of `number` pass the Luhn test."""
    d = digits_of(number)
    return len(d) > 1 and luhn_check_digit(d[:-1]) == d[-1]


def iban_check_digits(country: str, bban: str) -> str:
    """The two ISO 13616 check digits for `country` + `bban`."""
    moved = bban + country + "00"
    number = int("".join(str(_ALNUM.index(ch)) for ch in moved.upper()))
    return f"{98 - number % 97:02d}"


def iban_valid(iban: str) -> bool:
    """True when `iban` (spaces allowed) passes the mod-97 test."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(_ALNUM.index(ch)) for ch in moved)) % 97 == 1


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The ISO 3779 / FMVSS 115 check character (position 9) of a 17-character VIN."""
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin.upper(), _VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin: str) -> bool:
    """True when `vin` has 17 legal characters and a correct check digit."""
    return len(vin) == 17 and all(ch in _VIN_VALUES for ch in vin.upper()) and vin_check_digit(vin) == vin[8].upper()


def aba_valid(routing: str) -> bool:
    """True when a 9-digit ABA routing number passes its 3-7-1 checksum."""
    d = [int(c) for c in digits_of(routing)]
    return len(d) == 9 and sum(w * x for w, x in zip((3, 7, 1) * 3, d)) % 10 == 0


def aba_check_digit(first8: str) -> str:
    """The ninth digit that makes `first8` a valid ABA routing number."""
    s = sum(w * int(x) for w, x in zip((3, 7, 1, 3, 7, 1, 3, 7), first8))
    return str((10 - s % 10) % 10)


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_check_digit(payload: str) -> str:
    """The Verhoeff digit to append to `payload` (Indian Aadhaar)."""
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_valid(number: str) -> bool:
    """True when the digits of `number` pass the Verhoeff test."""
    d = digits_of(number)
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def nhs_check_digit(first9: str) -> str | None:
    """The NHS number mod-11 check digit, or None when the payload has none (remainder 10)."""
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return "0"
    return None if c == 10 else str(c)


def bsn_valid(number: str) -> bool:
    """True when a Dutch BSN passes the 11-test."""
    d = digits_of(number)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def tfn_valid(number: str) -> bool:
    """True when an Australian tax file number passes its weighted mod-11 test."""
    d = digits_of(number)
    return len(d) == 9 and sum(int(x) * w for x, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0


def abn_valid(number: str) -> bool:
    """True when an Australian business number passes its weighted mod-89 test."""
    d = [int(x) for x in digits_of(number)]
    if len(d) != 11:
        return False
    d[0] -= 1
    return sum(x * w for x, w in zip(d, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0


def german_id_check_digit(serial: str) -> str:
    """The 7-3-1 check digit of a German identity card serial (ICAO 9303)."""
    total = sum(_ALNUM.index(ch) * w for ch, w in zip(serial, (7, 3, 1) * 4))
    return str(total % 10)


def iso7064_mod11_10(payload: str) -> str:
    """ISO 7064 MOD 11,10 check digit (German Steuer-ID)."""
    product = 10
    for ch in payload:
        s = (int(ch) + product) % 10 or 10
        product = (2 * s) % 11
    return str((11 - product) % 10)


def dni_letter(number: int) -> str:
    """The control letter of a Spanish DNI (and NIE after prefix substitution)."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]


def cpf_check_digits(first9: str) -> str:
    """The two check digits of a Brazilian CPF."""
    digits = [int(c) for c in first9]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(digits, range(n, 1, -1)))
        r = (s * 10) % 11
        digits.append(0 if r == 10 else r)
    return f"{digits[-2]}{digits[-1]}"


def cnpj_check_digits(first12: str) -> str:
    """The two check digits of a Brazilian CNPJ."""
    digits = [int(c) for c in first12]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        r = sum(d * w for d, w in zip(digits, weights)) % 11
        digits.append(0 if r < 2 else 11 - r)
    return f"{digits[-2]}{digits[-1]}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version: int, payload: bytes) -> str:
    """Base58Check encoding (legacy Bitcoin addresses)."""
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_segwit_v0(program: bytes, hrp: str = "bc") -> str:
    """A bech32 (BIP-173) version-0 segwit address for a 20- or 32-byte program."""
    acc, bits, data = 0, 0, [0]
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _bech32_polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)
