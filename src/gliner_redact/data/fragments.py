"""Reusable document parts: greetings, closings, signatures, key-value blocks, tables, lists, disclaimers."""

from __future__ import annotations

from typing import Sequence

from .builder import Piece, Pii, plain
from .context import Context, Person
from .mentions import MENTIONS, NEGATIVE_MENTIONS
from .values import contact, identity, location

GREETINGS = (
    "Hi {first},",
    "Hello {first},",
    "Dear {title} {last},",
    "Hi {first}",
    "Good morning {first},",
    "Hey {first},",
    "Dear {first},",
    "Dear {full},",
    "{first},",
    "Hi {first}!",
    "Good afternoon {first},",
)
ANON_GREETINGS = (
    "Hi all,",
    "Hello team,",
    "Dear Sir or Madam,",
    "Hi there,",
    "Hello,",
    "Good morning,",
    "Hi,",
    "To whom it may concern,",
    "Dear colleagues,",
    "Hi everyone,",
)
CLOSINGS = (
    "Best regards,",
    "Kind regards,",
    "Thanks,",
    "Cheers,",
    "Many thanks,",
    "Sincerely,",
    "Best,",
    "Regards,",
    "Thanks in advance,",
    "Warm regards,",
    "All the best,",
    "Thank you,",
)
DISCLAIMERS = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received "
    "it in error, please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The information in this message may be privileged. Any unauthorised use or disclosure "
    "is prohibited.",
    "Please consider the environment before printing this e-mail.",
    "Registered office as above. Company number {company_no}.",
    "We will never ask you to change bank details by e-mail. Always verify by phone.",
    "Sent from my iPhone",
    "Sent from Outlook for Android",
)


def greeting(ctx: Context, person: Person | None) -> list[Piece]:
    """A salutation addressed to `person`, or an anonymous one."""
    if person is None or not ctx.maybe("person", 0.8):
        return [ctx.choice(ANON_GREETINGS)]
    template = ctx.choice(GREETINGS)
    return ctx.fill(
        template,
        first=Pii("person", person.first if ctx.chance(0.8) else identity.short_name(ctx, person)),
        last=Pii("person", person.last),
        full=Pii("person", person.full),
        title=Pii("title", identity.title_for(ctx, person)),
    )


def closing(ctx: Context) -> str:
    """A sign-off line."""
    return ctx.choice(CLOSINGS)


def signature(ctx: Context, person: Person, org: str | None = None, *, rich: float = 0.6) -> list[Piece]:
    """A signature block: name, then optionally job title, organisation, phones, e-mail, web and address lines."""
    lines: list[list[Piece]] = [
        identity.name_of(
            ctx,
            person,
            style=ctx.choice(("full", "full", "first", "first_initial_last", "initial_last")),
            title=ctx.maybe("title", 0.1),
        )
    ]
    if ctx.chance(rich):
        if ctx.maybe("job_title", 0.7):
            lines.append([Pii("job_title", identity.job_of(ctx, person))])
        if org and ctx.maybe("organization", 0.8):
            lines.append([Pii("organization", org)])
        if ctx.maybe("phone_number", 0.6):
            label = ctx.choice(("", "T: ", "Tel: ", "Tel. ", "Phone: ", "M: ", "Mob: ", "Direct: ", "t. "))
            lines.append([label, Pii("phone_number", contact.person_phone(ctx, person))])
        if ctx.maybe("phone_number", 0.2):
            lines.append([ctx.choice(("Mobile: ", "M: ", "Cell: ")), Pii("phone_number", contact.phone(ctx))])
        if ctx.maybe("email", 0.4):
            lines.append(
                [ctx.choice(("", "E: ", "Email: ", "e. ")), Pii("email", contact.person_email(ctx, person, org))]
            )
        if ctx.maybe("url", 0.25):
            lines.append([Pii("url", contact.url(ctx, None, org))])
        if ctx.maybe("street_address", 0.25):
            lines.append(location.address_pieces(ctx, multiline=False))
    sep = ctx.choice(("\n", "\n", " | ")) if len(lines) > 2 else "\n"
    out: list[Piece] = []
    for i, line in enumerate(lines):
        if i:
            out.append(sep if i > 1 or sep == "\n" else "\n")
        out.extend(line)
    return out


