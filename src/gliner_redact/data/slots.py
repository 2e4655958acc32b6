"""Template slots: `{slot}` names used in fragment templates, mapped to makers of annotated or plain pieces.

A slot named after a label yields a fresh `Pii` of that label. Other slots: `name` (a cast member's name, maybe
with an honorific), `first`, `address` (one-line address), `past` / `future` (adverbials of time), `datetime`,
`org`, `dob`, paired `*_name` slots that say what the next identifier is, and hard negatives (never annotated).
"""

from __future__ import annotations

from typing import Callable

from . import negatives as neg
from .builder import Piece, Pii
from .context import Context
from .values import contact, finance, government, health, identity, location, tech, timefmt, vehicle

Maker = Callable[[Context], Piece]


def _p(label: str, make: Callable[[Context], str]) -> Maker:
    return lambda ctx: Pii(label, make(ctx))


def _id_kind(ctx: Context) -> tuple[str, str]:
    """(what the identifier is called, its label) for the locale's main personal identifier."""
    code = ctx.loc.code
    if code == "en_US":
        return ctx.choice(("SSN", "Social Security number", "social security no.")), "ssn"
    if code == "en_AU":
        return ctx.choice(
            (("driver licence number", "drivers_license"), ("passport number", "passport_number"), ("TFN", "tax_id"))
        )
    return ctx.choice(government.NATIONAL_ID_NAMES[code]), "national_id"


def _natid_name(ctx: Context) -> Piece:
    if ctx.language == "en" and ctx.chance(0.1):
        name, value = government.foreign_national_id(ctx)
        ctx.memo["natid"] = Pii("national_id", value)
        return name
    name, label = _id_kind(ctx)
    ctx.memo["natid"] = label
    return name


def _natid(ctx: Context) -> Piece:
    kept = ctx.memo.pop("natid", None) or _id_kind(ctx)[1]
    return kept if isinstance(kept, Pii) else ctx.v(kept)


def _routing_name(ctx: Context) -> Piece:
    name, value = finance.routing(ctx)
    ctx.memo["routing"] = value
    return name


def _routing_number(ctx: Context) -> Piece:
    value = ctx.memo.pop("routing", None) or finance.routing(ctx)[1]
    return Pii("routing_number", value)  # type: ignore[arg-type]


def _first(ctx: Context) -> Piece:
    person = identity.someone(ctx)
    return Pii("person", person.first if ctx.chance(0.8) else identity.short_name(ctx, person))


def _last(ctx: Context) -> Piece:
    return Pii("person", identity.someone(ctx).last)


def _email(ctx: Context) -> Piece:
    person = identity.someone(ctx, new_p=0.5)
    return Pii("email", contact.person_email(ctx, person))


def _username(ctx: Context) -> Piece:
    return Pii("username", contact.username(ctx, identity.someone(ctx, new_p=0.5) if ctx.chance(0.6) else None))


def _url(ctx: Context) -> Piece:
    return Pii(
        "url",
        contact.url(
            ctx,
            identity.someone(ctx) if ctx.chance(0.4) else None,
            identity.organization(ctx) if ctx.chance(0.5) else None,
        ),
    )


def _city(ctx: Context) -> Piece:
    return Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities)))


def _region(ctx: Context) -> Piece:
    return Pii("region", ctx.choice(ctx.loc.cities).region)


def _postal(ctx: Context) -> Piece:
    return Pii("postal_code", location.postcode(ctx, ctx.choice(ctx.loc.cities)))


def _country(ctx: Context) -> Piece:
    return Pii("country", location.country_name(ctx, local=ctx.chance(0.4)))


def _dob(ctx: Context) -> Piece:
    return Pii("date_of_birth", timefmt.dob_text(ctx, identity.birth_date(ctx)))


def _age(ctx: Context) -> Piece:
    return Pii("age", identity.age_text(ctx, ctx.rng.randint(16, 92)))


