"""Health identifiers, conditions and medications."""

from __future__ import annotations

from .. import checksums as cs
from ..context import Context
from ..lexicon.health import CONDITIONS, MEDICATIONS


def mrn(ctx: Context) -> str:
    """A medical record / hospital number."""
    return ctx.shape(
        ctx.choice(
            (
                "########",
                "#######",
                "MRN#######",
                "H########",
                "##-##-####",
                "RX######",
                "###-###-###",
                "00#######",
                "@@######",
                "P#########",
                "#### ####",
            )
        )
    )


def nhs_number(ctx: Context) -> str:
    """A UK NHS number with a valid mod-11 check digit."""
    while True:
        first9 = ctx.digits(9, True)
        check = cs.nhs_check_digit(first9)
        if check is not None:
            n = first9 + check
            return ctx.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))


def health_insurance_id(ctx: Context) -> str:
    """A health insurance member / card number in the locale's shape."""
    code = ctx.loc.code
    if code == "en_US":
        return ctx.shape(
            ctx.choice(("@@@#########", "W#########", "#@@#-@@#-@@##", "@@@@#######", "ZGP#########", "XEH#########"))
        )
    if code == "en_GB":
        return nhs_number(ctx) if ctx.chance(0.75) else ctx.shape("@@######")
    if code == "en_CA":
        return ctx.shape(ctx.choice(("####-###-###-@@", "#### ### ### @@", "@@@@ #### ####", "#########")))
    if code == "en_AU":
        d = str(ctx.rng.randint(2, 6)) + ctx.digits(9)
        return ctx.choice((f"{d[:4]} {d[4:9]} {d[9]}", d))
    if code == "en_IN":
        return ctx.shape(ctx.choice(("##-####-####-####", "##############")))
    if code == "de_DE":
        return ctx.shape("@#########")
    if code == "fr_FR":
        return ctx.shape(ctx.choice(("#########", "@@#######")))
    if code == "es_ES":
        return ctx.shape(ctx.choice(("@@@@##########", "@@@@###########@")))
    if code == "it_IT":
        return "80380" + ctx.digits(15)
    if code == "nl_NL":
        return ctx.digits(9, True)
    d = ctx.choice("7812") + ctx.digits(14)
    return f"{d[:3]} {d[3:7]} {d[7:11]} {d[11:]}" if ctx.chance(0.6) else d


def condition(ctx: Context) -> str:
    """A diagnosis, disease, disorder or injury."""
    return ctx.choice(CONDITIONS)


def medication(ctx: Context) -> str:
    """A drug name (generic or a brand sold in the locale)."""
    local = MEDICATIONS.get(ctx.loc.code, ())
    if local and ctx.chance(0.3):
        return ctx.choice(local)
    return ctx.choice(MEDICATIONS["common"])
