"""Form-like genres: KYC / onboarding web forms, meeting notes, travel bookings and vehicle rental agreements."""

from __future__ import annotations

import datetime as dt

from ..focus import focus_block, take_focus_fields, take_focus_sentences
from ..builder import DocBuilder, Piece, Pii
from ..context import Context
from ..fragments import bullets, kv_block, mention
from ..i18n import field
from ..negatives import case_number
from ..prose import FILLER, filler
from ..topics import TOPICS
from ..values import contact, finance, identity, location, timefmt
from .common import person_rows

_CHECKBOX = ("[x]", "[ ]", "☑", "☐", "(•)", "( )")


def kyc_form(ctx: Context) -> DocBuilder:
    """A know-your-customer web form as submitted: sections of labelled fields, declarations, upload names."""
    person = identity.new_person(ctx)
    org = identity.organization(ctx, ctx.choice(("bank", "startup", "insurer", "company")))
    b = DocBuilder()
    b.line(
        [Pii("organization", org), ctx.choice((" - ", " | ", ": "))] if ctx.maybe("organization", 0.8) else None,
        ctx.choice(
            ("Account opening", "Customer verification", "KYC questionnaire", "Onboarding form", "Identity check")
        ),
    )
    b.line(
        ctx.fill(ctx.choice(("Submission ID: {request_id}", "Application ref {ticket_no}", "Form version {version}")))
    )
    if ctx.maybe("date", 0.6):
        b.line(ctx.choice(("Submitted: ", "Received ")), Pii("date", timefmt.timestamp_text(ctx)))
    b.add("\n").line(
        ctx.choice(("1. Personal details", "PERSONAL INFORMATION", "About you", "Step 1 of 4 - Your details"))
    )
    rows = person_rows(
        ctx,
        person,
        {
            "name": 1,
            "title": 0.3,
            "dob": 0.9,
            "nationality": 0.6,
            "national_id": 0.55,
            "passport": 0.4,
            "drivers_license": 0.25,
            "sex": 0.3,
            "tax_id": 0.3,
        },
    )
    style = ctx.choice(("colon", "pad", "pipe", "equals", "bold"))
    b.add(kv_block(ctx, rows, style)).add("\n")
    b.line(ctx.choice(("2. Contact & address", "CONTACT DETAILS", "Where do you live?")))
    b.add(kv_block(ctx, person_rows(ctx, person, {"address": 1, "phone": 0.9, "email": 0.9}), style)).add("\n")
    if ctx.maybe("street_address", 0.3):
        b.line("Previous address (if less than 3 years): ", location.address_pieces(ctx, multiline=False))
        b.add("\n")
    b.line(ctx.choice(("3. Employment & finances", "FINANCIAL PROFILE", "Source of funds")))
    fin: list[tuple[str, Piece]] = []
    if ctx.maybe("job_title", 0.8):
        fin.append((field(ctx, "occupation"), Pii("job_title", identity.job_of(ctx, person))))
    if ctx.maybe("organization", 0.6):
        fin.append((field(ctx, "employer"), Pii("organization", identity.employer(ctx, person))))
    fin.append(("Annual income", ctx.choice(("< 25,000", "25,000 - 50,000", "50,000 - 100,000", "> 100,000"))))
    fin.append(("Source of funds", ctx.choice(("Salary", "Savings", "Inheritance", "Business income", "Pension"))))
    if ctx.maybe("country", 0.5):
        fin.append(("Tax residency", Pii("country", location.country_name(ctx, local=ctx.chance(0.7)))))
    fin += person_rows(ctx, person, {"iban": 0.5, "account": 0.3})
    if ctx.maybe("crypto_wallet", 0.15):
        fin.append(("Crypto wallet (optional)", ctx.v("crypto_wallet")))
    b.add(kv_block(ctx, fin, style)).add("\n")
    b.add(focus_block(ctx, rows, style))
    if ctx.maybe("credit_card_number", 0.25):
        b.line(ctx.choice(("Payment card for fees", "4. Card details")))
        card: list[tuple[str, Piece]] = [
            (field(ctx, "card"), ctx.v("credit_card_number")),
            (field(ctx, "expiry"), ctx.v("card_expiry")),
        ]
        if ctx.maybe("card_security_code", 0.7):
            card.append((field(ctx, "cvv"), ctx.v("card_security_code")))
        b.add(kv_block(ctx, card, style)).add("\n")
    b.line(ctx.choice(("Declarations", "Compliance questions")))
    b.line(ctx.choice(_CHECKBOX), " I am a politically exposed person (PEP)")
    b.line(ctx.choice(_CHECKBOX), " I am a US person for tax purposes")
    b.line(ctx.choice(_CHECKBOX), " I consent to electronic identity verification")
    b.add("\n").line(
        ctx.choice(("Uploaded documents: ", "Attachments: ")),
        ", ".join(
            ctx.sample(
                (
                    "passport_scan.pdf",
                    "utility_bill.jpg",
                    "selfie.png",
                    "payslip.pdf",
                    "bank_statement.pdf",
                    "id_front.jpg",
                    "id_back.jpg",
                ),
                ctx.between(1, 3),
            )
        ),
    )
    if ctx.maybe("ip_address", 0.35):
        b.line("Submitted from IP ", ctx.v("ip_address"), ctx.fill(", user agent {product}"))
    if ctx.maybe("username", 0.2):
        b.line("Portal login: ", Pii("username", contact.person_username(ctx, person)))
    return b


