"""Record-style helpers shared by form, record and report writers: a person's details as key-value rows."""

from __future__ import annotations

from typing import Mapping

from ..builder import Piece, Pii
from ..context import Context, Person
from ..i18n import field
from ..values import contact, finance, government, health, identity, location, timefmt

SEX = {
    "en": {"f": "Female", "m": "Male", "x": "X"},
    "de": {"f": "weiblich", "m": "männlich", "x": "divers"},
    "fr": {"f": "F", "m": "M", "x": "X"},
    "es": {"f": "Mujer", "m": "Hombre", "x": "X"},
    "it": {"f": "F", "m": "M", "x": "X"},
    "nl": {"f": "V", "m": "M", "x": "X"},
    "pt": {"f": "Feminino", "m": "Masculino", "x": "X"},
}


RELATIONS = {
    "f": ("wife", "partner", "mother", "daughter", "sister", "friend"),
    "m": ("husband", "partner", "father", "son", "brother", "friend"),
    "x": ("partner", "friend", "sibling"),
}


def relation(ctx: Context, kin: Person) -> str:
    """How a next of kin / emergency contact is related, fitting their gender."""
    return ctx.choice(RELATIONS[kin.gender])


def sex_of(ctx: Context, person: Person) -> str:
    """The person's sex as a form writes it (not PII on its own)."""
    return SEX.get(ctx.language, SEX["en"])[person.gender]


def dob_piece(ctx: Context, person: Person) -> Pii:
    """The person's birth date as a `date_of_birth` span."""
    return Pii("date_of_birth", timefmt.dob_text(ctx, identity.birth_date(ctx, person)))


def age_piece(ctx: Context, person: Person, attributive: bool = False) -> Pii:
    """The person's age as an `age` span."""
    return Pii("age", identity.age_text(ctx, identity.age_years(ctx, person), attributive=attributive))


