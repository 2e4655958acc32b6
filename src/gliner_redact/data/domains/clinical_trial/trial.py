"""A trial per document: sponsor, protocol and registry numbers, sites with staff, participants, and formats that stay
fixed within the document; the site and participant a writer is talking about.

Writers keep the site and participant they are talking about in `ctx.memo["site"]` / `ctx.memo["subject"]`; the
template slots (`slots.py`) read them.
"""

from __future__ import annotations

import datetime as dt
import string
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from ...builder import Piece, Pii
from ...context import Context, Person
from ...lexicon.orgs import LEGAL_SUFFIXES, ORG_TECH_ROOTS, ORG_WORDS
from ...locales import LOCALE_SPECS, LOCALES
from ...values import contact, identity, location, timefmt
from . import lexicon as lx
from .ids import (
    eu_ct_number,
    eudract_number,
    letters,
    nct_number,
    new_kit,
    protocol_number,
    rand_no,
    screening_no,
    site_code,
    subject_id,
)


@dataclass
class Site:
    """A trial site: its number as written, institution, place, investigator and staff."""

    code: str
    digits: str
    locale: str
    org: str
    city: str
    country: str
    pi: Person
    staff: list[tuple[Person, str]]
    phone: str
    next_subject: int = 1


@dataclass
class Subject:
    """A trial participant, known by identifiers rather than by name."""

    sid: str
    site: Site
    screening_no: str
    sex: str
    dob: dt.date
    initials: str
    rand_no: str = ""
    kits: list[str] = field(default_factory=list)
    aes: list[str] = field(default_factory=list)


@dataclass
class Trial:
    """One clinical trial and the formats its documents use."""

    protocol: str
    registry: list[tuple[str, str]]
    sponsor: str
    cro: str
    drug: str
    compound: str
    comparator: str
    indication: str
    phase: str
    design: str
    version: str
    sites: list[Site]
    cra: Person
    monitor: Person
    styles: dict[str, str]
    subjects: list[Subject] = field(default_factory=list)
    next_rand: int = 0
    next_kit: int = 0

    @property
    def title(self) -> str:
        """The study's official title (generic: no participant data)."""
        return f"A {self.phase}, {self.design} study of {self.drug} in adults with {self.indication}"


@contextmanager
def in_locale(ctx: Context, locale: str) -> Iterator[None]:
    """Make values (names, phones, cities, hospitals) in another locale for a while."""
    saved = ctx.loc, ctx.fake
    ctx.fake = ctx.faker_for(locale)
    ctx.loc = LOCALE_SPECS[locale]
    try:
        yield
    finally:
        ctx.loc, ctx.fake = saved


# trial set-up --------------------------------------------------------------------------------------------------------
_NOT_A_SITE = (
    "Dental",
    "Praxis",
    "Surgery",
    "Physio",
    "Family Practice",
    "Cabinet",
    "Studio",
    "Huisarts",
    "Urgent",
    "Eye",
)


def site_institution(ctx: Context) -> str:
    """A hospital or research clinic of the current locale (no dental practices or GP surgeries)."""
    name = identity.organization(ctx, "hospital")
    for _ in range(8):
        if not any(word in name for word in _NOT_A_SITE):
            break
        name = identity.organization(ctx, "hospital")
    return name


def sponsor_name(ctx: Context) -> str:
    """A pharmaceutical or biotech company."""
    word = (
        ctx.choice(ORG_WORDS)
        if ctx.chance(0.6)
        else ctx.choice(ORG_TECH_ROOTS) + ctx.choice(("a", "ix", "is", "on", "ene", "ia"))
    )
    return f"{word} {ctx.choice(lx.PHARMA_WORDS)}" + (
        f" {ctx.choice(LEGAL_SUFFIXES[ctx.loc.code])}" if ctx.chance(0.6) else ""
    )


def cro_name(ctx: Context) -> str:
    """A contract research organisation."""
    word = ctx.choice(ORG_WORDS)
    return ctx.choice(
        (
            f"{word} Clinical Research",
            f"{word} CRO",
            f"{word} Research Services",
            f"{word} Clinical",
            f"{identity.ascii_fold(ctx.fake.last_name().split()[0])} Clinical Research",
        )
    ) + (f" {ctx.choice(LEGAL_SUFFIXES[ctx.loc.code])}" if ctx.chance(0.5) else "")


