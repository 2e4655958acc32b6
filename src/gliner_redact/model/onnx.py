"""ONNX export, int8 dynamic quantization and the ONNX Runtime engine (no torch needed to run).

An exported model is a checkpoint folder plus `onnx/`:
  `onnx/span_model.onnx` (and `span_model_int8.onnx`): windows -> span logits (B, W, K, C);
  `onnx/label_encoder.onnx` (bi-encoders): label token ids -> label vectors (C, D);
  `onnx/gliner_redact.json`: graph interface metadata.
The graphs of a bi-encoder share their encoder: each variant's weights are stored once, in
`onnx/weights.bin` (fp32) or `onnx/weights_int8.bin`, which both graphs reference.
The graph interface is ours (token positions of words and label markers are computed on the
host), so upstream `model.onnx` files are not read by this engine.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .checkpoint import CONFIG_FILE, ONNX_DIR, load_config, resolve_checkpoint
from .engine import SpanEngine
from .prompt import GlinerTokenizer, ModelInputs, load_tokenizer

if TYPE_CHECKING:
    from .torch_engine import TorchEngine

METADATA = "gliner_redact.json"
SPAN_GRAPH = "span_model.onnx"
LABEL_GRAPH = "label_encoder.onnx"
WEIGHTS_FILE = "weights.bin"
INT8_WEIGHTS_FILE = "weights_int8.bin"
FORMAT_VERSION = 1


def int8_name(graph: str) -> str:
    """File name of the int8 variant of a graph."""
    return graph.replace(".onnx", "_int8.onnx")


def has_onnx(directory: Path) -> bool:
    """True when `directory` holds a gliner-redact ONNX export."""
    return (directory / ONNX_DIR / METADATA).exists()


def export_onnx(engine: "TorchEngine", out_dir: str | os.PathLike[str], *, int8: bool = True, keep_fp32: bool = True, dtype: "torch.dtype | None" = None, opset: int = 17) -> Path:
    """Export `engine`'s model to `out_dir` (a full checkpoint folder plus `onnx/`).

    Axes for batch, sequence, words and labels are dynamic. With `int8`, MatMul weights are
    also quantized dynamically to int8 (`*_int8.onnx`); `keep_fp32=False` then drops the fp32
    graphs, and `dtype` casts the weights saved next to them (float16 halves the folder).
    """
    import torch

    out = Path(out_dir)
    if out.resolve() != engine.source.resolve():
        engine.save_pretrained(out, dtype=dtype)
    onnx_dir = out / ONNX_DIR
    onnx_dir.mkdir(parents=True, exist_ok=True)
    network = engine.network.to("cpu").eval()
    backbones = [network.token_rep_layer.bert_layer.model]
    if engine.config.is_bi_encoder:
        backbones.append(network.token_rep_layer.labels_encoder.model)
    previous = [b.config._attn_implementation for b in backbones]
    for b in backbones:
        b.set_attn_implementation("eager")
    try:
        graphs = [SPAN_GRAPH]
        _export_span_graph(engine, onnx_dir / SPAN_GRAPH, opset)
        if engine.config.is_bi_encoder:
            _export_label_graph(engine, onnx_dir / LABEL_GRAPH, opset)
            graphs.append(LABEL_GRAPH)
    finally:
        for b, impl in zip(backbones, previous):
            b.set_attn_implementation(impl or "sdpa")
        network.eval()
    if int8:
        for graph in graphs:
            quantize_int8(onnx_dir / graph, onnx_dir / int8_name(graph))
            if not keep_fp32:
                (onnx_dir / graph).unlink()
    if len(graphs) > 1:
        if keep_fp32:
            share_initializers([onnx_dir / g for g in graphs], WEIGHTS_FILE)
        if int8:
            share_initializers([onnx_dir / int8_name(g) for g in graphs], INT8_WEIGHTS_FILE)
    meta = {"format_version": FORMAT_VERSION, "graphs": graphs, "int8": int8, "fp32": keep_fp32, "torch_version": torch.__version__}
    (onnx_dir / METADATA).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out


class _SpanGraph:
    """Adapter giving `torch.onnx.export` a positional forward."""

    @staticmethod
    def module(engine: "TorchEngine"):
        import torch

        network = engine.network
        bi = engine.config.is_bi_encoder
        case = engine.config.case_signal

        class Graph(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.network = network

            def forward(self, input_ids, attention_mask, word_starts, word_ends, text_lengths, labels, *rest):
                token_type_ids = rest[0] if case else None
                if bi:
                    return self.network(input_ids, attention_mask, word_starts, word_ends, text_lengths, label_embeddings=labels, token_type_ids=token_type_ids)
                return self.network(input_ids, attention_mask, word_starts, word_ends, text_lengths, prompt_positions=labels, token_type_ids=token_type_ids)

        return Graph().eval()


def _dummy_inputs(engine: "TorchEngine") -> tuple[ModelInputs, np.ndarray | None]:
    windows = [["Export", "dummy", "input", "for", "Jane", "Doe", "."], ["Short", "one"]]
    labels = ["person", "organization", "country"]
    if engine.config.is_bi_encoder:
        return engine.tokenizer.encode(windows, None), engine.label_vectors(labels)
    return engine.tokenizer.encode(windows, labels), None


def _export_span_graph(engine: "TorchEngine", path: Path, opset: int) -> None:
    import torch

    inputs, vectors = _dummy_inputs(engine)
    bi = engine.config.is_bi_encoder
    labels = torch.from_numpy(vectors) if bi else torch.from_numpy(inputs.prompt_positions)
    args = [torch.from_numpy(a) for a in (inputs.input_ids, inputs.attention_mask, inputs.word_starts, inputs.word_ends, inputs.text_lengths)]
    args.append(labels)
    names = ["input_ids", "attention_mask", "word_starts", "word_ends", "text_lengths", "label_embeddings" if bi else "prompt_positions"]
    axes = {
        "input_ids": {0: "batch", 1: "tokens"},
        "attention_mask": {0: "batch", 1: "tokens"},
        "word_starts": {0: "batch", 1: "words"},
        "word_ends": {0: "batch", 1: "words"},
        "text_lengths": {0: "batch"},
        "label_embeddings": {0: "labels"},
        "prompt_positions": {0: "batch", 1: "labels"},
        "token_type_ids": {0: "batch", 1: "tokens"},
        "logits": {0: "batch", 1: "words", 3: "labels"},
    }
    if engine.config.case_signal:
        args.append(torch.from_numpy(inputs.token_type_ids))
        names.append("token_type_ids")
    torch.onnx.export(
        _SpanGraph.module(engine),
        tuple(args),
        str(path),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={k: v for k, v in axes.items() if k in names or k == "logits"},
        opset_version=opset,
        dynamo=False,
    )


def _export_label_graph(engine: "TorchEngine", path: Path, opset: int) -> None:
    import torch

    network = engine.network

    class LabelGraph(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.network = network

        def forward(self, input_ids, attention_mask):
            return self.network.encode_labels(input_ids, attention_mask)

    ids = np.array([[101, 2711, 102, 0], [101, 3295, 2171, 102]], dtype=np.int64)
    mask = (ids != 0).astype(np.int64)
    torch.onnx.export(
        LabelGraph().eval(),
        (torch.from_numpy(ids), torch.from_numpy(mask)),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["label_embeddings"],
        dynamic_axes={"input_ids": {0: "labels", 1: "tokens"}, "attention_mask": {0: "labels", 1: "tokens"}, "label_embeddings": {0: "labels"}},
        opset_version=opset,
        dynamo=False,
    )


def quantize_int8(source: Path, target: Path) -> Path:
    """Dynamic int8 quantization, per output channel, of MatMul weights and embedding tables (the LSTM stays fp32).

    Per-tensor scales cost pii-small 3 F1 points; per-channel ones under 1 (benchmarks/results/model_quality.md).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"], per_channel=True)
    return target


