"""Addresses in each locale's layout (one-line and multi-line), split into annotated parts; GPS coordinates."""

from __future__ import annotations

from dataclasses import dataclass

from ..builder import Piece, Pii
from ..context import Context, Person
from ..lexicon.places import (
    COUNTRIES,
    COUNTRY_NAMES_LOCAL,
    DEVELOPMENTS,
    ESTATES,
    HOUSE_NAMES,
    STREETS,
    STREETS_LOCAL,
    City,
)

_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_US_DIRECTIONS = ("N.", "S.", "E.", "W.", "N", "S", "E", "W", "North", "West")
_CA_QUADRANTS = ("SW", "NW", "SE", "NE")
_ABBREVIATED = (" Dr", " St", " Ave", " Blvd", " Rd", " Ln", " Ct", " Pkwy")


@dataclass(frozen=True)
class Address:
    """The parts of one postal address."""

    street: str
    city: City
    postcode: str
    country: str


def postcode(ctx: Context, city: City) -> str:
    """A postcode shaped like the city's real ones."""
    code = ctx.shape(city.postcode)
    if ctx.loc.code == "en_GB":
        code = code[:-2] + ctx.choice(_GB_INWARD) + ctx.choice(_GB_INWARD)
    if ctx.loc.code == "en_CA":
        code = "".join(ch if ch not in "DFIOQU" else "X" for ch in code)
    if ctx.loc.code == "en_US" and ctx.chance(0.12):
        code += "-" + ctx.digits(4)
    return code


def ordinal(n: int) -> str:
    """An English ordinal: 1st, 2nd, 3rd, 11th, 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def street_name(ctx: Context) -> str:
    """A street name in the locale's style."""
    local = STREETS_LOCAL.get(ctx.loc.code)
    if local and ctx.chance(0.3):
        stems, patterns = local
        return ctx.choice(patterns).format(ctx.choice(stems))
    if ctx.loc.language in ("de", "fr", "es", "it") and ctx.chance(0.3):
        return ctx.fake.street_name()
    stems, patterns = STREETS[ctx.loc.street_key]
    return ctx.choice(patterns).format(ctx.choice(stems))


