"""CPU speed of the GLiNER engines: upstream `gliner` vs our torch, ONNX fp32 and ONNX int8 engines.

Every engine runs the same weights on the same synthetic business documents in its own
subprocess (so load time and peak RSS belong to that engine alone), pinned to `--threads`
threads. A second table shows how our ONNX engine scales with the number of labels, for a
uni-encoder and a bi-encoder.

    python benchmarks/engine_speed.py                      # full run, writes benchmarks/results/engine_speed.md
    python benchmarks/engine_speed.py --quick --out /tmp/speed.md
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from machine_info import machine  # noqa: E402

MAIN_LABELS = [
    "person", "email", "phone_number", "street_address", "city", "date",
    "organization", "credit_card_number", "iban", "ssn", "ip_address", "url",
]
ENGINES = {
    "upstream": "upstream gliner 0.2.29 (PyTorch)",
    "torch": "ours: TorchEngine (PyTorch)",
    "onnx": "ours: OnnxEngine fp32",
    "onnx-int8": "ours: OnnxEngine int8",
}
SCALING_MODELS = {"uni-encoder": False, "bi-encoder": True}
WARMUP_DOCS = 5
BATCH_SIZE = 8
THRESHOLD = 0.5

# --------------------------------------------------------------------------------------------
# Synthetic documents: mixed business prose with PII, deterministic from a seed.
# --------------------------------------------------------------------------------------------

FIRST = ["James", "Maria", "Wei", "Aisha", "Lukas", "Sofia", "Rahul", "Emma", "Olumide", "Chloé", "Hiroshi", "Fatima",
         "Daniel", "Ingrid", "Mateo", "Priya", "Thomas", "Ana", "Kofi", "Sarah", "Jürgen", "Elena", "Omar", "Grace"]
LAST = ["Smith", "García", "Chen", "Okafor", "Müller", "Rossi", "Sharma", "Johnson", "Nakamura", "Dubois", "Kowalski",
        "O'Brien", "Andersen", "Silva", "Haddad", "Nguyen", "Fischer", "Martin", "Mensah", "Taylor", "Ivanova", "Patel"]
COMPANIES = ["Northwind Traders", "Acme Logistics Ltd", "Bluebird Analytics", "Helios Energy GmbH", "Crescent Bank",
             "Pinecrest Medical Group", "Orbital Freight Inc.", "Lumen Software", "Meridian Insurance", "Kestrel Foods",
             "Vantage Legal LLP", "Harbor Street Capital", "Silverline Telecom", "Greenfield Schools Trust"]
STREETS = ["High Street", "Baker Street", "Maple Avenue", "Rue de Rivoli", "Elm Road", "Kingsway", "Oak Lane",
           "Hauptstraße", "Market Street", "Victoria Road", "Calle Mayor", "Park Avenue"]
CITIES = ["London", "Manchester", "Berlin", "Paris", "Madrid", "Toronto", "Chicago", "Austin", "Dublin", "Lyon",
          "Munich", "Rotterdam", "Seattle", "Edinburgh", "Milan", "Boston"]
DOMAINS = ["example.com", "northwind.co.uk", "acme-logistics.com", "mail.bluebird.io", "helios-energy.de", "lumen.dev"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "Please review the attached figures before the quarterly planning meeting.",
    "The team agreed to move the delivery schedule forward by one week.",
    "We are still waiting for the final sign-off from procurement.",
    "Overall the project remains on budget and within the agreed scope.",
    "Let me know if anything in the summary below looks wrong to you.",
    "The warehouse reported two delayed pallets and one damaged box.",
    "Customer satisfaction scores improved slightly compared with last quarter.",
    "Our legal team needs a signed copy of the amended contract.",
    "The new onboarding process should reduce paperwork for everyone involved.",
    "Invoices over the approval limit must be countersigned by a director.",
    "The migration to the new billing platform is planned for the spring.",
    "Several action items from the previous meeting are still open.",
    "Thanks again for your patience while we sorted out the shipping issue.",
    "The audit found no major issues, only a few minor documentation gaps.",
    "We will circulate the revised agenda once the slides are ready.",
    "Support tickets about login problems have dropped by almost half.",
    "Please make sure the spreadsheet uses the updated exchange rates.",
    "Marketing asked for a short summary they can share with the board.",
    "The vendor confirmed the replacement parts will ship on Monday.",
    "Remember that the office will be closed over the bank holiday.",
]
GREETINGS = ["Hi {first},", "Dear {name},", "Hello {first},", "Good morning {first},"]
SIGNOFFS = ["Best regards,\n{name}\n{org}", "Kind regards,\n{name}", "Thanks,\n{first}\n{org}", "Cheers,\n{name}"]
HEADERS = [
    "Subject: Follow-up on the {org} account",
    "Meeting notes - vendor review with {org}",
    "Support ticket update for {org}",
    "HR onboarding checklist - {org}",
    "Payment confirmation and next steps",
]


class _Values:
    """Random PII values in common real-world formats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def email(self, name: str | None = None) -> str:
        name = name or self.person()
        local = name.lower().replace(" ", ".").replace("'", "")
        return f"{local}@{self.rng.choice(DOMAINS)}"

    def phone(self) -> str:
        return self.rng.choice([
            f"+44 20 {self.digits(4)} {self.digits(4)}",
            f"({self.digits(3)}) {self.digits(3)}-{self.digits(4)}",
            f"+49 30 {self.digits(8)}",
            f"+1 {self.digits(3)} {self.digits(3)} {self.digits(4)}",
        ])

    def street(self) -> str:
        return f"{self.rng.randint(1, 240)} {self.rng.choice(STREETS)}"

    def date(self) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randrange(12), self.rng.randint(2019, 2026)
        return self.rng.choice([f"{day} {MONTHS[month]} {year}", f"{year}-{month + 1:02d}-{day:02d}", f"{MONTHS[month]} {day}, {year}"])

    def card(self) -> str:
        number = "4" + self.digits(15)
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        body = self.rng.choice(["DE", "GB", "FR", "ES"]) + self.digits(2) + self.digits(18)
        return " ".join(body[i : i + 4] for i in range(0, len(body), 4))

    def ssn(self) -> str:
        return f"{self.digits(3)}-{self.digits(2)}-{self.digits(4)}"

    def ip(self) -> str:
        if self.rng.random() < 0.2:
            return "2001:db8:" + ":".join(f"{self.rng.randrange(65536):x}" for _ in range(3)) + "::1"
        return ".".join(str(self.rng.randint(1, 254)) for _ in range(4))

    def url(self) -> str:
        path = self.rng.choice(["portal/login", "invoices/2024", "support/tickets", "careers", "docs/privacy"])
        return f"https://www.{self.rng.choice(DOMAINS)}/{path}"


