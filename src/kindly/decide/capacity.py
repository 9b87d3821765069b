"""Free time by the user's own calendar: busy events of a week subtracted from its working hours."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

WORKING_HOURS_PER_WEEK = 40.0


def week_of(moment: datetime) -> tuple[datetime, datetime]:
    moment = moment.astimezone(UTC)
    start = (moment - timedelta(days=moment.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=7)


def free_hours(
    moment: datetime, busy: Sequence[tuple[datetime, datetime]], working_hours: float = WORKING_HOURS_PER_WEEK
) -> float:
    """Working hours left in the week of `moment` after the busy spans that fall in it (overlaps merged)."""
    start, end = week_of(moment)
    spans = sorted((max(s, start), min(e, end)) for s, e in busy if e > start and s < end)
    total = timedelta()
    current_start: datetime | None = None
    current_end: datetime | None = None
    for s, e in spans:
        if current_end is None or s > current_end:
            if current_start is not None and current_end is not None:
                total += current_end - current_start
            current_start, current_end = s, e
        else:
            current_end = max(current_end, e)
    if current_start is not None and current_end is not None:
        total += current_end - current_start
    return max(0.0, round(working_hours - total.total_seconds() / 3600, 1))
