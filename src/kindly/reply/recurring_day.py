"""An event that recurs on its day ("the first Sunday of each month", "every Saturday morning", "we meet Sundays"):
a no by a rule on that day ("no meetings on Sundays") holds for its next one too, so "I'd love to hear about the
next one" would invite the same no."""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_RECURS = re.compile(
    rf"\b(?:every|each)\s+(?:other\s+)?{_DAY}\b|"
    rf"\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last)\s+{_DAY}\s+(?:of\s+)?(?:each|every|the|a)\s+month\b|"
    rf"\b(?:weekly|monthly)\s+{_DAY}\b|\b{_DAY}s\b",
    re.IGNORECASE,
)


def recurs_on_its_day(text: str) -> str:
    """The words that say an event recurs on a weekday ("first Sunday of each month"), or ""."""
    found = _RECURS.search(text)
    return " ".join(found.group(0).split()) if found else ""
