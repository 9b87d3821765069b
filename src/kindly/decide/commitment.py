"""A commitment that recurs ("Mentors commit two hours a week for the twelve weeks of the programme"): more than one
meeting's hours, which a yes takes on every week; the user weighs it against their weekly networking hours."""

from __future__ import annotations

import re

_COUNT = r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|half an?)"
_RECURRING = re.compile(
    rf"\b{_COUNT}(?:\s*(?:-|to|or)\s*{_COUNT})?\s+hours?\s+(?:a|per|each|every)\s+(?:week|fortnight|month)\b"
    # ...for how long, where it says: "for the twelve weeks", "over 6 months"
    r"(?:\s+(?:for|over)\s+(?:the\s+)?(?:next\s+)?(?:\d+|two|three|four|five|six|eight|ten|twelve)\s+(?:weeks|months))?",
    re.IGNORECASE,
)


def recurring_commitment(text: str) -> str:
    """The words that ask the user's time again and again ("two hours a week for the twelve weeks"), or ""."""
    found = _RECURRING.search(" ".join(text[:20_000].split()))
    return found.group(0) if found else ""
