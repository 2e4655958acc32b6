"""Financial genres: invoices and bank statements."""

from __future__ import annotations

import datetime as dt

from ..focus import focus_block
from ..builder import DocBuilder, Piece, Pii
from ..context import Context, Person
from ..fragments import kv_block, table
from ..i18n import field
from ..lexicon.orgs import PRODUCTS
from ..negatives import invoice_number, order_number, sku
from ..prose import filler
from ..values import contact, finance, identity, location, timefmt
from ..values.government import TAX_ID_NAMES

_SERVICES = (
    "Consulting services",
    "Monthly subscription",
    "Website maintenance",
    "Annual licence",
    "Design work",
    "Support retainer",
    "Delivery charge",
    "Installation",
    "Training session",
    "Hardware",
    "Cloud hosting",
    "Legal services",
    "Translation",
    "Cleaning services",
    "Catering",
    "Equipment hire",
    "Audit fee",
)


def invoice(ctx: Context) -> DocBuilder:
    """An invoice: seller header, bill-to block, line items with SKUs and prices, totals and payment details."""
    seller = identity.organization(ctx, ctx.choice(("company", "startup", "family", "faker")))
    customer = identity.new_person(ctx)
    customer_org = identity.organization(ctx) if ctx.chance(0.4) else None
    b = DocBuilder()
    b.line(Pii("organization", seller))
    b.line(location.address_pieces(ctx, multiline=ctx.chance(0.6), country=ctx.maybe("country", 0.2)))
    contacts: list[list[Piece]] = []
    if ctx.maybe("phone_number", 0.6):
        contacts.append(["Tel: ", ctx.v("phone_number")])
    if ctx.maybe("email", 0.6):
        contacts.append(["Email: ", Pii("email", contact.email_for(ctx, None, seller))])
    if ctx.maybe("url", 0.4):
        contacts.append([Pii("url", contact.url(ctx, None, seller))])
    if ctx.maybe("tax_id", 0.6):
        contacts.append([f"{ctx.choice(TAX_ID_NAMES[ctx.loc.code])}: ", ctx.v("tax_id")])
    for c in contacts:
        b.line(c)
    b.add("\n").line(field(ctx, "invoice").upper() if ctx.chance(0.5) else field(ctx, "invoice"))
    issued = timefmt.near_date(ctx)
    head: list[tuple[str, Piece]] = [
        (f"{field(ctx, 'invoice')} no.", invoice_number(ctx)),
        (field(ctx, "date"), Pii("date", timefmt.format_date(ctx, issued))),
        (
            field(ctx, "due"),
            Pii("date", timefmt.format_date(ctx, issued + dt.timedelta(days=ctx.choice((14, 30, 45, 60))))),
        ),
    ]
    if ctx.chance(0.4):
        head.append(("Order ref", order_number(ctx)))
    if ctx.maybe("customer_id", 0.6):
        head.append((field(ctx, "customer_id"), ctx.v("customer_id")))
    b.add(kv_block(ctx, head, ctx.choice(("colon", "pad")))).add("\n")
    b.line(ctx.choice(("Bill to:", "Billed to", "Customer:", "Invoice to:")))
    if customer_org:
        b.line(Pii("organization", customer_org))
        if ctx.maybe("person", 0.7):
            b.line(ctx.choice(("Attn: ", "FAO ", "c/o ")), identity.name_of(ctx, customer, style="full"))
    else:
        b.line(identity.name_of(ctx, customer, style=ctx.choice(("full", "first_initial_last", "upper_last"))))
    b.line(location.address_pieces(ctx, location.address_of(ctx, customer), multiline=ctx.chance(0.7)))
    if ctx.maybe("email", 0.3):
        b.line(Pii("email", contact.person_email(ctx, customer, customer_org)))
    b.add("\n")
    items = []
    subtotal = 0.0
    for _ in range(ctx.scaled(1, 6)):
        qty = ctx.between(1, 20)
        unit = round(ctx.rng.uniform(5, 900), 2)
        subtotal += qty * unit
        desc = ctx.choice(_SERVICES) if ctx.chance(0.5) else ctx.choice(PRODUCTS)
        items.append([sku(ctx), desc, str(qty), finance.money(ctx, unit), finance.money(ctx, qty * unit)])
    b.add(table(ctx, ("SKU", "Description", "Qty", "Unit price", "Amount"), items)).add("\n")
    rate = ctx.choice((20, 19, 21, 10, 0, 18, 22, 5))
    b.line(f"Subtotal: {finance.money(ctx, subtotal)}")
    b.line(f"VAT ({rate}%): {finance.money(ctx, subtotal * rate / 100)}")
    b.line(f"{field(ctx, 'total')}: {finance.money(ctx, subtotal * (1 + rate / 100))}").add("\n")
    b.line(ctx.choice(("Payment details", "Please pay to:", "Bank details", "Remittance")))
    pay: list[tuple[str, Piece]] = []
    if ctx.maybe("organization", 0.7):
        pay.append(("Bank", Pii("organization", identity.organization(ctx, "bank"))))
    if ctx.loc.code in ("en_US", "en_CA", "en_AU", "en_IN") and not ctx.maybe("iban", 0.15):
        pay.append((field(ctx, "account"), ctx.v("bank_account_number")))
        name = str(ctx.slot("routing_name"))
        pay.append((name[0].upper() + name[1:], ctx.v("routing_number")))
    else:
        pay.append(("IBAN", ctx.v("iban")))
        if ctx.maybe("routing_number", 0.6):
            name = str(ctx.slot("routing_name"))
            pay.append((name[0].upper() + name[1:], ctx.v("routing_number")))
        if ctx.loc.code == "en_GB" and ctx.maybe("bank_account_number", 0.5):
            pay.append(("Account no.", ctx.v("bank_account_number")))
    pay.append(("Reference", head[0][1]))
    b.add(kv_block(ctx, pay)).add("\n").add(focus_block(ctx, pay)).gap()
    if ctx.chance(0.5):
        b.add(filler(ctx, "finance", ctx.between(1, 2), general=False)).add("\n")
    if ctx.maybe("card_expiry", 0.12):
        b.line("Paid by card ", finance.masked_card(ctx), ", exp. ", ctx.v("card_expiry"))
    return b


