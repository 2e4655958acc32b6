"""Form and record documents: CRF pages, eCRF exports (CSV), screening logs, data clarification forms and drug
accountability logs."""

from __future__ import annotations

import datetime as dt

from ....builder import DocBuilder, Piece, Pii
from ....context import Context
from ....fragments import kv_block, table
from ....lexicon.health import DOSES
from ....values import identity, timefmt
from .. import lexicon as lx
from ..ids import new_kit, usubjid
from ..negatives import crf_page as page_ref
from ..negatives import deviation_id, lot_value, protocol_version, query_id, shipment, visit
from ..trial import Subject, Trial, ae_term, age_of, current_site, day, past, person_name
from .common import KIT_KEYS, RAND_KEYS, SUBJECT_KEYS, key, pick_subject, severity, sex_word, sign_off, trial_rows

_FORM_TITLES = {
    "ae": ("ADVERSE EVENT FORM", "eCRF - Adverse Events", "AE Log", "Adverse Event Report Page"),
    "cm": ("CONCOMITANT MEDICATIONS", "eCRF - Prior and Concomitant Medication", "Con Med Log"),
    "mh": ("MEDICAL HISTORY", "eCRF - Medical History", "Relevant Medical History"),
    "dm": ("DEMOGRAPHICS", "eCRF - Demography", "Subject Demographics and Consent"),
    "rand": ("RANDOMISATION", "eCRF - Randomization", "Randomisation and Dispensing"),
    "vs": ("VITAL SIGNS", "eCRF - Vital Signs", "Vital Signs and Physical Examination"),
    "ds": ("END OF STUDY", "eCRF - Disposition", "Study Completion / Early Termination"),
}
_ROUTES = ("PO", "IV", "SC", "oral", "topical", "inhaled")
_FREQ = ("QD", "BID", "TID", "PRN", "once daily", "weekly")


def _crf_date(ctx: Context, d: dt.date) -> Pii:
    return day(ctx, d, crf=True)


def _crf_header(ctx: Context, trial: Trial, subject: Subject) -> list[Piece]:
    site = current_site(ctx, trial)
    if ctx.chance(0.5):
        return [
            "Protocol: ",
            Pii("protocol_number", trial.protocol),
            "   Site: ",
            Pii("site_code", site.code),
            "   Subject: ",
            Pii("subject_id", subject.sid),
            "   Visit: ",
            visit(ctx),
            "\n",
        ]
    rows = [
        (key(ctx, ("Protocol", "Study", "Protocol No.")), Pii("protocol_number", trial.protocol)),
        (key(ctx, ("Site", "Site No.", "Centre")), Pii("site_code", site.code)),
        (key(ctx, SUBJECT_KEYS), Pii("subject_id", subject.sid)),
    ]
    if ctx.chance(0.3):
        rows.append(("Subject initials", Pii("person", subject.initials)))
    rows.append(("Visit", visit(ctx)))
    return kv_block(ctx, rows, ctx.choice(("colon", "pad", "pipe")))


_AE_FIELDS = (
    "Event term",
    "Start date",
    "Stop date",
    "Severity / CTCAE grade",
    "Serious",
    "Relationship to study drug",
    "Outcome",
)


def _ae_entries(ctx: Context, trial: Trial, subject: Subject) -> list[Piece]:
    entries: list[list[Piece]] = []
    for _ in range(ctx.scaled(1, 3)):
        start = past(ctx, 5, 90)
        term = ae_term(ctx)
        subject.aes.append(term)
        stop: Piece = (
            _crf_date(ctx, start + dt.timedelta(days=ctx.rng.randint(1, 20))) if ctx.chance(0.6) else "Ongoing"
        )
        entries.append(
            [
                Pii("adverse_event", term),
                _crf_date(ctx, start),
                stop,
                severity(ctx),
                ctx.choice(("Yes", "No", "No", "No")),
                ctx.choice(lx.CAUSALITY),
                ctx.choice(lx.OUTCOMES),
            ]
        )
    if ctx.chance(0.5):
        return table(ctx, ["AE term", "Start", "Stop", "Severity", "Serious", "Relationship", "Outcome"], entries)
    out: list[Piece] = []
    for i, row in enumerate(entries, 1):
        out += [f"AE #{i}\n"]
        out += kv_block(ctx, list(zip(_AE_FIELDS, row, strict=True)), "pad")
        out.append("\n")
    return out


