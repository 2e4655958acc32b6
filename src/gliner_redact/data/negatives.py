"""Hard negatives: strings that look like PII but are not (never annotated)."""

from __future__ import annotations

import string

from .context import Context
from .lexicon.orgs import PRODUCTS, PUBLIC_INSTITUTIONS, SERVICES
from .values.finance import amount

_HEX = "0123456789abcdef"


def order_number(ctx: Context) -> str:
    """An order number."""
    return ctx.shape(
        ctx.choice(
            (
                "ORD-####-#####",
                "#########",
                "A-#####",
                "SO######",
                "PO-######",
                "#@@-####-###",
                "ORD#######",
                "WEB-######",
            )
        )
    )


def invoice_number(ctx: Context) -> str:
    """An invoice number."""
    return ctx.shape(
        ctx.choice(
            (
                f"INV-{ctx.now.year}-#####",
                "INV######",
                f"{ctx.now.year}/####",
                "F-######",
                "RE-#####",
                "#####-@",
                "FAC-#####",
            )
        )
    )


def ticket_number(ctx: Context) -> str:
    """A support ticket / issue number."""
    return ctx.shape(
        ctx.choice(
            (
                "TCK-######",
                "INC#######",
                "REQ-#####",
                "SR-######",
                "#######",
                "CS-#####",
                f"{ctx.choice(('OPS', 'SEC', 'PLAT', 'HELP', 'IT'))}-####",
            )
        )
    )


def case_number(ctx: Context) -> str:
    """A claim, case or docket number."""
    return ctx.shape(
        ctx.choice(
            (
                f"{ctx.now.year}-CV-#####",
                f"CLM-{ctx.now.year}-######",
                "CL########",
                "##-@@-####",
                f"{ctx.now.year % 100}/#####",
                "@##@@###",
                "IR-#####",
                f"CR-{ctx.now.year}-####",
            )
        )
    )


def company_number(ctx: Context) -> str:
    """A company registration number (identifies a company, not a person)."""
    return ctx.shape(
        ctx.choice(
            ("########", "0#######", "SC######", "HRB #####", "HRB ######", "KvK ########", "U#####@@####PTC######")
        )
    )


def sku(ctx: Context) -> str:
    """A product code."""
    return ctx.shape(
        ctx.choice(("SKU-#####", "####-@@@-@", "@@@-####-@@", "#######", "###-#####", "@@####@@", "ART-######"))
    )


def version(ctx: Context) -> str:
    """A version string."""
    return ctx.choice(
        (
            f"v{ctx.rng.randint(0, 9)}.{ctx.rng.randint(0, 30)}.{ctx.rng.randint(0, 99)}",
            f"{ctx.rng.randint(1, 20)}.{ctx.rng.randint(0, 9)}.{ctx.rng.randint(0, 40)}",
            f"{ctx.rng.randint(1, 5)}.{ctx.rng.randint(0, 30)}.{ctx.rng.randint(0, 9)}-rc{ctx.rng.randint(1, 5)}",
            f"{ctx.now.year}.{ctx.rng.randint(1, 12):02d}.{ctx.rng.randint(0, 9)}",
            f"v{ctx.rng.randint(1, 4)}.{ctx.rng.randint(0, 9)}",
        )
    )


def build_number(ctx: Context) -> str:
    """A CI build identifier."""
    return ctx.choice(
        (
            f"#{ctx.rng.randint(100, 99999)}",
            f"{ctx.now.year}{ctx.rng.randint(1, 12):02d}{ctx.rng.randint(1, 28):02d}." f"{ctx.rng.randint(1, 20)}",
            f"build-{ctx.rng.randint(1000, 9999)}",
            f"b{ctx.rng.randint(100, 9999)}",
        )
    )


def commit_hash(ctx: Context) -> str:
    """A git commit hash (short or full)."""
    n = ctx.choice((7, 7, 8, 12, 40))
    return "".join(ctx.choice(_HEX) for _ in range(n))


def request_id(ctx: Context) -> str:
    """A request / trace / correlation id (a UUID or hex string)."""
    if ctx.chance(0.6):
        return "-".join("".join(ctx.choice(_HEX) for _ in range(k)) for k in (8, 4, 4, 4, 12))
    return "".join(ctx.choice(_HEX) for _ in range(ctx.choice((16, 24, 32))))


def http_status(ctx: Context) -> str:
    """An HTTP status code."""
    return ctx.choice(
        (
            "200",
            "201",
            "204",
            "301",
            "302",
            "304",
            "400",
            "401",
            "403",
            "404",
            "409",
            "422",
            "429",
            "500",
            "502",
            "503",
            "504",
        )
    )


def tracking_number(ctx: Context) -> str:
    """A parcel tracking number."""
    return ctx.shape(
        ctx.choice(("1Z###@@#########", "@@#########GB", "##########", "JD###############", "@@#########DE"))
    )


def error_code(ctx: Context) -> str:
    """An application error code."""
    return ctx.shape(ctx.choice(("ERR-####", "E####", "0x8007####", "ORA-#####", "AUTH_###", "SQLSTATE #####")))


def price(ctx: Context) -> str:
    """A price or amount."""
    return amount(ctx, 1, 3000)


def product(ctx: Context) -> str:
    """A product or software name."""
    return ctx.choice(PRODUCTS)


def agency(ctx: Context) -> str:
    """A public institution mentioned generically."""
    names = PUBLIC_INSTITUTIONS.get(ctx.loc.code, ()) + PUBLIC_INSTITUTIONS["any"]
    if ctx.language == "en":
        names = tuple(n for n in names if n[:1].isupper() or n.startswith("the "))
    return ctx.choice(names)


def service(ctx: Context) -> str:
    """An internal service name."""
    return ctx.choice(SERVICES)


def port(ctx: Context) -> str:
    """A network port."""
    return ctx.choice(("22", "80", "443", "3306", "5432", "6379", "8080", "8443", "9092", "27017"))


def percent(ctx: Context) -> str:
    """A percentage."""
    return f"{ctx.rng.randint(2, 95)}%"


def millis(ctx: Context) -> str:
    """A latency."""
    return ctx.choice(
        (f"{ctx.rng.randint(20, 4000)} ms", f"{ctx.rng.randint(20, 4000)}ms", f"{ctx.rng.randint(1, 30)}s")
    )


def size(ctx: Context) -> str:
    """A data size."""
    return ctx.choice(
        (f"{ctx.rng.randint(1, 900)} GB", f"{ctx.rng.randint(1, 900)} MB", f"{ctx.rng.randint(1, 20)} TB")
    )


def room(ctx: Context) -> str:
    """A meeting room or office location inside a building."""
    return ctx.choice(
        (
            f"Room {ctx.rng.randint(1, 9)}.{ctx.rng.randint(1, 40):02d}",
            f"Meeting Room {ctx.choice(string.ascii_uppercase[:6])}",
            f"Level {ctx.rng.randint(1, 30)}",
            f"Floor {ctx.rng.randint(1, 12)}",
            f"Building {ctx.choice('ABCD')}",
            "the boardroom",
            "the training room",
        )
    )
