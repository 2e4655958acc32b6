"""Template slots of trial documents: the generator's slots plus participant, site and protocol identifiers, events,
staff and hard negatives, read from the trial in `ctx.memo`."""

from __future__ import annotations

from typing import Callable

from ...builder import Piece, Pii
from ...context import Context
from ...slots import SLOT_MAKERS
from . import lexicon as lx
from . import negatives as neg
from .ids import new_kit, rand_no
from .trial import (
    Trial,
    ae_term,
    current_site,
    current_subject,
    day,
    new_subject,
    past,
    person_name,
    site_ref,
    subject_ref,
)


def _trial(ctx: Context) -> Trial:
    return ctx.memo["trial"]  # type: ignore[return-value]


def _other_subject(ctx: Context) -> Pii:
    trial = _trial(ctx)
    site = current_site(ctx, trial)
    others = [s for s in trial.subjects if s.site is site and s is not ctx.memo.get("subject")]
    subject = ctx.choice(others) if others and ctx.chance(0.5) else new_subject(ctx, trial, site)
    return Pii("subject_id", subject.sid)


def _rand(ctx: Context) -> Pii:
    subject = current_subject(ctx)
    if not subject.rand_no:
        subject.rand_no = rand_no(ctx, _trial(ctx))
    return Pii("randomization_number", subject.rand_no)


def _kit(ctx: Context) -> Piece:
    subject = current_subject(ctx)
    kit = new_kit(ctx, _trial(ctx))
    subject.kits.append(kit)
    return Pii("randomization_number", kit)


def _ae(ctx: Context) -> Pii:
    term = ae_term(ctx)
    current_subject(ctx).aes.append(term)
    return Pii("adverse_event", term)


def _sae(ctx: Context) -> Pii:
    term = ae_term(ctx, serious=True)
    current_subject(ctx).aes.append(term)
    return Pii("adverse_event", term)


def _registry(ctx: Context) -> Piece:
    trial = _trial(ctx)
    if trial.registry:
        name, value = ctx.choice(trial.registry)
        return [name + " ", Pii("protocol_number", value)]
    return [Pii("protocol_number", trial.protocol)]


def _other_site(ctx: Context) -> list[Piece]:
    trial = _trial(ctx)
    here = current_site(ctx, trial)
    others = [s for s in trial.sites if s is not here]
    return site_ref(ctx, ctx.choice(others) if others else here)


def _staff(ctx: Context) -> list[Piece]:
    person, _ = ctx.choice(current_site(ctx).staff)
    return person_name(ctx, person)


TRIAL_SLOTS: dict[str, Callable[[Context], Piece]] = {
    **SLOT_MAKERS,
    "subject": lambda ctx: Pii("subject_id", current_subject(ctx).sid),
    "other_subject": _other_subject,
    "screening_no": lambda ctx: Pii("subject_id", current_subject(ctx).screening_no),
    "site": lambda ctx: Pii("site_code", current_site(ctx).code),
    "site_ref": lambda ctx: site_ref(ctx, current_site(ctx)),
    "other_site": _other_site,
    "subject_ref": lambda ctx: subject_ref(ctx, current_subject(ctx)),
    "role": lambda ctx: Pii("job_title", ctx.choice(lx.ROLES)),
    "n": lambda ctx: str(ctx.rng.randint(2, 24)),
    "protocol": lambda ctx: Pii("protocol_number", _trial(ctx).protocol),
    "registry": _registry,
    "rand": _rand,
    "kit": _kit,
    "ae": _ae,
    "sae": _sae,
    "drug": lambda ctx: Pii("medication", _trial(ctx).drug),
    "conmed": lambda ctx: ctx.v("medication"),
    "mh": lambda ctx: ctx.v("medical_condition"),
    "pi": lambda ctx: person_name(ctx, current_site(ctx).pi, doctor=True),
    "cra": lambda ctx: person_name(ctx, _trial(ctx).cra),
    "monitor": lambda ctx: person_name(ctx, _trial(ctx).monitor, doctor=True),
    "staff": _staff,
    "sponsor": lambda ctx: Pii("organization", _trial(ctx).sponsor),
    "cro": lambda ctx: Pii("organization", _trial(ctx).cro),
    "site_org": lambda ctx: Pii("organization", current_site(ctx).org),
    "site_city": lambda ctx: Pii("city", current_site(ctx).city),
    "onset": lambda ctx: day(ctx, past(ctx, 2, 60)),
    "grade": lambda ctx: ctx.choice(lx.GRADES),
    "visit": neg.visit,
    "lot": neg.lot,
    "page": neg.crf_page,
    "dose": neg.dose,
    "lab": neg.lab_value,
    "pver": neg.protocol_version,
    "qid": neg.query_id,
    "pd": neg.deviation_id,
    "caseno": neg.case_number,
    "shipment": neg.shipment,
    "meddra": neg.meddra,
    "sop": neg.document_code,
    "compound": lambda ctx: _trial(ctx).compound,
    "system": lambda ctx: ctx.choice(lx.SYSTEMS),
    "regulator": lambda ctx: ctx.choice(lx.REGULATORS),
}
"""The generator's slots plus the trial's: participant, site and protocol identifiers, events, staff, negatives."""
