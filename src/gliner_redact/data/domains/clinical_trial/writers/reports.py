"""Narrative trial documents: protocol synopses, monitoring visit reports, investigator meeting notes."""

from __future__ import annotations

import datetime as dt

from ....builder import DocBuilder, Piece, Pii
from ....context import Context
from ....fragments import bullets, kv_block, table
from ....values import contact, timefmt
from ..negatives import monitoring_visit_no, protocol_version
from ..trial import Trial, current_site, day, past, person_name
from .common import PROTOCOL_KEYS, contact_line, key, pick_subject, sign_off, trial_rows, with_role

_OBJECTIVES = (
    "To evaluate the efficacy of {drug} compared with {comparator} in adults with {indication}.",
    "To assess the safety and tolerability of {drug} at {dose}.",
    "To characterise the pharmacokinetics of {drug} and its major metabolite.",
    "To evaluate the effect of {drug} on patient-reported outcomes at {visit}.",
    "To determine the recommended Phase 2 dose of {drug} ({compound}).",
    "To compare the time to first relapse between the treatment arms.",
    "To explore biomarkers of response to {drug}.",
    "To assess the durability of response up to {visit}.",
)
_ENDPOINTS = (
    "Change from baseline in HbA1c at Week 26",
    "Proportion of participants achieving PASI 75 at Week 16",
    "Incidence of treatment-emergent adverse events",
    "Overall survival",
    "Progression-free survival per RECIST 1.1",
    "Annualised relapse rate",
    "Change from baseline in eGFR at Week 52",
    "Cmax and AUC of the study drug",
    "Proportion of participants in clinical remission at Week 12",
    "Time to first exacerbation",
)
_INCLUSION = (
    "Male or female aged 18 to 75 years at screening",
    "Documented diagnosis of {indication} for at least 6 months",
    "Body mass index between 18.5 and 35 kg/m²",
    "Able and willing to provide written informed consent",
    "HbA1c between 7.0% and 10.5% at screening",
    "ECOG performance status 0 or 1",
    "Inadequate response to at least one prior systemic therapy",
    "Women of childbearing potential must use highly effective contraception",
)
_EXCLUSION = (
    "History of malignancy within 5 years",
    "Active tuberculosis or hepatitis B or C infection",
    "ALT or AST above 3 x ULN at screening",
    "QTcF above 450 ms at screening",
    "Prior treatment with {compound} or another drug of the same class",
    "Pregnant or breastfeeding women",
    "Participation in another interventional study within 30 days",
    "Uncontrolled hypertension at screening",
    "Severe hepatic impairment",
)
_SAFETY = (
    "Adverse events will be coded using {meddra} and graded according to CTCAE v5.0.",
    "Serious adverse events must be reported to the sponsor within 24 hours of awareness.",
    "Adverse events of special interest include hepatic events and cardiac arrhythmias.",
    "An independent Data Monitoring Committee will review unblinded safety data every 6 months.",
    "Suspected unexpected serious adverse reactions are reported to the {regulator} within 7 or 15 days.",
    "Stopping rules apply if two participants in a cohort experience a dose-limiting toxicity.",
    "Pregnancies are followed up until the outcome is known.",
)
_DESIGN = (
    "Participants are randomised 1:1 to {drug} or {comparator} via the IWRS.",
    "Treatment lasts 52 weeks, followed by a 4-week safety follow-up.",
    "Visits take place at Screening, Baseline, Week 4, Week 12 and every 12 weeks thereafter.",
    "Dose escalation follows a 3+3 design starting at {dose}.",
    "Randomisation is stratified by region and baseline disease severity.",
    "The study drug is supplied as 100 mg tablets ({lot} for the first shipment).",
)

