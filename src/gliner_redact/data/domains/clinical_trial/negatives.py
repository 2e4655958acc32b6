"""Hard negatives of trial documents (never annotated): visits, lots, CRF pages, doses, lab values, protocol
versions, query, deviation, case, shipment and document numbers."""

from __future__ import annotations

from ...context import Context
from . import lexicon as lx


def visit(ctx: Context) -> str:
    """A visit or time point: Visit 3, V4, Week 12, Cycle 2 Day 1, C3D1."""
    n = ctx.rng.randint(1, 14)
    return ctx.choice(
        (
            f"Visit {n}",
            f"V{n}",
            f"Visit {n} ({ctx.choice(lx.VISIT_NAMES)})",
            ctx.choice(lx.VISIT_NAMES),
            f"Cycle {ctx.rng.randint(1, 8)} Day {ctx.choice((1, 8, 15))}",
            f"C{ctx.rng.randint(1, 8)}D{ctx.choice((1, 8, 15))}",
            f"Week {ctx.choice((2, 4, 8, 12, 16, 24, 36, 52))}",
            f"Day {ctx.choice((1, 8, 15, 29, 57, 85))}",
        )
    )


def lot(ctx: Context) -> str:
    """A lot / batch number with its key."""
    value = ctx.choice(
        (
            ctx.shape("#@##@#"),
            ctx.shape("L####@"),
            ctx.shape("@@####"),
            ctx.shape("####-##"),
            ctx.shape("B#####"),
        )
    )
    return f"{ctx.choice(('Lot', 'Lot No.', 'Batch', 'lot', 'Lot #'))} {value}"


def lot_value(ctx: Context) -> str:
    """A bare lot number (for table cells)."""
    return lot(ctx).split()[-1]


def crf_page(ctx: Context) -> str:
    """A CRF page reference."""
    n = ctx.rng.randint(2, 60)
    return ctx.choice((f"Page {n} of {n + ctx.rng.randint(1, 40)}", f"CRF page {n}", f"p. {n}", f"page {n}"))


def dose(ctx: Context) -> str:
    """A dose or dose level."""
    mg = ctx.choice((5, 10, 25, 50, 100, 150, 200, 300, 400, 600))
    return ctx.choice(
        (
            f"{mg} mg",
            f"{mg} mg {ctx.choice(('QD', 'BID', 'once daily', 'twice daily', 'Q2W', 'Q4W'))}",
            f"dose level {ctx.rng.randint(1, 6)}",
            f"Cohort {ctx.rng.randint(1, 6)} ({mg} mg)",
            f"{ctx.rng.randint(1, 20) * 10} mg/m²",
            f"{ctx.rng.randint(1, 10)} mg/kg",
        )
    )


def lab_value(ctx: Context) -> str:
    """A laboratory result with units (sometimes against the upper limit of normal)."""
    name, unit, lo, hi = ctx.choice(lx.LAB_VALUES)
    value = ctx.rng.uniform(lo, hi)
    text = f"{value:.1f}" if hi < 30 else str(round(value))
    out = f"{name} {text} {unit}".rstrip()
    if name in ("ALT", "AST", "Lipase") and ctx.chance(0.5):
        out += f" ({ctx.rng.uniform(1.2, 9):.1f} x ULN)"
    return out


def protocol_version(ctx: Context) -> str:
    """A protocol or form version: Amendment 2, v3.0, Version 4.1."""
    major = ctx.rng.randint(1, 7)
    return ctx.choice(
        (
            f"Amendment {major}",
            f"v{major}.0",
            f"Version {major}.{ctx.rng.randint(0, 3)}",
            f"Protocol Amendment {major} (v{major + 1}.0)",
            f"V{major}.{ctx.rng.randint(0, 3)}",
        )
    )


def query_id(ctx: Context) -> str:
    """A data query / DCF identifier."""
    return ctx.choice(
        (
            f"DCF-{ctx.digits(4)}",
            f"Q-{ctx.digits(5)}",
            f"QRY-{ctx.now.year}-{ctx.digits(4)}",
            f"DCF #{ctx.rng.randint(10, 999)}",
            f"DQ{ctx.digits(6)}",
        )
    )


def deviation_id(ctx: Context) -> str:
    """A protocol deviation identifier."""
    return ctx.choice((f"PD-{ctx.digits(3)}", f"DEV-{ctx.now.year}-{ctx.digits(3)}", f"PDV{ctx.digits(4)}"))


def case_number(ctx: Context) -> str:
    """A safety case / SAE report number."""
    cc = ctx.loc.country_code
    return ctx.choice(
        (f"SAE-{ctx.now.year}-{ctx.digits(4)}", f"{ctx.now.year}{cc}{ctx.digits(6)}", f"CASE-{ctx.digits(7)}")
    )


def shipment(ctx: Context) -> str:
    """An IP shipment number."""
    return ctx.choice((f"SHP-{ctx.digits(5)}", f"Shipment {ctx.digits(4)}-{ctx.choice('ABC')}", f"SH{ctx.digits(7)}"))


def meddra(ctx: Context) -> str:
    """A MedDRA version or code."""
    return ctx.choice((f"MedDRA v{ctx.rng.randint(22, 27)}.{ctx.rng.randint(0, 1)}", f"PT code 100{ctx.digits(5)}"))


def document_code(ctx: Context) -> str:
    """An SOP / form / work-instruction code."""
    return ctx.choice(
        (
            f"SOP-CL-{ctx.digits(3)}",
            f"WI-PV-{ctx.digits(3)}",
            f"FRM-{ctx.digits(4)}",
            f"TMF-{ctx.digits(2)}.{ctx.digits(2)}",
        )
    )


def monitoring_visit_no(ctx: Context) -> str:
    """A monitoring visit number."""
    n = ctx.rng.randint(1, 15)
    return ctx.choice((f"IMV {n}", f"IMV #{n}", f"MV-{n:02d}", f"Visit {n}"))
