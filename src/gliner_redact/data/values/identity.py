"""People: names in many written forms, short and chat names, honorifics, birth dates, ages, nrp groups, jobs,
organisations."""

from __future__ import annotations

import datetime as dt
import unicodedata

from ..builder import Piece, Pii
from ..context import Context, Person
from ..lexicon.orgs import (
    BANKS,
    HOSPITAL_PATTERNS,
    INSURERS,
    LAW_PATTERNS,
    LEGAL_SUFFIXES,
    LOCAL_SAINTS,
    ORG_SECTORS,
    ORG_TECH_ROOTS,
    ORG_TECH_SUFFIXES,
    ORG_WORDS,
    SAINTS,
    SCHOOL_PATTERNS,
    SERVICE_PATTERNS,
)
from ..lexicon.places import COUNTRIES
from ..lexicon.society import (
    DIASPORA_BY_LOCALE,
    DIASPORA_NAMES,
    ETHNIC_GROUPS,
    JOB_DEPARTMENTS,
    JOB_GRADES,
    JOB_HEAD_FORMS,
    JOB_LADDER_ROLES,
    JOB_SENIORITY,
    JOB_TITLES,
    JOB_TITLES_BY_LANGUAGE,
    KIN_TERMS,
    NICKNAMES,
    POLITICAL,
    RELIGIONS,
    TITLES_BY_GENDER,
)
from ..locales import LOCALES


def ascii_fold(text: str) -> str:
    """`text` without accents, for e-mail addresses and user names."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def new_person(ctx: Context, *, gender: str | None = None, foreign_p: float = 0.12) -> Person:
    """A new person, usually named for the document's locale, sometimes from another one; joins the cast.

    Some people carry a first name with a common short form (see `short_name`), some a name of a community
    long settled in the locale's country (Turkish in Germany, Maghrebi in France, ...).
    """
    locale = ctx.loc.code
    if ctx.chance(foreign_p):
        locale = ctx.choice(LOCALES)
    fake = ctx.faker_for(locale)
    gender = gender or ctx.weighted(("f", "m", "x"), (0.49, 0.49, 0.02))
    if gender == "f":
        first = fake.first_name_female()
    elif gender == "m":
        first = fake.first_name_male()
    else:
        first = fake.first_name()
    while "." in first:
        first = fake.first_name()
    last = fake.last_name()
    if locale == "es_ES" and ctx.chance(0.6):
        last = f"{last} {fake.last_name()}"
    middle = fake.first_name_female() if gender == "f" else fake.first_name_male()
    nicknames = NICKNAMES.get(_lang_of(locale), {}).get(gender, {})
    if nicknames and ctx.chance(0.12):
        first = ctx.choice(tuple(nicknames))
    communities = DIASPORA_BY_LOCALE.get(locale, ())
    if communities and ctx.chance(0.08):
        pool = DIASPORA_NAMES[ctx.choice(communities)]
        first = ctx.choice(pool[gender if gender in ("f", "m") else ctx.choice(("f", "m"))])
        last = ctx.choice(pool["last"])
    person = Person(first=first, last=last, gender=gender, locale=locale, middle=middle)
    ctx.cast.append(person)
    return person


def someone(ctx: Context, *, new_p: float = 0.35) -> Person:
    """A person of the cast, or a new one."""
    if not ctx.cast or ctx.chance(new_p):
        return new_person(ctx)
    return ctx.choice(ctx.cast)


def title_for(ctx: Context, person: Person) -> str:
    """An honorific fitting the person and the document's language."""
    table = TITLES_BY_GENDER.get(ctx.language, TITLES_BY_GENDER["en"])
    if ctx.chance(0.2):
        return ctx.choice(table["any"])
    return ctx.choice(table[person.gender])


_NAME_STYLES = (
    "full",
    "first",
    "last",
    "initial_last",
    "first_middle_last",
    "first_initial_last",
    "last_comma_first",
    "upper_last",
    "upper_full",
    "last_first",
    "initials_last",
    "last_initial",
)
_NAME_STYLE_WEIGHTS = (0.5, 0.14, 0.07, 0.06, 0.05, 0.08, 0.08, 0.04, 0.035, 0.03, 0.03, 0.015)
_NO_TITLE_STYLES = frozenset({"first", "last_comma_first", "upper_last", "upper_full", "last_first", "last_initial"})
_INITIAL_LETTERS = "ABCDEFGHIJKLMNOPRSTW"


