"""The moment kindly takes as now when it reads mail: the system clock, or `KINDLY_NOW` (an ISO date-time) to
read mail as on a given day - to reproduce a triage exactly, and for the tests, whose mail is dated."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from kindly.errors import ConfigError


def now() -> datetime:
    fixed = os.environ.get("KINDLY_NOW", "").strip()
    if not fixed:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError as error:
        raise ConfigError(
            f"KINDLY_NOW={fixed!r} is not an ISO date-time such as 2026-12-01T09:00+00:00"
        ) from error
    return as_utc(moment)


def as_utc(moment: datetime) -> datetime:
    """A moment as stored (SQLite keeps UTC without its zone) or given without a zone, read as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def stamp() -> datetime:
    """Now as a moment to store (in UTC, as SQLite keeps it): what went, a draft written - on kindly's clock, so
    that KINDLY_NOW dates them too."""
    return now().astimezone(UTC)
