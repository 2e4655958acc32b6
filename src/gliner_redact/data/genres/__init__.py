"""Genre writers: each takes a `Context` and returns a `DocBuilder` holding one document."""

from __future__ import annotations

from typing import Callable

from ..builder import DocBuilder
from ..context import Context
from . import finance, forms, legal, machine, medical, messaging, people, support

Writer = Callable[[Context], DocBuilder]

WRITERS: dict[str, Writer] = {
    "email_thread": messaging.email_thread,
    "chat": messaging.chat,
    "sms": messaging.sms,
    "support_ticket": support.support_ticket,
    "incident_report": support.incident_report,
    "clinical_note": medical.clinical_note,
    "lab_report": medical.lab_report,
    "hr_record": people.hr_record,
    "cv": people.cv,
    "invoice": finance.invoice,
    "bank_statement": finance.bank_statement,
    "insurance_claim": legal.insurance_claim,
    "contract": legal.contract,
    "court_filing": legal.court_filing,
    "app_logs": machine.app_logs,
    "json_records": machine.json_records,
    "crm_export": machine.crm_export,
    "kyc_form": forms.kyc_form,
    "meeting_notes": forms.meeting_notes,
    "travel_booking": forms.travel_booking,
    "vehicle_rental": forms.vehicle_rental,
}

LOCALISED: frozenset[str] = frozenset(
    {
        "hr_record",
        "kyc_form",
        "lab_report",
        "clinical_note",
        "invoice",
        "insurance_claim",
        "vehicle_rental",
        "meeting_notes",
        "sms",
        "email_thread",
        "chat",
    }
)
"""Genres whose form field labels follow the document language (half of the non-English-locale documents)."""
