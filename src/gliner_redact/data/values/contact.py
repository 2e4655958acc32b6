"""Contact and account details: e-mail addresses, phone numbers, URLs, user names, passwords."""

from __future__ import annotations

import re
import string

from ..context import Context, Person
from .identity import ascii_fold

_ALNUM = string.ascii_letters + string.digits

FREE_MAIL: dict[str, tuple[str, ...]] = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com"),
    "en_GB": ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com", "icloud.com"),
    "en_CA": ("gmail.com", "hotmail.ca", "yahoo.ca", "shaw.ca", "rogers.com", "sympatico.ca", "outlook.com"),
    "en_AU": ("gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com"),
    "en_IN": ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"),
    "de_DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "outlook.de"),
    "fr_FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr"),
    "es_ES": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"),
    "it_IT": ("gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"),
    "nl_NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl", "xs4all.nl", "outlook.com"),
    "pt_BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "terra.com.br"),
}
TLDS: dict[str, tuple[str, ...]] = {
    "en_US": ("com", "com", "org", "net", "io", "us"),
    "en_GB": ("co.uk", "co.uk", "com", "org.uk", "uk"),
    "en_CA": ("ca", "com"),
    "en_AU": ("com.au", "com.au", "net.au", "org.au"),
    "en_IN": ("in", "co.in", "com"),
    "de_DE": ("de", "de", "com"),
    "fr_FR": ("fr", "fr", "com"),
    "es_ES": ("es", "com"),
    "it_IT": ("it", "com"),
    "nl_NL": ("nl", "nl", "com"),
    "pt_BR": ("com.br", "com.br", "com"),
}
_LEGAL = re.compile(
    r"\b(inc|llc|ltd|limited|plc|llp|gmbh|ag|kg|sas|sarl|sa|srl|spa|bv|nv|ltda|pty|corp|co|group|"
    r"se|me|eireli|pvt|private|e|k|ug|the|and|of|de|di|la|le|van|der)\b"
)
_SLUG_WORDS = ("north", "blue", "apex", "nova", "river", "pine", "city", "metro", "prime", "alpha", "green", "global")


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits of `text`."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def domain_for(ctx: Context, org: str | None = None) -> str:
    """A web domain, derived from an organisation name when one is given."""
    if org:
        words = [w for w in re.findall(r"[a-z0-9]+", ascii_fold(org).lower()) if not _LEGAL.fullmatch(w)]
        base = "".join(words[:2]) if words else slug(org)
        if len(words) > 1 and ctx.chance(0.3):
            base = "-".join(words[:2])
    else:
        base = ctx.choice(_SLUG_WORDS) + slug(ctx.fake.last_name())
    return f"{base or 'mail'}.{ctx.choice(TLDS[ctx.loc.code])}"


def email_for(ctx: Context, person: Person | None = None, org: str | None = None) -> str:
    """An e-mail address, shaped from the person's name when one is given."""
    if person is None:
        first, last = ascii_fold(ctx.fake.first_name()), ascii_fold(ctx.fake.last_name())
    else:
        first, last = ascii_fold(person.first), ascii_fold(person.last)
    f, la = slug(first), slug(last.split()[0]) or "x"
    local = ctx.weighted(
        (
            f"{f}.{la}",
            f"{f[:1]}{la}",
            f"{f}{la}{ctx.rng.randint(1, 99)}",
            f"{f}_{la}",
            f"{la}.{f}",
            f"{f}{ctx.rng.randint(70, 99)}",
            f"{f[:1]}.{la}",
            f"{f}",
            f"{la}{f[:1]}",
            f"{f}.{la}{ctx.rng.randint(1, 9)}",
            ctx.choice(("info", "contact", "billing", "hr", "support", "admin", "accounts", "office")),
        ),
        (0.25, 0.12, 0.1, 0.06, 0.05, 0.06, 0.06, 0.08, 0.04, 0.05, 0.05 if org else 0.0),
    )
    domain = domain_for(ctx, org) if org and ctx.chance(0.85) else ctx.choice(FREE_MAIL[ctx.loc.code])
    if ctx.chance(0.05):
        local = local.capitalize()
    return f"{local}@{domain}"


def person_email(ctx: Context, person: Person, org: str | None = None) -> str:
    """The person's e-mail address (fixed for the document)."""
    key = f"email:{org or ''}"
    if key not in person.memo:
        person.memo[key] = email_for(ctx, person, org)
    return person.memo[key]  # type: ignore[return-value]


def phone(ctx: Context) -> str:
    """A phone number in one of the locale's national or international forms."""
    loc = ctx.loc
    return ctx.shape(ctx.choice(loc.phones), loc.area_codes)


