"""Vehicle identifiers: licence plates by locale and VINs with valid check digits."""

from __future__ import annotations

from .. import checksums as cs
from ..context import Context

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"
_WMI = {
    "en_US": ("1HG", "1FA", "1G1", "1C4", "2T1", "3VW", "5YJ", "1N4", "4T1", "JTD", "KMH", "WBA"),
    "en_CA": ("2T1", "2HG", "2G1", "2FM", "1HG", "5YJ", "JTD"),
    "en_GB": ("SAL", "SAJ", "SCC", "WVW", "VF1", "WBA", "SB1"),
    "en_AU": ("6T1", "6FP", "MR0", "JTD", "KMH", "WVW"),
    "en_IN": ("MA1", "MAL", "MAT", "MB8", "MAK", "MBH"),
    "de_DE": ("WVW", "WBA", "WDB", "WDD", "WAU", "WP0", "W0L", "WF0"),
    "fr_FR": ("VF1", "VF3", "VF7", "VR1", "WVW"),
    "es_ES": ("VSS", "VS6", "VF1", "WVW", "VNK"),
    "it_IT": ("ZFA", "ZAR", "ZFF", "ZHW", "ZCF", "ZLA"),
    "nl_NL": ("XLR", "WVW", "VF1", "YV1", "WBA"),
    "pt_BR": ("9BW", "9BG", "9BD", "93H", "9BR", "8AP"),
}


def vin(ctx: Context) -> str:
    """A 17-character VIN with a valid check digit in position 9."""
    wmi = ctx.choice(_WMI[ctx.loc.code])
    vds = "".join(ctx.choice(_VIN_CHARS) for _ in range(5))
    tail = ctx.choice(_VIN_YEARS) + ctx.choice(_VIN_CHARS) + ctx.digits(6)
    draft = wmi + vds + "0" + tail
    return wmi + vds + cs.vin_check_digit(draft) + tail


def license_plate(ctx: Context) -> str:
    """A licence plate in the locale's format."""
    code = ctx.loc.code
    if code == "en_AU":
        return ctx.shape(ctx.choice(("@@@ ###", "@@ ## @@", "###-@@@", "1@@ #@@", "@@@-###")))
    if code == "en_IN":
        state = ctx.choice(("MH", "KA", "DL", "TN", "UP", "GJ", "RJ", "WB", "KL", "TS", "HR"))
        return ctx.shape(
            ctx.choice((f"{state} ## @@ ####", f"{state}-##-@@-####", f"{state}##@@####", f"{state} ## @ ####"))
        )
    if code == "en_US" and ctx.chance(0.5):
        return ctx.shape(ctx.choice(("#@@@###", "@@@-####", "@@@ ####", "###-@@@", "#@@@@##")))
    if code == "de_DE" and ctx.chance(0.5):
        return (
            ctx.choice(("B", "M", "HH", "K", "F", "S", "D", "HB", "L", "DD"))
            + "-"
            + ctx.shape(ctx.choice(("@@ ###", "@ ####", "@@ ##")))
        )
    return ctx.fake.license_plate()
