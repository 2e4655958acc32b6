"""A batch job: stream records from a file, redact (or analyze) them in ordered chunks, write outputs safely.

Guarantees:

- Every input record gives exactly one output row or one error row (`{...ref, "error": "..."}`), in
  input order. A record whose field fails is an error as a whole: no half-redacted row is written.
- Outputs (output, errors, audit) are written to hidden partial files and renamed into place only
  when the job completes; a failed or interrupted job never leaves a partial file at an output path.
- Progress is committed (outputs fsynced, then `OUT.checkpoint.json` written atomically) at most every
  `commit_every` seconds. `resume=True` cuts the outputs back to the last commit and skips the records
  it covers, so nothing is lost or written twice; a job killed while renaming its finished outputs into
  place is completed by `resume=True`.
- Raw values never reach logs; the audit holds value hashes, and raw values only when
  `settings.include_values` is set.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import checkpoint as ckpt
from .pool import MODES, RedactorPool
from .records import InputError, Record, Source, count_records, detect_format, read_records
from .redactor import RedactionResult, Redactor, RedactorLoadError, RedactorSettings, random_key
from .sinks import CsvSink, JsonlSink, ParquetSink, TextSink


class JobError(Exception):
    """The job stopped before the end (its checkpoint is kept: resume it). `exit_code` 3."""

    exit_code = 3


class JobConfigError(JobError):
    """Bad options or an unusable input, found before any record is processed. `exit_code` 2."""

    exit_code = 2


class JobInterrupted(JobError):
    """Stopped on request (`stop_after`); the checkpoint is kept."""


@dataclass
class JobSpec:
    """What to run. `fields` are JSONL fields or CSV/Parquet columns (JSONL default: `text`)."""

    mode: str
    input: Path
    output: Path
    settings: RedactorSettings = field(default_factory=RedactorSettings)
    key: bytes | None = None
    format: str | None = None
    fields: list[str] = field(default_factory=list)
    id_field: str | None = None
    errors: Path | None = None
    audit: Path | None = None
    resume: bool = False
    workers: int = 1
    progress: bool = True


@dataclass
class JobReport:
    """Counts over the whole job (a resumed job includes the records done before the interruption)."""

    records: int = 0
    errors: int = 0
    findings: int = 0
    resumed_at: int = 0
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def written(self) -> int:
        """Records written to the output."""
        return self.records - self.errors

    @property
    def exit_code(self) -> int:
        """0 when every record was processed, 1 when some records are error rows."""
        return 1 if self.errors else 0


def default_errors_path(output: Path) -> Path:
    """`OUT.errors.jsonl` next to the output."""
    return output.parent / f"{output.name}.errors.jsonl"


def run_job(spec: JobSpec, *, log: TextIO | None = None, commit_every: float = 1.0, stop_after: int | None = None) -> JobReport:
    """Run `spec`; raises `JobConfigError` (nothing processed), `JobError` (stopped; resumable).

    `stop_after`: raise `JobInterrupted` after that many chunks (a test hook simulating a crash).
    """
    log = log or sys.stderr
    started = time.monotonic()
    plan = _Plan.build(spec)
    redactor = plan.redactor
    state = _resume_state(spec, plan, log)
    report = JobReport(resumed_at=state.records if state else 0)
    try:
        source = read_records(spec.input, plan.format, plan.fields, max_chars=spec.settings.max_chars,
                              id_field=spec.id_field, skip=report.resumed_at)
    except InputError as exc:
        raise JobConfigError(str(exc)) from None
    if state is not None and state.finished:
        return _complete(plan, source, state, report, started)
    sinks = plan.open_sinks(source, state)
    checkpoint = state or ckpt.Checkpoint(plan.fingerprint)
    report.records, report.errors, report.findings = checkpoint.records, checkpoint.errors, checkpoint.findings
    writer = _Writer(plan, sinks, report)
    last_commit, chunks = time.monotonic(), 0
    try:
        with RedactorPool(redactor, spec.mode, plan.workers) as pool, _progress(spec, plan, report) as bar:
            for chunk, results in pool.map(_chunks(source.records, spec.settings.batch_size), _texts_of):
                writer.write_chunk(chunk, results)
                bar.update(len(chunk))
                chunks += 1
                if time.monotonic() - last_commit >= commit_every:
                    _commit(plan, sinks, checkpoint, report)
                    last_commit = time.monotonic()
                if stop_after is not None and chunks >= stop_after:
                    raise JobInterrupted(f"stopped after {chunks} chunks")
        _commit(plan, sinks, checkpoint, report)
        checkpoint.finished = True
        ckpt.save(plan.checkpoint, checkpoint)
        for sink in sinks.values():
            sink.finish()
        ckpt.remove(plan.checkpoint)
    except RedactorLoadError as exc:
        raise JobConfigError(str(exc)) from None
    except (OSError, RuntimeError) as exc:
        raise JobError(f"job stopped: {type(exc).__name__}: {exc}; rerun with --resume to continue") from exc
    finally:
        for sink in sinks.values():
            sink.close()
    report.seconds = time.monotonic() - started
    report.outputs = {name: str(sink.target) for name, sink in sinks.items()}
    return report


@dataclass
class _Plan:
    """Everything derived from the spec before a record is read."""

    spec: JobSpec
    format: str
    fields: list[str]
    redactor: Redactor
    workers: int
    errors: Path
    checkpoint: Path
    fingerprint: str

    @classmethod
    def build(cls, spec: JobSpec) -> _Plan:
        if spec.mode not in MODES:
            raise JobConfigError(f"mode must be one of {MODES}")
        try:
            fmt = detect_format(spec.input, spec.format)
        except InputError as exc:
            raise JobConfigError(str(exc)) from None
        fields = list(dict.fromkeys(spec.fields)) or (["text"] if fmt in ("text", "jsonl") else [])
        if fmt == "text" and fields != ["text"]:
            raise JobConfigError("text input has no fields: drop --field/--column")
        if not fields:
            raise JobConfigError(f"{fmt} input: name the columns to redact with --column")
        errors = spec.errors or default_errors_path(spec.output)
        _check_paths(spec, errors)
        workers = _useful_workers(spec, fmt)
        settings = spec.settings
        if workers > 1 and settings.threads is None:
            settings = dataclasses.replace(settings, threads=max(1, (os.cpu_count() or 1) // workers))
        redactor = Redactor(settings, spec.key, operator_key=None if spec.key else random_key())
        try:
            redactor.prepare()
            uses_pseudonyms = redactor.uses_operator("pseudonym")
        except (ValueError, OSError, KeyError) as exc:
            raise JobConfigError(f"configuration: {exc}") from None
        if uses_pseudonyms and workers > 1:
            raise JobConfigError("the pseudonym operator numbers values per process: use --workers 1 (or keyed surrogates)")
        options = {
            "mode": spec.mode, "format": fmt, "fields": fields, "id_field": spec.id_field,
            "settings": dataclasses.asdict(spec.settings), "errors": str(errors.resolve()),
            "audit": str(spec.audit.resolve()) if spec.audit else None, "output": str(spec.output.resolve()),
            "model_config": _model_config(settings.model),
        }
        return cls(spec, fmt, fields, redactor, workers, errors, ckpt.checkpoint_path(spec.output),
                   ckpt.fingerprint(spec.input, options, spec.key))

    def open_sinks(self, source: Source, state: ckpt.Checkpoint | None) -> dict[str, Any]:
        """The sinks, opened fresh or at the committed states of `state`."""
        sinks = self.sinks(source)
        states = state.states if state else {}
        try:
            for name, sink in sinks.items():
                sink.open(states.get(name) if state else None)
        except OSError as exc:
            for sink in sinks.values():
                sink.close()
            raise JobConfigError(f"cannot open the outputs: {exc}") from None
        return sinks

    def sinks(self, source: Source) -> dict[str, Any]:
        """The sinks of this job, not opened."""
        spec = self.spec
        output: Any
        if spec.mode == "analyze":
            output = JsonlSink(spec.output)
        elif self.format == "jsonl":
            output = JsonlSink(spec.output)
        elif self.format == "csv":
            output = CsvSink(spec.output, source.header or [])
        elif self.format == "parquet":
            output = ParquetSink(spec.output, source.schema)
        else:
            output = TextSink(spec.output, single=not spec.input.is_dir())
        sinks: dict[str, Any] = {"output": output, "errors": JsonlSink(self.errors)}
        if spec.audit is not None and spec.mode == "redact":
            sinks["audit"] = JsonlSink(spec.audit)
        return sinks


def _useful_workers(spec: JobSpec, fmt: str) -> int:
    """`spec.workers`, but no more than there are chunks when the record count is known up front."""
    try:
        total = count_records(spec.input, fmt) if spec.input.exists() else None
    except Exception:  # noqa: BLE001  (an unreadable input is reported when it is opened)
        total = None
    chunks = -(-total // spec.settings.batch_size) if total is not None else spec.workers
    return max(1, min(spec.workers, chunks))


def _check_paths(spec: JobSpec, errors: Path) -> None:
    paths = {"input": spec.input, "output": spec.output, "errors": errors}
    if spec.audit is not None:
        paths["audit"] = spec.audit
    resolved: dict[Path, str] = {}
    for name, path in paths.items():
        real = path.resolve()
        if real in resolved:
            raise JobConfigError(f"the {name} path is the same as the {resolved[real]} path: {path}")
        resolved[real] = name
    if spec.input.is_dir() and spec.output.resolve().is_relative_to(spec.input.resolve()):
        raise JobConfigError("the output directory must not lie inside the input directory")


def _resume_state(spec: JobSpec, plan: _Plan, log: TextIO) -> ckpt.Checkpoint | None:
    try:
        state = ckpt.load(plan.checkpoint)
    except ValueError as exc:
        raise JobConfigError(str(exc)) from None
    if not spec.resume:
        if state is not None:
            print(f"gliner-redact: discarding the progress of an interrupted job ({state.records} records); "
                  "pass --resume to continue it instead", file=log)
            ckpt.remove(plan.checkpoint)
        return None
    if state is None:
        print("gliner-redact: --resume: no interrupted job to continue; starting from the beginning", file=log)
        return None
    if state.fingerprint != plan.fingerprint:
        raise JobConfigError(f"{plan.checkpoint}: the input, the options, the model's config or the key changed since the interrupted run; "
                             "rerun without --resume to start over")
    print(f"gliner-redact: resuming after {state.records} committed records", file=log)
    return state


def _model_config(model: str | None) -> str | None:
    """The local model's `gliner_config.json` (windows, widths...), so a job is not resumed across a model change."""
    from ..model import default_model_path

    config = (default_model_path() if model is None else Path(model)) / "gliner_config.json"
    return config.read_text(encoding="utf-8") if config.is_file() else None