def person_phone(ctx: Context, person: Person) -> str:
    """The person's phone number (fixed for the document)."""
    if "phone" not in person.memo:
        person.memo["phone"] = phone(ctx)
    return person.memo["phone"]  # type: ignore[return-value]


def username(ctx: Context, person: Person | None = None) -> str:
    """A login name or handle."""
    if person is not None and ctx.chance(0.75):
        f, la = slug(person.first), slug(person.last.split()[0]) or "x"
        return ctx.choice(
            (
                f"{f[:1]}{la}",
                f"{f}.{la}",
                f"{f}_{la}{ctx.rng.randint(1, 99)}",
                f"{f}{la[:1]}",
                f"{la}{f[:1]}{ctx.rng.randint(1, 9)}",
                f"{f}{ctx.rng.randint(80, 2005)}",
                f"{f}-{la}",
                f"{f[:1]}{la}{ctx.rng.randint(10, 99)}",
                f"{la.upper()[:6]}{f[:1].upper()}",
            )
        )
    return ctx.choice(
        (
            ctx.fake.user_name(),
            ctx.fake.user_name(),
            f"{ctx.choice(('dark', 'night', 'pixel', 'silent', 'crazy', 'lucky', 'red', 'ice'))}"
            f"{ctx.choice(('wolf', 'fox', 'rider', 'ninja', 'coder', 'gamer', 'panda', 'storm'))}"
            f"{ctx.choice(('_', '', '.'))}{ctx.rng.randint(1, 999)}",
            f"svc_{ctx.choice(('backup', 'deploy', 'etl', 'reporting', 'jenkins', 'sync'))}",
            f"{slug(ctx.fake.first_name())}{ctx.rng.randint(1, 9999)}",
        )
    )


def person_username(ctx: Context, person: Person) -> str:
    """The person's user name (fixed for the document)."""
    if "username" not in person.memo:
        person.memo["username"] = username(ctx, person)
    return person.memo["username"]  # type: ignore[return-value]


_PASSWORD_WORDS = (
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Welcome",
    "Password",
    "Monkey",
    "Dragon",
    "Sunshine",
    "Football",
    "Liverpool",
    "Chelsea",
    "Princess",
    "Qwerty",
    "Letmein",
    "Admin",
    "Tiger",
    "Shadow",
    "Hunter",
    "Rainbow",
    "Coffee",
    "Banana",
    "Change",
    "Company",
    "Berlin",
    "Paris",
    "Madrid",
)
_SYMBOLS = "!@#$%&*?"


