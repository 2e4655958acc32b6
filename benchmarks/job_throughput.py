"""Throughput of the redaction jobs: the single-process CLI, the multi-worker CLI and Spark local mode.

All three redact the same generated records (`gliner_redact.data.generate_documents` texts, JSON Lines with
`id` and `text`) with the same model, labels and operators, each in its own subprocess with one inference
thread per worker, so "cores" below is the number of workers. Each job runs on a small warm-up input (twice,
the faster run counts: the first run also pays for cold caches) and on the whole input; the difference gives
the steady-state rate without start-up and model loading (the figure to size a long job with). The sizing line
also gives the single-process job's CPU time per record, which stays meaningful on a machine shared with other
jobs, where wall-clock rates do not (worker processes of the other jobs are not all reaped by the benchmark, so
their CPU time cannot be counted reliably).

    python benchmarks/job_throughput.py                  # 5,000 records (~40 min on 2 cores), writes benchmarks/results/job_throughput.md
    python benchmarks/job_throughput.py --quick --out /tmp/throughput.md
    python benchmarks/job_throughput.py --model path/to/model --workers 4 --operators configs/operators/surrogate.yaml
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from machine_info import machine  # noqa: E402

WARMUP_RECORDS = 20
SEED = 7


@dataclass
class Timing:
    """One subprocess run: wall and CPU seconds (of the reaped processes) and its exit code."""

    seconds: float
    cpu_seconds: float
    exit_code: int


@dataclass
class Row:
    """A measured job: the full run and the warm-up run on the first `WARMUP_RECORDS` records."""

    name: str
    cores: int
    full: Timing
    warmup: Timing

    def steady(self, records: int) -> tuple[float | None, float | None]:
        """Records per second and CPU seconds per record beyond the warm-up (None when noise swamps them)."""
        seconds = self.full.seconds - self.warmup.seconds
        cpu = self.full.cpu_seconds - self.warmup.cpu_seconds
        extra = records - WARMUP_RECORDS
        return (extra / seconds if seconds > 0 else None), (cpu / extra if cpu > 0 else None)


def write_records(texts: list[str], path: Path) -> None:
    """JSON Lines records `{"id", "text"}`."""
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"doc-{i:06d}", "text": text}, ensure_ascii=False) + "\n")


def timed(command: list[str], env: dict[str, str]) -> Timing:
    """Run `command`, returning its wall time and the CPU time of it and the children it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: some records are error rows, which is still a finished job
        raise RuntimeError(f"{' '.join(command[:4])} ... failed ({done.returncode}):\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(seconds, cpu, done.returncode)


def settings_flags(args: argparse.Namespace) -> list[str]:
    """The flags every job gets, in the spelling both `redact` and `spark` accept."""
    flags = ["--model", str(args.model), "--threads", "1", "--batch-size", str(args.batch_size)]
    if args.labels:
        flags += ["--labels", args.labels]
    if args.operators:
        flags += ["--operators", str(args.operators)]
    return flags


def cli_command(source: Path, out_dir: Path, workers: int, flags: list[str]) -> list[str]:
    """`gliner-redact redact` on the JSONL input."""
    return [sys.executable, "-m", "gliner_redact.cli", "redact", str(source), "-o", str(out_dir / "out.jsonl"),
            "--workers", str(workers), "-q", *flags]


def spark_command(source: Path, out_dir: Path, workers: int, flags: list[str]) -> list[str]:
    """The Spark job in local mode, one partition per worker."""
    return [sys.executable, "-m", "gliner_redact.jobs.spark", "--master", f"local[{workers}]", "--input", str(source),
            "--output", str(out_dir / "out"), "--columns", "text", "--partitions", str(workers), *flags]


def measure(name: str, cores: int, build, inputs: tuple[Path, Path], env: dict[str, str]) -> Row:
    """Time `build(source, out_dir)` twice on the warm-up input (the faster counts), then on the full input."""
    timings = []
    for source in (inputs[0], *inputs):
        with tempfile.TemporaryDirectory() as out_dir:
            timings.append(timed(build(source, Path(out_dir)), env))
            print(f"{name} on {source.name}: {timings[-1].seconds:.1f}s", file=sys.stderr)
    return Row(name, cores, full=timings[2], warmup=min(timings[:2], key=lambda t: t.seconds))


def report(rows: list[Row], texts: list[str], args: argparse.Namespace, loads: tuple[str, str]) -> str:
    """The markdown report: the table, the per-core figures and the set-up."""
    n, chars = len(texts), sum(map(len, texts))
    lines = [
        "# Job throughput",
        "",
        f"{n} generated records (seed {SEED}), mean {chars / n:.0f} characters; one inference thread per worker.",
        "End-to-end includes interpreter start, model loading (and for Spark the JVM); steady state is",
        f"(records − {WARMUP_RECORDS}) / (time of the full run − time of a {WARMUP_RECORDS}-record run).",
        "",
        "| job | cores | start-up s | seconds | records/s | chars/s | steady records/s | steady chars/s "
        "| steady chars/s per core |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    mean = chars / n
    for row in rows:
        rate, _ = row.steady(n)
        lines.append(
            f"| {row.name} | {row.cores} | {row.warmup.seconds:.1f} | {row.full.seconds:.1f} | {n / row.full.seconds:.2f} | "
            f"{chars / row.full.seconds:,.0f} | {_num(rate, '.2f')} | {_num(rate and rate * mean, ',.0f')} | "
            f"{_num(rate and rate * mean / row.cores, ',.0f')} |"
        )
    rate, cpu = rows[0].steady(n)
    sizing = [f"{_num(rate and 1_000_000 / 3600 / rate, ',.0f')} cores by wall-clock time"]
    sizing.append(f"{_num(cpu and 1_000_000 * cpu / 3600, ',.0f')} cores by CPU time "
                  f"({_num(cpu and mean / cpu, ',.0f')} chars per CPU-second)")
    lines += [
        "",
        f"Sizing from the single-process row, without headroom: 1,000,000 records/hour of {mean:.0f} characters need "
        f"{' or '.join(sizing)} (see docs/spark.md, \"Sizing\")."
        + (" n/a: the run was too short to separate the steady state from start-up; use more records."
           if rate is None or cpu is None else ""),
        "",
        "## Set-up",
        "",
        *machine(("gliner-redact", "onnxruntime", "presidio-analyzer", "pyspark")),
        f"- model: {args.model}; labels: {args.labels or 'the whole catalogue'}; operators: {args.operators or '<TYPE> (replace)'}; "
        f"batch size {args.batch_size}",
        f"- load average at start / end: {loads[0]} / {loads[1]}",
        "",
    ]
    return "\n".join(lines)


def _num(value: float | None, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def load_average() -> str:
    """The 1-minute load average, or n/a."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "n/a"


def default_model() -> Path:
    """The embedded default model, when shipped."""
    from gliner_redact.model import DEFAULT_MODEL_DIR

    if not (DEFAULT_MODEL_DIR / "gliner_config.json").exists():
        raise SystemExit("the embedded model is not shipped yet: pass --model DIR")
    return DEFAULT_MODEL_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000, help="records to redact (default 5000)")
    parser.add_argument("--quick", action="store_true", help="200 records (development)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the multi-worker CLI and Spark's local[N] (default 2)")
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the embedded model)")
    parser.add_argument("--labels", default=None, help="comma-separated labels (default: the whole catalogue)")
    parser.add_argument("--operators", type=Path, default=None, help="operator config YAML (default: <TYPE>)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--skip-spark", action="store_true", help="only the CLI rows")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "job_throughput.md")
    args = parser.parse_args(argv)
    args.model = args.model or default_model()
    n = 200 if args.quick and args.records == 5000 else args.records
    if n <= WARMUP_RECORDS:
        raise SystemExit(f"--records must exceed the {WARMUP_RECORDS} warm-up records")

    from gliner_redact.data import generate_documents

    texts = [doc["text"] for doc in generate_documents(n, seed=SEED)]
    env = {**os.environ, "GLINER_REDACT_KEY": secrets.token_hex(16), "OMP_NUM_THREADS": "1",
           "PYSPARK_PYTHON": sys.executable, "TOKENIZERS_PARALLELISM": "false"}
    flags = settings_flags(args)
    loads = [load_average()]
    with tempfile.TemporaryDirectory() as tmp:
        full, warmup = Path(tmp) / "records.jsonl", Path(tmp) / "warmup.jsonl"
        write_records(texts, full)
        write_records(texts[:WARMUP_RECORDS], warmup)
        inputs = (warmup, full)
        jobs = [
            ("CLI, `redact --workers 1`", 1, lambda s, o: cli_command(s, o, 1, flags)),
            (f"CLI, `redact --workers {args.workers}`", args.workers, lambda s, o: cli_command(s, o, args.workers, flags)),
        ]
        if not args.skip_spark:
            jobs.append((f"Spark `local[{args.workers}]`", args.workers, lambda s, o: spark_command(s, o, args.workers, flags)))
        rows = [measure(name, cores, build, inputs, env) for name, cores, build in jobs]
    loads.append(load_average())
    text = report(rows, texts, args, (loads[0], loads[1]))
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
