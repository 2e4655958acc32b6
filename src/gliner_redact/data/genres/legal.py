"""Legal and claims genres: contracts, court filings and insurance claims."""

from __future__ import annotations

import datetime as dt

from ..focus import focus_block, take_focus_fields
from ..builder import DocBuilder, Piece, Pii
from ..context import Context
from ..fragments import kv_block
from ..prose import CLAUSES, filler
from ..values import contact, finance, identity, location, timefmt
from .common import person_rows


def _party(ctx: Context, company: bool) -> list[Piece]:
    if company:
        org = identity.organization(ctx, ctx.choice(("company", "startup", "faker", "family")))
        out: list[Piece] = [Pii("organization", org)]
        if ctx.chance(0.4):
            out += [", a company registered under number ", ctx.fill("{company_no}")]
        elif ctx.maybe("country", 0.5):
            out += [", a company incorporated in ", Pii("country", location.country_name(ctx))]
        out += [", whose registered office is at ", location.address_pieces(ctx, multiline=False, country=False)]
        return out
    person = identity.new_person(ctx)
    out = [identity.name_of(ctx, person, style="full", title=ctx.maybe("title", 0.4))]
    if ctx.maybe("date_of_birth", 0.3):
        out += [", born ", Pii("date_of_birth", timefmt.dob_text(ctx, identity.birth_date(ctx, person)))]
    out += [", of ", location.address_pieces(ctx, location.address_of(ctx, person), multiline=False)]
    if ctx.maybe("passport_number", 0.15):
        out += [", holder of passport no. ", ctx.v("passport_number")]
    return out


def contract(ctx: Context) -> DocBuilder:
    """An agreement: title, parties, recitals, numbered clauses (many for long documents), schedule, signatures."""
    b = DocBuilder()
    b.line(
        ctx.choice(
            (
                "SERVICES AGREEMENT",
                "EMPLOYMENT CONTRACT",
                "NON-DISCLOSURE AGREEMENT",
                "CONSULTANCY AGREEMENT",
                "TENANCY AGREEMENT",
                "LOAN AGREEMENT",
                "SUPPLY AGREEMENT",
                "SETTLEMENT AGREEMENT",
            )
        )
    )
    b.add("\n")
    effective = timefmt.near_date(ctx)
    b.line(
        "This Agreement is dated ",
        Pii("date", timefmt.format_date(ctx, effective, ctx.choice(("long", "long_us", "ordinal")))),
        ' (the "Effective Date") and is made between:',
    )
    b.add("\n")
    company_first = ctx.chance(0.7)
    b.line(
        "(1) ",
        _party(ctx, company_first),
        ' (the "',
        ctx.choice(("Supplier", "Company", "Lender", "Landlord", "Employer")),
        '"); and',
    )
    b.line(
        "(2) ",
        _party(ctx, ctx.chance(0.3)),
        ' (the "',
        ctx.choice(("Customer", "Consultant", "Borrower", "Tenant", "Employee")),
        '").',
    )
    b.add("\n").line("BACKGROUND")
    b.line(
        "(A) ",
        ctx.fill(
            ctx.pick(
                (
                    "The Supplier carries on business as a provider of {product} implementation services.",
                    "The Company wishes to engage the Consultant, who works as a {job_title}, on the terms below.",
                    "The Landlord is the registered owner of the property at {address}.",
                    "The parties have been discussing a potential collaboration since {date}.",
                )
            )
        ),
    )
    b.line("(B) The parties wish to record the terms on which they will do business.")
    b.add("\n")
    n_clauses = min(len(CLAUSES), ctx.scaled(3, 8))
    for i, (heading, body) in enumerate(ctx.sample(CLAUSES, n_clauses), 1):
        b.line(f"{i}. {heading.upper() if ctx.chance(0.5) else heading}")
        b.line(f"{i}.1 {body}")
        if ctx.chance(0.4):
            b.line(f"{i}.2 ", filler(ctx, "legal", ctx.between(1, 2), general=False))
        if ctx.chance(0.15):
            b.line(
                f"{i}.3 ",
                ctx.fill(
                    ctx.pick(
                        (
                            "Payments shall be made to {iban} or such other account as the Supplier notifies.",
                            "Notices to the Customer shall be sent to {email}, marked for the attention of {name}.",
                            "The Consultant's tax reference is {tax_id}.",
                            "The Employee's salary shall be paid into account {bank_account_number} "
                            "({routing_name} {routing_number}).",
                            "The Tenant shall not park any vehicle other than {license_plate} in the allocated space.",
                            "The Employee shall report to {name}, {job_title}.",
                            "The Borrower's {natid_name} is {natid}.",
                        )
                    )
                ),
            )
        b.add("\n")
    b.line("SCHEDULE")
    extra = take_focus_fields(ctx)
    if extra:
        b.add(kv_block(ctx, extra, "colon"))
    b.line(f"Fees: {finance.amount(ctx, 500, 90000)} per {ctx.choice(('month', 'annum', 'project phase'))}.")
    b.line(ctx.fill("Governing law: the laws of {country}."))
    b.add("\n").line("SIGNED by the parties on the date above.").add("\n")
    for side in range(2):
        signer = identity.new_person(ctx)
        b.line("Signed: ______________________")
        style = ctx.choice(("full", "full", "first_initial_last", "initial_last", "initials_last"))
        b.line("Name: ", identity.name_of(ctx, signer, style=style, title=ctx.maybe("title", 0.2)))
        if ctx.maybe("job_title", 0.6):
            b.line("Title: ", Pii("job_title", identity.job_of(ctx, signer)))
        b.line("Date: ", Pii("date", timefmt.format_date(ctx, effective + dt.timedelta(days=side * ctx.between(0, 3)))))
        b.add("\n")
    if ctx.maybe("person", 0.3):
        witness = identity.new_person(ctx)
        b.line(
            "Witness: ",
            Pii("person", witness.full),
            ", ",
            location.address_pieces(ctx, multiline=False),
            ", ",
            Pii("job_title", identity.job_of(ctx, witness)),
        )
    return b


