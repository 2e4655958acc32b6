"""Correspondence and safety reports: SAE report forms, randomisation e-mails, IRB / ethics committee letters."""

from __future__ import annotations

import datetime as dt

from ....builder import DocBuilder, Piece, Pii
from ....context import Context
from ....fragments import closing, greeting, kv_block, signature
from ....values import contact, identity, location, timefmt
from .. import lexicon as lx
from ..negatives import case_number, dose, protocol_version, visit
from ..trial import Site, Trial, age_of, current_site, day, past, person_name, site_ref, subject_ref
from .common import KIT_KEYS, RAND_KEYS, SUBJECT_KEYS, contact_line, key, pick_subject, severity, sex_word, trial_rows

_NARRATIVE = (
    "Relevant medical history includes {mh} and {mh2}.",
    "The first dose of {drug} was administered on {date}.",
    "On {onset}, the participant presented to the emergency department of {site_org} with {sae} and was admitted.",
    "Laboratory tests on admission showed {lab}.",
    "Treatment included {conmed} and {conmed2}.",
    "During the admission the participant also reported {ae}.",
    "Study drug was interrupted on {date} and restarted at {dose}.",
    "The event resolved and the participant was discharged on {date}.",
    "Concomitant medications at the time of the event: {conmed}, {conmed2}.",
    "An ECG on admission was unremarkable; {ae} was also noted.",
    "The participant had completed {visit} without any reported events.",
    "The investigator considered the event possibly related to the study drug; the sponsor's assessment is pending.",
    "Follow-up information will be provided within 8 days.",
)
_EMAIL_HUMAN = (
    "{subject_ref} was randomised {past} (randomisation no. {rand}) and received kit {kit} at {visit}.",
    "Just to let you know that {subject_ref} came in for {visit} {past}; no new AEs apart from {grade} {ae}.",
    "Kit {kit} for {subject_ref} was damaged on opening, so the IWRS assigned replacement kit {kit2}.",
    "We had to request emergency unblinding for {subject_ref} (rand. no. {rand}) "
    "after {sae}; the medical monitor was informed.",
    "{subject_ref} screened on {date}; randomisation is planned for {future} pending the lab results.",
    "Could you confirm whether {subject_ref} can continue on {drug} while taking {conmed}?",
    "The IWRS shows randomisation number {rand} for {subject_ref}, but the eCRF says otherwise. Could you check?",
    "I have uploaded the signed ICF for {subject_ref} to the eISF.",
)
_IRB_BODIES = (
    (
        "The committee reviewed {pver} of the protocol and the revised participant information sheet at its meeting "
        "on {date} and granted a favourable opinion.",
        "Approval is valid until {future_date}. Please submit a progress report before that date.",
    ),
    (
        "The committee acknowledges receipt of the SAE report ({caseno}) concerning {subject_ref} at {site_ref}, who "
        "experienced {sae} with onset on {onset}.",
        "The committee agrees with the investigator's assessment and requires no changes to the consent documents.",
    ),
    (
        "Thank you for reporting deviation {pd}: {subject_ref} received kit {kit} outside the visit window at {visit}.",
        "No further action is required, but please retrain site staff on the dispensing procedure.",
    ),
    (
        "The continuing review of the study was approved on {date}. {n} participants have been enrolled at {site_ref}.",
        "Events reported since the last review include {ae} and {ae2} in one participant each; none was unexpected.",
    ),
    (
        "The committee has suspended enrolment at {site_ref} "
        "pending review of the safety information you submitted on {date}.",
        "Participants already randomised, including {subject_ref}, "
        "may continue treatment with {drug} at the investigator's discretion.",
    ),
)


