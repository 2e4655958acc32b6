"""Conversational genres: e-mail threads, chat transcripts, SMS."""

from __future__ import annotations

from ..builder import DocBuilder, Piece, Pii, template_slots
from ..context import SLOT_LABELS, Context, Person
from ..focus import take_focus_sentences
from ..fragments import bullets, closing, disclaimer, greeting, mention, negative_sentence, signature
from ..i18n import field
from ..prose import filler
from ..topics import TOPICS, Topic
from ..validate import PII_LABELS
from ..values import contact, identity, location, timefmt
from .local_messages import LOCAL_MESSAGES, LocalMessages

GENERIC_EXTRA = ("email", "phone_number", "date", "time", "organization", "city", "url", "job_title", "person")


def _body(ctx: Context, topic: Topic, paragraphs: int) -> DocBuilder:
    """Paragraphs of topic sentences with the odd extra mention, hard negative and filler sentence."""
    b = DocBuilder()
    labels = topic.extra_labels + GENERIC_EXTRA
    for p in range(paragraphs):
        parts: list[list[Piece]] = [ctx.fill(t) for t in ctx.pick_many(topic.sentences, ctx.between(1, 3))]
        if p == 0:
            parts += take_focus_sentences(ctx)
        if ctx.chance(0.45):
            parts.append(mention(ctx, labels))
        if ctx.chance(0.3):
            parts.append(negative_sentence(ctx))
        if ctx.chance(0.5):
            parts.append(filler(ctx, topic.domain, 1))
        ctx.rng.shuffle(parts)
        for i, part in enumerate(parts):
            b.add(" " if i else "", part)
        b.gap()
        if ctx.chance(0.12):
            items = [mention(ctx, labels) for _ in range(ctx.between(2, 4))]
            b.add(bullets(ctx, items)).gap()
    return b


def _address_line(ctx: Context, person: Person, org: str | None) -> list[Piece]:
    """A From/To value: "Name <email>", the e-mail alone or the display name alone."""
    show_name = ctx.maybe("person", 0.85)
    show_email = ctx.maybe("email", 0.8) or not show_name
    name = Pii("person", person.full if ctx.chance(0.85) else f"{person.last}, {person.first}")
    email = Pii("email", contact.person_email(ctx, person, org))
    if show_name and show_email:
        return [name, " <", email, ">"]
    return [name] if show_name else [email]


def _message(
    ctx: Context, topic: Topic, sender: Person, recipient: Person, org: str | None, paragraphs: int
) -> DocBuilder:
    b = DocBuilder()
    b.line(greeting(ctx, recipient)).add("\n")
    b.embed(_body(ctx, topic, paragraphs))
    b.gap().line(closing(ctx)).line(signature(ctx, sender, org, rich=0.55))
    if ctx.chance(0.2):
        b.add("\n", disclaimer(ctx), "\n")
    return b


