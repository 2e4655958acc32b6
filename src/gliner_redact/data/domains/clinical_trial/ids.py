"""Identifier makers of a trial: protocol and registry numbers, site codes, subject and screening numbers,
randomisation and kit numbers, each in one of several real-world shapes."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from ...context import Context

if TYPE_CHECKING:
    from .trial import Site, Subject, Trial


def letters(ctx: Context, n: int) -> str:
    """`n` random capital letters."""
    return "".join(ctx.choice(string.ascii_uppercase) for _ in range(n))


def protocol_number(ctx: Context, prefix: str) -> str:
    """A sponsor protocol number: ABC-301-2023, MK-3475-522, BP41234, CLNP023A12301, D8850C00003, ..."""
    year = ctx.now.year - ctx.rng.randint(0, 4)
    n3 = ctx.rng.randint(101, 499)
    return ctx.choice(
        (
            f"{prefix}-{n3}-{year}",
            f"{prefix}-{ctx.digits(4, True)}-{ctx.rng.randint(1, 799):03d}",
            f"{prefix}{ctx.digits(4, True)}-{n3}",
            f"{prefix}-{n3}",
            f"{letters(ctx, 2)}{ctx.digits(5, True)}",
            f"C{prefix[:3].ljust(3, 'X')}{ctx.digits(3)}{ctx.choice('ABCD')}{ctx.digits(5, True)}",
            f"D{ctx.digits(4, True)}C{ctx.digits(5)}",
            f"{prefix}/{n3}/{year % 100:02d}",
            f"{prefix}{ctx.digits(3, True)}-{ctx.rng.randint(1, 40):02d}",
        )
    )


def nct_number(ctx: Context) -> str:
    """A ClinicalTrials.gov identifier."""
    return f"NCT0{ctx.rng.randint(1, 6)}{ctx.digits(6)}"


def eudract_number(ctx: Context) -> str:
    """A EudraCT number (year-sequence-check)."""
    return f"{ctx.now.year - ctx.rng.randint(1, 6)}-{ctx.digits(6)}-{ctx.digits(2)}"


def eu_ct_number(ctx: Context) -> str:
    """An EU CT number under the Clinical Trials Regulation."""
    return f"{ctx.now.year - ctx.rng.randint(0, 2)}-5{ctx.digits(5)}-{ctx.digits(2)}-00"


def site_code(ctx: Context, style: str, country_code: str, n: int) -> tuple[str, str]:
    """(site code as written, its digits) in the trial's style."""
    if style == "num3":
        d = str(100 + n)
        return d, d
    if style == "num4":
        d = f"{ctx.rng.randint(1, 9):02d}{n % 100:02d}"
        return d, d
    if style == "cc_dash":
        d = f"{n:03d}"
        return f"{country_code}-{d}", d
    if style == "cc":
        d = f"{n:03d}"
        return f"{country_code}{d}", d
    d = f"{n:02d}"
    return d, d


def subject_id(trial: Trial, site: Site, n: int) -> str:
    """Participant `n` of `site` in the trial's subject-number format (101-0042, S-03-117, SUBJ-0001-23, ...)."""
    sd = site.digits
    style = trial.styles["subject"]
    if style == "site_n4":
        return f"{sd}-{n:04d}"
    if style == "site_n3":
        return f"{sd}-{n:03d}"
    if style == "s_dash":
        return f"S-{sd[-2:]}-{n:03d}"
    if style == "subj":
        return f"SUBJ-{n:04d}-{sd[-2:]}"
    if style == "concat":
        return f"{sd}{n:03d}"
    if style == "e_prefix":
        return f"E{sd}-{n:03d}"
    return f"P{sd}{n:04d}"


def screening_no(trial: Trial, site: Site, n: int) -> str:
    """Participant `n`'s screening number (SCR-104-012, S104012, 104-S12)."""
    style = trial.styles["screening"]
    if style == "scr":
        return f"SCR-{site.digits}-{n:03d}"
    if style == "s":
        return f"S{site.digits}{n:03d}"
    return f"{site.digits}-S{n:02d}"


def rand_no(ctx: Context, trial: Trial) -> str:
    """The next randomisation number in the trial's format (R1043, RND-01043, R-01043, RN001043, 1043)."""
    trial.next_rand = trial.next_rand or ctx.rng.randint(1000, 8000)
    trial.next_rand += ctx.rng.randint(1, 9)
    n = trial.next_rand
    style = trial.styles["rand"]
    if style == "r":
        return f"R{n:04d}"
    if style == "rnd":
        return f"RND-{n:05d}"
    if style == "r_dash":
        return f"R-{n:05d}"
    if style == "rn":
        return f"RN{n:06d}"
    return f"{n:04d}"


def new_kit(ctx: Context, trial: Trial) -> str:
    """A fresh kit / medication number in the trial's format."""
    trial.next_kit = trial.next_kit or ctx.rng.randint(10000, 90000)
    trial.next_kit += ctx.rng.randint(1, 40)
    n = trial.next_kit
    style = trial.styles["kit"]
    if style == "kit":
        return f"KIT-{n:05d}"
    if style == "k":
        return f"K{n:06d}"
    if style == "med":
        return f"MED-{n:05d}"
    return f"{n:06d}"


def usubjid(trial: Trial, subject: Subject) -> str:
    """The SDTM unique subject id: protocol and subject joined by hyphens (one word for the model's splitter)."""
    proto = "".join(ch if ch.isalnum() else "-" for ch in trial.protocol)
    return f"{proto}-{subject.sid}"
