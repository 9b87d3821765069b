"""The user's busy time from the `[calendar]` table of config.toml, for the weeks kindly reads mail for: triage and
sync weigh invitations against it, and the web page's drafts written again offer no time it has busy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from kindly import clock
from kindly.errors import KindlyError

BUSY_BEFORE = timedelta(weeks=1)
BUSY_AFTER = timedelta(weeks=8)


def caldav_busy(
    not_read: Callable[[KindlyError], None] = lambda _error: None,
) -> list[tuple[datetime, datetime]] | None:
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