def meeting_notes(ctx: Context) -> DocBuilder:
    """Minutes: title, date/time, attendees with roles, agenda, discussion bullets and action items."""
    topic = ctx.choice(TOPICS)
    attendees = [identity.new_person(ctx) for _ in range(ctx.between(2, 5))]
    org = identity.organization(ctx)
    b = DocBuilder()
    b.line(
        ctx.choice(("Meeting notes", "Minutes", "MEETING MINUTES", "Call notes", "1:1 notes", "Steering group")),
        ctx.choice((": ", " - ", " — ")),
        ctx.fill(ctx.choice(topic.subjects)),
    )
    b.line(
        field(ctx, "date"),
        ": ",
        Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx))),
        ctx.choice((", ", " | ", "  ")),
        Pii("time", timefmt.time_text(ctx)),
        [ctx.choice((" - ", "–", " to ")), Pii("time", timefmt.time_text(ctx))] if ctx.chance(0.4) else "",
    )
    b.line(ctx.choice(("Location: ", "Where: ")), ctx.fill(ctx.choice(("{room}", "{product} call", "{room}, {org}"))))
    if ctx.chance(0.6):
        agenda = [
            ctx.fill(t)
            for t in ctx.sample(
                (
                    "Budget update ({price} remaining)",
                    "Release {version} go/no-go",
                    "Open tickets, incl. {ticket_no}",
                    "Vendor contract renewal",
                    "Migration to {product}",
                    "Incident review ({case_no})",
                    "AOB",
                    "Pricing for SKU {sku}",
                    "Hiring plan",
                ),
                ctx.between(2, 4),
            )
        ]
        b.line("Agenda:").add(bullets(ctx, agenda, style="num"))
    b.line(ctx.choice(("Attendees:", "Present:", "Participants:")))
    items = []
    for p in attendees:
        item: list[Piece] = identity.name_of(ctx, p, style=ctx.choice(("full", "full", "first", "initial_last")))
        if ctx.maybe("job_title", 0.5):
            item += [" (", Pii("job_title", identity.job_of(ctx, p)), ")"]
        if ctx.maybe("organization", 0.2):
            item += [", ", Pii("organization", org)]
        items.append(item)
    b.add(bullets(ctx, items, style=ctx.choice(("- ", "* ", "• ")))).gap()
    if ctx.chance(0.5):
        b.line("Apologies: ", Pii("person", identity.new_person(ctx).full)).gap()
    b.line(ctx.choice(("Discussion", "Notes", "Key points")))
    labels = topic.extra_labels + ("person", "date", "email", "phone_number", "organization")
    notes = []
    for _ in range(ctx.scaled(2, 6)):
        r = ctx.rng.random()
        if r < 0.45:
            notes.append(ctx.fill(ctx.pick(topic.sentences)))
        elif r < 0.7:
            notes.append(mention(ctx, labels))
        elif r < 0.85:
            notes.append(ctx.fill(ctx.pick(FILLER["meeting"])))
        else:
            sentence = ctx.choice(FILLER["meeting"])
            notes.append(
                [
                    Pii("person", ctx.choice(attendees).first),
                    ctx.choice((" noted that ", " said ")),
                    sentence[0].lower() + sentence[1:],
                ]
            )
    b.add(bullets(ctx, notes + take_focus_sentences(ctx))).gap()
    b.line(ctx.choice(("Actions", "Action items", "Next steps", "AP")))
    actions = []
    for _ in range(ctx.scaled(1, 4)):
        owner = ctx.choice(attendees)
        who: Piece = (
            Pii("person", owner.first)
            if ctx.chance(0.6)
            else Pii("username", "@" + contact.person_username(ctx, owner))
        )
        actions.append(
            [
                who,
                " to ",
                ctx.choice(
                    (
                        "send the revised draft",
                        "confirm the budget",
                        "book the follow-up",
                        "update the tracker",
                        "chase the supplier",
                        "check the figures",
                        "share the slides",
                    )
                ),
                " ",
                _deadline(ctx),
            ]
        )
    b.add(bullets(ctx, actions, style=ctx.choice(("- [ ] ", "- ", "num")))).gap()
    b.line(
        ctx.choice(("Next meeting: ", "Next call: ")),
        Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx, past_days=0))),
        " at ",
        Pii("time", timefmt.time_text(ctx)),
    )
    return b