def _initials(ctx: Context, person: Person) -> str:
    """One to three given-name initials: "P.J.M." (Dutch style, more often packed) or "J. R."."""
    letters = [person.first[0], person.middle[0], ctx.choice(_INITIAL_LETTERS)]
    n = ctx.weighted((1, 2, 3), (0.3, 0.45, 0.25) if person.locale == "nl_NL" else (0.6, 0.3, 0.1))
    packed = ctx.chance(0.85 if person.locale == "nl_NL" else 0.5)
    return ("." if packed else ". ").join(letters[:n]) + "."


def name_text(ctx: Context, person: Person, style: str) -> str:
    """The person's name written in `style` (one of `name_of`'s styles)."""
    if style == "first":
        return person.first
    if style == "last":
        return person.last
    if style == "initial_last":
        return f"{person.first[0]}. {person.last}"
    if style == "first_middle_last":
        return f"{person.first} {person.middle} {person.last}"
    if style == "first_initial_last":
        return f"{person.first} {person.middle[0]}. {person.last}"
    if style == "last_comma_first":
        form = ctx.weighted(("plain", "middle", "initial", "caps_initial"), (0.7, 0.1, 0.08, 0.12))
        if form == "middle":
            return f"{person.last}, {person.first} {person.middle}"
        if form == "initial":
            return f"{person.last}, {person.first} {person.middle[0]}."
        if form == "caps_initial":
            return f"{person.last}, {person.first} {person.middle[0]}".upper()
        return f"{person.last}, {person.first}"
    if style == "upper_last":
        return f"{person.last.upper()} {person.first}"
    if style == "upper_full":
        middle = f" {person.middle[0]}." if ctx.chance(0.4) else ""
        return f"{person.first}{middle} {person.last}".upper()
    if style == "last_first":
        return f"{person.last} {person.first}"
    if style == "initials_last":
        last = person.last.upper() if ctx.chance(0.25) else person.last
        return f"{_initials(ctx, person)} {last}"
    if style == "last_initial":
        initials = person.first[0] + (f" {person.middle[0]}" if ctx.chance(0.3) else "")
        return f"{person.last.upper()} {initials.upper()}"
    return person.full


def name_of(ctx: Context, person: Person, *, style: str | None = None, title: bool | None = None) -> list[Piece]:
    """The person's name as written in text, with an optional separate honorific span.

    Styles: full, first, last, initial_last ("J. Smith"), first_middle_last, first_initial_last ("Jane R. Smith"),
    last_comma_first ("Smith, Jane", "Smith, Jane Ruth", "SMITH, JANE R"), upper_last ("SMITH Jane"),
    upper_full ("JANE R. SMITH"), last_first ("Smith Jane", Italian forms), initials_last ("P.J.M. de Wit",
    "K. SUBRAMANIAN"), last_initial ("OKONJO C", statement payees). Surname-first and all-caps styles take no
    honorific.
    """
    if style is None:
        style = ctx.weighted(_NAME_STYLES, _NAME_STYLE_WEIGHTS)
    text = name_text(ctx, person, style)
    if title is None:
        title = style == "last" or ctx.maybe("title", 0.12)
    if title and style not in _NO_TITLE_STYLES:
        return [Pii("title", title_for(ctx, person)), " ", Pii("person", text)]
    return [Pii("person", text)]


def full_name(ctx: Context, person: Person) -> Pii:
    """The person's full name, optionally with a middle initial."""
    if ctx.chance(0.15):
        return Pii("person", f"{person.first} {person.middle[0]}. {person.last}")
    return Pii("person", person.full)


def short_name(ctx: Context, person: Person) -> str:
    """What friends call the person: a short form of the first name where one exists ("Inma", "Bill"), else the
    first name (fixed for the document)."""
    if "short" not in person.memo:
        shorts = NICKNAMES.get(_lang_of(person.locale), {}).get(person.gender, {}).get(person.first, ())
        person.memo["short"] = ctx.choice(shorts) if shorts and ctx.chance(0.8) else person.first
    return person.memo["short"]  # type: ignore[return-value]


