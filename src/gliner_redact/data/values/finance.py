"""Banking and payment values: IBANs, account and routing numbers, cards, crypto wallets, customer numbers."""

from __future__ import annotations

import string

from .. import checksums as cs
from ..context import Context

_BBAN = {
    # country: pattern (# digit, @ letter), bank-code choices for the leading letters when relevant
    "GB": "@@@@##############",
    "IE": "@@@@##############",
    "DE": "##################",
    "FR": "#######################",
    "ES": "####################",
    "IT": "@######################",
    "NL": "@@@@##########",
    "BR": "#######################@#",
    "BE": "############",
    "CH": "#################",
    "PT": "#####################",
    "AT": "################",
}
_BANK_LETTERS = {
    "GB": ("BARC", "LOYD", "NWBK", "HBUK", "MIDL", "MONZ", "SRLG", "ABBY"),
    "IE": ("AIBK", "BOFI", "IPBS"),
    "NL": ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"),
}
_LOCALE_IBAN = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pt_BR": "BR"}


def iban(ctx: Context, country: str | None = None) -> str:
    """An IBAN with valid mod-97 check digits, compact or grouped in fours."""
    country = country or _LOCALE_IBAN.get(ctx.loc.code) or ctx.choice(("GB", "DE", "FR", "IE", "NL", "CH", "ES", "BE"))
    bban = ctx.shape(_BBAN[country])
    if country in _BANK_LETTERS:
        bban = ctx.choice(_BANK_LETTERS[country]) + bban[4:]
    compact = country + cs.iban_check_digits(country, bban) + bban
    if ctx.chance(0.6):
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def bank_account(ctx: Context) -> str:
    """A domestic bank account number."""
    code = ctx.loc.code
    if code == "en_US":
        return ctx.digits(ctx.rng.randint(8, 12), True)
    if code == "en_CA":
        return ctx.choice((ctx.digits(7), f"{ctx.digits(3)}-{ctx.digits(4)}", ctx.digits(12)))
    if code == "en_GB":
        return ctx.digits(8)
    if code == "en_AU":
        d = ctx.digits(ctx.choice((6, 8, 9)), True)
        return ctx.choice((d, f"{d[:4]} {d[4:]}"))
    if code == "en_IN":
        return ctx.digits(ctx.choice((11, 12, 14, 15, 16)), True)
    if code == "de_DE":
        return ctx.digits(10)
    if code == "fr_FR":
        return ctx.digits(11)
    if code == "es_ES":
        return ctx.digits(10)
    if code == "it_IT":
        return ctx.digits(12)
    if code == "nl_NL":
        return ctx.digits(ctx.choice((9, 10)), True)
    return f"{ctx.digits(ctx.rng.randint(5, 8), True)}-{ctx.rng.randint(0, 9)}"