def email_thread(ctx: Context) -> DocBuilder:
    """An e-mail, often with earlier messages quoted below it (in the document language where it has phrases)."""
    if ctx.language in LOCAL_MESSAGES:
        ctx.prose_language = ctx.language
        return _local_email_thread(ctx, LOCAL_MESSAGES[ctx.language])
    topic = ctx.choice(TOPICS)
    orgs = [identity.organization(ctx), identity.organization(ctx)]
    people = [identity.new_person(ctx), identity.new_person(ctx)]
    people += [identity.new_person(ctx) for _ in range(ctx.between(0, 2))]
    subject = ctx.fill(ctx.choice(topic.subjects))
    n = min(ctx.scaled(1, 3), 12)
    msgs = []
    for i in range(n):
        sender, recipient = (people[0], people[1]) if i % 2 == 0 else (people[1], people[0])
        if len(people) > 2 and ctx.chance(0.2):
            sender = ctx.choice(people[2:])
        msgs.append(
            (
                sender,
                recipient,
                orgs[i % 2],
                _message(ctx, topic, sender, recipient, orgs[i % 2], ctx.between(1, 2 + ctx.size)),
            )
        )
    b = DocBuilder()
    headers = ctx.chance(0.7)
    for i, (sender, recipient, org, body) in enumerate(reversed(msgs)):
        prefix = "RE: " if i < n - 1 else ""
        if i == 0:
            if headers:
                b.line("From: ", _address_line(ctx, sender, org))
                b.line("To: ", _address_line(ctx, recipient, None))
                if ctx.chance(0.3):
                    b.line("Cc: ", _address_line(ctx, ctx.choice(people), None))
                if ctx.maybe("date", 0.7):
                    b.line("Date: ", Pii("date", timefmt.timestamp_text(ctx)))
                b.line("Subject: ", prefix, subject).add("\n")
            b.embed(body)
            continue
        quote_style = ctx.choice(("gt", "outlook", "plain"))
        b.gap()
        if quote_style == "outlook":
            b.line("-----Original Message-----" if ctx.chance(0.5) else "________________________________")
            b.line("From: ", _address_line(ctx, sender, org))
            b.line("Sent: ", Pii("date", timefmt.timestamp_text(ctx)))
            b.line("To: ", _address_line(ctx, recipient, None))
            b.line("Subject: ", prefix, subject).add("\n")
            b.embed(body)
        else:
            at_time = (
                [ctx.choice((" at ", ", ")), Pii("time", timefmt.time_text(ctx))] if ctx.maybe("time", 0.7) else None
            )
            b.line(
                "On ",
                Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx))),
                at_time,
                ", ",
                _address_line(ctx, sender, org),
                " wrote:",
            )
            b.embed(body, prefix="> " if quote_style == "gt" else "")
    return b


CHAT_PHRASES = (
    "ok",
    "thanks!",
    "on it",
    "sure, give me 5",
    "np",
    "sounds good",
    "will do",
    "lol",
    "can you call me?",
    "just sent it",
    "any update on this?",
    "brb",
    "done",
    "perfect, thanks",
    "sorry, was in a meeting",
    "👍",
    "yep",
    "not yet",
    "hmm, let me check",
    "that worked",
    "still getting the same error",
    "who owns this?",
    "ty",
    "great, thanks for sorting",
    "see above",
    "+1",
    "makes sense",
)


def _chat_casual(text: list[Piece], ctx: Context) -> list[Piece]:
    if not ctx.chance(0.3):
        return text
    out: list[Piece] = []
    for i, piece in enumerate(text):
        if isinstance(piece, str):
            piece = piece.lower() if i == 0 else piece
            if piece.endswith(".") and i == len(text) - 1:
                piece = piece[:-1]
        out.append(piece)
    return out