SLOT_MAKERS: dict[str, Maker] = {
    "person": lambda ctx: identity.full_name(ctx, identity.someone(ctx)),
    "name": lambda ctx: identity.name_of(ctx, identity.someone(ctx)),
    "first": _first,
    "last": _last,
    "title": lambda ctx: Pii("title", identity.title_for(ctx, identity.someone(ctx))),
    "email": _email,
    "phone_number": _p("phone_number", contact.phone),
    "street_address": _p("street_address", location.street_address),
    "address": lambda ctx: location.address_pieces(ctx, multiline=False),
    "city": _city,
    "region": _region,
    "postal_code": _postal,
    "country": _country,
    "nrp": _p("nrp", identity.nrp),
    "date_of_birth": _dob,
    "dob": _dob,
    "date": _p("date", timefmt.date_text),
    "past": lambda ctx: timefmt.when(ctx, "past"),
    "future": lambda ctx: timefmt.when(ctx, "future"),
    "datetime": _p("date", timefmt.timestamp_text),
    "time": _p("time", timefmt.time_text),
    "age": _age,
    "ssn": _p("ssn", government.ssn),
    "national_id": _p("national_id", government.national_id),
    "natid_name": _natid_name,
    "natid": _natid,
    "passport_number": _p("passport_number", government.passport),
    "drivers_license": _p("drivers_license", government.drivers_license),
    "tax_id": _p("tax_id", government.tax_id),
    "iban": _p("iban", finance.iban),
    "bank_account_number": _p("bank_account_number", finance.bank_account),
    "routing_number": _routing_number,
    "routing_name": _routing_name,
    "credit_card_number": _p("credit_card_number", finance.card_number),
    "card_security_code": _p("card_security_code", finance.card_cvv),
    "card_expiry": _p("card_expiry", finance.card_expiry),
    "ip_address": _p("ip_address", tech.ip_address),
    "mac_address": _p("mac_address", tech.mac_address),
    "url": _url,
    "username": _username,
    "password": _p("password", contact.password),
    "api_key": _p("api_key", tech.api_key),
    "medical_record_number": _p("medical_record_number", health.mrn),
    "health_insurance_id": _p("health_insurance_id", health.health_insurance_id),
    "medical_condition": _p("medical_condition", health.condition),
    "medication": _p("medication", health.medication),
    "license_plate": _p("license_plate", vehicle.license_plate),
    "vin": _p("vin", vehicle.vin),
    "device_id": _p("device_id", tech.device_id),
    "imei": _p("device_id", tech.imei),
    "organization": _p("organization", identity.organization),
    "org": _p("organization", identity.organization),
    "hospital": _p("organization", lambda ctx: identity.organization(ctx, "hospital")),
    "bank": _p("organization", lambda ctx: identity.organization(ctx, "bank")),
    "insurer": _p("organization", lambda ctx: identity.organization(ctx, "insurer")),
    "provider": _p("organization", lambda ctx: identity.organization(ctx, "service")),
    "company": _p(
        "organization", lambda ctx: identity.organization(ctx, ctx.choice(("company", "startup", "family", "faker")))
    ),
    "pharmacy": _p("organization", identity.pharmacy),
    "job_title": _p("job_title", identity.job_title),
    "gps_coordinates": _p("gps_coordinates", location.gps),
    "crypto_wallet": _p("crypto_wallet", finance.crypto_wallet),
    "customer_id": _p("customer_id", finance.customer_id),
    "employee_id": _p("employee_id", finance.employee_id),
    # hard negatives
    "order_no": neg.order_number,
    "invoice_no": neg.invoice_number,
    "ticket_no": neg.ticket_number,
    "case_no": neg.case_number,
    "sku": neg.sku,
    "company_no": neg.company_number,
    "version": neg.version,
    "build": neg.build_number,
    "commit": neg.commit_hash,
    "request_id": neg.request_id,
    "http": neg.http_status,
    "tracking_no": neg.tracking_number,
    "error_code": neg.error_code,
    "price": neg.price,
    "product": neg.product,
    "agency": neg.agency,
    "service": neg.service,
    "port": neg.port,
    "pct": neg.percent,
    "ms": neg.millis,
    "size": neg.size,
    "room": neg.room,
    "duration": timefmt.duration_text,
    "masked_card": finance.masked_card,
}