def street_address(ctx: Context) -> str:
    """House number, street and unit in the locale's order."""
    code = ctx.loc.code
    high = 9999 if code in ("en_US", "en_CA") else 450
    n = str(ctx.rng.choice((ctx.rng.randint(1, 99), ctx.rng.randint(1, 99), ctx.rng.randint(100, high))))
    street = street_name(ctx)
    if code in ("en_US", "en_CA"):
        if code == "en_CA" and ctx.chance(0.15):
            rue = ctx.choice(("Saint-Denis", "Sherbrooke Ouest", "Sainte-Catherine", "Laurier", "Principale"))
            return f"{n} rue {rue}"
        if code == "en_CA" and ctx.chance(0.08):
            dash = ctx.choice((" – ", " - ", " "))
            street = f"{ordinal(ctx.rng.randint(1, 40))} {ctx.choice(('Avenue', 'Street', 'Ave', 'St'))}"
            return f"{ctx.rng.randint(100, 9999)}{dash}{street} {ctx.choice(_CA_QUADRANTS)}"
        if code == "en_US" and ctx.chance(0.06):
            street = f"{ordinal(ctx.rng.randint(1, 60))} {ctx.choice(('Street', 'Avenue', 'St', 'Ave'))}"
        if code == "en_US" and ctx.chance(0.15):
            street = f"{ctx.choice(_US_DIRECTIONS)} {street}"
        unit = ctx.weighted(
            (
                "",
                f", Apt {ctx.rng.randint(1, 30)}{ctx.choice(('', 'A', 'B', 'C'))}",
                f" Suite {ctx.rng.randint(100, 999)}",
                f", Suite {ctx.rng.randint(100, 2400)}",
                f", Unit {ctx.rng.randint(1, 40)}",
                f" #{ctx.rng.randint(1, 400)}",
                f"{ctx.rng.randint(1, 30)}-",
            ),
            (0.6, 0.12, 0.06, 0.04, 0.08, 0.06, 0.06),
        )
        if unit.startswith(",") and street.endswith(_ABBREVIATED) and ctx.chance(0.4):
            street += "."
        base = f"{ctx.rng.randint(10, 9999)} {street}"
        return unit + base if unit.endswith("-") else base + unit
    if code == "en_GB":
        base = f"{n} {street}"
        return ctx.weighted(
            (
                base,
                f"Flat {ctx.rng.randint(1, 40)}, {base}",
                f"{ctx.rng.randint(1, 9)}{ctx.choice('ABC')} {street}",
                f"{ctx.choice(('Rose', 'Ivy', 'Holly', 'Orchard', 'Mill'))} Cottage, {street}",
                f"Apartment {ctx.rng.randint(1, 120)}, {ctx.choice(('Albion', 'Century', 'Kings'))} House, {base}",
                f"{ctx.choice(HOUSE_NAMES)}, {street}",
                f"{ctx.choice(('Apt', 'Flat'))} {ctx.rng.randint(1, 60)}, {ctx.choice(DEVELOPMENTS)}, {street}",
                f"Unit {ctx.rng.randint(1, 40)}{ctx.choice(('', '', 'A', 'B'))}, {ctx.choice(ESTATES)}",
            ),
            (0.6, 0.2, 0.06, 0.06, 0.08, 0.05, 0.05, 0.04),
        )
    if code == "en_AU":
        base = f"{n} {street}"
        return ctx.weighted(
            (
                base,
                f"{ctx.rng.randint(1, 40)}/{base}",
                f"Unit {ctx.rng.randint(1, 40)}, {base}",
                f"PO Box {ctx.rng.randint(100, 9999)}",
            ),
            (0.6, 0.2, 0.15, 0.05),
        )
    if code == "en_IN":
        return ctx.weighted(
            (
                f"{n}, {street}",
                f"Flat {ctx.rng.randint(101, 1204)}, {ctx.choice(('Sai', 'Shanti', 'Green', 'Lake', 'Royal'))} "
                f"{ctx.choice(('Residency', 'Apartments', 'Towers', 'Heights', 'Enclave'))}, {street}",
                f"House No. {n}, Sector {ctx.rng.randint(1, 80)}",
                f"Plot {n}, {street}",
                f"{ctx.rng.randint(1, 40)}/{n}, {street}",
                f"Survey No. {n}, {street}",
                street,
            ),
            (0.35, 0.3, 0.15, 0.1, 0.1, 0.06, 0.04),
        )
    if code == "de_DE":
        return f"{street} {n}{ctx.choice(('', '', '', 'a', 'b'))}"
    if code == "fr_FR":
        return ctx.weighted(
            (
                f"{n} {street}",
                f"{n} bis {street}",
                f"{n}, {street}",
                f"Bâtiment {ctx.choice('ABC')}, {n} {street}",
                f"Appartement {ctx.rng.randint(1, 60)}, {n} {street}",
            ),
            (0.6, 0.08, 0.16, 0.08, 0.08),
        )
    if code == "es_ES":
        k = ctx.rng.randint(1, 9)
        floor = ctx.weighted(
            (
                f"{k}º {ctx.choice(('A', 'B', 'C', 'D', 'izda', 'dcha', '1ª', '2ª'))}",
                f"{k}.º",
                f"{k}.º {ctx.choice(('A', 'B', 'C', 'D', 'izda', 'dcha', 'izq', '1.ª', '2.ª'))}",
                ctx.choice(("bajo", "bajo A", "ático", "entresuelo")),
            ),
            (0.55, 0.15, 0.25, 0.05),
        )
        return ctx.weighted(
            (f"{street}, {n}", f"{street}, {n}, {floor}", f"{street} {n}, {floor}", f"{street} {n}"),
            (0.3, 0.35, 0.2, 0.15),
        )
    if code == "it_IT":
        return ctx.weighted(
            (
                f"{street} {n}",
                f"{street}, {n}",
                f"{street} {n}/{ctx.choice('ABC')}",
                f"{street} {n}, int. {ctx.rng.randint(1, 20)}",
            ),
            (0.45, 0.3, 0.1, 0.15),
        )
    if code == "nl_NL":
        return ctx.weighted(
            (
                f"{street} {n}",
                f"{street} {n}{ctx.choice('ABC')}",
                f"{street} {n}-{ctx.choice(('I', 'II', 'III', 'hs'))}",
                f"{street} {n} {ctx.choice(('bis', 'A', 'B'))}",
            ),
            (0.55, 0.2, 0.15, 0.1),
        )
    # pt_BR
    return ctx.weighted(
        (
            f"{street}, {n}",
            f"{street}, {n}, Apto {ctx.rng.randint(11, 1804)}",
            f"{street}, {n} - Sala {ctx.rng.randint(1, 1200)}",
            f"{street}, {n}, Bloco {ctx.choice('ABC')}, Apto {ctx.rng.randint(11, 504)}",
            f"{street}, {n}, casa {ctx.rng.randint(1, 12)}",
            f"{street}, {n}, {ctx.choice(('apto', 'apto.', 'ap.'))} {ctx.rng.randint(11, 1804)}",
        ),
        (0.4, 0.35, 0.1, 0.15, 0.06, 0.06),
    )


