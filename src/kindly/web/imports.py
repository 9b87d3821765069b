"""Imports from the page and the API: an uploaded file or pasted text, triaged in the background.

The upload is saved to a private temporary folder under a cleaned-up version of its name and read by the
same code as `kindly triage` (kindly.ingest.sources.detect and kindly.services.Triage); the page polls the
job for its progress. One import runs at a time; the others wait their turn. Every job is also kept in the
database (import_jobs) when it starts and when it ends, so the list of imports and their outcomes outlive
the server; a job the server was running when it stopped is shown as failed, saying so.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from kindly.clock import as_utc
from kindly.errors import KindlyError
from kindly.ingest.sources import detect
from kindly.profile import Profile
from kindly.store.tables import MessageRow
from kindly.store.web_tables import ImportJobRow
from kindly.web.errors import NotFound, TooLarge, WebError

CHUNK = 1024 * 1024
KEEP_JOBS = 50
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class ImportJob:
    id: str
    name: str  # the file's name as uploaded (cleaned), or "pasted text"
    size: int
    state: str = "queued"  # queued | running | done | failed
    total: int | None = None  # messages expected, when the format tells (an mbox's "From " lines)
    done: int = 0
    format: str = ""
    error: str = ""
    summary: dict[str, object] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # "source: reason" of each item that could not be read
    invitations: list[int] = field(default_factory=list)  # ids of the messages triaged
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished: datetime | None = None

    @property
    def percent(self) -> int | None:
        if self.state == "done":
            return 100
        if not self.total:
            return None
        return min(99, int(100 * self.done / self.total))


def clean_name(name: str) -> str:
    """A file name safe to create: letters, digits, dot, dash, underscore; never a path."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _SAFE_NAME.sub("_", base).strip("._")[:80]
    return cleaned or "upload"


