"""Service-desk genres: customer support tickets and security / workplace incident reports."""

from __future__ import annotations

import datetime as dt

from ..focus import take_focus_sentences
from ..builder import DocBuilder, Piece, Pii
from ..context import Context
from ..fragments import bullets, kv_block, mention, negative_sentence
from ..negatives import ticket_number
from ..prose import filler
from ..topics import TOPICS
from ..values import contact, identity, location, timefmt

_SUPPORT_TOPICS = tuple(
    t
    for t in TOPICS
    if t.name
    in (
        "address_change",
        "invoice_query",
        "account_access",
        "delivery",
        "payment_details",
        "vehicle",
        "security_incident",
    )
)
_AGENT_LINES = (
    "Hi {first}, thanks for reaching out. I've checked account {customer_id} and can see the issue.",
    "I've updated the phone number on file to {phone_number}.",
    "Could you confirm the last four digits of the card and your date of birth?",
    "The device {device_id} is now registered to your account.",
    "I can see a login from {ip_address} at {time}; was that you?",
    "I've sent a password reset link to {email}.",
    "Your replacement will be sent to {address}.",
    "Please don't share your password in tickets; I've forced a reset on {username}.",
    "A refund of {price} has been issued to the original payment method.",
    "I've escalated this to {name} in our billing team.",
    "The engineer will visit {future} between {time} and {time2}.",
)
_CUSTOMER_LINES = (
    "It's still not working. I'm on {product} {version}.",
    "Yes that was me, I was travelling in {city}.",
    "My date of birth is {dob}, the card ends in {masked_card}.",
    "Please call me on {phone_number}, it's easier.",
    "My username is {username} and I've tried resetting twice.",
    "The router's MAC is {mac_address}, if that helps.",
    "Serial number on the back says {device_id}.",
    "I paid with {credit_card_number}, expiry {card_expiry}.",
    "I moved to {address}, please use that from now on.",
    "This is really urgent, I've been without service since {date}.",
)


def support_ticket(ctx: Context) -> DocBuilder:
    """A helpdesk ticket: header fields, description and a thread of agent/customer comments."""
    topic = ctx.choice(_SUPPORT_TOPICS)
    customer = identity.new_person(ctx)
    agent = identity.new_person(ctx)
    b = DocBuilder()
    created = timefmt.near_date(ctx, future_days=0)
    header: list[tuple[str, Piece]] = [
        ("Ticket", ticket_number(ctx)),
        ("Subject", ctx.fill(ctx.choice(topic.subjects))),
        ("Status", ctx.choice(("Open", "Pending", "In progress", "Resolved", "Escalated"))),
        ("Priority", ctx.choice(("P1", "P2", "P3", "Low", "Normal", "High", "Urgent"))),
        (
            "Requester",
            (
                [Pii("person", customer.full), " <", Pii("email", contact.person_email(ctx, customer)), ">"]
                if ctx.maybe("email", 0.7)
                else Pii("person", customer.full)
            ),
        ),
        ("Created", Pii("date", timefmt.timestamp_text(ctx, created))),
    ]
    if ctx.maybe("customer_id", 0.5):
        header.append(("Customer ID", ctx.v("customer_id")))
    if ctx.maybe("phone_number", 0.35):
        header.append(("Callback number", Pii("phone_number", contact.person_phone(ctx, customer))))
    if ctx.maybe("device_id", 0.25):
        header.append(("Device", ctx.v("device_id")))
    if ctx.maybe("ip_address", 0.2):
        header.append(("Client IP", ctx.v("ip_address")))
    header.append(
        (
            "Assignee",
            (
                Pii("person", agent.full)
                if ctx.maybe("person", 0.6)
                else ctx.choice(("Tier 2", "Billing queue", "Unassigned"))
            ),
        )
    )
    b.add(kv_block(ctx, header)).add("\n")
    b.line(ctx.choice(("Description:", "Description", "Customer message:", "--- Description ---")))
    desc = [ctx.fill(t) for t in ctx.pick_many(topic.sentences, ctx.between(2, 4))]
    if ctx.chance(0.4):
        desc.append(mention(ctx, topic.extra_labels))
    desc += take_focus_sentences(ctx)
    for i, part in enumerate(desc):
        b.add(" " if i else "", part)
    b.gap()
    day = created
    for i in range(ctx.scaled(1, 4)):
        agent_turn = i % 2 == 0
        who = agent if agent_turn else customer
        day += dt.timedelta(days=ctx.between(0, 2))
        stamp = Pii("date", timefmt.timestamp_text(ctx, day))
        name = Pii("person", who.full if ctx.chance(0.7) else who.first)
        if ctx.chance(0.5):
            b.line(ctx.choice(("Comment by ", "Reply from ", "")), name, ctx.choice((" - ", ", ")), stamp)
        else:
            b.line(name, " (", stamp, ")")
        lines = _AGENT_LINES if agent_turn else _CUSTOMER_LINES
        body = [ctx.fill(ctx.pick(lines), first=Pii("person", customer.first))]
        if ctx.chance(0.4):
            body.append(filler(ctx, "support", 1))
        if ctx.chance(0.25):
            body.append(negative_sentence(ctx))
        for j, part in enumerate(body):
            b.add(" " if j else "", part)
        b.gap()
    if ctx.chance(0.3):
        b.line(
            "Internal note: ",
            ctx.fill(
                ctx.pick(
                    (
                        "Customer verified via DOB {dob} and postcode {postal_code}.",
                        "Linked to {ticket_no}. Do not refund twice.",
                        "Fraud team flagged IP {ip_address}; hold the order.",
                        "Spoke to {name} by phone on {phone_number}.",
                    )
                )
            ),
        )
    return b