def country_name(ctx: Context, local: bool = True) -> str:
    """The locale's country as written in addresses, or another country."""
    if local:
        names = COUNTRY_NAMES_LOCAL[ctx.loc.code]
        return names[0] if ctx.language == "en" and ctx.chance(0.7) else ctx.choice(names)
    return ctx.choice(tuple(COUNTRIES))


def city_name(ctx: Context, city: City) -> str:
    """The city as written in the document's language."""
    if city.english and ctx.language == "en" and ctx.chance(0.6):
        return city.english
    return city.name


def new_address(ctx: Context) -> Address:
    """A fresh address in the document's locale."""
    city = ctx.choice(ctx.loc.cities)
    return Address(street_address(ctx), city, postcode(ctx, city), country_name(ctx))


def address_of(ctx: Context, person: Person) -> Address:
    """The person's address (fixed for the document)."""
    if "address" not in person.memo:
        person.memo["address"] = new_address(ctx)
    return person.memo["address"]  # type: ignore[return-value]


def address_pieces(
    ctx: Context,
    addr: Address | None = None,
    *,
    multiline: bool | None = None,
    country: bool | None = None,
    indent: str = "",
) -> list[Piece]:
    """The address laid out as the locale writes it, every part a separate span."""
    addr = addr or new_address(ctx)
    if multiline is None:
        multiline = ctx.chance(0.5)
    if country is None:
        country = ctx.maybe("country", 0.3)
    code = ctx.loc.code
    city = addr.city
    cname = city_name(ctx, city)
    if ctx.chance(0.12) and code in ("fr_FR", "en_AU", "en_GB"):
        cname = cname.upper()
    st, ci = Pii("street_address", addr.street), Pii("city", cname)
    pc: Piece = Pii("postal_code", addr.postcode) if multiline or ctx.maybe("postal_code", 0.85) else None
    abbr = city.region_abbr if city.region_abbr and not city.region_abbr.isdigit() else ""
    rg = Pii("region", abbr if abbr and ctx.chance(0.7) else city.region)
    with_region = ctx.maybe("region", 0.55)
    if code in ("en_US", "en_CA", "en_AU"):
        region = Pii("region", abbr or city.region) if ctx.chance(0.8) else rg
        sep = "  " if code == "en_CA" and ctx.chance(0.3) else " "
        lines = [[st], [ci, ", " if code != "en_AU" else " ", region, sep, pc]]
    elif code == "en_GB":
        lines = (
            [[st], [ci]] + ([[Pii("region", city.region)]] if with_region and city.region != city.name else []) + [[pc]]
        )
        if not multiline and ctx.chance(0.5):
            lines = [[st], [ci, " ", pc]]
    elif code == "en_IN":
        lines = [[st], [ci, ctx.choice((" - ", ", ", " ")), pc], [Pii("region", city.region)]]
        if ctx.chance(0.5):
            lines = [[st], [ci, ", ", Pii("region", city.region), " ", pc]]
    elif code in ("de_DE", "fr_FR", "nl_NL"):
        lines = [[st], [pc, " " if code != "nl_NL" else ctx.choice((" ", "  ")), ci]]
        if with_region and code != "fr_FR":
            lines[1] += [" (", Pii("region", city.region), ")"] if ctx.chance(0.5) else []
    elif code == "es_ES":
        lines = [[st], [pc, " ", ci]]
        if with_region and city.region != city.name:
            lines[1] += [" (", Pii("region", city.region), ")"]
    elif code == "it_IT":
        lines = [[st], [pc, " ", ci] + ([" ", Pii("region", city.region_abbr)] if with_region else [])]
        if with_region and ctx.chance(0.3):
            lines[1] = [pc, " ", ci, " (", Pii("region", city.region_abbr), ")"]
    else:  # pt_BR
        lines = [[st], [ci, " - ", Pii("region", city.region_abbr)], [ctx.choice(("CEP ", "CEP: ", "")), pc]]
        if not multiline:
            lines = [[st], [ci, " - ", Pii("region", city.region_abbr), ", ", pc]]
    if country:
        lines.append([Pii("country", addr.country)])
    lines = [cleaned for cleaned in (_clean(line) for line in lines) if cleaned]
    if multiline:
        out: list[Piece] = []
        for i, line in enumerate(lines):
            out.extend(([f"\n{indent}"] if i else []) + line)
        return out
    out = []
    for i, line in enumerate(lines):
        out.extend(([", "] if i else []) + line)
    return out