def _deadline(ctx: Context) -> list[Piece]:
    """ "by Friday", "by 12/03/2024", "next week", "on 5 March" - a future date with its preposition."""
    if ctx.chance(0.5):
        d = timefmt.near_date(ctx, past_days=0, future_days=30)
        text = timefmt.WEEKDAYS[d.weekday()] if ctx.chance(0.4) else timefmt.format_date(ctx, d)
        return ["by ", Pii("date", text)]
    return timefmt.when(ctx, "future")


_AIRPORTS = ("LHR", "JFK", "CDG", "FRA", "AMS", "MAD", "FCO", "BOM", "DEL", "SYD", "YYZ", "GRU", "DXB", "SIN", "LAX")


def travel_booking(ctx: Context) -> DocBuilder:
    """A booking confirmation: passengers with passport data, flights, hotel, payment and contact details."""
    lead = identity.new_person(ctx)
    b = DocBuilder()
    agency = identity.organization(ctx, ctx.choice(("company", "startup")))
    b.line(Pii("organization", agency), " - ", ctx.choice(("Booking confirmation", "E-ticket receipt", "Itinerary")))
    b.line(f"Booking reference: {finance.letters(ctx, 6)}")
    b.line(ctx.choice(("Booked on ", "Issued ")), Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx))))
    b.add("\n").line("Passengers")
    pax = [lead] + [identity.new_person(ctx) for _ in range(ctx.between(0, 3))]
    for i, p in enumerate(pax, 1):
        item: list[Piece] = [
            f"{i}. ",
            Pii("title", identity.title_for(ctx, p)),
            " ",
            Pii("person", f"{p.last.upper()}/{p.first.upper()}" if ctx.chance(0.4) else p.full),
        ]
        if ctx.maybe("date_of_birth", 0.6):
            item += [", DOB ", Pii("date_of_birth", timefmt.dob_text(ctx, identity.birth_date(ctx, p)))]
        if ctx.maybe("passport_number", 0.7):
            item += [", passport ", ctx.v("passport_number")]
        if ctx.maybe("nrp", 0.3):
            item += [", nationality ", Pii("nrp", identity.nrp(ctx, "nationality"))]
        if ctx.maybe("customer_id", 0.3):
            item += [", frequent flyer ", ctx.v("customer_id")]
        b.line(item)
    extra = take_focus_fields(ctx)
    if extra:
        b.add("\n").add(kv_block(ctx, extra))
    b.add("\n").line("Flights")
    day = timefmt.near_date(ctx, past_days=0, future_days=200)
    for leg in range(ctx.between(1, 3)):
        dep, arr = ctx.sample(_AIRPORTS, 2)
        b.line(
            f"{finance.letters(ctx, 2)} {ctx.between(10, 9999)}  {dep} → {arr}  ",
            Pii("date", timefmt.format_date(ctx, day, ctx.choice(("short", "numeric", "weekday_long")))),
            "  dep ",
            Pii("time", timefmt.time_text(ctx)),
            "  arr ",
            Pii("time", timefmt.time_text(ctx)),
            f"  seat {ctx.between(1, 45)}{ctx.choice('ABCDEF')}",
        )
        day += dt.timedelta(days=ctx.between(0, 14))
    if ctx.chance(0.7):
        b.add("\n").line("Hotel")
        b.line(
            ctx.choice(("Grand", "Park", "Central", "Harbour", "Royal")), " ", ctx.choice(("Hotel", "Suites", "Inn"))
        )
        b.line(location.address_pieces(ctx, multiline=ctx.chance(0.5)))
        b.line("Check-in ", Pii("date", timefmt.format_date(ctx, day)), " from ", Pii("time", timefmt.time_text(ctx)))
    b.add("\n").line(
        "Contact: ",
        Pii("email", contact.person_email(ctx, lead)),
        ", ",
        Pii("phone_number", contact.person_phone(ctx, lead)),
    )
    b.line(
        "Paid with ",
        finance.masked_card(ctx) if ctx.chance(0.6) else ctx.v("credit_card_number"),
        f" - total {finance.amount(ctx, 80, 6000)}",
    )
    return b