_ABA_PREFIXES = tuple(f"{p:02d}" for p in (*range(1, 13), *range(21, 33), *range(61, 73)))
_IFSC_BANKS = ("HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "IDIB", "YESB")
_BICS = {
    "de_DE": ("DEUTDEFF", "COBADEFF", "DRESDEFF", "GENODEF1", "INGDDEFF", "HYVEDEMM"),
    "fr_FR": ("BNPAFRPP", "SOGEFRPP", "AGRIFRPP", "CRLYFRPP", "PSSTFRPP", "CMCIFRPP"),
    "es_ES": ("BSCHESMM", "BBVAESMM", "CAIXESBB", "BSABESBB", "BKBKESMM"),
    "it_IT": ("UNCRITMM", "BCITITMM", "BAPPIT22", "PASCITMM", "BPMOIT22"),
    "nl_NL": ("INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A", "BUNQNL2A", "TRIONL2U"),
    "pt_BR": ("BRASBRRJ", "ITAUBRSP", "BBDEBRSP", "CEFXBRSP", "NUPGBRSP"),
    "en_GB": ("BARCGB22", "LOYDGB2L", "NWBKGB2L", "HBUKGB4B", "MONZGB2L"),
}


def routing(ctx: Context) -> tuple[str, str]:
    """(what the code is called, the code): ABA number, sort code, transit, BSB, IFSC, BLZ, agência or BIC."""
    code = ctx.loc.code
    if code == "en_US":
        first8 = ctx.choice(_ABA_PREFIXES) + ctx.digits(6)
        return ctx.choice(("routing number", "ABA routing number", "ABA", "routing no.")), first8 + cs.aba_check_digit(
            first8
        )
    if code == "en_GB" and ctx.chance(0.85):
        d = ctx.digits(6)
        return "sort code", ctx.choice(
            (f"{d[:2]}-{d[2:4]}-{d[4:]}", f"{d[:2]}-{d[2:4]}-{d[4:]}", d, f"{d[:2]} {d[2:4]} {d[4:]}")
        )
    if code == "en_CA":
        return ctx.choice(("transit number", "routing number")), ctx.choice(
            (
                f"{ctx.digits(5)}-{ctx.choice(('001', '002', '003', '004', '006', '010', '815'))}",
                f"0{ctx.choice(('001', '002', '003', '004', '006'))}{ctx.digits(5)}",
            )
        )
    if code == "en_AU":
        d = ctx.choice(("06", "03", "08", "01", "73", "48", "18")) + ctx.digits(4)
        return "BSB", ctx.choice((f"{d[:3]}-{d[3:]}", d, f"{d[:3]} {d[3:]}"))
    if code == "en_IN":
        return ctx.choice(("IFSC", "IFSC code")), ctx.choice(_IFSC_BANKS) + "0" + ctx.shape(
            ctx.choice(("######", "@@@###"))
        )
    if code == "de_DE" and ctx.chance(0.4):
        d = ctx.digits(8, True)
        return ctx.choice(("BLZ", "Bankleitzahl")), ctx.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}"))
    if code == "pt_BR" and ctx.chance(0.6):
        return ctx.choice(("agência", "Agência")), ctx.choice(
            (ctx.digits(4), f"{ctx.digits(4)}-{ctx.rng.randint(0, 9)}")
        )
    bic = ctx.choice(_BICS.get(code, _BICS["en_GB"])) + ctx.choice(("", "", "XXX", ctx.shape("@##")))
    return ctx.choice(("BIC", "SWIFT code", "BIC/SWIFT", "SWIFT/BIC")), bic


def routing_number(ctx: Context) -> str:
    """A bank routing code of the locale (see `routing`)."""
    return routing(ctx)[1]


_CARD_BRANDS = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2720", "2300"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "65", "644"), 16),
    "jcb": (("3528", "3566", "3589"), 16),
    "diners": (("36", "38"), 14),
    "maestro": (("6759", "5018", "6761"), 16),
    "rupay": (("6070", "6521", "8171"), 16),
    "elo": (("636368", "438935", "504175"), 16),
    "unionpay": (("62",), 16),
}
_BRAND_WEIGHTS = {
    "visa": 0.42,
    "mastercard": 0.3,
    "amex": 0.1,
    "discover": 0.04,
    "jcb": 0.02,
    "diners": 0.02,
    "maestro": 0.04,
    "unionpay": 0.02,
}


def card_number(ctx: Context, brand: str | None = None) -> str:
    """A Luhn-valid card number of a real brand, grouped with spaces or dashes or not at all."""
    if brand is None:
        weights = dict(_BRAND_WEIGHTS)
        if ctx.loc.code == "en_IN":
            weights["rupay"] = 0.15
        if ctx.loc.code == "pt_BR":
            weights["elo"] = 0.15
        brand = ctx.weighted(tuple(weights), tuple(weights.values()))
    prefixes, length = _CARD_BRANDS[brand]
    payload = ctx.choice(prefixes)
    payload += ctx.digits(length - 1 - len(payload))
    number = payload + cs.luhn_check_digit(payload)
    sep = ctx.weighted((" ", "-", ""), (0.55, 0.15, 0.3))
    if not sep:
        return number
    groups = {15: (4, 6, 5), 14: (4, 6, 4)}.get(length, (4, 4, 4, 4))
    out, i = [], 0
    for g in groups:
        out.append(number[i : i + g])
        i += g
    return sep.join(out)