def share_initializers(paths: list[Path], data_name: str, align: int = 64) -> Path:
    """Move the weights of the graphs at `paths` into one external-data file, identical tensors once.

    The graphs are rewritten in place to reference `data_name` (in their folder) by offset.
    """
    import hashlib

    import onnx
    from onnx import TensorProto, numpy_helper

    target = paths[0].parent / data_name
    stored: dict[str, tuple[int, int]] = {}
    models = [onnx.load(str(p)) for p in paths]
    with open(target, "wb") as out:
        for model in models:
            for tensor in model.graph.initializer:
                raw = numpy_helper.to_array(tensor).tobytes()
                key = hashlib.sha256(f"{tensor.data_type}:{list(tensor.dims)}:".encode() + raw).hexdigest()
                if key not in stored:
                    out.write(b"\0" * (-out.tell() % align))
                    stored[key] = (out.tell(), len(raw))
                    out.write(raw)
                offset, length = stored[key]
                dims, name, data_type = list(tensor.dims), tensor.name, tensor.data_type
                tensor.Clear()
                tensor.dims.extend(dims)
                tensor.name, tensor.data_type = name, data_type
                tensor.data_location = TensorProto.EXTERNAL
                for k, v in (("location", data_name), ("offset", str(offset)), ("length", str(length))):
                    entry = tensor.external_data.add()
                    entry.key, entry.value = k, v
    for model, path in zip(models, paths):
        onnx.save(model, str(path))
    return target


