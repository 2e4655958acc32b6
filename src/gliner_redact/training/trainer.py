"""The training loop: AdamW with separate encoder/head learning rates, warmup, clipping, dev
evaluation, best-checkpoint saving, early stopping, exact resume, and follow-on stages."""

from __future__ import annotations

import json
import math
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np
import torch
import yaml

from ..model import DEFAULT_MODEL_NAME, default_model_path
from ..model.builder import new_model
from ..model.checkpoint import load_weights
from ..model.torch_engine import TorchEngine
from .collate import LabelSampling, build_batch
from .examples import ConversionStats, Example, documents_to_examples, read_jsonl
from .loss import span_loss

STATE_FILE = "trainer_state.pt"
SUMMARY_FILE = "summary.json"
CONTINUED_DIR = "continued"


@dataclass
class TrainConfig:
    """Everything one training run needs; loaded from `configs/train/*.yaml`."""

    out_dir: str
    train_data: str | dict[str, Any] | list[Any]
    dev_data: str | dict[str, Any] | list[Any] | None = None
    encoder: str = "minilm"
    init_from: str | None = None  # checkpoint folder, Hub id, or "pii-small" (the embedded model)
    bi_encoder: bool = False
    hidden_size: int | None = None
    max_width: int = 12
    dropout: float = 0.3
    case_signal: bool = False
    shared_labels_encoder: bool = False
    labels: list[str] | None = None
    extra_descriptions: dict[str, str] = field(default_factory=dict)  # new labels join the pool
    steps: int = 2000
    batch_size: int = 8
    lr_encoder: float = 3e-5
    lr_heads: float = 5e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_grad_norm: float = 1.0
    freeze_embeddings: bool = True
    focal_alpha: float = -1.0
    focal_gamma: float = 0.0
    max_types: int = 25
    neg_per_pos: float = 2.0
    full_prompt_prob: float = 0.5
    drop_positive: float = 0.05
    description_prob: float = 0.7
    window_words: int = 192  # training windows; saved as `max_len` / `window_tokens`, so inference windows match
    window_tokens: int = 256
    eval_every: int = 250
    eval_docs: int = 200
    eval_threshold: float = 0.5
    patience: int = 4
    seed: int = 0
    threads: int | None = None
    device: str | None = None
    continue_with: dict[str, Any] | None = None  # a follow-on stage: the settings it changes (see `stages`)

    @classmethod
    def from_yaml(cls, path: str | Path, **overrides: Any) -> "TrainConfig":
        """Read a YAML config; `overrides` (e.g. from the CLI) win over the file."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        data.update({k: v for k, v in overrides.items() if v is not None})
        _check_settings(data, str(path))
        config = cls(**data)
        config.stages()
        return config

    def stages(self) -> list["TrainConfig"]:
        """This stage, then each `continue_with` stage in turn.

        A follow-on stage keeps every setting it does not name, starts from the previous stage's
        `best/` and writes under `<previous out_dir>/continued/`; its `init_from` and `out_dir` are
        therefore fixed. Settings given on the command line reach the first stage and, through it,
        every later stage that does not name them.
        """
        data = asdict(self)
        result: list[TrainConfig] = []
        while True:
            follow = data.pop("continue_with", None)
            result.append(TrainConfig(**data))
            if not follow:
                return result
            _check_settings(follow, f"stage {len(result) + 1}", fixed=("init_from", "out_dir"))
            previous = Path(data["out_dir"])
            data = {**data, **follow, "init_from": str(previous / "best"), "out_dir": str(previous / CONTINUED_DIR)}


class Trainer:
    """Trains a GLiNER span model on annotated documents."""

    def __init__(self, config: TrainConfig, log=sys.stderr) -> None:
        self.config = config
        self.out = Path(config.out_dir)
        self.log = log
        random.seed(config.seed)
        np.random.seed(config.seed)
        torch.manual_seed(config.seed)
        if config.threads:
            torch.set_num_threads(config.threads)
        self.engine = self._initial_model()
        self.network = self.engine.network.train()
        self.device = self.engine.device
        self.sampling = self._sampling()
        stats = ConversionStats()
        budget = self.engine.text_budget([])
        train_path = materialize_data(config.train_data, self.out / "data" / "train.jsonl")
        self.train_examples = documents_to_examples(read_jsonl(train_path), self.engine.tokenizer, max_words=config.window_words, max_tokens=budget, stats=stats)
        self.conversion = stats
        dev_path = materialize_data(config.dev_data, self.out / "data" / "dev.jsonl") if config.dev_data else None
        self.dev_docs = read_jsonl(dev_path)[: config.eval_docs] if dev_path else []
        self.optimizer = self._optimizer()
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, self._lr_lambda)
        self.rng = random.Random(config.seed)
        self.step = 0
        self.best_f1 = -1.0
        self.bad_evals = 0
        self.history: list[dict[str, Any]] = []

    def _initial_model(self) -> TorchEngine:
        cfg = self.config
        if cfg.init_from:
            source = default_model_path() if cfg.init_from == DEFAULT_MODEL_NAME else cfg.init_from
            engine = TorchEngine.from_pretrained(source, device=cfg.device or "cpu")
        else:
            engine = new_model(
                cfg.encoder, self.out / "init", bi_encoder=cfg.bi_encoder, hidden_size=cfg.hidden_size, max_width=cfg.max_width,
                dropout=cfg.dropout, case_signal=cfg.case_signal,
                shared_labels_encoder=cfg.shared_labels_encoder, seed=cfg.seed,
            )
            engine = TorchEngine(engine.network, engine.tokenizer, engine.source, engine.labels_tokenizer, device=cfg.device or "cpu")
        engine.config.max_types = cfg.max_types
        engine.config.max_len = cfg.window_words
        engine.config.window_tokens = cfg.window_tokens
        return engine

    def _sampling(self) -> LabelSampling:
        from ..labels import descriptions, label_names

        names = list(self.config.labels or label_names())
        names += [n for n in self.config.extra_descriptions if n not in names]
        known = set(label_names())
        descs = {**descriptions([n for n in names if n in known]), **self.config.extra_descriptions}
        cfg = self.config
        return LabelSampling(names, descs, cfg.max_types, cfg.neg_per_pos, cfg.full_prompt_prob, cfg.drop_positive, cfg.description_prob)

    def _optimizer(self) -> torch.optim.Optimizer:
        groups: dict[tuple[bool, bool], list[torch.nn.Parameter]] = {(e, d): [] for e in (True, False) for d in (True, False)}
        for name, param in self.network.named_parameters():
            if self.config.freeze_embeddings and name.endswith("embeddings.word_embeddings.weight"):
                param.requires_grad_(False)
                continue
            encoder = name.startswith("token_rep_layer.") and ".projection" not in name and "labels_projection" not in name
            decay = param.ndim > 1
            groups[(encoder, decay)].append(param)
        cfg = self.config
        return torch.optim.AdamW(
            [
                {"params": params, "lr": cfg.lr_encoder if enc else cfg.lr_heads, "weight_decay": cfg.weight_decay if decay else 0.0}
                for (enc, decay), params in groups.items()
                if params
            ],
            fused=self.device.type in ("cpu", "cuda"),
        )

    def _lr_lambda(self, step: int) -> float:
        warmup = max(1, math.ceil(self.config.steps * self.config.warmup_ratio))
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (self.config.steps - step) / max(1, self.config.steps - warmup))

    def _batches(self) -> Iterator[list[Example]]:
        """Length-bucketed batches; the order depends only on the seed, so a resume replays it."""
        size = self.config.batch_size
        order_rng = random.Random(self.config.seed + 1)
        while True:
            order = list(range(len(self.train_examples)))
            order_rng.shuffle(order)
            for pool_start in range(0, len(order), size * 16):
                pool = sorted(order[pool_start : pool_start + size * 16], key=lambda i: self.train_examples[i].token_count)
                chunks = [pool[i : i + size] for i in range(0, len(pool), size)]
                order_rng.shuffle(chunks)
                for chunk in chunks:
                    yield [self.train_examples[i] for i in chunk]

    def train_step(self, examples: Sequence[Example]) -> float:
        """One optimisation step; returns the loss."""
        batch = build_batch(examples, self.engine.tokenizer, self.sampling, self.rng, self.engine.config.max_width, self.engine.prompt_budget())
        t = lambda a: None if a is None else torch.from_numpy(a).to(self.device)  # noqa: E731
        inputs = batch.inputs
        label_vectors = None
        if self.engine.config.is_bi_encoder:
            label_vectors = self._batch_label_vectors(batch.row_prompts)
        logits = self.network(
            t(inputs.input_ids), t(inputs.attention_mask), t(inputs.word_starts), t(inputs.word_ends), t(inputs.text_lengths),
            prompt_positions=t(inputs.prompt_positions), label_embeddings=label_vectors, token_type_ids=t(inputs.token_type_ids),
        )
        loss = span_loss(logits, t(batch.targets), t(batch.mask), alpha=self.config.focal_alpha, gamma=self.config.focal_gamma)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.network.parameters(), self.config.max_grad_norm)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        return float(loss.detach())

    def _batch_label_vectors(self, row_prompts: list[list[str]]) -> torch.Tensor:
        """(B, C, D) label vectors for per-row prompts, one label-encoder pass per unique prompt."""
        unique = list(dict.fromkeys(p for row in row_prompts for p in row))
        assert self.engine.labels_tokenizer is not None
        encodings = self.engine.labels_tokenizer.encode_batch(unique, add_special_tokens=True)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(unique), length), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        vectors = self.network.encode_labels(torch.from_numpy(ids).to(self.device), torch.from_numpy(mask).to(self.device))
        width = max(len(r) for r in row_prompts)
        index = torch.zeros((len(row_prompts), width), dtype=torch.long, device=self.device)
        position = {p: i for i, p in enumerate(unique)}
        for b, row in enumerate(row_prompts):
            index[b, : len(row)] = torch.tensor([position[p] for p in row], device=self.device)
        return vectors[index]

    def evaluate(self) -> dict[str, Any]:
        """Micro/macro F1 and redaction figures on the dev documents (catalogue labels, descriptions)."""
        from .evaluate import evaluate_model

        self.network.eval()
        self.engine._label_cache.clear()
        try:
            report = evaluate_model(self.engine, self.dev_docs, labels=dict(self._eval_labels()), threshold=self.config.eval_threshold)
        finally:
            self.network.train()
            self.engine._label_cache.clear()
        return {
            "micro_f1": report.micro.f1, "macro_f1": report.macro_f1,
            "redaction_recall": report.redaction_recall, "over_redaction": report.over_redaction,
            "per_label_f1": {label: round(score.spans.f1, 4) for label, score in sorted(report.per_label.items())},
        }

    def _eval_labels(self) -> dict[str, str]:
        return {name: self.sampling.descriptions.get(name, name.replace("_", " ")) for name in self.sampling.label_pool}

    def save_state(self, folder: Path) -> None:
        """Checkpoint + optimizer/scheduler/RNG state for an exact resume.

        Written to `<folder>.tmp` and swapped in by renames, so a kill mid-write leaves either the
        previous state (as `<folder>` or `<folder>.old`) or the new one, never a torn mix.
        """
        tmp, old = _sibling(folder, "tmp"), _sibling(folder, "old")
        shutil.rmtree(tmp, ignore_errors=True)
        self.engine.save_pretrained(tmp)
        state = {
            "step": self.step, "best_f1": self.best_f1, "bad_evals": self.bad_evals,
            "optimizer": self.optimizer.state_dict(), "scheduler": self.scheduler.state_dict(),
            "torch_rng": torch.get_rng_state(), "rng": list(self.rng.getstate()[1]), "rng_version": self.rng.getstate()[0],
            "history": json.dumps(self.history),
        }
        torch.save(state, tmp / STATE_FILE)
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    def load_state(self, folder: Path) -> None:
        """Resume from `save_state` output: weights, optimizer, schedule, step and RNGs."""
        from safetensors.torch import load_file

        load_weights(self.network, load_file(str(folder / "model.safetensors")))
        state = torch.load(folder / STATE_FILE, weights_only=True)
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["torch_rng"])
        self.rng.setstate((state["rng_version"], tuple(state["rng"]), None))
        self.step, self.best_f1, self.bad_evals = state["step"], state["best_f1"], state["bad_evals"]
        self.history = json.loads(state["history"])

    def train(self, resume: bool = False, stop_after: int | None = None) -> dict[str, Any]:
        """Run to `steps` (or early stop); writes `best/`, `last/` and `train_log.jsonl` under out_dir.

        `stop_after` ends this call after that many steps (saving `last/`), as an interrupted
        or time-boxed run would; `resume=True` continues from `last/`.
        """
        from tqdm import tqdm

        cfg = self.config
        self.out.mkdir(parents=True, exist_ok=True)
        if resume:
            for last in (self.out / "last", _sibling(self.out / "last", "old")):
                if (last / STATE_FILE).exists():
                    self.load_state(last)
                    break
        batches = self._batches()
        for _ in range(self.step):
            next(batches)
        log_file = open(self.out / "train_log.jsonl", "a", encoding="utf-8")
        started = time.time()
        bar = tqdm(total=cfg.steps, initial=self.step, file=self.log, desc="train", dynamic_ncols=True, mininterval=5)
        running: list[float] = []
        stopped_early = False
        end = cfg.steps if stop_after is None else min(cfg.steps, self.step + stop_after)
        try:
            while self.step < end:
                loss = self.train_step(next(batches))
                self.step += 1
                running.append(loss)
                bar.update(1)
                if self.step % 20 == 0:
                    bar.set_postfix(loss=f"{np.mean(running[-20:]):.2f}")
                    log_file.write(json.dumps({"step": self.step, "loss": float(np.mean(running[-20:])), "elapsed_s": round(time.time() - started, 1)}) + "\n")
                    log_file.flush()
                if self.step % cfg.eval_every == 0 or self.step == cfg.steps:
                    stopped_early = self._checkpoint(log_file, started)
                    if stopped_early:
                        break
            if self.step < cfg.steps and not stopped_early and self.step % cfg.eval_every:
                self.save_state(self.out / "last")
        finally:
            bar.close()
            log_file.close()
        summary = {"steps": self.step, "best_f1": self.best_f1, "stopped_early": stopped_early, "seconds": round(time.time() - started, 1), "history": self.history}
        if self.step >= cfg.steps or stopped_early:
            (self.out / SUMMARY_FILE).write_text(json.dumps(summary), encoding="utf-8")
        return summary

    def _checkpoint(self, log_file, started: float) -> bool:
        entry: dict[str, Any] = {"step": self.step, "elapsed_s": round(time.time() - started, 1)}
        if self.dev_docs:
            entry.update(self.evaluate())
            improved = entry["micro_f1"] > self.best_f1
            if improved:
                self.best_f1 = entry["micro_f1"]
                self.bad_evals = 0
                self.engine.save_pretrained(self.out / "best")
            else:
                self.bad_evals += 1
        else:
            self.engine.save_pretrained(self.out / "best")
        self.history.append(entry)
        log_file.write(json.dumps({"eval": entry}) + "\n")
        log_file.flush()
        print(f"[step {self.step}] " + ", ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in entry.items()), file=self.log)
        self.save_state(self.out / "last")
        return bool(self.dev_docs) and self.bad_evals >= self.config.patience


def train_stages(config: TrainConfig, resume: bool = False, log=sys.stderr) -> list[dict[str, Any]]:
    """Train every stage of `config` in turn; one summary per stage (the last stage's `best/` is the model).

    With `resume`, a stage that already finished (its `summary.json` exists) is skipped and the first
    unfinished one continues from its `last/`.
    """
    summaries = []
    stages = config.stages()
    for number, stage in enumerate(stages, 1):
        done = Path(stage.out_dir) / SUMMARY_FILE
        if resume and done.exists():
            print(f"stage {number}/{len(stages)}: already trained ({done})", file=log)
            summaries.append(json.loads(done.read_text(encoding="utf-8")))
            continue
        if len(stages) > 1:
            print(f"stage {number}/{len(stages)}: {stage.init_from or stage.encoder} -> {stage.out_dir}", file=log)
        trainer = Trainer(stage, log=log)
        c = trainer.conversion
        print(f"{c.documents} documents -> {c.windows} windows; {c.spans} spans ({c.misaligned} misaligned, {c.cut_by_window} cut by windows)", file=log)
        summaries.append(trainer.train(resume=resume))
    return summaries


def _check_settings(settings: dict[str, Any], where: str, fixed: tuple[str, ...] = ()) -> None:
    """Reject names that are not `TrainConfig` settings, and `fixed` ones (which a follow-on stage cannot set)."""
    unknown = set(settings) - {f.name for f in fields(TrainConfig)}
    if unknown:
        raise ValueError(f"{where}: unknown training settings {sorted(unknown)}")
    taken = set(settings) & set(fixed)
    if taken:
        raise ValueError(f"{where}: a follow-on stage cannot set {sorted(taken)}")


def _sibling(folder: Path, suffix: str) -> Path:
    return folder.with_name(f"{folder.name}.{suffix}")


def materialize_data(spec: str | dict[str, Any] | list[Any], target: Path) -> Path:
    """A JSONL path: `spec` itself, or documents generated from `spec`, written to `target` once.

    A generated spec is `{generate: {n, seed, split, ...}}` (arguments of `generate_documents`;
    `domain: NAME` draws from a fine-tuning domain instead), or a list of paths and such specs,
    concatenated in order (e.g. new-domain documents plus general ones replayed against forgetting).
    The generators are deterministic, so a file already at `target` is reused.
    """
    if isinstance(spec, str):
        return Path(spec)
    if not target.exists():
        from ..data import write_jsonl

        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        write_jsonl((doc for part in (spec if isinstance(spec, list) else [spec]) for doc in _spec_documents(part)), partial)
        partial.replace(target)
    return target


def _spec_documents(spec: str | dict[str, Any]) -> Iterator[dict[str, Any]]:
    if isinstance(spec, str):
        yield from read_jsonl(spec)
        return
    if not isinstance(spec, dict) or set(spec) != {"generate"}:
        raise ValueError(f"data spec must be a path, {{generate: {{n, seed, ...}}}} or a list of them, got {spec}")
    args = dict(spec["generate"])
    domain = args.pop("domain", None)
    if domain is None:
        from ..data import generate_documents

        yield from generate_documents(**args)
        return
    from ..data.domains import domain_module

    n = args.pop("n")
    documents = iter(domain_module(domain).GENERATOR(args.pop("seed"), **args))
    for _ in range(n):
        yield next(documents)
