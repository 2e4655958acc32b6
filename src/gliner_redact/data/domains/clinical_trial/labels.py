"""The clinical-trial domain's labels: new ones (outside the PII catalogue) and catalogue labels that occur in it."""

from __future__ import annotations

NEW_LABELS: dict[str, str] = {
    "subject_id": "trial participant's subject identifier",
    "site_code": "clinical trial site number",
    "protocol_number": "clinical trial protocol number",
    "randomization_number": "randomisation or kit number assigned to a participant",
    "adverse_event": "adverse event experienced by a participant",
}
"""New label -> the description the model reads."""

CATALOGUE_LABELS: tuple[str, ...] = (
    "person",
    "title",
    "job_title",
    "date",
    "time",
    "date_of_birth",
    "age",
    "nrp",
    "organization",
    "medication",
    "medical_condition",
    "phone_number",
    "email",
    "url",
    "street_address",
    "city",
    "region",
    "postal_code",
    "country",
)
"""PII catalogue labels annotated in trial documents (per docs/annotation-guideline.md)."""
