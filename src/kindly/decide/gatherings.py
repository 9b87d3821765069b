"""A group that meets again and again: "a handful of us HRDs meet for breakfast on the first Friday of the
month", "our monthly roundtable", "we get together every quarter". However much it sounds like a coffee (the
breakfast) or a one-off event, it is a standing group of peers: what a find_community goal seeks.

Pure: reads text only.
"""

from __future__ import annotations

import re

# It happens again: "on the first Friday of the month", "monthly", "every other Tuesday", "once a quarter".
_RECURS = re.compile(
    r"\b(?:monthly|fortnightly|quarterly|bi-?monthly|weekly)\b|"
    r"\b(?:every|each|once\s+a|twice\s+a)\s+(?:other\s+)?(?:week|month|quarter|term|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    r"\b(?:first|second|third|fourth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(?:the|each|every)\s+month\b",
    re.IGNORECASE,
)
# ...as a group of people who meet: "a handful of us", "a few of us", "our group", "we meet", "the circle".
_GROUP = re.compile(
    r"\b(?:a\s+(?:handful|few|small\s+group|group|bunch|number)\s+of\s+us|several\s+of\s+us|some\s+of\s+us|"
    r"we\s+(?:meet|get\s+together|gather|catch\s+up)|(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:group|circle|network|roundtable|round\s+table|forum|club|collective|meet-?up|breakfast|supper)s?\b)",
    re.IGNORECASE,
)
WITHIN = 200  # characters: the group and its rhythm said together, not one here and one at the foot


def standing_group(text: str) -> str:
    """The words that say a message invites to a group that meets regularly ("a handful of us HRDs ... meet
    for breakfast on the first Friday of the month"), or ""."""
    flat = " ".join(text[:20_000].split())
    for recurs in _RECURS.finditer(flat):
        start, end = max(0, recurs.start() - WITHIN), recurs.end() + WITHIN
        group = _GROUP.search(flat, start, end)
        if group is not None:
            first, last = sorted((group, recurs), key=lambda m: m.start())
            return flat[first.start() : last.end()] if last.end() - first.start() <= 160 else recurs.group(0)
    return ""