_COURTS = {
    "en_US": (
        "SUPERIOR COURT OF THE STATE OF {R}",
        "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF {R}",
        "CIRCUIT COURT FOR THE CITY OF {C}",
    ),
    "en_GB": ("IN THE COUNTY COURT AT {C}", "IN THE HIGH COURT OF JUSTICE", "EMPLOYMENT TRIBUNALS ({C})"),
    "en_CA": ("{R} SUPERIOR COURT OF JUSTICE", "COURT OF KING'S BENCH OF {R}", "SUPREME COURT OF {R}"),
    "en_AU": ("IN THE LOCAL COURT OF {R}", "FEDERAL CIRCUIT AND FAMILY COURT", "MAGISTRATES' COURT AT {C}"),
    "en_IN": (
        "IN THE HIGH COURT OF {R}",
        "IN THE COURT OF THE CIVIL JUDGE, {C}",
        "DISTRICT CONSUMER DISPUTES REDRESSAL COMMISSION, {C}",
    ),
    "other": ("IN THE DISTRICT COURT OF {C}", "COURT OF FIRST INSTANCE, {C}", "LABOUR COURT OF {C}"),
}
_ALLEGATIONS = (
    "On {date}, the Defendant, driving a vehicle registered {license_plate}, collided with the Plaintiff's vehicle.",
    "The Plaintiff, who was {age} at the time, suffered {medical_condition} and was treated at {hospital}.",
    "The Defendant was employed by {company} as a {job_title} from {date} until {date2}.",
    "The Plaintiff resides at {address}.",
    "At approximately {time} the Defendant entered the premises at {street_address} without permission.",
    "The Defendant transferred funds from account {bank_account_number} to an account held in {country}.",
    "Messages were sent from {phone_number} and {email} to the Plaintiff over several weeks.",
    "The Defendant used the username {username} to post the statements complained of.",
    "The Plaintiff is {nrp} and alleges she was treated less favourably because of that.",
    "Records show the Defendant's vehicle, VIN {vin}, at the scene.",
    "The Plaintiff's wages were paid into {iban} and were withheld without notice.",
    "Witness {name} observed the incident from across the road.",
    "The payments were routed through the wallet {crypto_wallet}.",
    "The Defendant's IP address, {ip_address}, was logged at the time of access.",
)


