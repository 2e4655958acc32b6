"""Health identifiers, conditions and medications."""

from __future__ import annotations

from .. import checksums as cs
from ..context import Context
from ..lexicon.health import (
    BODY_PARTS,
    CONDITION_ABBREVIATIONS,
    CONDITIONS,
    CONDITIONS_LOCAL,
    INJURY_PATTERNS,
    MEDICATIONS,
)


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


def injury(ctx: Context) -> str:
    """An injury with its side and body part ("laceration to the left palm")."""
    pattern = ctx.choice(INJURY_PATTERNS)
    return pattern.format(**{key: ctx.choice(options) for key, options in BODY_PARTS.items()})


def condition(ctx: Context) -> str:
    """A diagnosis, disease, disorder or injury, mostly in the document's language; in English sometimes clinical
    shorthand ("T2DM", "HTN") or an injury with its site; now and then capitalised as at the head of a list line."""
    local = CONDITIONS_LOCAL.get(ctx.language)
    if local:
        value = ctx.choice(local) if ctx.chance(0.85) else ctx.choice(CONDITIONS)
    else:
        kind = ctx.weighted(("written", "abbreviation", "injury"), (0.77, 0.15, 0.08))
        if kind == "abbreviation":
            return ctx.choice(CONDITION_ABBREVIATIONS)
        value = injury(ctx) if kind == "injury" else ctx.choice(CONDITIONS)
    if value[0].islower() and ctx.chance(0.12):
        value = value[0].upper() + value[1:]
    return value


def medication(ctx: Context) -> str:
    """A drug name (generic or a brand sold in the locale)."""
    local = MEDICATIONS.get(ctx.loc.code, ())
    if local and ctx.chance(0.3):
        return ctx.choice(local)
    return ctx.choice(MEDICATIONS["common"])