_FINDINGS = (
    "{subject_ref} experienced {grade} {ae} on {onset}; the onset date in {system} did not match the source notes.",
    "{subject_ref}: {ae} documented in the clinic notes at {visit} was not entered on the AE form. Site to update.",
    "Medication no. {kit} was dispensed to {subject_ref} at {visit} ({lot}); accountability reconciled.",
    "{subject_ref} (randomisation no. {rand}) attended {visit} outside the visit window; deviation {pd} raised.",
    "Source documents for {subject_ref} confirm {conmed} was started for {ae}; {page} of the CM form needs updating.",
    "Informed consent for {subject_ref} was signed on {date} using ICF {pver}; "
    "re-consent to the current version is pending.",
    "{lab} was reported for {subject_ref} at {visit}; "
    "the investigator assessed it as clinically significant and recorded {ae}.",
    "{subject_ref} was hospitalised with {sae} on {onset}. "
    "The SAE was reported to the sponsor within 24 hours ({caseno}).",
    "Medical history for {subject_ref} lists {mh} but not {mh2}, which appears in the referral letter.",
    "Query {qid} for {subject_ref} ({ae} stop date) remains open.",
    "{subject_ref} permanently discontinued study drug because of {ae}; "
    "the end-of-treatment visit is planned {future}.",
    "{subject_ref} reported {ae} and {ae2} in the patient diary; both were captured on the AE form.",
    "The investigator confirmed that {subject_ref} took {drug} as instructed until {date}.",
    "Dosing for {subject_ref} was interrupted for 5 days due to {grade} {ae} ({lab}).",
    "{subject_ref} (kit {kit}) returned 12 unused tablets; compliance 86%.",
    "Concomitant {conmed} for {subject_ref} is prohibited under {pver}; the medical monitor has been consulted.",
)
_GENERAL_FINDINGS = (
    "Temperature excursion noted for the pharmacy fridge; kits from {lot} were quarantined. "
    "No dispensed kits affected.",
    "ISF reviewed: protocol {pver} and the latest IB edition are filed.",
    "Delegation log updated: {staff} added as {role}.",
    "Training records for the new {role} were missing and have been requested.",
    "{n} open queries were resolved during the visit; the oldest outstanding is {qid}.",
    "The ECG machine calibration certificate expired; site to provide the new certificate by {date}.",
    "SOP {sop} on source document verification was discussed with the study team.",
    "Screening is on hold at this site until the revised ICF ({pver}) is approved.",
)
_DISCUSSION = (
    "Enrolment update: {site_ref} has randomised {n} participants; {other_site} is still recruiting.",
    "Case review: {subject_ref} developed {ae} after the second dose; "
    "{monitor} agreed it was {grade} and possibly related.",
    "{monitor} reminded sites that SAEs must be reported within 24 hours via {system}.",
    "Protocol {pver} adds an ECG at {visit}; sites will re-consent participants.",
    "{subject_ref} at {site_ref} was unblinded in error; deviation {pd} was filed.",
    "The DMC reviewed safety data and found no new signal; the most frequent events so far are {ae} and {ae2}.",
    "Screen failure rate at {other_site} is high, mainly because of eGFR below the threshold.",
    "{cra} will visit {site_ref} {future} for an interim monitoring visit.",
    "IP resupply ({shipment}) to {other_site} is delayed; the depot expects delivery {future}.",
    "Data cleaning: {n} open queries at {site_ref}, oldest {qid}.",
    "{subject_ref} (rand. no. {rand}) withdrew consent at {visit}; no further data will be collected.",
    "Dose escalation to {dose} was approved after review of Cohort 2 safety data.",
    "{pi} asked whether participants on {conmed} may enrol; the sponsor will clarify in the next protocol amendment.",
    "Reminder to record the lot number on the dispensing log ({lot} is the current batch).",
)
_MVR_TITLES = (
    "MONITORING VISIT REPORT",
    "Interim Monitoring Visit Report",
    "Site Visit Report",
    "Routine Monitoring Visit - Report",
    "Site Initiation Visit Report",
    "Close-out Visit Report",
)
_MEETING_TITLES = (
    "Investigator Meeting - minutes",
    "Study Team Meeting",
    "Weekly study call - notes",
    "Site Initiation Visit - meeting notes",
    "Steering Committee meeting minutes",
    "Safety review meeting - notes",
)
_SYNOPSIS_TITLES = ("PROTOCOL SYNOPSIS", "Clinical Study Protocol - Synopsis", "Synopsis", "STUDY SYNOPSIS")


