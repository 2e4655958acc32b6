"""Documents without any PII (about 5% of the output), written in the style of their genre."""

from __future__ import annotations

from .builder import DocBuilder
from .context import Context
from .fragments import bullets, negative_sentence
from .prose import CLAUSES, FILLER
from . import negatives as neg

_FAMILY = {
    "email_thread": "memo",
    "chat": "chat",
    "sms": "sms",
    "meeting_notes": "memo",
    "support_ticket": "memo",
    "incident_report": "memo",
    "app_logs": "logs",
    "json_records": "json",
    "crm_export": "json",
    "contract": "legal",
    "court_filing": "legal",
    "clinical_note": "form",
    "lab_report": "form",
    "hr_record": "form",
    "cv": "form",
    "kyc_form": "form",
    "insurance_claim": "form",
    "invoice": "price_list",
    "bank_statement": "price_list",
    "travel_booking": "form",
    "vehicle_rental": "form",
}
_FORM_FIELDS = (
    "Full name",
    "Date of birth",
    "Address",
    "Postcode",
    "Phone",
    "Email",
    "Signature",
    "Date",
    "Policy number",
    "Account number",
    "Nationality",
    "Occupation",
    "Employer",
    "Reference",
)
_SMS = (
    "Your order {order_no} has been dispatched.",
    "Reminder: our offices are closed for the public holiday.",
    "Service update: maintenance is complete and all systems are running normally.",
    "Thanks for your feedback! Reply STOP to opt out.",
    "Your code expires in 10 minutes. Do not share it.",
    "Invoice {invoice_no} for {price} is now available in your account.",
)


def blank_document(ctx: Context, genre: str) -> DocBuilder:
    """A PII-free document in the style of `genre`, rich in hard negatives."""
    family = _FAMILY.get(genre, "memo")
    b = DocBuilder()
    if family == "sms":
        b.line(ctx.fill(ctx.choice(_SMS)))
    elif family == "chat":
        for _ in range(ctx.between(3, 8)):
            b.line(
                ctx.choice(("ops-bot", "deploy-bot", "CI", "status-page")),
                ": ",
                ctx.fill(
                    ctx.choice(
                        (
                            "Deployed {service} {version} (build {build}).",
                            "Health check {service}: HTTP {http}.",
                            "Rollback of {version} complete.",
                            "p95 latency back to normal.",
                            "Ticket {ticket_no} auto-closed after 7 days.",
                        )
                    )
                ),
            )
    elif family == "logs":
        for _ in range(ctx.scaled(5, 20)):
            b.line(
                f"{ctx.choice(('INFO', 'WARN', 'DEBUG', 'ERROR'))} [{neg.service(ctx)}] ",
                ctx.fill(
                    ctx.choice(
                        (
                            "request_id={request_id} status={http} duration_ms={port}",
                            "cache miss ratio {pct}",
                            "started worker version={version} commit={commit}",
                            "GET /api/v2/products/{sku} {http}",
                            "job {build} finished in {duration}",
                            "retrying upstream call, attempt 3/5",
                        )
                    )
                ),
            )
    elif family == "json":
        b.line("[")
        rows = ctx.between(2, 6)
        for i in range(rows):
            b.line(
                ctx.fill('  {"sku": "{sku}", "price": "{price}", "stock": 0, "version": "{version}"}'),
                "," if i < rows - 1 else "",
            )
        b.line("]")
    elif family == "legal":
        for i, (heading, body) in enumerate(ctx.sample(CLAUSES, ctx.scaled(3, 8)), 1):
            b.line(f"{i}. {heading}").line(body).add("\n")
    elif family == "form":
        b.line(
            ctx.choice(
                (
                    "APPLICATION FORM",
                    "Registration form",
                    "Patient intake form (blank)",
                    "Claim form",
                    "New starter form",
                    "Template - do not fill in",
                )
            )
        )
        b.add("\n")
        for key in ctx.sample(_FORM_FIELDS, ctx.between(5, 10)):
            b.line(f"{key}: {ctx.choice(('________________', '[ ]', '', '<to be completed>', 'N/A'))}".rstrip())
        b.add("\n").line(ctx.fill("Return the completed form to {agency}. Ref {ticket_no}."))
    elif family == "price_list":
        b.line(ctx.choice(("Price list", "Fee schedule", "Quotation template", "Tariff of charges")))
        for _ in range(ctx.between(3, 9)):
            b.line(ctx.fill("{sku}  {product}  {price}"))
        b.line(ctx.fill(ctx.choice(FILLER["finance"])))
    else:
        b.line(ctx.choice(("Release notes", "Team update", "Service announcement", "Weekly summary", "Status report")))
        b.add("\n")
        items = [negative_sentence(ctx) for _ in range(ctx.between(2, 5))]
        b.add(bullets(ctx, items)).add("\n")
        b.line(ctx.fill(ctx.choice(FILLER["general"] + FILLER["it"])))
    return b