PII_SENTENCES = [
    lambda v: f"{v.person()} from {v.rng.choice(COMPANIES)} will join the call on {v.date()}.",
    lambda v: f"You can reach me at {v.email()} or on {v.phone()} during office hours.",
    lambda v: f"The signed forms should be posted to {v.street()}, {v.rng.choice(CITIES)}.",
    lambda v: f"Payment was taken from card {v.card()} and refunded on {v.date()}.",
    lambda v: f"Please transfer the deposit to IBAN {v.iban()} before the end of the month.",
    lambda v: f"For the background check we still need the SSN of {v.person()}, which was given as {v.ssn()}.",
    lambda v: f"The failed logins came from {v.ip()} and were reported to {v.rng.choice(COMPANIES)}.",
    lambda v: f"Full details are on the portal at {v.url()} for anyone who missed the briefing.",
    lambda v: f"{v.person()} moved from our {v.rng.choice(CITIES)} office to {v.rng.choice(CITIES)} last year.",
    lambda v: f"Contact {v.person()} ({v.email()}) if the courier cannot find {v.street()}.",
    lambda v: f"The contract with {v.rng.choice(COMPANIES)} was renewed on {v.date()} for two more years.",
    lambda v: f"Our records list {v.phone()} as the emergency number for {v.person()}.",
]