def _complete(plan: _Plan, source: Source, state: ckpt.Checkpoint, report: JobReport, started: float) -> JobReport:
    """Finish a job killed after committing every record, while it renamed its outputs into place."""
    sinks = plan.sinks(source)
    try:
        for name, sink in sinks.items():
            if isinstance(sink, TextSink):
                sink.complete(state.states.get(name), failed=state.errors > 0)
            else:
                sink.complete(state.states.get(name))
    except OSError as exc:
        raise JobError(f"job stopped: {type(exc).__name__}: {exc}; rerun with --resume to continue") from exc
    ckpt.remove(plan.checkpoint)
    report.records, report.errors, report.findings = state.records, state.errors, state.findings
    report.seconds = time.monotonic() - started
    report.outputs = {name: str(sink.target) for name, sink in sinks.items()}
    return report


def _commit(plan: _Plan, sinks: dict[str, Any], checkpoint: ckpt.Checkpoint, report: JobReport) -> None:
    checkpoint.states = {name: sink.commit() for name, sink in sinks.items()}
    checkpoint.records, checkpoint.errors, checkpoint.findings = report.records, report.errors, report.findings
    ckpt.save(plan.checkpoint, checkpoint)


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _texts_of(chunk: list[Record]) -> list[object]:
    """The values the redactor sees: each field of each readable record, nulls left out."""
    return [value for record in chunk if record.error is None for value in record.texts.values() if value is not None]