def _new_site(ctx: Context, style: str, n: int, locale: str) -> Site:
    with in_locale(ctx, locale):
        code, digits = site_code(ctx, style, LOCALE_SPECS[locale].country_code, n)
        city = ctx.choice(ctx.loc.cities)
        org = site_institution(ctx)
        pi = identity.new_person(ctx, foreign_p=0.05)
        pi.memo["job"] = "Principal Investigator"
        staff = [
            (identity.new_person(ctx, foreign_p=0.05), ctx.choice(lx.ROLES[1:6])) for _ in range(ctx.rng.randint(1, 3))
        ]
        for person, role in staff:
            person.memo["job"] = role
        return Site(
            code=code,
            digits=digits,
            locale=locale,
            org=org,
            city=location.city_name(ctx, city),
            country=location.country_name(ctx),
            pi=pi,
            staff=staff,
            phone=contact.phone(ctx),
            next_subject=ctx.rng.randint(1, 40),
        )


def new_trial(ctx: Context, *, n_sites: int | None = None) -> Trial:
    """A trial whose first site is in the document's locale; others may be abroad."""
    prefix = ctx.choice(lx.COMPOUND_PREFIXES) if ctx.chance(0.6) else letters(ctx, ctx.rng.randint(2, 4))
    site_style = ctx.weighted(("num3", "num4", "cc_dash", "cc", "num2"), (0.4, 0.2, 0.17, 0.13, 0.1))
    styles = {
        "site": site_style,
        "subject": ctx.choice(("site_n4", "site_n3", "s_dash", "subj", "concat", "e_prefix", "p")),
        "screening": ctx.choice(("scr", "s", "site_s")),
        "rand": ctx.weighted(("r", "rnd", "r_dash", "rn", "digits"), (0.3, 0.2, 0.15, 0.15, 0.2)),
        "kit": ctx.choice(("kit", "k", "med", "digits")),
        "spelling": "us" if ctx.loc.code == "en_US" or ctx.chance(0.25) else "uk",
        "crf_date": ctx.choice(("dash_mon", "dash_mon", "iso", "numeric")),
    }
    registry: list[tuple[str, str]] = []
    if ctx.chance(0.6):
        registry.append(
            (ctx.choice(("ClinicalTrials.gov", "NCT number", "ClinicalTrials.gov ID", "NCT")), nct_number(ctx))
        )
    if ctx.chance(0.4):
        if ctx.chance(0.5):
            registry.append((ctx.choice(("EudraCT", "EudraCT No.", "EudraCT number")), eudract_number(ctx)))
        else:
            registry.append((ctx.choice(("EU CT number", "EU CT No.", "EU trial number")), eu_ct_number(ctx)))
    n_sites = n_sites or ctx.rng.randint(1, 6)
    numbers = ctx.sample(range(1, 99), n_sites)
    locales = [ctx.loc.code] + [ctx.loc.code if ctx.chance(0.4) else ctx.choice(LOCALES) for _ in range(n_sites - 1)]
    sites = [_new_site(ctx, site_style, n, loc) for n, loc in zip(numbers, locales, strict=True)]
    compound = ctx.choice(
        (f"{prefix}{ctx.digits(4, True)}", f"{prefix}-{ctx.digits(4, True)}", f"{prefix}-{ctx.digits(3, True)}")
    )
    major = ctx.rng.randint(1, 6)
    return Trial(
        protocol=protocol_number(ctx, prefix),
        registry=registry,
        sponsor=sponsor_name(ctx),
        cro=cro_name(ctx),
        drug=ctx.choice(lx.STUDY_DRUGS),
        compound=compound,
        comparator=ctx.choice(lx.COMPARATORS),
        indication=ctx.choice(lx.INDICATIONS),
        phase=ctx.choice(lx.PHASES),
        design=ctx.choice(lx.DESIGNS),
        version=ctx.choice((f"v{major}.0", f"Version {major}.{ctx.rng.randint(0, 2)}", f"Amendment {major}")),
        sites=sites,
        cra=identity.new_person(ctx),
        monitor=identity.new_person(ctx),
        styles=styles,
    )


