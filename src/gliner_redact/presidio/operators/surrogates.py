"""Realistic fake values per entity type, seeded by a keyed HMAC of the original value."""

from __future__ import annotations

import calendar
import ipaddress
import random
import re
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocab
from .dates import month_first, parse_date
from .keys import keyed_seed
from .shapes import (
    VIN_ALPHABET,
    aba_check_digit,
    fill_alnum,
    fill_digits,
    iban_check_digits,
    luhn_check_digit,
    match_case,
    random_hex_like,
    random_like,
    vin_check_digit,
)

if TYPE_CHECKING:
    from faker import Faker

Generator = Callable[[str, random.Random, "Faker"], str]

DEFAULT_LOCALE = "en_US"
_MAX_ATTEMPTS = 8
_FAKER_LOCK = threading.Lock()


@lru_cache(maxsize=None)
def faker_for(locale: str) -> Faker:
    """One shared Faker per locale (seeded per value under a lock); ValueError for unknown locales."""
    from faker import Faker

    try:
        return Faker(locale)
    except AttributeError as error:
        raise ValueError(f"unknown Faker locale {locale!r}") from error


def _locale(fake: Faker) -> str:
    return fake.locales[0]


@lru_cache(maxsize=None)
def _place_names(locale: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Country names, region names and region abbreviations Faker knows for `locale` (casefolded)."""
    address = next(p for p in faker_for(locale).providers if p.__provider__ == "faker.providers.address")

    def names(*attributes: str) -> frozenset[str]:
        found: set[str] = set()
        for attribute in attributes:
            value = getattr(address, attribute, ())
            found.update(str(v).casefold() for v in (value.values() if isinstance(value, dict) else value))
        return frozenset(found)

    return (names("countries"), names("states", "provinces", "regions", "counties", "administrative_units"),
            names("states_abbr", "provinces_abbr"))


def person(value: str, rng: random.Random, fake: Faker) -> str:
    """Same number of name parts; initials stay initials."""
    words = value.split() or [value]
    parts = [fake.first_name() for _ in words[:-1]] + [fake.last_name() if len(words) > 1 else fake.first_name()]
    out = [rng.choice("ABCDEFGHIJKLMNOPRSTW") + word[1:] if re.fullmatch(r"\w\.?", word) else part
           for word, part in zip(words, parts)]
    return match_case(value, " ".join(out))


def title(value: str, rng: random.Random, fake: Faker) -> str:
    """An English honorific, with a final period only when the original has one."""
    honorific = rng.choice(vocab.TITLE).rstrip(".")
    return honorific + "." if value.endswith(".") and honorific != "Miss" else honorific


def email(value: str, rng: random.Random, fake: Faker) -> str:
    return match_case(value, fake.email())


def _phone_kept_prefix(value: str) -> int:
    """Length of the "+country code" prefix that stays as written."""
    match = re.match(r"\s*\(?\+(\d+)", value)
    if not match:
        return 0
    code = match.group(1)
    return match.end() if len(code) <= 3 else match.start(1) + (1 if code[0] in "17" else 2)


def phone_number(value: str, rng: random.Random, fake: Faker) -> str:
    """Same digit layout and country code; leading (trunk) zeros kept; first new digit 2-9."""
    keep = _phone_kept_prefix(value)
    digits = [ch for ch in value[keep:] if ch.isdigit()]
    zeros = len(digits) - len("".join(digits).lstrip("0"))
    new = ["0"] * zeros + [str(rng.randint(2, 9) if i == zeros else rng.randint(0, 9))
                           for i in range(zeros, len(digits))]
    return value[:keep] + fill_digits(value[keep:], new)


def credit_card(value: str, rng: random.Random, fake: Faker) -> str:
    """Luhn-valid number of the same length and grouping and the same brand prefix."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 12:
        return random_like(value, rng)
    body = digits[:2] if digits[0] == "3" else digits[:1]
    body += "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - len(body) - 1))
    return fill_digits(value, body + luhn_check_digit(body))


def iban(value: str, rng: random.Random, fake: Faker) -> str:
    """mod-97-valid IBAN with the same country, length, BBAN character classes and grouping."""
    compact = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return random_like(value, rng)
    country, bban = compact[:2], random_like(compact[4:], rng).upper()
    return fill_alnum(value, country + iban_check_digits(country, bban) + bban)


def us_ssn(value: str, rng: random.Random, fake: Faker) -> str:
    """Issuable SSN (area not 000/666/9xx, group and serial not zero) in the same layout."""
    if sum(ch.isdigit() for ch in value) != 9:
        return random_like(value, rng)
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return fill_digits(value, digits)


_DATE_WORDS = {name.casefold(): names for names in (calendar.month_name[1:], calendar.month_abbr[1:],
                                                    calendar.day_name[:], calendar.day_abbr[:])
               for name in names}


def date_time(value: str, rng: random.Random, fake: Faker) -> str:
    """A date up to two years away written in the same format; month/weekday names swapped otherwise."""
    parsed = parse_date(value, dayfirst=not month_first(_locale(fake)))
    shift = timedelta(days=rng.randint(-730, 730), minutes=rng.randrange(24 * 60))
    if parsed is not None and datetime.min + abs(shift) < parsed.value < datetime.max - abs(shift):
        return match_case(value, parsed.format(parsed.value + shift))

    def swap(match: re.Match[str]) -> str:
        names = _DATE_WORDS.get(match.group(0).casefold())
        return match_case(match.group(0), rng.choice(names)) if names else match.group(0)

    new = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), re.sub(r"[^\W\d_]+", swap, value))
    return new if new != value else fake.day_of_week()