_TX = (
    ("CARD PAYMENT", "GROCERIES"),
    ("CARD PAYMENT", "FUEL"),
    ("DIRECT DEBIT", "ELECTRICITY"),
    ("DIRECT DEBIT", "MOBILE"),
    ("STANDING ORDER", "RENT"),
    ("ATM WITHDRAWAL", ""),
    ("CONTACTLESS", "COFFEE SHOP"),
    ("ONLINE PAYMENT", "STREAMING"),
    ("DIRECT DEBIT", "GYM MEMBERSHIP"),
    ("CARD PAYMENT", "PHARMACY"),
    ("BANK CHARGE", "MONTHLY FEE"),
    ("INTEREST", ""),
    ("CARD PAYMENT", "RESTAURANT"),
    ("ONLINE PAYMENT", "MARKETPLACE"),
    ("DIRECT DEBIT", "INSURANCE"),
)

_ORG_PAYEES = (
    ("DD", "insurer"),
    ("DIRECT DEBIT", "insurer"),
    ("SO", "company"),
    ("STANDING ORDER", "company"),
    ("BGC", "law"),
    ("DD", "school"),
    ("BILL PAYMENT", "family"),
    ("DD", "hospital"),
)


def _payee_name(ctx: Context, payee: Person) -> str:
    """A person as a payment reference writes them: `J SMITH`, `SMITH J`, `SMITH JOHN` or the full name."""
    style = ctx.choice(("initial_last", "last_initial", "last_first", "full"))
    if style == "initial_last":
        return f"{payee.first[0]} {payee.last}".upper()
    if style == "last_initial":
        return f"{payee.last} {payee.first[0]}".upper()
    if style == "last_first":
        return f"{payee.last} {payee.first}".upper()
    return payee.full


