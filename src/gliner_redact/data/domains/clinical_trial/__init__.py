"""Clinical-trial documents for fine-tuning: protocol synopses, monitoring reports, SAE reports, CRF pages, eCRF
exports, screening logs, randomisation e-mails, DCF queries, meeting notes, drug accountability logs, IRB letters.

    from gliner_redact.data.domains.clinical_trial import NEW_LABELS, generate_trial_documents
    train = generate_trial_documents(500, seed=0)                 # held-out document types excluded
    test = generate_trial_documents(300, seed=1, split="test")    # every document type
"""

from __future__ import annotations

from .generator import DOC_TYPES, HELD_OUT_DOC_TYPES, TrialDocumentGenerator, generate_trial_documents
from .labels import CATALOGUE_LABELS, NEW_LABELS

GENERATOR = TrialDocumentGenerator
"""The domain's generator class (what `gliner-redact generate --domain clinical_trial` runs)."""

__all__ = [
    "CATALOGUE_LABELS",
    "DOC_TYPES",
    "GENERATOR",
    "HELD_OUT_DOC_TYPES",
    "NEW_LABELS",
    "TrialDocumentGenerator",
    "generate_trial_documents",
]
