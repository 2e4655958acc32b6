"""Trainer: configs load, a few steps reduce the loss, resume continues exactly, upstream format works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gliner_redact.training.collate import LabelSampling, build_batch, sample_labels
from gliner_redact.training.examples import Example, documents_to_examples
from gliner_redact.training.trainer import Trainer, TrainConfig

CONFIGS = sorted(Path(__file__).resolve().parent.parent.joinpath("configs", "train").rglob("*.yaml"))
HANDWRITTEN = Path(__file__).resolve().parent / "data" / "handwritten" / "documents.jsonl"


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.stem)
def test_training_configs_load(path):
    config = TrainConfig.from_yaml(path)
    assert config.steps > 0 and config.out_dir


def test_unknown_setting_is_rejected(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("out_dir: x\ntrain_data: y\nlearning_rate: 1\n")
    with pytest.raises(ValueError, match="learning_rate"):
        TrainConfig.from_yaml(bad)


def test_sampled_prompts_keep_positives_and_respect_caps():
    import random

    sampling = LabelSampling([f"l{i}" for i in range(40)], {}, max_types=10, drop_positive=0.0)
    ex = Example(["a", "b", "c"], [(0, 0, "l3"), (2, 2, "l7")])
    rng = random.Random(0)
    for _ in range(50):
        labels = sample_labels(ex, sampling, rng)
        assert {"l3", "l7"} <= set(labels) and len(labels) <= 10 and len(set(labels)) == len(labels)


def _config(tmp_path: Path, **kw) -> TrainConfig:
    tmp_path.mkdir(parents=True, exist_ok=True)
    small = tmp_path / "docs.jsonl"
    small.write_text("".join(open(HANDWRITTEN, encoding="utf-8").readlines()[:12]), encoding="utf-8")
    base = dict(out_dir=str(tmp_path / "run"), train_data=str(small), dev_data=str(small), bi_encoder=True,
                shared_labels_encoder=True, steps=6, batch_size=2, eval_every=3, eval_docs=3, window_words=48, window_tokens=64, seed=3)
    base.update(kw)
    return TrainConfig(**base)


def test_generated_mixture_and_new_labels(tmp_path):
    from gliner_redact.data.domains.clinical_trial import NEW_LABELS
    from gliner_redact.training.trainer import materialize_data

    spec = [{"generate": {"n": 3, "seed": 0, "domain": "clinical_trial"}}, {"generate": {"n": 2, "seed": 0}}]
    path = materialize_data(spec, tmp_path / "mix.jsonl")
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    assert len(docs) == 5 and docs[3]["genre"] not in {d["genre"] for d in docs[:3]}
    assert materialize_data(spec, tmp_path / "mix.jsonl").read_bytes() == path.read_bytes()
    with pytest.raises(ValueError, match="data spec"):
        materialize_data([{"make": {}}], tmp_path / "bad.jsonl")
    trainer = Trainer(_config(tmp_path / "t", extra_descriptions=dict(NEW_LABELS)), log=open("/dev/null", "w"))
    pool = trainer.sampling.label_pool
    assert set(NEW_LABELS) <= set(pool) and "person" in pool
    assert trainer.sampling.descriptions["site_code"] == NEW_LABELS["site_code"]


def test_checkpoint_records_the_training_window(tmp_path):
    from gliner_redact.model.torch_engine import TorchEngine

    Trainer(_config(tmp_path, steps=2, eval_every=2), log=open("/dev/null", "w")).train()
    saved = json.loads((tmp_path / "run" / "best" / "gliner_config.json").read_text(encoding="utf-8"))
    assert (saved["max_len"], saved["window_tokens"]) == (48, 64)
    assert TorchEngine.from_pretrained(tmp_path / "run" / "best", device="cpu").text_budget(["person"]) == 64


def test_follow_on_stage_starts_from_the_first_stages_best(tmp_path):
    from safetensors.torch import load_file

    from gliner_redact.training.trainer import train_stages

    quiet = open("/dev/null", "w")
    config = _config(tmp_path, steps=2, eval_every=2, continue_with={"steps": 3, "eval_every": 3, "lr_encoder": 0.0, "lr_heads": 0.0})
    first, second = config.stages()
    run = tmp_path / "run"
    assert (second.init_from, second.out_dir) == (str(run / "best"), str(run / "continued"))
    assert (second.steps, second.batch_size, second.window_words, second.continue_with) == (3, 2, 48, None)
    assert [s["steps"] for s in train_stages(config, log=quiet)] == [2, 3]
    a, b = load_file(str(run / "best" / "model.safetensors")), load_file(str(run / "continued" / "best" / "model.safetensors"))
    assert a.keys() == b.keys() and all(bool((a[k] == b[k]).all()) for k in a)  # learning rate 0: stage 2 kept stage 1's weights
    log = (run / "continued" / "train_log.jsonl").read_text(encoding="utf-8")
    assert [s["steps"] for s in train_stages(config, resume=True, log=quiet)] == [2, 3]
    assert (run / "continued" / "train_log.jsonl").read_text(encoding="utf-8") == log  # finished stages are not retrained
    with pytest.raises(ValueError, match="out_dir"):
        _config(tmp_path, continue_with={"out_dir": "elsewhere"}).stages()


@pytest.mark.slow
def test_resume_continues_exactly(tmp_path):
    full = Trainer(_config(tmp_path / "a"), log=open("/dev/null", "w"))
    full.train()
    first = Trainer(_config(tmp_path / "b", steps=6), log=open("/dev/null", "w"))
    first.train(stop_after=4)
    last = tmp_path / "b" / "run" / "last"
    last.rename(last.with_name("last.old"))  # a kill between save_state's two renames
    resumed = Trainer(_config(tmp_path / "b", steps=6), log=open("/dev/null", "w"))
    resumed.train(resume=True)
    import torch

    a = full.network.state_dict()
    b = resumed.network.state_dict()
    assert resumed.step == 6
    assert (last / "trainer_state.pt").exists() and not last.with_name("last.old").exists()
    assert max(float((a[k] - b[k]).abs().max()) for k in a) < 1e-5
    log = [json.loads(line) for line in open(tmp_path / "a" / "run" / "train_log.jsonl")]
    assert [e["eval"]["step"] for e in log if "eval" in e] == [3, 6]
    assert (tmp_path / "a" / "run" / "best" / "model.safetensors").exists()
    del torch


def test_upstream_training_format_and_uni_batches(tmp_path):
    from gliner_redact.model.builder import new_model

    engine = new_model("minilm", tmp_path / "m")
    records = [{"tokenized_text": ["Ann", "lives", "in", "Oslo", "."], "ner": [[0, 0, "person"], [3, 3, "city"]]}]
    examples = documents_to_examples(records, engine.tokenizer)
    assert examples[0].spans == [(0, 0, "person"), (3, 3, "city")]
    import random

    sampling = LabelSampling(["person", "city", "email"], {"person": "name of a person"}, drop_positive=0.0, full_prompt_prob=1.0)
    batch = build_batch(examples, engine.tokenizer, sampling, random.Random(0), max_width=12, prompt_budget=200)
    labels = batch.row_labels[0]
    assert batch.targets[0, 0, 0, labels.index("person")] == 1 and batch.targets[0, 3, 0, labels.index("city")] == 1
    assert batch.targets.sum() == 2 and not batch.mask[0, 4, 1].any() and batch.mask[0, 4, 0].all()
