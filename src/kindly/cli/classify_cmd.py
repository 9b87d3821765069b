"""`kindly classify`: JSON Lines on stdin, one answer per line on stdout, in order. No profile needed; with
one, every invitation is weighed against its goals."""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kindly.cli.app import (
    ProfileOption,
    app,
    check_profile_option,
    database_path,
    fail,
    profile_path,
    stderr,
)
from kindly.cli.classify_workers import Answerer, Context
from kindly.errors import KindlyError

if TYPE_CHECKING:
    from kindly.profile import Profile
    from kindly.understand.classify import Classifier
    from kindly.understand.memory import CorrectionMemory

MAX_BATCH = 256
STREAM_GRACE = 0.02  # seconds a full batch waits to see whether more input follows
FIRST_BATCH = 32


def line_batches(
    stream: IO[bytes], max_lines: int = MAX_BATCH, first_lines: int = FIRST_BATCH
) -> Iterator[tuple[list[str], bool]]:
    """Batches of lines, each with whether more input is already waiting; a batch is handed on as soon as
    no more input is waiting, so an interactive caller gets each answer at once while a pipe of thousands is
    classified in efficient batches. The first batch is short, so that the first answer comes early."""
    limit = min(first_lines, max_lines)
    try:
        fd = stream.fileno()
        select.select([fd], [], [], 0)
    except (OSError, ValueError, AttributeError):
        fd = -1
    if fd < 0:
        # A file or an in-memory stream: reading never waits, so a full batch can always be followed.
        batch: list[str] = []
        for raw in stream:
            batch.append(raw.decode("utf-8", "replace"))
            if len(batch) >= limit:
                yield batch, True
                batch, limit = [], max_lines
        if batch:
            yield batch, False
        return

    def waiting(grace: float = 0.0) -> bool:
        return bool(select.select([fd], [], [], grace)[0])

    pending = b""
    batch = []
    while True:
        if batch and not waiting():
            yield batch, False
            batch, limit = [], max_lines
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for number, raw in enumerate(complete, start=1):
            batch.append(raw.decode("utf-8", "replace"))
            if len(batch) >= limit:
                # A full batch comes from a stream: give its writer a moment to refill the pipe.
                yield batch, number < len(complete) or bool(pending) or waiting(STREAM_GRACE)
                batch, limit = [], max_lines
    if pending.strip():
        batch.append(pending.decode("utf-8", "replace"))
    if batch:
        yield batch, False


@app.command()
def classify(
    profile: ProfileOption = None,
    no_profile: Annotated[
        bool, typer.Option("--no-profile", help="Leave goal_fit out even when a profile exists.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add every intent's score and the terms behind the answer.")
    ] = False,
) -> None:
    """Classify JSON Lines from stdin: {"id", "from", "subject", "body"} -> {"id", "is_invitation",
    "intent", "purpose_clear", "confidence", "invitation_confidence", "purpose_confidence", "details",
    "goal_fit"}. Your corrections (`kindly correct`) apply; goal_fit needs the profile. A malformed line is
    answered {"id", "error"}."""
    from kindly.understand.classify import Classifier

    try:
        classifier = Classifier()
        goals = None if no_profile else _profile_if_any(profile)
        memory = _corrections_if_any(classifier)
    except KindlyError as error:
        raise fail(error) from None
    out = sys.stdout
    with Answerer(Context(classifier, goals, memory, explain)) as answerer:
        for batch, more_waiting in line_batches(sys.stdin.buffer):
            out.writelines(answerer.answer(batch, more_waiting))
            out.flush()
        out.writelines(answerer.rest())
        out.flush()


def _profile_if_any(option: Path | None) -> Profile | None:
    """The profile named (an error when it cannot be read), else the app folder's when there is one and it
    can be read: classify itself needs none, so a broken one only leaves goal_fit out, saying why."""
    check_profile_option(option)
    path = profile_path(option)
    if option is None and not path.exists():
        return None
    from kindly.profile import load_profile

    try:
        return load_profile(path)
    except KindlyError as error:
        if option is not None:
            raise
        _warn(f"goal_fit left out: {error}")
        return None


def _corrections_if_any(classifier: Classifier) -> CorrectionMemory | None:
    """The user's corrections, when the app folder has a database; classify never creates one, and one it
    cannot read only leaves the corrections out, saying why."""
    path = database_path()
    if not path.exists():
        return None
    from kindly.store.corrections_file import read_corrections
    from kindly.understand.memory import CorrectionMemory

    try:
        corrections = read_corrections(path)
    except KindlyError as error:
        _warn(f"your corrections are not applied: {error}")
        return None
    return CorrectionMemory(classifier.model, corrections) if corrections else None


def _warn(text: str) -> None:
    stderr().print(f"[yellow]kindly:[/] {escape(text)}", highlight=False, soft_wrap=True)
