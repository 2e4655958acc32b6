"""Conversational genres: e-mail threads, chat transcripts, SMS."""

from __future__ import annotations

from ..focus import take_focus_sentences
from ..builder import DocBuilder, Piece, Pii
from ..context import Context, Person
from ..fragments import bullets, closing, disclaimer, greeting, mention, negative_sentence, signature
from ..prose import filler
from ..topics import TOPICS, Topic
from ..values import contact, identity, timefmt

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
    """An e-mail, often with earlier messages quoted below it."""
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
    """A Slack/Teams/WhatsApp-style transcript."""
    topic = ctx.choice(TOPICS)
    people = [identity.new_person(ctx) for _ in range(ctx.between(2, 4))]
    style = ctx.choice(("slack", "whatsapp", "teams", "irc", "plain"))
    handle_label = ctx.pick_label(("person", "username")) if style in ("slack", "irc") else "person"
    handles = {
        id(p): (
            Pii("username", contact.person_username(ctx, p))
            if handle_label == "username"
            else Pii("person", p.full if ctx.chance(0.7) else p.first)
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
            b.line("[", [Pii("date", day_text), ", "] if show_date else None, Pii("time", clock), "] ", who, ": ", text)
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
