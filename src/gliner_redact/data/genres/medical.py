"""Clinical genres: consultation / discharge notes and laboratory reports."""

from __future__ import annotations

from ..focus import focus_block
from ..builder import DocBuilder, Piece, Pii
from ..context import Context
from ..fragments import bullets, kv_block, table
from ..i18n import field
from ..lexicon.health import DOSES, FREQUENCIES, LAB_TESTS, SPECIALTIES
from ..prose import filler
from ..values import contact, health, identity, location, timefmt
from .common import person_rows, relation

_COMPLAINTS = (
    "chest pain",
    "shortness of breath",
    "a persistent cough",
    "abdominal pain",
    "headaches",
    "dizziness",
    "back ache",
    "a rash",
    "fatigue",
    "palpitations",
    "a swollen ankle",
    "fever and sore throat",
    "low mood",
    "poor sleep",
    "joint pain",
    "weight loss",
)
_HPI = (
    "{patient} is a {age_attr} {nrp_opt}{sex_word} who presents with {complaint} for the past {span}.",
    "Background of {medical_condition} and {medical_condition2}, both managed in primary care.",
    "Symptoms started {past} and have been getting worse.",
    "Currently taking {medication} {dose} {freq} and {medication2} {dose2} {freq2}.",
    "Previously treated at {hospital} for {medical_condition}.",
    "Reports an allergy to {medication}, which causes a rash.",
    "Works as a {job_title} and lives with a partner.",
    "Family history of {medical_condition} in a first-degree relative.",
    "Was seen in the emergency department {past} and discharged with {medication}.",
    "{patient_first} has been compliant with {medication} but reports side effects.",
)
_PLAN = (
    "Start {medication} {dose} {freq}.",
    "Increase {medication} to {dose}.",
    "Stop {medication} and review at the next visit.",
    "Refer to {specialty} at {hospital}.",
    "Repeat bloods {future}.",
    "Follow-up appointment on {date} at {time}.",
    "Provisional diagnosis: {medical_condition}.",
    "Impression: likely {medical_condition}; rule out {medical_condition2}.",
    "Fit note issued until {date}.",
    "Discussed with {name}, consultant on call.",
    "Safety-net advice given; return if symptoms worsen.",
)


def _clinician(ctx: Context) -> list[Piece]:
    doc = identity.new_person(ctx)
    return identity.name_of(ctx, doc, style=ctx.choice(("full", "initial_last", "last")), title=ctx.maybe("title", 0.8))