def _clean(line: list[Piece]) -> list[Piece]:
    """The line without missing parts and without separators left dangling at either end."""
    parts = [p for p in line if p is not None and p != ""]

    def dangling(p: Piece) -> bool:
        if not isinstance(p, str) or p == ")":
            return False
        return not any(ch.isalnum() for ch in p) or p.strip() in ("CEP", "CEP:")

    while parts and dangling(parts[-1]):
        parts.pop()
    while parts and dangling(parts[0]):
        parts.pop(0)
    return parts


def near(ctx: Context, city: City) -> tuple[float, float]:
    """A (latitude, longitude) point within about 9 km of `city`."""
    return city.lat + ctx.rng.uniform(-0.08, 0.08), city.lon + ctx.rng.uniform(-0.08, 0.08)


def gps(ctx: Context, city: City | None = None) -> str:
    """Coordinates near a real city, in decimal or degrees-minutes-seconds form."""
    lat, lon = near(ctx, city or ctx.choice(ctx.loc.cities))
    places = ctx.choice((4, 5, 6))
    style = ctx.weighted(("decimal", "compact", "hemisphere", "dms"), (0.45, 0.2, 0.2, 0.15))
    if style == "decimal":
        return f"{lat:.{places}f}, {lon:.{places}f}"
    if style == "compact":
        return f"{lat:.{places}f},{lon:.{places}f}"
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    if style == "hemisphere":
        return f"{abs(lat):.{places}f}° {ns}, {abs(lon):.{places}f}° {ew}"

    def dms(x: float) -> str:
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        s = (x - d - m / 60) * 3600
        return f"{d}°{m:02d}'{s:04.1f}\""

    return f"{dms(lat)}{ns} {dms(lon)}{ew}"