def _cm_entries(ctx: Context, subject: Subject) -> list[Piece]:
    rows = []
    for _ in range(ctx.scaled(1, 4)):
        if subject.aes and ctx.chance(0.4):
            indication: Piece = Pii("adverse_event", ctx.choice(subject.aes))
        elif ctx.chance(0.8):
            indication = ctx.v("medical_condition")
        else:
            indication = "Prophylaxis"
        rows.append(
            [
                ctx.v("medication"),
                ctx.choice(DOSES),
                ctx.choice(_ROUTES),
                ctx.choice(_FREQ),
                indication,
                _crf_date(ctx, past(ctx, 10, 900)),
            ]
        )
    return table(ctx, ["Medication", "Dose", "Route", "Frequency", "Indication", "Start date"], rows)


def _mh_entries(ctx: Context) -> list[Piece]:
    rows = []
    for _ in range(ctx.scaled(1, 4)):
        onset: Piece = (
            Pii("date", str(ctx.now.year - ctx.rng.randint(1, 30)))
            if ctx.chance(0.6)
            else _crf_date(ctx, past(ctx, 200, 6000))
        )
        rows.append([ctx.v("medical_condition"), onset, ctx.choice(("Yes", "No"))])
    return table(ctx, ["Condition", "Onset", "Ongoing"], rows)


def _dm_rows(ctx: Context, subject: Subject) -> list[tuple[str, Piece]]:
    rows: list[tuple[str, Piece]] = []
    if ctx.chance(0.5):
        rows.append(
            (
                "Date of birth",
                Pii("date_of_birth", timefmt.format_date(ctx, subject.dob, "dash_mon" if ctx.chance(0.5) else None)),
            )
        )
    elif ctx.chance(0.6):
        rows.append(("Year of birth", Pii("date_of_birth", str(subject.dob.year))))
    rows.append(("Age", Pii("age", str(age_of(ctx, subject)))))
    rows.append(("Sex", sex_word(ctx, subject)))
    if ctx.chance(0.4):
        rows.append(("Race / ethnicity", Pii("nrp", identity.nrp(ctx, "ethnic"))))
    rows.append(("Informed consent date", _crf_date(ctx, past(ctx, 20, 200))))
    rows.append(("ICF version", protocol_version(ctx)))
    return rows


def _rand_rows(ctx: Context, trial: Trial, subject: Subject) -> list[tuple[str, Piece]]:
    rows: list[tuple[str, Piece]] = [
        ("Randomisation date", _crf_date(ctx, past(ctx, 1, 60))),
        (key(ctx, RAND_KEYS), ctx.slot("rand")),
        (
            key(ctx, KIT_KEYS),
            [
                p
                for i, k in enumerate(subject.kits or [new_kit(ctx, trial)])
                for p in ((", " if i else ""), Pii("randomization_number", k))
            ],
        ),
        ("Stratum", ctx.choice(("A", "B", "HbA1c < 8.5%", "Region 2", "Prior biologic: No"))),
        ("Treatment arm", "Blinded"),
    ]
    return rows


def _vs_rows(ctx: Context) -> list[tuple[str, Piece]]:
    return [
        ("Date of assessment", _crf_date(ctx, past(ctx, 0, 30))),
        ("Systolic / diastolic BP", f"{ctx.rng.randint(100, 170)}/{ctx.rng.randint(60, 100)} mmHg"),
        ("Heart rate", f"{ctx.rng.randint(50, 110)} bpm"),
        ("Temperature", f"{ctx.rng.uniform(36.0, 38.6):.1f} °C"),
        ("Weight", f"{ctx.rng.uniform(48, 130):.1f} kg"),
    ]


def _ds_rows(ctx: Context, subject: Subject) -> list[tuple[str, Piece]]:
    reason: Piece = ctx.choice(("Completed", "Withdrawal by subject", "Lost to follow-up", "Physician decision"))
    if ctx.chance(0.5):
        term = ae_term(ctx)
        subject.aes.append(term)
        reason = ["Adverse event (", Pii("adverse_event", term), ")"]
    return [
        ("Date of last dose", _crf_date(ctx, past(ctx, 5, 60))),
        ("Date of completion / discontinuation", _crf_date(ctx, past(ctx, 0, 4))),
        ("Primary reason", reason),
    ]