def save_upload(stream: BinaryIO, name: str, limit: int) -> tuple[Path, int]:
    """Copy an upload into a fresh private folder; TooLarge past `limit` bytes. Returns (path, size)."""
    folder = Path(tempfile.mkdtemp(prefix="kindly-import-"))
    path = folder / clean_name(name)
    size = 0
    try:
        with path.open("wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"the file is larger than the {limit // (1024 * 1024)} MB limit")
                out.write(chunk)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return path, size


def save_text(text: str, limit: int) -> tuple[Path, int]:
    data = text.replace("\r\n", "\n").encode("utf-8")
    if not data.strip():
        raise WebError("nothing to import: paste a message or choose a file")
    if len(data) > limit:
        raise TooLarge(f"the text is larger than the {limit // (1024 * 1024)} MB limit")
    folder = Path(tempfile.mkdtemp(prefix="kindly-import-"))
    path = folder / "pasted.txt"
    path.write_bytes(data)
    return path, len(data)


def _count_messages(path: Path, fmt: str) -> int | None:
    if fmt == "mbox":
        count = 0
        with path.open("rb") as handle:
            for line in handle:
                count += line.startswith(b"From ")
        return count
    if fmt == "eml":
        return 1
    return None


INTERRUPTED = "the server stopped before this import finished; import the file again"
_FIELDS = ("name", "size", "state", "format", "total", "done", "error", "summary", "skipped", "invitations")


def _job_of(row: ImportJobRow) -> ImportJob:
    return ImportJob(
        id=row.id,
        **{name: getattr(row, name) for name in _FIELDS},
        started=as_utc(row.started),
        finished=as_utc(row.finished) if row.finished else None,
    )


class Imports:
    """Import jobs: run one at a time on a worker thread; the running ones in memory for the page to poll,
    all of them in the database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        profile: Callable[[], Profile],
        executor: Executor | None = None,
    ) -> None:
        self.sessions = sessions
        self.profile = profile
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="kindly-import")
        self.jobs: dict[str, ImportJob] = {}  # the jobs of this process, until they are stored finished
        self.lock = threading.Lock()
        self._fail_interrupted()

    def _fail_interrupted(self) -> None:
        """Jobs stored as queued or running belong to a server process that stopped: they will never end."""
        with self.sessions.begin() as session:
            session.execute(
                update(ImportJobRow)
                .where(ImportJobRow.state.in_(("queued", "running")))
                .values(state="failed", error=INTERRUPTED, finished=datetime.now(UTC))
            )

    def start(self, path: Path, name: str, size: int) -> ImportJob:
        """Queue the import of a saved upload. Its folder is removed whatever happens: by the job when it
        ends, here when the job cannot be queued, and when a job still waiting is cancelled (the server
        stopping)."""
        try:
            job, future = self._start(path, name, size)
        except BaseException:
            shutil.rmtree(path.parent, ignore_errors=True)  # the upload goes with the job that failed
            raise
        if future is not None:
            future.add_done_callback(lambda done: _remove_if_cancelled(done, path))
        return job

    def _start(self, path: Path, name: str, size: int) -> tuple[ImportJob, Future[None] | None]:
        job = ImportJob(id=secrets.token_urlsafe(9), name=name, size=size)
        try:
            source = detect(str(path))
        except KindlyError as error:
            shutil.rmtree(path.parent, ignore_errors=True)
            job.state, job.error, job.finished = "failed", _plain(str(error), path, name), datetime.now(UTC)
            self._keep(job)
            return job, None
        job.format = source.format
        job.total = _count_messages(path, source.format)
        self._keep(job)
        return job, self.executor.submit(self._run, job, path, name)

    def _keep(self, job: ImportJob) -> None:
        self._store(job)
        if job.state not in ("done", "failed"):
            with self.lock:
                self.jobs[job.id] = job

    def _store(self, job: ImportJob) -> None:
        """Write the job's row (and drop the oldest finished rows past KEEP_JOBS)."""
        with self.sessions.begin() as session:
            row = session.get(ImportJobRow, job.id) or ImportJobRow(id=job.id, started=job.started)
            for name in _FIELDS:
                setattr(row, name, getattr(job, name))
            row.finished = job.finished
            session.add(row)
            session.flush()
            keep = select(ImportJobRow.id).order_by(ImportJobRow.started.desc()).limit(KEEP_JOBS)
            session.execute(
                delete(ImportJobRow).where(
                    ImportJobRow.id.not_in(keep), ImportJobRow.state.in_(("done", "failed"))
                )
            )
        if job.state in ("done", "failed"):
            with self.lock:
                self.jobs.pop(job.id, None)

    def get(self, job_id: str) -> ImportJob:
        with self.lock:
            job = self.jobs.get(job_id)
        if job is not None:
            return job
        with self.sessions.begin() as session:
            row = session.get(ImportJobRow, job_id)
            if row is None:
                raise NotFound(f"no import {job_id!r}")
            return _job_of(row)

    def list(self) -> list[ImportJob]:
        """The latest jobs first: those running or waiting here as they are now, the others as stored."""
        with self.lock:  # before reading the rows: a job finishing meanwhile is then read as stored
            live = dict(self.jobs)
        with self.sessions.begin() as session:
            rows = session.scalars(
                select(ImportJobRow).order_by(ImportJobRow.started.desc()).limit(KEEP_JOBS)
            ).all()
            stored = [_job_of(row) for row in rows]
        listed = {job.id for job in stored}
        waiting = [job for job in live.values() if job.id not in listed]  # older than the rows read
        jobs = [live.get(job.id, job) for job in stored] + waiting
        return sorted(jobs, key=lambda job: job.started, reverse=True)

    def _run(self, job: ImportJob, path: Path, name: str) -> None:
        from kindly.services import Triage
        from kindly.understand.classify import Classifier

        job.state = "running"

        def advance(count: int) -> None:
            job.done += count

        try:
            self._store(job)
            triage = Triage(self.sessions, self.profile(), Classifier())
            source = detect(str(path))
            for row in triage.run([source], advance):
                if row.id not in job.invitations:
                    job.invitations.append(row.id)
            self._rename_source(path, name)
            summary = triage.summary
            job.summary = {
                "read": summary.read,
                "new": summary.stored,
                "duplicates": summary.duplicates,
                "invitations": summary.invitations,
                "calendar_updates": summary.calendar_updates,
                "contacts": summary.contacts,
                "skipped": len(summary.errors),
                "decisions": dict(sorted(summary.decisions.items())),
                "not_english": summary.not_english,
                "not_english_invitations": list(summary.not_english_asks),
            }
            job.skipped = [_plain(f"{e.source}: {e.reason}", path, name) for e in summary.errors[:100]]
            if summary.errors and not summary.read and not summary.contacts:
                job.state = "failed"
                job.error = "nothing could be read from this file: " + job.skipped[0].split(": ", 1)[-1]
            else:
                job.state = "done"
        except KindlyError as error:
            job.state, job.error = "failed", _plain(str(error), path, name)
        except Exception as error:  # noqa: BLE001 - a job must end, and say why, whatever went wrong
            job.state, job.error = "failed", f"the import stopped: {error.__class__.__name__}"
        finally:
            job.finished = datetime.now(UTC)
            shutil.rmtree(path.parent, ignore_errors=True)
            self._store(job)

    def _rename_source(self, path: Path, name: str) -> None:
        """Messages read from the upload name it as the user knows it, not by its temporary path."""
        with self.sessions.begin() as session:
            session.execute(
                update(MessageRow)
                .where(MessageRow.source.startswith(str(path), autoescape=True))
                .values(source=func.replace(MessageRow.source, str(path), f"upload {name}"))
            )

    def shutdown(self) -> None:
        """Wait for the running job; the waiting ones are cancelled, and their uploads removed."""
        self.executor.shutdown(wait=True, cancel_futures=True)


def _remove_if_cancelled(future: Future[None], path: Path) -> None:
    """A job cancelled before it ran never reaches its own cleanup: its upload is removed here."""
    if future.cancelled():
        shutil.rmtree(path.parent, ignore_errors=True)


def _plain(text: str, path: Path, name: str) -> str:
    """A message about the upload, naming it as the user knows it rather than by its temporary path."""
    return text.replace(str(path), name)
