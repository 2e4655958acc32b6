"""Batch redaction: `Redactor` (the per-record core), file jobs over text/JSONL/CSV/Parquet, the Spark job.

    from gliner_redact.jobs import JobSpec, RedactorSettings, run_job
    report = run_job(JobSpec("redact", Path("in.jsonl"), Path("out.jsonl"), fields=["text"], workers=4))

See docs/jobs.md. `gliner-redact redact` and `gliner-redact analyze` are the command-line faces.
"""

from .redactor import Finding, RedactionResult, Redactor, RedactorLoadError, RedactorSettings, load_key
from .runner import JobConfigError, JobError, JobInterrupted, JobReport, JobSpec, run_job

__all__ = [
    "Finding",
    "JobConfigError",
    "JobError",
    "JobInterrupted",
    "JobReport",
    "JobSpec",
    "RedactionResult",
    "Redactor",
    "RedactorLoadError",
    "RedactorSettings",
    "load_key",
    "run_job",
]