def crf_page(ctx: Context, trial: Trial) -> DocBuilder:
    """One CRF page: header with protocol, site, subject and visit, a form body, footer with page and signature."""
    subject = pick_subject(ctx, trial, new_p=1.0)
    form = ctx.weighted(tuple(_FORM_TITLES), (0.3, 0.14, 0.1, 0.1, 0.14, 0.08, 0.14))
    b = DocBuilder()
    b.line(ctx.choice(_FORM_TITLES[form])).add("\n")
    b.add(_crf_header(ctx, trial, subject)).gap()
    if form == "ae":
        if ctx.chance(0.5):
            b.line("Did the subject experience any adverse events since the last visit?  [X] Yes  [ ] No")
        b.add(_ae_entries(ctx, trial, subject))
    elif form == "cm":
        b.add(_cm_entries(ctx, subject))
    elif form == "mh":
        b.add(_mh_entries(ctx))
    elif form == "vs":
        b.add(kv_block(ctx, _vs_rows(ctx)))
        if ctx.chance(0.4):
            b.add("\nClinically significant abnormality? [ ] Yes [X] No\n")
    else:
        rows = {
            "dm": lambda: _dm_rows(ctx, subject),
            "rand": lambda: _rand_rows(ctx, trial, subject),
            "ds": lambda: _ds_rows(ctx, subject),
        }[form]()
        b.add(kv_block(ctx, rows))
    b.gap()
    if ctx.chance(0.6):
        site = current_site(ctx, trial)
        b.line(
            [
                "Investigator signature: ________  ",
                person_name(ctx, site.pi, doctor=True),
                "  Date: ",
                _crf_date(ctx, past(ctx, 0, 10)),
            ]
        )
    b.line(f"CRF {protocol_version(ctx)} | {page_ref(ctx)}")
    return b


_SDTM = {
    "AE": (
        "STUDYID",
        "SITEID",
        "USUBJID",
        "AESEQ",
        "AETERM",
        "AEDECOD",
        "AESTDTC",
        "AEENDTC",
        "AETOXGR",
        "AESER",
        "AEREL",
    ),
    "CM": ("STUDYID", "SUBJID", "CMSEQ", "CMTRT", "CMDOSE", "CMDOSU", "CMINDC", "CMSTDTC"),
    "DM": ("STUDYID", "SITEID", "SUBJID", "BRTHDTC", "AGE", "SEX", "COUNTRY", "RFICDTC", "ARM"),
    "EX": ("STUDYID", "SUBJID", "EXSEQ", "EXTRT", "EXDOSE", "EXDOSU", "EXLOT", "KITNO", "EXSTDTC", "VISIT"),
    "DS": ("STUDYID", "SITEID", "SUBJID", "RANDNO", "DSDECOD", "DSSTDTC"),
    "LISTING": ("Subject", "Site", "Visit", "AE term", "Onset", "Grade", "Serious", "Related"),
}


def _iso(d: dt.date, partial: bool = False) -> str:
    return d.isoformat()[:7] if partial else d.isoformat()


