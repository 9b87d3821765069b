"""Answers for `kindly classify`, in input order, on every core.

A caller who sends a line at a time, and the first batches of any stream, are answered in this process at
once. A long stream (long batches with more input waiting) is handed to worker processes forked from this
one, so they start with the model, the profile and the corrections already loaded; their answers are
written in the order the lines came, and whenever no more input is waiting everything answered so far is
written before more is read.
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

LONG_BATCH = 128  # a batch this long with more input waiting is part of a long stream
IN_PROCESS_BATCHES = 2  # such batches answered here while the workers would still be starting
MAX_WORKERS = 4


@dataclass(frozen=True, slots=True)
class Context:
    """What every answer needs; workers inherit it when they are forked."""

    classifier: Classifier
    profile: Profile | None
    memory: CorrectionMemory | None
    explain: bool


_worker_context: Context | None = None  # in a worker process: what its initializer was given


def answer_lines(context: Context, batch: list[str], first_number: int) -> list[str]:
    """The JSON answers, one line each, to a batch of request lines."""
    from kindly.understand.jsonl import answer_batch

    answers = answer_batch(
        batch,
        context.classifier,
        profile=context.profile,
        memory=context.memory,
        explain=context.explain,
        first_number=first_number,
    )
    return [json.dumps(answer, ensure_ascii=False) + "\n" for answer in answers]


def _start_worker(context: Context) -> None:
    """A forked worker keeps the context it was given (inherited, not pickled) and dies with its parent: a
    parent killed by a signal runs no clean-up, and the workers would wait on their queue for ever."""
    global _worker_context
    _worker_context = context
    try:
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux's libc: the pool still shuts down with a parent that exits normally


def _answer_in_worker(batch: list[str], first_number: int) -> list[str]:
    if _worker_context is None:
        raise RuntimeError("a worker answers only after _start_worker")
    return answer_lines(_worker_context, batch, first_number)


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
        self._context = context
        self._workers = workers if workers is not None else -1  # counted when a long stream shows
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[Future[list[str]]] = deque()
        self._long_batches = 0
        self._next_number = 1

    def __enter__(self) -> Answerer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=error is None, cancel_futures=error is not None)

    def answer(self, batch: list[str], more_waiting: bool) -> Iterator[str]:
        """The answers that can be written now, in order; all of them when no more input is waiting."""
        first, self._next_number = self._next_number, self._next_number + len(batch)
        long = more_waiting and len(batch) >= LONG_BATCH
        self._long_batches += long
        if long and self._workers < 0 and self._long_batches > IN_PROCESS_BATCHES:
            self._workers = worker_count()
        if self._pool is None and (
            not long or self._workers == 0 or self._long_batches <= IN_PROCESS_BATCHES
        ):
            yield from answer_lines(self._context, batch, first)
            return
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                self._workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker,
                initargs=(self._context,),
            )
        self._pending.append(self._pool.submit(_answer_in_worker, batch, first))
        # Keep every worker busy with one batch in hand; wait on the oldest beyond that, or for all of
        # them when no more input is waiting (a caller may be waiting for these answers to send more).
        while self._pending and (
            not long or self._pending[0].done() or len(self._pending) > 2 * self._workers
        ):
            yield from self._pending.popleft().result()

    def rest(self) -> Iterator[str]:
        """Every answer still being worked on, in order."""
        while self._pending:
            yield from self._pending.popleft().result()