_INCIDENT_KINDS = (
    "Security incident",
    "Data breach notification",
    "Workplace accident",
    "Lost device",
    "Vehicle incident",
    "Unauthorised access",
    "Phishing report",
)


def incident_report(ctx: Context) -> DocBuilder:
    """An incident report: reference, reporter, when/where, narrative, timeline, people and assets involved."""
    kind = ctx.choice(_INCIDENT_KINDS)
    reporter = identity.new_person(ctx)
    org = identity.organization(ctx)
    b = DocBuilder()
    b.line(ctx.choice(("INCIDENT REPORT", "Incident Report Form", f"{kind} - report", "Security Incident Record")))
    b.add("\n")
    when = timefmt.near_date(ctx, past_days=30, future_days=0)
    rows: list[tuple[str, Piece]] = [
        ("Reference", ctx.fill("{case_no}")),
        ("Type", kind),
        ("Reported by", identity.name_of(ctx, reporter, style="full", title=False)),
    ]
    if ctx.maybe("job_title", 0.6):
        rows.append(("Role", Pii("job_title", identity.job_of(ctx, reporter))))
    if ctx.maybe("employee_id", 0.5):
        rows.append(("Employee no.", ctx.v("employee_id")))
    if ctx.maybe("phone_number", 0.5):
        rows.append(("Contact", Pii("phone_number", contact.person_phone(ctx, reporter))))
    rows.append(("Date of incident", Pii("date", timefmt.format_date(ctx, when))))
    rows.append(("Time", Pii("time", timefmt.time_text(ctx))))
    loc_choice = ctx.rng.random()
    if loc_choice < 0.4:
        rows.append(("Location", location.address_pieces(ctx, multiline=False, country=False)))
    elif loc_choice < 0.6:
        rows.append(
            (
                "Location",
                [
                    ctx.choice(("Site: ", "")),
                    Pii("organization", org),
                    ", ",
                    Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities))),
                ],
            )
        )
    else:
        rows.append(("GPS", ctx.v("gps_coordinates")))
    b.add(kv_block(ctx, rows)).add("\n")
    b.line(ctx.choice(("Summary", "Description of incident", "What happened?", "Narrative")))
    narrative = _INCIDENT_NARRATIVES.get(kind, _INCIDENT_NARRATIVES["Security incident"])
    para = [ctx.fill(t) for t in ctx.pick_many(narrative, ctx.between(3, 6))]
    para += take_focus_sentences(ctx)
    para.append(
        filler(
            ctx,
            "it" if "access" in kind or "Security" in kind or "Phishing" in kind or "breach" in kind else "general",
            1,
        )
    )
    for i, part in enumerate(para):
        b.add(" " if i else "", part)
    b.gap()
    if ctx.maybe("time", 0.5):
        b.line(ctx.choice(("Timeline", "Timeline of events", "Chronology")))
        minute = ctx.between(0, 23 * 60)
        events = []
        for _ in range(ctx.scaled(2, 6)):
            minute = (minute + ctx.between(3, 90)) % (24 * 60)
            events.append([Pii("time", f"{minute // 60:02d}:{minute % 60:02d}"), " ", ctx.fill(ctx.pick(_TIMELINE))])
        b.add(bullets(ctx, events)).add("\n")
    if ctx.chance(0.5):
        b.line(ctx.choice(("Persons involved", "Witnesses", "People affected")))
        people = []
        for _ in range(ctx.between(1, 3)):
            p = identity.new_person(ctx)
            item: list[Piece] = [Pii("person", p.full)]
            if ctx.maybe("phone_number", 0.4):
                item += [", ", Pii("phone_number", contact.person_phone(ctx, p))]
            if ctx.maybe("age", 0.3):
                item += [", aged ", Pii("age", str(identity.age_years(ctx, p)))]
            people.append(item)
        b.add(bullets(ctx, people)).add("\n")
    if ctx.chance(0.5):
        b.line("Assets involved")
        assets = [ctx.fill(ctx.pick(_ASSETS)) for _ in range(ctx.between(1, 3))]
        b.add(bullets(ctx, assets)).add("\n")
    b.line(ctx.choice(("Actions taken: ", "Immediate actions: ", "Containment: ")), ctx.fill(ctx.pick(_ACTIONS)))
    if ctx.chance(0.5):
        b.line(
            ctx.choice(("Signed: ", "Reviewed by: ", "Report completed by: ")),
            Pii("person", identity.new_person(ctx).full),
            ", ",
            Pii("date", timefmt.format_date(ctx, when)),
        )
    return b