def _export_row(ctx: Context, trial: Trial, domain: str, subject: Subject, seq: int) -> list[Piece]:
    site = subject.site
    proto = Pii("protocol_number", trial.protocol)
    sid = Pii("subject_id", subject.sid)
    start = past(ctx, 5, 300)
    if domain == "AE":
        term = ae_term(ctx)
        return [
            proto,
            Pii("site_code", site.code),
            Pii("subject_id", usubjid(trial, subject)),
            str(seq),
            Pii("adverse_event", term),
            Pii("adverse_event", term.upper() if ctx.chance(0.3) else term),
            Pii("date", _iso(start, ctx.chance(0.1))),
            Pii("date", _iso(start + dt.timedelta(days=ctx.rng.randint(1, 30)))) if ctx.chance(0.7) else "",
            str(ctx.rng.randint(1, 4)),
            ctx.choice(("N", "N", "Y")),
            ctx.choice(("NOT RELATED", "POSSIBLY RELATED", "RELATED")),
        ]
    if domain == "CM":
        return [
            proto,
            sid,
            str(seq),
            ctx.v("medication"),
            str(ctx.choice((5, 10, 20, 40, 100, 500))),
            "mg",
            ctx.v("medical_condition"),
            Pii("date", _iso(start)),
        ]
    if domain == "DM":
        return [
            proto,
            Pii("site_code", site.code),
            sid,
            Pii("date_of_birth", str(subject.dob.year) if ctx.chance(0.5) else _iso(subject.dob)),
            Pii("age", str(age_of(ctx, subject))),
            subject.sex.upper(),
            Pii("country", site.country),
            Pii("date", _iso(start)),
            "BLINDED",
        ]
    if domain == "EX":
        kit = new_kit(ctx, trial)
        return [
            proto,
            sid,
            str(seq),
            Pii("medication", trial.drug),
            str(ctx.choice((50, 100, 200, 300))),
            "mg",
            lot_value(ctx),
            Pii("randomization_number", kit),
            Pii("date", _iso(start)),
            visit(ctx).upper(),
        ]
    if domain == "DS":
        rand = subject.rand_no or new_kit(ctx, trial)
        return [
            proto,
            Pii("site_code", site.code),
            sid,
            Pii("randomization_number", rand),
            ctx.choice(("RANDOMIZED", "COMPLETED", "ADVERSE EVENT", "WITHDRAWAL BY SUBJECT")),
            Pii("date", _iso(start)),
        ]
    term = ae_term(ctx)
    return [
        sid,
        Pii("site_code", site.code),
        visit(ctx),
        Pii("adverse_event", term),
        Pii("date", timefmt.format_date(ctx, start)),
        str(ctx.rng.randint(1, 4)),
        ctx.choice(("No", "Yes")),
        ctx.choice(("No", "Yes", "Possibly")),
    ]


def _cell(piece: Piece, sep: str) -> Piece:
    """Quote a cell holding the separator, or a space in comma-separated files (spans stay inside the quotes)."""
    if not isinstance(piece, (Pii, str)):
        return piece
    text = piece.text if isinstance(piece, Pii) else piece
    return ['"', piece, '"'] if sep in text or (sep == "," and " " in text) else piece


def ecrf_export(ctx: Context, trial: Trial) -> DocBuilder:
    """A CSV / TSV / semicolon export of an SDTM-like domain or a listing, with an optional comment header."""
    domain = ctx.weighted(tuple(_SDTM), (0.25, 0.1, 0.15, 0.15, 0.15, 0.2))
    sep = ctx.weighted((",", ";", "\t", "|"), (0.5, 0.2, 0.2, 0.1))
    b = DocBuilder()
    if ctx.chance(0.5):
        b.line(
            [
                "# ",
                ctx.choice(lx.SYSTEMS).replace("the ", ""),
                " export | ",
                domain,
                " | ",
                Pii("protocol_number", trial.protocol),
                " | ",
                Pii("date", timefmt.timestamp_text(ctx, past(ctx, 0, 10))),
            ]
        )
    b.line(sep.join(_SDTM[domain]))
    sites = trial.sites[: ctx.rng.randint(1, len(trial.sites))]
    for i in range(ctx.scaled(2, 8)):
        ctx.memo["site"] = ctx.choice(sites)
        subject = pick_subject(ctx, trial, new_p=1.0 if domain in ("DM", "DS") else 0.4)
        row = _export_row(ctx, trial, domain, subject, i + 1)
        for j, cell in enumerate(row):
            b.add(sep if j else "", _cell(cell, sep))
        b.add("\n")
    return b


