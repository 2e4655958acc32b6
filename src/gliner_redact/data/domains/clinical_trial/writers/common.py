"""Pieces shared by the trial document writers: field names, header rows, people with roles, sign-off lines."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ....builder import Piece, Pii
from ....context import Context, Person
from ....values import contact
from .. import lexicon as lx
from ..trial import Site, Subject, Trial, current_site, day, new_subject, person_name

PROTOCOL_KEYS = ("Protocol", "Protocol No.", "Protocol number", "Study", "Study No.", "Protocol ID", "Study protocol")
SITE_KEYS = (
    "Site",
    "Site No.",
    "Site number",
    "Centre",
    "Center No.",
    "Site ID",
    "Centre number",
    "Investigational site",
)
SUBJECT_KEYS = (
    "Subject",
    "Subject No.",
    "Subject ID",
    "Patient ID",
    "Participant ID",
    "Pt. No.",
    "Subject number",
    "Patient number",
)
RAND_KEYS = ("Randomisation No.", "Randomization number", "Rand #", "Rand. No.", "Treatment No.", "Randomization ID")
KIT_KEYS = ("Kit No.", "Kit number", "Medication No.", "Med ID", "Kit ID", "IP kit", "Medication kit")


def key(ctx: Context, keys: Sequence[str]) -> str:
    """A field name, kept for the whole document once chosen."""
    return ctx.style(f"key:{keys[0]}", keys)


def pick_subject(ctx: Context, trial: Trial, *, new_p: float = 0.5, site: Site | None = None) -> Subject:
    """A participant of the current site (often a new one) that later slots refer to."""
    site = site or current_site(ctx, trial)
    known = [s for s in trial.subjects if s.site is site]
    subject = ctx.choice(known) if known and not ctx.chance(new_p) else new_subject(ctx, trial, site)
    ctx.memo["subject"] = subject
    return subject


def trial_rows(
    ctx: Context,
    trial: Trial,
    *,
    site: bool = True,
    pi: float = 0.6,
    sponsor: float = 0.4,
    registry: float = 0.25,
    org: float = 0.4,
    phone: float = 0.15,
) -> list[tuple[str, Piece]]:
    """Header rows naming the protocol, maybe a registry number, the sponsor, the site and its investigator."""
    s = current_site(ctx, trial)
    rows: list[tuple[str, Piece]] = [(key(ctx, PROTOCOL_KEYS), Pii("protocol_number", trial.protocol))]
    if trial.registry and ctx.chance(registry):
        name, value = ctx.choice(trial.registry)
        rows.append((name, Pii("protocol_number", value)))
    if ctx.chance(sponsor):
        rows.append(("Sponsor", Pii("organization", trial.sponsor)))
    if site:
        value: list[Piece] = [Pii("site_code", s.code)]
        if ctx.chance(org):
            value += [ctx.choice((" - ", " / ", ", ", " – ")), Pii("organization", s.org)]
            if ctx.chance(0.4):
                value += [", ", Pii("city", s.city)]
        rows.append((key(ctx, SITE_KEYS), value))
    if ctx.chance(pi):
        rows.append(
            (
                ctx.choice(("Principal Investigator", "Investigator", "PI", "Site PI")),
                person_name(ctx, s.pi, doctor=True),
            )
        )
    if site and ctx.chance(phone):
        rows.append((ctx.choice(("Site phone", "Tel.", "Phone", "Site contact")), Pii("phone_number", s.phone)))
    return rows


def with_role(ctx: Context, person: Person, role: str, *, doctor: bool = False, org: str | None = None) -> list[Piece]:
    """ "Dr. Jane Doe, Principal Investigator (Hospital)" with name, role and organisation annotated."""
    out: list[Piece] = [person_name(ctx, person, doctor=doctor)]
    sep = ctx.style("role_sep", (", ", " - ", " (", " – "))
    out += [sep, Pii("job_title", role)]
    if sep == " (":
        out.append(")")
    if org and ctx.chance(0.5):
        out += [", ", Pii("organization", org)]
    return out


def contact_line(ctx: Context, person: Person, org: str | None, *, phone: str | None = None) -> list[Piece]:
    """Phone and/or e-mail of a person, on one line."""
    parts: list[Piece] = []
    if ctx.chance(0.6):
        parts += [
            ctx.choice(("Tel: ", "Phone: ", "T: ", "Tel. ")),
            Pii("phone_number", phone or contact.person_phone(ctx, person)),
        ]
    if ctx.chance(0.7) or not parts:
        parts += [
            " | " if parts else "",
            ctx.choice(("Email: ", "E: ", "e-mail: ", "")),
            Pii("email", contact.person_email(ctx, person, org)),
        ]
    return parts


def sign_off(ctx: Context, person: Person, role: str | None, when: dt.date, *, doctor: bool = False) -> list[Piece]:
    """A signature line: name, role and date."""
    name: list[Piece] = [person_name(ctx, person, doctor=doctor)]
    if role and ctx.chance(0.7):
        name += [", ", Pii("job_title", role)]
    layout = ctx.choice(("sig", "by", "plain"))
    if layout == "sig":
        return ["Signature: ______________   Name: ", name, "   Date: ", day(ctx, when)]
    if layout == "by":
        return [
            ctx.choice(("Prepared by: ", "Completed by: ", "Reviewed by: ", "Signed: ")),
            name,
            " on ",
            day(ctx, when),
        ]
    return [name, "\n", day(ctx, when)]


def sex_word(ctx: Context, subject: Subject) -> str:
    """ "female" / "male" as a CRF or a narrative writes it (not PII)."""
    return ctx.choice(({"f": "female", "m": "male"}[subject.sex], {"f": "F", "m": "M"}[subject.sex]))


def severity(ctx: Context) -> str:
    """A severity / CTCAE grade cell (not PII)."""
    return ctx.choice(lx.SEVERITY)