def chat(ctx: Context) -> DocBuilder:
    """A Slack/Teams/WhatsApp-style transcript (in the document language where it has phrases)."""
    if ctx.language in LOCAL_MESSAGES:
        ctx.prose_language = ctx.language
        return _local_chat(ctx, LOCAL_MESSAGES[ctx.language])
    topic = ctx.choice(TOPICS)
    people = [identity.new_person(ctx) for _ in range(ctx.between(2, 4))]
    style = ctx.choice(("slack", "whatsapp", "whatsapp_android", "teams", "irc", "plain"))
    handle_label = ctx.pick_label(("person", "username")) if style in ("slack", "irc") else "person"
    handles = {
        id(p): (
            Pii("username", contact.person_username(ctx, p))
            if handle_label == "username"
            else Pii("person", p.full if ctx.chance(0.55) else identity.chat_name(ctx, p))
        )
        for p in people
    }
    show_time = ctx.maybe("time", 0.6)
    show_date = ctx.maybe("date", 0.4)
    day = timefmt.near_date(ctx)
    day_text = timefmt.format_date(ctx, day, "numeric")
    minute = ctx.between(7 * 60, 20 * 60)
    b = DocBuilder()
    if style in ("slack", "teams") and ctx.chance(0.5):
        b.line(
            ctx.choice(("#", "Channel: #")),
            ctx.choice(
                (
                    "ops",
                    "support-escalations",
                    "team-finance",
                    "general",
                    "hr-private",
                    "incident-war-room",
                    "sales-emea",
                )
            ),
        )
    n = ctx.scaled(3, 12)
    labels = topic.extra_labels + GENERIC_EXTRA
    previous = None
    focus = take_focus_sentences(ctx)
    n = max(n, len(focus))
    focus_at = dict(zip(ctx.sample(range(n), len(focus)), focus))
    for i in range(n):
        speaker = ctx.choice(people)
        minute += ctx.between(0, 9)
        clock = f"{(minute // 60) % 24:02d}:{minute % 60:02d}"
        r = ctx.rng.random()
        if i in focus_at:
            text = focus_at[i]
        elif r < 0.42:
            text = ctx.fill(ctx.pick(topic.sentences))
        elif r < 0.62:
            text = mention(ctx, labels)
        elif r < 0.7:
            text = negative_sentence(ctx)
        else:
            text = [ctx.choice(CHAT_PHRASES)]
        if ctx.chance(0.12):
            other = ctx.choice(people)
            text = [Pii("username", "@" + contact.person_username(ctx, other)), " ", *text]
        text = _chat_casual(text, ctx)
        who = handles[id(speaker)]
        stamp: Piece = Pii("time", clock) if show_time else None
        if style == "slack":
            if speaker is not previous:
                b.add("\n" if previous else "").line(who, "  ", stamp)
            b.line(text)
        elif style == "whatsapp":
            b.line("[", Pii("date", f"{day_text}, {clock}") if show_date else Pii("time", clock), "] ", who, ": ", text)
        elif style == "whatsapp_android":
            b.line(Pii("date", f"{day_text} {clock}"), " - ", who, ": ", text)
        elif style == "teams":
            if speaker is not previous:
                b.add("\n" if previous else "").line(who, [" ", stamp] if stamp else None)
            b.line(text)
        elif style == "irc":
            b.line(["[", stamp, "] "] if stamp else None, "<", who, "> ", text)
        else:
            b.line(who, ": ", text)
        previous = speaker
    return b


# local-language e-mails and chats -----------------------------------------------------------------------------


def _local_focus(ctx: Context, templates: tuple[str, ...]) -> list[list[Piece]]:
    """One local sentence per focus label that some template can carry, the first time a writer asks."""
    if ctx.memo.get("focus_taken"):
        return []
    ctx.memo["focus_taken"] = True
    out = []
    for label in ctx.focus:
        fits = [t for t in templates if label in _template_labels(t)]
        if fits:
            out.append(ctx.fill(ctx.pick(fits)))
    return out


def _template_labels(template: str) -> set[str]:
    names = (s.rstrip("0123456789") for s in template_slots(template))
    return {SLOT_LABELS.get(name, name) for name in names}


def _local_mention(ctx: Context, templates: tuple[str, ...]) -> list[Piece]:
    """A sentence for a label drawn by the balancer's boosts from those the templates can carry."""
    labels = sorted({label for t in templates for label in _template_labels(t)}.intersection(PII_LABELS))
    label = ctx.pick_label(labels)
    return ctx.fill(ctx.pick([t for t in templates if label in _template_labels(t)]))


def _honorific(ctx: Context, lm: LocalMessages, gender: str) -> list[Piece]:
    """A courtesy title for a salutation; stacked titles ("Frau Dr.") are one span each."""
    out: list[Piece] = []
    for i, word in enumerate(ctx.choice(lm.honorifics[gender]).split(" ")):
        out += [" " if i else None, Pii("title", word)]
    return out


def _local_greeting(ctx: Context, lm: LocalMessages, person: Person) -> list[Piece]:
    if not ctx.maybe("person", 0.85):
        return [ctx.choice(lm.greet_anon)]
    if person.gender in lm.greet_formal and ctx.maybe("title", 0.45):
        return ctx.fill(
            ctx.choice(lm.greet_formal[person.gender]),
            hon=_honorific(ctx, lm, person.gender),
            last=Pii("person", person.last),
        )
    return ctx.fill(ctx.choice(lm.greet_casual[person.gender]), first=Pii("person", person.first))