def screening_log(ctx: Context, trial: Trial) -> DocBuilder:
    """A site screening and enrolment log: header, one row per screened participant, signature."""
    b = DocBuilder()
    b.line(
        ctx.choice(
            (
                "SUBJECT SCREENING AND ENROLMENT LOG",
                "Screening Log",
                "Screening / Enrollment Log",
                "Pre-screening and Screening Log",
            )
        )
    ).add("\n")
    b.add(kv_block(ctx, trial_rows(ctx, trial, pi=0.7, sponsor=0.3))).gap()
    named = ctx.chance(0.25)
    with_rand = ctx.chance(0.4)
    header = [
        "Screening No.",
        "Patient name" if named else "Initials",
        "Consent date",
        "Age",
        "Sex",
        "Eligible",
        "Subject No.",
    ]
    header += ["Rand. No."] * with_rand + ["Comment"]
    rows = []
    for _ in range(ctx.scaled(3, 7)):
        subject = pick_subject(ctx, trial, new_p=1.0)
        eligible = ctx.chance(0.7)
        who: Piece = Pii("person", identity.new_person(ctx).full) if named else Pii("person", subject.initials)
        if eligible:
            comment: Piece = ctx.choice(("Randomised", "Enrolled", "", "Rand. pending"))
        elif ctx.chance(0.4):
            comment = [
                ctx.choice(("Excluded: history of ", "Exclusion - ", "Not eligible: ")),
                ctx.v("medical_condition"),
            ]
        else:
            comment = ctx.choice(lx.SCREEN_FAIL_REASONS).format(n=ctx.rng.randint(2, 14))
        rows.append(
            [
                Pii("subject_id", subject.screening_no),
                who,
                _crf_date(ctx, past(ctx, 5, 200)),
                Pii("age", str(age_of(ctx, subject))),
                sex_word(ctx, subject),
                "Y" if eligible else "N",
                Pii("subject_id", subject.sid) if eligible else "-",
            ]
            + ([Pii("randomization_number", subject.rand_no) if eligible else "-"] if with_rand else [])
            + [comment]
        )
    b.add(table(ctx, header, rows)).gap()
    if ctx.chance(0.6):
        site = current_site(ctx, trial)
        b.line(sign_off(ctx, site.pi, "Principal Investigator", ctx.now, doctor=True))
    return b


_QUERIES = (
    "AE term {ae} has a start date after the stop date. Please verify.",
    "Grade is missing for {ae} reported at {visit}. Please complete.",
    "Concomitant medication {conmed} is recorded without an indication. Please provide it or link it to an AE.",
    "Lab value {lab} is flagged as clinically significant but no AE is recorded. Please review.",
    "Date of birth {dob} gives an age outside the inclusion range. Please confirm.",
    "Randomisation number {rand} differs from the IWRS confirmation. Please check.",
    "Kit {kit} was dispensed at {visit} but the dispensing date is missing.",
    "Medical history of {mh} is recorded without a start date.",
    "Visit date {date} is outside the protocol window for {visit}.",
    "The event {ae} is marked serious but no SAE form was found.",
    "Dose recorded as {dose} at {visit}; the protocol dose is different. Please confirm.",
)
_ANSWERS = (
    "Start date corrected to {date} per source.",
    "Confirmed: the event was {grade}. Updated.",
    "Indication is {mh}; eCRF updated.",
    "Not clinically significant per investigator; flag removed.",
    "Data entry error. Corrected.",
    "Verified against the IWRS confirmation; value updated.",
    "The medication was given for {ae}; AE linked.",
    "Source confirms the recorded value. Please close.",
)


