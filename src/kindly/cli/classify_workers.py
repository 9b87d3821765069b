"""Answers for `kindly classify`, in input order, on every core.

A caller who sends a line at a time, and the first batches of any stream, are answered in this process at
once. A long stream (full batches keep coming) is handed to worker processes forked from this one, so they
start with the model, the profile and the corrections already loaded; their answers are written in the
order the lines came, and a batch that ends the waiting input is written before the next is read.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # multiprocessing and concurrent.futures cost every command's start-up; a long stream imports them
    from concurrent.futures import Future, ProcessPoolExecutor

    from kindly.profile import Profile
    from kindly.understand.classify import Classifier
    from kindly.understand.memory import CorrectionMemory

FULL_BATCH = 256  # line_batches' largest batch: a full one means more input is already waiting
IN_PROCESS_BATCHES = 2  # full batches answered here while the workers would still be starting
MAX_WORKERS = 4


@dataclass(frozen=True, slots=True)
class Context:
    """What every answer needs; workers inherit it when they are forked."""

    classifier: Classifier
    profile: Profile | None
    memory: CorrectionMemory | None
    explain: bool


_context: Context | None = None  # set before the workers are forked; they read it


def answer_lines(batch: list[str], first_number: int) -> list[str]:
    """The JSON answers, one line each, to a batch of request lines."""
    from kindly.understand.jsonl import answer_batch

    if _context is None:
        raise RuntimeError("an Answerer sets the context before any batch is answered")
    answers = answer_batch(
        batch,
        _context.classifier,
        profile=_context.profile,
        memory=_context.memory,
        explain=_context.explain,
        first_number=first_number,
    )
    return [json.dumps(answer, ensure_ascii=False) + "\n" for answer in answers]


def worker_count() -> int:
    """Workers for a long stream: one per core (at most MAX_WORKERS); none off Linux (the workers must be
    forked to inherit the loaded model, and forking is unsafe with macOS's system libraries) or with one
    core."""
    if not sys.platform.startswith("linux"):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, MAX_WORKERS) if cores > 1 else 0


class Answerer:
    """Answers batches in order: here, or on the workers once a stream proves long."""

    def __init__(self, context: Context, workers: int | None = None) -> None:
        global _context
        _context = context
        self._workers = workers if workers is not None else -1  # counted when a long stream shows
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[Future[list[str]]] = deque()
        self._full_batches = 0
        self._next_number = 1

    def __enter__(self) -> Answerer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=error is None, cancel_futures=error is not None)

    def answer(self, batch: list[str]) -> Iterator[str]:
        """The answers that can be written now, in order; all of them when the input has paused."""
        first, self._next_number = self._next_number, self._next_number + len(batch)
        full = len(batch) >= FULL_BATCH
        self._full_batches += full
        if full and self._workers < 0 and self._full_batches > IN_PROCESS_BATCHES:
            self._workers = worker_count()
        if self._pool is None and (
            not full or self._workers == 0 or self._full_batches <= IN_PROCESS_BATCHES
        ):
            yield from answer_lines(batch, first)
            return
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("fork"))
        self._pending.append(self._pool.submit(answer_lines, batch, first))
        # Keep every worker busy with one batch in hand; wait on the oldest beyond that, or for all of
        # them when no more input was waiting (an interactive caller expects its answer now).
        while self._pending and (
            not full or self._pending[0].done() or len(self._pending) > 2 * self._workers
        ):
            yield from self._pending.popleft().result()

    def rest(self) -> Iterator[str]:
        """Every answer still being worked on, in order."""
        while self._pending:
            yield from self._pending.popleft().result()