def _local_signature(ctx: Context, lm: LocalMessages, person: Person, org: str | None) -> list[Piece]:
    """Name (often with an honorific), then job title, organisation, phone and e-mail lines, each its own span."""
    style = ctx.choice(("full", "full", "first", "first_initial_last"))
    lines: list[list[Piece]] = [identity.name_of(ctx, person, style=style, title=ctx.maybe("title", 0.3))]
    if ctx.chance(0.65):
        job = [Pii("job_title", identity.job_of(ctx, person))] if ctx.maybe("job_title", 0.7) else []
        company = [Pii("organization", org)] if org and ctx.maybe("organization", 0.8) else []
        if job and company and ctx.chance(0.35):
            lines.append([*job, ctx.choice((" — ", " | ", ", ", " - ")), *company])
        else:
            lines += [line for line in (job, company) if line]
        if ctx.maybe("phone_number", 0.6):
            lines.append([ctx.choice(lm.phone_labels), Pii("phone_number", contact.person_phone(ctx, person))])
        if ctx.maybe("email", 0.35):
            label = ctx.choice(("", f"{field(ctx, 'email')}: "))
            lines.append([label, Pii("email", contact.person_email(ctx, person, org))])
        if ctx.maybe("street_address", 0.2):
            lines.append(location.address_pieces(ctx, multiline=False))
    out: list[Piece] = []
    for i, line in enumerate(lines):
        out += ["\n" if i else None, *line]
    return out


def _local_timestamp(ctx: Context) -> str:
    """A header date with its clock time, written as one `date` value ("15.04.2024 11:26")."""
    day = timefmt.format_date(ctx, timefmt.near_date(ctx))
    return f"{day}{ctx.choice((' ', ', '))}{ctx.between(7, 21):02d}:{ctx.between(0, 59):02d}"


def _local_body(ctx: Context, lm: LocalMessages, sentences: tuple[str, ...], paragraphs: int) -> DocBuilder:
    """Paragraphs of the theme's sentences, then of other themes' once those are used: no sentence twice."""
    b = DocBuilder()
    for p in range(paragraphs):
        pool = [t for t in sentences if t not in ctx.used] or [t for t in lm.sentences() if t not in ctx.used]
        parts: list[list[Piece]] = [ctx.fill(t) for t in ctx.pick_many(pool, ctx.between(1, 3))] if pool else []
        if not parts:
            parts.append([ctx.choice(lm.polite)])
        if p == 0:
            parts += _local_focus(ctx, lm.sentences())
        if ctx.chance(0.45):
            parts.append(_local_mention(ctx, sentences + lm.mentions))
        if ctx.chance(0.4):
            parts.append([ctx.choice(lm.polite)])
        ctx.rng.shuffle(parts)
        for i, part in enumerate(parts):
            b.add(" " if i else "", part)
        b.gap()
    return b


def _local_message(
    ctx: Context, lm: LocalMessages, sentences: tuple[str, ...], sender: Person, recipient: Person, org: str | None
) -> DocBuilder:
    b = DocBuilder()
    b.line(_local_greeting(ctx, lm, recipient)).add("\n")
    b.embed(_local_body(ctx, lm, sentences, ctx.between(1, 2 + ctx.size)))
    b.gap().line(ctx.choice(lm.closings)).line(_local_signature(ctx, lm, sender, org))
    if ctx.chance(0.2):
        b.add("\n", ctx.choice(lm.footers), "\n")
    return b