def sae_report(ctx: Context, trial: Trial) -> DocBuilder:
    """A serious adverse event report form with study, participant, event and drug sections and a narrative."""
    subject = pick_subject(ctx, trial, new_p=0.9)
    site = current_site(ctx, trial)
    b = DocBuilder()
    follow_up = ctx.chance(0.35)
    b.line(
        ctx.choice(("SERIOUS ADVERSE EVENT REPORT", "SAE Report Form", "Serious Adverse Event (SAE) Notification"))
        + (f" - Follow-up #{ctx.rng.randint(1, 4)}" if follow_up else ctx.choice(("", " - Initial")))
    )
    b.add("\n")
    aware = past(ctx, 1, 10)
    b.add(
        kv_block(
            ctx,
            [
                ("Case No.", case_number(ctx)),
                ("Date of awareness", day(ctx, aware)),
                ("Report date", day(ctx, aware + dt.timedelta(days=ctx.rng.randint(0, 2)))),
            ],
        )
    )
    b.gap().line(ctx.choice(("1. Study information", "STUDY", "Study")))
    b.add(kv_block(ctx, trial_rows(ctx, trial, pi=0.9, sponsor=0.5, registry=0.3, org=0.5))).gap()
    b.line(ctx.choice(("2. Participant", "SUBJECT", "Subject details")))
    rows: list[tuple[str, Piece]] = [(key(ctx, SUBJECT_KEYS), Pii("subject_id", subject.sid))]
    if ctx.chance(0.3):
        rows.append(("Initials", Pii("person", subject.initials)))
    if subject.rand_no and ctx.chance(0.5):
        rows.append((key(ctx, RAND_KEYS), Pii("randomization_number", subject.rand_no)))
    rows.append(("Sex", sex_word(ctx, subject)))
    if ctx.chance(0.6):
        rows.append(("Age", Pii("age", identity.age_text(ctx, age_of(ctx, subject)))))
    else:
        rows.append(
            (
                "Year of birth" if ctx.chance(0.5) else "Date of birth",
                Pii("date_of_birth", str(subject.dob.year) if ctx.chance(0.5) else timefmt.dob_text(ctx, subject.dob)),
            )
        )
    rows.append(("Weight", f"{ctx.rng.randint(48, 125)} kg"))
    b.add(kv_block(ctx, rows)).gap()
    b.line(ctx.choice(("3. Event", "SERIOUS ADVERSE EVENT", "Event details")))
    onset = past(ctx, 2, 20)
    event = ctx.slot("sae")
    rows = [
        ("Event term", event),
        ("Onset date", day(ctx, onset, crf=True)),
        ("Seriousness", ctx.choice(lx.SERIOUSNESS)),
        ("Severity", severity(ctx)),
        ("Causality (study drug)", ctx.choice(lx.CAUSALITY)),
        ("Outcome", ctx.choice(lx.OUTCOMES)),
    ]
    if ctx.chance(0.4):
        rows.insert(1, ("Other events", ctx.slot("ae")))
    b.add(kv_block(ctx, rows)).gap()
    if ctx.size >= 1:
        b.line(ctx.choice(("4. Study drug", "INVESTIGATIONAL PRODUCT", "Study treatment")))
        rows = [
            ("Study drug", [Pii("medication", trial.drug), " / blinded" if ctx.chance(0.5) else ""]),
            ("Dose", dose(ctx)),
            ("First dose", day(ctx, onset - dt.timedelta(days=ctx.rng.randint(10, 200)), crf=True)),
            ("Action taken", ctx.choice(lx.ACTIONS)),
        ]
        if subject.kits and ctx.chance(0.5):
            rows.append((key(ctx, KIT_KEYS), Pii("randomization_number", ctx.choice(subject.kits))))
        b.add(kv_block(ctx, rows)).gap()
    b.line(ctx.choice(("5. Narrative", "NARRATIVE", "Case narrative")))
    age = Pii("age", identity.age_text(ctx, age_of(ctx, subject), attributive=True))
    opening: list[Piece] = [
        "This ",
        age,
        f" {ctx.choice(({'f': 'female', 'm': 'male'}[subject.sex], {'f': 'woman', 'm': 'man'}[subject.sex]))} (",
        Pii("subject_id", subject.sid),
        ") was enrolled at ",
        site_ref(ctx, site),
        " and randomised on ",
        day(ctx, past(ctx, 30, 300)),
        ".",
    ]
    if ctx.chance(0.3):
        opening = ["On ", day(ctx, onset), ", ", subject_ref(ctx, subject), " experienced ", event, "."]
    b.add(opening)
    for t in ctx.pick_many(_NARRATIVE, ctx.scaled(2, 5)):
        b.add(" ", ctx.fill(t))
    b.gap()
    b.line(ctx.choice(("Reporter", "Investigator", "Reported by")))
    b.line(person_name(ctx, site.pi, doctor=True))
    b.line(contact_line(ctx, site.pi, site.org, phone=site.phone if ctx.chance(0.5) else None))
    if ctx.chance(0.5):
        b.line(["Date: ", day(ctx, aware)])
    return b