_INCIDENT_NARRATIVES = {
    "Security incident": (
        "At {time} the SOC received an alert for repeated failed logins against {username}.",
        "The source address was {ip_address}, which resolves to a hosting provider.",
        "The attacker then authenticated successfully from {ip_address2} using valid credentials.",
        "Mailbox rules forwarding mail to {email} were created shortly afterwards.",
        "An access key ({api_key}) belonging to the build server was used to list storage buckets.",
        "The affected laptop (serial {device_id}, MAC {mac_address}) was isolated from the network.",
        "{name} from the IT team reset the account and revoked all sessions.",
        "Logs show HTTP {http} responses from the {service} service during the window.",
    ),
    "Data breach notification": (
        "A spreadsheet containing customer names, e-mail addresses and dates of birth was sent to {email} in error.",
        "The file included records such as {name}, {dob}, {address}.",
        "The recipient, {name}, confirmed deletion at {time}.",
        "We notified {agency} within 72 hours.",
        "Affected customers, including account {customer_id}, were contacted by letter.",
        "The error occurred when an autocomplete suggestion in {product} selected the wrong address.",
    ),
    "Workplace accident": (
        "{name}, a {job_title}, slipped on a wet floor near the loading bay.",
        "The employee, who is {age}, sustained a {medical_condition}.",
        "First aid was given by {name} and an ambulance was called at {time}.",
        "The employee was taken to {hospital} and discharged the same evening.",
        "The employee's staff number is {employee_id}.",
        "A wet floor sign had not been placed after cleaning.",
    ),
    "Lost device": (
        "The employee reported their phone (IMEI {imei}) missing after a train journey.",
        "The last known location was {gps_coordinates}.",
        "The device was signed in as {username} and had access to e-mail.",
        "A remote wipe was issued at {time}.",
        "The laptop bag also contained a badge for {name}.",
        "The device had last checked in from {ip_address}.",
    ),
    "Vehicle incident": (
        "Company vehicle {license_plate} was involved in a collision on {street_address}.",
        "The other vehicle, registration {license_plate2}, was driven by {name}.",
        "Our driver, {name}, holds licence number {drivers_license}.",
        "The vehicle's VIN is {vin}; damage to the front bumper and headlight.",
        "Police attended and gave the reference {case_no}.",
        "The third party can be reached on {phone_number}.",
    ),
    "Unauthorised access": (
        "A former contractor's account, {username}, was used to access the finance share.",
        "Access originated from {ip_address} outside business hours.",
        "Badge records show {name} entered the server room at {time}.",
        "Camera footage shows a vehicle, {license_plate}, in the car park at the time.",
        "The account had not been disabled when the contract ended on {date}.",
    ),
    "Phishing report": (
        "The user received an e-mail impersonating {org} asking them to confirm their bank details.",
        "The sender address was {email} and the link pointed to {url}.",
        "The user entered their username ({username}) but not their password.",
        "The message asked for payment to the wallet {crypto_wallet}.",
        "Similar messages were sent to {name} and {name2}.",
        "The domain was registered {past}.",
    ),
}
_TIMELINE = (
    "alert raised by monitoring",
    "on-call engineer {name} paged",
    "account {username} disabled",
    "traffic from {ip_address} blocked at the firewall",
    "device {device_id} isolated",
    "{agency} notified",
    "customer {customer_id} informed by phone",
    "key {api_key} revoked",
    "incident declared resolved",
    "ambulance arrived",
    "police informed, reference {case_no}",
    "manager {name} informed",
)
_ASSETS = (
    "Laptop, serial {device_id}",
    "Phone, IMEI {imei}",
    "Workstation MAC {mac_address}",
    "Server {ip_address}",
    "Vehicle {license_plate}",
    "Account {username}",
    "API key {api_key}",
)
_ACTIONS = (
    "credentials reset and MFA re-enrolled.",
    "device wiped remotely.",
    "area cordoned off and cleaned.",
    "firewall rule added and logs preserved.",
    "affected users notified.",
    "insurer informed.",
)
