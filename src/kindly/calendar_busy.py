"""The user's busy time, for the weeks kindly reads mail for: from the `[calendar]` table of config.toml (a CalDAV
server) and from the calendar file last given to `kindly triage --calendar`. Triage and sync weigh invitations
against it, and drafts written again later (the web page's rewrite, a decision set or changed there, `kindly sync`
deciding open invitations again) offer no time it has busy.

The file is remembered in the app folder (its path, the day it was given, and the busy time last read from it): it
is read again each time a draft is written later, and by each later `kindly triage` without a `--calendar` of its
own, as it may have changed since; a file gone or unreadable by then gives the busy time it held when last read,
and the user is told."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kindly import clock
from kindly.errors import KindlyError, ParseError

BUSY_BEFORE = timedelta(weeks=1)
BUSY_AFTER = timedelta(weeks=8)
REMEMBERED_FILE = "calendar-file.json"  # in the app folder

Span = tuple[datetime, datetime]


def caldav_busy(not_read: Callable[[KindlyError], None] = lambda _error: None) -> list[Span] | None:
    """Busy time from a week ago to 8 weeks on from config.toml's CalDAV server; None without one. A server that
    cannot be read is told to `not_read`, and None is returned (nothing read): kindly goes on without it."""
    from kindly.config import load_config
    from kindly.ingest.caldav import busy_from_config
    from kindly.paths import default_config_path

    path = default_config_path()
    if not path.exists():
        return None
    config = load_config(path)
    if config.calendar is None:
        return None
    now = clock.now()  # the weeks kindly reads mail for (KINDLY_NOW too)
    try:
        return busy_from_config(config, now - BUSY_BEFORE, now + BUSY_AFTER)
    except KindlyError as error:
        not_read(error)
        return None


def file_busy(calendar: Path) -> list[Span]:
    """Busy spans of a calendar export; an event without an end counts for an hour. Raises ParseError."""
    from kindly.ingest.ics import parse_calendar

    try:
        data = calendar.read_bytes()
    except OSError as exc:
        raise ParseError(str(calendar), f"cannot read ({exc.strerror or exc})") from None
    return [
        (event.start, event.end or event.start + timedelta(hours=1))
        for event in parse_calendar(data, str(calendar))
        if event.start is not None and event.method != "CANCEL"
    ]


def remember_file(calendar: Path, busy: Sequence[Span], given_at: str = "") -> None:
    """Keep the calendar file triage read (its path and busy time) for the drafts written later. `given_at`: when
    it was given to `kindly triage --calendar` (now, where not said). Written to a temporary file and renamed, so
    a crash never leaves half of it."""
    from kindly.paths import app_home

    home = app_home()
    home.mkdir(parents=True, exist_ok=True)
    now = clock.now().isoformat()
    kept = {
        "path": str(calendar.resolve()),
        "given_at": given_at or now,
        "read_at": now,
        "busy": [[start.isoformat(), end.isoformat()] for start, end in busy],
    }
    partial = home / f".{REMEMBERED_FILE}.{os.getpid()}"
    partial.write_text(json.dumps(kept), encoding="utf-8")
    partial.replace(home / REMEMBERED_FILE)


def remembered_file_busy(not_read: Callable[[str], None] = lambda _reason: None) -> list[Span] | None:
    """The busy time of the calendar file last given to triage, read again if it is still there; None when no
    file was ever given. A file gone or unreadable gives the busy time it held when triage read it, and says
    why to `not_read`."""
    from kindly.paths import app_home

    kept_at = app_home() / REMEMBERED_FILE
    try:
        kept = json.loads(kept_at.read_text(encoding="utf-8"))
        path = Path(kept["path"])
        stored = [(datetime.fromisoformat(start), datetime.fromisoformat(end)) for start, end in kept["busy"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never given (or a note kindly cannot read: as if never given)
    try:
        busy = file_busy(path)
    except ParseError as error:
        when = str(kept.get("read_at", ""))[:10]
        not_read(f"Couldn't read your calendar file ({error}); the busy time it held on {when} counted.")
        return stored
    if busy != stored:  # changed since: should it go, the busy time it holds now counts
        remember_file(path, busy, str(kept.get("given_at", kept.get("read_at", ""))))
    return busy


@dataclass(frozen=True)
class RememberedFile:
    """The calendar file last given to `kindly triage --calendar`: where it is, and the day it was given."""

    path: Path
    given_on: str  # "2026-11-30"


def remembered_file() -> RememberedFile | None:
    """The calendar file a later triage uses without a `--calendar` of its own; None when none was ever given."""
    from kindly.paths import app_home

    try:
        kept = json.loads((app_home() / REMEMBERED_FILE).read_text(encoding="utf-8"))
        return RememberedFile(Path(kept["path"]), str(kept.get("given_at", kept.get("read_at", "")))[:10])
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class CalendarRead:
    """Her busy time for a draft written now (None: she has no calendar kindly knows of; empty: one that is free),
    and what could not be read, in her words (none: all was read)."""

    busy: tuple[Span, ...] | None
    notes: tuple[str, ...]


def not_read_note(reason: str, *, other_calendar: bool) -> str:
    """What the user is told when her calendar could not be read: the draft was still written."""
    rest = "your meeting hours and your other calendar" if other_calendar else "your meeting hours only"
    return f"Couldn't read your calendar ({reason}); times were proposed from {rest}."


def calendar_for_drafts() -> CalendarRead:
    """Her busy time as drafts written after triage see it: the remembered calendar file and the CalDAV server."""
    file_notes: list[str] = []
    server_errors: list[KindlyError] = []
    from_file = remembered_file_busy(file_notes.append)
    from_server = caldav_busy(server_errors.append)
    notes = [
        *file_notes,
        *(not_read_note(str(error), other_calendar=from_file is not None) for error in server_errors),
    ]
    if from_file is None and from_server is None:
        return CalendarRead(None, tuple(notes))
    return CalendarRead((*(from_file or ()), *(from_server or ())), tuple(notes))