def _irt_mail(ctx: Context, trial: Trial) -> DocBuilder:
    subject = pick_subject(ctx, trial, new_p=1.0)
    site = current_site(ctx, trial)
    coordinator = site.staff[0][0]
    b = DocBuilder()
    mailbox = ctx.choice(("noreply", "irt-notifications", "iwrs", "do-not-reply"))
    sender = (
        f"{mailbox}@{ctx.choice(('almac-irt.com', 'clinical-irt.net', 'suvoda.com', 'endpoint-irt.com', 'signant.io'))}"
    )
    b.line(["From: ", Pii("email", sender)])
    b.line(["To: ", Pii("email", contact.person_email(ctx, coordinator, site.org))])
    b.line(["Sent: ", Pii("date", timefmt.timestamp_text(ctx, ctx.now))])
    b.line(
        [
            "Subject: [",
            Pii("protocol_number", trial.protocol),
            "] ",
            ctx.choice(
                (
                    "Randomisation confirmation",
                    "Randomization Notification",
                    "Subject Randomized",
                    "Dispensing confirmation",
                )
            ),
            " - Site ",
            Pii("site_code", site.code),
            " - Subject ",
            Pii("subject_id", subject.sid),
        ]
    )
    b.add("\n")
    b.line(
        ctx.choice(
            (
                "This is an automated message from the IRT system. Please do not reply.",
                "Automatic notification - do not reply to this e-mail.",
                "The following transaction was completed in the IWRS.",
            )
        )
    )
    b.add("\n")
    when = ctx.now
    rows: list[tuple[str, Piece]] = [
        ("Protocol", Pii("protocol_number", trial.protocol)),
        ("Site", Pii("site_code", site.code)),
        (key(ctx, SUBJECT_KEYS), Pii("subject_id", subject.sid)),
    ]
    if ctx.chance(0.35):
        rows.append(("Year of birth", Pii("date_of_birth", str(subject.dob.year))))
    rows.append((key(ctx, RAND_KEYS), ctx.slot("rand")))
    rows.append(("Date/time", [day(ctx, when), " ", Pii("time", timefmt.time_text(ctx))]))
    kits: list[Piece] = []
    for k in subject.kits:
        kits += [", " if kits else "", Pii("randomization_number", k)]
    rows.append(("Kits to dispense", kits))
    rows.append(("Treatment", ctx.choice(("BLINDED", "Blinded", "Double-blind"))))
    rows.append(("Visit", visit(ctx)))
    rows.append(("Transaction ID", f"TXN-{ctx.digits(8)}"))
    rows.append(("Performed by", person_name(ctx, coordinator)))
    b.add(kv_block(ctx, rows)).gap()
    if ctx.chance(0.4):
        b.line("Please record the kit numbers on the dispensing log and in the eCRF.")
    return b


def _human_mail(ctx: Context, trial: Trial) -> DocBuilder:
    site = current_site(ctx, trial)
    sender, role = ctx.choice(site.staff)
    b = DocBuilder()
    b.line(["From: ", Pii("person", sender.full), " <", Pii("email", contact.person_email(ctx, sender, site.org)), ">"])
    b.line(["To: ", Pii("email", contact.person_email(ctx, trial.cra, trial.cro))])
    if ctx.chance(0.6):
        b.line(["Date: ", Pii("date", timefmt.timestamp_text(ctx, ctx.now))])
    b.line(
        [
            "Subject: ",
            Pii("protocol_number", trial.protocol),
            " ",
            site_ref(ctx, site),
            " - ",
            ctx.choice(("randomisation update", "kit issue", "question", "visit update", "unblinding")),
        ]
    )
    b.add("\n").line(greeting(ctx, trial.cra)).add("\n")
    for t in ctx.pick_many(_EMAIL_HUMAN, ctx.scaled(1, 3)):
        pick_subject(ctx, trial, new_p=0.6)
        b.line(ctx.fill(t))
    b.add("\n").line(closing(ctx)).line(signature(ctx, sender, site.org, rich=0.7))
    return b