def new_subject(ctx: Context, trial: Trial, site: Site | None = None, *, randomised: bool = True) -> Subject:
    """A participant at `site` (default: the current site), with a randomisation number when randomised."""
    site = site or current_site(ctx, trial)
    n = site.next_subject
    site.next_subject += ctx.rng.randint(1, 4)
    sex = ctx.choice(("f", "m"))
    dob = ctx.now - dt.timedelta(days=ctx.rng.randint(19 * 365, 84 * 365))
    initials = "".join(ctx.choice(string.ascii_uppercase) for _ in range(ctx.choice((2, 3, 3))))
    subject = Subject(
        sid=subject_id(trial, site, n),
        site=site,
        screening_no=screening_no(trial, site, n),
        sex=sex,
        dob=dob,
        initials=initials if ctx.chance(0.7) else "-".join(initials),
    )
    if randomised:
        subject.rand_no = rand_no(ctx, trial)
        subject.kits = [new_kit(ctx, trial) for _ in range(ctx.rng.randint(1, 3))]
    trial.subjects.append(subject)
    return subject


def current_site(ctx: Context, trial: Trial | None = None) -> Site:
    """The site the writer is talking about (the trial's first site until set)."""
    if "site" not in ctx.memo:
        ctx.memo["site"] = (trial or ctx.memo["trial"]).sites[0]  # type: ignore[union-attr]
    return ctx.memo["site"]  # type: ignore[return-value]


def current_subject(ctx: Context) -> Subject:
    """The participant the writer is talking about (a new one at the current site until set)."""
    if "subject" not in ctx.memo:
        ctx.memo["subject"] = new_subject(ctx, ctx.memo["trial"])  # type: ignore[arg-type]
    return ctx.memo["subject"]  # type: ignore[return-value]


def age_of(ctx: Context, subject: Subject) -> int:
    """The participant's age in years at the document date."""
    d = subject.dob
    return ctx.now.year - d.year - ((ctx.now.month, ctx.now.day) < (d.month, d.day))


def ae_term(ctx: Context, *, serious: bool = False, fresh: bool = True) -> str:
    """An adverse event term in the document's spelling, preferring terms not yet used in the document."""
    bank = lx.SERIOUS_EVENTS if serious else lx.ADVERSE_EVENTS
    used = ctx.memo.setdefault("ae_used", set())
    pool = [t for t in bank if t[0] not in used] if fresh else list(bank)  # type: ignore[operator]
    uk, us = ctx.choice(pool or bank)
    used.add(uk)  # type: ignore[union-attr]
    trial: Trial = ctx.memo["trial"]  # type: ignore[assignment]
    return us if trial.styles["spelling"] == "us" else uk


def person_name(ctx: Context, person: Person, *, doctor: bool = False) -> list[Piece]:
    """A staff member's name as written in trial paperwork (investigators often with "Dr.")."""
    style = ctx.choice(("full", "full", "full", "initial_last", "first_initial_last"))
    name = identity.name_of(ctx, person, style=style, title=False)
    if doctor and ctx.chance(0.6):
        return [Pii("title", ctx.choice(("Dr.", "Dr", "Prof."))), " ", *name]
    return name


def day(ctx: Context, d: dt.date, *, crf: bool = False) -> Pii:
    """A calendar date as a `date` span (CRF-style dates when `crf`)."""
    trial: Trial = ctx.memo["trial"]  # type: ignore[assignment]
    style = trial.styles["crf_date"] if crf else None
    return Pii("date", timefmt.format_date(ctx, d, style))


def past(ctx: Context, lo: int = 1, hi: int = 120) -> dt.date:
    """A date `lo`..`hi` days before the document date."""
    return ctx.now - dt.timedelta(days=ctx.rng.randint(lo, hi))


SUBJECT_WORDS = ("Subject", "subject", "Patient", "patient", "Participant", "participant", "Pt", "Subj.")
SITE_WORDS = ("Site", "site", "Centre", "Center", "Site No.", "Site #")


def site_ref(ctx: Context, site: Site) -> list[Piece]:
    """ "Site 104" with only the number annotated."""
    return [ctx.style("site_word", SITE_WORDS, stick=0.8) + " ", Pii("site_code", site.code)]


def subject_ref(ctx: Context, subject: Subject) -> list[Piece]:
    """ "Subject 101-0042" with only the identifier annotated."""
    return [ctx.style("subject_word", SUBJECT_WORDS, stick=0.7) + " ", Pii("subject_id", subject.sid)]