def chat_name(ctx: Context, person: Person) -> str:
    """The person as named in a chat: short form or first name, sometimes all lower-case ("raj", "hope") or with
    a familiar aunt/uncle word ("Tia Cida"); fixed for the document."""
    if "chat" not in person.memo:
        name = short_name(ctx, person)
        kin = KIN_TERMS.get(ctx.language, {}).get(person.gender, ())
        if kin and ctx.chance(0.12):
            name = f"{ctx.choice(kin)} {name}"
        elif ctx.chance(0.25):
            name = name.lower()
        person.memo["chat"] = name
    return person.memo["chat"]  # type: ignore[return-value]


def birth_date(ctx: Context, person: Person | None = None) -> dt.date:
    """A birth date (kept per person) between 1938 and 18 years before the document date."""
    if person is not None and "dob" in person.memo:
        return person.memo["dob"]  # type: ignore[return-value]
    age_days = ctx.rng.randint(18 * 365 + 5, 86 * 365)
    if ctx.chance(0.06):
        age_days = ctx.rng.randint(30, 17 * 365)
    dob = ctx.now - dt.timedelta(days=age_days)
    if person is not None:
        person.memo["dob"] = dob
    return dob


def age_years(ctx: Context, person: Person | None = None) -> int:
    """The person's age in whole years at the document date."""
    dob = birth_date(ctx, person)
    years = ctx.now.year - dob.year - ((ctx.now.month, ctx.now.day) < (dob.month, dob.day))
    return max(years, 0)


def age_text(ctx: Context, years: int | None = None, *, attributive: bool = False) -> str:
    """An age expression: "42", "42 years old", "42-year-old", "18 months"."""
    if years is None:
        years = ctx.rng.randint(1, 95)
    if years < 2 and ctx.chance(0.7):
        months = ctx.rng.randint(2, 23)
        return f"{months}-month-old" if attributive else f"{months} months"
    if attributive:
        return ctx.choice((f"{years}-year-old", f"{years}-year-old", f"{years}yo", f"{years} y/o"))
    return ctx.choice((str(years), f"{years} years old", f"{years} years", f"{years} yrs", f"{years} y/o"))


def nrp(ctx: Context, kind: str | None = None) -> str:
    """A nationality, ethnic, religious or political group."""
    kind = kind or ctx.weighted(("nationality", "ethnic", "religion", "political"), (0.45, 0.2, 0.2, 0.15))
    if kind == "nationality":
        return ctx.choice(tuple(COUNTRIES.values()))
    if kind == "ethnic":
        return ctx.choice(ETHNIC_GROUPS)
    if kind == "religion":
        return ctx.choice(RELIGIONS)
    return ctx.choice(POLITICAL)


_FAKER_LOCAL_JOBS = frozenset({"de", "fr", "es", "pt"})
"""Languages whose Faker job list is in the language itself (Faker's Italian and Dutch lists are English)."""


def job_title(ctx: Context, gender: str | None = None) -> str:
    """A job title: for non-English documents mostly from the language's curated list (in the form fitting
    `gender`), sometimes Faker's locale list or English; for English the curated list, seniority ladders
    ("Senior Accountant", "Customer Success Manager II") and department heads ("Director of Customer Success")."""
    local = JOB_TITLES_BY_LANGUAGE.get(ctx.language)
    if local:
        source = ctx.weighted(("local", "faker", "english"), (0.6, 0.15, 0.25))
        if source == "faker" and ctx.language in _FAKER_LOCAL_JOBS:
            job = ctx.fake.job().strip()
            if "(" not in job:
                return job
            source = "local"
        if source != "english":
            masculine, feminine = ctx.choice(local)
            gender = gender if gender in ("f", "m") else ctx.choice(("f", "m"))
            return feminine if gender == "f" else masculine
    form = ctx.weighted(("list", "ladder", "head"), (0.72, 0.14, 0.14))
    if form == "ladder":
        role = ctx.choice(JOB_LADDER_ROLES)
        if ctx.chance(0.5):
            return f"{ctx.choice(JOB_SENIORITY)} {role}"
        return f"{role} {ctx.choice(JOB_GRADES)}"
    if form == "head":
        return ctx.choice(JOB_HEAD_FORMS).format(d=ctx.choice(JOB_DEPARTMENTS))
    return ctx.choice(JOB_TITLES)


