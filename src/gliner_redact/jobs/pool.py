"""Run a `Redactor` over chunks of texts, in order: in this process, or in worker processes.

Each worker process builds its own `Redactor` (the model is loaded once per worker, on its first
chunk) and handles whole chunks, so every model call is batched. Results come back in input order;
at most two chunks per worker are in flight, so memory stays bounded however long the input is.
Workers start from a fork server that has imported the heavy modules once and loaded no model
(forking a process that holds ONNX Runtime sessions is not safe); where fork servers do not
exist, workers are spawned.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import TypeVar

from .redactor import RedactionResult, Redactor, RedactorSettings

T = TypeVar("T")
MODES = ("redact", "analyze")
_PRELOAD = ["gliner_redact.jobs.redactor", "gliner_redact.presidio", "gliner_redact.presidio.operators"]

_WORKER: Redactor | None = None


def _init_worker(settings: RedactorSettings, key: bytes | None, operator_key: bytes | None) -> None:
    global _WORKER
    _WORKER = Redactor(settings, key, operator_key=operator_key)


def _run(redactor: Redactor, mode: str, texts: list[object]) -> list[RedactionResult]:
    return redactor.redact(texts) if mode == "redact" else redactor.analyze(texts)


def _work(mode: str, texts: list[object]) -> list[RedactionResult]:
    assert _WORKER is not None, "worker not initialised"
    return _run(_WORKER, mode, texts)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


class RedactorPool:
    """`map()` chunks through `redactor` (workers == 1) or through `workers` processes built like it."""

    def __init__(self, redactor: Redactor, mode: str, workers: int = 1) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.redactor = redactor
        self.mode = mode
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> RedactorPool:
        if self.workers > 1:
            r = self.redactor
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=_context(), initializer=_init_worker,
                initargs=(r.settings, r.key, r.operator_key),
            )
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=kind is None, cancel_futures=True)
            self._executor = None

    def map(self, chunks: Iterable[T], texts_of: Callable[[T], list[object]]) -> Iterator[tuple[T, list[RedactionResult]]]:
        """Yield `(chunk, results for texts_of(chunk))` in input order."""
        if self._executor is None:
            for chunk in chunks:
                yield chunk, _run(self.redactor, self.mode, texts_of(chunk))
            return
        pending: deque[tuple[T, Future[list[RedactionResult]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._executor.submit(_work, self.mode, texts_of(chunk))))
            if len(pending) >= 2 * self.workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