def person_rows(
    ctx: Context, person: Person, wanted: Mapping[str, float], *, org: str | None = None
) -> list[tuple[str, Piece]]:
    """Key-value rows for `person`: each wanted field appears with its probability (scaled by the balancer)."""
    rows: list[tuple[str, Piece]] = []

    def want(key: str, label: str) -> bool:
        return key in wanted and ctx.maybe(label, wanted[key])

    if ctx.chance(0.3) and "name" in wanted:
        if want("title", "title"):
            rows.append((field(ctx, "title"), Pii("title", identity.title_for(ctx, person))))
        rows.append((field(ctx, "first_name"), Pii("person", person.first)))
        rows.append((field(ctx, "last_name"), Pii("person", person.last)))
    elif "name" in wanted:
        style = ctx.choice(
            ("full", "full", "first_middle_last", "last_comma_first", "upper_last", "first_initial_last", "upper_full")
        )
        if ctx.language != "en" and ctx.chance(0.3):
            style = ctx.choice(("last_comma_first", "last_first"))
        key = field(ctx, "surname_first") if style in ("last_comma_first", "last_first") and ctx.chance(0.6) else None
        rows.append(
            (key or field(ctx, "name"), identity.name_of(ctx, person, style=style, title=want("title", "title")))
        )
    if want("dob", "date_of_birth"):
        rows.append((field(ctx, "dob"), dob_piece(ctx, person)))
    if want("age", "age"):
        rows.append((field(ctx, "age"), age_piece(ctx, person)))
    if "sex" in wanted and ctx.chance(wanted["sex"]):
        rows.append((field(ctx, "sex"), sex_of(ctx, person)))
    if want("nationality", "nrp"):
        rows.append((field(ctx, "nationality"), Pii("nrp", identity.nrp(ctx, "nationality"))))
    if want("religion", "nrp"):
        rows.append((field(ctx, "religion"), Pii("nrp", identity.nrp(ctx, "religion"))))
    if want("address", "street_address"):
        addr = location.address_of(ctx, person)
        if ctx.chance(0.35):
            rows.append((field(ctx, "street"), Pii("street_address", addr.street)))
            rows.append((field(ctx, "city"), Pii("city", location.city_name(ctx, addr.city))))
            if ctx.maybe("region", 0.4):
                rows.append((field(ctx, "region"), Pii("region", addr.city.region)))
            rows.append((field(ctx, "postcode"), Pii("postal_code", addr.postcode)))
            if ctx.maybe("country", 0.5):
                rows.append((field(ctx, "country"), Pii("country", addr.country)))
        else:
            rows.append((field(ctx, "address"), location.address_pieces(ctx, addr, multiline=False)))
    if want("phone", "phone_number"):
        rows.append(
            (field(ctx, ctx.choice(("phone", "mobile"))), Pii("phone_number", contact.person_phone(ctx, person)))
        )
    if want("email", "email"):
        rows.append((field(ctx, "email"), Pii("email", contact.person_email(ctx, person, org))))
    if want("national_id", "national_id"):
        label = "ssn" if ctx.loc.code == "en_US" else "national_id"
        key = (
            "SSN"
            if label == "ssn"
            else (
                field(ctx, "national_id")
                if ctx.language != "en"
                else ctx.choice(government.NATIONAL_ID_NAMES[ctx.loc.code])
            )
        )
        rows.append((key, ctx.v(label)))
    if want("passport", "passport_number"):
        rows.append((field(ctx, "passport"), ctx.v("passport_number")))
    if want("drivers_license", "drivers_license"):
        rows.append((field(ctx, "driving_licence"), ctx.v("drivers_license")))
    if want("tax_id", "tax_id"):
        rows.append((field(ctx, "tax_id"), ctx.v("tax_id")))
    if want("job_title", "job_title"):
        rows.append((field(ctx, "occupation"), Pii("job_title", identity.job_of(ctx, person))))
    if want("employer", "organization"):
        rows.append((field(ctx, "employer"), Pii("organization", identity.employer(ctx, person))))
    if want("employee_id", "employee_id"):
        rows.append((field(ctx, "employee_id"), Pii("employee_id", finance.employee_id(ctx))))
    if want("customer_id", "customer_id"):
        rows.append((field(ctx, "customer_id"), Pii("customer_id", finance.customer_id(ctx))))
    if want("insurance", "health_insurance_id"):
        if ctx.maybe("organization", 0.35):
            rows.append((insurer_key(ctx), Pii("organization", identity.organization(ctx, "insurer"))))
        rows.append((field(ctx, "insurance"), Pii("health_insurance_id", health.health_insurance_id(ctx))))
    if want("mrn", "medical_record_number"):
        rows.append((field(ctx, "mrn"), Pii("medical_record_number", health.mrn(ctx))))
    if want("username", "username"):
        rows.append((field(ctx, "username"), Pii("username", contact.person_username(ctx, person))))
    banked = want("iban", "iban")
    if banked:
        rows.append((field(ctx, "iban"), ctx.v("iban")))
    if want("account", "bank_account_number"):
        banked = True
        rows.append((field(ctx, "account"), ctx.v("bank_account_number")))
        if ctx.maybe("routing_number", 0.8):
            name = str(ctx.slot("routing_name"))
            rows.append((name[0].upper() + name[1:], ctx.v("routing_number")))
    if banked and ctx.maybe("organization", 0.35):
        rows.append((field(ctx, "bank"), bank_piece(ctx)))
    return rows


_INSURER_KEYS = ("Insurer", "Insurance", "Health fund", "Health plan", "Insurance provider", "Carrier", "Payer")


def insurer_key(ctx: Context) -> str:
    """What a form calls the person's insurer, in the document's language."""
    return ctx.choice(_INSURER_KEYS) if ctx.language == "en" else field(ctx, "insurer")


def bank_piece(ctx: Context) -> list[Piece]:
    """A bank name as a form writes it, sometimes followed by its branch town (`HDFC Bank, Indiranagar`)."""
    bank: list[Piece] = [Pii("organization", identity.organization(ctx, "bank"))]
    if ctx.chance(0.3):
        bank += [", ", Pii("city", location.city_name(ctx, ctx.choice(ctx.loc.cities)))]
    return bank