def _fill_plain(ctx: Context, trial: Trial, template: str) -> list[Piece]:
    """A template whose indication and comparator stay unannotated (they are generic in a protocol)."""
    return ctx.fill(template, indication=trial.indication, comparator=trial.comparator)


def protocol_synopsis(ctx: Context, trial: Trial) -> DocBuilder:
    """A protocol synopsis: identifiers, sponsor, design, objectives, criteria, safety rules, sites."""
    b = DocBuilder()
    b.line(ctx.choice(_SYNOPSIS_TITLES)).add("\n")
    written = day(ctx, past(ctx, 30, 700))
    rows: list[tuple[str, Piece]] = [(key(ctx, PROTOCOL_KEYS), Pii("protocol_number", trial.protocol))]
    rows += [(name, Pii("protocol_number", value)) for name, value in trial.registry]
    rows.append(("Version", [protocol_version(ctx), ctx.choice((" dated ", ", ", " of ")), written]))
    rows.append(
        (
            "Title",
            [
                f"A {trial.phase}, {trial.design} study of ",
                Pii("medication", trial.drug),
                f" in adults with {trial.indication}",
            ],
        )
    )
    rows.append(("Sponsor", Pii("organization", trial.sponsor)))
    if ctx.chance(0.5):
        rows.append(("CRO", Pii("organization", trial.cro)))
    rows.append(("Phase", trial.phase.replace("Phase ", "")))
    rows.append(("Investigational product", [Pii("medication", trial.drug), f" ({trial.compound})"]))
    rows.append(("Comparator", trial.comparator))
    coord = trial.sites[0]
    rows.append(
        ("Coordinating investigator", [person_name(ctx, coord.pi, doctor=True), ", ", Pii("organization", coord.org)])
    )
    if ctx.chance(0.6):
        rows.append(
            (
                "Medical monitor",
                [person_name(ctx, trial.monitor, doctor=True), ", ", contact_line(ctx, trial.monitor, trial.sponsor)],
            )
        )
    countries: list[Piece] = []
    for country in dict.fromkeys(s.country for s in trial.sites):
        countries += [", " if countries else "", Pii("country", country)]
    rows.append(("Countries", countries))
    rows.append(("Planned participants", str(ctx.rng.randint(3, 120) * 10)))
    b.add(kv_block(ctx, rows)).gap()
    if ctx.size == 0:
        return b
    sections = [
        ("Objectives", _OBJECTIVES, (1, 3)),
        ("Endpoints", _ENDPOINTS, (1, 3)),
        ("Study design", _DESIGN, (1, 3)),
        ("Key inclusion criteria", _INCLUSION, (2, 4)),
        ("Key exclusion criteria", _EXCLUSION, (2, 4)),
        ("Safety assessments", _SAFETY, (1, 3)),
    ]
    for title, bank, (lo, hi) in sections[: 2 + ctx.size * 2]:
        b.line(ctx.choice((title, title.upper(), f"{title}:")))
        items = [_fill_plain(ctx, trial, t) for t in ctx.pick_many(bank, ctx.scaled(lo, hi))]
        if title in ("Objectives", "Study design", "Safety assessments") and ctx.chance(0.5):
            for i, item in enumerate(items):
                b.add(" " if i else "", item)
            b.add("\n")
        else:
            b.add(bullets(ctx, items))
        b.gap()
    if ctx.size >= 1 and (len(trial.sites) > 1 or ctx.chance(0.4)):
        b.line(ctx.choice(("Participating sites", "Investigational sites", "Sites")))
        rows_t = [
            [
                Pii("site_code", s.code),
                Pii("organization", s.org),
                Pii("city", s.city),
                Pii("country", s.country),
                person_name(ctx, s.pi, doctor=True),
            ]
            for s in trial.sites
        ]
        b.add(table(ctx, ["Site", "Institution", "City", "Country", "Principal Investigator"], rows_t)).gap()
    return b


def _subject_item(ctx: Context, trial: Trial, template: str) -> list[Piece]:
    pick_subject(ctx, trial, new_p=0.45)
    return ctx.fill(template)


