"""People-centred genres: HR employee records and CVs / résumés."""

from __future__ import annotations

import datetime as dt

from ..focus import focus_block, take_focus_fields
from ..builder import DocBuilder, Piece, Pii
from ..context import Context, Person
from ..fragments import bullets, kv_block
from ..i18n import field
from ..lexicon.orgs import PRODUCTS
from ..prose import filler
from ..values import contact, finance, identity, location, timefmt
from .common import person_rows, relation

_DEPARTMENTS = (
    "Finance",
    "Engineering",
    "Sales",
    "Marketing",
    "Operations",
    "Customer Service",
    "Legal",
    "IT",
    "Human Resources",
    "Procurement",
    "Research",
    "Facilities",
    "Nursing",
    "Logistics",
)
_HISTORY = (
    "{date}: promoted to {job_title}.",
    "{date}: salary review, new salary {price} per annum.",
    "{date}: sick leave until {date2} ({medical_condition}).",
    "{date}: right to work checked, passport {passport_number} seen.",
    "{date}: company car allocated, registration {license_plate}.",
    "{date}: laptop issued, serial {device_id}.",
    "{date}: change of address to {address}.",
    "{date}: maternity leave starts; cover arranged with {name}.",
    "{date}: written warning for lateness, witnessed by {name}.",
    "{date}: completed mandatory training ({product}).",
    "{date}: requested reasonable adjustments for {medical_condition}.",
    "{date}: bank details updated to {iban}.",
    "{date}: parking permit issued for {license_plate}.",
    "{date}: occupational health referral; currently prescribed {medication}.",
    "{date}: transferred to the {city} office.",
    "{date}: secondment to {org} agreed until {date2}.",
    "{date}: username changed to {username} after name change.",
)


def hr_record(ctx: Context) -> DocBuilder:
    """An employee record: personal details, employment, bank details, emergency contact and history log."""
    employee = identity.new_person(ctx)
    employer = identity.employer(ctx, employee)
    b = DocBuilder()
    b.line(
        ctx.choice(
            (
                "EMPLOYEE RECORD",
                "Personnel file",
                "Staff details",
                "HR record - CONFIDENTIAL",
                "Employee profile",
                "New starter form",
            )
        )
    )
    if ctx.maybe("organization", 0.7):
        b.line(Pii("organization", employer))
    b.add("\n").line(ctx.choice(("Personal details", "1. Personal information", "PERSONAL")))
    rows = person_rows(
        ctx,
        employee,
        {
            "name": 1,
            "title": 0.2,
            "dob": 0.8,
            "nationality": 0.35,
            "address": 0.7,
            "phone": 0.6,
            "email": 0.5,
            "national_id": 0.55,
            "passport": 0.25,
            "drivers_license": 0.15,
            "tax_id": 0.25,
            "religion": 0.05,
            "sex": 0.3,
        },
        org=employer,
    )
    b.add(kv_block(ctx, rows)).add("\n")
    b.line(ctx.choice(("Employment", "2. Employment details", "JOB")))
    manager = identity.new_person(ctx)
    start = timefmt.near_date(ctx, past_days=3000, future_days=30)
    emp_rows: list[tuple[str, Piece]] = [
        (field(ctx, "employee_id"), Pii("employee_id", finance.employee_id(ctx))),
        (field(ctx, "job_title"), Pii("job_title", identity.job_of(ctx, employee))),
        (field(ctx, "department"), ctx.choice(_DEPARTMENTS)),
        (field(ctx, "manager"), Pii("person", manager.full) if ctx.maybe("person", 0.8) else "TBC"),
        (field(ctx, "start_date"), Pii("date", timefmt.format_date(ctx, start))),
        ("Contract", ctx.choice(("Permanent, full-time", "Fixed term, 12 months", "Part-time (0.6 FTE)", "Permanent"))),
        ("Salary", ctx.fill("{price}")),
    ]
    if ctx.maybe("city", 0.5):
        emp_rows.append(("Work location", Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities)))))
    if ctx.maybe("username", 0.3):
        emp_rows.append(("System login", Pii("username", contact.person_username(ctx, employee))))
    b.add(kv_block(ctx, emp_rows)).add("\n")
    if ctx.maybe("iban", 0.5) or ctx.maybe("bank_account_number", 0.3):
        b.line(ctx.choice(("Bank details", "Payroll", "3. Salary payment")))
        bank = person_rows(
            ctx, employee, {"iban": 0.6 if ctx.loc.language != "en" or ctx.loc.code == "en_GB" else 0.2, "account": 0.8}
        )
        bank.insert(0, ("Bank", Pii("organization", identity.organization(ctx, "bank"))))
        b.add(kv_block(ctx, bank)).add("\n")
    if ctx.maybe("phone_number", 0.6):
        kin = identity.new_person(ctx)
        b.line(
            field(ctx, "emergency"),
            ": ",
            Pii("person", kin.full),
            " (",
            relation(ctx, kin),
            "), ",
            Pii("phone_number", contact.person_phone(ctx, kin)),
        )
        b.add("\n")
    b.add(focus_block(ctx, rows)).gap()
    if ctx.chance(0.6):
        b.line(ctx.choice(("History", "Notes", "Record of changes")))
        entries = [ctx.fill(t) for t in ctx.pick_many(_HISTORY, ctx.scaled(2, 5))]
        b.add(bullets(ctx, entries)).add("\n")
    if ctx.chance(0.3):
        b.add(filler(ctx, "hr", ctx.scaled(1, 3), general=False)).add("\n")
    return b