def vehicle_rental(ctx: Context) -> DocBuilder:
    """A car rental agreement: renter, licence, vehicle identifiers, pick-up/return, card and damage notes."""
    renter = identity.new_person(ctx)
    b = DocBuilder()
    company = identity.organization(ctx, ctx.choice(("company", "family")))
    b.line(
        Pii("organization", company), " - ", ctx.choice(("Rental Agreement", "Vehicle hire contract", "RENTAL RECORD"))
    )
    b.line(f"Agreement no. {case_number(ctx)}").add("\n")
    b.line("Renter")
    b.add(
        kv_block(
            ctx,
            person_rows(
                ctx,
                renter,
                {
                    "name": 1,
                    "dob": 0.7,
                    "address": 0.8,
                    "phone": 0.8,
                    "email": 0.6,
                    "drivers_license": 1.0,
                    "passport": 0.2,
                },
            )
            + take_focus_fields(ctx),
        )
    ).add("\n")
    b.line("Vehicle")
    b.add(
        kv_block(
            ctx,
            [
                (
                    "Make/model",
                    ctx.choice(
                        (
                            "Toyota Yaris",
                            "VW Polo",
                            "Ford Transit",
                            "Skoda Octavia",
                            "Kia Sportage",
                            "Peugeot 208",
                            "Tesla Model 3",
                        )
                    ),
                ),
                (field(ctx, "plate"), ctx.v("license_plate")),
                ("VIN", ctx.v("vin")),
                ("Odometer out", f"{ctx.between(1000, 90000)} km"),
                ("Fuel", ctx.choice(("Full", "3/4", "1/2"))),
            ],
        )
    ).add("\n")
    out_day = timefmt.near_date(ctx)
    b.line(
        "Pick-up: ",
        Pii("date", timefmt.format_date(ctx, out_day)),
        " ",
        Pii("time", timefmt.time_text(ctx)),
        ", ",
        location.address_pieces(ctx, multiline=False, country=False),
    )
    b.line(
        "Return: ",
        Pii("date", timefmt.format_date(ctx, out_day + dt.timedelta(days=ctx.between(1, 21)))),
        " ",
        Pii("time", timefmt.time_text(ctx)),
    )
    if ctx.maybe("person", 0.4):
        extra = identity.new_person(ctx)
        b.line("Additional driver: ", Pii("person", extra.full), ", licence ", ctx.v("drivers_license"))
    b.add("\n").line("Payment")
    b.add(
        kv_block(ctx, [(field(ctx, "card"), ctx.v("credit_card_number")), (field(ctx, "expiry"), ctx.v("card_expiry"))])
    )
    b.line(f"Deposit held: {finance.amount(ctx, 100, 1500)}")
    if ctx.chance(0.5):
        b.add("\n").line(
            "Damage notes: ",
            ctx.choice(("scratch on rear bumper", "none", "chip in windscreen", "dent on driver door")),
            ". ",
            filler(ctx, "insurance", 1, general=False),
        )
    if ctx.maybe("gps_coordinates", 0.3):
        b.line("Telematics last position: ", ctx.v("gps_coordinates"))
    b.line(ctx.choice(_CHECKBOX), f" Collision damage waiver ({ctx.choice(('CDW', 'SCDW', 'basic'))})")
    return b