def monitoring_visit_report(ctx: Context, trial: Trial) -> DocBuilder:
    """A monitoring visit report: header, attendees, enrolment, subjects reviewed, findings, actions, sign-off."""
    site = current_site(ctx, trial)
    b = DocBuilder()
    b.line(ctx.choice(_MVR_TITLES)).add("\n")
    visit_day = past(ctx, 2, 20)
    rows = trial_rows(ctx, trial, pi=0.8, org=0.6)
    if ctx.chance(0.3):
        rows.append(("Site phone", Pii("phone_number", site.phone)))
    rows.append((ctx.choice(("Monitor", "CRA", "Clinical Research Associate")), person_name(ctx, trial.cra)))
    rows.append(("Visit", ctx.choice((monitoring_visit_no(ctx), "SIV", "COV"))))
    rows.append(("Visit date", day(ctx, visit_day)))
    if ctx.chance(0.5):
        rows.append(("Report date", day(ctx, visit_day + dt.timedelta(days=ctx.rng.randint(1, 10)))))
    b.add(kv_block(ctx, rows)).gap()
    if ctx.size >= 1 and ctx.chance(0.8):
        b.line(ctx.choice(("Attendees", "Persons present", "Site staff met")))
        people = [with_role(ctx, site.pi, "Principal Investigator", doctor=True)]
        people += [with_role(ctx, p, role) for p, role in site.staff[: ctx.rng.randint(1, len(site.staff))]]
        if ctx.chance(0.5):
            people.append(
                with_role(
                    ctx, trial.cra, ctx.choice(("Clinical Research Associate", "CRA", "Site Monitor")), org=trial.cro
                )
            )
        b.add(bullets(ctx, people)).gap()
    if ctx.chance(0.6):
        screened = ctx.rng.randint(3, 40)
        rand = ctx.rng.randint(1, screened)
        b.line(ctx.choice(("Recruitment status", "Enrolment", "Subject status")))
        b.line(
            f"Screened: {screened}   Screen failures: {screened - rand}   Randomised: {rand}   "
            f"Discontinued: {ctx.rng.randint(0, rand)}"
        )
        b.gap()
    if ctx.size >= 1 and ctx.chance(0.6):
        b.line(ctx.choice(("Subjects reviewed", "Source data verification", "SDV performed")))
        rows_t = []
        for _ in range(ctx.scaled(2, 4)):
            subject = pick_subject(ctx, trial, new_p=0.7)
            comment: Piece = ctx.choice(("No findings", "Complete", "Queries raised", "Pending labs"))
            if ctx.chance(0.35):
                comment = ["AE not recorded: ", ctx.slot("ae")]
            rows_t.append(
                [
                    Pii("subject_id", subject.sid),
                    ctx.fill("{visit}"),
                    ctx.choice(("100%", "Partial", "Yes", "Key data")),
                    comment,
                ]
            )
        b.add(table(ctx, ["Subject", "Visits reviewed", "SDV", "Comments"], rows_t)).gap()
    b.line(ctx.choice(("Findings", "Findings and actions", "Observations", "Summary of findings")))
    items = [_subject_item(ctx, trial, t) for t in ctx.pick_many(_FINDINGS, ctx.scaled(1, 4))]
    items += [ctx.fill(t) for t in ctx.pick_many(_GENERAL_FINDINGS, ctx.scaled(0, 2))]
    ctx.rng.shuffle(items)
    b.add(bullets(ctx, items)).gap()
    if ctx.size >= 1 and ctx.chance(0.6):
        b.line("Action items")
        actions = []
        for _ in range(ctx.scaled(1, 3)):
            owner = ctx.choice([site.pi, trial.cra] + [p for p, _ in site.staff])
            actions.append(
                [
                    ctx.choice(
                        (
                            "Resolve open queries",
                            "Update AE log",
                            "File revised ICF",
                            "Return expired kits",
                            "Send ECG certificates",
                            "Update delegation log",
                        )
                    ),
                    " - ",
                    person_name(ctx, owner),
                    " - due ",
                    day(ctx, visit_day + dt.timedelta(days=ctx.rng.randint(7, 30))),
                ]
            )
        b.add(bullets(ctx, actions)).gap()
    if ctx.chance(0.7):
        b.line(
            sign_off(
                ctx,
                trial.cra,
                ctx.choice(("Clinical Research Associate", "Senior CRA", "Site Monitor")),
                visit_day + dt.timedelta(days=ctx.rng.randint(1, 10)),
            )
        )
    return b


