"""Imports are kept in the database: their list and outcomes outlive the server process, and a job the
server was running when it stopped says so instead of staying "running" for ever."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from kindly.profile import load_profile
from kindly.store.db import open_database
from kindly.web.imports import INTERRUPTED, Imports, save_text
from support import EXAMPLES

NOTE = (
    "From: Ana Ruiz <ana@studio.example>\nSubject: Coffee?\n\nWould you have time for a coffee next week?\n"
)


class Inline(Executor):
    """Runs a job at once, in this thread."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class Never(Executor):
    """Accepts a job and never runs it: the server stops first, cancelling it (as a ThreadPoolExecutor's
    shutdown with cancel_futures does), so its upload is removed."""

    def __init__(self) -> None:
        self.waiting: list[Future[Any]] = []

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.waiting.append(Future())
        return self.waiting[-1]

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for future in self.waiting if cancel_futures else []:
            future.cancel()


def imports(database: Path, executor: Executor) -> Imports:
    return Imports(open_database(database), lambda: load_profile(EXAMPLES / "profile.toml"), executor)


def test_a_finished_import_is_listed_after_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "kindly.db"
    path, size = save_text(NOTE, 10_000)
    job = imports(database, Inline()).start(path, "pasted text", size)
    assert job.state == "done" and job.summary["read"] == 1

    restarted = imports(database, Inline())
    [listed] = restarted.list()
    assert (listed.id, listed.state, listed.summary["read"]) == (job.id, "done", 1)
    again = restarted.get(job.id)
    assert again.invitations == job.invitations and again.finished is not None


def test_an_import_the_server_was_running_when_it_stopped_is_shown_as_failed(tmp_path: Path) -> None:
    database = tmp_path / "kindly.db"
    path, size = save_text(NOTE, 10_000)
    stopping = imports(database, Never())
    waiting = stopping.start(path, "pasted text", size)
    assert waiting.state == "queued"
    stopping.shutdown()

    restarted = imports(database, Inline())
    job = restarted.get(waiting.id)
    assert job.state == "failed" and job.error == INTERRUPTED and job.finished is not None


def test_a_waiting_import_stays_listed_however_many_newer_ones_finished(tmp_path: Path) -> None:
    from datetime import timedelta

    from kindly.web.imports import KEEP_JOBS, ImportJob

    jobs = imports(tmp_path / "kindly.db", Never())
    path, size = save_text(NOTE, 10_000)
    waiting = jobs.start(path, "pasted text", size)
    for n in range(KEEP_JOBS + 10):
        finished = ImportJob(id=f"old{n}", name=f"f{n}", size=1, state="done")
        finished.started = waiting.started + timedelta(seconds=n + 1)
        jobs._store(finished)
    listed = jobs.list()
    assert waiting.id in [job.id for job in listed]
    assert len([job for job in listed if job.state == "done"]) == KEEP_JOBS  # the newest ones
    jobs.shutdown()
