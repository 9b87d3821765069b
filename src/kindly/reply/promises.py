"""What a yes promises by a day: "Could you confirm, and send a title and a two-line bio by the end of January?"
is answered "I'll send a title and a two-line bio by the end of January." - in the sender's own words.

Pure: reads text only.
"""

from __future__ import annotations

import re

# "send (us) a title and a two-line bio by the end of January", "share your slides by Friday 8 January"
_SEND_BY = re.compile(
    r"\b(?:send|share|email|e-mail)\s+(?:me\s+|us\s+|over\s+|through\s+)?"
    r"(?P<what>(?:a|an|your|the)\s+[\w' -]{2,60}?)\s+by\s+"
    r"(?P<when>(?:the\s+)?(?:end|middle|start)\s+of\s+(?:the\s+)?[A-Z]?\w+|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2}(?:st|nd|rd|th)?)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)


def promised_by(text: str) -> str:
    """The sentence a yes adds for what the sender asks to have by a day ("I'll send a title and a two-line bio
    by the end of January."), or ""."""
    found = _SEND_BY.search(" ".join(text.split()))
    if found is None:
        return ""
    what = re.sub(r"^your\s+", "my ", found.group("what").strip())
    return f"I'll send {what} by {found.group('when')}."