def make_documents(count: int, words: int, seed: int) -> list[str]:
    """`count` documents of about `words` words: a header, greeting, prose mixing filler and PII, a sign-off."""
    rng = random.Random(seed)
    values = _Values(rng)
    docs = []
    for _ in range(count):
        first, last, org = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES)
        fields = {"first": first, "name": f"{first} {last}", "org": org}
        parts = [rng.choice(HEADERS).format(**fields), rng.choice(GREETINGS).format(**fields)]
        signoff = rng.choice(SIGNOFFS).format(**fields)
        budget = words - len(signoff.split())
        paragraph: list[str] = []
        while sum(len(p.split()) for p in parts) + sum(len(s.split()) for s in paragraph) < budget:
            if rng.random() < 0.45:
                paragraph.append(rng.choice(PII_SENTENCES)(values))
            else:
                paragraph.append(rng.choice([s for s in FILLER if s not in paragraph]))
            if len(paragraph) >= rng.randint(3, 6):
                parts.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            parts.append(" ".join(paragraph))
        parts.append(signoff)
        docs.append("\n\n".join(parts))
    return docs


# --------------------------------------------------------------------------------------------
# Child processes: one engine each.
# --------------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux carries `ru_maxrss` over fork+exec, so a child would report its parent's peak when
    that is higher; `VmHWM` is the high-water mark of the child's own address space.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load_engine(kind: str, model: str, threads: int) -> Any:
    """One engine, its thread pool set to `threads` (imports included, so load time counts them)."""
    if kind == "upstream":
        import torch
        from gliner import GLiNER

        torch.set_num_threads(threads)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return GLiNER.from_pretrained(model, map_location="cpu").eval()
    if kind == "torch":
        import torch

        from gliner_redact.model.torch_engine import TorchEngine

        torch.set_num_threads(threads)
        return TorchEngine.from_pretrained(model, device="cpu")
    from gliner_redact.model.onnx import OnnxEngine

    return OnnxEngine.from_pretrained(model, int8=kind == "onnx-int8", threads=threads)