def investigator_meeting_notes(ctx: Context, trial: Trial) -> DocBuilder:
    """Meeting minutes: title, date and place, attendees with sites, discussion points, action items."""
    b = DocBuilder()
    title = ctx.choice(_MEETING_TITLES)
    b.line(title if ctx.chance(0.5) else [title, " - ", Pii("protocol_number", trial.protocol)])
    when = past(ctx, 1, 30)
    b.line(["Date: ", day(ctx, when)] + ([", ", Pii("time", timefmt.time_text(ctx))] if ctx.chance(0.5) else []))
    if ctx.chance(0.5):
        site = trial.sites[0]
        b.line(["Location: ", Pii("city", site.city), ", ", Pii("country", site.country)])
    else:
        b.line(
            ctx.choice(
                (
                    "Location: Teams call",
                    "Location: videoconference",
                    "Location: Zoom",
                    "Location: hotel conference room B",
                )
            )
        )
    b.add("\n")
    b.line(ctx.choice(("Attendees:", "Participants:", "Present:")))
    people: list[Piece] = []
    for s in trial.sites[: ctx.scaled(2, 4)]:
        people.append(
            [person_name(ctx, s.pi, doctor=True), " (", Pii("site_code", s.code)]
            + ([", ", Pii("organization", s.org)] if ctx.chance(0.4) else [])
            + [")"]
        )
    people.append(with_role(ctx, trial.monitor, "Medical Monitor", doctor=True, org=trial.sponsor))
    if ctx.chance(0.6):
        people.append(
            with_role(
                ctx,
                trial.cra,
                ctx.choice(("Clinical Research Associate", "Clinical Trial Manager", "Clinical Project Manager")),
                org=trial.cro,
            )
        )
    b.add(bullets(ctx, people)).gap()
    if ctx.size >= 1 and ctx.chance(0.5):
        b.line("Agenda")
        b.add(
            bullets(
                ctx,
                ctx.sample(
                    ("Recruitment status", "Safety update", "Protocol amendment", "Data quality", "IP supply", "AOB"),
                    ctx.rng.randint(3, 5),
                ),
                "num",
            )
        ).gap()
    b.line(ctx.choice(("Discussion", "Notes", "Minutes", "Key points")))
    items = []
    for t in ctx.pick_many(_DISCUSSION, ctx.scaled(2, 5)):
        ctx.memo["site"] = ctx.choice(trial.sites)
        pick_subject(ctx, trial, new_p=0.6)
        items.append(ctx.fill(t))
    b.add(bullets(ctx, items)).gap()
    if ctx.chance(0.7):
        b.line(ctx.choice(("Action items", "Actions", "Next steps")))
        actions = []
        for _ in range(ctx.scaled(1, 3)):
            s = ctx.choice(trial.sites)
            owner = ctx.choice((s.pi, trial.cra, trial.monitor))
            actions.append(
                [
                    person_name(ctx, owner),
                    ": ",
                    ctx.choice(
                        (
                            "circulate the slides",
                            "confirm recruitment forecast",
                            "send SAE reconciliation listing",
                            "update the site contact list",
                            "resolve outstanding queries",
                        )
                    ),
                    " by ",
                    day(ctx, when + dt.timedelta(days=ctx.rng.randint(3, 30))),
                ]
            )
        b.add(bullets(ctx, actions)).gap()
    if ctx.chance(0.3):
        b.line(
            [
                "Minutes taken by ",
                person_name(ctx, trial.cra),
                " (",
                Pii("email", contact.person_email(ctx, trial.cra, trial.cro)),
                ")",
            ]
        )
    return b