def clinical_note(ctx: Context) -> DocBuilder:
    """A consultation, SOAP or discharge note with patient identifiers, history, medications and plan."""
    patient = identity.new_person(ctx)
    b = DocBuilder()
    b.line(
        ctx.choice(
            (
                "CLINICAL NOTE",
                "Consultation note",
                "Discharge summary",
                "Outpatient clinic letter",
                "Progress note",
                "SOAP note",
                "Emergency department record",
            )
        )
    )
    if ctx.maybe("organization", 0.6):
        b.line(Pii("organization", identity.organization(ctx, "hospital")))
    b.add("\n")
    rows = person_rows(
        ctx,
        patient,
        {
            "name": 1,
            "dob": 0.8,
            "age": 0.3,
            "sex": 0.6,
            "mrn": 0.8,
            "insurance": 0.4,
            "address": 0.35,
            "phone": 0.35,
            "national_id": 0.15,
        },
    )
    rows.append((field(ctx, "date"), Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx, future_days=0)))))
    rows.append((field(ctx, "doctor"), _clinician(ctx)))
    if ctx.chance(0.5):
        rows.append(
            (
                ctx.choice(("Encounter no.", "Visit ID", "Episode", "Ref")),
                ctx.fill(ctx.choice(("{ticket_no}", "{case_no}"))),
            )
        )
    if ctx.chance(0.3):
        rows.append(("Location", ctx.choice(("Ward 7B", "Bay 3, bed 12", "Clinic room 4", "Resus 2", "Outpatients"))))
    b.add(kv_block(ctx, rows)).add("\n").add(focus_block(ctx, rows)).gap()
    age_attr = Pii("age", identity.age_text(ctx, identity.age_years(ctx, patient), attributive=True))
    nrp_opt: Piece = [Pii("nrp", identity.nrp(ctx, "ethnic")), " "] if ctx.maybe("nrp", 0.25) else ""
    sex_word = (
        {"f": "woman", "m": "man", "x": "patient"}[patient.gender]
        if ctx.chance(0.5)
        else {"f": "female", "m": "male", "x": "patient"}[patient.gender]
    )
    given = {
        "patient": (
            identity.name_of(ctx, patient, style=ctx.choice(("full", "last", "first")), title=None)
            if ctx.maybe("person", 0.6)
            else ctx.choice(("The patient", "Patient", "This patient"))
        ),
        "patient_first": Pii("person", patient.first),
        "age_attr": age_attr,
        "nrp_opt": nrp_opt,
        "sex_word": sex_word,
        "complaint": ctx.choice(_COMPLAINTS),
        "span": ctx.choice(
            ("three days", "two weeks", "several months", "48 hours", "five days", "ten days", "six weeks")
        ),
        "dose": ctx.choice(DOSES),
        "dose2": ctx.choice(DOSES),
        "freq": ctx.choice(FREQUENCIES),
        "freq2": ctx.choice(FREQUENCIES),
        "specialty": ctx.choice(SPECIALTIES),
    }
    sections = [
        ("History of presenting complaint", "HPI", "Subjective", "S:"),
        ("Examination", "Objective", "O/E", "O:"),
        ("Assessment and plan", "Plan", "A/P", "A&P:"),
    ]
    b.line(ctx.choice(sections[0]))
    hpi = ctx.pick_many(_HPI[1:], ctx.scaled(2, 4))
    for i, t in enumerate([_HPI[0]] + hpi):
        b.add(" " if i else "", ctx.fill(t, **given))
    b.gap()
    b.line(ctx.choice(sections[1]))
    b.add(
        f"BP {ctx.between(100, 170)}/{ctx.between(60, 100)}, HR {ctx.between(52, 120)}, "
        f"SpO2 {ctx.between(91, 100)}%, Temp {ctx.between(360, 395) / 10}. "
    )
    b.add(filler(ctx, "medical", ctx.scaled(1, 3), general=False)).gap()
    if ctx.maybe("medication", 0.6):
        b.line(ctx.choice(("Current medications", "Medications", "Drug history", "Rx")))
        names = {health.medication(ctx) for _ in range(ctx.scaled(1, 4))}
        meds = [[Pii("medication", name), f" {ctx.choice(DOSES)} {ctx.choice(FREQUENCIES)}"] for name in sorted(names)]
        b.add(bullets(ctx, meds)).add("\n")
    if ctx.maybe("medical_condition", 0.5):
        b.line(ctx.choice(("Past medical history", "PMH", "Problem list")))
        conditions = sorted({health.condition(ctx) for _ in range(ctx.scaled(1, 4))})
        b.add(bullets(ctx, [[Pii("medical_condition", c)] for c in conditions])).add("\n")
    b.line(ctx.choice(sections[2]))
    plan = [ctx.fill(t, **given) for t in ctx.pick_many(_PLAN, ctx.scaled(2, 4))]
    b.add(bullets(ctx, plan) if ctx.chance(0.6) else [p for part in plan for p in (part, " ")]).gap()
    if ctx.maybe("phone_number", 0.25):
        kin = identity.new_person(ctx)
        b.line(
            "Next of kin: ",
            Pii("person", kin.full),
            " (",
            relation(ctx, kin),
            "), ",
            Pii("phone_number", contact.person_phone(ctx, kin)),
        )
    if ctx.chance(0.4):
        b.line(
            ctx.fill(
                ctx.choice(
                    (
                        "Vaccine batch no. {sku} recorded.",
                        "Document generated by {product} ({version}).",
                        "Order set {sku} applied.",
                        "Total consultation time {duration}.",
                        "Prescription charge {price} exempt.",
                    )
                )
            )
        )
    b.add("\n").line(ctx.choice(("Signed: ", "Electronically signed by ", "")), _clinician(ctx))
    if ctx.maybe("job_title", 0.4):
        b.line(
            Pii(
                "job_title",
                ctx.choice(
                    (
                        "Consultant Cardiologist",
                        "General Practitioner",
                        "Registrar",
                        "Nurse Practitioner",
                        "Specialty Doctor",
                        "Foundation Doctor",
                    )
                ),
            )
        )
    return b