def card_cvv(ctx: Context) -> str:
    """A card security code (3 digits, sometimes 4)."""
    return ctx.digits(4) if ctx.chance(0.12) else ctx.digits(3)


def card_expiry(ctx: Context) -> str:
    """A card expiry date: 04/27, 04/2027, 04-27, Apr 2027."""
    month = ctx.rng.randint(1, 12)
    year = ctx.now.year + ctx.rng.randint(-1, 5)
    return ctx.weighted(
        (
            f"{month:02d}/{year % 100:02d}",
            f"{month:02d}/{year}",
            f"{month}/{year % 100:02d}",
            f"{month:02d}-{year % 100:02d}",
            f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[month - 1]} {year}",
        ),
        (0.5, 0.2, 0.1, 0.1, 0.1),
    )


def masked_card(ctx: Context) -> str:
    """A masked card number (not PII): "**** **** **** 4242", "XXXX-1234"."""
    last4 = ctx.digits(4)
    return ctx.choice((f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"************{last4}"))


def crypto_wallet(ctx: Context) -> str:
    """A Bitcoin (legacy, P2SH or bech32) or Ethereum address with valid encoding."""
    kind = ctx.weighted(("btc_legacy", "btc_p2sh", "btc_bech32", "eth"), (0.25, 0.15, 0.25, 0.35))
    payload = bytes(ctx.rng.getrandbits(8) for _ in range(20))
    if kind == "btc_legacy":
        return cs.base58check(0, payload)
    if kind == "btc_p2sh":
        return cs.base58check(5, payload)
    if kind == "btc_bech32":
        return cs.bech32_segwit_v0(payload)
    return "0x" + payload.hex()


def customer_id(ctx: Context) -> str:
    """A customer, account or membership number."""
    return ctx.shape(
        ctx.choice(
            (
                "CUST-######",
                "CUS#######",
                "C########",
                "########",
                "###-###-###",
                "MEM-######",
                "ACCT-########",
                "CID######",
                "####-####-##",
                "KD-#######",
                "CL#######",
                "@@-######",
                "100#######",
                "M########",
                "CN-####-####",
                "#########",
            )
        )
    )


def employee_id(ctx: Context) -> str:
    """An employee or staff number."""
    return ctx.shape(
        ctx.choice(
            (
                "E######",
                "EMP-#####",
                "EMP#####",
                "#######",
                "W#######",
                "STF-####",
                "PN-######",
                "######",
                "EID-#####",
                "@@#####",
                "00######",
                "HR-######",
            )
        )
    )


_CURRENCY_CODES = {"en_US": "USD", "en_CA": "CAD", "en_AU": "AUD", "en_GB": "GBP", "en_IN": "INR", "pt_BR": "BRL"}


def amount(ctx: Context, lo: float = 5, hi: float = 5000) -> str:
    """A random money amount in the locale's currency (not PII)."""
    return money(ctx, ctx.rng.uniform(lo, hi))


def money(ctx: Context, value: float) -> str:
    """`value` written in the locale's currency, in the document's money style (not PII)."""
    symbol = ctx.loc.currency
    if ctx.loc.code in ("en_CA", "en_AU") and ctx.style("currency_local_symbol", (True, False), (0.3, 0.7)):
        symbol = "CA$" if ctx.loc.code == "en_CA" else "A$"
    text = f"{value:,.2f}"
    if ctx.loc.decimal_comma:
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    style = ctx.style("amount_style", ("prefix", "suffix", "code"), (0.6, 0.25 if symbol == "€" else 0.0, 0.15))
    if style == "code":
        return f"{text} {_CURRENCY_CODES.get(ctx.loc.code, 'EUR')}"
    if style == "suffix":
        return f"{text} {symbol}"
    return f"{symbol} {text}" if symbol == "R$" else f"{symbol}{text}"


def letters(ctx: Context, n: int) -> str:
    """`n` random upper-case letters."""
    return "".join(ctx.choice(string.ascii_uppercase) for _ in range(n))