class _Writer:
    """Turns a chunk's records and redaction results into output, audit and error rows."""

    def __init__(self, plan: _Plan, sinks: dict[str, Any], report: JobReport) -> None:
        self.plan = plan
        self.sinks = sinks
        self.report = report
        csv_output = plan.format == "csv" and plan.spec.mode == "redact"
        self.positions = {name: i for i, name in enumerate(sinks["output"].header)} if csv_output else {}

    def write_chunk(self, chunk: list[Record], results: list[RedactionResult]) -> None:
        flat = iter(results)
        for record in chunk:
            per_field = {} if record.error else {
                name: next(flat) for name, value in record.texts.items() if value is not None
            }
            self._write(record, per_field)

    def _write(self, record: Record, per_field: dict[str, RedactionResult]) -> None:
        self.report.records += 1
        error = record.error or self._field_errors(per_field)
        if error is not None:
            self.report.errors += 1
            self.sinks["errors"].write({**record.ref, "error": error})
            return
        findings = [
            {**({} if self.plan.format == "text" else {"field": name}), **finding.to_dict()}
            for name, result in per_field.items()
            for finding in result.findings
        ]
        self.report.findings += len(findings)
        if self.plan.spec.mode == "analyze":
            self.sinks["output"].write({**record.ref, "findings": findings})
            return
        self._write_output(record, {name: result.text for name, result in per_field.items()})
        if "audit" in self.sinks:
            self.sinks["audit"].write({**record.ref, "findings": findings})

    def _field_errors(self, per_field: dict[str, RedactionResult]) -> str | None:
        errors = [(name, r.error) for name, r in per_field.items() if r.error]
        if not errors:
            return None
        if self.plan.format == "text":
            return errors[0][1]
        return "; ".join(f"field {name!r}: {error}" for name, error in errors)

    def _write_output(self, record: Record, texts: dict[str, str | None]) -> None:
        output = self.sinks["output"]
        fmt = self.plan.format
        if fmt == "text":
            output.write(record.ref["file"], texts["text"])
        elif fmt == "csv":
            row = list(record.payload)
            for name, text in texts.items():
                row[self.positions[name]] = text
            output.write(row)
        else:  # jsonl object or parquet row
            output.write({**record.payload, **texts})


class _NoBar:
    def update(self, n: int) -> None:
        """Nothing to show."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(spec: JobSpec, plan: _Plan, report: JobReport) -> Any:
    if not spec.progress:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    try:
        total = count_records(spec.input, plan.format)
    except Exception:  # noqa: BLE001  (the count is only for the bar)
        total = None
    return tqdm(total=total, initial=report.resumed_at, unit="rec", file=sys.stderr, desc=spec.mode, dynamic_ncols=True)