def court_filing(ctx: Context) -> DocBuilder:
    """A complaint / claim form: court caption, case number, parties, numbered allegations, counsel signature."""
    plaintiff, defendant = identity.new_person(ctx), identity.new_person(ctx)
    b = DocBuilder()
    city = ctx.choice(ctx.loc.cities)
    caption = ctx.choice(_COURTS.get(ctx.loc.code, _COURTS["other"]))
    b.line(
        ctx.fill(caption, R=Pii("region", city.region.upper()), C=Pii("city", location.city_name(ctx, city).upper()))
    )
    b.add("\n").line(ctx.fill("Case No. {case_no}")).add("\n")
    b.line(identity.name_of(ctx, plaintiff, style=ctx.choice(("full", "upper_last", "upper_full"))), ",")
    b.line("        Plaintiff,").line("    v.")
    if ctx.chance(0.4):
        b.line(Pii("organization", identity.organization(ctx)), ",")
    else:
        b.line(identity.name_of(ctx, defendant, style=ctx.choice(("full", "upper_last", "upper_full"))), ",")
    b.line("        Defendant.").add("\n")
    b.line(ctx.choice(("COMPLAINT FOR DAMAGES", "PARTICULARS OF CLAIM", "STATEMENT OF CLAIM", "PETITION")))
    b.add("\n")
    n = ctx.scaled(3, 8)
    allegations = [ctx.fill(t) for t in ctx.pick_many(_ALLEGATIONS, n)]
    for i, allegation in enumerate(allegations, 1):
        b.line(f"{i}. ", allegation)
        if ctx.chance(0.3):
            b.line(f"{i}A. ", filler(ctx, "legal", 1, general=False))
    extra = take_focus_fields(ctx)
    if extra:
        b.add("\n").line(
            ctx.choice(("SCHEDULE OF PARTICULARS", "Exhibit A - identifying details", "APPENDIX", "Schedule 1"))
        )
        b.add(kv_block(ctx, extra, ctx.choice(("colon", "pad", "dash"))))
    b.add("\n").line("Dated: ", Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx))))
    counsel = identity.new_person(ctx)
    firm = identity.organization(ctx, "law")
    b.add("\n").line(
        identity.name_of(ctx, counsel, style="full", title=False), ctx.choice((", Esq.", "", ", Solicitor", ""))
    )
    b.line(Pii("organization", firm))
    b.line(location.address_pieces(ctx, multiline=True, country=False))
    if ctx.maybe("phone_number", 0.7):
        b.line("Tel: ", ctx.v("phone_number"))
    if ctx.maybe("email", 0.7):
        b.line(Pii("email", contact.person_email(ctx, counsel, firm)))
    b.line("Attorney for Plaintiff" if ctx.loc.code == "en_US" else "Solicitors for the Claimant")
    return b


_CLAIM_KINDS = ("Motor", "Home", "Travel", "Health", "Personal injury")