def _local_email_thread(ctx: Context, lm: LocalMessages) -> DocBuilder:
    """`email_thread` in the document language: local salutations, header names, quoting and sign-offs."""
    subjects, sentences = lm.themes[ctx.choice(tuple(lm.themes))]
    orgs = [identity.organization(ctx), identity.organization(ctx)]
    people = [identity.new_person(ctx), identity.new_person(ctx)]
    people += [identity.new_person(ctx) for _ in range(ctx.between(0, 2))]
    subject = ctx.fill(ctx.choice(subjects))
    n = min(ctx.scaled(1, 3), 6)
    msgs = []
    for i in range(n):
        sender, recipient = (people[0], people[1]) if i % 2 == 0 else (people[1], people[0])
        if len(people) > 2 and ctx.chance(0.2):
            sender = ctx.choice(people[2:])
        org = orgs[i % 2]
        msgs.append((sender, recipient, org, _local_message(ctx, lm, sentences, sender, recipient, org)))
    h = lm.headers
    b = DocBuilder()
    headers = ctx.chance(0.7)
    for i, (sender, recipient, org, body) in enumerate(reversed(msgs)):
        prefix = lm.reply_prefix if i < n - 1 else ""
        if i == 0:
            if headers:
                b.line(h["from"], _address_line(ctx, sender, org))
                b.line(h["to"], _address_line(ctx, recipient, None))
                if ctx.chance(0.3):
                    b.line(h["cc"], _address_line(ctx, ctx.choice(people), None))
                if ctx.maybe("date", 0.7):
                    b.line(h["date"], Pii("date", _local_timestamp(ctx)))
                b.line(h["subject"], prefix, subject).add("\n")
            b.embed(body)
            continue
        b.gap()
        if ctx.chance(0.35):
            b.line(lm.original_message)
            b.line(h["from"], _address_line(ctx, sender, org))
            b.line(h["sent"], Pii("date", _local_timestamp(ctx)))
            b.line(h["to"], _address_line(ctx, recipient, None))
            b.line(h["subject"], prefix, subject).add("\n")
            b.embed(body)
        else:
            day = Pii("date", timefmt.format_date(ctx, timefmt.near_date(ctx)))
            sender_line = _address_line(ctx, sender, org)
            if ctx.maybe("time", 0.7):
                clock = Pii("time", timefmt.time_text(ctx))
                attribution = ctx.fill(lm.wrote[0], date=day, time=clock, sender=sender_line)
            else:
                attribution = ctx.fill(lm.wrote[1], date=day, sender=sender_line)
            b.line(attribution)
            b.embed(body, prefix="> " if ctx.chance(0.5) else "")
    return b


def _local_handle(ctx: Context, lm: LocalMessages, person: Person, family: bool, label: str) -> Pii:
    """A chat display name: full name, first name, lower-case first name, in family chats "Tia Cida", or a
    user name when `label` is "username"."""
    if label == "username":
        return Pii("username", contact.person_username(ctx, person))
    if family and person.gender in lm.kin and ctx.chance(0.35):
        return Pii("person", f"{ctx.choice(lm.kin[person.gender])} {person.first}")
    r = ctx.rng.random()
    return Pii("person", person.full if r < 0.55 else person.first if r < 0.85 else person.first.lower())


def _lower_names(text: list[Piece]) -> list[Piece]:
    return [Pii("person", p.text.lower()) if isinstance(p, Pii) and p.label == "person" else p for p in text]


def _local_chat(ctx: Context, lm: LocalMessages) -> DocBuilder:
    """`chat` in the document language: WhatsApp exports, Teams/Slack blocks or plain "name: text" lines."""
    people = [identity.new_person(ctx) for _ in range(ctx.between(2, 4))]
    style = ctx.choice(("whatsapp", "teams", "slack", "plain"))
    family = style == "whatsapp" and ctx.chance(0.5)
    handle_label = ctx.pick_label(("person", "username")) if style == "slack" else "person"
    handles = {id(p): _local_handle(ctx, lm, p, family, handle_label) for p in people}
    show_time = ctx.maybe("time", 0.6)
    show_date = ctx.maybe("date", 0.5)
    day_text = timefmt.format_date(ctx, timefmt.near_date(ctx), "numeric")
    ios = ctx.chance(0.4)
    minute = ctx.between(7 * 60, 22 * 60)
    b = DocBuilder()
    if style != "plain" and ctx.chance(0.4):
        b.line(ctx.choice(lm.chat_titles)).add("\n")
    n = ctx.scaled(3, 12)
    focus = _local_focus(ctx, lm.chat_lines + lm.mentions)
    n = max(n, len(focus))
    focus_at = dict(zip(ctx.sample(range(n), len(focus)), focus))
    previous = None
    for i in range(n):
        speaker = ctx.choice(people)
        minute += ctx.between(0, 9)
        clock = f"{(minute // 60) % 24:02d}:{minute % 60:02d}"
        r = ctx.rng.random()
        if i in focus_at:
            text = focus_at[i]
        elif r < 0.4:
            text = ctx.fill(ctx.pick(lm.chat_lines))
        elif r < 0.6:
            text = _local_mention(ctx, lm.chat_lines + lm.mentions)
        else:
            text = [ctx.choice(lm.chat_phrases)]
        if ctx.chance(0.3):
            text = _lower_names(text)
        text = _chat_casual(text, ctx)
        who = handles[id(speaker)]
        if style == "whatsapp":
            stamp = Pii("date", f"{day_text}{', ' if ios else ' '}{clock}") if show_date else Pii("time", clock)
            b.line(["[", stamp, "] "] if ios else [stamp, " - "], who, ": ", text)
        elif style in ("teams", "slack"):
            if speaker is not previous:
                b.add("\n" if previous else "").line(who, ["  ", Pii("time", clock)] if show_time else None)
            b.line(text)
        else:
            b.line(who, ": ", text)
        previous = speaker
    return b


