"""Legal forms: an organisation the model found takes in the legal form written right after it.

The model often stops a company name before its legal form ("Midwest Premier Auto Group" of
"Midwest Premier Auto Group, LLC", "Grupo Almagro Distribución" of "... S.L."), which leaves the
form behind in the redacted text and splits the repeated mentions of the name. `extend_legal_forms`
grows each organisation entity over one or two legal forms that follow it (", LLC", " GmbH & Co.
KG", " Co., Ltd."), as written or in capitals, when no other entity covers that text. Two-letter
forms that are also everyday words in capitals ("AS", "ME", "CV") are left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from .entities import Entity

ORGANIZATION_LABELS: tuple[str, ...] = ("organization",)

LEGAL_FORMS: tuple[str, ...] = (
    # English-speaking countries
    "LLC", "L.L.C.", "LLP", "L.L.P.", "PLLC", "LP", "L.P.", "Inc.", "Inc", "Incorporated", "Corp.", "Corp",
    "Co.", "Ltd.", "Ltd", "Limited", "PLC", "plc", "Pty Ltd", "Pty. Ltd.", "Pty", "P.C.", "N.A.",
    "Pte Ltd", "Pte. Ltd.", "Pvt Ltd", "Pvt. Ltd.", "Private Limited", "CIC",
    # German-speaking countries
    "GmbH & Co. KG", "& Co. KG", "& Co.", "GmbH", "gGmbH", "mbH", "AG", "KG", "KGaA", "OHG", "GbR", "e.V.", "eG", "SE", "UG (haftungsbeschränkt)", "UG",
    # French, Spanish, Italian, Portuguese
    "SA", "S.A.", "SARL", "S.A.R.L.", "SAS", "S.A.S.", "SASU", "SNC", "EURL", "SCI",
    "S.L.", "SL", "S.L.U.", "SLU", "S.A.U.", "S.Coop.",
    "S.p.A.", "SpA", "S.r.l.", "Srl", "S.n.c.", "S.a.s.",
    "Lda.", "Lda", "Ltda.", "Ltda", "S/A", "EIRELI",
    # Dutch, Nordic, Central European, Japanese
    "B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "BVBA",
    "AB", "Oy", "Oyj", "A/S", "ApS", "ASA",
    "Sp. z o.o.", "s.r.o.", "a.s.", "Kft.", "Zrt.", "K.K.",
)

_FORM = "|".join(re.escape(f) for f in sorted({*LEGAL_FORMS, *(f.upper() for f in LEGAL_FORMS)}, key=len, reverse=True))
_TRAILING_FORMS = re.compile(rf"(?:,?[ \u00a0](?:{_FORM})(?!\w)){{1,2}}")


def extend_legal_forms(
    text: str, entities: Sequence[Entity], *, labels: Iterable[str] = ORGANIZATION_LABELS
) -> list[Entity]:
    """`entities` with each organisation grown over the legal forms right after it (see the module doc)."""
    wanted = set(labels)
    starts = sorted(e.start for e in entities)
    result = []
    for e in entities:
        match = _TRAILING_FORMS.match(text, e.end) if e.label in wanted else None
        if match and not any(e.end <= s < match.end() for s in starts):
            e = dataclasses.replace(e, end=match.end(), text=text[e.start : match.end()])
        result.append(e)
    return result