def forward_clock(engine: Any) -> dict[str, float]:
    """Wrap our engine's forward calls to sum the time spent in the network and count the windows scored."""
    clock = {"seconds": 0.0, "windows": 0}
    for name in ("_logits", "_label_vectors"):
        method = getattr(engine, name)

        def timed(*args: Any, _method: Any = method, _name: str = name, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return _method(*args, **kwargs)
            finally:
                clock["seconds"] += time.perf_counter() - start
                if _name == "_logits":
                    clock["windows"] += len(args[0].input_ids)

        setattr(engine, name, timed)
    return clock


def predict(kind: str, engine: Any, texts: list[str], labels: dict[str, str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) per entity per text, through the engine's own batch API."""
    if kind == "upstream":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = engine.inference(texts, labels, threshold=THRESHOLD, batch_size=BATCH_SIZE)
        return [[(e["start"], e["end"], e["label"]) for e in doc] for doc in out]
    out = engine.predict(texts, labels, threshold=THRESHOLD, batch_size=BATCH_SIZE)
    return [[(e.start, e.end, e.label) for e in doc] for doc in out]


def measure(call: Any) -> tuple[Any, dict[str, float]]:
    """Run `call()`; its result with wall seconds, process CPU seconds (all threads) and the load average after it."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, {"seconds": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu, "load": os.getloadavg()[0]}


def run_engine(spec: dict[str, Any]) -> dict[str, Any]:
    """Load one engine, warm it up, time one `predict` call over all documents."""
    texts: list[str] = json.loads(Path(spec["texts"]).read_text(encoding="utf-8"))
    labels: dict[str, str] = spec["labels"]
    start = time.perf_counter()
    engine = load_engine(spec["kind"], spec["model"], spec["threads"])
    load_s = time.perf_counter() - start
    clock = forward_clock(engine) if spec["kind"] != "upstream" else None
    predict(spec["kind"], engine, texts[:WARMUP_DOCS], labels)
    if clock:
        clock.update(seconds=0.0, windows=0)
    entities, timing = measure(partial(predict, spec["kind"], engine, texts, labels))
    forward_s, windows = (clock["seconds"], clock["windows"]) if clock else (None, len(texts))
    return {"load_s": load_s, **timing, "forward_s": forward_s, "windows": windows, "rss_mb": peak_rss_mb(), "entities": entities}


def run_scaling(spec: dict[str, Any]) -> dict[str, Any]:
    """Our ONNX fp32 engine over the documents with growing label sets, one timed call each."""
    from gliner_redact.labels import descriptions, label_names
    from gliner_redact.model.engine import LabelSet
    from gliner_redact.model.onnx import OnnxEngine

    texts: list[str] = json.loads(Path(spec["texts"]).read_text(encoding="utf-8"))
    engine = OnnxEngine.from_pretrained(spec["model"], threads=spec["threads"])
    clock = forward_clock(engine)
    rows = []
    for count in spec["label_counts"]:
        labels = descriptions(label_names()[:count])
        engine.predict(texts[:WARMUP_DOCS], labels, threshold=THRESHOLD, batch_size=BATCH_SIZE)
        engine.forward_calls = 0
        clock.update(seconds=0.0, windows=0)
        entities, timing = measure(partial(engine.predict, texts, labels, threshold=THRESHOLD, batch_size=BATCH_SIZE))
        rows.append({
            "labels": count, "groups": len(engine.label_groups(LabelSet.from_spec(labels))), **timing,
            "forward_s": clock["seconds"], "passes": engine.forward_calls, "windows": clock["windows"],
            "entities": sum(len(doc) for doc in entities),
        })
    return {"rows": rows, "rss_mb": peak_rss_mb()}


def child_main(spec_path: Path) -> int:
    """Entry point of a child process: read the spec, write the result next to it."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    result = run_scaling(spec) if spec["kind"] == "scaling" else run_engine(spec)
    Path(spec["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


def spawn(spec: dict[str, Any], work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Run one child with its thread pools pinned to `args.threads`; return its result."""
    name = f"{spec['kind']}-{len(list(work.glob('spec-*.json')))}"
    spec_path, result_path = work / f"spec-{name}.json", work / f"result-{name}.json"
    spec = {**spec, "threads": args.threads, "result": str(result_path)}
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false", "PYTHONWARNINGS": "ignore"}
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[var] = str(args.threads)
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)], env=env, check=True)
    return json.loads(result_path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# Parent: models, runs, report.
# --------------------------------------------------------------------------------------------


@dataclass
class Workload:
    """The documents and labels every engine sees, with their token statistics."""

    texts: list[str]
    path: Path
    labels: dict[str, str]
    mean_tokens: float = 0.0
    prompt_tokens: int = 0
    window_budget: int = 0
    max_positions: int = 0
    multi_window_docs: int = 0

    @property
    def words(self) -> int:
        return sum(len(t.split()) for t in self.texts)

    def measure(self, model: Path) -> None:
        """Subword tokens per document (as our engine counts them) against one window's text budget."""
        from gliner_redact.model import load_model
        from gliner_redact.model.windows import prepare_document

        engine = load_model(model, engine="onnx")
        counts = [sum(prepare_document(t, engine.tokenizer).token_counts) for t in self.texts]
        self.mean_tokens = sum(counts) / len(counts)
        self.prompt_tokens = engine.tokenizer.prompt_length(list(self.labels.values()))
        self.max_positions = engine.max_positions
        self.window_budget = engine.text_budget(list(self.labels.values()))
        self.multi_window_docs = sum(c > self.window_budget for c in counts)


def best_of(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Merge two runs of one engine: the faster run's figures, the least load time and CPU time, the highest RSS."""
    if old is None:
        return new
    best = new if new["seconds"] < old["seconds"] else old
    return {**best, "load_s": min(old["load_s"], new["load_s"]), "cpu_s": min(old["cpu_s"], new["cpu_s"]),
            "rss_mb": max(old["rss_mb"], new["rss_mb"])}


def best_rows(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Merge two label scaling runs row by row (the faster run of each label count)."""
    if old is None:
        return new
    rows = [a if a["seconds"] <= b["seconds"] else b for a, b in zip(old["rows"], new["rows"], strict=True)]
    return {"rows": rows, "rss_mb": max(old["rss_mb"], new["rss_mb"])}


def agreement_f1(reference: list[list[list[Any]]], other: list[list[list[Any]]]) -> float | None:
    """Micro F1 of exact (doc, start, end, label) sets; None when neither side found anything."""
    ref = {(i, *e) for i, doc in enumerate(reference) for e in doc}
    got = {(i, *e) for i, doc in enumerate(other) for e in doc}
    if not ref and not got:
        return None
    return 2 * len(ref & got) / (len(ref) + len(got))


def resolve_model(requested: str | None, work: Path) -> tuple[Path, bool]:
    """The checkpoint to benchmark, and whether it is a fresh untrained one.

    Without `--model` it is a fresh MiniLM-L6 uni-encoder: upstream runs that architecture exactly as we do, while the
    embedded `pii-small` shares one encoder between text and labels, a gliner-redact extension upstream cannot run.
    """
    from gliner_redact.model.builder import new_model

    if requested:
        return Path(requested).resolve(), False
    out = work / "fresh-minilm-uni"
    new_model("minilm", out, bi_encoder=False)
    return out, True


def export(model: Path, out: Path, *, int8: bool) -> Path:
    """ONNX export (fp32, plus int8 when asked) of `model` into `out`."""
    from gliner_redact.model.onnx import export_onnx
    from gliner_redact.model.torch_engine import TorchEngine

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return export_onnx(TorchEngine.from_pretrained(model, device="cpu"), out, int8=int8)


def build_scaling_model(folder: Path, *, bi_encoder: bool) -> Path:
    """A fresh MiniLM-L6 model with its fp32 ONNX export, in one folder."""
    from gliner_redact.model.builder import new_model
    from gliner_redact.model.onnx import export_onnx

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return export_onnx(new_model("minilm", folder, bi_encoder=bi_encoder), folder, int8=False)


def engine_table(results: dict[str, dict[str, Any]], work: Workload) -> list[str]:
    """Markdown table of the engine comparison."""
    lines = [
        "| engine | load s | docs/s | words/s | × upstream | CPU s/doc | × upstream by CPU | windows | time in forward "
        "| peak RSS MB | entities | agreement F1 vs our torch fp32 | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base, base_cpu = results["upstream"]["seconds"], results["upstream"]["cpu_s"]
    reference = results["torch"]["entities"]
    for kind, row in results.items():
        docs_s = len(work.texts) / row["seconds"]
        f1 = agreement_f1(reference, row["entities"])
        agree = "reference" if kind == "torch" else ("n/a (no entities)" if f1 is None else f"{f1:.4f}")
        count = sum(len(d) for d in row["entities"])
        share = "n/a" if row["forward_s"] is None else f"{row['forward_s'] / row['seconds']:.0%}"
        lines.append(f"| {ENGINES[kind]} | {row['load_s']:.2f} | {docs_s:.2f} | {work.words / row['seconds']:.0f} | "
                     f"{base / row['seconds']:.2f} | {row['cpu_s'] / len(work.texts):.3f} | {base_cpu / row['cpu_s']:.2f} | "
                     f"{row['windows']} | {share} | {row['rss_mb']:.0f} | {count} | {agree} | {row['load']:.1f} |")
    return lines


def scaling_table(rows: dict[str, dict[str, Any]], texts: list[str]) -> list[str]:
    """Markdown table of the label scaling runs."""
    words = sum(len(t.split()) for t in texts)
    lines = [
        "| encoder | labels | label groups | windows (passes) | docs/s | words/s | docs/s, forward only | CPU s/doc | entities "
        "| peak RSS MB | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for encoder, result in rows.items():
        for row in result["rows"]:
            lines.append(f"| {encoder} | {row['labels']} | {row['groups']} | {row['windows']} ({row['passes']}) | "
                         f"{len(texts) / row['seconds']:.2f} | {words / row['seconds']:.0f} | {len(texts) / row['forward_s']:.2f} | "
                         f"{row['cpu_s'] / len(texts):.3f} | {row['entities']} | {result['rss_mb']:.0f} | {row['load']:.1f} |")
    return lines


def render(args: argparse.Namespace, fresh: bool, work: Workload, results: dict[str, dict[str, Any]],
           scaling: dict[str, dict[str, Any]], elapsed: float, load: tuple[float, float]) -> str:
    """The markdown report."""
    if fresh:
        model_line = ("a fresh MiniLM-L6 uni-encoder with random GLiNER heads (upstream cannot run the embedded `pii-small`, whose "
                      "text and labels share one encoder, a gliner-redact extension). "
                      "Speed does not depend on trained weights; the entity counts and agreement figures do (see the note below)")
    else:
        model_line = f"`{args.model}`"
    lines = [
        "# Engine speed (CPU)",
        "",
        f"Command: `{' '.join(['python benchmarks/engine_speed.py', *sys.argv[1:]])}` ({elapsed / 60:.1f} min in all)",
        "",
        *machine(("torch", "onnxruntime", "gliner", "transformers", "gliner-redact")),
        f"- Load average (1 min) at start / end: {load[0]:.2f} / {load[1]:.2f} (other processes on the machine compete for the cores)",
        f"- Threads per engine: {args.threads} (torch.set_num_threads / ONNX Runtime intra-op threads; OMP/MKL pinned in each child)",
        f"- Model: {model_line}",
        f"- Workload: {len(work.texts)} synthetic business documents (emails, notes, tickets; seed {args.seed}), "
        f"{work.words / len(work.texts):.0f} words and {work.mean_tokens:.0f} subword tokens each on average; "
        f"{len(work.labels)} catalogue labels with descriptions ({', '.join(work.labels)}); threshold {THRESHOLD}, batch size {BATCH_SIZE}",
        f"- Each engine runs in its own process: load, warm-up on {WARMUP_DOCS} documents, then one timed batch call over all "
        "documents (upstream: `GLiNER.inference`, ours: `predict`). The engines run in "
        f"{args.repeat} interleaved round(s) (upstream, torch, ONNX, int8, upstream, ...) and each keeps its fastest round, so "
        "a burst of load from other processes does not land on one engine only. The ONNX graphs are exported from the same weights.",
        "",
        "## Engines",
        "",
        *engine_table(results, work),
        "",
        "Load s: a fresh process importing its libraries and loading the model. Peak RSS: the process's memory high-water mark "
        "(`VmHWM`; `ru_maxrss` would report the parent's peak after fork+exec). Windows: text windows scored (batches of "
        f"{BATCH_SIZE}; upstream scores one truncated window per document). Time in forward: the share of the timed call "
        "spent in the network (ours only); the rest is tokenization, windowing and decoding. CPU s/doc: process CPU time "
        "(all threads) per document, less sensitive than wall time to other processes taking the cores. Agreement: F1 of "
        "exact (start, end, label) sets against our torch fp32 engine. Load avg: the 1-minute load average after the "
        f"counted run (the benchmark itself accounts for about {args.threads}).",
    ]
    if work.multi_window_docs:
        lines += [
            "",
            f"{work.multi_window_docs} of {len(work.texts)} documents have more subword tokens than one window leaves for text "
            f"({work.window_budget} = {work.max_positions} positions − special tokens − {work.prompt_tokens} prompt tokens). "
            "Our engines scan them whole in overlapping windows (hence more windows); upstream truncates each text to "
            "one window and never reads the tail, which is both less work and a source of disagreement.",
        ]
    if fresh:
        lines += [
            "",
            "Note: with random heads every span score sits within a hair of 0.5, so tiny numeric differences (int8 rounding, "
            "upstream's truncation) flip spans across the threshold: the entity counts and agreement figures above say nothing "
            "about a trained model. Rerun with `--model` on a trained checkpoint for the int8 agreement figure.",
        ]
    if scaling:
        lines += [
            "",
            "## Label scaling (our ONNX fp32 engine)",
            "",
            f"The first {args.scaling_docs} documents; the first N catalogue labels with descriptions; fresh MiniLM-L6 models. "
            "A uni-encoder reads the labels in its prompt, so a long label list is split into groups, one pass over the text "
            "each; a bi-encoder encodes the label set once (cached) and scores every label in one pass. "
            "\"docs/s, forward only\" counts just the time in the network; the gap to end-to-end docs/s is decoding, which "
            "grows with the number of spans over the threshold (random heads pass far more spans than a trained model).",
            "",
            *scaling_table(scaling, work.texts[: args.scaling_docs]),
        ]
    return "\n".join(lines) + "\n"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="GLiNER checkpoint folder that upstream gliner can load (default: a fresh MiniLM uni-encoder)")
    parser.add_argument("--docs", type=int, default=200, help="documents for the engine table (default 200)")
    parser.add_argument("--words", type=int, default=300, help="words per document (default 300)")
    parser.add_argument("--threads", type=int, default=2, help="threads per engine (default 2)")
    parser.add_argument("--scaling-docs", type=int, default=60, help="documents for the label scaling table (default 60)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per engine, the fastest counts (default 2)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the synthetic documents")
    parser.add_argument("--quick", action="store_true", help="development run: 20 documents, 10 for scaling, 5 and 40 labels, 1 timed run")
    parser.add_argument("--skip-scaling", action="store_true", help="only the engine table")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "engine_speed.md", help="markdown report path")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.scaling_docs, args.repeat = min(args.docs, 20), min(args.scaling_docs, 10), 1
    return args


def log(message: str) -> None:
    print(f"[engine_speed] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(args.child)
    from gliner_redact.labels import descriptions

    began, load_start = time.perf_counter(), os.getloadavg()[0]
    label_counts = [5, 40] if args.quick else [5, 15, 40]
    with tempfile.TemporaryDirectory(prefix="engine-speed-") as tmp:
        work_dir = Path(tmp)
        model, fresh = resolve_model(args.model, work_dir)
        log(f"exporting {model} to ONNX (fp32 + int8)")
        exported = export(model, work_dir / "export", int8=True)
        texts = make_documents(args.docs, args.words, args.seed)
        work = Workload(texts, work_dir / "texts.json", descriptions(MAIN_LABELS))
        work.path.write_text(json.dumps(texts), encoding="utf-8")
        work.measure(exported)
        results: dict[str, dict[str, Any]] = {}
        for round_ in range(1, args.repeat + 1):
            for kind, title in ENGINES.items():
                log(f"round {round_}/{args.repeat}: {title}")
                folder = model if kind in ("upstream", "torch") else exported
                spec = {"kind": kind, "model": str(folder), "texts": str(work.path), "labels": work.labels}
                results[kind] = best_of(results.get(kind), spawn(spec, work_dir, args))
        scaling: dict[str, dict[str, Any]] = {}
        if not args.skip_scaling:
            scaling_path = work_dir / "scaling_texts.json"
            scaling_path.write_text(json.dumps(texts[: args.scaling_docs]), encoding="utf-8")
            log("label scaling: building and exporting a fresh uni-encoder and bi-encoder")
            folders = {name: build_scaling_model(work_dir / f"scaling-{name}", bi_encoder=bi) for name, bi in SCALING_MODELS.items()}
            for round_ in range(1, args.repeat + 1):
                for name, folder in folders.items():
                    log(f"round {round_}/{args.repeat}: label scaling, {name}")
                    spec = {"kind": "scaling", "model": str(folder), "texts": str(scaling_path), "label_counts": label_counts}
                    scaling[name] = best_rows(scaling.get(name), spawn(spec, work_dir, args))
    report = render(args, fresh, work, results, scaling, time.perf_counter() - began, (load_start, os.getloadavg()[0]))
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