def _month_year(ctx: Context, d: dt.date) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    long = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    return ctx.choice(
        (f"{months[d.month - 1]} {d.year}", f"{long[d.month - 1]} {d.year}", f"{d.month:02d}/{d.year}", str(d.year))
    )


_ACHIEVEMENTS = (
    "Led the migration of {pct} of workloads to {product}.",
    "Reduced processing time by {pct} through automation.",
    "Managed a team of 6 and a budget of {price}.",
    "Introduced {product} across the department.",
    "Handled escalations for key accounts and improved satisfaction scores.",
    "Delivered the {version} release on schedule.",
    "Trained new starters and wrote the onboarding guide.",
    "Negotiated supplier contracts worth {price}.",
    "Built reporting dashboards in {product}.",
    "Coordinated audits with {agency}.",
    "Cut customer complaints by a third within a year.",
)
_DEGREES = (
    "BSc Computer Science",
    "BA Economics",
    "MSc Data Science",
    "LLB Law",
    "MBA",
    "BEng Mechanical Engineering",
    "Diploma in Nursing",
    "BA English Literature",
    "MSc Finance",
    "PhD Chemistry",
    "BCom Accounting",
    "A-levels",
    "High School Diploma",
    "BTech Information Technology",
)
_LANGS = (
    "English (native)",
    "English (fluent)",
    "French (B2)",
    "German (C1)",
    "Spanish (conversational)",
    "Hindi (native)",
    "Portuguese (native)",
    "Italian (basic)",
    "Dutch (fluent)",
)


def _experience(ctx: Context, person: Person, start: dt.date, end: dt.date | None) -> list[Piece]:
    out: list[Piece] = [
        Pii("job_title", identity.job_title(ctx)),
        ctx.choice((" - ", " | ", ", ", " at ")),
        Pii("organization", identity.organization(ctx)),
    ]
    if ctx.maybe("city", 0.5):
        out += [", ", Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities)))]
    end_piece: Piece = (
        Pii("date", _month_year(ctx, end)) if end else ctx.choice(("Present", "present", "now", "current"))
    )
    out += ["\n", Pii("date", _month_year(ctx, start)), ctx.choice((" - ", " – ", " to ")), end_piece, "\n"]
    out += bullets(ctx, [ctx.fill(t) for t in ctx.pick_many(_ACHIEVEMENTS, ctx.between(1, 3 + ctx.size))], style="- ")
    return out