SMS_TEMPLATES = (
    "Hi {first}, this is a reminder of your appointment at {hospital} on {date} at {time}. Reply C to cancel.",
    "{org}: Your parcel {tracking_no} will be delivered {future} between {time} and {time2}.",
    "Hey it's {first}, new number! Save this one. Old one was {phone_number}",
    "Running late, be there by {time}. Parked on {street_address}.",
    "Your {bank} card ending {masked_card} was used for {price}. Not you? Call {phone_number}.",
    "Can you send me your address again? Need it for the form",
    "It's {address}. Buzz when you're here",
    "Hi {first}, your table for 4 at {time} {future} is confirmed. See you then!",
    "Dr's office called, appointment moved to {date} {time}. Don't forget your {medication}",
    "Mum's in {hospital}, ward 7. Visiting till {time}",
    "Your verification for account {customer_id} is complete. Thank you for banking with {bank}.",
    "Landlord says rent goes to {iban} from now on",
    "Wifi is {password} btw",
    "Meet at {gps_coordinates}, by the north gate",
    "Dentist {future} at {time}, then I'm free",
    "Can you transfer {price} to {bank_account_number}? {routing_name} {routing_number}. Will pay you back soon",
    "{org} alert: new sign-in from {city}. If this wasn't you, reset your password at {url}",
    "Happy birthday {first}! Can't believe you're {age} already",
    "Locked out of my email, can you reset it? Username is {username}",
    "Car reg is {license_plate}, silver estate, I'm outside",
    "Flight lands {time}, terminal 2. Passport no is {passport_number} if you need it for the booking",
    "Order {order_no} has shipped! Track it here: {url}",
    "Your {hospital} appointment with {title} {last} is {future} at {time}. Call {phone_number} to change it.",
    "Hi {first}, it's {first2} from {org}. Are you free for a quick call at {time}?",
    "Pls send the IBAN again, the one you sent ({iban}) bounced",
    "Booked! {date} at {time}, table under {last}",
    "New login to your {org} account from {ip_address}. Not you? Visit {url}",
    "Your prescription for {medication} is ready to collect from {pharmacy}.",
    "Home by {time}. Can you grab {medication} from the pharmacy?",
    "Address for the party: {address}",
    "Hey, can you send me {first}'s number? Mine's {phone_number}",
    "Your card ending {masked_card} expires {card_expiry}. Update it at {url}",
    "Lost my phone, this is my temp number. Email me at {email} instead",
    "The plumber is {first}, {phone_number}, coming {future}",
    "Member {customer_id}: your renewal of {price} is due on {date}.",
    "Reminder: MOT due for {license_plate} on {date}.",
    "{first}, the door code is {password} - delete this after",
)
LOCAL_SMS = {
    "de": (
        "Hallo {first}, Ihr Termin bei {hospital} ist am {date} um {time}. Bitte sagen Sie rechtzeitig ab.",
        "Hab eine neue Nummer: {phone_number}. Bitte speichern!",
        "Ihr Paket {tracking_no} wird am {date} zugestellt.",
        "Bitte überweise die Miete ab jetzt an {iban}. Danke!",
        "Bin um {time} da, stehe vor {street_address}.",
        "{bank}: Ihre Karte {masked_card} wurde für {price} belastet. Nicht Sie? Rufen Sie {phone_number} an.",
    ),
    "fr": (
        "Bonjour {first}, votre rendez-vous à {hospital} est confirmé le {date} à {time}.",
        "Mon nouveau numéro : {phone_number}",
        "Votre colis {tracking_no} sera livré le {date}.",
        "Le loyer est à virer sur {iban} à partir de maintenant.",
        "J'arrive vers {time}, je t'attends au {street_address}.",
        "{bank} : paiement de {price} avec la carte {masked_card}. Si ce n'est pas vous, appelez le {phone_number}.",
    ),
    "es": (
        "Hola {first}, le recordamos su cita en {hospital} el {date} a las {time}.",
        "Mi número nuevo es {phone_number}.",
        "Su paquete {tracking_no} llegará el {date}.",
        "Hazme la transferencia a {iban}, porfa.",
        "Llego a las {time}, estoy en {street_address}.",
        "{bank}: compra de {price} con tarjeta {masked_card}. ¿No ha sido usted? Llame al {phone_number}.",
    ),
    "it": (
        "Ciao {first}, ti ricordo l'appuntamento presso {hospital} il {date} alle {time}.",
        "Il mio nuovo numero è {phone_number}.",
        "Il pacco {tracking_no} arriverà il {date}.",
        "L'affitto va pagato su {iban} da questo mese.",
        "Arrivo alle {time}, sono in {street_address}.",
        "{bank}: pagamento di {price} con carta {masked_card}. Non sei tu? Chiama il {phone_number}.",
    ),
    "nl": (
        "Hoi {first}, je afspraak bij {hospital} is op {date} om {time}.",
        "Mijn nieuwe nummer is {phone_number}.",
        "Je pakket {tracking_no} wordt op {date} bezorgd.",
        "Huur graag voortaan overmaken naar {iban}.",
        "Ik ben er om {time}, sta voor {street_address}.",
        "{bank}: betaling van {price} met pas {masked_card}. Niet door u? Bel {phone_number}.",
    ),
    "pt": (
        "Olá {first}, sua consulta no {hospital} está marcada para {date} às {time}.",
        "Meu número novo é {phone_number}.",
        "Sua encomenda {tracking_no} será entregue em {date}.",
        "Pode depositar na conta {bank_account_number}, {routing_name} {routing_number}.",
        "Chego às {time}, estou na {street_address}.",
        "{bank}: compra de {price} no cartão {masked_card}. Não reconhece? Ligue {phone_number}.",
    ),
}
_SMS_PREFIXES = ("", "", "", "Reminder: ", "FYI ", "URGENT: ", "Hi! ", "Hey, ")
_SMS_SUFFIXES = ("", "", "", " Thanks", " Thx", " x", " :)", " Reply STOP to opt out.", " - sent from my phone", " 👍")


def sms(ctx: Context) -> DocBuilder:
    """One to a few text messages, sometimes with sender and time lines."""
    if ctx.language in LOCAL_SMS:
        ctx.prose_language = ctx.language
    b = DocBuilder()
    for i in range(ctx.between(1, 2 if ctx.size < 2 else 5)):
        if ctx.chance(0.4):
            sender: Piece = (
                Pii("phone_number", contact.phone(ctx))
                if ctx.chance(0.5)
                else Pii("person", identity.new_person(ctx).first)
            )
            b.line(
                ctx.choice(("From: ", "", "Message from ")),
                sender,
                ctx.choice((" ", " - ")),
                Pii("time", timefmt.time_text(ctx)),
            )
        if ctx.language in LOCAL_SMS:
            b.line(ctx.fill(ctx.pick(LOCAL_SMS[ctx.language])))
        else:
            b.line(ctx.choice(_SMS_PREFIXES), ctx.fill(ctx.pick(SMS_TEMPLATES)), ctx.choice(_SMS_SUFFIXES))
        b.add("\n")
    for sentence in (take_focus_sentences(ctx) if ctx.language == "en" else []):
        b.line(sentence).add("\n")
    return b
