"""Writers of clinical-trial document types: each takes a `Context` and a `Trial` and returns a `DocBuilder`."""

from __future__ import annotations

from typing import Callable

from ....builder import DocBuilder
from ....context import Context
from ..trial import Trial
from .forms import crf_page, dcf_query, drug_accountability_log, ecrf_export, screening_log
from .letters import irb_letter, randomization_email, sae_report
from .reports import investigator_meeting_notes, monitoring_visit_report, protocol_synopsis

WRITERS: dict[str, Callable[[Context, Trial], DocBuilder]] = {
    "protocol_synopsis": protocol_synopsis,
    "monitoring_visit_report": monitoring_visit_report,
    "sae_report": sae_report,
    "crf_page": crf_page,
    "ecrf_export": ecrf_export,
    "screening_log": screening_log,
    "randomization_email": randomization_email,
    "dcf_query": dcf_query,
    "investigator_meeting_notes": investigator_meeting_notes,
    "drug_accountability_log": drug_accountability_log,
    "irb_letter": irb_letter,
}
"""Document type -> writer."""