def bank_statement(ctx: Context) -> DocBuilder:
    """A bank statement: bank header, holder and account identifiers, period, transactions table."""
    holder = identity.new_person(ctx)
    b = DocBuilder()
    if ctx.maybe("organization", 0.75):
        b.line(Pii("organization", identity.organization(ctx, "bank")))
    b.line(ctx.choice(("Statement of account", "Current account statement", "ACCOUNT STATEMENT", "Monthly statement")))
    b.add("\n")
    b.line(
        identity.name_of(
            ctx, holder, style=ctx.choice(("full", "upper_last", "initial_last")), title=ctx.maybe("title", 0.4)
        )
    )
    b.line(location.address_pieces(ctx, location.address_of(ctx, holder), multiline=True))
    b.add("\n")
    start = timefmt.near_date(ctx, future_days=0)
    end = start + dt.timedelta(days=ctx.choice((27, 29, 30)))
    rows: list[tuple[str, Piece]] = []
    if ctx.loc.code in ("en_US", "en_CA", "en_AU", "en_IN", "en_GB") or ctx.chance(0.3):
        rows.append((field(ctx, "account"), ctx.v("bank_account_number")))
        name = str(ctx.slot("routing_name"))
        if ctx.maybe("routing_number", 0.85):
            rows.append((name[0].upper() + name[1:], ctx.v("routing_number")))
    if ctx.loc.code not in ("en_US", "en_CA", "en_AU", "en_IN") or ctx.maybe("iban", 0.1):
        rows.append(("IBAN", ctx.v("iban")))
    if ctx.maybe("customer_id", 0.3):
        rows.append((field(ctx, "customer_id"), ctx.v("customer_id")))
    rows.append(
        (
            "Period",
            [
                Pii("date", timefmt.format_date(ctx, start, "numeric")),
                " to ",
                Pii("date", timefmt.format_date(ctx, end, "numeric")),
            ],
        )
    )
    b.add(kv_block(ctx, rows)).add("\n").add(focus_block(ctx, rows)).gap()
    tx_rows = []
    day = start
    row_style = ctx.choice(("numeric", "numeric", "day_mon"))
    for _ in range(ctx.scaled(3, 8)):
        day = day + dt.timedelta(days=ctx.between(0, 3))
        kind, what = ctx.choice(_TX)
        desc: Piece = f"{kind} {what}".strip()
        r = ctx.rng.random()
        if r < 0.12:
            payee = identity.new_person(ctx)
            desc = [
                ctx.choice(("TRANSFER TO ", "FASTER PAYMENT ", "TFR ", "FPI ", "FPO ", "BP ")),
                Pii("person", _payee_name(ctx, payee)),
            ]
        elif r < 0.2:
            desc = [
                ctx.choice(("SALARY ", "BGC ", "BACS ")),
                Pii("organization", identity.organization(ctx, ctx.choice(("company", "faker"))).upper()),
            ]
        elif r < 0.3:
            kind, org = ctx.choice(_ORG_PAYEES)
            name = identity.organization(ctx, org)
            desc = [f"{kind} ", Pii("organization", name.upper() if ctx.chance(0.7) else name)]
        elif r < 0.36:
            desc = [f"{kind} ", finance.masked_card(ctx)]
        tx_rows.append(
            [
                Pii("date", timefmt.format_date(ctx, day, row_style)),
                desc,
                finance.amount(ctx, 2, 400),
                finance.amount(ctx, 100, 9000),
            ]
        )
    b.add(table(ctx, ("Date", "Description", "Amount", "Balance"), tx_rows)).add("\n")
    b.add(filler(ctx, "finance", ctx.between(1, 2), general=False)).add("\n")
    if ctx.maybe("phone_number", 0.3):
        b.line("Questions? Call us on ", ctx.v("phone_number"), ".")
    return b