def randomization_email(ctx: Context, trial: Trial) -> DocBuilder:
    """A randomisation / dispensing notification from the IRT system, or a site e-mail about a participant."""
    return _irt_mail(ctx, trial) if ctx.chance(0.5) else _human_mail(ctx, trial)


def _formal_greeting(ctx: Context, site: Site) -> list[Piece]:
    """ "Dear Dr. Smith," or an anonymous salutation."""
    if ctx.chance(0.25):
        return [ctx.choice(("Dear Investigator,", "Dear Principal Investigator,", "Dear Colleague,"))]
    return ["Dear ", Pii("title", ctx.choice(("Dr.", "Dr", "Prof."))), " ", Pii("person", site.pi.last), ","]


def irb_letter(ctx: Context, trial: Trial) -> DocBuilder:
    """An ethics committee / IRB letter to the investigator: approval, SAE acknowledgement, deviation, suspension."""
    site = current_site(ctx, trial)
    pick_subject(ctx, trial, new_p=0.8)
    b = DocBuilder()
    b.line(Pii("organization", site.org))
    b.line(
        ctx.choice(
            (
                "Research Ethics Committee",
                "Institutional Review Board",
                "Independent Ethics Committee",
                "Human Research Ethics Committee",
            )
        )
    )
    if ctx.chance(0.5):
        b.line(location.address_pieces(ctx, multiline=True))
    b.add("\n").line(day(ctx, ctx.now)).add("\n")
    b.line(person_name(ctx, site.pi, doctor=True))
    if ctx.chance(0.5):
        b.line([Pii("job_title", "Principal Investigator"), ", ", Pii("organization", site.org)])
    b.add("\n")
    ref: list[Piece] = ["Re: Protocol ", Pii("protocol_number", trial.protocol)]
    if trial.registry and ctx.chance(0.4):
        name, value = ctx.choice(trial.registry)
        ref += [f" ({name} ", Pii("protocol_number", value), ")"]
    if ctx.chance(0.5):
        ref += [f" - A {trial.phase}, {trial.design} study of ", Pii("medication", trial.drug)]
    b.line(ref)
    b.line(f"Committee reference: {ctx.choice(('IRB', 'REC', 'EC'))}-{ctx.now.year}-{ctx.digits(4)}")
    b.add("\n").line(_formal_greeting(ctx, site)).add("\n")
    future_date = day(ctx, ctx.now + dt.timedelta(days=ctx.rng.randint(200, 400)))
    bodies = ctx.sample(_IRB_BODIES, 1 + (ctx.size >= 2))
    for body in bodies:
        for i, t in enumerate(body):
            b.add(" " if i else "", ctx.fill(t, future_date=future_date, pver=protocol_version(ctx)))
        b.gap()
    if ctx.size >= 1 and ctx.chance(0.6):
        b.line(
            "Please quote the committee reference in all correspondence. "
            "Documents reviewed are listed in the attachment."
        ).gap()
    chair = identity.new_person(ctx)
    b.line(closing(ctx)).add("\n")
    b.line(person_name(ctx, chair, doctor=True))
    b.line(
        [
            Pii("job_title", ctx.choice(("Chair", "Vice-Chair", "Committee Coordinator", "IRB Administrator"))),
            ", ",
            ctx.choice(("Research Ethics Committee", "IRB", "Ethics Committee")),
        ]
    )
    if ctx.chance(0.6):
        b.line(contact_line(ctx, chair, site.org))
    if ctx.chance(0.4):
        b.add("\n").line(["cc: ", Pii("organization", trial.sponsor), "; ", person_name(ctx, trial.cra)])
    return b
