"""The group a planner says they would bring ("starting with a 120-room pharma meeting in May"): the business a no
to their own cut still welcomes.

Pure: reads the sender's words.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|"
    "autumn|winter"
)
# a group sized in rooms or people, of a kind a hotel hosts, and when: "a 120-room pharma meeting in May", "a
# 40-person offsite in March" (not "120 rooms a year", which names no group)
_GROUP = re.compile(
    r"\b(?:a|an|our|my)\s+(?P<group>\d[\d,]*-(?:rooms?|person|people|guests?|delegates?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|conference|offsite|retreat|event|wedding|summit|kickoff|incentive|convention|program(?:me)?)s?"
    rf"(?:\s+in\s+(?:{_MONTHS}|\d{{4}})\b)?)",
    re.IGNORECASE,
)


def group_brought(text: str) -> str:
    """The group the sender would bring, as "the 120-room pharma meeting in May"; "" where they name none."""
    found = _GROUP.search(text)
    return f"the {found.group('group')}" if found else ""