def location(value: str, rng: random.Random, fake: Faker) -> str:
    """Country for a country, region for a region, street address when it has a number, else a city."""
    countries, regions, abbreviations = _place_names(_locale(fake))
    folded = value.strip().casefold()
    if folded in countries:
        return fake.country()
    if folded in abbreviations and hasattr(fake, "state_abbr"):
        return fake.state_abbr()
    if folded in regions and hasattr(fake, "administrative_unit"):
        return fake.administrative_unit()
    if any(ch.isdigit() for ch in value):
        return fake.street_address()
    return match_case(value, fake.city())


def _shape(value: str) -> str:
    return re.sub(r"[^\W\d_]", "a", re.sub(r"\d", "9", value.casefold()))


def postal_code(value: str, rng: random.Random, fake: Faker) -> str:
    """The locale's postcode when it has the same shape, otherwise a look-alike."""
    candidate = fake.postcode()
    return match_case(value, candidate) if _shape(candidate) == _shape(value) else random_like(value, rng)


def ip_address(value: str, rng: random.Random, fake: Faker) -> str:
    """Same IP version; private stays private."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return random_hex_like(value, rng)
    if address.version == 6:
        return fake.ipv6()
    return fake.ipv4_private() if address.is_private else fake.ipv4_public()


def url(value: str, rng: random.Random, fake: Faker) -> str:
    """Same scheme, www prefix and presence of a path."""
    match = re.match(r"(?i)([a-z][a-z0-9+.-]*://)?(www\.)?[^/?#\s]+(.*)", value)
    if not match:
        return random_like(value, rng)
    scheme, www, path = match.groups()
    return (scheme or "") + (www or "") + fake.domain_name() + ("/" + fake.uri_path() if path.strip("/") else path)


def age(value: str, rng: random.Random, fake: Faker) -> str:
    """The number moved by up to five years; the wording kept."""
    match = re.search(r"\d+", value)
    if not match:
        return str(rng.randint(20, 79))
    years = int(match.group(0))
    return value[:match.start()] + str(rng.randint(max(1, years - 5), years + 5)) + value[match.end():]


def card_expiry(value: str, rng: random.Random, fake: Faker) -> str:
    """A valid month and a year within a few years of the original, same layout."""
    match = re.fullmatch(r"(\s*)(\d{1,2})(\s*[/-]\s*)(\d{2}|\d{4})(\s*)", value)
    if not match:
        return random_like(value, rng)
    lead, month, sep, year, tail = match.groups()
    new_year = (int(year) + rng.randint(-2, 3)) % 10 ** len(year)
    return f"{lead}{rng.randint(1, 12):0{len(month)}d}{sep}{new_year:0{len(year)}d}{tail}"


def username(value: str, rng: random.Random, fake: Faker) -> str:
    return ("@" if value.startswith("@") else "") + fake.user_name()


def gps_coordinates(value: str, rng: random.Random, fake: Faker) -> str:
    """Random latitude then longitude with the same decimals and signs."""
    limits = iter((90, 180))

    def coordinate(match: re.Match[str]) -> str:
        number = match.group(0)
        decimals = len(number.partition(".")[2])
        new = rng.uniform(0, next(limits, 180))
        return ("-" if number.startswith("-") else "") + f"{new:.{decimals}f}"

    return re.sub(r"-?\d+(?:\.\d+)?", coordinate, value)


def vin(value: str, rng: random.Random, fake: Faker) -> str:
    """A 17-character VIN with a valid check digit (position 9)."""
    if len(value) != 17 or not value.isalnum():
        return random_like(value, rng)
    chars = [rng.choice(VIN_ALPHABET) for _ in range(17)]
    chars[8] = vin_check_digit("".join(chars))
    return match_case(value, "".join(chars))


def aba_routing_number(value: str, rng: random.Random, fake: Faker) -> str:
    """A checksum-valid 9-digit ABA routing number; other layouts (sort codes) look-alike."""
    if not (len(value) == 9 and value.isdigit()):
        return random_like(value, rng)
    district = rng.choice([*range(1, 13), *range(21, 33), *range(61, 73), 80])
    first8 = f"{district:02d}" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return first8 + aba_check_digit(first8)


def device_id(value: str, rng: random.Random, fake: Faker) -> str:
    """A Luhn-valid 15-digit IMEI for an IMEI; other serials look-alike."""
    if not (len(value) == 15 and value.isdigit()):
        return random_like(value, rng)
    body = "".join(str(rng.randint(0, 9)) for _ in range(14))
    return body + luhn_check_digit(body)


def _choice(words: tuple[str, ...]) -> Generator:
    def generate(value: str, rng: random.Random, fake: Faker) -> str:
        return match_case(value, rng.choice(words))

    return generate


SURROGATE_GENERATORS: dict[str, Generator] = {
    "PERSON": person,
    "TITLE": title,
    "EMAIL_ADDRESS": email,
    "PHONE_NUMBER": phone_number,
    "CREDIT_CARD": credit_card,
    "IBAN_CODE": iban,
    "US_SSN": us_ssn,
    "DATE_TIME": date_time,
    "LOCATION": location,
    "POSTAL_CODE": postal_code,
    "IP_ADDRESS": ip_address,
    "URL": url,
    "AGE": age,
    "CARD_EXPIRY": card_expiry,
    "MAC_ADDRESS": lambda value, rng, fake: random_hex_like(value, rng),
    "USERNAME": username,
    "GPS_COORDINATES": gps_coordinates,
    "VIN": vin,
    "ABA_ROUTING_NUMBER": aba_routing_number,
    "DEVICE_ID": device_id,
    "ORGANIZATION": lambda value, rng, fake: fake.company(),
    "JOB_TITLE": lambda value, rng, fake: match_case(value, fake.job()),
    "NRP": _choice(vocab.NRP),
    "MEDICAL_CONDITION": _choice(vocab.MEDICAL_CONDITION),
    "MEDICATION": _choice(vocab.MEDICATION),
}


def make_surrogate(value: str, entity_type: str, *, key: str | bytes | None = None,
                   locale: str = DEFAULT_LOCALE) -> str:
    """A fake value for `value` of `entity_type`: the same output for the same (key, type, value).

    Unknown types get a look-alike (letters -> letters, digits -> digits, separators kept).
    The result never equals the input (ignoring case) unless eight seeded attempts all did.
    """
    generate = SURROGATE_GENERATORS.get(entity_type, lambda v, rng, fake: random_like(v, rng))
    fake = faker_for(locale)
    surrogate = value
    for attempt in range(_MAX_ATTEMPTS):
        rng = random.Random(keyed_seed(key, entity_type, value, attempt))
        with _FAKER_LOCK:
            fake.seed_instance(rng.getrandbits(64))
            surrogate = generate(value, rng, fake)
        if surrogate.casefold() != value.casefold():
            break
    return surrogate
