"""Days named in a message: "Thursday, December 3", "3 Dec", "Jan 6" read as the next such day."""

from __future__ import annotations

import re
from datetime import date

MONTH_DAY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def named_day(when: str, after: date) -> date | None:
    """The day a "December 3" or "3 Dec" names, the first such on or after the month of `after`; None when
    `when` names no month and day (or an impossible one)."""
    found = MONTH_DAY.search(when)
    if not found:
        return None
    month = MONTHS.index((found.group(1) or found.group(4)).lower()[:3]) + 1
    try:
        return date(after.year + (month < after.month), month, int(found.group(2) or found.group(3)))
    except ValueError:
        return None
