"""Execute the notebooks end to end with small settings: no cell may fail, key outputs must appear."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
CELL_TIMEOUT_S = 600


def execute(name: str, env: dict[str, str], monkeypatch) -> list[tuple[str, str]]:
    """Run notebooks/NAME in a fresh python3 kernel (cwd notebooks/); returns (source, text of outputs) per code cell."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=CELL_TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError (with the traceback) when a cell fails
    return [(cell.source, "\n".join(_texts(cell.outputs))) for cell in notebook.cells if cell.cell_type == "code"]


def _texts(outputs) -> Iterator[str]:
    for output in outputs:
        if output.output_type == "stream":
            yield output.text
        elif output.output_type in ("display_data", "execute_result"):
            yield from (str(output.data[kind]) for kind in ("text/html", "text/markdown", "text/plain") if kind in output.data)


def output_of(cells: list[tuple[str, str]], source_fragment: str) -> str:
    """The outputs of the one code cell whose source contains `source_fragment`."""
    matches = [text for source, text in cells if source_fragment in source]
    assert len(matches) == 1, f"{len(matches)} cells contain {source_fragment!r}"
    return matches[0]


@pytest.mark.slow
def test_quickstart_runs(trained_model, monkeypatch):
    cells = execute("quickstart.ipynb", {"GLINER_REDACT_NOTEBOOK_MODEL": str(trained_model)}, monkeypatch)
    html = output_of(cells, "displacy.render")
    assert 'class="entities"' in html and "Maria Gonzalez" in html
    presidio = output_of(cells, "analyzer.analyze(TICKET")
    assert "CREDIT_CARD" in presidio and "'4111 1111 1111 1111'" in presidio and "EMAIL_ADDRESS" in presidio
    surrogates = output_of(cells, 'OperatorConfig("surrogate"')
    assert "Ticket #48213" in surrogates and "4111 1111 1111 1111" not in surrogates and "kevin.obrien@example.org" not in surrogates
    assert "round trip exact: True" in output_of(cells, "anonymize_reversible(EMAIL")
    masked = output_of(cells, '"mask_format"')
    assert "**** **** **** 1111" in masked and "DOB: 1961" in masked
    assert "usage: gliner-redact redact" in output_of(cells, "!gliner-redact redact --help")
    redacted = output_of(cells, "--operators ../configs/operators/hipaa-safe-harbor.yaml")
    assert "DOB: 1961" in redacted and "maria.g61@example.com" not in redacted and "(217) 555-0148" not in redacted
    assert "clinical_note.txt {" in output_of(cells, 'row["findings"]')


@pytest.mark.slow
def test_fine_tuning_runs(trained_model, tmp_path, monkeypatch):
    env = {
        "GLINER_REDACT_NOTEBOOK_BASE": str(trained_model),
        "GLINER_REDACT_NOTEBOOK_SMALL": "1",
        "GLINER_REDACT_NOTEBOOK_WORKDIR": str(tmp_path),
    }
    cells = execute("fine_tuning.ipynb", env, monkeypatch)
    assert "subject_id" in output_of(cells, "generate_trial_documents(N_TRAIN")
    assert "10 steps in" in output_of(cells, "trainer.train()")
    tables = output_of(cells, "def comparison")
    for row in ("| **subject_id** |", "| **adverse_event** |", "| person |", "| *micro F1* |", "General PII test set"):
        assert row in tables
    assert "ONNX int8: micro F1" in output_of(cells, "export_onnx(")

    from gliner_redact.training.trainer import TrainConfig

    config = TrainConfig.from_yaml(tmp_path / "finetune.yaml")
    assert config.init_from == str(trained_model) and "subject_id" in config.extra_descriptions
    assert (tmp_path / "run" / "best" / "model.safetensors").exists()
    assert {p.name for p in (tmp_path / "clinical-trial-model" / "onnx").iterdir()} >= {"span_model.onnx", "span_model_int8.onnx"}
