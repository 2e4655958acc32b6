"""Per-locale facts the generator needs: language, formats, phone shapes, currency."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon.places import CITIES, City


@dataclass(frozen=True)
class LocaleSpec:
    """One Faker locale and the conventions of its country.

    Phone patterns: `#` any digit, `%` a digit 2-9, `{a}` an area code from `area_codes`.
    """

    code: str
    country_code: str
    language: str
    date_order: str
    currency: str
    phones: tuple[str, ...]
    area_codes: tuple[str, ...] = ()
    decimal_comma: bool = False

    @property
    def cities(self) -> tuple[City, ...]:
        """Real cities of the locale's country."""
        return CITIES[self.code]

    @property
    def street_key(self) -> str:
        """Key into the street-name lexicon."""
        if self.code == "en_IN":
            return "en_IN"
        return self.language


_US_AREAS = (
    "212",
    "415",
    "312",
    "617",
    "206",
    "303",
    "512",
    "305",
    "404",
    "713",
    "602",
    "215",
    "702",
    "503",
    "612",
    "615",
    "704",
    "919",
    "410",
    "801",
    "816",
    "314",
    "504",
    "505",
    "402",
    "414",
    "608",
    "973",
    "804",
    "208",
    "907",
    "808",
    "502",
    "860",
    "646",
    "718",
    "917",
    "510",
    "650",
    "408",
    "818",
    "310",
)
_CA_AREAS = (
    "416",
    "647",
    "437",
    "613",
    "514",
    "438",
    "418",
    "604",
    "778",
    "250",
    "403",
    "587",
    "780",
    "204",
    "306",
    "902",
    "506",
    "709",
    "819",
    "905",
    "519",
)

LOCALE_SPECS: dict[str, LocaleSpec] = {
    spec.code: spec
    for spec in (
        LocaleSpec(
            "en_US",
            "US",
            "en",
            "MDY",
            "$",
            (
                "({a}) %##-####",
                "{a}-%##-####",
                "{a}.%##.####",
                "+1 {a} %##-####",
                "+1-{a}-%##-####",
                "1-{a}-%##-####",
                "+1 ({a}) %##-####",
                "{a} %## ####",
            ),
            _US_AREAS,
        ),
        LocaleSpec(
            "en_GB",
            "GB",
            "en",
            "DMY",
            "£",
            (
                "020 7### ####",
                "020 8### ####",
                "0161 %## ####",
                "0113 %## ####",
                "0121 %## ####",
                "0131 %## ####",
                "0141 %## ####",
                "029 20## ####",
                "01865 ######",
                "01223 ######",
                "07### ######",
                "07#########",
                "+44 7### ######",
                "+44 (0)20 7### ####",
                "+44 20 7### ####",
                "+44 (0)7### ######",
                "0800 ### ####",
            ),
        ),
        LocaleSpec(
            "en_CA",
            "CA",
            "en",
            "YMD",
            "$",
            (
                "({a}) %##-####",
                "{a}-%##-####",
                "+1 {a} %##-####",
                "1-{a}-%##-####",
                "{a}.%##.####",
                "+1 ({a}) %##-####",
            ),
            _CA_AREAS,
        ),
        LocaleSpec(
            "en_AU",
            "AU",
            "en",
            "DMY",
            "$",
            (
                "(02) 9### ####",
                "(03) 9### ####",
                "(07) 3### ####",
                "(08) 9### ####",
                "04## ### ###",
                "04########",
                "+61 4## ### ###",
                "+61 2 9### ####",
                "+61 3 9### ####",
                "1300 ### ###",
                "02 9### ####",
            ),
        ),
        LocaleSpec(
            "en_IN",
            "IN",
            "en",
            "DMY",
            "₹",
            (
                "+91 9#### #####",
                "+91 8#### #####",
                "+91-7#########",
                "09#########",
                "9#########",
                "+91 22 2### ####",
                "080-2### ####",
                "011 4### ####",
                "+91 6#### #####",
                "044 2### ####",
            ),
        ),
        LocaleSpec(
            "de_DE",
            "DE",
            "de",
            "DMY",
            "€",
            (
                "030 #######",
                "030/#######",
                "+49 30 #######",
                "089 ########",
                "+49 89 #######",
                "0151 ########",
                "0171 #######",
                "+49 151 ########",
                "+49 (0)170 #######",
                "040 ### ### ##",
                "0221 #######",
                "+49 (0)69 #######",
                "0160 #######",
            ),
            decimal_comma=True,
        ),
        LocaleSpec(
            "fr_FR",
            "FR",
            "fr",
            "DMY",
            "€",
            (
                "01 ## ## ## ##",
                "06 ## ## ## ##",
                "07 ## ## ## ##",
                "+33 6 ## ## ## ##",
                "+33 (0)1 ## ## ## ##",
                "04.##.##.##.##",
                "06########",
                "+33 7 ## ## ## ##",
                "05 ## ## ## ##",
            ),
            decimal_comma=True,
        ),
        LocaleSpec(
            "es_ES",
            "ES",
            "es",
            "DMY",
            "€",
            (
                "91# ### ###",
                "93# ### ###",
                "6## ### ###",
                "+34 6## ## ## ##",
                "+34 91 ### ## ##",
                "6########",
                "+34 6########",
                "96# ## ## ##",
            ),
            decimal_comma=True,
        ),
        LocaleSpec(
            "it_IT",
            "IT",
            "it",
            "DMY",
            "€",
            (
                "06 #### ####",
                "02 ########",
                "+39 3## ### ####",
                "3## #######",
                "+39 06 ########",
                "011 #######",
                "+39 3#########",
                "081 ### ####",
            ),
            decimal_comma=True,
        ),
        LocaleSpec(
            "nl_NL",
            "NL",
            "nl",
            "DMY",
            "€",
            (
                "020 ### ####",
                "010-#######",
                "06-########",
                "06 ## ## ## ##",
                "+31 6 ########",
                "+31 (0)20 ### ####",
                "030 ### ####",
                "+31 6 ## ## ## ##",
                "070-#######",
            ),
            decimal_comma=True,
        ),
        LocaleSpec(
            "pt_BR",
            "BR",
            "pt",
            "DMY",
            "R$",
            (
                "(11) 9####-####",
                "(21) 9####-####",
                "(11) 3###-####",
                "+55 11 9####-####",
                "+55 (21) 2###-####",
                "11 9####-####",
                "(31) 9####-####",
                "(41) 3###-####",
                "+55 51 9####-####",
                "(61) 9####-####",
            ),
            decimal_comma=True,
        ),
    )
}

LOCALES: tuple[str, ...] = tuple(LOCALE_SPECS)
"""The Faker locales documents are generated in."""