def _surname(ctx: Context) -> str:
    return ctx.fake.last_name().split()[0]


def organization(ctx: Context, kind: str | None = None) -> str:
    """An organisation name: company, startup, hospital, clinic, law firm, school, bank, insurer or service provider."""
    kind = kind or ctx.weighted(
        ("company", "startup", "family", "faker", "hospital", "law", "school", "bank", "insurer", "service"),
        (0.22, 0.09, 0.07, 0.11, 0.13, 0.07, 0.08, 0.08, 0.07, 0.08),
    )
    loc = ctx.loc.code
    city = ctx.choice(ctx.loc.cities)
    city_name = city.english if city.english and ctx.language == "en" and ctx.chance(0.5) else city.name
    if kind == "company":
        return f"{ctx.choice(ORG_WORDS)} {ctx.choice(ORG_SECTORS)} {ctx.choice(LEGAL_SUFFIXES[loc])}"
    if kind == "startup":
        name = ctx.choice(ORG_TECH_ROOTS) + ctx.choice(ORG_TECH_SUFFIXES)
        return name if ctx.chance(0.5) else f"{name} {ctx.choice(LEGAL_SUFFIXES[loc])}"
    if kind == "family":
        return ctx.choice(
            (
                f"{_surname(ctx)} & Sons",
                f"{_surname(ctx)} Brothers",
                f"{_surname(ctx)} & Daughters",
                f"{_surname(ctx)} {ctx.choice(LEGAL_SUFFIXES[loc])}",
                f"{_surname(ctx)} {ctx.choice(ORG_SECTORS)}",
            )
        )
    if kind == "faker":
        return ctx.fake.company()
    if kind == "hospital":
        lang = ctx.language if ctx.chance(0.6) else _lang_of(loc)
        patterns = HOSPITAL_PATTERNS.get(lang, HOSPITAL_PATTERNS["en"])
        return ctx.choice(patterns).format(
            city=city_name, saint=_saint(ctx, lang), word=ctx.choice(ORG_WORDS), surname=_surname(ctx)
        )
    if kind == "law":
        return ctx.choice(LAW_PATTERNS).format(s1=_surname(ctx), s2=_surname(ctx), s3=_surname(ctx))
    if kind == "school":
        lang = "en" if ctx.chance(0.4) else _lang_of(loc)
        return ctx.choice(SCHOOL_PATTERNS[lang]).format(
            city=city_name, word=ctx.choice(ORG_WORDS), saint=_saint(ctx, lang), surname=_surname(ctx)
        )
    if kind == "service":
        patterns = SERVICE_PATTERNS["en"] if ctx.chance(0.4) else SERVICE_PATTERNS[_lang_of(loc)]
        return ctx.choice(patterns).format(
            city=city_name, word=ctx.choice(ORG_WORDS), surname=_surname(ctx), number=ctx.between(12, 999)
        )
    if kind == "bank":
        return ctx.choice(BANKS[loc])
    return ctx.choice(INSURERS[loc])


_PHARMACY_CHAINS = (
    "Boots",
    "CVS",
    "Walgreens",
    "Apollo Pharmacy",
    "Farmacia",
    "Apotheke am",
    "Pharmacie du",
    "Drogaria",
)


def pharmacy(ctx: Context) -> str:
    """A pharmacy name."""
    return f"{ctx.choice(_PHARMACY_CHAINS)} {ctx.choice(ctx.loc.cities).name}"


def _saint(ctx: Context, language: str) -> str:
    """A saint's name as `language`'s hospital and school names write it."""
    return ctx.choice(LOCAL_SAINTS.get(language, SAINTS))


def _lang_of(locale: str) -> str:
    return "en" if locale.startswith("en") else locale[:2]


def employer(ctx: Context, person: Person) -> str:
    """The person's employer (fixed for the document)."""
    if "org" not in person.memo:
        person.memo["org"] = organization(
            ctx, ctx.choice(("company", "company", "startup", "family", "faker", "hospital", "law", "school", "bank"))
        )
    return person.memo["org"]  # type: ignore[return-value]


def job_of(ctx: Context, person: Person) -> str:
    """The person's job title (fixed for the document)."""
    if "job" not in person.memo:
        person.memo["job"] = job_title(ctx, person.gender)
    return person.memo["job"]  # type: ignore[return-value]