def lab_report(ctx: Context) -> DocBuilder:
    """A laboratory report: lab header, patient block, requesting clinician, results table and comments."""
    patient = identity.new_person(ctx)
    lab = (
        identity.organization(ctx, "hospital")
        if ctx.chance(0.5)
        else f"{ctx.choice(('Synlab', 'Quest', 'Unilabs', 'Eurofins', 'Sonic', 'Medlab', 'Labcorp', 'BioLab'))} "
        f"{ctx.choice(('Diagnostics', 'Laboratories', 'Pathology', 'Clinical Lab'))}"
    )
    b = DocBuilder()
    if ctx.maybe("organization", 0.8):
        b.line(Pii("organization", lab))
    if ctx.maybe("street_address", 0.4):
        b.line(location.address_pieces(ctx, multiline=ctx.chance(0.5), country=False))
    if ctx.maybe("phone_number", 0.3):
        b.line("Tel ", ctx.v("phone_number"))
    b.add("\n").line(
        ctx.choice(
            ("LABORATORY REPORT", "Pathology Report", "Test Results", "CUMULATIVE REPORT", "Biochemistry / Haematology")
        )
    )
    b.add("\n")
    rows = person_rows(
        ctx,
        patient,
        {
            "name": 1,
            "dob": 0.85,
            "sex": 0.7,
            "mrn": 0.7,
            "insurance": 0.35,
            "age": 0.2,
            "address": 0.2,
            "national_id": 0.1,
        },
    )
    rows.append(("Requested by", _clinician(ctx)))
    collected = timefmt.near_date(ctx, future_days=0)
    rows.append(("Collected", Pii("date", timefmt.timestamp_text(ctx, collected))))
    if ctx.chance(0.6):
        rows.append(("Received", Pii("date", timefmt.timestamp_text(ctx, collected))))
    rows.append(("Specimen", ctx.fill("{sku}")))
    b.add(kv_block(ctx, rows)).add("\n").add(focus_block(ctx, rows)).gap()
    tests = ctx.sample(LAB_TESTS, ctx.scaled(3, 10))
    result_rows = []
    for name, unit, lo, hi in tests:
        value = ctx.rng.uniform(lo * 0.7, hi * 1.3)
        flag = "H" if value > hi else "L" if value < lo else ""
        fmt = (lambda x: f"{x:.1f}") if hi < 20 else (lambda x: f"{x:.0f}")
        result_rows.append([name, fmt(value), unit, f"{fmt(lo)}-{fmt(hi)}", flag])
    b.add(table(ctx, ("Test", "Result", "Units", "Reference range", "Flag"), result_rows)).add("\n")
    if ctx.chance(0.6):
        b.line(
            ctx.choice(("Comment: ", "Clinical details: ", "Notes: ")),
            ctx.fill(
                ctx.pick(
                    (
                        "Query {medical_condition}. Patient on {medication}.",
                        "Results phoned to {name} at {time}.",
                        "Sample haemolysed; please repeat.",
                        "Consistent with {medical_condition}.",
                        "Known {medical_condition}, on {medication}.",
                        "Please correlate clinically. Copy to {hospital}.",
                    )
                )
            ),
        )
    b.line(
        ctx.choice(("Verified by ", "Authorised by ", "Reported by ")),
        _clinician(ctx),
        ", ",
        Pii("date", timefmt.timestamp_text(ctx, collected)),
    )
    return b