def cv(ctx: Context) -> DocBuilder:
    """A CV: name and contact line, profile, experience, education, skills, personal details and references."""
    person = identity.new_person(ctx)
    b = DocBuilder()
    b.line(Pii("person", person.full.upper() if ctx.chance(0.3) else person.full))
    if ctx.maybe("job_title", 0.5):
        b.line(Pii("job_title", identity.job_of(ctx, person)))
    contacts: list[list[Piece]] = []
    if ctx.maybe("email", 0.9):
        contacts.append([Pii("email", contact.person_email(ctx, person))])
    if ctx.maybe("phone_number", 0.85):
        contacts.append([Pii("phone_number", contact.person_phone(ctx, person))])
    if ctx.maybe("city", 0.6):
        city = ctx.choice(ctx.loc.cities)
        item: list[Piece] = [Pii("city", location.city_name(ctx, city))]
        if ctx.maybe("country", 0.5):
            item += [", ", Pii("country", location.country_name(ctx))]
        contacts.append(item)
    if ctx.maybe("url", 0.5):
        contacts.append([Pii("url", contact.url(ctx, person))])
    if ctx.maybe("street_address", 0.15):
        contacts.append(location.address_pieces(ctx, location.address_of(ctx, person), multiline=False, country=False))
    sep = ctx.choice((" | ", " · ", "\n", " • "))
    for i, c in enumerate(contacts):
        b.add(sep if i else "", c)
    b.add("\n\n")
    b.line(ctx.choice(("PROFILE", "Profile", "Summary", "About me")))
    b.line(
        ctx.fill(
            ctx.pick(
                (
                    "Experienced {job_title} with a track record in delivering projects on time and within budget.",
                    "Detail-oriented professional currently working as a {job_title} at {org}.",
                    "Motivated graduate looking for an entry-level role; hands-on experience with {product}.",
                    "{job_title} with a background in regulated industries and a passion for process improvement.",
                )
            )
        )
    )
    b.add(" ", filler(ctx, "hr", 1) if ctx.chance(0.3) else "").add("\n\n")
    b.line(ctx.choice(("EXPERIENCE", "Work experience", "Employment history", "Professional Experience")))
    end: dt.date | None = None
    cursor = ctx.now
    for i in range(ctx.scaled(1, 3)):
        start = cursor - dt.timedelta(days=ctx.between(200, 1600))
        b.add(_experience(ctx, person, start, end if i else (None if ctx.chance(0.6) else cursor))).add("\n")
        end = start - dt.timedelta(days=ctx.between(10, 120))
        cursor = end
    b.line(ctx.choice(("EDUCATION", "Education", "Qualifications")))
    for _ in range(1 if ctx.chance(0.7) else 2):
        year = cursor.year - ctx.between(0, 6)
        b.line(
            ctx.choice(_DEGREES),
            ", ",
            Pii("organization", identity.organization(ctx, "school")),
            ", ",
            Pii("date", str(year - ctx.between(1, 4))),
            ctx.choice((" - ", "–", " to ")),
            Pii("date", str(year)),
        )
    b.add("\n").line(ctx.choice(("SKILLS", "Skills", "Technical skills")))
    b.line(", ".join(ctx.sample(PRODUCTS, ctx.between(3, 8))))
    if ctx.chance(0.5):
        b.add("\n").line("Languages: ", ", ".join(ctx.sample(_LANGS, ctx.between(1, 3))))
    if ctx.focus or ctx.chance(0.35 if ctx.loc.language != "en" else 0.15):
        b.add("\n").line(ctx.choice(("PERSONAL DETAILS", "Personal information", "Additional information")))
        rows = person_rows(ctx, person, {"dob": 0.9, "nationality": 0.7, "drivers_license": 0.2, "address": 0.4})
        b.add(kv_block(ctx, rows + take_focus_fields(ctx, rows), "colon"))
    b.add("\n").line(ctx.choice(("REFERENCES", "References", "Referees")))
    if ctx.maybe("person", 0.5):
        for _ in range(ctx.between(1, 2)):
            ref = identity.new_person(ctx)
            org = identity.employer(ctx, ref)
            b.line(
                identity.name_of(ctx, ref, style="full"),
                ", ",
                Pii("job_title", identity.job_of(ctx, ref)),
                [", ", Pii("organization", org)] if ctx.maybe("organization", 0.7) else None,
            )
            if ctx.maybe("email", 0.6):
                b.line(Pii("email", contact.person_email(ctx, ref, org)))
            if ctx.maybe("phone_number", 0.5):
                b.line(Pii("phone_number", contact.person_phone(ctx, ref)))
    else:
        b.line(ctx.choice(("Available on request.", "References available upon request.", "On request")))
    return b