def insurance_claim(ctx: Context) -> DocBuilder:
    """A claim form: policyholder details, incident details, third parties, injuries, vehicles, payout account."""
    kind = ctx.choice(_CLAIM_KINDS)
    holder = identity.new_person(ctx)
    b = DocBuilder()
    if ctx.maybe("organization", 0.75):
        b.line(Pii("organization", identity.organization(ctx, "insurer")))
    b.line(f"{kind} insurance claim form" if ctx.chance(0.5) else f"{kind.upper()} CLAIM")
    b.line(ctx.fill("Claim number: {case_no}")).add("\n")
    b.line(ctx.choice(("Section 1 - Policyholder", "POLICYHOLDER DETAILS", "About you")))
    wanted = {"name": 1, "title": 0.3, "dob": 0.7, "address": 0.8, "phone": 0.7, "email": 0.6, "customer_id": 0.5}
    if kind in ("Health", "Personal injury", "Travel"):
        wanted["insurance"] = 0.8
    if kind == "Motor":
        wanted["drivers_license"] = 0.6
    rows = person_rows(ctx, holder, wanted)
    b.add(kv_block(ctx, rows)).add("\n")
    b.line(ctx.choice(("Section 2 - Incident", "DETAILS OF LOSS", "What happened")))
    when = timefmt.near_date(ctx, past_days=90, future_days=0)
    rows: list[tuple[str, Piece]] = [
        ("Date of incident", Pii("date", timefmt.format_date(ctx, when))),
        ("Time", Pii("time", timefmt.time_text(ctx))),
    ]
    if ctx.maybe("gps_coordinates", 0.15):
        rows.append(("Location", ctx.v("gps_coordinates")))
    else:
        rows.append(("Location", location.address_pieces(ctx, multiline=False, country=False)))
    b.add(kv_block(ctx, rows)).add("\n")
    narrative = {
        "Motor": (
            "I was stationary at the lights when the vehicle behind, registration {license_plate}, hit my car.",
            "The other driver, {name}, gave me their number, {phone_number}.",
            "Their insurer is {insurer}.",
            "My car's VIN is {vin} and registration {license_plate2}.",
            "Police attended and issued reference {case_no}.",
            "I was taken to {hospital} with {medical_condition}.",
        ),
        "Home": (
            "Water came through the ceiling from the flat above at {street_address}.",
            "The neighbour, {name}, can be contacted on {phone_number}.",
            "A plumber from {org} attended at {time}.",
            "Damaged items include a laptop (serial {device_id}).",
            "The property was empty while we were away in {country}.",
        ),
        "Travel": (
            "My bag was stolen at the hotel in {city}, {country}.",
            "It contained my passport, number {passport_number}.",
            "I reported it to the local police at {time}.",
            "My phone, IMEI {imei}, was also taken.",
            "I had to buy a new ticket for {price}.",
            "The hotel manager, {name}, wrote a statement.",
        ),
        "Health": (
            "I was admitted to {hospital} with {medical_condition}.",
            "I was prescribed {medication} on discharge.",
            "My MRN at the hospital is {medical_record_number}.",
            "The treating doctor was {title} {last}.",
            "Treatment costs came to {price}.",
            "I am {age} and have no previous claims.",
        ),
        "Personal injury": (
            "I slipped on an unmarked wet floor at {org}.",
            "I suffered {medical_condition} and {medical_condition2}.",
            "I was seen at {hospital}, hospital number {medical_record_number}.",
            "A witness, {name}, saw the fall; their number is {phone_number}.",
            "I have been unable to work as a {job_title} since {date}.",
        ),
    }[kind]
    b.line(ctx.choice(("Description", "Please describe what happened", "Circumstances")))
    for i, t in enumerate(ctx.pick_many(narrative, ctx.between(2, 5))):
        b.add(" " if i else "", ctx.fill(t))
    b.gap()
    if kind == "Motor" and ctx.chance(0.6):
        b.line("Vehicle details")
        b.add(
            kv_block(
                ctx,
                [
                    ("Registration", ctx.v("license_plate")),
                    ("VIN", ctx.v("vin")),
                    (
                        "Make/model",
                        ctx.choice(
                            (
                                "Ford Focus",
                                "VW Golf",
                                "Toyota Corolla",
                                "Honda Civic",
                                "Renault Clio",
                                "Fiat 500",
                                "Tata Nexon",
                                "Hyundai i20",
                            )
                        ),
                    ),
                    ("Mileage", f"{ctx.between(5, 180)},{ctx.between(100, 999)}"),
                ],
            )
        ).add("\n")
    b.add(focus_block(ctx, rows)).add("\n")
    b.line(ctx.choice(("Section 3 - Payment", "SETTLEMENT", "How should we pay you?")))
    if ctx.loc.code in ("en_US", "en_CA", "en_AU", "en_IN"):
        name = str(ctx.slot("routing_name"))
        b.add(
            kv_block(
                ctx,
                [
                    ("Account number", ctx.v("bank_account_number")),
                    (name[0].upper() + name[1:], ctx.v("routing_number")),
                ],
            )
        )
    else:
        b.add(kv_block(ctx, [("IBAN", ctx.v("iban"))]))
    b.add("\n").add(filler(ctx, "insurance", ctx.between(1, 2), general=False)).add("\n\n")
    b.line("Declaration: I confirm the information above is true.")
    b.line(
        "Signed: ",
        Pii("person", holder.full),
        "   Date: ",
        Pii("date", timefmt.format_date(ctx, when + dt.timedelta(days=ctx.between(1, 20)))),
    )
    return b