def password(ctx: Context) -> str:
    """A password: weak human ones, leetspeak, passphrases and random strings."""
    style = ctx.weighted(
        ("season", "leet", "phrase", "random", "word_digits", "pin_like"), (0.22, 0.14, 0.14, 0.3, 0.15, 0.05)
    )
    if style == "season":
        return f"{ctx.choice(_PASSWORD_WORDS)}{ctx.rng.randint(2015, 2026)}{ctx.choice(('!', '', '#', '!!', '$'))}"
    if style == "leet":
        word = ctx.choice(_PASSWORD_WORDS).translate(str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"}))
        return f"{word}{ctx.rng.randint(1, 999)}{ctx.choice(_SYMBOLS)}"
    if style == "phrase":
        words = ctx.sample(
            (
                "correct",
                "horse",
                "battery",
                "staple",
                "purple",
                "monkey",
                "dishwasher",
                "orange",
                "rocket",
                "window",
                "garden",
                "silver",
                "cloud",
                "river",
                "pencil",
                "tiger",
                "lemon",
            ),
            3,
        )
        return ctx.choice(("-", "_", ".", "")).join(words) + (str(ctx.rng.randint(1, 99)) if ctx.chance(0.5) else "")
    if style == "random":
        alphabet = string.ascii_letters + string.digits + _SYMBOLS + "^-_+="
        n = ctx.rng.randint(10, 20)
        chars = [ctx.choice(alphabet) for _ in range(n)]
        chars[0] = ctx.choice(string.ascii_letters + string.digits)
        return "".join(chars)
    if style == "word_digits":
        return f"{ctx.choice(_PASSWORD_WORDS).lower()}{ctx.rng.randint(100, 99999)}"
    return ctx.choice(("123456", "12345678", "qwerty123", "abc123", "iloveyou1", "passw0rd", "000000", "111111"))


def url(ctx: Context, person: Person | None = None, org: str | None = None) -> str:
    """A URL: profiles, personal and company sites, account and reset links."""
    domain = domain_for(ctx, org)
    scheme = ctx.choice(("https://", "https://", "https://", "http://", ""))
    if person is not None:
        f, la = slug(person.first), slug(person.last.split()[0]) or "x"
        return ctx.choice(
            (
                f"https://www.linkedin.com/in/{f}-{la}-{ctx.rng.randrange(16 ** 6):06x}",
                f"https://linkedin.com/in/{f}{la}",
                f"https://github.com/{f}{la[:1]}{ctx.rng.randint(1, 99)}",
                f"https://twitter.com/{f}_{la}",
                f"https://x.com/{f}{la}",
                f"https://www.facebook.com/{f}.{la}.{ctx.rng.randint(1, 999)}",
                f"https://www.instagram.com/{f}.{la}",
                f"{scheme or 'https://'}{f}{la}.{ctx.choice(('com', 'me', 'dev', 'net'))}",
                f"https://calendly.com/{f}-{la}/30min",
                f"linkedin.com/in/{f}-{la}",
                f"www.linkedin.com/in/{f}{la}{ctx.rng.randint(1, 99)}",
                f"github.com/{f}-{la}",
            )
        )
    if ctx.chance(0.3):
        return service_url(ctx, domain)
    token = ctx.chars(_ALNUM, ctx.rng.randint(16, 32))
    return ctx.choice(
        (
            f"{scheme}www.{domain}",
            f"{domain}/{ctx.choice(('contact', 'about', 'careers', 'support'))}",
            f"{scheme}{domain}/account/{ctx.rng.randint(10000, 9999999)}",
            f"https://portal.{domain}/reset-password?token={token}",
            f"https://{domain}/invoices/view?id={token[:12]}",
            f"https://app.{domain}/users/{ctx.rng.randint(1000, 999999)}/profile",
            f"https://docs.google.com/document/d/{token}/edit",
            f"https://drive.google.com/file/d/{token}/view",
            f"https://{domain}/unsubscribe?u={token[:20]}",
            f"http://{ctx.fake.ipv4_private()}:{ctx.choice(('8080', '8443', '3000', '9000'))}/admin",
            f"https://{domain}/track/{token[:10]}",
            ctx.fake.url().rstrip("/"),
        )
    )


_SERVICES = ("orders", "billing", "users", "payments", "accounts", "crm", "analytics", "auth", "inventory", "reports")


def service_url(ctx: Context, domain: str) -> str:
    """A URL as it appears in logs and config files: API endpoints, webhooks, DSNs, connection strings."""
    name = ctx.choice(_SERVICES)
    host = ctx.choice((ctx.fake.ipv4_private(), f"{name}-db-{ctx.rng.randint(1, 9):02d}.internal", f"db.{domain}"))
    user = f"{name}_{ctx.choice(('rw', 'ro', 'app', 'svc'))}"
    secret = ctx.chars(_ALNUM, ctx.rng.randint(10, 18))
    hexes = string.hexdigits[:16]
    return ctx.choice(
        (
            f"https://api.{domain}/v{ctx.rng.randint(1, 3)}/{name}/{ctx.rng.randint(1000, 999999)}",
            f"https://api.{domain}/v{ctx.rng.randint(1, 3)}/{name}?page={ctx.rng.randint(1, 40)}&limit=50",
            f"postgres://{user}:{secret}@{host}:5432/{name}",
            f"postgresql://{user}@{host}/{name}?sslmode=require",
            f"mysql://{user}:{secret}@{host}:3306/{name}",
            f"mongodb+srv://{user}:{secret}@cluster{ctx.rng.randint(0, 9)}.{ctx.chars(string.ascii_lowercase, 5)}.mongodb.net/{name}",
            f"redis://{ctx.choice(('', f':{secret}@'))}{host}:6379/{ctx.rng.randint(0, 15)}",
            f"amqp://{user}:{secret}@{host}:5672/{name}",
            f"https://hooks.slack.com/services/T{ctx.chars(string.ascii_uppercase + string.digits, 8)}/B{ctx.chars(string.ascii_uppercase + string.digits, 10)}/{ctx.chars(_ALNUM, 24)}",
            f"https://{ctx.chars(hexes, 32)}@o{ctx.rng.randint(10000, 999999)}.ingest.sentry.io/{ctx.rng.randint(1000000, 9999999)}",
            f"https://{domain}/webhooks/{name}/{ctx.chars(_ALNUM, 20)}",
            f"sftp://{user}@{ctx.choice(('files', 'sftp', 'transfer'))}.{domain}:22/outgoing/{name}",
            f"https://s3.{ctx.choice(('eu-west-1', 'us-east-1', 'ap-southeast-2'))}.amazonaws.com/{name}-{slug(domain)[:10]}/{ctx.chars(_ALNUM, 12)}.pdf",
        )
    )
