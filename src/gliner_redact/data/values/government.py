"""Government identifiers in each country's real format with valid check digits where one exists."""

from __future__ import annotations

import string

from .. import checksums as cs
from ..context import Context

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_DE_ID_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def ssn(ctx: Context) -> str:
    """A US Social Security number (area not 000/666/9xx)."""
    area = ctx.rng.randint(1, 899)
    if area == 666:
        area = 667
    s = f"{area:03d}-{ctx.rng.randint(1, 99):02d}-{ctx.rng.randint(1, 9999):04d}"
    return s if ctx.chance(0.85) else s.replace("-", ctx.choice(("", " ")))


def nino(ctx: Context) -> str:
    """A UK National Insurance number."""
    prefix = ctx.choice(_NINO_FIRST) + ctx.choice(_NINO_SECOND)
    while prefix in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        prefix = ctx.choice(_NINO_FIRST) + ctx.choice(_NINO_SECOND)
    d = ctx.digits(6)
    suffix = ctx.choice("ABCD")
    return ctx.choice((f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}", f"{prefix} {d} {suffix}"))


def sin(ctx: Context) -> str:
    """A Canadian Social Insurance Number (Luhn-valid)."""
    payload = ctx.choice("12345679") + ctx.digits(7)
    n = payload + cs.luhn_check_digit(payload)
    return ctx.choice((f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n))


def aadhaar(ctx: Context) -> str:
    """An Indian Aadhaar number (Verhoeff-valid)."""
    payload = str(ctx.rng.randint(2, 9)) + ctx.digits(10)
    n = payload + cs.verhoeff_check_digit(payload)
    return ctx.choice((f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}", n))


def dni(ctx: Context) -> str:
    """A Spanish DNI or NIE with its control letter."""
    if ctx.chance(0.25):
        prefix = ctx.choice("XYZ")
        body = ctx.digits(7)
        letter = cs.dni_letter(int(str("XYZ".index(prefix)) + body))
        return ctx.choice((f"{prefix}{body}{letter}", f"{prefix}-{body}-{letter}"))
    number = ctx.rng.randint(1_000_000, 99_999_999)
    return ctx.choice((f"{number:08d}{cs.dni_letter(number)}", f"{number:08d}-{cs.dni_letter(number)}"))


def codice_fiscale(ctx: Context) -> str:
    """An Italian codice fiscale (Faker's generator, which computes the control character)."""
    return ctx.fake.ssn()


def nir(ctx: Context) -> str:
    """A French social security number (NIR) with its key."""
    sex = ctx.choice("12")
    body = (
        f"{sex}{ctx.rng.randint(40, 99):02d}{ctx.rng.randint(1, 12):02d}{ctx.rng.randint(1, 95):02d}"
        f"{ctx.rng.randint(1, 999):03d}{ctx.rng.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    full = f"{body}{key:02d}"
    spaced = f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"
    return ctx.choice((full, spaced, spaced))


def german_id(ctx: Context) -> str:
    """A German identity card number (Personalausweis) with its 7-3-1 check digit."""
    serial = ctx.choice("CFGHJKLMNPRTVWXYZ") + "".join(ctx.choice(_DE_ID_CHARS) for _ in range(8))
    return serial + cs.german_id_check_digit(serial)


def bsn(ctx: Context) -> str:
    """A Dutch citizen service number (BSN) passing the 11-test."""
    while True:
        d = ctx.digits(8, first_nonzero=True)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            n = d + str(last)
            return n if ctx.chance(0.7) else f"{n[:4]}.{n[4:6]}.{n[6:]}"


_NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}
_NRIC_OFFSET = {"S": 0, "T": 4, "F": 0, "G": 4, "M": 3}


def nric_check_letter(prefix: str, digits: str) -> str:
    """The check letter of a Singapore NRIC/FIN with `prefix` (S, T, F, G or M) and seven `digits`."""
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + _NRIC_OFFSET[prefix]
    table = next(letters for key, letters in _NRIC_LETTERS.items() if prefix in key)
    return table[total % 11]


def nric(ctx: Context) -> str:
    """A Singapore NRIC (citizens, prefixes S/T) or FIN (foreigners, prefixes F/G/M) with its check letter."""
    prefix = ctx.weighted(("S", "T", "F", "G", "M"), (0.45, 0.3, 0.08, 0.1, 0.07))
    digits = ctx.digits(7)
    return f"{prefix}{digits}{nric_check_letter(prefix, digits)}"


def cpf(ctx: Context) -> str:
    """A Brazilian CPF with check digits."""
    body = ctx.digits(9, first_nonzero=True)
    n = body + cs.cpf_check_digits(body)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if ctx.chance(0.8) else n


NATIONAL_ID_MAKERS = {
    "en_GB": nino,
    "en_CA": sin,
    "en_IN": aadhaar,
    "es_ES": dni,
    "it_IT": codice_fiscale,
    "fr_FR": nir,
    "de_DE": german_id,
    "nl_NL": bsn,
    "pt_BR": cpf,
}
FOREIGN_NATIONAL_IDS = {"SG": (nric, ("NRIC", "NRIC/FIN", "FIN", "NRIC no."))}
"""National IDs of countries without a generator locale: country -> (maker, what the ID is called)."""
NATIONAL_ID_NAMES = {
    "en_GB": ("National Insurance number", "NI number", "NINO"),
    "en_CA": ("SIN", "Social Insurance Number"),
    "en_IN": ("Aadhaar", "Aadhaar number", "Aadhaar no."),
    "es_ES": ("DNI", "NIE", "DNI/NIE"),
    "it_IT": ("codice fiscale", "Codice Fiscale", "CF"),
    "fr_FR": ("numéro de sécurité sociale", "NIR", "n° INSEE"),
    "de_DE": ("Personalausweisnummer", "ID card no.", "Ausweisnummer"),
    "nl_NL": ("BSN", "burgerservicenummer"),
    "pt_BR": ("CPF",),
    "en_US": ("national ID",),
    "en_AU": ("national ID",),
}


TAX_ID_NAMES = {
    "en_US": ("EIN", "Tax ID", "TIN"),
    "en_GB": ("VAT No", "UTR", "VAT reg. no."),
    "en_CA": ("BN", "GST/HST No.", "Business Number"),
    "en_AU": ("ABN", "TFN"),
    "en_IN": ("PAN", "GSTIN"),
    "de_DE": ("USt-IdNr.", "Steuernummer", "Steuer-ID"),
    "fr_FR": ("N° TVA", "Numéro fiscal"),
    "es_ES": ("NIF", "CIF"),
    "it_IT": ("P.IVA", "Partita IVA"),
    "nl_NL": ("BTW-nr", "Btw-nummer"),
    "pt_BR": ("CNPJ",),
}


def national_id(ctx: Context) -> str:
    """A national identity number of the locale's country (another country's for the US and Australia, a
    Singapore NRIC/FIN a fifth of the time)."""
    maker = NATIONAL_ID_MAKERS.get(ctx.loc.code)
    if maker is None:
        maker = nric if ctx.chance(0.2) else ctx.choice(tuple(NATIONAL_ID_MAKERS.values()))
    return maker(ctx)


def foreign_national_id(ctx: Context) -> tuple[str, str]:
    """(what it is called, value) for a national ID of a country without a generator locale ("NRIC", "S1234567D")."""
    maker, names = FOREIGN_NATIONAL_IDS[ctx.choice(tuple(FOREIGN_NATIONAL_IDS))]
    return ctx.choice(names), maker(ctx)


def passport(ctx: Context) -> str:
    """A passport number in the locale country's format."""
    code = ctx.loc.code
    letters = string.ascii_uppercase
    if code == "en_US":
        return ctx.choice((ctx.digits(9, True), ctx.choice(letters) + ctx.digits(8)))
    if code == "en_GB":
        return ctx.digits(9, True)
    if code == "en_CA":
        return ctx.choice(letters) + ctx.choice(letters) + ctx.digits(6)
    if code in ("en_AU", "en_IN"):
        return ctx.choice("NPRM" if code == "en_AU" else "JKLMNPRSTVZ") + ctx.digits(7)
    if code == "de_DE":
        return ctx.choice("CFGHJK") + "".join(ctx.choice(_DE_ID_CHARS) for _ in range(8))
    if code == "fr_FR":
        return ctx.digits(2) + ctx.choice(letters) + ctx.choice(letters) + ctx.digits(5)
    if code == "es_ES":
        return "".join(ctx.choice(letters) for _ in range(3)) + ctx.digits(6)
    if code == "it_IT":
        return ctx.choice(letters) + ctx.choice(letters) + ctx.digits(7)
    if code == "nl_NL":
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return (
            "".join(ctx.choice(alphabet[:23]) for _ in range(2))
            + "".join(ctx.choice(alphabet) for _ in range(6))
            + ctx.digits(1)
        )
    return ctx.choice(letters) + ctx.choice(letters) + ctx.digits(6)


_US_DL = ("@#######", "#########", "@###-####-####", "@###-###-##-###-#", "@########", "########", "@@######")


def drivers_license(ctx: Context) -> str:
    """A driving licence number in the locale's format."""
    code = ctx.loc.code
    if code == "en_US":
        return ctx.shape(ctx.choice(_US_DL))
    if code == "en_GB":
        surname = "".join(ch for ch in ctx.fake.last_name().upper() if ch.isalpha())[:5].ljust(5, "9")
        y = ctx.rng.randint(40, 99)
        mm = ctx.rng.randint(1, 12) + ctx.choice((0, 50))
        dd = ctx.rng.randint(1, 28)
        return f"{surname}{str(y)[0]}{mm:02d}{dd:02d}{str(y)[1]}{ctx.shape('@@#@@')}"
    if code == "en_CA":
        return ctx.shape(ctx.choice(("@####-#####-#####", "@#### - ##### - #####", "@##-##-####", "#######")))
    if code == "en_AU":
        return ctx.shape(ctx.choice(("########", "#########", "@@#####", "#######")))
    if code == "en_IN":
        state = ctx.choice(("MH", "KA", "DL", "TN", "UP", "GJ", "RJ", "WB", "KL", "TS"))
        return ctx.shape(ctx.choice((f"{state}## ###########", f"{state}-##-####-#######", f"{state}##########")))
    if code == "de_DE":
        return ctx.shape("@###@@@#@##")
    if code == "fr_FR":
        return ctx.shape(ctx.choice(("############", "##@@#####")))
    if code == "es_ES":
        return dni(ctx)
    if code == "it_IT":
        return ctx.shape(ctx.choice(("@@#######@", "U1@#####@")))
    if code == "nl_NL":
        return ctx.digits(10, True)
    return ctx.digits(11, True)


def tax_id(ctx: Context) -> str:
    """A personal or business tax identifier of the locale's country."""
    code = ctx.loc.code
    if code == "en_US":
        if ctx.chance(0.6):
            return f"{ctx.rng.randint(10, 98):02d}-{ctx.digits(7)}"
        return f"9{ctx.digits(2)}-{ctx.choice(('70', '75', '78', '80', '88', '90', '92'))}-{ctx.digits(4)}"
    if code == "en_GB":
        d = ctx.digits(10, True)
        return ctx.choice((d, f"{d[:5]} {d[5:]}", f"GB{ctx.digits(9)}"))
    if code == "en_CA":
        return ctx.choice((f"{ctx.digits(9, True)} RT0001", f"{ctx.digits(9, True)}RT0001", ctx.digits(9, True)))
    if code == "en_AU":
        if ctx.chance(0.7):
            d = ctx.digits(9, True)
            while not cs.tfn_valid(d):
                d = ctx.digits(9, True)
            return ctx.choice((f"{d[:3]} {d[3:6]} {d[6:]}", d))
        d = ctx.digits(11, True)
        while not cs.abn_valid(d):
            d = ctx.digits(11, True)
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if code == "en_IN":
        return ctx.shape("@@@") + ctx.choice("PCHFAT") + ctx.shape("@####@")
    if code == "de_DE":
        if ctx.chance(0.3):
            return f"DE{ctx.digits(9, True)}"
        body = ctx.digits(10, True)
        n = body + cs.iso7064_mod11_10(body)
        return ctx.choice((n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"))
    if code == "fr_FR":
        return ctx.choice((str(ctx.rng.randint(0, 3)) + ctx.digits(12), f"FR{ctx.digits(11)}"))
    if code == "es_ES":
        return ctx.choice(
            (dni(ctx), f"{ctx.choice('ABCDEFGHJNPQRSUVW')}{ctx.digits(8)}", f"ES{ctx.choice('ABB')}{ctx.digits(8)}")
        )
    if code == "it_IT":
        return ctx.choice((ctx.digits(11), f"IT{ctx.digits(11)}"))
    if code == "nl_NL":
        return f"NL{ctx.digits(9)}B{ctx.rng.randint(1, 99):02d}"
    body = ctx.digits(8) + "0001"
    n = body + cs.cnpj_check_digits(body)
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"