class OnnxEngine(SpanEngine):
    """Runs an exported model with ONNX Runtime; needs only onnxruntime, tokenizers and numpy."""

    def __init__(self, directory: Path, *, int8: bool | None = None, threads: int | None = None, providers: list[str] | None = None) -> None:
        import onnxruntime as ort

        config = load_config(directory)
        tokenizer: GlinerTokenizer = load_tokenizer(directory, config, max_positions=int((config.encoder_config or {}).get("max_position_embeddings") or 512))
        labels_tokenizer = None
        if config.is_bi_encoder:
            loaded = load_tokenizer(directory, config, subfolder="labels_tokenizer")
            labels_tokenizer = loaded.tokenizer
            labels_tokenizer.enable_truncation(loaded.model_max_length)
        super().__init__(config, tokenizer, directory, labels_tokenizer)
        meta = json.loads((directory / ONNX_DIR / METADATA).read_text(encoding="utf-8"))
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{directory / ONNX_DIR} was exported by an incompatible gliner-redact version; re-export it")
        if int8 is None:
            int8 = not meta.get("fp32", True)
        if int8 and not meta.get("int8"):
            raise FileNotFoundError(f"{directory} has no int8 graphs; export with --int8")
        if not int8 and not meta.get("fp32", True):
            raise FileNotFoundError(f"{directory} ships only int8 graphs; load it with int8=True (or re-export without --drop-fp32)")
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        providers = providers or ["CPUExecutionProvider"]
        self.int8 = int8

        def session(graph: str):
            name = int8_name(graph) if int8 else graph
            return ort.InferenceSession(str(directory / ONNX_DIR / name), options, providers=providers)

        self.span_session = session(SPAN_GRAPH)
        self.label_session = session(LABEL_GRAPH) if config.is_bi_encoder else None
        self._input_names = {i.name for i in self.span_session.get_inputs()}

    @classmethod
    def from_pretrained(cls, path_or_id: str | os.PathLike[str], *, int8: bool | None = None, threads: int | None = None, local_files_only: bool = False) -> "OnnxEngine":
        """Load an exported folder (or Hub id holding one); `int8=None` picks fp32 when shipped, else int8."""
        directory = resolve_checkpoint(path_or_id, local_files_only=local_files_only)
        if not has_onnx(directory):
            raise FileNotFoundError(f"{directory} has no gliner-redact ONNX export; run `gliner-redact export {directory} OUT`")
        return cls(directory, int8=int8, threads=threads)

    def _logits(self, inputs: ModelInputs, label_vectors: np.ndarray | None) -> np.ndarray:
        """Span logits for a batch of windows; int8 graphs run each window alone, without padding.

        Dynamic int8 quantization scales activations per call, over the whole input tensor: batched
        together, a window's scores would depend on the other windows (other texts) and the padding.
        """
        feed = {
            "input_ids": inputs.input_ids,
            "attention_mask": inputs.attention_mask,
            "word_starts": inputs.word_starts,
            "word_ends": inputs.word_ends,
            "text_lengths": inputs.text_lengths,
        }
        if label_vectors is not None:
            feed["label_embeddings"] = label_vectors.astype(np.float32)
        else:
            feed["prompt_positions"] = inputs.prompt_positions
        if inputs.token_type_ids is not None:
            feed["token_type_ids"] = inputs.token_type_ids
        feed = {k: v for k, v in feed.items() if k in self._input_names}
        rows = len(inputs.input_ids)
        if not self.int8 or rows == 1:
            return self.span_session.run(["logits"], feed)[0]
        out: np.ndarray | None = None
        for r in range(rows):
            tokens, words = int(inputs.attention_mask[r].sum()), int(inputs.text_lengths[r])
            row = self.span_session.run(["logits"], {k: _row(k, v, r, tokens, words) for k, v in feed.items()})[0]
            if out is None:
                out = np.full((rows, inputs.word_starts.shape[1], *row.shape[2:]), -60.0, dtype=np.float32)
            out[r, :words] = row[0, :words]
        assert out is not None
        return out

    def _label_vectors(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """Label vectors; int8 graphs encode each label alone (see `_logits`), so a label's vector never depends
        on the other labels requested with it."""
        assert self.label_session is not None
        if not self.int8:
            return self.label_session.run(["label_embeddings"], {"input_ids": input_ids, "attention_mask": attention_mask})[0]
        vectors = []
        for r in range(len(input_ids)):
            n = int(attention_mask[r].sum())
            feed = {"input_ids": input_ids[r : r + 1, :n], "attention_mask": attention_mask[r : r + 1, :n]}
            vectors.append(self.label_session.run(["label_embeddings"], feed)[0])
        return np.concatenate(vectors, axis=0)


_TOKEN_INPUTS = frozenset({"input_ids", "attention_mask", "token_type_ids"})
_WORD_INPUTS = frozenset({"word_starts", "word_ends"})


def _row(name: str, value: np.ndarray, r: int, tokens: int, words: int) -> np.ndarray:
    """Row `r` of one span-graph input, cut to the row's own tokens and words (shared label vectors as they are)."""
    if name == "label_embeddings" and value.ndim == 2:
        return value
    if name in _TOKEN_INPUTS:
        return value[r : r + 1, :tokens]
    if name in _WORD_INPUTS:
        return value[r : r + 1, :words]
    return value[r : r + 1]


def copy_export(source: Path, target: Path) -> None:
    """Copy a checkpoint folder with its ONNX export (used to ship models)."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    if not (target / CONFIG_FILE).exists():
        raise FileNotFoundError(f"{source} is not a checkpoint folder")