def dcf_query(ctx: Context, trial: Trial) -> DocBuilder:
    """A data clarification form: DCF number, header, one or more queries with site answers."""
    subject = pick_subject(ctx, trial, new_p=0.8)
    b = DocBuilder()
    b.line(
        ctx.choice(("DATA CLARIFICATION FORM", "Data Clarification Form (DCF)", "Query Report", "Data Query Form"))
    ).add("\n")
    issued = past(ctx, 3, 40)
    rows = [("DCF No.", query_id(ctx))] + trial_rows(ctx, trial, pi=0.3, sponsor=0.2, org=0.2)
    rows += [
        (key(ctx, SUBJECT_KEYS), Pii("subject_id", subject.sid)),
        ("Visit", visit(ctx)),
        ("Form / page", page_ref(ctx)),
        ("Date issued", day(ctx, issued)),
    ]
    if ctx.chance(0.5):
        rows.append(
            (
                "Issued by",
                [
                    person_name(ctx, trial.cra),
                    ", ",
                    Pii(
                        "job_title",
                        ctx.choice(("Data Manager", "Clinical Data Manager", "Clinical Research Associate")),
                    ),
                ],
            )
        )
    b.add(kv_block(ctx, rows)).gap()
    for i, q in enumerate(ctx.pick_many(_QUERIES, ctx.scaled(1, 3)), 1):
        b.line([f"Query {i}: " if ctx.chance(0.5) else f"{query_id(ctx)}: ", ctx.fill(q)])
        if ctx.chance(0.75):
            site = current_site(ctx, trial)
            answerer = ctx.choice([site.pi] + [p for p, _ in site.staff])
            b.line(["Response: ", ctx.fill(ctx.choice(_ANSWERS))])
            b.line(
                [
                    "Answered by: ",
                    person_name(ctx, answerer),
                    ", ",
                    day(ctx, issued + dt.timedelta(days=ctx.rng.randint(1, 14))),
                    "   Status: ",
                    ctx.choice(("Closed", "Answered", "Re-queried")),
                ]
            )
        else:
            b.line("Response: ______________________   Status: Open")
        b.add("\n")
    return b


def drug_accountability_log(ctx: Context, trial: Trial) -> DocBuilder:
    """An investigational product accountability log: receipts by shipment and lot, dispensing to participants."""
    site = current_site(ctx, trial)
    b = DocBuilder()
    b.line(
        ctx.choice(
            (
                "INVESTIGATIONAL PRODUCT ACCOUNTABILITY LOG",
                "Drug Accountability Log",
                "IMP Dispensing Log",
                "Study Drug Accountability Record",
            )
        )
    ).add("\n")
    rows = trial_rows(ctx, trial, pi=0.5, sponsor=0.3)
    form = ctx.choice(("100 mg tablets", "50 mg capsules", "150 mg/mL vials", "pre-filled syringes"))
    rows.append(("Study drug", [Pii("medication", trial.drug), f" ({trial.compound}) {form}"]))
    if site.staff and ctx.chance(0.6):
        pharmacist = site.staff[0][0]
        rows.append(("Pharmacist", [person_name(ctx, pharmacist), ", ", Pii("job_title", "Clinical Trial Pharmacist")]))
    rows.append(("Storage", ctx.choice(("2-8 °C", "15-25 °C", "below 25 °C"))))
    b.add(kv_block(ctx, rows)).gap()
    dispensers = [site.pi] + [p for p, _ in site.staff]
    initials = [(p.first[0] + p.last.split()[-1][0]).upper() for p in dispensers]
    entries = []
    when = past(ctx, 60, 200)
    for i in range(ctx.scaled(3, 8)):
        when += dt.timedelta(days=ctx.rng.randint(1, 14))
        by = Pii("person", ctx.choice(initials))
        if i == 0 or ctx.chance(0.12):
            entries.append(
                [
                    _crf_date(ctx, when),
                    "-",
                    "-",
                    lot_value(ctx),
                    f"Received {ctx.rng.randint(2, 12) * 10}",
                    "",
                    by,
                    shipment(ctx),
                ]
            )
            continue
        subject = pick_subject(ctx, trial, new_p=0.5)
        kit = new_kit(ctx, trial)
        subject.kits.append(kit)
        comment: Piece = ctx.choice(
            (
                "",
                "",
                visit(ctx),
                "Returned partially used",
                "Damaged - replaced",
                f"Temp. excursion, see {deviation_id(ctx)}",
            )
        )
        entries.append(
            [
                _crf_date(ctx, when),
                Pii("subject_id", subject.sid),
                Pii("randomization_number", kit),
                lot_value(ctx),
                str(ctx.choice((1, 1, 2))),
                str(ctx.rng.randint(0, 28)) if ctx.chance(0.5) else "",
                by,
                comment,
            ]
        )
    b.add(
        table(
            ctx,
            ["Date", key(ctx, SUBJECT_KEYS), key(ctx, KIT_KEYS), "Lot No.", "Qty", "Returned", "Initials", "Comments"],
            entries,
        )
    ).gap()
    if ctx.chance(0.6):
        b.line(sign_off(ctx, dispensers[-1], "Clinical Trial Pharmacist", ctx.now))
    return b