def kv_block(ctx: Context, rows: Sequence[tuple[str, Piece]], style: str | None = None) -> list[Piece]:
    """Key-value lines in one of several layouts (colon, dotted leader, padded, pipe table, key=value)."""
    rows = [(k, v) for k, v in rows if v is not None]
    style = style or ctx.weighted(
        ("colon", "dots", "pad", "pipe", "equals", "dash", "bold"), (0.4, 0.08, 0.16, 0.1, 0.06, 0.1, 0.1)
    )
    width = max((len(k) for k, _ in rows), default=0) + 2
    out: list[Piece] = []
    if style == "pipe":
        out.extend(["| Field | Value |\n", "|---|---|\n"])
    for key, value in rows:
        if style == "colon":
            out.extend([f"{key}: ", value, "\n"])
        elif style == "dots":
            out.extend([f"{key} {'.' * (width - len(key) + 4)} ", value, "\n"])
        elif style == "pad":
            out.extend([f"{key + ':':<{width}} ", value, "\n"])
        elif style == "pipe":
            out.extend([f"| {key} | ", value, " |\n"])
        elif style == "equals":
            out.extend([f"{key.upper().replace(' ', '_').replace('.', '')} = ", value, "\n"])
        elif style == "dash":
            out.extend([f"{key} - ", value, "\n"])
        else:
            out.extend([f"**{key}:** ", value, "\n"])
    return out


def table(
    ctx: Context, header: Sequence[str], rows: Sequence[Sequence[Piece]], style: str | None = None
) -> list[Piece]:
    """A table with a header row: pipe (markdown), tab-separated or space-aligned."""
    style = style or ctx.choice(("pipe", "tab", "space", "space"))
    out: list[Piece] = []
    if style == "pipe":
        out.append("| " + " | ".join(header) + " |\n")
        out.append("|" + "|".join("---" for _ in header) + "|\n")
        for row in rows:
            out.append("| ")
            for i, cell in enumerate(row):
                out.extend([" | " if i else "", cell])
            out.append(" |\n")
        return out
    if style == "tab":
        out.append("\t".join(header) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                out.extend(["\t" if i else "", cell])
            out.append("\n")
        return out
    widths = [max([len(h)] + [len(plain(r[i])) for r in rows]) + 2 for i, h in enumerate(header)]
    out.append("".join(f"{h:<{w}}" for h, w in zip(header, widths)).rstrip() + "\n")
    out.append("-" * (sum(widths) - 2) + "\n")
    for row in rows:
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - len(plain(cell))) if i < len(row) - 1 else ""
            out.extend([cell, pad])
        out.append("\n")
    return out


def bullets(ctx: Context, items: Sequence[Piece], style: str | None = None) -> list[Piece]:
    """A bulleted or numbered list."""
    style = style or ctx.choice(("- ", "* ", "• ", "num", "- [ ] "))
    out: list[Piece] = []
    for i, item in enumerate(items, 1):
        out.extend([f"{i}. " if style == "num" else style, item, "\n"])
    return out


def mention(ctx: Context, labels: Sequence[str]) -> list[Piece]:
    """One natural sentence about a label drawn from `labels` by the balancer's boosts."""
    label = ctx.pick_label(labels)
    return ctx.fill(ctx.pick(MENTIONS[label]))


def negative_sentence(ctx: Context) -> list[Piece]:
    """A sentence carrying hard negatives only."""
    return ctx.fill(ctx.choice(NEGATIVE_MENTIONS))


def disclaimer(ctx: Context) -> list[Piece]:
    """An e-mail footer without PII."""
    return ctx.fill(ctx.choice(DISCLAIMERS))
